"""Links that go nowhere: a country to places inside it, a flight to the airline's own
capital or from a town to its own country.  The rules drop them (:func:`goes_nowhere`)."""

from __future__ import annotations

from corridors.extract._candidates import RawLink
from corridors.records.place import Place

__all__ = ["goes_nowhere"]


def goes_nowhere(raw: RawLink) -> bool:
    """"freight from Kazakhstan could only go through the port of Aktau": a country to
    places inside it (or back) is no link between places, except an airline's domestic
    flights from its country (not to its capital) and a border crossing (the way into the
    next country)."""
    if raw.mode is not None and "air" in raw.mode:
        return _to_own_capital(raw) or _to_own_country(raw)
    for side, other in ((raw.origins, raw.destinations), (raw.destinations, raw.origins)):
        countries = {p.country for p in side if p.kind == "country"}
        if countries and len(countries) == len(side) and all(
                p.kind not in {"country", "region", "sea", "border_crossing"}
                and p.country in countries
                for p in other):
            return True
    return False


def _to_own_capital(raw: RawLink) -> bool:
    """"Ariana ... its flights to Kabul": flights from an airline's country to that
    country's capital (where a country's point is) say where it flies from, not a link."""
    def at(p: Place, q: Place) -> bool:
        return (p.lat is not None and p.lon is not None and q.lat is not None
                and q.lon is not None and abs(p.lat - q.lat) < 0.3 and abs(p.lon - q.lon) < 0.3)

    countries = [p for p in raw.origins if p.kind == "country"]
    return len(countries) == len(raw.origins) == 1 and all(
        p.kind not in {"country", "region"} and p.country == countries[0].country
        and at(p, countries[0]) for p in raw.destinations)


def _to_own_country(raw: RawLink) -> bool:
    """"from Muscat to Oman": a flight from a place to the country it lies in is no link
    (an airline's domestic flights from its country to a town stay)."""
    countries = {p.country for p in raw.destinations if p.kind == "country"}
    return bool(countries) and len(countries) == len(raw.destinations) and all(
        p.kind not in {"country", "region"} and p.country in countries for p in raw.origins)
