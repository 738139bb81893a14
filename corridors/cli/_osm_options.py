"""Options that choose OpenStreetMap ways, shared by ``corridors osm`` and ``corridors route
--network osm``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corridors.osm import WayFilter

__all__ = ["add_way_filter_options", "way_filter"]


def add_way_filter_options(p: argparse.ArgumentParser) -> None:
    """``--mode``, ``--road-classes``, ``--railway``, ``--all-components``."""
    p.add_argument("--mode", choices=("road", "rail"), default="road",
                   help="road or rail network (default road)")
    p.add_argument(
        "--road-classes",
        default="motorway,trunk,primary",
        metavar="LIST",
        help="highway classes kept for roads, comma-separated, or 'all' "
        "(default motorway,trunk,primary; their _link ramps come along)",
    )
    p.add_argument("--railway", default="rail", metavar="LIST",
                   help="railway values kept for rail, comma-separated (default rail)")
    p.add_argument("--all-components", action="store_true",
                   help="keep every connected piece, not only the largest")


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def way_filter(args: argparse.Namespace) -> WayFilter:
    """The :class:`~corridors.osm.WayFilter` the options ask for."""
    from corridors.osm import WayFilter

    classes = None if args.road_classes.strip().lower() in {"all", "*"} else _split(
        args.road_classes)
    return WayFilter(args.mode, road_classes=classes, railway=_split(args.railway))
