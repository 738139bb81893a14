"""The last steps of every OSM graph, however it was read: drop isolated nodes, keep the
largest component, simplify, and label it with its mode and filter."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from corridors.errors import InputError
from corridors.osm._common import WayFilter, osmnx_settings

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["finish_graph", "simplify_keeps"]

log = logging.getLogger(__name__)


def simplify_keeps(mode: str) -> list[str]:
    """Edge tags whose change keeps a node when simplifying: a route's legs and a rail line's
    gauge or electrification breaks stay visible."""
    if mode == "rail":
        return ["railway", "name", "ref", "gauge", "electrified", "usage", "service"]
    return ["highway", "name", "ref"]


def finish_graph(
    graph: nx.MultiDiGraph,
    filt: WayFilter,
    *,
    source: str,
    retain_all: bool,
    simplify: bool = True,
) -> nx.MultiDiGraph:
    """Drop nodes left without edges, keep the largest component, simplify; check non-empty."""
    import networkx as nx

    graph.remove_nodes_from([n for n, deg in graph.degree() if deg == 0])
    if graph.number_of_edges() == 0:
        msg = (
            f"No way in {source} matches {filt.describe()}; choose other classes "
            "(e.g. --road-classes all) or a file that covers the corridor."
        )
        raise InputError(msg)
    with osmnx_settings() as ox:
        if not retain_all:
            graph = ox.truncate.largest_component(graph, strongly=False)
        if simplify:
            graph = ox.simplify_graph(graph, edge_attrs_differ=simplify_keeps(filt.mode))
    graph.graph["corridors_mode"] = filt.mode
    graph.graph["corridors_filter"] = filt.describe()
    log.info(
        "loaded %s graph from %s: %d nodes, %d edges, %d weak components",
        filt.mode, source, graph.number_of_nodes(), graph.number_of_edges(),
        nx.number_weakly_connected_components(graph),
    )
    return graph
