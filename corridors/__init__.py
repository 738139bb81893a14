"""corridors: model transport connectivity corridors proposed in text.

Extract the links a text proposes, route them on road, rail and air networks, and map them.

>>> import corridors
>>> r = corridors.route("Lahore", "Islamabad", mode="road")
>>> r.countries
('PK',)
"""

from __future__ import annotations

from typing import Any

from corridors import settings
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
from corridors.network import (
    CorridorNetwork,
    ODMatrix,
    OutOfReach,
    Reach,
    load_network,
    od_matrix,
    out_of_reach,
    reachable,
    route,
    search,
)
from corridors.records import Crossing, Leg, Place, PlaceMention, ProposedLink, Route

__version__ = settings.version()

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
    "OutOfReach",
    "Place",
    "PlaceMention",
    "ProposedLink",
    "Reach",
    "Route",
    "Scenario",
    "UnknownPlaceError",
    "__version__",
    "extract_links",
    "load_dataset",
    "load_network",
    "model",
    "od_matrix",
    "out_of_reach",
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
# `corridors.extract.extract` is not re-exported: its name is the subpackage's.)
_LAZY = {
    "extract_links": "corridors.extract",
    "Extraction": "corridors.extract",
    "resolve_place": "corridors.gazetteer",
    "route_map": "corridors.maps",
    "save_map": "corridors.maps",
    "static_map": "corridors.maps",
    "time_distance_chart": "corridors.maps",
    "search_places": "corridors.gazetteer",
    "model": "corridors.scenarios",
    "ModelResult": "corridors.scenarios",
    "Scenario": "corridors.scenarios",
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
