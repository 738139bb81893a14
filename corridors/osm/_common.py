"""Shared pieces of the OSM integration: way filters, tags, osmnx settings, speeds."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from corridors._cache import cache_dir
from corridors._optional import require
from corridors.errors import InputError

__all__ = [
    "DEFAULT_RAILWAY",
    "DEFAULT_ROAD_CLASSES",
    "MODES",
    "WAY_TAGS",
    "WayFilter",
    "default_osm_dir",
    "import_osmium",
    "import_osmnx",
    "osmnx_settings",
]

#: Transport modes an OSM graph can hold.
MODES = ("road", "rail")

#: Major roads: what the corridor model needs by default (``_link`` ramps included).
DEFAULT_ROAD_CLASSES: tuple[str, ...] = ("motorway", "trunk", "primary")

#: ``railway=*`` values kept for rail graphs.
DEFAULT_RAILWAY: tuple[str, ...] = ("rail",)

#: Way tags kept on edges, on top of osmnx's defaults (which drop the rail ones).
WAY_TAGS: tuple[str, ...] = (
    "highway",
    "railway",
    "name",
    "ref",
    "int_ref",
    "oneway",
    "junction",
    "maxspeed",
    "lanes",
    "surface",
    "bridge",
    "tunnel",
    "gauge",
    "electrified",
    "usage",
    "service",
)

_CLASS = re.compile(r"^[a-z_]+$")


class WayFilter:
    """Which OSM ways make up a road or rail graph.

    Parameters
    ----------
    mode
        ``"road"`` or ``"rail"``.
    road_classes
        For roads: ``highway=*`` values to keep (their ``_link`` ramps come along); ``None``
        keeps every way that has a ``highway`` tag.
    railway
        For rail: ``railway=*`` values to keep.

    Examples
    --------
    >>> WayFilter("road").overpass
    '["highway"~"^(motorway|trunk|primary)(_link)?$"]'
    >>> WayFilter("rail").matches({"railway": "rail", "gauge": "1520"})
    True
    """

    __slots__ = ("mode", "railway", "road_classes")

    def __init__(
        self,
        mode: str = "road",
        *,
        road_classes: Sequence[str] | None = DEFAULT_ROAD_CLASSES,
        railway: Sequence[str] = DEFAULT_RAILWAY,
    ) -> None:
        if mode not in MODES:
            msg = f"OSM mode {mode!r} is not one of {', '.join(MODES)}."
            raise InputError(msg)
        values = list(road_classes or ()) + list(railway)
        bad = [v for v in values if not _CLASS.match(v)]
        if bad:
            msg = f"OSM class {bad[0]!r} is not a plain tag value such as 'trunk' or 'rail'."
            raise InputError(msg)
        if mode == "rail" and not railway:
            msg = "A rail filter needs at least one railway value, such as 'rail'."
            raise InputError(msg)
        self.mode = mode
        self.road_classes: tuple[str, ...] | None = (
            tuple(road_classes) if road_classes else None
        )
        self.railway = tuple(railway)

    @property
    def key(self) -> str:
        """The OSM key the filter looks at: ``highway`` or ``railway``."""
        return "highway" if self.mode == "road" else "railway"

    @property
    def overpass(self) -> str:
        """The filter in Overpass QL, as osmnx's ``custom_filter`` takes it."""
        if self.mode == "rail":
            return f'["railway"~"^({"|".join(self.railway)})$"]'
        if self.road_classes is None:
            return '["highway"]'
        return f'["highway"~"^({"|".join(self.road_classes)})(_link)?$"]'

    def matches(self, tags: dict[str, Any]) -> bool:
        """Whether a way with these tags belongs to the graph."""
        value = tags.get(self.key)
        if isinstance(value, list):  # a simplified osmnx edge may merge several values
            return any(self.matches({self.key: v}) for v in value)
        if not isinstance(value, str):
            return False
        if self.mode == "rail":
            return value in self.railway
        if self.road_classes is None:
            return True
        return value.removesuffix("_link") in self.road_classes

    def describe(self) -> str:
        """A short human description, for messages."""
        if self.mode == "rail":
            return "railway=" + "|".join(self.railway)
        return "highway=" + ("*" if self.road_classes is None else "|".join(self.road_classes))

    def __repr__(self) -> str:
        return f"WayFilter({self.mode!r}, {self.describe()!r})"


def default_osm_dir() -> Path:
    """Where osmnx's HTTP cache and saved graphs go by default: ``cache_dir() / "osm"``."""
    return cache_dir() / "osm"


def import_osmnx() -> ModuleType:
    """Import osmnx, or say how to install it."""
    return require("osmnx")


def import_osmium() -> ModuleType:
    """Import pyosmium (for .osm.pbf files), or say which extra to install."""
    return require("osmium")


@contextlib.contextmanager
def osmnx_settings(**overrides: Any) -> Iterator[ModuleType]:
    """Set osmnx settings for the duration of a block, then restore them.

    The rail tags are always added to ``useful_tags_way`` and osmnx's console log is off
    (corridors reports progress itself).
    """
    ox = import_osmnx()
    values: dict[str, Any] = {
        "useful_tags_way": list(dict.fromkeys([*ox.settings.useful_tags_way, *WAY_TAGS])),
        "log_console": False,
        **overrides,
    }
    saved = {name: getattr(ox.settings, name) for name in values}
    try:
        for name, value in values.items():
            setattr(ox.settings, name, value)
        yield ox
    finally:
        for name, value in saved.items():
            setattr(ox.settings, name, value)
