"""Routing at a time of year: crossings closed then are banned, and the route says why."""

from __future__ import annotations

from collections.abc import Iterable

from corridors.dataset.seasons import When, load_seasons
from corridors.network._graph import AIR_STATES, CorridorNetwork
from corridors.network._search import Query, best_path, crossings_of

__all__ = ["season_notes", "seasonal_query", "states_at"]


def seasonal_query(net: CorridorNetwork, q: Query, when: When | None) -> Query:
    """``q`` for a time of year: the crossings closed then are banned and remembered."""
    if when is None:
        return q
    seasons = load_seasons(net.dataset.path)
    closed = tuple(sorted(nid for nid, season in seasons.items() if not season.open_at(when)))
    banned = {i for i in range(len(net.states)) if net.node_of(i) in closed
              and net.states[i][0] not in AIR_STATES}
    return q.but(banned=q.banned | banned, when=when, closed=closed)


def season_notes(net: CorridorNetwork, path: list[int], q: Query) -> list[str]:
    """Why a closed crossing is not used (with a date), or the season of those used."""
    seasons = load_seasons(net.dataset.path)
    notes = []
    if q.when is not None and q.closed:
        free = q.but(banned=q.banned - states_at(net, q.closed), closed=())
        src = {net.edges[path[0]].u: 0.0} if path else {}
        dst = {net.edges[path[-1]].v: 0.0} if path else {}
        found = best_path(net, src, dst, free) if src else None
        for nid in sorted(crossings_of(net, found[1]) & set(q.closed)) if found else ():
            notes.append(f"{net.dataset.nodes[nid].name} is closed {q.when.phrase()} "
                         f"({seasons[nid].describe()}), so this route does not use it")
    elif q.when is None:
        for nid in sorted(crossings_of(net, path)):
            if nid in seasons and seasons[nid].describe():
                notes.append(f"{net.dataset.nodes[nid].name}: {seasons[nid].describe()} "
                             "(crossing_seasons.csv); plan with --month or --date")
    return notes


def states_at(net: CorridorNetwork, node_ids: Iterable[str]) -> frozenset[int]:
    ids = set(node_ids)
    return frozenset(i for i in range(len(net.states)) if net.node_of(i) in ids)
