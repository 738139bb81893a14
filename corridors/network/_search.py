"""The search core: a plain Dijkstra over the network's compact adjacency lists, and the
transit search that makes "through a country" mean entering at one crossing and leaving at
another."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from corridors.dataset.seasons import When
from corridors.network._graph import AIR_STATES, SCENARIO_STATUSES, CorridorNetwork, Edge

__all__ = ["Query", "best_path", "crossings_of", "dijkstra", "edge_ok", "edge_path"]


@dataclass(frozen=True)
class Query:
    mode: str
    scenario: str
    optimize: str
    banned: frozenset[int]
    when: When | None = None
    closed: tuple[str, ...] = ()  # crossings closed at ``when`` (their states are banned)

    def but(self, **changes: Any) -> Query:
        """This query with some fields changed."""
        return replace(self, **changes)


def edge_ok(net: CorridorNetwork, e: Edge, q: Query) -> bool:
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


def dijkstra(
    net: CorridorNetwork,
    sources: dict[int, float],
    q: Query,
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
            if nxt in dist or nxt in q.banned or not edge_ok(net, e, q):
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


def edge_path(
    net: CorridorNetwork, pred: dict[int, int], end: int, *, reverse: bool = False
) -> list[int]:
    out: list[int] = []
    s = end
    while s in pred:
        k = pred[s]
        out.append(k)
        s = net.edges[k].v if reverse else net.edges[k].u
    return out if reverse else out[::-1]


def best_path(
    net: CorridorNetwork,
    src: dict[int, float],
    dst: dict[int, float],
    q: Query,
    penalties: dict[tuple[Any, ...], float] | None = None,
    via_country: str | None = None,
) -> tuple[float, list[int]] | None:
    """Cheapest edge path from any source to any destination state (optionally via a country)."""
    if via_country is None:
        dist, pred = dijkstra(net, src, q, targets=dst, penalties=penalties)
        reached = [(dist[t] + extra, t) for t, extra in dst.items() if t in dist]
        if not reached:
            return None
        cost, t = min(reached)
        return cost, edge_path(net, pred, t)
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
    q: Query,
    penalties: dict[tuple[Any, ...], float] | None,
    country: str,
) -> tuple[float, list[int]] | None:
    """The cheapest path that really passes through ``country``: it enters at one border
    crossing, visits a place inside, and leaves at another crossing (or starts or ends
    inside).  Never a touch of a crossing and back, never one crossing twice."""
    land = _Territory.of(net, country)
    if set(src) & land.interior or set(dst) & land.interior:
        found = best_path(net, src, dst, q, penalties)
        if found is None:
            return None
        path = found[1]
        enters = any(net.edges[k].v in land.interior for k in path) or bool(
            set(src) & land.interior)
        return found if enters else None
    candidates = _transits(net, src, dst, q, penalties, land, frozenset())
    for used in (frozenset(), *(crossings_of(net, p) for _, p in candidates[:1])):
        if used:  # repair: keep the way out off the crossings the way in used
            candidates = _transits(net, src, dst, q, penalties, land, used)
        for cost, path in candidates:
            crossed = [c for c in (net.edges[k].crossing for k in path) if c]
            if len(crossed) == len(set(crossed)):
                return cost, path
    return None


def crossings_of(net: CorridorNetwork, path: list[int]) -> frozenset[str]:
    return frozenset(c for c in (net.edges[k].crossing for k in path) if c)


def _transits(
    net: CorridorNetwork,
    src: dict[int, float],
    dst: dict[int, float],
    q: Query,
    penalties: dict[tuple[Any, ...], float] | None,
    land: _Territory,
    not_back_through: frozenset[str],
) -> list[tuple[float, list[int]]]:
    """Every (entry, exit) way through ``land``, cheapest first: the way in, a path inside
    from one crossing to another, and the way out (off the crossings ``not_back_through``)."""
    outside = q.but(banned=q.banned | land.interior)
    fwd, fpred = dijkstra(net, src, outside, penalties=penalties)
    back_banned = frozenset(i for i in range(len(net.states))
                            if net.node_of(i) in not_back_through)
    back = q.but(banned=outside.banned | back_banned)
    bwd, bpred = dijkstra(net, dst, back, penalties=penalties, reverse=True)
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
            if e.v in land.interior and e.v not in q.banned and edge_ok(net, e, q):
                w = e.cost(q.optimize) * (penalties.get(e.piece_key, 1.0)
                                          if penalties and e.piece_key is not None else 1.0)
                if fwd[entry] + w < first.get(e.v, float("inf")):
                    first[e.v], first_edge[e.v] = fwd[entry] + w, k
        if not first:
            continue
        dist, pred = dijkstra(net, first, inside, penalties=penalties,
                               terminal=land.crossings)
        for exit_ in land.crossings & dist.keys() & bwd.keys():
            inner = edge_path(net, pred, exit_)
            start = net.edges[inner[0]].u if inner else exit_
            way_in = edge_path(net, fpred, entry)
            way_out = edge_path(net, bpred, exit_, reverse=True)
            out.append((dist[exit_] + bwd[exit_],
                        [*way_in, first_edge[start], *inner, *way_out]))
    out.sort(key=lambda c: c[0])
    return out
