"""Isochrones: the cities reachable within a time budget, and for each country out of reach
what keeps it out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from corridors.dataset.seasons import parse_when
from corridors.errors import InputError
from corridors.network._endpoints import Endpoint, as_list, resolve_end
from corridors.network._graph import CorridorNetwork, load_network
from corridors.network._search import Query, dijkstra, edge_path
from corridors.network._seasonal import seasonal_query
from corridors.network.places import node_place
from corridors.network.routing import avoid_states, check_options
from corridors.records.place import Place

__all__ = ["OutOfReach", "Reach", "out_of_reach", "reachable"]


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
    check_options(mode, scenario, "time", 0)
    net = network if network is not None else load_network()
    o = resolve_end(net, origin, mode)
    banned, _ = avoid_states(net, as_list(avoid, "avoid"))
    q = seasonal_query(net, Query(mode, scenario, "time", frozenset(banned)),
                        parse_when(month, date))
    src = dict.fromkeys(net.states_for(o.node or "", mode), 0.0)
    dist, pred = dijkstra(net, src, q)
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
                   sum(tree.net.edges[k].length_km for k in edge_path(tree.net, tree.pred, state)))
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
        path = [tree.net.edges[k] for k in edge_path(tree.net, tree.pred, state)]
        waits = [(e.border_h, e.crossing) for e in path if e.crossing]
        wait_h, post = max(waits, default=(0.0, None))
        out.append(OutOfReach(cc, node_place(tree.net, nid), h,
                              sum(e.length_km for e in path),
                              nodes[post].name if post else "", wait_h))
    return sorted(out, key=lambda x: x.time_h)
