"""What every renderer draws: routes, legs and crossings normalised from any input.

A map can be made from :class:`~corridors.records.Route` objects (in memory) or from the
GeoJSON features of ``routes.geojson`` (on disk).  Both become :class:`RouteView` records
here, so the folium and the static renderers read one shape.  Nothing heavy is imported at
module level.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from corridors import settings
from corridors.errors import InputError

__all__ = [
    "MODE_COLORS",
    "CrossingView",
    "LegView",
    "RouteView",
    "country_outlines",
    "dash_for",
    "desire_lines",
    "display_coords",
    "geodesic_arc",
    "links_from_json",
    "routes_from_geojson",
    "status_class",
    "views_of",
]

#: Line colour per mode: the Okabe–Ito palette, told apart with any colour vision.
MODE_COLORS: dict[str, str] = {
    "road": "#d55e00",
    "rail": "#009e73",
    "air": "#0072b2",
    "sea": "#56b4e9",
    "land": "#e69f00",
    "transfer": "#777777",
}

#: Status -> SVG/Leaflet dash pattern; ``None`` is a solid line.
_DASHES: dict[str, str | None] = {
    "existing": None,
    "under_construction": "2 7",
    "planned": "10 8",
    "proposed": "10 8",
    "agreed": "10 8",
}



def status_class(status: str | None) -> str:
    """``existing`` for links in service, ``proposed`` for anything not yet built."""
    return "existing" if (status or "existing") == "existing" else "proposed"


def dash_for(status: str | None) -> str | None:
    """The dash pattern that draws a link of this status (solid for existing)."""
    if status_class(status) == "existing":
        return None
    return _DASHES.get(status or "", "10 8")


@dataclass(frozen=True, slots=True)
class CrossingView:
    """A border crossing on a route, with where it is when known."""

    name: str
    countries: tuple[str, ...]
    dwell_h: float
    lon: float | None = None
    lat: float | None = None
    #: Distance from the route's start at which the crossing is passed, km.
    at_km: float | None = None


@dataclass(frozen=True, slots=True)
class LegView:
    """One leg of a route as drawn."""

    mode: str
    status: str
    from_name: str
    to_name: str
    distance_km: float
    time_h: float
    coords: tuple[tuple[float, float], ...]
    ref: str | None = None
    name: str | None = None
    source: str | None = None
    gauge_mm: int | None = None


@dataclass(slots=True)
class RouteView:
    """A route as drawn: its legs, crossings, indicators and where it came from."""

    from_name: str
    to_name: str
    mode: str
    scenario: str
    legs: list[LegView]
    crossings: list[CrossingView] = field(default_factory=list)
    moving_h: float = 0.0
    border_h: float = 0.0
    transship_h: float = 0.0
    countries: tuple[str, ...] = ()
    route_id: str | None = None
    link_id: str | None = None
    role: str | None = None
    evidence: str | None = None
    notes: tuple[str, ...] = ()
    from_kind: str = "city"
    to_kind: str = "city"
    #: (km, h) along the route: the time–distance profile
    profile: tuple[tuple[float, float], ...] = ()
    #: the route's cost and its (km, USD) profile, when the model gives them
    cost_usd: float | None = None
    cost_profile: tuple[tuple[float, float], ...] = ()

    @property
    def distance_km(self) -> float:
        """Total length of the legs."""
        return sum(leg.distance_km for leg in self.legs)

    @property
    def time_h(self) -> float:
        """Moving, border and transshipment time."""
        return self.moving_h + self.border_h + self.transship_h

    @property
    def title(self) -> str:
        """``From → To``."""
        return f"{self.from_name} → {self.to_name}"

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the route's geometry, or ``None`` if it has none."""
        pts = [p for leg in self.legs for p in leg.coords]
        if not pts:
            return None
        xs, ys = zip(*pts, strict=True)
        return min(xs), min(ys), max(xs), max(ys)


# ----------------------------------------------------------------------------- normalising


def _evidence_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        text = value.get("text")
        return str(text) if text else None
    return str(value) or None


def _link_index(links: Any) -> dict[str, Mapping[str, Any]]:
    if links is None:
        return {}
    items = links.get("links", []) if isinstance(links, Mapping) else links
    out: dict[str, Mapping[str, Any]] = {}
    for link in items:
        d = link if isinstance(link, Mapping) else getattr(link, "to_dict", dict)()
        if isinstance(d, Mapping) and d.get("id") is not None:
            out[str(d["id"])] = d
    return out


def _float(value: Any, default: float = 0.0) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return default
    return out if math.isfinite(out) else default


def _view_from_route(route: Any, extra: Mapping[str, Any]) -> RouteView:
    legs = [
        LegView(
            mode=leg.mode,
            status=leg.status,
            from_name=leg.from_name,
            to_name=leg.to_name,
            distance_km=leg.distance_km,
            time_h=leg.time_h,
            coords=tuple((float(x), float(y)) for x, y in leg.coords),
            ref=leg.ref,
            name=leg.name,
            source=leg.source,
            gauge_mm=leg.gauge_mm,
        )
        for leg in route.legs
    ]
    crossings = _place_crossings(
        legs,
        [
            CrossingView(c.name, tuple(c.countries), c.dwell_h, c.lon, c.lat)
            for c in route.crossings
        ],
    )
    return RouteView(
        from_name=route.origin.name,
        to_name=route.destination.name,
        mode=route.mode,
        scenario=route.scenario,
        legs=legs,
        crossings=crossings,
        moving_h=route.moving_h,
        border_h=route.border_h,
        transship_h=route.transship_h,
        countries=tuple(route.countries),
        route_id=_opt_str(extra.get("route_id")),
        link_id=_opt_str(extra.get("link_id")),
        role=_opt_str(extra.get("role")),
        evidence=_evidence_text(extra.get("evidence")),
        notes=tuple(route.notes),
        from_kind=route.origin.kind,
        to_kind=route.destination.kind,
        profile=_profile_of(legs, crossings, route.transship_h),
        cost_usd=_opt_float(getattr(route, "cost_usd", None)),
        cost_profile=_pairs(getattr(route, "cost_profile", None), "usd", "cost_usd", index=2),
    )


def _profile_of(legs: Sequence[LegView], crossings: Sequence[CrossingView],
                transship_h: float) -> tuple[tuple[float, float], ...]:
    """Cumulative (km, h) at each leg's end, border dwell added where it is charged."""
    dwell = {c.name: c.dwell_h for c in crossings}
    km = h = 0.0
    out = [(0.0, 0.0)]
    for leg in legs:
        km += leg.distance_km
        h += leg.time_h
        out.append((km, h))
        if leg.to_name in dwell:
            h += dwell.pop(leg.to_name)
            out.append((km, h))
    if transship_h:
        out.append((km, h + transship_h))
    return tuple(out)


def _opt_float(value: Any) -> float | None:
    if value is None:
        return None
    out = _float(value, math.nan)
    return None if math.isnan(out) else out


def _pairs(items: Any, *keys: str, index: int = 1) -> tuple[tuple[float, float], ...]:
    """(km, value) pairs from a list of mappings with ``km`` and the first of ``keys``, or of
    lists ``[km, h, usd]`` (as ``routes.geojson`` writes its profile) read at ``index``."""
    out = []
    for item in items or ():
        if isinstance(item, Mapping):
            value = next((item[k] for k in keys if item.get(k) is not None), None)
            km, v = _opt_float(item.get("km")), _opt_float(value)
        elif isinstance(item, list | tuple) and len(item) > index:
            km, v = _opt_float(item[0]), _opt_float(item[index])
        else:
            continue
        if km is not None and v is not None:
            out.append((km, v))
    return tuple(out)


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _view_from_feature(feature: Mapping[str, Any]) -> RouteView:
    props = feature.get("properties") or {}
    geom = feature.get("geometry") or {}
    line = [(float(x), float(y)) for x, y, *_ in geom.get("coordinates") or []]
    legs: list[LegView] = []
    for i, leg in enumerate(props.get("legs") or []):
        start = int(leg.get("start", 0))
        end = int(leg.get("end", len(line) - 1))
        coords = tuple(line[start : end + 1]) if line else ()
        legs.append(
            LegView(
                mode=str(leg.get("mode") or props.get("mode") or "road"),
                status=str(leg.get("status") or "existing"),
                from_name=str(leg.get("from") or (props.get("from") if i == 0 else "") or ""),
                to_name=str(leg.get("to") or ""),
                distance_km=_float(leg.get("distance_km")),
                time_h=_float(leg.get("time_h")),
                coords=coords,
                ref=_opt_str(leg.get("ref")),
                name=_opt_str(leg.get("name")),
                source=_opt_str(leg.get("source")),
                gauge_mm=leg.get("gauge_mm"),
            )
        )
    if not legs and len(line) >= 2:
        legs.append(
            LegView(
                mode=str(props.get("mode") or "road"),
                status=str((props.get("statuses") or ["existing"])[0]),
                from_name=str(props.get("from") or ""),
                to_name=str(props.get("to") or ""),
                distance_km=_float(props.get("distance_km")),
                time_h=_float(props.get("moving_h", props.get("time_h"))),
                coords=tuple(line),
            )
        )
    crossings = [
        CrossingView(
            str(c.get("name") or ""),
            tuple(str(x) for x in c.get("countries") or ()),
            _float(c.get("dwell_h")),
            c.get("lon"),
            c.get("lat"),
        )
        for c in props.get("border_crossings") or []
        if isinstance(c, Mapping)
    ]
    moving = _float(props.get("moving_h"), sum(leg.time_h for leg in legs))
    border = _float(props.get("border_h"), sum(c.dwell_h for c in crossings))
    transship = _float(props.get("transship_h"))
    return RouteView(
        from_name=str(props.get("from") or (legs[0].from_name if legs else "?")),
        to_name=str(props.get("to") or (legs[-1].to_name if legs else "?")),
        mode=str(props.get("mode") or "road"),
        scenario=str(props.get("scenario") or "existing"),
        legs=legs,
        crossings=_place_crossings(legs, crossings),
        moving_h=moving,
        border_h=border,
        transship_h=transship,
        countries=tuple(str(c) for c in props.get("countries") or ()),
        route_id=_opt_str(props.get("route_id")),
        link_id=_opt_str(props.get("link_id")),
        role=_opt_str(props.get("role")),
        evidence=_evidence_text(props.get("evidence")),
        notes=tuple(str(n) for n in props.get("notes") or ()),
        profile=_pairs(props.get("profile"), "h") or _profile_of(legs, crossings, transship),
        cost_usd=_opt_float(props.get("cost_usd")),
        cost_profile=_pairs(props.get("cost_profile"), "usd", "cost_usd", index=2)
        or _pairs(props.get("profile"), "cost_usd", "usd", index=2),
    )


def _place_crossings(legs: Sequence[LegView], crossings: Sequence[CrossingView]) -> list[
    CrossingView
]:
    """Give each crossing its position and its distance along the route, from the legs."""
    out = []
    for c in crossings:
        lon, lat, at_km = c.lon, c.lat, None
        done = 0.0
        for leg in legs:
            done += leg.distance_km
            if leg.to_name == c.name and leg.coords:
                at_km = done
                if lon is None or lat is None:
                    lon, lat = leg.coords[-1]
                break
        else:
            done = 0.0
            for leg in legs:
                if leg.from_name == c.name:
                    at_km = done
                    if (lon is None or lat is None) and leg.coords:
                        lon, lat = leg.coords[0]
                    break
                done += leg.distance_km
        out.append(CrossingView(c.name, c.countries, c.dwell_h, lon, lat, at_km))
    return out


def views_of(routes: Iterable[Any], links: Any = None) -> list[RouteView]:
    """Normalise routes for drawing.

    Parameters
    ----------
    routes
        :class:`~corridors.records.Route` objects, GeoJSON Features of a route (as in
        ``routes.geojson``), a FeatureCollection, or ``(Route, extra_properties)`` pairs.
    links
        The ``links.json`` document (or its list of links): an extracted link's evidence
        sentence is shown on the routes that carry its ``link_id``.

    Returns
    -------
    list[RouteView]
    """
    if isinstance(routes, Mapping):
        if routes.get("type") == "FeatureCollection":
            routes = routes.get("features") or []
        else:
            routes = [routes]
    index = _link_index(links)
    views: list[RouteView] = []
    for entry in routes:
        extra: Mapping[str, Any] = {}
        item = entry
        if isinstance(entry, tuple) and len(entry) == 2:
            item, extra = entry
        if isinstance(item, Mapping):
            try:
                view = _view_from_feature(item)
            except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
                raise InputError(f"Route feature {len(views) + 1} is malformed ({exc}).") from None
        elif hasattr(item, "legs") and hasattr(item, "origin"):
            view = _view_from_route(item, extra)
        else:
            raise InputError(f"Cannot draw {type(item).__name__!r}: expected a Route or a "
                             "GeoJSON route feature.")
        if view.evidence is None and view.link_id in index:
            view.evidence = _evidence_text(index[str(view.link_id)].get("evidence"))
        views.append(view)
    return views


# ----------------------------------------------------------------------------- geometry


def geodesic_arc(
    a: tuple[float, float], b: tuple[float, float], *, step_km: float = 40.0
) -> list[tuple[float, float]]:
    """Points along the WGS84 geodesic from ``a`` to ``b`` (both (lon, lat)), ends included."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    _, _, dist_m = geod.inv(a[0], a[1], b[0], b[1])
    n = max(int(dist_m / 1000.0 / step_km), 1)
    mid = geod.npts(a[0], a[1], b[0], b[1], n - 1) if n > 1 else []
    return [a, *((float(x), float(y)) for x, y in mid), b]


def display_coords(leg: LegView, *, tolerance: float = 0.004) -> list[tuple[float, float]]:
    """A leg's geometry for display: air legs as geodesic arcs, others simplified."""
    pts = list(leg.coords)
    if len(pts) < 2:
        return pts
    if leg.mode == "air" and len(pts) == 2:
        pts = geodesic_arc(pts[0], pts[1])
    elif len(pts) > 2 and tolerance > 0:
        from shapely import LineString

        simple = LineString(pts).simplify(tolerance, preserve_topology=False)
        pts = [(float(x), float(y)) for x, y in simple.coords]
    return [(round(x, 4), round(y, 4)) for x, y in pts]


# ----------------------------------------------------------------------------- files


@lru_cache(maxsize=2)
def _read_outlines(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def country_outlines(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The bundled country outlines of the corridor region as a GeoJSON FeatureCollection.

    Natural Earth 1:50m (public domain), clipped and simplified; see ``data/outlines``.
    """
    target = Path(path) if path is not None else settings.outlines_path()
    try:
        data: dict[str, Any] = json.loads(_read_outlines(str(target)))
    except FileNotFoundError as exc:
        raise InputError(f"Country outlines not found at {target}.") from exc
    return data


def _read_json(path: str | os.PathLike[str]) -> Any:
    p = Path(path)
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"No such file: {p}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{p} is not valid JSON ({exc}).") from exc


def routes_from_geojson(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read the route features of a ``routes.geojson`` (a FeatureCollection of routes).

    Raises
    ------
    InputError
        If the file is missing, not JSON, or not a FeatureCollection of LineStrings.
    """
    data = _read_json(path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(f"{path} is not a GeoJSON FeatureCollection.")
    features = data.get("features")
    if not isinstance(features, list) or not all(isinstance(f, dict) for f in features):
        raise InputError(f"{path}: 'features' must be a list of GeoJSON Feature objects.")
    for i, f in enumerate(features):
        geom = f.get("geometry")
        if not isinstance(geom, dict) or geom.get("type") != "LineString":
            raise InputError(f"{path}: every route feature must be a LineString "
                             f"(feature {i + 1} is not).")
        _check_line(geom.get("coordinates"), f"{path}: feature {i + 1}")
    return features


def _check_line(coords: Any, where: str) -> None:
    """A LineString's coordinates: a list of [lon, lat] pairs of finite numbers in range."""
    from corridors._latlon import check_point

    if not isinstance(coords, list) or len(coords) < 2:
        raise InputError(f"{where} needs a list of at least two [lon, lat] positions.")
    for pos in coords:
        if not isinstance(pos, list | tuple) or len(pos) < 2 or not all(
                isinstance(x, int | float) and not isinstance(x, bool) for x in pos[:2]):
            raise InputError(f"{where} has a position that is not [lon, lat] numbers.")
        try:
            check_point(pos[1], pos[0])
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None


def links_from_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a ``links.json`` document: ``{"links": [Link], "places": [...]}``.

    Raises
    ------
    InputError
        If the file is missing, not JSON, or has no ``links`` list.
    """
    data = _read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("links"), list):
        raise InputError(f"{path} has no 'links' list; expected the output of "
                         "'corridors extract --format json'.")
    return data


def desire_lines(links: Any) -> list[dict[str, Any]]:
    """Route-like features joining each extracted link's origins to its destinations.

    For a ``links.json`` without routes: each origin/destination pair with coordinates
    becomes a straight (for air, geodesic) line carrying the link's mode, status and
    evidence, so the map shows what a text proposes before anything is routed.
    """
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    items = links.get("links", []) if isinstance(links, Mapping) else links
    out: list[dict[str, Any]] = []
    for link in items or []:
        if not isinstance(link, Mapping):
            continue
        mode = str(link.get("mode") or "land")
        status = str(link.get("status") or "proposed")
        for a in link.get("origins") or []:
            for b in link.get("destinations") or []:
                try:
                    pa = (float(a["lon"]), float(a["lat"]))
                    pb = (float(b["lon"]), float(b["lat"]))
                except (KeyError, TypeError, ValueError):
                    continue
                km = geod.inv(pa[0], pa[1], pb[0], pb[1])[2] / 1000.0
                leg = {"mode": mode, "from": a.get("name"), "to": b.get("name"),
                       "distance_km": round(km, 1), "time_h": 0.0, "status": status,
                       "ref": link.get("id"), "source": "extracted link (straight line)",
                       "start": 0, "end": 1}
                out.append({
                    "type": "Feature",
                    "geometry": {"type": "LineString", "coordinates": [list(pa), list(pb)]},
                    "properties": {
                        "from": a.get("name"), "to": b.get("name"), "mode": mode,
                        "scenario": "as stated", "legs": [leg], "link_id": link.get("id"),
                        "evidence": link.get("evidence"), "role": "link as stated (unrouted)",
                        "distance_km": round(km, 1), "moving_h": 0.0,
                    },
                })
    return out
