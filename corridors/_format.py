"""Formatting figures for people: durations and distances."""

from __future__ import annotations

__all__ = ["format_hours", "format_km"]


def format_hours(h: float | None) -> str:
    """A duration as days, hours and minutes: ``"3 h 05"``, ``"2 d 4 h 30"``; ``"–"`` for None.

    >>> format_hours(52.5)
    '2 d 4 h 30'
    """
    if h is None:
        return "–"
    total = round(h * 60)
    d, rem = divmod(total, 24 * 60)
    hh, mm = divmod(rem, 60)
    return f"{d} d {hh} h {mm:02d}" if d else f"{hh} h {mm:02d}"


def format_km(km: float) -> str:
    """A distance in km: two decimals under 10 km, whole kilometres with separators above.

    >>> format_km(1335.7), format_km(0.19)
    ('1,336', '0.19')
    """
    return f"{km:,.2f}" if km < 10 else f"{km:,.0f}"
