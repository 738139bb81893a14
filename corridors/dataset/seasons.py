"""Opening seasons and days of border crossings (``crossing_seasons.csv``).

A mountain pass such as Khunjerab opens for part of the year; Torugart and Irkeshtam close
at weekends.  A route asked for a month (or a date) does not use a crossing closed then,
and says why; a route asked for no date that uses a seasonal crossing carries a note.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corridors.dataset._load import read_rows
from corridors.errors import DataError, InputError

__all__ = ["Season", "When", "load_seasons", "parse_when"]

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class When:
    """The time a route is asked for: a month, and a date when one is known."""

    month: int
    date: dt.date | None = None

    def phrase(self) -> str:
        """'in January', or 'on Saturday 6 June 2026'."""
        if self.date is None:
            return f"in {calendar.month_name[self.month]}"
        d = self.date
        day = calendar.day_name[d.weekday()]
        return f"on {day} {d.day} {calendar.month_name[d.month]} {d.year}"


@dataclass(frozen=True)
class Season:
    """When a crossing is open: months ``first``..``last`` (wrapping over the new year) and
    every weekday but ``closed_weekdays``."""

    node_id: str
    first: int
    last: int
    closed_weekdays: tuple[str, ...] = ()
    source: str = ""

    def open_in(self, month: int) -> bool:
        if self.first <= self.last:
            return self.first <= month <= self.last
        return month >= self.first or month <= self.last

    def open_at(self, when: When) -> bool:
        if not self.open_in(when.month):
            return False
        return when.date is None or _WEEKDAYS[when.date.weekday()] not in self.closed_weekdays

    @property
    def seasonal(self) -> bool:
        return (self.first, self.last) != (1, 12)

    def describe(self) -> str:
        """'open April to November; closed Sat, Sun' (empty for an all-year crossing)."""
        parts = []
        if self.seasonal:
            parts.append(f"open {calendar.month_name[self.first]} to "
                         f"{calendar.month_name[self.last]}")
        if self.closed_weekdays:
            parts.append(f"closed {', '.join(self.closed_weekdays)}")
        return "; ".join(parts)


def parse_when(month: int | str | None = None, date: str | dt.date | None = None,
               ) -> When | None:
    """``--month``/``--date`` as a :class:`When` (None when neither is given).

    >>> parse_when(month=1)
    When(month=1, date=None)
    >>> parse_when(date="2026-01-10").month
    1
    """
    if date is not None:
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                raise InputError(f"Date {date!r} is not YYYY-MM-DD.") from None
        return When(date.month, date)
    if month is None:
        return None
    try:
        m = int(month)
    except (TypeError, ValueError):
        names = {n.lower(): i for i, n in enumerate(calendar.month_name) if n}
        names |= {n.lower(): i for i, n in enumerate(calendar.month_abbr) if n}
        if str(month).strip().lower() not in names:
            raise InputError(f"Month {month!r} is not 1-12 or a month's name.") from None
        m = names[str(month).strip().lower()]
    if not 1 <= m <= 12:
        raise InputError(f"Month {m} is not 1-12.")
    return When(m)


def load_seasons(data_dir: str | os.PathLike[str]) -> dict[str, Season]:
    """The seasons in a dataset folder (none when it has no ``crossing_seasons.csv``)."""
    return dict(_load(str(data_dir)))


@lru_cache(maxsize=4)
def _load(data_dir: str) -> tuple[tuple[str, Season], ...]:
    path = Path(data_dir) / "crossing_seasons.csv"
    if not path.is_file():
        return ()
    out = []
    for line, r in read_rows(path, ("node_id", "open_from_month", "open_to_month")):
        try:
            days = tuple(d for d in r.get("closed_weekdays", "").split("|") if d)
            season = Season(r["node_id"], int(r["open_from_month"]),
                            int(r["open_to_month"]), days, r.get("source", ""))
        except ValueError as exc:
            raise DataError(f"{path}, line {line}: cannot read the season ({exc}).") from None
        if not (1 <= season.first <= 12 and 1 <= season.last <= 12) or not set(days) <= set(
                _WEEKDAYS):
            raise DataError(f"{path}, line {line}: months are 1-12, weekdays Mon..Sun.")
        out.append((season.node_id, season))
    return tuple(out)
