"""Links that go nowhere: a country to places inside it, a region to its own towns (or to
several of its own countries), or a flight from a town to its own country.  The rules drop
them (:func:`goes_nowhere`)."""

from __future__ import annotations

from collections.abc import Sequence

from corridors.extract._candidates import RawLink, countries_of
from corridors.records.place import Place

__all__ = ["goes_nowhere"]


def goes_nowhere(raw: RawLink) -> bool:
    """"freight from Kazakhstan could only go through the port of Aktau": a country to
    places inside it (or back) is no link between places, whatever the mode (on the
    labelled real articles 6 of 7 air links from a country to its own cities were wrong:
    "Pakistan -> Karachi, Sialkot, Multan" for a foreign airline's new routes), except a
    border crossing (the way into the next country: "crossed into Turkmenistan at
    Torghundi"); "from Muscat to Oman": nor is a flight from a town to its own country."""
    return any(_inside(side, other, _AREAS | {"sea", "border_crossing"})
               or _in_region(side, other)
               for side, other in ((raw.origins, raw.destinations),
                                   (raw.destinations, raw.origins)))


def _in_region(regions: Sequence[Place], places: Sequence[Place]) -> bool:
    """"the airline's routes from Europe to Austria, Hungary and Spain": a region to its own
    towns, or to two or more of its own countries."""
    if not regions or any(p.kind != "region" for p in regions):
        return False
    codes = countries_of(regions)
    countries = sum(p.kind == "country" for p in places)
    return (countries != 1 and all(p.kind not in {"region", "sea"} and p.country in codes
                                   for p in places))


_AREAS = frozenset({"country", "region"})


def _inside(countries: Sequence[Place], places: Sequence[Place], kinds: frozenset[str]) -> bool:
    """Whether ``countries`` are all countries and each of ``places`` (none of ``kinds``)
    lies in one of them."""
    codes = {p.country for p in countries if p.kind == "country"}
    return bool(codes) and len(codes) == len(countries) and all(
        p.kind not in kinds and p.country in codes for p in places)
