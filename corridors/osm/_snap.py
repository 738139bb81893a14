"""Snap places to an OSM graph: nearest node or point inside an edge; per-graph caches."""

from __future__ import annotations

import itertools
import math
import weakref
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from corridors._latlon import format_latlon
from corridors.errors import InputError

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np
    import numpy.typing as npt

    from corridors.network._fastgraph import FastGraph

__all__ = ["DEFAULT_MAX_SNAP_KM", "forget_caches", "snap"]

#: A place farther than this from the nearest graph node is "not covered" by the graph.
DEFAULT_MAX_SNAP_KM = 10.0


_EARTH_KM = 6371.0088


_OSMNX_EARTH_M = 6_371_009.0  # osmnx.distance.EARTH_RADIUS_M


#: Per graph: (k-d tree, owner of each tree point, graph size it was built for).  An owner
#: is a node, or ``(u, v, key, i)`` for the i-th interior vertex of an edge's geometry.
_TREES: weakref.WeakKeyDictionary[Any, tuple[Any, list[Any], tuple[int, int]]] = (
    weakref.WeakKeyDictionary()
)


_FAST: weakref.WeakKeyDictionary[Any, dict[str, tuple[tuple[int, int], FastGraph]]] = (
    weakref.WeakKeyDictionary()
)


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


class _Vertex(tuple[Any, Any, Any, int]):
    """An interior vertex of an edge geometry: ``(u, v, key, index)``."""

    __slots__ = ()


def _unit_xyz(lat: npt.ArrayLike, lon: npt.ArrayLike) -> npt.NDArray[np.float64]:
    import numpy as np

    la, lo = np.radians(np.asarray(lat, dtype=float)), np.radians(np.asarray(lon, dtype=float))
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


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


def _cumulative_m(coords: Sequence[tuple[float, float]]) -> list[float]:
    out = [0.0]
    for (x1, y1), (x2, y2) in itertools.pairwise(coords):
        out.append(out[-1] + 1000.0 * _straight_km([(y1, x1), (y2, x2)]))
    return out


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


def _fastgraph(graph: nx.MultiDiGraph, weight: str) -> FastGraph:
    from corridors.network._fastgraph import FastGraph

    per_graph = _FAST.setdefault(graph, {})
    size = _version(graph)
    hit = per_graph.get(weight)
    if hit is None or hit[0] != size:
        hit = (size, FastGraph.from_networkx(graph, weight=weight))
        per_graph[weight] = hit
    return hit[1]


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
