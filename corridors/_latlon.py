"""Parse ``LAT,LON`` text into a coordinate pair.

Used wherever the CLI takes a place: ``corridors route 33.6,73.0 Kabul`` works like a name.
"""

from __future__ import annotations

import math
import re

from corridors.errors import InputError

__all__ = ["check_point", "format_latlon", "parse_latlon"]

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"
_LATLON = re.compile(rf"^\s*({_NUMBER})\s*[,;]\s*({_NUMBER})\s*$")


def parse_latlon(text: str) -> tuple[float, float] | None:
    """Read ``"LAT,LON"`` as a ``(lat, lon)`` pair in decimal degrees (WGS84).

    Parameters
    ----------
    text
        The text to read, e.g. ``"33.6,73.0"`` or ``"33.6, 73.0"``.

    Returns
    -------
    tuple of float or None
        ``(lat, lon)`` when ``text`` is two numbers separated by a comma (or semicolon);
        ``None`` when it is not shaped like a coordinate pair (a place name, say).

    Raises
    ------
    InputError
        When it is shaped like a coordinate pair but the latitude is outside -90..90 or the
        longitude outside -180..180.

    Examples
    --------
    >>> parse_latlon("33.6, 73.0")
    (33.6, 73.0)
    >>> parse_latlon("Kabul") is None
    True
    """
    match = _LATLON.match(text)
    if match is None:
        if text.strip().lower().replace(" ", "") in _NON_FINITE_PAIRS:
            raise InputError(f"{text.strip()!r} is not a point: write LAT,LON as finite numbers.")
        return None
    return check_point(float(match.group(1)), float(match.group(2)), shown=text.strip())


_NON_FINITE_PAIRS = {f"{a},{b}" for a in ("nan", "inf", "-inf", "+inf")
                     for b in ("nan", "inf", "-inf", "+inf")}


def check_point(lat: object, lon: object, *, shown: str | None = None) -> tuple[float, float]:
    """``(lat, lon)`` as floats when they are finite and in range, else :class:`InputError`.

    Examples
    --------
    >>> check_point(33.6, 73)
    (33.6, 73.0)
    >>> check_point(float("nan"), 0)
    Traceback (most recent call last):
    ...
    corridors.errors.InputError: Latitude nan is not a finite number.
    """
    where = f" in {shown!r}" if shown else ""
    hint = "; write LAT,LON." if shown else "."
    try:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"A point needs two numbers (latitude, longitude); got {lat!r}, "
                         f"{lon!r}.") from None
    for what, value, bound in (("Latitude", la, 90.0), ("Longitude", lo, 180.0)):
        if not math.isfinite(value):
            raise InputError(f"{what} {value:g}{where} is not a finite number{hint}")
        if not -bound <= value <= bound:
            raise InputError(f"{what} {value:g}{where} is outside -{bound:g}..{bound:g}{hint}")
    return la, lo


def format_latlon(lat: float, lon: float) -> str:
    """Write a coordinate pair the way :func:`parse_latlon` reads it (5 decimals, ~1 m).

    Examples
    --------
    >>> format_latlon(33.6, 73.0)
    '33.60000,73.00000'
    """
    return f"{lat:.5f},{lon:.5f}"
