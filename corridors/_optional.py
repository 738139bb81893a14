"""Optional imports, with the right way to install what is missing.

Most of the stack (folium, matplotlib, osmnx, geopandas) is a core dependency and always
installed; pyosmium is the ``osm`` extra.  The table says which is which, so no message
names an extra that does not exist.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from corridors.errors import OptionalDependencyError

__all__ = ["INSTALL_HINTS", "require"]

#: Module -> (what needs it, how to install it).
INSTALL_HINTS: dict[str, tuple[str, str]] = {
    "folium": ("Interactive maps", "pip install --force-reinstall corridors (folium is a core "
               "dependency)"),
    "matplotlib": ("Static maps and charts", "pip install --force-reinstall corridors "
                   "(matplotlib is a core dependency)"),
    "osmnx": ("OpenStreetMap networks", "pip install --force-reinstall corridors (osmnx is a "
              "core dependency)"),
    "osmium": ("Reading .osm.pbf files", "pip install 'corridors[osm]' (pyosmium)"),
    "geopandas": ("GeoDataFrame views", "pip install --force-reinstall corridors (geopandas "
                  "is a core dependency)"),
}


def require(module: str) -> ModuleType:
    """Import ``module``, or raise :class:`OptionalDependencyError` saying how to install it.

    >>> require("json").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        what, how = INSTALL_HINTS.get(module, (f"This feature ({module})",
                                               f"pip install {module}"))
        raise OptionalDependencyError(f"{what} need {module}: {how}.") from exc
