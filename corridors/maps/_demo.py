"""Small routes built in code, for examples, tests and benchmarks of the maps.

They stand in for real routing results (Lahore to Tashkent by road through Afghanistan, the
proposed Uzbekistan–Afghanistan–Pakistan railway, a proposed Lahore–Almaty flight).  Places
are real; geometry is coarse and lengths are geodesic with a detour factor, so the numbers
are illustrative only.
"""

from __future__ import annotations

import math

from corridors.records.place import Place
from corridors.records.route import Crossing, Leg, Route

__all__ = ["demo_routes"]

_PTS: dict[str, tuple[float, float]] = {
    "Lahore": (74.3587, 31.5204),
    "Islamabad": (73.0479, 33.6844),
    "Peshawar": (71.5249, 34.0151),
    "Torkham": (71.0950, 34.1010),
    "Jalalabad": (70.4528, 34.4265),
    "Kabul": (69.2075, 34.5553),
    "Pul-e Khumri": (68.7800, 35.9446),
    "Mazar-i-Sharif": (67.1100, 36.7090),
    "Hairatan": (67.4170, 37.2300),
    "Termez": (67.2780, 37.2242),
    "Tashkent": (69.2401, 41.2995),
    "Logar": (69.0500, 34.0000),
    "LHE": (74.4036, 31.5216),
    "ALA": (77.0405, 43.3521),
    "Almaty": (76.8860, 43.2389),
}

_COUNTRY = {"Lahore": "PK", "Islamabad": "PK", "Peshawar": "PK", "Torkham": "AF",
            "Jalalabad": "AF", "Kabul": "AF", "Pul-e Khumri": "AF", "Mazar-i-Sharif": "AF",
            "Hairatan": "AF", "Logar": "AF", "Termez": "UZ", "Tashkent": "UZ", "LHE": "PK",
            "ALA": "KZ", "Almaty": "KZ"}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _leg(mode: str, a: str, b: str, status: str, *, speed: float, ref: str, source: str,
         bend: tuple[float, float] = (0.0, 0.0), detour: float = 1.25,
         gauge: int | None = None) -> Leg:
    pa, pb = _PTS[a], _PTS[b]
    mid = ((pa[0] + pb[0]) / 2 + bend[0], (pa[1] + pb[1]) / 2 + bend[1])
    coords = (pa, pb) if mode == "air" else (pa, mid, pb)
    km = _km(pa, pb) * (1.0 if mode == "air" else detour)
    return Leg(mode=mode, from_name=a, to_name=b, distance_km=round(km, 1),
               time_h=round(km / speed, 2), status=status, ref=ref, source=source,
               coords=coords, country=_COUNTRY[a], gauge_mm=gauge)


def _place(name: str, kind: str = "city") -> Place:
    lon, lat = _PTS[name]
    return Place(name, _COUNTRY[name], kind, lat, lon)


def _crossing(name: str, countries: tuple[str, str], dwell: float) -> Crossing:
    lon, lat = _PTS[name]
    return Crossing(name, countries, dwell, lat=lat, lon=lon, source="demo")


def demo_routes() -> list[Route]:
    """Three illustrative routes: road (existing), rail (proposed) and air (proposed).

    Examples
    --------
    >>> from corridors.maps._demo import demo_routes
    >>> [r.mode for r in demo_routes()]
    ['road', 'rail', 'air']
    """
    src = "demo geometry (illustrative)"
    road = Route(
        origin=_place("Lahore"), destination=_place("Tashkent"), mode="road",
        scenario="existing", optimize="time",
        legs=(
            _leg("road", "Lahore", "Islamabad", "existing", speed=90, ref="M-2", source=src,
                 bend=(0.2, 0.0)),
            _leg("road", "Islamabad", "Peshawar", "existing", speed=90, ref="M-1", source=src,
                 bend=(0.0, 0.1)),
            _leg("road", "Peshawar", "Torkham", "existing", speed=40, ref="N-5", source=src),
            _leg("road", "Torkham", "Jalalabad", "existing", speed=50, ref="AH1", source=src),
            _leg("road", "Jalalabad", "Kabul", "existing", speed=45, ref="AH1", source=src,
                 bend=(0.0, 0.12)),
            _leg("road", "Kabul", "Pul-e Khumri", "existing", speed=40, ref="Salang",
                 source=src, bend=(0.3, 0.0)),
            _leg("road", "Pul-e Khumri", "Mazar-i-Sharif", "existing", speed=60, ref="A76",
                 source=src),
            _leg("road", "Mazar-i-Sharif", "Hairatan", "existing", speed=60, ref="A76",
                 source=src),
            _leg("road", "Hairatan", "Termez", "existing", speed=30, ref="Friendship Bridge",
                 source=src, detour=1.6),
            _leg("road", "Termez", "Tashkent", "existing", speed=65, ref="M39", source=src,
                 bend=(-0.6, 0.3)),
        ),
        crossings=(_crossing("Torkham", ("PK", "AF"), 8.0),
                   _crossing("Hairatan", ("AF", "UZ"), 6.0)),
        countries=("PK", "AF", "UZ"),
    )
    rail = Route(
        origin=_place("Peshawar"), destination=_place("Termez"), mode="rail",
        scenario="proposed", optimize="time",
        legs=(
            _leg("rail", "Peshawar", "Torkham", "proposed", speed=45, ref="UAP", source=src,
                 gauge=1435),
            _leg("rail", "Torkham", "Logar", "proposed", speed=50, ref="UAP", source=src,
                 gauge=1435),
            _leg("rail", "Logar", "Mazar-i-Sharif", "proposed", speed=50, ref="UAP",
                 source=src, bend=(0.4, 0.2), gauge=1435),
            _leg("rail", "Mazar-i-Sharif", "Hairatan", "existing", speed=40, ref="HM",
                 source=src, gauge=1520),
            _leg("rail", "Hairatan", "Termez", "existing", speed=30, ref="HM", source=src,
                 detour=1.6, gauge=1520),
        ),
        crossings=(_crossing("Torkham", ("PK", "AF"), 6.0),
                   _crossing("Hairatan", ("AF", "UZ"), 4.0)),
        countries=("PK", "AF", "UZ"),
        transship_h=12.0,
    )
    air = Route(
        origin=_place("Lahore"), destination=_place("Almaty"), mode="air",
        scenario="proposed", optimize="time",
        legs=(
            Leg("transfer", "Lahore", "LHE", 15.0, 1.5, "existing", coords=(_PTS["Lahore"],
                                                                          _PTS["LHE"])),
            _leg("air", "LHE", "ALA", "proposed", speed=700, ref="LHE-ALA", source=src),
            Leg("transfer", "ALA", "Almaty", 18.0, 1.0, "existing", coords=(_PTS["ALA"],
                                                                          _PTS["Almaty"])),
        ),
        countries=("PK", "KZ"),
    )
    return [road, rail, air]
