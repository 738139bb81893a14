"""The corridor dataset: reading and validating the network tables (packaged, or a folder
given with ``--data``), and the opening seasons of border crossings."""

from __future__ import annotations

from corridors.dataset._load import (
    AirLink,
    Airport,
    BorderCrossing,
    Dataset,
    Hub,
    Node,
    Param,
    Piece,
    Segment,
    default_data_dir,
    geodesic_km,
    load_dataset,
    nodes_by_distance,
)
from corridors.dataset.seasons import Season, When, load_seasons, parse_when

__all__ = [
    "AirLink",
    "Airport",
    "BorderCrossing",
    "Dataset",
    "Hub",
    "Node",
    "Param",
    "Piece",
    "Season",
    "Segment",
    "When",
    "default_data_dir",
    "geodesic_km",
    "load_dataset",
    "load_seasons",
    "nodes_by_distance",
    "parse_when",
]
