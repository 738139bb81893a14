"""A small on-disk cache for things that are costly to build (networks, gazetteers).

Entries are pickles keyed by a name and a fingerprint of their inputs (file contents,
package versions); a changed input builds a new entry.  The folder is
``$CORRIDORS_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/corridors`` or ``~/.cache/corridors``.
A cache that cannot be read or written is ignored: the value is built in memory.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from corridors._io import atomic_write_bytes

__all__ = ["cache_dir", "fingerprint", "load_or_build"]

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Bump to invalidate every cache entry when the pickled classes change shape.
CACHE_VERSION = "1"


def cache_dir() -> Path:
    """The folder where corridors keeps its cache."""
    env = os.environ.get("CORRIDORS_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "corridors"


def fingerprint(paths: Iterable[str | os.PathLike[str]] = (), extra: Iterable[str] = ()) -> str:
    """A short hash of the given files' contents and extra strings."""
    h = hashlib.sha256(CACHE_VERSION.encode())
    for p in paths:
        path = Path(p)
        h.update(str(path.name).encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<missing>")
    for e in extra:
        h.update(e.encode())
    return h.hexdigest()[:16]


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """Return the cached value for ``(name, key)``, building and storing it when absent."""
    if os.environ.get("CORRIDORS_NO_CACHE"):
        return build()
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            value: T = pickle.load(fh)  # noqa: S301 - our own cache file
        return value
    except FileNotFoundError:
        pass
    except Exception as exc:  # a stale or corrupt entry: rebuild it
        log.debug("ignoring unreadable cache entry %s: %s", path, exc)
    value = build()
    try:
        atomic_write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        log.debug("cannot write cache entry %s: %s", path, exc)
    return value
