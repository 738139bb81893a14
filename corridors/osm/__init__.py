"""Real road and rail networks from OpenStreetMap, through osmnx (and pyosmium for PBF).

The embedded corridor network is coarse by design.  This package loads the true network
along a corridor, from a local file (:func:`load_graph`) or downloaded with osmnx around a
route (:func:`fetch_graph`), routes on it (:func:`route_osm`, returning the same
:class:`~corridors.records.Route` as the corridor router) and measures how much longer
the real network is than the corridor's straight segments (:func:`segment_circuity`).

Large graphs are routed through :class:`corridors.network._fastgraph.FastGraph` (CSR arrays and
scipy's Dijkstra).  Importing this package is light: osmnx, networkx, geopandas and
pyosmium are imported by the functions that use them.
"""

from __future__ import annotations

from corridors.osm._circuity import (
    SegmentCircuity,
    circuity_summary,
    dataset_segments,
    segment_circuity,
)
from corridors.osm._common import (
    DEFAULT_RAILWAY,
    DEFAULT_ROAD_CLASSES,
    WAY_TAGS,
    WayFilter,
    default_osm_dir,
)
from corridors.osm._fetch import FetchResult, corridor_polygon, fetch_graph
from corridors.osm._load import graph_summary, load_graph, save_graph
from corridors.osm._route import (
    RAIL_SPEED_KMH,
    ROAD_SPEEDS_KMH,
    add_travel_times,
    od_matrix_osm,
    route_osm,
)
from corridors.osm._snap import DEFAULT_MAX_SNAP_KM, forget_caches, snap

__all__ = [
    "DEFAULT_MAX_SNAP_KM",
    "DEFAULT_RAILWAY",
    "DEFAULT_ROAD_CLASSES",
    "RAIL_SPEED_KMH",
    "ROAD_SPEEDS_KMH",
    "WAY_TAGS",
    "FetchResult",
    "SegmentCircuity",
    "WayFilter",
    "add_travel_times",
    "circuity_summary",
    "corridor_polygon",
    "dataset_segments",
    "default_osm_dir",
    "fetch_graph",
    "forget_caches",
    "graph_summary",
    "load_graph",
    "od_matrix_osm",
    "route_osm",
    "save_graph",
    "segment_circuity",
    "snap",
]
