"""Places: the :class:`Place` record shared by the gazetteer, the network and the routes.

A place is anything a link or a route can start at, end at or pass through: a city, a
country, a region, an airport, a port, a border crossing, a station, a province or a sea.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["PLACE_KINDS", "Place", "PlaceMention"]

#: The kinds a :class:`Place` may have (the JSON contract's ``kind`` field, plus ``point``
#: for a bare ``LAT,LON`` coordinate given as a route endpoint).
PLACE_KINDS = frozenset(
    {
        "city",
        "country",
        "region",
        "airport",
        "port",
        "border_crossing",
        "station",
        "province",
        "sea",
        "point",
    }
)


@dataclass(frozen=True, slots=True)
class Place:
    """A named place.

    Parameters
    ----------
    name
        Display name ("Lahore", "Kazakhstan", "Central Asia").
    country
        ISO 3166-1 alpha-2 code, or ``None`` for regions and seas.
    kind
        One of :data:`PLACE_KINDS`.
    lat, lon
        WGS84 position (a representative point for countries and regions), or ``None``.
    id
        Identifier of the corridor-network node this place is, when it is one.
    members
        For a region: the ISO2 codes of its member countries.
    """

    name: str
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    id: str | None = None
    members: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape: name, country, kind, lat, lon."""
        return {
            "name": self.name,
            "country": self.country,
            "kind": self.kind,
            "lat": self.lat,
            "lon": self.lon,
        }


    def within(self, other: Place, degrees: float) -> bool:
        """Whether both places have a position and lie less than ``degrees`` apart in
        latitude and in longitude (a cheap test of "the same spot")."""
        if self.lat is None or self.lon is None or other.lat is None or other.lon is None:
            return False
        return abs(self.lat - other.lat) < degrees and abs(self.lon - other.lon) < degrees

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        """A place from its JSON shape (:meth:`to_dict`, with optional ``id`` and, for a
        region, ``members``)."""
        return cls(str(data["name"]), data.get("country"), str(data.get("kind") or "city"),
                   _opt_float(data.get("lat")), _opt_float(data.get("lon")), data.get("id"),
                   tuple(str(m) for m in data.get("members") or ()))

@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place as mentioned in a text: the place and the character span of the mention."""

    place: Place
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The place's JSON shape plus ``text``, ``start`` and ``end``."""
        return {**self.place.to_dict(), "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlaceMention:
        """A mention from its JSON shape (a place plus ``text``, ``start``, ``end``)."""
        return cls(Place.from_dict(data), str(data.get("text") or ""), int(data["start"]),
                   int(data["end"]))


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)
