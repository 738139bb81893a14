"""Snap places to an OSM graph, route on it, and measure corridor circuity against it."""

from __future__ import annotations

import itertools
import math
import os
import re
import statistics
import weakref
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from corridors._latlon import format_latlon
from corridors._route_types import Leg, Route
from corridors.errors import InputError, NoRouteError
from corridors.places import Place

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np
    import numpy.typing as npt

    from corridors._fastgraph import FastGraph

__all__ = [
    "DEFAULT_MAX_SNAP_KM",
    "FAST_BACKEND_MIN_NODES",
    "RAIL_SPEED_KMH",
    "ROAD_SPEEDS_KMH",
    "SegmentCircuity",
    "add_travel_times",
    "circuity_summary",
    "dataset_segments",
    "forget_caches",
    "od_matrix_osm",
    "route_osm",
    "segment_circuity",
    "shortest_edges",
    "snap",
]

#: Speeds (km/h) by ``highway=*`` class when a way has no usable ``maxspeed``; ``_link``
#: ramps drive at 60 % of their road's speed.  Deliberately conservative for the corridor
#: countries (mountain passes, mixed traffic).
ROAD_SPEEDS_KMH: dict[str, float] = {
    "motorway": 100.0,
    "trunk": 70.0,
    "primary": 60.0,
    "secondary": 50.0,
    "tertiary": 40.0,
    "unclassified": 30.0,
    "residential": 25.0,
    "living_street": 10.0,
    "service": 15.0,
    "track": 15.0,
}
#: Speed (km/h) for roads of any other class.
ROAD_DEFAULT_KMH = 30.0
#: Speed (km/h) of a railway without ``maxspeed`` (freight-dominated corridor lines).
RAIL_SPEED_KMH = 50.0
#: A place farther than this from the nearest graph node is "not covered" by the graph.
DEFAULT_MAX_SNAP_KM = 10.0
#: Graphs with at least this many nodes (road graphs have 2-3 times as many edges) are
#: routed with the compact array backend.
FAST_BACKEND_MIN_NODES = 8_000


def _version(graph: nx.MultiDiGraph) -> tuple[int, int]:
    """Cheap key of a graph's state for the caches (k-d tree, CSR arrays, travel times).

    networkx counts edges in O(n), too slow per query on large graphs; corridors bumps
    ``graph.graph["corridors_version"]`` whenever it changes a graph, and the node count
    catches most outside changes.  After editing edges yourself, call
    :func:`forget_caches`.
    """
    return len(graph), int(graph.graph.get("corridors_version", 0))


def forget_caches(graph: nx.MultiDiGraph) -> None:
    """Drop the cached k-d tree, CSR arrays and travel-time marker of ``graph``."""
    _TREES.pop(graph, None)
    _FAST.pop(graph, None)
    graph.graph.pop("corridors_travel_times", None)
    graph.graph["corridors_version"] = int(graph.graph.get("corridors_version", 0)) + 1

_SPEED = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mph|km/h|kmh|kph)?\s*$")
_EARTH_KM = 6371.0088
_OSMNX_EARTH_M = 6_371_009.0  # osmnx.distance.EARTH_RADIUS_M


def _parse_speed(value: Any) -> float | None:
    """``maxspeed`` as km/h: the lowest of several values; None for signs like RU:urban."""
    values = value if isinstance(value, list) else str(value).split(";")
    speeds = []
    for v in values:
        m = _SPEED.match(str(v))
        if m:
            kmh = float(m.group(1)) * (1.609344 if m.group(2) == "mph" else 1.0)
            if kmh > 0:
                speeds.append(kmh)
    return min(speeds) if speeds else None


def _edge_speed(data: dict[str, Any], mode: str) -> float:
    if "maxspeed" in data:
        speed = _parse_speed(data["maxspeed"])
        if speed is not None:
            return speed
    if mode == "rail":
        return RAIL_SPEED_KMH
    hwy = data.get("highway")
    classes = hwy if isinstance(hwy, list) else [hwy]
    speeds = []
    for value in classes:
        c = str(value)
        base = c.removesuffix("_link")
        s = ROAD_SPEEDS_KMH.get(base, ROAD_DEFAULT_KMH)
        speeds.append(s * 0.6 if c.endswith("_link") else s)
    return min(speeds)


def add_travel_times(graph: nx.MultiDiGraph, *, mode: str | None = None) -> nx.MultiDiGraph:
    """Give every edge ``speed_kph`` and ``travel_time`` (seconds), in place.

    The speed is the way's ``maxspeed`` when it parses, else :data:`ROAD_SPEEDS_KMH` by
    road class, or :data:`RAIL_SPEED_KMH` for rail.  Edges that already have both are left
    alone, so a graph can be prepared once and routed many times.

    Returns
    -------
    networkx.MultiDiGraph
        The same graph.
    """
    mode = mode or graph.graph.get("corridors_mode", "road")
    stamp = f"{_version(graph)}:{mode}"
    if graph.graph.get("corridors_travel_times") == stamp:
        return graph  # done for this graph state: skip the O(edges) pass
    for _, _, data in graph.edges(data=True):
        if "travel_time" in data and "speed_kph" in data:
            continue
        speed = _edge_speed(data, str(mode))
        data["speed_kph"] = speed
        data["travel_time"] = float(data["length"]) / 1000.0 / speed * 3600.0
    graph.graph["corridors_travel_times"] = stamp
    return graph


# -- snapping ----------------------------------------------------------------------------

#: Per graph: (k-d tree, owner of each tree point, graph size it was built for).  An owner
#: is a node, or ``(u, v, key, i)`` for the i-th interior vertex of an edge's geometry.
_TREES: weakref.WeakKeyDictionary[Any, tuple[Any, list[Any], tuple[int, int]]] = (
    weakref.WeakKeyDictionary()
)


class _Vertex(tuple[Any, Any, Any, int]):
    """An interior vertex of an edge geometry: ``(u, v, key, index)``."""

    __slots__ = ()


def _unit_xyz(lat: npt.ArrayLike, lon: npt.ArrayLike) -> npt.NDArray[np.float64]:
    import numpy as np

    la, lo = np.radians(np.asarray(lat, dtype=float)), np.radians(np.asarray(lon, dtype=float))
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def _snap_tree(graph: nx.MultiDiGraph) -> tuple[Any, list[Any]]:
    from scipy.spatial import cKDTree

    size = _version(graph)
    cached = _TREES.get(graph)
    if cached is not None and cached[2] == size:
        return cached[0], cached[1]
    owners: list[Any] = []
    ys: list[float] = []
    xs: list[float] = []
    for n, d in graph.nodes(data=True):
        owners.append(n)
        ys.append(float(d["y"]))
        xs.append(float(d["x"]))
    seen: set[tuple[Any, ...]] = set()
    for u, v, k, d in graph.edges(keys=True, data=True):
        geom = d.get("geometry")
        if geom is None or u == v:
            continue
        coords = list(geom.coords)
        ident = (frozenset((u, v)), d.get("osmid") if not isinstance(d.get("osmid"), list)
                 else tuple(d["osmid"]), tuple(sorted([coords[0], coords[-1]])), len(coords))
        if ident in seen:  # the reverse twin of an edge already indexed
            continue
        seen.add(ident)
        for i, (x, y) in enumerate(coords[1:-1], start=1):
            owners.append(_Vertex((u, v, k, i)))
            ys.append(float(y))
            xs.append(float(x))
    tree = cKDTree(_unit_xyz(ys, xs))
    _TREES[graph] = (tree, owners, size)
    return tree, owners


def _cumulative_m(coords: Sequence[tuple[float, float]]) -> list[float]:
    out = [0.0]
    for (x1, y1), (x2, y2) in itertools.pairwise(coords):
        out.append(out[-1] + 1000.0 * _straight_km([(y1, x1), (y2, x2)]))
    return out


def _split_edge(graph: nx.MultiDiGraph, u: Hashable, v: Hashable, key: Any,
                cuts: list[int]) -> dict[int, Hashable]:
    """Split edge (u, v, key), and its reverse twin, at interior vertices ``cuts``.

    Returns the new node made at each cut.  Lengths (and travel times) are shared out in
    proportion to the geometry's great-circle lengths, so the edge's total is unchanged.
    """
    from shapely import LineString

    data = graph.edges[u, v, key]
    coords = [(float(x), float(y)) for x, y in data["geometry"].coords]
    twin = _twin(graph, u, v, key)
    cum = _cumulative_m(coords)
    total = cum[-1] or 1.0
    cuts = sorted(set(cuts))
    new_nodes: dict[int, Hashable] = {}
    for i in cuts:
        node = int(graph.graph.get("corridors_next_snap_id", -1))
        while node in graph:  # negative ids never clash with OpenStreetMap's
            node -= 1
        graph.graph["corridors_next_snap_id"] = node - 1
        x, y = coords[i]
        graph.add_node(node, x=x, y=y, street_count=2, corridors_snap=True)
        new_nodes[i] = node
    stops = [0, *cuts, len(coords) - 1]
    ends = [u, *(new_nodes[i] for i in cuts), v]

    def pieces(attrs: dict[str, Any], forward: bool) -> list[tuple[Any, Any, dict[str, Any]]]:
        out = []
        for (a, b), (na, nb) in zip(itertools.pairwise(stops), itertools.pairwise(ends),
                                    strict=True):
            frac = (cum[b] - cum[a]) / total
            piece = dict(attrs)
            pts = coords[a : b + 1]
            piece["length"] = float(attrs["length"]) * frac
            if "travel_time" in attrs:
                piece["travel_time"] = float(attrs["travel_time"]) * frac
            if forward:
                piece["geometry"] = LineString(pts)
                out.append((na, nb, piece))
            else:
                piece["geometry"] = LineString(pts[::-1])
                out.append((nb, na, piece))
        return out

    replaced = pieces(data, True)
    if twin is not None:
        replaced += pieces(graph.edges[v, u, twin], False)
        graph.remove_edge(v, u, twin)
    graph.remove_edge(u, v, key)
    for a, b, attrs in replaced:
        graph.add_edge(a, b, **attrs)
    graph.graph["corridors_version"] = int(graph.graph.get("corridors_version", 0)) + 1
    return new_nodes


def _locate(
    graph: nx.MultiDiGraph,
    points: Sequence[tuple[float, float]],
    *,
    max_km: float | None,
    vertices: bool = True,
) -> list[tuple[Any, float]]:
    """Nearest node or interior edge vertex (:class:`_Vertex`) of each point, and its km."""
    if not points:
        return []
    tree, owners = _snap_tree(graph)
    if not vertices:
        keep = [i for i, o in enumerate(owners) if not isinstance(o, _Vertex)]
        if len(keep) != len(owners):
            from scipy.spatial import cKDTree

            tree, owners = cKDTree(tree.data[keep]), [owners[i] for i in keep]
    chord, idx = tree.query(_unit_xyz([p[0] for p in points], [p[1] for p in points]))
    found: list[tuple[Any, float]] = []
    for (lat, lon), c, i in zip(points, chord, idx, strict=True):
        km = 2.0 * _EARTH_KM * math.asin(min(1.0, float(c) / 2.0))
        if max_km is not None and km > max_km:
            msg = (
                f"Point {format_latlon(lat, lon)} is {km:.1f} km from the nearest node of the "
                f"OSM graph (limit {max_km:g} km); the graph does not cover it: load a file or "
                "fetch a corridor that includes it."
            )
            raise InputError(msg)
        found.append((owners[int(i)], km))
    return found


def _stuck(graph: nx.MultiDiGraph, starts: list[Hashable], *, forward: bool,
           limit: int = 25) -> bool:
    """Whether fewer than ``limit`` nodes can be reached from (or reach) ``starts``."""
    seen = set(starts)
    todo = list(starts)
    step = graph.successors if forward else graph.predecessors
    while todo:
        for nxt in step(todo.pop()):
            if nxt not in seen:
                seen.add(nxt)
                if len(seen) >= limit:
                    return False
                todo.append(nxt)
    return len(seen) < min(limit, len(graph))


def _nearest_nodes(graph: nx.MultiDiGraph, point: tuple[float, float], *,
                   max_km: float | None, forward: bool,
                   k: int = 4) -> list[tuple[Hashable, float]]:
    """Up to ``k`` nodes nearest to ``point`` (within ``max_km``) that are not stuck."""
    tree, owners = _snap_tree(graph)
    n = min(len(owners), 8 * k)
    chord, idx = tree.query(_unit_xyz([point[0]], [point[1]]), k=n)
    out: list[tuple[Hashable, float]] = []
    for c, i in zip(chord.ravel(), idx.ravel(), strict=True):
        owner = owners[int(i)]
        km = 2.0 * _EARTH_KM * math.asin(min(1.0, float(c) / 2.0))
        if isinstance(owner, _Vertex) or (max_km is not None and km > max_km):
            continue
        if _stuck(graph, [owner], forward=forward):
            continue
        out.append((owner, km))
        if len(out) == k:
            break
    return out


def _twin(graph: nx.MultiDiGraph, u: Hashable, v: Hashable, key: Any) -> Any:
    """Key of the reverse edge (v, u) with the same geometry reversed, or None."""
    coords = [tuple(c) for c in graph.edges[u, v, key]["geometry"].coords]
    if not graph.has_edge(v, u):
        return None
    for k2, d2 in graph[v][u].items():
        geom2 = d2.get("geometry")
        if geom2 is not None and [tuple(c) for c in geom2.coords] == coords[::-1]:
            return k2
    return None


def snap(
    graph: nx.MultiDiGraph,
    points: Sequence[tuple[float, float]],
    *,
    max_km: float | None = DEFAULT_MAX_SNAP_KM,
    split_edges: bool = True,
) -> list[tuple[Hashable, float]]:
    """The graph node nearest to each ``(lat, lon)`` point and its distance in km.

    Simplified OSM edges are long (a rail line between two junctions may be one edge of
    100 km), so a point is snapped to the nearest node *or* interior vertex of an edge's
    geometry; with ``split_edges`` (default) such an edge, and its reverse twin, is split
    there by a new node (``corridors_snap=True``; lengths shared out, totals unchanged).
    This changes ``graph`` in place.  A k-d tree on unit-sphere coordinates gives exact
    nearest points by great-circle distance, with no scikit-learn needed.

    Raises
    ------
    InputError
        When a point is farther than ``max_km`` from the graph (the graph does not cover it).
    """
    found = _locate(graph, points, max_km=max_km, vertices=split_edges)
    cuts: dict[tuple[Any, Any, Any], list[int]] = {}
    for owner, _ in found:
        if isinstance(owner, _Vertex):
            cuts.setdefault((owner[0], owner[1], owner[2]), []).append(owner[3])
    made: dict[tuple[Any, Any, Any, int], Hashable] = {}
    for (u, v, k), idxs in cuts.items():
        for i, node in _split_edge(graph, u, v, k, idxs).items():
            made[(u, v, k, i)] = node
    return [(made[tuple(o)] if isinstance(o, _Vertex) else o, km) for o, km in found]


# -- routing -----------------------------------------------------------------------------

_FAST: weakref.WeakKeyDictionary[Any, dict[str, tuple[tuple[int, int], FastGraph]]] = (
    weakref.WeakKeyDictionary()
)


def _fastgraph(graph: nx.MultiDiGraph, weight: str) -> FastGraph:
    from corridors._fastgraph import FastGraph

    per_graph = _FAST.setdefault(graph, {})
    size = _version(graph)
    hit = per_graph.get(weight)
    if hit is None or hit[0] != size:
        hit = (size, FastGraph.from_networkx(graph, weight=weight))
        per_graph[weight] = hit
    return hit[1]


def shortest_edges(
    graph: nx.MultiDiGraph,
    source: Hashable,
    target: Hashable,
    *,
    weight: str = "length",
    backend: str = "auto",
) -> tuple[float, list[tuple[Hashable, Hashable, Any]]]:
    """Lightest path as ``(u, v, key)`` edges, with networkx or the array backend.

    ``backend="auto"`` uses :class:`~corridors._fastgraph.FastGraph` (CSR arrays and
    scipy's Dijkstra, built once and cached per graph) from
    :data:`FAST_BACKEND_MIN_NODES` nodes up, networkx below.

    Raises
    ------
    NoRouteError
        When ``target`` cannot be reached from ``source``.
    """
    import networkx as nx

    if backend not in {"auto", "networkx", "array"}:
        msg = f"Unknown routing backend {backend!r}; use auto, networkx or array."
        raise InputError(msg)
    if backend == "array" or (
        backend == "auto" and len(graph) >= FAST_BACKEND_MIN_NODES
    ):
        return _fastgraph(graph, weight).shortest_path_edges(source, target)
    try:
        length, nodes = nx.single_source_dijkstra(graph, source, target, weight=weight)
    except nx.NetworkXNoPath:
        msg = f"No path from {source!r} to {target!r} in the graph."
        raise NoRouteError(msg) from None
    edges = []
    for u, v in itertools.pairwise(nodes):
        key = min(graph[u][v], key=lambda k: graph[u][v][k].get(weight, math.inf))
        edges.append((u, v, key))
    return float(length), edges


def _resolve(text: str, role: str) -> Place:
    from corridors._latlon import parse_latlon
    from corridors.errors import UnknownPlaceError
    from corridors.gazetteer import resolve_place

    latlon = parse_latlon(text)
    if latlon is not None:
        return Place(format_latlon(*latlon), None, "city", latlon[0], latlon[1])
    place = resolve_place(text)
    if place is None:
        raise UnknownPlaceError(text)
    if place.kind in {"country", "region"}:
        msg = (
            f"The {role} {text!r} is a {place.kind}; an OSM route needs a city, crossing or "
            "LAT,LON point."
        )
        raise InputError(msg)
    return place


def _as_point(place: Place | tuple[float, float] | str,
              role: str) -> tuple[Place, float, float]:
    if isinstance(place, str):
        place = _resolve(place, role)
    if isinstance(place, Place):
        if place.lat is None or place.lon is None:
            msg = f"The {role} {place.name!r} has no coordinates to place on the OSM graph."
            raise InputError(msg)
        return place, place.lat, place.lon
    lat, lon = float(place[0]), float(place[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        msg = f"The {role} ({lat}, {lon}) is not a valid (lat, lon) pair."
        raise InputError(msg)
    return Place(format_latlon(lat, lon), None, "city", lat, lon), lat, lon


def _label(data: dict[str, Any], mode: str) -> tuple[str | None, str | None]:
    def first(value: Any) -> str | None:
        if isinstance(value, list):
            return "; ".join(dict.fromkeys(str(v) for v in value)) if value else None
        return None if value is None else str(value)

    return first(data.get("ref")), first(data.get("name"))


def _edge_coords(graph: nx.MultiDiGraph, u: Hashable, v: Hashable,
                 data: dict[str, Any]) -> list[tuple[float, float]]:
    geom = data.get("geometry")
    if geom is None:
        return [(float(graph.nodes[n]["x"]), float(graph.nodes[n]["y"])) for n in (u, v)]
    pts = [(float(x), float(y)) for x, y in geom.coords]
    if u != _POINT:  # a partial edge is already in travel order
        start = (float(graph.nodes[u]["x"]), float(graph.nodes[u]["y"]))
        if pts and math.dist(pts[0], start) > math.dist(pts[-1], start):
            pts.reverse()
    return pts


def _gauge(data: dict[str, Any]) -> int | None:
    value = data.get("gauge")
    try:
        return int(str(value).split(";")[0]) if value is not None else None
    except ValueError:
        return None


def route_osm(
    graph_or_file: nx.MultiDiGraph | str | os.PathLike[str],
    origin: Place | tuple[float, float] | str,
    destination: Place | tuple[float, float] | str,
    *,
    mode: str = "road",
    optimize: str = "time",
    max_snap_km: float | None = DEFAULT_MAX_SNAP_KM,
    backend: str = "auto",
) -> Route:
    """Route between two places on a real OSM road or rail graph.

    Parameters
    ----------
    graph_or_file
        A graph from :func:`~corridors.osm.load_graph` / :func:`~corridors.osm.fetch_graph`,
        or a file that :func:`~corridors.osm.load_graph` reads.
    origin, destination
        :class:`~corridors.places.Place` objects, ``(lat, lon)`` pairs, or text: ``"LAT,LON"``
        or a place name resolved by the gazetteer.  Each is snapped to the nearest node or
        vertex of an edge's geometry; a place inside an edge starts or ends the route there
        (the graph is not changed, so its cached array backend stays valid).
    mode
        ``"road"`` or ``"rail"``: the file's filter when a file is given, and the speed rules.
    optimize
        ``"time"`` (travel time from ``maxspeed`` or class speeds) or ``"distance"``.
    max_snap_km
        Refuse places farther than this from the graph (``None``: no limit).
    backend
        ``"auto"``, ``"networkx"`` or ``"array"`` (see :func:`shortest_edges`).

    Returns
    -------
    Route
        Mode ``road``/``rail``, scenario ``existing``, one :class:`Leg` per run of edges with
        the same road reference and name, coordinates along the real geometry.  The notes say
        how far each end was snapped.

    Raises
    ------
    InputError
        When an end is outside the graph or the options are wrong.
    UnknownPlaceError
        When a place name matches nothing.
    NoRouteError
        When the two ends are in parts of the graph that do not connect.
    """
    if optimize not in {"time", "distance"}:
        msg = f"Cannot optimise {optimize!r} on an OSM graph; use time or distance."
        raise InputError(msg)
    if isinstance(graph_or_file, str | os.PathLike):
        from corridors.osm._load import load_graph

        graph = load_graph(graph_or_file, mode=mode)
    else:
        graph = graph_or_file
    mode = str(graph.graph.get("corridors_mode", mode))
    o_place, o_lat, o_lon = _as_point(origin, "origin")
    d_place, d_lat, d_lon = _as_point(destination, "destination")
    (o_at, o_km), (d_at, d_km) = _locate(graph, [(o_lat, o_lon), (d_lat, d_lon)],
                                         max_km=max_snap_km)
    add_travel_times(graph, mode=mode)
    weight = "travel_time" if optimize == "time" else "length"
    path = _best_path(graph, o_at, d_at, weight=weight, backend=backend)
    if path is None:
        # an end may sit on a one-way street that leads nowhere (say, out of the extract):
        # then try the few nearest nodes around it that are not stuck too
        o_stuck = _stuck(graph, [n for n, _ in _ends(graph, o_at, leaving=True)], forward=True)
        d_stuck = _stuck(graph, [n for n, _ in _ends(graph, d_at, leaving=False)],
                         forward=False)
        o_near = (_nearest_nodes(graph, (o_lat, o_lon), max_km=max_snap_km, forward=True)
                  if o_stuck else [(o_at, o_km)])
        d_near = (_nearest_nodes(graph, (d_lat, d_lon), max_km=max_snap_km, forward=False)
                  if d_stuck else [(d_at, d_km)])
        for (o_node, o_k), (d_node, d_k) in sorted(
            itertools.product(o_near, d_near), key=lambda pair: pair[0][1] + pair[1][1]
        ):
            if (o_stuck or d_stuck) and o_node != d_node:
                path = _best_path(graph, o_node, d_node, weight=weight, backend=backend)
            if path is not None:
                o_km, d_km = o_k, d_k
                break
    if path is None:
        msg = (
            f"No {mode} path in the OSM graph from {o_place.name} to {d_place.name}: they lie "
            "in parts that do not connect; load a larger area or widen the corridor buffer."
        )
        raise NoRouteError(msg)

    legs: list[Leg] = []
    run: list[tuple[Hashable, Hashable, dict[str, Any]]] = []

    def close_run(last: bool) -> None:
        if not run:
            return
        ref, name = _label(run[0][2], mode)
        coords: list[tuple[float, float]] = []
        for u, v, data in run:
            pts = _edge_coords(graph, u, v, data)
            coords.extend(pts if not coords else pts[1:])
        start = legs[-1].to_name if legs else o_place.name
        end = d_place.name if last else format_latlon(coords[-1][1], coords[-1][0])
        legs.append(
            Leg(
                mode=mode,
                from_name=start,
                to_name=end,
                distance_km=sum(float(d["length"]) for _, _, d in run) / 1000.0,
                time_h=sum(float(d["travel_time"]) for _, _, d in run) / 3600.0,
                status="existing",
                ref=ref,
                name=name,
                source="OpenStreetMap",
                coords=tuple(coords),
                gauge_mm=_gauge(run[0][2]) if mode == "rail" else None,
            )
        )
        run.clear()

    for u, v, data in path:
        if run and _label(run[-1][2], mode) != _label(data, mode):
            close_run(last=False)
        run.append((u, v, data))
    close_run(last=True)
    notes = (
        f"Routed on an OpenStreetMap {mode} graph of {len(graph):,} nodes.",
        f"Origin snapped {o_km:.2f} km, destination {d_km:.2f} km to the graph.",
    )
    return Route(
        origin=o_place,
        destination=d_place,
        mode=mode,
        scenario="existing",
        optimize=optimize,
        legs=tuple(legs),
        notes=notes,
    )


#: Stands for a snapped place inside an edge, in paths made of (u, v, data) triples.
_POINT = "<snapped place>"

Step = tuple[Hashable, Hashable, dict[str, Any]]


def _piece(graph: nx.MultiDiGraph, u: Hashable, v: Hashable, key: Any, start: int,
           stop: int) -> dict[str, Any]:
    """The part of edge (u, v, key) between geometry vertices ``start`` and ``stop``."""
    from shapely import LineString

    data = graph.edges[u, v, key]
    coords = [(float(x), float(y)) for x, y in data["geometry"].coords]
    cum = _cumulative_m(coords)
    frac = (cum[stop] - cum[start]) / (cum[-1] or 1.0)
    piece = dict(data)
    piece["length"] = float(data["length"]) * frac
    piece["travel_time"] = float(data["travel_time"]) * frac
    piece["geometry"] = LineString(coords[start : stop + 1])
    return piece


def _ends(graph: nx.MultiDiGraph, at: Any, *, leaving: bool) -> list[tuple[Hashable, Step | None]]:
    """Graph nodes a snapped place connects to, each with the partial edge between them.

    ``leaving``: from the place to the node (origin side); else from the node to the place.
    """
    if not isinstance(at, _Vertex):
        return [(at, None)]
    u, v, k, i = at
    m = len(graph.edges[u, v, k]["geometry"].coords) - 1
    twin = _twin(graph, u, v, k)
    out: list[tuple[Hashable, Step | None]] = []
    if leaving:
        out.append((v, (_POINT, v, _piece(graph, u, v, k, i, m))))
        if twin is not None:
            out.append((u, (_POINT, u, _piece(graph, v, u, twin, m - i, m))))
    else:
        out.append((u, (u, _POINT, _piece(graph, u, v, k, 0, i))))
        if twin is not None:
            out.append((v, (v, _POINT, _piece(graph, v, u, twin, 0, m - i))))
    return out


def _best_path(graph: nx.MultiDiGraph, o_at: Any, d_at: Any, *, weight: str,
               backend: str) -> list[Step] | None:
    """Lightest path between two snapped places (nodes or points inside edges), without
    changing the graph; None when there is none."""
    best: tuple[float, list[Step]] | None = None
    # both inside the same edge: along it, in whichever direction is allowed
    if isinstance(o_at, _Vertex) and isinstance(d_at, _Vertex) and o_at[:3] == d_at[:3]:
        u, v, k, i = o_at
        j = d_at[3]
        m = len(graph.edges[u, v, k]["geometry"].coords) - 1
        twin = _twin(graph, u, v, k)
        if i == j:
            return []
        if i < j:
            piece = _piece(graph, u, v, k, i, j)
            best = (float(piece[weight]), [(_POINT, _POINT, piece)])
        elif twin is not None:
            piece = _piece(graph, v, u, twin, m - i, m - j)
            best = (float(piece[weight]), [(_POINT, _POINT, piece)])
    exits = _ends(graph, o_at, leaving=True)
    entries = _ends(graph, d_at, leaving=False)
    targets = [node for node, _ in entries]
    for x, first in exits:
        head = float(first[2][weight]) if first else 0.0
        for (_node, last), found in zip(entries, _paths_from(graph, x, targets, weight, backend),
                                    strict=True):
            if found is None:
                continue
            total = head + found[0] + (float(last[2][weight]) if last else 0.0)
            if best is None or total < best[0]:
                steps = [first] if first else []
                steps += [(a, b, graph.edges[a, b, key]) for a, b, key in found[1]]
                steps += [last] if last else []
                best = (total, steps)
    return None if best is None else best[1]


def _paths_from(graph: nx.MultiDiGraph, source: Hashable, targets: list[Hashable],
                weight: str, backend: str,
                ) -> list[tuple[float, list[tuple[Hashable, Hashable, Any]]] | None]:
    import networkx as nx

    if backend not in {"auto", "networkx", "array"}:
        msg = f"Unknown routing backend {backend!r}; use auto, networkx or array."
        raise InputError(msg)
    if backend == "array" or (
        backend == "auto" and len(graph) >= FAST_BACKEND_MIN_NODES
    ):
        return _fastgraph(graph, weight).paths_from(source, targets)
    dist, paths = nx.single_source_dijkstra(graph, source, weight=weight)
    out: list[tuple[float, list[tuple[Hashable, Hashable, Any]]] | None] = []
    for t in targets:
        if t not in dist:
            out.append(None)
            continue
        edges = []
        for a, b in itertools.pairwise(paths[t]):
            parallel: dict[Any, dict[str, Any]] = graph[a][b]
            key = min(parallel, key=lambda k: float(parallel[k].get(weight, math.inf)))
            edges.append((a, b, key))
        out.append((float(dist[t]), edges))
    return out


def od_matrix_osm(
    graph: nx.MultiDiGraph,
    origins: Sequence[Place | tuple[float, float] | str],
    destinations: Sequence[Place | tuple[float, float] | str],
    *,
    optimize: str = "time",
    max_snap_km: float | None = DEFAULT_MAX_SNAP_KM,
) -> npt.NDArray[np.float64]:
    """Origin-destination matrix on an OSM graph: hours (``optimize="time"``) or km.

    Every place is snapped once (see :func:`snap`); the matrix is computed by the compact
    array backend (:meth:`~corridors._fastgraph.FastGraph.distances`), whatever the graph's
    size, in batches whose memory stays bounded.  Unreachable pairs are ``inf``.

    Returns
    -------
    numpy.ndarray
        ``len(origins) x len(destinations)`` array aligned with the inputs.
    """
    if optimize not in {"time", "distance"}:
        msg = f"Cannot optimise {optimize!r} on an OSM graph; use time or distance."
        raise InputError(msg)
    pts = [_as_point(p, "place")[1:] for p in [*origins, *destinations]]
    nodes = [n for n, _ in snap(graph, pts, max_km=max_snap_km)]
    add_travel_times(graph)
    weight = "travel_time" if optimize == "time" else "length"
    fast = _fastgraph(graph, weight)
    od = fast.distances(nodes[: len(origins)], nodes[len(origins) :])
    od /= 3600.0 if optimize == "time" else 1000.0
    return od


# -- circuity ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SegmentCircuity:
    """How a corridor segment compares with the real network.

    ``straight_km`` is the great-circle distance through the segment's nodes in order;
    ``osm_km`` the shortest OSM distance through the same nodes (snapped); ``circuity`` their
    ratio (the factor to apply to straight lines); ``ratio`` ``osm_km`` over the dataset's
    ``length_km``.  ``status`` is ``ok``, ``not_covered`` (a node is off the graph) or
    ``no_path`` (its nodes are in parts of the graph that do not connect).
    """

    segment_id: str
    straight_km: float
    dataset_km: float | None
    osm_km: float | None
    circuity: float | None
    ratio: float | None
    snap_km: float | None
    status: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None, nd: int) -> float | None:
            return None if x is None else round(x, nd)

        return {
            "segment": self.segment_id,
            "straight_km": r(self.straight_km, 1),
            "dataset_km": r(self.dataset_km, 1),
            "osm_km": r(self.osm_km, 1),
            "circuity": r(self.circuity, 3),
            "ratio": r(self.ratio, 3),
            "snap_km": r(self.snap_km, 2),
            "status": self.status,
            "note": self.note,
        }


def _straight_km(points: Sequence[tuple[float, float]]) -> float:
    """Great-circle length through ``(lat, lon)`` points, on the same sphere as osmnx's edge
    lengths (radius 6,371,009 m), so a circuity is never below 1 by a datum mismatch."""
    total = 0.0
    for (la1, lo1), (la2, lo2) in itertools.pairwise(points):
        p1, p2 = math.radians(la1), math.radians(la2)
        h = (math.sin((p2 - p1) / 2) ** 2
             + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo2 - lo1) / 2) ** 2)
        total += 2 * _OSMNX_EARTH_M * math.asin(min(1.0, math.sqrt(h)))
    return total / 1000.0


def segment_circuity(
    graph: nx.MultiDiGraph,
    segments: Iterable[tuple[str, Sequence[tuple[float, float]], float | None]],
    *,
    max_snap_km: float | None = DEFAULT_MAX_SNAP_KM,
) -> list[SegmentCircuity]:
    """Compare corridor segments with the shortest OSM distance through their nodes.

    Parameters
    ----------
    graph
        A road or rail OSM graph covering the segments.
    segments
        ``(segment_id, [(lat, lon) of its nodes in order], length_km or None)``; see
        :func:`dataset_segments` for the bundled dataset.
    max_snap_km
        Nodes farther than this from the graph make the segment ``not_covered``.

    Returns
    -------
    list of SegmentCircuity
        One per segment, in input order.
    """
    fast: FastGraph | None = None
    out: list[SegmentCircuity] = []
    for seg_id, points, dataset_km in segments:
        pts = [(float(a), float(b)) for a, b in points]
        straight = _straight_km(pts)
        try:
            snapped = snap(graph, pts, max_km=max_snap_km)
        except InputError as exc:
            out.append(SegmentCircuity(seg_id, straight, dataset_km, None, None, None, None,
                                       "not_covered", str(exc)))
            continue
        snap_km = max(km for _, km in snapped)
        if fast is None:
            fast = _fastgraph(graph, "length")
        total = 0.0
        status, note = "ok", ""
        for (a, _), (b, _) in itertools.pairwise(snapped):
            try:
                length, _path = fast.shortest_path(a, b)
            except NoRouteError:
                status = "no_path"
                note = "its nodes lie in parts of the OSM graph that do not connect"
                break
            total += length / 1000.0
        if status != "ok":
            out.append(SegmentCircuity(seg_id, straight, dataset_km, None, None, None,
                                       snap_km, status, note))
            continue
        circuity = total / straight if straight > 0 else None
        ratio = total / dataset_km if dataset_km else None
        out.append(SegmentCircuity(seg_id, straight, dataset_km, total, circuity, ratio,
                                   snap_km, "ok"))
    return out


def circuity_summary(results: Sequence[SegmentCircuity]) -> dict[str, Any]:
    """Median and spread of the circuity over the segments that could be measured."""
    values = sorted(r.circuity for r in results if r.circuity is not None)
    ratios = sorted(r.ratio for r in results if r.ratio is not None)
    return {
        "segments": len(results),
        "measured": len(values),
        "circuity_median": round(statistics.median(values), 3) if values else None,
        "circuity_min": round(values[0], 3) if values else None,
        "circuity_max": round(values[-1], 3) if values else None,
        "ratio_median": round(statistics.median(ratios), 3) if ratios else None,
    }


def dataset_segments(
    dataset: Any, *, mode: str = "road"
) -> list[tuple[str, list[tuple[float, float]], float | None]]:
    """Adapter from :func:`corridors.dataset.load_dataset`'s result to
    :func:`segment_circuity`'s input: each segment of ``mode`` with its nodes' (lat, lon)."""
    out: list[tuple[str, list[tuple[float, float]], float | None]] = []
    for seg in dataset.segments:
        if seg.mode != mode:
            continue
        ids = [seg.from_id, *seg.via, seg.to_id]
        pts = [(float(dataset.nodes[i].lat), float(dataset.nodes[i].lon)) for i in ids]
        out.append((seg.id, pts, float(seg.length_km) if seg.length_km else None))
    return out
