"""Cost, reliability and CO2e of a route per loaded 20-ft container (TEU), after routing.

The inputs are ``costs.csv`` and ``emissions.csv`` (:mod:`corridors.dataset.costs`), money in
US dollars of one year.

* **Cost** (UNESCAP time/cost-distance, CAREC CPMM): line haul per km by mode and by the
  leg's country (CPMM TFI3), both sides of every border crossing (CPMM TFI2, unofficial
  payments included as CPMM reports them), a transshipment at each break of gauge, a lift at
  each road-rail transfer, port handling at both ends of a sailing plus a sea rate per
  TEU-km, and an air freight rate per tonne-km for flights.
* **Reliability**: each border wait and transshipment is lognormal with ``wait_sigma`` (the
  route's dwell figures are read as means), each leg's moving time lognormal with
  coefficient of variation ``moving_cv``; they are taken as independent and their sum is
  approximated by the lognormal of the same mean and variance (Fenton-Wilkinson), which gives
  P50 and P90 in closed form.
* **CO2e**: the mode's well-to-wheel intensity x the TEU's cargo mass x km (sea factors are
  per TEU-km already).

The same prices weight the network's edges for ``optimize="cost"`` and ``"generalized"``
(:func:`price_edges`), so the route searched for is the one the route's cost describes.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from corridors.dataset.costs import CostTables, load_cost_tables
from corridors.records import Economics, Leg, Route

if TYPE_CHECKING:  # pragma: no cover
    from corridors.dataset import Dataset
    from corridors.network._graph import CorridorNetwork, Edge

__all__ = ["economics_of", "price_edges", "trip_time_percentiles", "with_economics"]

#: z-score of the 90th percentile of a normal distribution.
Z90 = 1.2815515655446004
#: Transfer kinds (edges) and leg refs that carry a handling charge, by cost component.
HANDLING = {"gauge_break": "gauge_break", "gauge break": "gauge_break",
            "transfer": "mode_transfer"}


def _country(ds: Dataset, from_id: str | None, to_id: str | None) -> str | None:
    """The country a piece or leg lies in: its start's, unless it starts at a crossing."""
    a = ds.nodes.get(from_id or "")
    b = ds.nodes.get(to_id or "")
    if a is not None and (a.id not in ds.crossings or b is None):
        return a.country
    return b.country if b is not None else None


def crossing_cost(t: CostTables, node_id: str | None, countries: tuple[str, str],
                  mode: str | None, ds: Dataset | None = None) -> float:
    """USD for both sides of a border crossing: a scenario's own figure for the crossing,
    else each side's own figure, else the national one."""
    bc = ds.crossings.get(node_id or "") if ds is not None else None
    if bc is not None and bc.cost_usd is not None:
        return bc.cost_usd
    return sum(t.border_side(mode or "road", node_id, c) for c in countries)


def _leg_cost(t: CostTables, ds: Dataset, leg: Leg) -> tuple[str, float]:
    """The cost component of a leg and its USD."""
    if leg.mode in ("road", "rail"):
        country = _country(ds, leg.from_id, leg.to_id) or leg.country
        rate = t.linehaul_per_km(leg.mode, country)
        return "linehaul", rate * leg.distance_km
    if leg.mode == "air":
        return "air_freight", t.single("air_freight") * t.single("teu_cargo_t") * leg.distance_km
    if leg.mode == "sea":
        ports = t.port(leg.from_id) + t.port(leg.to_id)
        return "sea_freight", t.single("sea_freight") * leg.distance_km + ports
    component = HANDLING.get(leg.ref or "")
    return (component, t.single(component)) if component else ("other", 0.0)


def _leg_co2e_kg(t: CostTables, leg: Leg) -> float:
    factor = t.emissions.get(leg.mode)
    if factor is None:
        return 0.0
    grams, per = factor
    mass = 1.0 if per == "TEU" else t.single("teu_cargo_t")
    return grams * mass * leg.distance_km / 1000.0


def _lognormal_var(mean: float, sigma: float) -> float:
    return mean * mean * math.expm1(sigma * sigma)


def trip_time_percentiles(
    waits: list[tuple[str | None, float]], moving: list[float], t: CostTables
) -> tuple[float, float, str | None, float]:
    """P50 and P90 of a trip's time, and the wait that adds most to its variance (with share).

    ``waits`` are (crossing name or None, mean hours); ``moving`` the legs' moving hours.

    Examples
    --------
    >>> from corridors.dataset.costs import load_cost_tables
    >>> p50, p90, worst, share = trip_time_percentiles(
    ...     [("Torkham", 48.4), (None, 6.8)], [10.0, 20.0], load_cost_tables())
    >>> round(p50, 1), round(p90, 1), worst
    (82.6, 113.7, 'Torkham')
    """
    sw, cv = t.single("wait_sigma"), t.single("moving_cv")
    sm = math.sqrt(math.log1p(cv * cv))
    mean = sum(m for _, m in waits) + sum(moving)
    if mean <= 0:
        return 0.0, 0.0, None, 0.0
    wv = [(name, _lognormal_var(m, sw)) for name, m in waits]
    var = sum(v for _, v in wv) + sum(_lognormal_var(m, sm) for m in moving)
    s2 = math.log1p(var / (mean * mean))
    mu = math.log(mean) - s2 / 2
    named = [(v, name) for name, v in wv if name]
    top_v, top = max(named) if named else (0.0, None)
    return math.exp(mu), math.exp(mu + Z90 * math.sqrt(s2)), top, top_v / var if var else 0.0


def _profile(route: Route, leg_usd: list[float],
             cross_usd: list[float]) -> tuple[tuple[float, float, float], ...]:
    """Cumulative (km, h, USD) after each leg and each border crossing."""
    km = h = usd = 0.0
    out = [(0.0, 0.0, 0.0)]
    pending = list(zip(route.crossings, cross_usd, strict=True))
    for leg, cost in zip(route.legs, leg_usd, strict=True):
        km, h, usd = km + leg.distance_km, h + leg.time_h + leg.transship_h, usd + cost
        out.append((km, h, usd))
        if pending and pending[0][0].node_id and pending[0][0].node_id == leg.to_id:
            c, cc = pending.pop(0)
            h, usd = h + c.dwell_h, usd + cc
            out.append((km, h, usd))
    for c, cc in pending:  # crossings not matched to a leg end (routes built elsewhere)
        h, usd = h + c.dwell_h, usd + cc
        out.append((km, h, usd))
    return tuple(out)


def economics_of(route: Route, dataset: Dataset, tables: CostTables | None = None,
                 *, vot: str = "central") -> Economics:
    """Cost, P50/P90 time and CO2e of a route per container.

    Examples
    --------
    >>> from corridors import route
    >>> from corridors.dataset import load_dataset
    >>> r = route("Lahore", "Islamabad", mode="road")
    >>> e = economics_of(r, load_dataset())
    >>> e.price_year, e.cost_usd > 0, e.time_p90_h > e.time_p50_h
    (2024, True, True)
    """
    t = tables if tables is not None else load_cost_tables(dataset.path)
    parts: dict[str, float] = {}
    leg_usd: list[float] = []
    for leg in route.legs:
        component, usd = _leg_cost(t, dataset, leg)
        leg_usd.append(usd)
        if usd:
            parts[component] = parts.get(component, 0.0) + usd
    cross_usd = [crossing_cost(t, c.node_id, c.countries, c.mode or route.mode, dataset)
                 for c in route.crossings]
    if cross_usd:
        parts["border"] = sum(cross_usd)
    waits: list[tuple[str | None, float]] = [(c.name, c.dwell_h) for c in route.crossings]
    waits += [(None, leg.transship_h) for leg in route.legs if leg.transship_h]
    moving = [leg.time_h for leg in route.legs if leg.time_h]
    p50, p90, worst, share = trip_time_percentiles(waits, moving, t)
    co2 = [_leg_co2e_kg(t, leg) for leg in route.legs]
    return Economics(
        price_year=t.price_year,
        cost_usd=sum(leg_usd) + sum(cross_usd),
        by_component=tuple(sorted(parts.items(), key=lambda kv: -kv[1])),
        leg_cost_usd=tuple(leg_usd),
        crossing_cost_usd=tuple(cross_usd),
        time_p50_h=p50,
        time_p90_h=p90,
        co2e_kg=sum(co2),
        leg_co2e_kg=tuple(co2),
        teu_cargo_t=t.single("teu_cargo_t"),
        value_of_time_usd_h=t.value_of_time(vot),
        time_h=route.time_h,
        spread_crossing=worst,
        spread_share=share,
        profile=_profile(route, leg_usd, cross_usd),
    )


def with_economics(route: Route, dataset: Dataset, tables: CostTables | None = None) -> Route:
    """The route (and its alternatives) with :class:`Economics` attached."""
    alts = tuple(with_economics(a, dataset, tables) for a in route.alternatives)
    return replace(route, economics=economics_of(route, dataset, tables), alternatives=alts)


def _edge_usd(t: CostTables, net: CorridorNetwork, e: Edge) -> float:
    ds = net.dataset
    if e.kind == "piece":
        usd = t.linehaul_per_km(e.mode, _country(ds, net.node_of(e.u), net.node_of(e.v)))
        usd *= e.length_km
        if e.crossing:
            usd += crossing_cost(t, e.crossing, ds.crossings[e.crossing].countries, e.mode, ds)
        return usd
    if e.kind == "flight":
        return t.single("air_freight") * t.single("teu_cargo_t") * e.length_km
    if e.kind == "sailing":
        ports = t.port(net.node_of(e.u)) + t.port(net.node_of(e.v))
        return t.single("sea_freight") * e.length_km + ports
    component = HANDLING.get(e.kind)
    return t.single(component) if component else 0.0


def price_edges(net: CorridorNetwork, tables: CostTables | None = None) -> None:
    """Set every edge's ``usd`` (cost per TEU) and ``gen_usd`` (cost + mean time x VOT)."""
    t = tables if tables is not None else load_cost_tables(net.dataset.path)
    vot = t.value_of_time("central")
    for k, e in enumerate(net.edges):
        usd = _edge_usd(t, net, e)
        net.edges[k] = replace(e, usd=usd,
                               gen_usd=usd + vot * (e.moving_h + e.border_h + e.transship_h))

