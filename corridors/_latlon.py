"""Parse ``LAT,LON`` text into a coordinate pair.

Used wherever the CLI takes a place: ``corridors route 33.6,73.0 Kabul`` works like a name.
"""

from __future__ import annotations

import math
import re

from corridors.errors import InputError

__all__ = ["format_latlon", "parse_latlon"]

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
        return None
    lat, lon = float(match.group(1)), float(match.group(2))
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        msg = f"Latitude {lat:g} in {text.strip()!r} is outside -90..90; write LAT,LON."
        raise InputError(msg)
    if not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
        msg = f"Longitude {lon:g} in {text.strip()!r} is outside -180..180; write LAT,LON."
        raise InputError(msg)
    return lat, lon


def format_latlon(lat: float, lon: float) -> str:
    """Write a coordinate pair the way :func:`parse_latlon` reads it (5 decimals, ~1 m).

    Examples
    --------
    >>> format_latlon(33.6, 73.0)
    '33.60000,73.00000'
    """
    return f"{lat:.5f},{lon:.5f}"
