"""The gazetteer cache's columns: strings joined by a separator, columns of few values
coded one character per row, and the checks that read them back (``Gazetteer.to_cache``
and ``Gazetteer.from_cache``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from corridors._cache import CacheFormatError

__all__ = ["SEP", "coded", "decoded", "join", "join_optional", "no_comma", "split",
           "split_optional"]

#: Separator of the strings of a column in the cache.
SEP = "\x1f"


def join(values: Iterable[str]) -> str:
    out = list(values)
    if any(SEP in v for v in out):
        raise ValueError("cannot store a string with a separator in the gazetteer cache")
    return SEP.join(out)


def join_optional(values: Iterable[str | None]) -> dict[str, Any]:
    out = list(values)
    return {"values": join(v or "" for v in out),
            "none_at": [i for i, v in enumerate(out) if v is None]}


def coded(values: Iterable[str | None]) -> dict[str, Any]:
    """A column of few distinct values: the values once, and one character per row that
    numbers its value (shared strings when read back, as in a pickle)."""
    vocab: dict[str | None, int] = {}
    codes = "".join(chr(vocab.setdefault(v, len(vocab))) for v in values)
    if len(vocab) > 0xD7FF:
        raise ValueError("too many distinct values for a coded gazetteer column")
    return {"values": list(vocab), "codes": codes}


def decoded(data: Any, n: int, optional: bool) -> list[Any]:
    if not isinstance(data, dict):
        raise CacheFormatError("gazetteer: a coded column is not an object")
    vocab, codes = data["values"], data["codes"]
    allowed = {str, type(None)} if optional else {str}
    if not (isinstance(vocab, list) and set(map(type, vocab)) <= allowed
            and isinstance(codes, str) and len(codes) == n):
        raise CacheFormatError("gazetteer: a coded column has the wrong shape")
    if codes and max(codes) >= chr(len(vocab)):
        raise CacheFormatError("gazetteer: a coded column points outside its values")
    return list(map(vocab.__getitem__, map(ord, codes)))


def split_optional(data: Any, n: int) -> list[str | None]:
    if not isinstance(data, dict):
        raise CacheFormatError("gazetteer: an optional column is not an object")
    col: list[str | None] = list(split(data["values"], n))
    none_at = data["none_at"]
    if not isinstance(none_at, list) or not set(map(type, none_at)) <= {int}:
        raise CacheFormatError("gazetteer: none_at is not a list of positions")
    for i in none_at:
        col[i] = None
    return col


def no_comma(code: str) -> str:
    if "," in code:
        raise ValueError(f"cannot store member {code!r} in the gazetteer cache")
    return code


def split(joined: Any, n: int) -> list[str]:
    if not isinstance(joined, str):
        raise CacheFormatError("gazetteer: a column is not a string")
    col = joined.split(SEP) if n else []
    if len(col) != n:
        raise CacheFormatError(f"gazetteer: a column has {len(col)} items, not {n}")
    return col
