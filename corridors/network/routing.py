"""Routing on the corridor network: fastest or shortest routes, via and avoid, scenarios,
genuinely different alternatives, and origin-destination matrices.

The search is a plain Dijkstra over the network's compact adjacency lists
(:class:`~corridors.network._graph.CorridorNetwork`), so a warm query takes a few milliseconds and
the route path imports neither networkx nor geopandas.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from corridors.dataset.seasons import parse_when
from corridors.errors import InputError, NoRouteError
from corridors.network._endpoints import MAX_SNAP_KM, End, Endpoint, as_list, resolve_end
from corridors.network._graph import (
    AIR_STATES,
    CorridorNetwork,
    Edge,
    connection_notes,
    load_network,
)
from corridors.network._search import Query, best_path, crossings_of, dijkstra, edge_path
from corridors.network._seasonal import season_notes, seasonal_query, states_at
from corridors.network.costs import economics_of
from corridors.network.places import node_place, resolve_country, resolve_node
from corridors.records.place import Place
from corridors.records.route import Crossing, Leg, Route

__all__ = [
    "ALT_MAX_SHARED",
    "ALT_MAX_STRETCH",
    "ALT_PENALTY",
    "MAX_SNAP_KM",
    "MODES",
    "OPTIMIZE",
    "SCENARIOS",
    "Crossing",
    "Endpoint",
    "Leg",
    "ODMatrix",
    "Route",
    "avoid_states",
    "check_options",
    "od_matrix",
    "route",
]

MODES = ("road", "rail", "air", "sea", "multimodal")
SCENARIOS = ("existing", "proposed")
OPTIMIZE = ("time", "distance", "cost", "generalized")

#: Alternatives: each found route's edges cost this many times more in the next search.
ALT_PENALTY = 4.0
#: Alternatives: a candidate sharing more than this share of its distance with a route
#: already kept is the same corridor with a detour, and is dropped.
ALT_MAX_SHARED = 0.6
#: Alternatives: a candidate costing more than this multiple of the best route (in the
#: optimized quantity) is no alternative a planner would consider, and is dropped.
ALT_MAX_STRETCH = 2.0


# ----------------------------------------------------------------------------- building routes


def _access_leg(net: CorridorNetwork, end: End, *, at_start: bool) -> Leg:
    n = net.dataset.nodes[end.node or ""]
    circ = net.dataset.param("circuity_road_flat")
    km = end.access_km * circ
    speed = net.dataset.speed_kmh("road", "road", "flat")
    p = end.place
    a, b = ((p.lon or 0.0, p.lat or 0.0), (n.lon, n.lat))
    coords = (a, b) if at_start else (b, a)
    names = (p.name, n.name) if at_start else (n.name, p.name)
    return Leg(
        "road",
        names[0],
        names[1],
        km,
        km / speed,
        "existing",
        ref="access",
        name="access to the network (straight line x road circuity)",
        source="estimate: geodesic x circuity_road_flat at the local-road speed",
        length_estimated=True,
        coords=coords,
        country=n.country,
    )


def _legs(net: CorridorNetwork, path: list[int]) -> tuple[list[Leg], list[Crossing], float]:
    ds = net.dataset
    legs: list[Leg] = []
    crossings: list[Crossing] = []
    transship = 0.0
    run: list[Edge] = []

    def name_of(state: int) -> str:
        key = net.states[state]
        if key[0] in AIR_STATES:
            return str(key[1])
        return ds.nodes[key[1]].name

    def flush() -> None:
        if not run:
            return
        first, last = run[0], run[-1]
        coords: list[tuple[float, float]] = []
        for e in run:
            coords.extend(e.coords if not coords else e.coords[1:])
        wait = sum(e.transship_h for e in run)
        legs.append(
            Leg(
                mode=first.mode,
                from_name=name_of(first.u),
                to_name=name_of(last.v),
                distance_km=sum(e.length_km for e in run),
                time_h=sum(e.moving_h for e in run),
                status=first.status,
                ref=first.ref or first.seg_id or first.kind.replace("_", " "),
                name=first.name,
                source=first.source,
                length_estimated=any(e.estimated for e in run),
                coords=tuple(coords),
                from_id=net.node_of(first.u),
                to_id=net.node_of(last.v),
                country=net.country_of(first.u),
                gauge_mm=first.gauge_mm,
                transship_h=wait,
            )
        )
        run.clear()

    for k in path:
        e = net.edges[k]
        if run and (e.seg_id is None or e.seg_id != run[-1].seg_id or e.kind != "piece"):
            flush()
        run.append(e)
        if e.kind != "piece" or e.crossing:  # legs end at transfers and border crossings
            flush()
        transship += e.transship_h
        if e.crossing:
            bc = ds.crossings[e.crossing]
            n = ds.nodes[e.crossing]
            a, b = bc.countries
            came_from = net.country_of(e.u)
            order = (b, a) if came_from == b else (a, b)
            crossings.append(
                Crossing(
                    n.name,
                    order,
                    e.border_h,
                    n.id,
                    n.lat,
                    n.lon,
                    bc.dwell_source or "default dwell (parameters.csv)",
                    e.mode,
                )
            )
    flush()
    return legs, crossings, transship


def _countries(net: CorridorNetwork, path: list[int], start: int | None) -> list[str]:
    seq: list[str] = []
    states = ([start] if start is not None else []) + [net.edges[k].v for k in path]
    for s in states:
        c = net.country_of(s)
        if c and (not seq or seq[-1] != c):
            seq.append(c)
    return seq


def _shared_share(a: list[int], b: list[int], net: CorridorNetwork) -> float:
    """Share of the shorter path's distance that the two paths share."""

    def pieces(path: list[int]) -> dict[tuple[Any, ...], float]:
        return {e.piece_key: e.length_km for k in path if (e := net.edges[k]).piece_key is not None}

    pa, pb = pieces(a), pieces(b)
    la, lb = sum(pa.values()), sum(pb.values())
    if min(la, lb) <= 0:
        return 1.0 if pa.keys() == pb.keys() else 0.0
    shared = sum(v for key, v in pa.items() if key in pb)
    return shared / min(la, lb)


# ----------------------------------------------------------------------------- public API


def _measure(r: Route, optimize: str) -> float:
    """The quantity a route was optimized for."""
    if optimize in ("cost", "generalized") and r.economics is not None:
        e = r.economics
        return e.cost_usd if optimize == "cost" else e.generalized_usd
    return r.distance_km if optimize == "distance" else r.time_h


def check_options(mode: str, scenario: str, optimize: str, alternatives: int) -> None:
    if mode not in MODES:
        raise InputError(f"Unknown mode {mode!r}; use one of {', '.join(MODES)}.")
    if scenario not in SCENARIOS:
        raise InputError(f"Unknown scenario {scenario!r}; use existing or proposed.")
    if optimize not in OPTIMIZE:
        raise InputError(f"Unknown optimize {optimize!r}; use {', '.join(OPTIMIZE)}.")
    if not 0 <= alternatives <= 10:
        raise InputError("--alternatives must be between 0 and 10.")


def _ground_states(net: CorridorNetwork, node_id: str) -> list[int]:
    """Every road and rail state of a node."""
    return [i for key, i in net.index.items() if key[0] not in AIR_STATES and key[1] == node_id]


def avoid_states(net: CorridorNetwork, avoid: Sequence[str]) -> tuple[set[int], set[str]]:
    banned: set[int] = set()
    codes: set[str] = set()
    for item in avoid:
        code = resolve_country(item, network=net)
        if code is not None:
            codes.add(code)
            continue
        nid = resolve_node(item, network=net)
        banned.update(_ground_states(net, nid))
        for code in net.dataset.nodes[nid].iata:  # and its airports
            banned.update(i for tag in AIR_STATES if (i := net.index.get((tag, code))) is not None)
    for cid, bc in net.dataset.crossings.items():  # a closed crossing passes nothing
        if bc.status == "closed":
            banned.update(_ground_states(net, cid))
    for i, key in enumerate(net.states):
        if net.country_of(i) in codes or (
            key[0] not in AIR_STATES
            and key[1] in net.dataset.crossings
            and (set(net.dataset.crossings[key[1]].countries) & codes)
        ):
            banned.add(i)
    return banned, codes


def _why_not(
    net: CorridorNetwork,
    src: dict[int, float],
    dst: dict[int, float],
    q: Query,
    o: End,
    t: End,
    avoided: set[str],
    via_country: str | None,
) -> str:
    mode_label = {"multimodal": "multimodal"}.get(q.mode, q.mode)
    head = f"No {q.scenario} {mode_label} route from {o.place.name} to {t.place.name}"
    if via_country:
        head += f" through {net.country_display.get(via_country, via_country)}"
    dist, _ = dijkstra(net, src, q)
    reach = sorted({c for s in dist if (c := net.country_of(s))})
    names = ", ".join(net.country_display.get(c, c) for c in reach)
    reason = f": from {o.place.name} the {q.scenario} {mode_label} network reaches only {names}"
    if via_country in reach:
        place = net.country_display.get(via_country, via_country)
        reason = (f": the {q.scenario} {mode_label} lines that reach {place} end inside it, "
                  "none enters at one border crossing and leaves at another")
    hints = []
    if q.closed:
        free = q.but(banned=q.banned - states_at(net, q.closed), closed=())
        found = best_path(net, src, dst, free, via_country=via_country)
        shut = sorted(crossings_of(net, found[1]) & set(q.closed)) if found else []
        if shut:
            assert q.when is not None
            names = ", ".join(net.dataset.nodes[n].name for n in shut)
            return (f"{head}: {names} is closed {q.when.phrase()}; the route open at "
                    "other months crosses there.")
    if q.scenario == "existing":
        alt = q.but(scenario="proposed")
        if best_path(net, src, dst, alt, via_country=via_country) is not None:
            hints.append("the proposed scenario has one (try --scenario proposed)")
    if avoided:
        hints.append("try fewer --avoid countries")
    tail = "; " + "; ".join(hints) if hints else ""
    return head + reason + tail + "."


def route(
    origin: Endpoint,
    destination: Endpoint,
    *,
    mode: str = "road",
    via: Sequence[Endpoint] = (),
    avoid: Sequence[str] = (),
    scenario: str = "existing",
    optimize: str = "time",
    alternatives: int = 0,
    network: CorridorNetwork | None = None,
    month: int | str | None = None,
    date: str | dt.date | None = None,
) -> Route:
    """The best route between two places on the corridor network.

    Parameters
    ----------
    origin, destination
        A place name ("Lahore", "Mazar-e-Sharif", "Hyderabad, PK", an IATA code), a country
        (taken as its capital), a :class:`~corridors.records.Place`, a ``(lat, lon)`` tuple or
        a ``"LAT,LON"`` string (joined to the nearest network node).
    mode
        ``road``, ``rail``, ``air``, ``sea`` or ``multimodal``.
    via
        Places the route must pass, in order; a country ("Afghanistan") means the route must
        pass through that country.
    avoid
        Countries (or places) the route must not touch.
    scenario
        ``existing`` (links in service only) or ``proposed`` (adds planned, proposed and
        under-construction links, and hypothetical direct flights).
    optimize
        ``time`` (door-to-door hours including border dwell and transshipment) or
        ``distance``.
    alternatives
        How many genuinely different alternatives to add (each shares at most
        ``ALT_MAX_SHARED`` of its distance with the routes before it).
    month, date
        Plan for a month (1-12 or a name) or a date (``YYYY-MM-DD``, which also knows the
        weekday): a crossing closed then (``crossing_seasons.csv``) is not used, and the
        route says why.  Without either, a route over a seasonal crossing notes its season.

    Raises
    ------
    UnknownPlaceError, AmbiguousPlaceError, InputError, NoRouteError

    Examples
    --------
    >>> r = route("Lahore", "Islamabad", mode="road")
    >>> r.countries
    ('PK',)
    """
    check_options(mode, scenario, optimize, alternatives)
    via, avoid = as_list(via, "via"), as_list(avoid, "avoid")
    net = network if network is not None else load_network()
    o = resolve_end(net, origin, mode)
    t = resolve_end(net, destination, mode)
    if o.node == t.node and not o.access_km and not t.access_km:
        raise InputError(f"Origin and destination are the same place ({o.place.name}).")
    banned, avoided = avoid_states(net, avoid)
    for end in (o, t):
        if end.place.country in avoided:
            raise InputError(f"{end.place.name} lies in a country you asked to avoid.")
    q = seasonal_query(net, Query(mode, scenario, optimize, frozenset(banned)),
                        parse_when(month, date))

    stops = _Stops(net, q, _stops(net, o, t, via, mode, avoided))
    path = stops.solve(None)
    if path is None:
        raise NoRouteError(stops.why_not(avoided))
    main = _make_route(net, path, o, t, q)
    if alternatives:
        alts = _alternatives(stops, path, alternatives, o, t)
        main = Route(**{**_fields(main), "alternatives": tuple(alts)})
    return main


def _stops(net: CorridorNetwork, o: End, t: End, via: Sequence[Endpoint], mode: str,
           avoided: set[str]) -> list[tuple[End, str | None]]:
    """The route's stops in order, each with the country the part before it must cross:
    places split the route, countries constrain the part they fall in."""
    stops: list[tuple[End, str | None]] = [(o, None)]
    pending_country: str | None = None
    for item in via:
        code = resolve_country(item, network=net) if isinstance(item, str) else None
        if code is None and isinstance(item, Place) and item.kind == "country":
            code = item.country
        if code is not None:
            if code in avoided:
                raise InputError(f"{item} is both a --via and an --avoid country.")
            if pending_country is not None:
                raise InputError("Put a place between two --via countries.")
            pending_country = code
            continue
        stops.append((resolve_end(net, item, mode), pending_country))
        pending_country = None
    stops.append((t, pending_country))
    return stops


@dataclass
class _Stops:
    """A route through its stops: solved part by part, explained when it cannot be."""

    net: CorridorNetwork
    q: Query
    stops: list[tuple[End, str | None]]

    def _ends(self, a: End, b: End) -> tuple[dict[int, float], dict[int, float]]:
        mode = self.q.mode
        return (dict.fromkeys(self.net.states_for(a.node or "", mode), 0.0),
                dict.fromkeys(self.net.states_for(b.node or "", mode), 0.0))

    def solve(self, penalties: dict[tuple[Any, ...], float] | None) -> list[int] | None:
        """The edges of the best route through every stop, or None."""
        full: list[int] = []
        for (a, _), (b, vc) in itertools.pairwise(self.stops):
            src, dst = self._ends(a, b)
            if not src or not dst:
                return None
            if set(src) & set(dst) and vc is None:
                continue
            found = best_path(self.net, src, dst, self.q, penalties, vc)
            if found is None:
                return None
            full.extend(found[1])
        return full

    def why_not(self, avoided: set[str]) -> str:
        """Why :meth:`solve` found nothing: the first part that has no route, and why."""
        mode = self.q.mode
        for (a, _), (b, vc) in itertools.pairwise(self.stops):
            src, dst = self._ends(a, b)
            if not src:
                return f"{a.place.name} is not on the {mode} network."
            if not dst:
                return f"{b.place.name} is not on the {mode} network."
            if best_path(self.net, src, dst, self.q, None, vc) is None:
                return _why_not(self.net, src, dst, self.q, a, b, avoided, vc)
        o, t = self.stops[0][0], self.stops[-1][0]
        return f"No {mode} route from {o.place.name} to {t.place.name}."


def _alternatives(stops: _Stops, path: list[int], wanted: int, o: End, t: End) -> list[Route]:
    """Genuinely different routes: search again with the last route's pieces made dearer,
    keep candidates that share little with the routes kept and cost at most
    :data:`ALT_MAX_STRETCH` times the best."""
    net, optimize = stops.net, stops.q.optimize
    best_cost = sum(net.edges[k].cost(optimize) for k in path)
    accepted, last = [path], path
    alts: list[Route] = []
    penalties: dict[tuple[Any, ...], float] = {}
    for _ in range(wanted * 6):
        for k in last:
            key = net.edges[k].piece_key
            if key is not None:
                penalties[key] = penalties.get(key, 1.0) * ALT_PENALTY
        cand = stops.solve(penalties)
        if cand is None or cand == last:
            break
        last = cand
        if sum(net.edges[k].cost(optimize) for k in cand) > ALT_MAX_STRETCH * best_cost:
            continue
        if all(_shared_share(cand, p, net) <= ALT_MAX_SHARED for p in accepted):
            accepted.append(cand)
            alts.append(_make_route(net, cand, o, t, stops.q))
            if len(alts) == wanted:
                break
    return sorted(alts, key=lambda r: _measure(r, optimize))


def _fields(r: Route) -> dict[str, Any]:
    return {
        f: getattr(r, f)
        for f in (
            "origin",
            "destination",
            "mode",
            "scenario",
            "optimize",
            "legs",
            "crossings",
            "countries",
            "transship_h",
            "alternatives",
            "notes",
            "economics",
        )
    }


def _make_route(net: CorridorNetwork, path: list[int], o: End, t: End, q: Query) -> Route:
    legs, crossings, transship = _legs(net, path)
    if crossings and path and net.edges[path[-1]].crossing == t.node and not t.access_km:
        crossings.pop()  # a route that ends at a border crossing does not wait to cross it
    notes = [n for n in (o.note, t.note) if n]
    if o.access_km:
        legs.insert(0, _access_leg(net, o, at_start=True))
    if t.access_km:
        legs.append(_access_leg(net, t, at_start=False))
    start = net.edges[path[0]].u if path else None
    countries = _countries(net, path, start)
    for c in crossings:
        bc = net.dataset.crossings.get(c.node_id or "")
        if bc is not None and bc.status != "open":
            notes.append(f"{c.name} is reported {bc.status} (see border_crossings.csv)")
    notes += season_notes(net, path, q)
    notes += connection_notes(net, path)
    if any(leg.status == "hypothetical" for leg in legs):
        notes.append("includes hypothetical direct flights that no source reports")
    if any(leg.length_estimated for leg in legs):
        notes.append("some lengths are estimates (geodesic x circuity); see each leg's source")
    r = Route(
        o.place,
        t.place,
        q.mode,
        q.scenario,
        q.optimize,
        tuple(legs),
        tuple(crossings),
        tuple(countries),
        transship,
        notes=tuple(notes),
    )
    return replace(r, economics=economics_of(r, net.dataset))


@dataclass(frozen=True)
class ODMatrix:
    """Origin-destination matrix: ``time_h[i][j]`` and ``distance_km[i][j]`` (None = no route)."""

    places: tuple[Place, ...]
    mode: str
    scenario: str
    optimize: str
    time_h: tuple[tuple[float | None, ...], ...]
    distance_km: tuple[tuple[float | None, ...], ...]

    def to_dataframe(self, value: str = "time_h") -> Any:
        """A pandas DataFrame of one of the two matrices, labelled by place names."""
        import pandas as pd

        names = [p.name for p in self.places]
        return pd.DataFrame(getattr(self, value), index=names, columns=names)


def od_matrix(
    places: Sequence[Endpoint] | None = None,
    *,
    mode: str = "road",
    scenario: str = "existing",
    optimize: str = "time",
    network: CorridorNetwork | None = None,
) -> ODMatrix:
    """Times and distances between every pair of places (default: every city node).

    One Dijkstra per origin; the path that minimises ``optimize`` gives both figures.
    """
    check_options(mode, scenario, optimize, 0)
    net = network if network is not None else load_network()
    if places is None:
        ends = [
            End(node_place(net, n.id), n.id)
            for n in net.dataset.nodes.values()
            if n.kind == "city" and net.states_for(n.id, mode)
        ]
    else:
        ends = [resolve_end(net, p, mode) for p in places]
    banned, _ = avoid_states(net, ())
    q = Query(mode, scenario, optimize, frozenset(banned))
    targets: dict[int, list[int]] = {}
    for j, e in enumerate(ends):
        for s in net.states_for(e.node or "", mode):
            targets.setdefault(s, []).append(j)
    times: list[tuple[float | None, ...]] = []
    dists: list[tuple[float | None, ...]] = []
    for a in ends:
        src = dict.fromkeys(net.states_for(a.node or "", mode), 0.0)
        dist, pred = dijkstra(net, src, q)
        row_t: list[float | None] = [None] * len(ends)
        row_d: list[float | None] = [None] * len(ends)
        best: dict[int, float] = {}
        for s, js in targets.items():
            if s not in dist:
                continue
            for j in js:
                if dist[s] < best.get(j, float("inf")):
                    best[j] = dist[s]
                    p = edge_path(net, pred, s)
                    edges = [net.edges[k] for k in p]
                    row_t[j] = sum(e.moving_h + e.border_h + e.transship_h for e in edges)
                    row_d[j] = sum(e.length_km for e in edges)
        times.append(tuple(row_t))
        dists.append(tuple(row_d))
    return ODMatrix(
        tuple(e.place for e in ends), mode, scenario, optimize, tuple(times), tuple(dists)
    )
