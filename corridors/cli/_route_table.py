"""The route as a person reads it in a terminal: indicators, crossings, legs, notes."""

from __future__ import annotations

from corridors._format import format_hours, format_km
from corridors.records.route import Route

__all__ = ["format_route_table"]


def format_route_table(r: Route) -> str:
    """A person-readable summary of a route and its alternatives."""
    lines = [
        f"{r.origin.name} -> {r.destination.name}  |  {r.mode}, {r.scenario} network, "
        f"{'fastest' if r.optimize == 'time' else 'shortest'}",
        f"  distance  {format_km(r.distance_km)} km",
        f"  time      {format_hours(r.time_h)}  (moving {format_hours(r.moving_h)}, border "
        f"{format_hours(r.border_h)}, transfers {format_hours(r.transship_h)})",
        f"  speed     {r.speed_without_delay_kmh:.0f} km/h without delays, "
        f"{r.speed_with_delay_kmh:.0f} km/h with delays",
        f"  countries {' > '.join(r.countries)}",
    ]
    if r.crossings:
        lines.append(
            "  borders   "
            + "; ".join(f"{c.name} ({'-'.join(c.countries)}, {c.dwell_h:g} h)" for c in r.crossings)
        )
    lines.append("")
    w = max([len(f"{leg.from_name} - {leg.to_name}") for leg in r.legs] + [10])
    lines.append(f"  {'mode':<8} {'from - to':<{w}} {'km':>7} {'hours':>6}  {'status':<18} ref")
    for leg in r.legs:
        est = "~" if leg.length_estimated else " "
        hours = leg.time_h + leg.transship_h
        lines.append(
            f"  {leg.mode:<8} {leg.from_name + ' - ' + leg.to_name:<{w}} "
            f"{est}{format_km(leg.distance_km):>6} {hours:>6.1f}  {leg.status:<18} "
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
            f"{' > '.join(a.countries)}"
            + (f", via {', '.join(c.name for c in a.crossings)}" if a.crossings else "")
        )
    return "\n".join(lines)
