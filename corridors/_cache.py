"""A small on-disk cache for things that are costly to build (networks, gazetteers).

Entries are JSON files keyed by a name and a fingerprint of their inputs (file contents,
package versions); a changed input builds a new entry.  The folder is
``$CORRIDORS_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/corridors`` or ``~/.cache/corridors``.

An entry is data, never code: it is read with :func:`json.loads` and turned back into the
cached object by the caller's ``decode`` function, which checks its shape and raises
:class:`CacheFormatError` (or ``TypeError``/``ValueError``/``KeyError``/``IndexError``) on
anything unexpected.  An entry that cannot be read, is not JSON, has another schema or
version, or has the wrong shape is rebuilt and overwritten (logged at debug level); a cache
that cannot be written is ignored: the value is built in memory.  Entries of older versions
(``*.pickle``) are never opened.
"""

from __future__ import annotations

import base64
import binascii
import gc
import hashlib
import json
import logging
import math
import os
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

from corridors import settings
from corridors._io import atomic_write_bytes

__all__ = [
    "CacheFormatError",
    "cache_dir",
    "check_list",
    "check_rows",
    "fingerprint",
    "load_or_build",
    "pack_floats",
    "pack_ints",
    "unpack",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Bump to invalidate every cache entry when the stored shapes change.
CACHE_VERSION = "2"
#: The ``schema`` field of every entry.
SCHEMA = "corridors-cache"


class CacheFormatError(ValueError):
    """A cache entry whose content does not have the expected shape."""


def cache_dir() -> Path:
    """The folder where corridors keeps its cache (see :mod:`corridors.settings`)."""
    return settings.cache_dir()


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


def entry_path(name: str, key: str) -> Path:
    """The file of the entry ``(name, key)``."""
    return cache_dir() / f"{name}-{key}.json"


def load_or_build(
    name: str,
    key: str,
    build: Callable[[], T],
    *,
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> T:
    """Return the cached value for ``(name, key)``, building and storing it when absent.

    ``encode`` turns the value into JSON data (dicts, lists, strings, numbers, booleans,
    ``None``); ``decode`` turns that data back into the value, checking its shape.
    """
    if settings.cache_disabled():
        return build()
    path = entry_path(name, key)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.debug("cannot read cache entry %s: %s", path, exc)
    else:
        # the collector would walk the growing heap of new containers again and again
        enabled = gc.isenabled()
        gc.disable()
        try:
            return decode(_unwrap(json.loads(raw), name, key))
        except (CacheFormatError, ValueError, TypeError, KeyError, IndexError,
                AttributeError, RecursionError, UnicodeDecodeError) as exc:
            log.debug("rebuilding unreadable cache entry %s: %s", path, exc)
        finally:
            if enabled:
                gc.enable()
    value = build()
    try:
        doc = {"schema": SCHEMA, "version": CACHE_VERSION, "name": name, "key": key,
               "data": encode(value)}
        text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError) as exc:  # a value that JSON cannot hold: keep it in memory
        log.debug("cannot encode cache entry %s: %s", path, exc)
        return value
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        log.debug("cannot write cache entry %s: %s", path, exc)
    return value


def _unwrap(doc: Any, name: str, key: str) -> Any:
    if not isinstance(doc, dict):
        raise CacheFormatError("not a JSON object")
    if doc.get("schema") != SCHEMA or doc.get("version") != CACHE_VERSION:
        raise CacheFormatError(
            f"schema {doc.get('schema')!r} version {doc.get('version')!r}, "
            f"expected {SCHEMA!r} version {CACHE_VERSION!r}")
    if doc.get("name") != name or doc.get("key") != key:
        raise CacheFormatError("entry of another name or key")
    if "data" not in doc:
        raise CacheFormatError("no data")
    return doc["data"]


# ----------------------------------------------------------------------------- shape checks

#: Item types for :func:`check_rows`, by letter: ``s`` string, ``f`` number (int or
#: float), ``i`` int, ``b`` bool, ``S`` list of strings, ``L`` list, ``*`` anything; a
#: trailing ``?`` allows ``None``.
_TYPES: dict[str, set[type]] = {
    "s": {str}, "f": {float, int}, "i": {int}, "b": {bool}, "S": {list}, "L": {list},
}


def check_list(value: Any, what: str) -> list[Any]:
    """``value`` if it is a list, else :class:`CacheFormatError`."""
    if not isinstance(value, list):
        raise CacheFormatError(f"{what} is not a list")
    return value


def check_rows(rows: Any, spec: str, what: str) -> list[list[Any]]:
    """Check that ``rows`` is a list of lists whose items match ``spec`` (see
    :data:`_TYPES`; ``"ssf?"`` is a string, a string and a number or ``None``), column
    by column; returns ``rows``."""
    letters: list[tuple[str, bool]] = []
    i = 0
    while i < len(spec):
        optional = i + 1 < len(spec) and spec[i + 1] == "?"
        letters.append((spec[i], optional))
        i += 2 if optional else 1
    n = len(letters)
    if not all(type(r) is list and len(r) == n for r in check_list(rows, what)):
        raise CacheFormatError(f"{what}: a row is not a list of {n} items")
    checked: list[list[Any]] = rows
    if not checked:
        return checked
    for col, (letter, optional) in zip(zip(*rows, strict=True), letters, strict=True):
        if letter == "*":
            continue
        allowed = _TYPES[letter] | ({type(None)} if optional else set())
        if not set(map(type, col)) <= allowed:
            raise CacheFormatError(f"{what}: an item is not of type {letter!r}")
        if letter == "S" and not set(map(type, chain.from_iterable(
                v for v in col if v is not None))) <= {str}:
            raise CacheFormatError(f"{what}: a list holds something other than strings")
    return checked


# ----------------------------------------------------------------------------- packed numbers


def pack_floats(values: Sequence[float | None]) -> dict[str, Any]:
    """Numbers as little-endian float64 in base64 (quick to read back), ``None`` apart."""
    arr = array("d", (math.nan if v is None else v for v in values))
    if sys.byteorder == "big":  # pragma: no cover
        arr.byteswap()
    return {"f64": base64.b64encode(arr.tobytes()).decode("ascii"),
            "none_at": [i for i, v in enumerate(values) if v is None]}


def pack_ints(values: Sequence[int]) -> dict[str, Any]:
    """Whole numbers as little-endian int32 in base64."""
    arr = array("i", values)
    if arr.itemsize != 4:  # pragma: no cover
        raise ValueError("int32 arrays are not 4 bytes here")
    if sys.byteorder == "big":  # pragma: no cover
        arr.byteswap()
    return {"i32": base64.b64encode(arr.tobytes()).decode("ascii")}


def unpack(data: Any, code: str, optional: bool) -> list[Any]:
    field = "f64" if code == "d" else "i32"
    if not isinstance(data, dict) or not isinstance(data.get(field), str):
        raise CacheFormatError(f"a packed column has no {field} text")
    arr = array(code)
    if arr.itemsize != (8 if code == "d" else 4):  # pragma: no cover
        raise CacheFormatError("packed numbers of another size")
    try:
        arr.frombytes(base64.b64decode(data[field], validate=True))
    except (ValueError, binascii.Error) as exc:
        raise CacheFormatError(f"packed numbers cannot be read ({exc})") from None
    if sys.byteorder == "big":  # pragma: no cover
        arr.byteswap()
    out: list[Any] = arr.tolist()
    if code == "d":
        none_at = data["none_at"]
        if not isinstance(none_at, list) or not set(map(type, none_at)) <= {int} or (
                none_at and not optional):
            raise CacheFormatError("none_at is not a list of positions")
        for i in none_at:
            out[i] = None
    return out
