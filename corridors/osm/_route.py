"""Route on an OSM graph: travel times, shortest paths, and :class:`Route` results."""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from corridors._latlon import format_latlon
from corridors.errors import InputError, NoRouteError
from corridors.osm._snap import (
    DEFAULT_MAX_SNAP_KM,
    _cumulative_m,
    _fastgraph,
    _locate,
    _nearest_nodes,
    _stuck,
    _twin,
    _version,
    _Vertex,
    snap,
)
from corridors.records.place import Place
from corridors.records.route import Leg, Route

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "FAST_BACKEND_MIN_NODES",
    "RAIL_SPEED_KMH",
    "ROAD_SPEEDS_KMH",
    "add_travel_times",
    "od_matrix_osm",
    "route_osm",
    "shortest_edges",
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
#: Graphs with at least this many nodes (road graphs have 2-3 times as many edges) are
#: routed with the compact array backend.
FAST_BACKEND_MIN_NODES = 8_000


_SPEED = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mph|km/h|kmh|kph)?\s*$")


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


def shortest_edges(
    graph: nx.MultiDiGraph,
    source: Hashable,
    target: Hashable,
    *,
    weight: str = "length",
    backend: str = "auto",
) -> tuple[float, list[tuple[Hashable, Hashable, Any]]]:
    """Lightest path as ``(u, v, key)`` edges, with networkx or the array backend.

    ``backend="auto"`` uses :class:`~corridors.network._fastgraph.FastGraph` (CSR arrays and
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
    from corridors.gazetteer._index import resolve_place

    latlon = parse_latlon(text)
    if latlon is not None:
        return Place(format_latlon(*latlon), None, "point", latlon[0], latlon[1])
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
    return Place(format_latlon(lat, lon), None, "point", lat, lon), lat, lon


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
        :class:`~corridors.records.Place` objects, ``(lat, lon)`` pairs, or text: ``"LAT,LON"``
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
    array backend (:meth:`~corridors.network._fastgraph.FastGraph.distances`), whatever the graph's
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
