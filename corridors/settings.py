"""Settings: every environment variable and tunable of ``corridors``, in one place.

Environment variables (read when used, so a test or a notebook may set them at any time):

``CORRIDORS_DATA_DIR``
    A dataset folder to use instead of the one packaged with ``corridors``
    (``corridors/data``): the network tables, ``gateways.csv`` and, when present,
    ``outlines/countries.geojson``.  Commands that read data also take ``--data DIR``.
``CORRIDORS_CACHE_DIR``
    Where built networks and gazetteer indexes are cached (default
    ``$XDG_CACHE_HOME/corridors`` or ``~/.cache/corridors``).
``CORRIDORS_NO_CACHE``
    Any non-empty value: build everything in memory, read and write no cache.
``CORRIDORS_LEAFLET_DIR``
    A folder holding ``leaflet.js`` and ``leaflet.css`` to inline into maps, when the
    ``xstatic-leaflet`` package is not installed.

Tunables are the module constants below; each says what it bounds.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_SNAP_KM",
    "MAX_TEXT_BYTES",
    "cache_dir",
    "cache_disabled",
    "chosen_data_dir",
    "data_dir",
    "example_text",
    "leaflet_dir",
    "outlines_path",
    "packaged_data_dir",
    "use_data_dir",
    "version",
]

#: The largest text (bytes) that extract, model and map read.
MAX_TEXT_BYTES = 50_000_000
#: The longest place query (characters) that the gazetteer looks up.
MAX_QUERY_CHARS = 200
#: A point farther than this (km) from every network node serving the mode is refused.
MAX_SNAP_KM = 400.0


def version() -> str:
    """The installed version of corridors ("0+unknown" when run from a bare source tree)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version("corridors")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def packaged_data_dir() -> Path:
    """The dataset shipped inside the package (``corridors/data``)."""
    return Path(str(resources.files("corridors").joinpath("data")))


_chosen_data_dir: Path | None = None


def use_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Make ``path`` the dataset folder of this process (the CLI's ``--data``); None undoes."""
    global _chosen_data_dir  # noqa: PLW0603 - the one process-wide choice, set by the CLI
    _chosen_data_dir = Path(path) if path is not None else None


def chosen_data_dir() -> Path | None:
    """The folder chosen with :func:`use_data_dir`, if any."""
    return _chosen_data_dir


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The dataset folder: ``override``, else the one chosen with ``--data``, else
    ``$CORRIDORS_DATA_DIR``, else the packaged one."""
    if override is not None:
        return Path(override)
    if _chosen_data_dir is not None:
        return _chosen_data_dir
    env = os.environ.get("CORRIDORS_DATA_DIR")
    return Path(env) if env else packaged_data_dir()


def outlines_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The country outlines for maps: the dataset folder's own, else the packaged ones."""
    own = data_dir(override) / "outlines" / "countries.geojson"
    return own if own.is_file() else packaged_data_dir() / "outlines" / "countries.geojson"


def example_text() -> Path:
    """The bundled example text (a meeting of Pakistan's and Kazakhstan's ministers)."""
    return packaged_data_dir() / "examples" / "kazakhstan-pakistan-meeting.txt"


def cache_dir() -> Path:
    """Where corridors keeps its cache."""
    env = os.environ.get("CORRIDORS_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "corridors"


def cache_disabled() -> bool:
    """True when ``CORRIDORS_NO_CACHE`` is set."""
    return bool(os.environ.get("CORRIDORS_NO_CACHE"))


def leaflet_dir() -> Path | None:
    """``$CORRIDORS_LEAFLET_DIR`` as a folder, or None."""
    env = os.environ.get("CORRIDORS_LEAFLET_DIR")
    return Path(env) if env else None
