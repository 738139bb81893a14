"""Routing on the corridor network: fastest or shortest routes, via and avoid, scenarios,
genuinely different alternatives, and origin-destination matrices.

The search is a plain Dijkstra over the network's compact adjacency lists
(:class:`~corridors.network._graph.CorridorNetwork`), so a warm query takes a few milliseconds and
the route path imports neither networkx nor geopandas.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from corridors import settings
from corridors._latlon import check_point, parse_latlon
from corridors.dataset.seasons import When, load_seasons, parse_when
from corridors.errors import CorridorsError, InputError, NoRouteError
from corridors.network._graph import (
    AIR_STATES,
    SCENARIO_STATUSES,
    CorridorNetwork,
    Edge,
    load_network,
)
from corridors.network.places import node_place, resolve_country, resolve_node
from corridors.records.place import Place
from corridors.records.route import Crossing, Leg, Route

__all__ = [
    "MODES",
    "OPTIMIZE",
    "SCENARIOS",
    "Crossing",
    "Leg",
    "ODMatrix",
    "Route",
    "od_matrix",
    "reachable",
    "route",
]

MODES = ("road", "rail", "air", "sea", "multimodal")
SCENARIOS = ("existing", "proposed")
OPTIMIZE = ("time", "distance")

#: Alternatives: each found route's edges cost this many times more in the next search.
ALT_PENALTY = 4.0
#: Alternatives: a candidate sharing more than this share of its distance with a route
#: already kept is the same corridor with a detour, and is dropped.
ALT_MAX_SHARED = 0.6
#: Alternatives: a candidate costing more than this multiple of the best route (in the
#: optimized quantity) is no alternative a planner would consider, and is dropped.
ALT_MAX_STRETCH = 2.0

#: A point farther than this from every network node that serves the mode is refused:
#: the answer would be about another place (a tunable of :mod:`corridors.settings`).
MAX_SNAP_KM = settings.MAX_SNAP_KM

Endpoint = str | Place | tuple[float, float]


# ----------------------------------------------------------------------------- search core


@dataclass(frozen=True)
class _Query:
    mode: str
    scenario: str
    optimize: str
    banned: frozenset[int]
    when: When | None = None
    closed: tuple[str, ...] = ()  # crossings closed at ``when`` (their states are banned)

    def but(self, **changes: Any) -> _Query:
        """This query with some fields changed."""
        return replace(self, **changes)


def _edge_ok(net: CorridorNetwork, e: Edge, q: _Query) -> bool:
    if e.status not in SCENARIO_STATUSES[q.scenario]:
        return False
    if q.mode == "multimodal":
        return True
    if q.mode == "rail":
        return e.mode == "rail" or e.kind == "gauge_break"
    if q.mode == "air":
        return e.mode == "air" or e.kind in ("access", "egress", "connection")
    if q.mode == "sea":
        return e.mode == "sea"
    return e.mode == q.mode


def _dijkstra(
    net: CorridorNetwork,
    sources: dict[int, float],
    q: _Query,
    *,
    targets: Iterable[int] = (),
    penalties: dict[tuple[Any, ...], float] | None = None,
    reverse: bool = False,
    terminal: frozenset[int] = frozenset(),
) -> tuple[dict[int, float], dict[int, int]]:
    """Costs and predecessor edges from ``sources``; stops when every target is settled.

    States in ``terminal`` are reached but never left.
    """
    dist: dict[int, float] = {}
    pred: dict[int, int] = {}
    best = {s: c for s, c in sources.items() if s not in q.banned}
    heap = [(c, s) for s, c in best.items()]
    heapq.heapify(heap)
    todo = set(targets)
    adj = net.in_edges if reverse else net.out_edges
    edges = net.edges
    opt = q.optimize
    while heap:
        c, s = heapq.heappop(heap)
        if s in dist:
            continue
        dist[s] = c
        todo.discard(s)
        if targets and not todo:
            break
        if s in terminal:
            continue
        for k in adj[s]:
            e = edges[k]
            nxt = e.u if reverse else e.v
            if nxt in dist or nxt in q.banned or not _edge_ok(net, e, q):
                continue
            w = e.cost(opt)
            if penalties and e.piece_key is not None:
                w *= penalties.get(e.piece_key, 1.0)
            nc = c + w
            if nc < best.get(nxt, float("inf")):
                best[nxt] = nc
                pred[nxt] = k
                heapq.heappush(heap, (nc, nxt))
    return dist, pred


def _path(
    net: CorridorNetwork, pred: dict[int, int], end: int, *, reverse: bool = False
) -> list[int]:
    out: list[int] = []
    s = end
    while s in pred:
        k = pred[s]
        out.append(k)
        s = net.edges[k].v if reverse else net.edges[k].u
    return out if reverse else out[::-1]


def _best_path(
    net: CorridorNetwork,
    src: dict[int, float],
    dst: dict[int, float],
    q: _Query,
    penalties: dict[tuple[Any, ...], float] | None = None,
    via_country: str | None = None,
) -> tuple[float, list[int]] | None:
    """Cheapest edge path from any source to any destination state (optionally via a country)."""
    if via_country is None:
        dist, pred = _dijkstra(net, src, q, targets=dst, penalties=penalties)
        reached = [(dist[t] + extra, t) for t, extra in dst.items() if t in dist]
        if not reached:
            return None
        cost, t = min(reached)
        return cost, _path(net, pred, t)
    return _transit_path(net, src, dst, q, penalties, via_country)


@dataclass(frozen=True)
class _Territory:
    """A country's states for a transit: inside it (not at a border), and its crossings."""

    interior: frozenset[int]
    crossings: frozenset[int]

    @classmethod
    def of(cls, net: CorridorNetwork, country: str) -> _Territory:
        interior, crossings = set(), set()
        for i in range(len(net.states)):
            nid = net.node_of(i)
            bx = net.dataset.crossings.get(nid or "")
            if bx is not None and net.states[i][0] not in AIR_STATES:
                if country in bx.countries:
                    crossings.add(i)
            elif net.country_of(i) == country:
                interior.add(i)
        return cls(frozenset(interior), frozenset(crossings))


def _transit_path(
    net: CorridorNetwork,
    src: dict[int, float],
    dst: dict[int, float],
    q: _Query,
    penalties: dict[tuple[Any, ...], float] | None,
    country: str,
) -> tuple[float, list[int]] | None:
    """The cheapest path that really passes through ``country``: it enters at one border
    crossing, visits a place inside, and leaves at another crossing (or starts or ends
    inside).  Never a touch of a crossing and back, never one crossing twice."""
    land = _Territory.of(net, country)
    if set(src) & land.interior or set(dst) & land.interior:
        found = _best_path(net, src, dst, q, penalties)
        if found is None:
            return None
        path = found[1]
        enters = any(net.edges[k].v in land.interior for k in path) or bool(
            set(src) & land.interior)
        return found if enters else None
    candidates = _transits(net, src, dst, q, penalties, land, frozenset())
    for used in (frozenset(), *(_crossings_of(net, p) for _, p in candidates[:1])):
        if used:  # repair: keep the way out off the crossings the way in used
            candidates = _transits(net, src, dst, q, penalties, land, used)
        for cost, path in candidates:
            crossed = [c for c in (net.edges[k].crossing for k in path) if c]
            if len(crossed) == len(set(crossed)):
                return cost, path
    return None


def _crossings_of(net: CorridorNetwork, path: list[int]) -> frozenset[str]:
    return frozenset(c for c in (net.edges[k].crossing for k in path) if c)


def _transits(
    net: CorridorNetwork,
    src: dict[int, float],
    dst: dict[int, float],
    q: _Query,
    penalties: dict[tuple[Any, ...], float] | None,
    land: _Territory,
    not_back_through: frozenset[str],
) -> list[tuple[float, list[int]]]:
    """Every (entry, exit) way through ``land``, cheapest first: the way in, a path inside
    from one crossing to another, and the way out (off the crossings ``not_back_through``)."""
    outside = q.but(banned=q.banned | land.interior)
    fwd, fpred = _dijkstra(net, src, outside, penalties=penalties)
    back_banned = frozenset(i for i in range(len(net.states))
                            if net.node_of(i) in not_back_through)
    back = q.but(banned=outside.banned | back_banned)
    bwd, bpred = _dijkstra(net, dst, back, penalties=penalties, reverse=True)
    out: list[tuple[float, list[int]]] = []
    for entry in sorted(land.crossings & fwd.keys()):
        at_entry = net.node_of(entry)
        same_post = frozenset(x for x in land.crossings if net.node_of(x) == at_entry)
        inside = q.but(banned=q.banned | same_post | (frozenset(range(len(net.states)))
                                                      - land.interior - land.crossings))
        first: dict[int, float] = {}
        first_edge: dict[int, int] = {}
        for k in net.out_edges[entry]:
            e = net.edges[k]
            if e.v in land.interior and e.v not in q.banned and _edge_ok(net, e, q):
                w = e.cost(q.optimize) * (penalties.get(e.piece_key, 1.0)
                                          if penalties and e.piece_key is not None else 1.0)
                if fwd[entry] + w < first.get(e.v, float("inf")):
                    first[e.v], first_edge[e.v] = fwd[entry] + w, k
        if not first:
            continue
        dist, pred = _dijkstra(net, first, inside, penalties=penalties,
                               terminal=land.crossings)
        for exit_ in land.crossings & dist.keys() & bwd.keys():
            inner = _path(net, pred, exit_)
            start = net.edges[inner[0]].u if inner else exit_
            way_in, way_out = _path(net, fpred, entry), _path(net, bpred, exit_, reverse=True)
            out.append((dist[exit_] + bwd[exit_],
                        [*way_in, first_edge[start], *inner, *way_out]))
    out.sort(key=lambda c: c[0])
    return out


# ----------------------------------------------------------------------------- endpoints


def _as_list(items: Any, what: str) -> list[Any]:
    """``via``/``avoid`` as a list: a single name or place is one item, never its letters."""
    if items is None:
        return []
    is_point = isinstance(items, tuple) and len(items) == 2 and all(
        isinstance(x, int | float) for x in items)
    if isinstance(items, str | Place) or is_point:
        return [items]
    if not isinstance(items, Sequence | set | frozenset):
        raise TypeError(f"{what} takes a place or a list of places, not {items!r}.")
    return list(items)


@dataclass(frozen=True)
class _End:
    place: Place
    node: str | None  # network node id, or None for a bare point
    access_km: float = 0.0  # straight-line km from a point to its snapped node
    note: str | None = None


def _resolve_end(net: CorridorNetwork, item: Endpoint, mode: str) -> _End:
    latlon: tuple[float, float] | None = None
    checked: object = item
    if isinstance(checked, list):
        item = tuple(checked)
    elif not isinstance(checked, Place | str | tuple):
        raise TypeError(f"A place is a name, a Place or a (lat, lon) pair, not {checked!r}.")
    if isinstance(item, Place):
        if item.id and item.id in net.dataset.nodes:
            return _End(node_place(net, item.id), item.id)
        if item.kind == "country" and item.country:
            item = item.country
        elif item.lat is not None and item.lon is not None:
            latlon = check_point(item.lat, item.lon, shown=item.name)
        else:
            item = item.name
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"A point is a (lat, lon) pair, not {item!r}.")
        latlon = check_point(item[0], item[1])
    if isinstance(item, str):
        latlon = parse_latlon(item)
        if latlon is None:
            try:
                nid = resolve_node(item, network=net)
            except CorridorsError as exc:
                code = resolve_country(item, network=net)
                if code is None:
                    known = _world_place(net, item, exc)
                    if known is None:
                        raise
                    return _join(net, known, mode)
                cap = next(
                    (n for n in net.dataset.nodes.values() if n.country == code and n.capital), None
                )
                if cap is None:
                    raise InputError(
                        f"{item} has no capital in the corridor network; name one of its cities."
                    ) from None
                return _End(
                    node_place(net, cap.id), cap.id, note=f"{item} taken as its capital, {cap.name}"
                )
            return _End(node_place(net, nid), nid)
    if latlon is None:
        raise TypeError(f"Cannot read {item!r} as a place.")
    lat, lon = latlon
    return _join(net, Place(f"{lat:.4f},{lon:.4f}", None, "point", lat, lon), mode)


def _world_place(net: CorridorNetwork, name: str, exc: CorridorsError) -> Place | None:
    """A place the world gazetteer knows, inside the network's countries, for a name the
    network lacks; None when the name is unknown, ambiguous in the network, or elsewhere."""
    from corridors.errors import UnknownPlaceError

    if not isinstance(exc, UnknownPlaceError) or exc.suggestions:
        return None
    from corridors.gazetteer._index import resolve_place

    place = resolve_place(name)
    if place is None or place.lat is None or place.lon is None:
        return None
    if place.kind in ("country", "region") or place.country not in net.dataset.countries():
        return None
    return place


def _join(net: CorridorNetwork, place: Place, mode: str) -> _End:
    """Join a place that is not a network node to the nearest node that serves ``mode``."""
    from corridors.network._graph import nearest_nodes

    if place.lat is None or place.lon is None:
        raise InputError(f"{place.name} has no coordinates to join it to the network.")
    for km, nid in nearest_nodes(net, place.lat, place.lon):
        if net.states_for(nid, mode):
            n = net.dataset.nodes[nid]
            if km > MAX_SNAP_KM:
                raise InputError(
                    f"{place.name} is {km:,.0f} km from the nearest {mode} node of the network "
                    f"({n.name}); points farther than {MAX_SNAP_KM:,.0f} km are not joined.")
            if place.country is None:
                place = Place(place.name, n.country, place.kind, place.lat, place.lon)
            note = f"{place.name} joined to the network at {n.name} ({km:.0f} km away)"
            return _End(place, nid, km, note=note)
    raise NoRouteError(f"No {mode} node of the network is near {place.name}.")


# ----------------------------------------------------------------------------- building routes


def _access_leg(net: CorridorNetwork, end: _End, *, at_start: bool) -> Leg:
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


def _check(mode: str, scenario: str, optimize: str, alternatives: int) -> None:
    if mode not in MODES:
        raise InputError(f"Unknown mode {mode!r}; use one of {', '.join(MODES)}.")
    if scenario not in SCENARIOS:
        raise InputError(f"Unknown scenario {scenario!r}; use existing or proposed.")
    if optimize not in OPTIMIZE:
        raise InputError(f"Unknown optimize {optimize!r}; use time or distance.")
    if not 0 <= alternatives <= 10:
        raise InputError("--alternatives must be between 0 and 10.")


def _ground_states(net: CorridorNetwork, node_id: str) -> list[int]:
    """Every road and rail state of a node."""
    return [i for key, i in net.index.items() if key[0] not in AIR_STATES and key[1] == node_id]


def _avoid_states(net: CorridorNetwork, avoid: Sequence[str]) -> tuple[set[int], set[str]]:
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
    q: _Query,
    o: _End,
    t: _End,
    avoided: set[str],
    via_country: str | None,
) -> str:
    mode_label = {"multimodal": "multimodal"}.get(q.mode, q.mode)
    head = f"No {q.scenario} {mode_label} route from {o.place.name} to {t.place.name}"
    if via_country:
        head += f" through {net.country_display.get(via_country, via_country)}"
    dist, _ = _dijkstra(net, src, q)
    reach = sorted({c for s in dist if (c := net.country_of(s))})
    names = ", ".join(net.country_display.get(c, c) for c in reach)
    reason = f": from {o.place.name} the {q.scenario} {mode_label} network reaches only {names}"
    if via_country in reach:
        place = net.country_display.get(via_country, via_country)
        reason = (f": the {q.scenario} {mode_label} lines that reach {place} end inside it, "
                  "none enters at one border crossing and leaves at another")
    hints = []
    if q.closed:
        free = q.but(banned=q.banned - _states_at(net, q.closed), closed=())
        found = _best_path(net, src, dst, free, via_country=via_country)
        shut = sorted(_crossings_of(net, found[1]) & set(q.closed)) if found else []
        if shut:
            assert q.when is not None
            names = ", ".join(net.dataset.nodes[n].name for n in shut)
            return (f"{head}: {names} is closed {q.when.phrase()}; the route open at "
                    "other months crosses there.")
    if q.scenario == "existing":
        alt = q.but(scenario="proposed")
        if _best_path(net, src, dst, alt, via_country=via_country) is not None:
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
    _check(mode, scenario, optimize, alternatives)
    via, avoid = _as_list(via, "via"), _as_list(avoid, "avoid")
    net = network if network is not None else load_network()
    o = _resolve_end(net, origin, mode)
    t = _resolve_end(net, destination, mode)
    if o.node == t.node and not o.access_km and not t.access_km:
        raise InputError(f"Origin and destination are the same place ({o.place.name}).")
    banned, avoided = _avoid_states(net, avoid)
    for end in (o, t):
        if end.place.country in avoided:
            raise InputError(f"{end.place.name} lies in a country you asked to avoid.")
    q = _seasonal_query(net, _Query(mode, scenario, optimize, frozenset(banned)),
                        parse_when(month, date))

    # waypoints: nodes split the route; countries constrain the part they fall in
    stops: list[tuple[_End, str | None]] = [(o, None)]
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
        stops.append((_resolve_end(net, item, mode), pending_country))
        pending_country = None
    stops.append((t, pending_country))

    def solve(penalties: dict[tuple[Any, ...], float] | None) -> list[int] | None:
        full: list[int] = []
        for (a, _), (b, vc) in itertools.pairwise(stops):
            src = dict.fromkeys(net.states_for(a.node or "", mode), 0.0)
            dst = dict.fromkeys(net.states_for(b.node or "", mode), 0.0)
            if not src or not dst:
                return None
            if set(src) & set(dst) and vc is None:
                continue
            found = _best_path(net, src, dst, q, penalties, vc)
            if found is None:
                return None
            full.extend(found[1])
        return full

    path = solve(None)
    if path is None:
        for (a, _), (b, vc) in itertools.pairwise(stops):
            src = dict.fromkeys(net.states_for(a.node or "", mode), 0.0)
            dst = dict.fromkeys(net.states_for(b.node or "", mode), 0.0)
            if not src:
                raise NoRouteError(f"{a.place.name} is not on the {mode} network.")
            if not dst:
                raise NoRouteError(f"{b.place.name} is not on the {mode} network.")
            if _best_path(net, src, dst, q, None, vc) is None:
                raise NoRouteError(_why_not(net, src, dst, q, a, b, avoided, vc))
        raise NoRouteError(f"No {mode} route from {o.place.name} to {t.place.name}.")

    main = _make_route(net, path, o, t, q)
    if alternatives:
        best_cost = sum(net.edges[k].cost(optimize) for k in path)
        accepted = [path]
        last = path
        alts: list[Route] = []
        penalties: dict[tuple[Any, ...], float] = {}
        for _ in range(alternatives * 6):
            for k in last:  # make the last route found dearer, then search again
                key = net.edges[k].piece_key
                if key is not None:
                    penalties[key] = penalties.get(key, 1.0) * ALT_PENALTY
            cand = solve(penalties)
            if cand is None or cand == last:
                break
            last = cand
            cost = sum(net.edges[k].cost(optimize) for k in cand)
            if cost > ALT_MAX_STRETCH * best_cost:
                continue
            if all(_shared_share(cand, p, net) <= ALT_MAX_SHARED for p in accepted):
                accepted.append(cand)
                alts.append(_make_route(net, cand, o, t, q))
                if len(alts) == alternatives:
                    break
        alts.sort(key=lambda r: r.time_h if optimize == "time" else r.distance_km)
        main = Route(**{**_fields(main), "alternatives": tuple(alts)})
    return main


def _seasonal_query(net: CorridorNetwork, q: _Query, when: When | None) -> _Query:
    """``q`` for a time of year: the crossings closed then are banned and remembered."""
    if when is None:
        return q
    seasons = load_seasons(net.dataset.path)
    closed = tuple(sorted(nid for nid, season in seasons.items() if not season.open_at(when)))
    banned = {i for i in range(len(net.states)) if net.node_of(i) in closed
              and net.states[i][0] not in AIR_STATES}
    return q.but(banned=q.banned | banned, when=when, closed=closed)


def _season_notes(net: CorridorNetwork, path: list[int], q: _Query) -> list[str]:
    """Why a closed crossing is not used (with a date), or the season of those used."""
    seasons = load_seasons(net.dataset.path)
    notes = []
    if q.when is not None and q.closed:
        free = q.but(banned=q.banned - _states_at(net, q.closed), closed=())
        src = {net.edges[path[0]].u: 0.0} if path else {}
        dst = {net.edges[path[-1]].v: 0.0} if path else {}
        found = _best_path(net, src, dst, free) if src else None
        for nid in sorted(_crossings_of(net, found[1]) & set(q.closed)) if found else ():
            notes.append(f"{net.dataset.nodes[nid].name} is closed {q.when.phrase()} "
                         f"({seasons[nid].describe()}), so this route does not use it")
    elif q.when is None:
        for nid in sorted(_crossings_of(net, path)):
            if nid in seasons and seasons[nid].describe():
                notes.append(f"{net.dataset.nodes[nid].name}: {seasons[nid].describe()} "
                             "(crossing_seasons.csv); plan with --month or --date")
    return notes


def _states_at(net: CorridorNetwork, node_ids: Iterable[str]) -> frozenset[int]:
    ids = set(node_ids)
    return frozenset(i for i in range(len(net.states)) if net.node_of(i) in ids)


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
        )
    }


def _make_route(net: CorridorNetwork, path: list[int], o: _End, t: _End, q: _Query) -> Route:
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
    notes += _season_notes(net, path, q)
    if any(leg.status == "hypothetical" for leg in legs):
        notes.append("includes hypothetical direct flights that no source reports")
    if any(leg.length_estimated for leg in legs):
        notes.append("some lengths are estimates (geodesic x circuity); see each leg's source")
    return Route(
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
    _check(mode, scenario, optimize, 0)
    net = network if network is not None else load_network()
    if places is None:
        ends = [
            _End(node_place(net, n.id), n.id)
            for n in net.dataset.nodes.values()
            if n.kind == "city" and net.states_for(n.id, mode)
        ]
    else:
        ends = [_resolve_end(net, p, mode) for p in places]
    banned, _ = _avoid_states(net, ())
    q = _Query(mode, scenario, optimize, frozenset(banned))
    targets: dict[int, list[int]] = {}
    for j, e in enumerate(ends):
        for s in net.states_for(e.node or "", mode):
            targets.setdefault(s, []).append(j)
    times: list[tuple[float | None, ...]] = []
    dists: list[tuple[float | None, ...]] = []
    for a in ends:
        src = dict.fromkeys(net.states_for(a.node or "", mode), 0.0)
        dist, pred = _dijkstra(net, src, q)
        row_t: list[float | None] = [None] * len(ends)
        row_d: list[float | None] = [None] * len(ends)
        best: dict[int, float] = {}
        for s, js in targets.items():
            if s not in dist:
                continue
            for j in js:
                if dist[s] < best.get(j, float("inf")):
                    best[j] = dist[s]
                    p = _path(net, pred, s)
                    edges = [net.edges[k] for k in p]
                    row_t[j] = sum(e.moving_h + e.border_h + e.transship_h for e in edges)
                    row_d[j] = sum(e.length_km for e in edges)
        times.append(tuple(row_t))
        dists.append(tuple(row_d))
    return ODMatrix(
        tuple(e.place for e in ends), mode, scenario, optimize, tuple(times), tuple(dists)
    )


@dataclass(frozen=True)
class Reach:
    """A place reachable from an origin: fastest time and the distance of that route."""

    place: Place
    time_h: float
    distance_km: float


@dataclass(frozen=True)
class OutOfReach:
    """A country with no city within the budget: its first city, and the slowest border
    crossing on the way there (what keeps it out)."""

    country: str
    first: Place
    time_h: float
    distance_km: float
    crossing: str
    crossing_h: float

    #: A crossing "keeps a country out" when its wait is at least this share of the trip.
    CROSSING_SHARE = 0.25

    def reason(self, names: dict[str, str]) -> str:
        """'Afghanistan: Jalalabad at 2 d 3 h; the Torkham crossing alone takes 48 h 24'."""
        from corridors._format import format_hours

        text = f"{names.get(self.country, self.country)}: {self.first.name} at " \
               f"{format_hours(self.time_h)}"
        if self.crossing and self.crossing_h >= self.CROSSING_SHARE * self.time_h:
            return text + (f"; the {self.crossing} crossing alone takes "
                           f"{format_hours(self.crossing_h)}")
        return text + f"; it is {self.distance_km:,.0f} km away"


@dataclass
class _Tree:
    net: CorridorNetwork
    mode: str
    src: dict[int, float]
    dist: dict[int, float]
    pred: dict[int, int]

    def arrivals(self) -> dict[str, tuple[float, int]]:
        """City node -> (hours, state) of the fastest arrival where a trip may end."""
        best: dict[str, tuple[float, int]] = {}
        for state, h in self.dist.items():
            nid = self.net.node_of(state)
            if nid is None or self.net.dataset.nodes[nid].kind != "city":
                continue
            if state not in self.net.states_for(nid, self.mode) and state not in self.src:
                continue  # only arrivals where a trip of this mode may end
            if nid not in best or h < best[nid][0]:
                best[nid] = (h, state)
        return best


def _reach_tree(origin: Endpoint, *, mode: str, scenario: str, avoid: Sequence[str],
                network: CorridorNetwork | None, month: int | str | None,
                date: str | dt.date | None) -> _Tree:
    _check(mode, scenario, "time", 0)
    net = network if network is not None else load_network()
    o = _resolve_end(net, origin, mode)
    banned, _ = _avoid_states(net, _as_list(avoid, "avoid"))
    q = _seasonal_query(net, _Query(mode, scenario, "time", frozenset(banned)),
                        parse_when(month, date))
    src = dict.fromkeys(net.states_for(o.node or "", mode), 0.0)
    dist, pred = _dijkstra(net, src, q)
    return _Tree(net, mode, src, dist, pred)


def reachable(origin: Endpoint, hours: float, *, mode: str = "road",
              scenario: str = "existing", avoid: Sequence[str] = (),
              network: CorridorNetwork | None = None, month: int | str | None = None,
              date: str | dt.date | None = None) -> list[Reach]:
    """Every network city reachable from ``origin`` within ``hours`` (an isochrone as data).

    Times are door to door as in :func:`route` (moving, border dwell, transfers); the list is
    sorted by time.  Compare scenarios to see what the proposed links bring within reach.

    Examples
    --------
    >>> near = reachable("Peshawar", 24, mode="road")
    >>> near[0].place.name, near[0].time_h
    ('Peshawar', 0.0)
    """
    if not hours > 0:
        raise InputError("The time budget must be a positive number of hours.")
    tree = _reach_tree(origin, mode=mode, scenario=scenario, avoid=avoid, network=network,
                       month=month, date=date)
    found = [Reach(node_place(tree.net, nid), h,
                   sum(tree.net.edges[k].length_km for k in _path(tree.net, tree.pred, state)))
             for nid, (h, state) in tree.arrivals().items() if h <= hours]
    return sorted(found, key=lambda r: (r.time_h, r.place.name))


def out_of_reach(origin: Endpoint, hours: float, *, mode: str = "road",
                 scenario: str = "existing", avoid: Sequence[str] = (),
                 network: CorridorNetwork | None = None, month: int | str | None = None,
                 date: str | dt.date | None = None) -> list[OutOfReach]:
    """The countries the network reaches from ``origin`` but not within ``hours``, each with
    its first city and the slowest border crossing on the way (what keeps it out)."""
    tree = _reach_tree(origin, mode=mode, scenario=scenario, avoid=avoid, network=network,
                       month=month, date=date)
    nodes = tree.net.dataset.nodes
    first: dict[str, tuple[float, str, int]] = {}
    for nid, (h, state) in tree.arrivals().items():
        cc = nodes[nid].country
        if cc not in first or h < first[cc][0]:
            first[cc] = (h, nid, state)
    out = []
    for cc, (h, nid, state) in first.items():
        if h <= hours:
            continue
        path = [tree.net.edges[k] for k in _path(tree.net, tree.pred, state)]
        waits = [(e.border_h, e.crossing) for e in path if e.crossing]
        wait_h, post = max(waits, default=(0.0, None))
        out.append(OutOfReach(cc, node_place(tree.net, nid), h,
                              sum(e.length_km for e in path),
                              nodes[post].name if post else "", wait_h))
    return sorted(out, key=lambda x: x.time_h)
