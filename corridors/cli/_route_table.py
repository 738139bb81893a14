"""The route as a person reads it in a terminal: indicators, crossings, legs, notes."""

from __future__ import annotations

from corridors._format import format_hours, format_km
from corridors.records.route import Route

__all__ = ["format_route_table"]

_GOAL = {"time": "fastest", "distance": "shortest", "cost": "cheapest",
         "generalized": "least generalized cost"}


def _economics_lines(r: Route) -> list[str]:
    e = r.economics
    if e is None:
        return []
    parts = ", ".join(f"{k.replace('_', ' ')} {v:,.0f}" for k, v in e.by_component)
    return [
        f"  cost      USD {e.cost_usd:,.0f} per TEU (USD {e.price_year}; {parts})",
        f"  P50/P90   {format_hours(e.time_p50_h)} / {format_hours(e.time_p90_h)}  (planning "
        f"time index {e.planning_time_index:.2f}"
        + (f"; widest spread: {e.spread_crossing}" if e.spread_crossing else "") + ")",
        f"  CO2e      {e.co2e_kg:,.0f} kg per TEU ({e.co2e_kg_per_t:,.0f} kg per t)",
    ]


def format_route_table(r: Route) -> str:
    """A person-readable summary of a route and its alternatives."""
    lines = [
        f"{r.origin.name} -> {r.destination.name}  |  {r.mode}, {r.scenario} network, "
        f"{_GOAL.get(r.optimize, r.optimize)}",
        f"  distance  {format_km(r.distance_km)} km",
        f"  time      {format_hours(r.time_h)}  (moving {format_hours(r.moving_h)}, border "
        f"{format_hours(r.border_h)}, transfers {format_hours(r.transship_h)})",
        f"  speed     {r.speed_without_delay_kmh:.0f} km/h without delays, "
        f"{r.speed_with_delay_kmh:.0f} km/h with delays",
        f"  countries {' > '.join(r.countries)}",
        *_economics_lines(r),
    ]
    if r.crossings:
        lines.append(
            "  borders   "
            + "; ".join(f"{c.name} ({'-'.join(c.countries)}, {c.dwell_h:g} h)" for c in r.crossings)
        )
    lines.append("")
    w = max([len(f"{leg.from_name} - {leg.to_name}") for leg in r.legs] + [10])
    usd = r.economics.leg_cost_usd if r.economics else (0.0,) * len(r.legs)
    lines.append(f"  {'mode':<8} {'from - to':<{w}} {'km':>7} {'hours':>6} {'USD':>6}  "
                 f"{'status':<18} ref")
    for leg, cost in zip(r.legs, usd, strict=True):
        est = "~" if leg.length_estimated else " "
        hours = leg.time_h + leg.transship_h
        lines.append(
            f"  {leg.mode:<8} {leg.from_name + ' - ' + leg.to_name:<{w}} "
            f"{est}{format_km(leg.distance_km):>6} {hours:>6.1f} {cost:>6,.0f}  "
            f"{leg.status:<18} "
            f"{leg.ref or leg.name or ''}"
        )
    if any(leg.length_estimated for leg in r.legs):
        lines.append("  (~ length estimated: geodesic x circuity factor)")
    for note in r.notes:
        lines.append(f"  note: {note}")
    for i, a in enumerate(r.alternatives, 1):
        lines.append("")
        lines.append(
            f"  alternative {i}: {a.distance_km:,.0f} km, {format_hours(a.time_h)}, "
            + (f"USD {a.cost_usd:,.0f}, " if a.cost_usd is not None else "")
            + f"{' > '.join(a.countries)}"
            + (f", via {', '.join(c.name for c in a.crossings)}" if a.crossings else "")
        )
    return "\n".join(lines)
