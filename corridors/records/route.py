"""Result records of routing: :class:`Route`, :class:`Leg`, :class:`Crossing`.

Kept apart from the routing algorithms so that maps, reports and the OSM backend can build
and read routes without importing the router.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corridors.records.economics import Economics
from corridors.records.place import Place

__all__ = ["Crossing", "Leg", "Route"]


@dataclass(frozen=True, slots=True)
class Crossing:
    """A border crossing passed by a route, with the dwell time charged for it.

    ``mode`` is the mode it is crossed by (road or rail; None when not known).
    """

    name: str
    countries: tuple[str, str]
    dwell_h: float
    node_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: str | None = None
    mode: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "countries": list(self.countries), "dwell_h": self.dwell_h}


@dataclass(frozen=True, slots=True)
class Leg:
    """One edge of a route: a network segment, a transfer, or a gauge break.

    ``mode`` is road, rail, air, sea or transfer; ``status`` the segment's status;
    ``ref`` the segment id (or a road/rail reference such as N-5); ``coords`` the display
    geometry as (lon, lat) pairs.  ``time_h`` is moving time only; border dwell and
    transshipment are counted in the route's crossings and ``transship_h``.
    """

    mode: str
    from_name: str
    to_name: str
    distance_km: float
    time_h: float
    status: str
    ref: str | None = None
    name: str | None = None
    source: str | None = None
    length_estimated: bool = False
    coords: tuple[tuple[float, float], ...] = ()
    from_id: str | None = None
    to_id: str | None = None
    country: str | None = None
    gauge_mm: int | None = None
    transship_h: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "mode": self.mode,
            "from": self.from_name,
            "to": self.to_name,
            "distance_km": round(self.distance_km, 1),
            "time_h": round(self.time_h, 2),
            "status": self.status,
            "ref": self.ref,
        }
        if self.transship_h:
            d["transship_h"] = round(self.transship_h, 2)
        return d


@dataclass(frozen=True, slots=True)
class Route:
    """A route between two places with its distance, time and the places it passes.

    Time is split as practitioners report it (ADB CAREC CPMM, UNESCAP time/cost-distance):
    ``moving_h`` on the links, ``border_h`` waiting at border crossings, ``transship_h`` at
    breaks of gauge and mode transfers.  ``time_h`` is their sum.  ``economics`` holds the
    cost, P50/P90 time and CO2e per container when they were computed
    (:func:`corridors.network.costs.economics_of`).
    """

    origin: Place
    destination: Place
    mode: str
    scenario: str
    optimize: str
    legs: tuple[Leg, ...]
    crossings: tuple[Crossing, ...] = ()
    countries: tuple[str, ...] = ()
    transship_h: float = 0.0
    alternatives: tuple[Route, ...] = field(default=())
    notes: tuple[str, ...] = ()
    economics: Economics | None = None

    @property
    def cost_usd(self) -> float | None:
        """USD per container (of ``economics.price_year``), or None if not computed."""
        return self.economics.cost_usd if self.economics is not None else None

    @property
    def distance_km(self) -> float:
        return sum((leg.distance_km for leg in self.legs), 0.0)

    @property
    def moving_h(self) -> float:
        return sum((leg.time_h for leg in self.legs), 0.0)

    @property
    def border_h(self) -> float:
        return sum((c.dwell_h for c in self.crossings), 0.0)

    @property
    def time_h(self) -> float:
        return self.moving_h + self.border_h + self.transship_h

    @property
    def speed_without_delay_kmh(self) -> float:
        """CAREC's SWOD: distance over moving time."""
        return self.distance_km / self.moving_h if self.moving_h else 0.0

    @property
    def speed_with_delay_kmh(self) -> float:
        """CAREC's SWD: distance over total time including border and transshipment."""
        return self.distance_km / self.time_h if self.time_h else 0.0

    @property
    def coords(self) -> list[tuple[float, float]]:
        """The route's geometry as (lon, lat) pairs, legs joined end to start."""
        out: list[tuple[float, float]] = []
        for leg in self.legs:
            pts = list(leg.coords)
            if out and pts and out[-1] == pts[0]:
                pts = pts[1:]
            out.extend(pts)
        return out

    def _indicators(self) -> dict[str, Any]:
        """Mode, scenario and the CAREC-style indicators shared by JSON and GeoJSON."""
        d: dict[str, Any] = {
            "mode": self.mode,
            "scenario": self.scenario,
            "optimize": self.optimize,
            "distance_km": round(self.distance_km, 1),
            "time_h": round(self.time_h, 2),
            "moving_h": round(self.moving_h, 2),
            "border_h": round(self.border_h, 2),
            "transship_h": round(self.transship_h, 2),
            "countries": list(self.countries),
            "border_crossings": [c.to_dict() for c in self.crossings],
        }
        if self.economics is not None:
            eco = self.economics
            d.update(eco.to_dict())
            for c, usd in zip(d["border_crossings"], eco.crossing_cost_usd, strict=True):
                c["cost_usd"] = round(usd, 0)
        return d

    def _leg_dicts(self) -> list[dict[str, Any]]:
        """Each leg's JSON, with its cost and CO2e when computed."""
        out = [leg.to_dict() for leg in self.legs]
        if self.economics is not None:
            for d, usd, kg in zip(out, self.economics.leg_cost_usd,
                                  self.economics.leg_co2e_kg, strict=True):
                d["cost_usd"] = round(usd, 0)
                d["co2e_kg"] = round(kg, 0)
        return out

    def to_dict(self, *, with_alternatives: bool = True) -> dict[str, Any]:
        """The contract's JSON shape for ``corridors route --format json``."""
        d: dict[str, Any] = {
            "from": self.origin.to_dict(),
            "to": self.destination.to_dict(),
            **self._indicators(),
            "legs": self._leg_dicts(),
            "geometry": {
                "type": "LineString",
                "coordinates": [[round(x, 5), round(y, 5)] for x, y in self.coords],
            },
        }
        if self.notes:
            d["notes"] = list(self.notes)
        if with_alternatives:
            d["alternatives"] = [a.to_dict(with_alternatives=False) for a in self.alternatives]
        return d

    @property
    def statuses(self) -> tuple[str, ...]:
        """The distinct statuses of the route's legs, in order of first appearance."""
        return tuple(dict.fromkeys(leg.status for leg in self.legs if leg.mode != "transfer"))

    def to_feature(self, **extra: Any) -> dict[str, Any]:
        """A GeoJSON Feature: the route's LineString and its indicators as properties.

        ``extra`` keys (e.g. ``route_id``, ``link_id``, ``evidence``, ``role``) are added to
        the properties.  Each leg keeps ``start``/``end`` indices into the LineString's
        coordinates so a map can style a route's legs by status.
        """
        coords: list[list[float]] = []
        legs: list[dict[str, Any]] = []
        for leg, leg_dict in zip(self.legs, self._leg_dicts(), strict=True):
            pts = [[round(x, 5), round(y, 5)] for x, y in leg.coords]
            if coords and pts and coords[-1] == pts[0]:
                pts = pts[1:]
            start = max(len(coords) - 1, 0)
            coords.extend(pts)
            legs.append(
                {
                    **leg_dict,
                    "source": leg.source,
                    "name": leg.name,
                    "length_estimated": leg.length_estimated,
                    "start": start,
                    "end": max(len(coords) - 1, 0),
                }
            )
        props: dict[str, Any] = {
            "from": self.origin.name,
            "to": self.destination.name,
            "from_country": self.origin.country,
            "to_country": self.destination.country,
            **self._indicators(),
            "swod_kmh": round(self.speed_without_delay_kmh, 1),
            "swd_kmh": round(self.speed_with_delay_kmh, 1),
            "statuses": list(self.statuses),
            "legs": legs,
            "notes": list(self.notes),
            **extra,
        }
        if self.economics is not None:
            props["profile"] = [[round(km, 1), round(h, 2), round(usd, 0)]
                                for km, h, usd in self.economics.profile]
        return {
            "type": "Feature",
            "geometry": {"type": "LineString", "coordinates": coords},
            "properties": props,
        }
