"""corridors: model transport connectivity corridors proposed in text.

Extract the links a text proposes, route them on road, rail and air networks, and map them.

>>> import corridors
>>> r = corridors.route("Lahore", "Islamabad", mode="road")
>>> r.countries
('PK',)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from corridors._route_types import Crossing, Leg, Route
from corridors.dataset import Dataset, load_dataset
from corridors.errors import (
    AmbiguousPlaceError,
    CorridorsError,
    DataError,
    InputError,
    NoRouteError,
    OptionalDependencyError,
    UnknownPlaceError,
)
from corridors.network import CorridorNetwork, load_network
from corridors.places import Place, PlaceMention, search
from corridors.routing import ODMatrix, Reach, od_matrix, reachable, route

try:
    __version__ = version("corridors")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "AmbiguousPlaceError",
    "CorridorNetwork",
    "CorridorsError",
    "Crossing",
    "DataError",
    "Dataset",
    "Extraction",
    "InputError",
    "Leg",
    "ModelResult",
    "NoRouteError",
    "ODMatrix",
    "OptionalDependencyError",
    "Place",
    "PlaceMention",
    "ProposedLink",
    "Reach",
    "Route",
    "UnknownPlaceError",
    "__version__",
    "extract_links",
    "load_dataset",
    "load_network",
    "model",
    "od_matrix",
    "reachable",
    "resolve_place",
    "route",
    "route_map",
    "save_map",
    "search",
    "search_places",
    "static_map",
    "time_distance_chart",
]

# Heavier parts load on first use, so that `import corridors` stays fast.  (The function
# `corridors.extract.extract` is not re-exported: its name is the submodule's.)
_LAZY = {
    "extract_links": "corridors.extract",
    "Extraction": "corridors.extract",
    "ProposedLink": "corridors.extract",
    "resolve_place": "corridors.gazetteer",
    "route_map": "corridors.maps",
    "save_map": "corridors.maps",
    "static_map": "corridors.maps",
    "time_distance_chart": "corridors.maps",
    "search_places": "corridors.gazetteer",
    "model": "corridors.scenarios",
    "ModelResult": "corridors.scenarios",
}


def __dir__() -> list[str]:
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    modname = _LAZY.get(name)
    if modname is None:
        raise AttributeError(f"module 'corridors' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(modname), name)
    globals()[name] = value
    return value
