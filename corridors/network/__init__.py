"""The routable network: the dataset built into one directed graph (``_graph``), routes on
it (``routing``: fastest or shortest, via/avoid, real transits, seasons, alternatives;
``reach``: isochrones), names resolved against it (``places``) and the array backend for large
graphs (``_fastgraph``)."""

from __future__ import annotations

from corridors.network._graph import CorridorNetwork, build_network, load_network
from corridors.network.places import node_place, resolve_country, resolve_node, search
from corridors.network.reach import OutOfReach, Reach, out_of_reach, reachable
from corridors.network.routing import ODMatrix, od_matrix, route

__all__ = [
    "CorridorNetwork",
    "ODMatrix",
    "OutOfReach",
    "Reach",
    "build_network",
    "load_network",
    "node_place",
    "od_matrix",
    "out_of_reach",
    "reachable",
    "resolve_country",
    "resolve_node",
    "route",
    "search",
]
