"""Links that go nowhere: a country to places inside it, a flight to the airline's own
capital or from a town to its own country.  The rules drop them (:func:`goes_nowhere`)."""

from __future__ import annotations

from collections.abc import Sequence

from corridors.extract._candidates import RawLink
from corridors.records.place import Place

__all__ = ["goes_nowhere"]


def goes_nowhere(raw: RawLink) -> bool:
    """"freight from Kazakhstan could only go through the port of Aktau": a country to
    places inside it (or back) is no link between places, except an airline's domestic
    flights from its country (not to its capital) and a border crossing (the way into the
    next country); "from Muscat to Oman": nor is a flight from a town to its own country."""
    if raw.mode is not None and "air" in raw.mode:
        return _to_own_capital(raw) or _inside(raw.destinations, raw.origins, _AREAS)
    return any(_inside(side, other, _AREAS | {"sea", "border_crossing"})
               for side, other in ((raw.origins, raw.destinations),
                                   (raw.destinations, raw.origins)))


_AREAS = frozenset({"country", "region"})


def _inside(countries: Sequence[Place], places: Sequence[Place], kinds: frozenset[str]) -> bool:
    """Whether ``countries`` are all countries and each of ``places`` (none of ``kinds``)
    lies in one of them."""
    codes = {p.country for p in countries if p.kind == "country"}
    return bool(codes) and len(codes) == len(countries) and all(
        p.kind not in kinds and p.country in codes for p in places)


def _to_own_capital(raw: RawLink) -> bool:
    """"Ariana ... its flights to Kabul": flights from an airline's country to that
    country's capital (where a country's point is) say where it flies from, not a link."""
    countries = [p for p in raw.origins if p.kind == "country"]
    return len(countries) == len(raw.origins) == 1 and all(
        p.kind not in _AREAS and p.country == countries[0].country
        and p.within(countries[0], 0.3) for p in raw.destinations)
