"""What the interactive map shows, as plain data: layers of GeoJSON features, popups, labels.

:func:`collect` turns route views (and optionally the network) into a :class:`MapData` that
the folium page (``_folium``) writes into its slots.  Every string from an input file is
HTML-escaped here when it is meant for a popup or tooltip; label and panel text stays plain
and is put on the page with ``textContent``.
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from corridors.maps._views import (
    MODE_COLORS,
    LegView,
    RouteView,
    dash_for,
    display_coords,
    status_class,
)

__all__ = ["MODE_LABELS", "STATUS_LABELS", "MapData", "collect", "new_data", "scenario_names"]

MODE_LABELS = {"road": "Road", "rail": "Rail", "air": "Air", "sea": "Sea", "land": "Land",
               "transfer": "Transfer"}
STATUS_LABELS = {"existing": "existing", "proposed": "proposed / planned"}
#: Border crossing statuses the page knows (others are shown as ``open``).
CROSSING_STATUSES = ("open", "seasonal", "restricted", "closed")
_SCENARIO_NAMES = {"existing": "Today", "proposed": "With the proposals"}


def e(value: Any) -> str:
    """Escape anything for HTML text or attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def num(value: float, unit: str, digits: int = 0) -> str:
    return f"{value:,.{digits}f} {unit}"


def hours(h: float) -> str:
    return f"{h:,.1f} h" if h < 48 else f"{h:,.0f} h ({h / 24:.1f} d)"


def scenario_names(scenarios: Sequence[str]) -> list[str]:
    """What the scenario switch calls each scenario."""
    return [_SCENARIO_NAMES.get(s, s.replace("_", " ")) for s in scenarios]


def crossing_size(dwell_h: float | None) -> int:
    """The side in pixels of a border crossing's marker: larger where trucks wait longer."""
    h = max(float(dwell_h or 0.0), 0.0)
    return int(min(7 + 1.2 * math.sqrt(h), 17))


def _line(coords: Sequence[tuple[float, float]], **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "LineString",
                                            "coordinates": [list(p) for p in coords]},
            "properties": props}


def _point(lon: float, lat: float, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props}


def along(coords: Sequence[tuple[float, float]], fraction: float) -> tuple[float, float]:
    """The point ``fraction`` of the way along a line (planar, good enough for a label)."""
    if len(coords) == 1:
        return coords[0]
    seg = [math.dist(a, b) for a, b in itertools.pairwise(coords)]
    goal, done = sum(seg) * fraction, 0.0
    for (a, b), s in zip(itertools.pairwise(coords), seg, strict=True):
        if done + s >= goal and s > 0:
            t = (goal - done) / s
            return (round(a[0] + t * (b[0] - a[0]), 4), round(a[1] + t * (b[1] - a[1]), 4))
        done += s
    return coords[-1]


#: Where along its line a distance label may sit, best first.
LABEL_FRACTIONS = (0.5, 0.38, 0.62, 0.26, 0.74)


@dataclass
class MapData:
    """Everything the page draws, by layer, and what the legend and panel need to know."""

    scenarios: list[str] = field(default_factory=list)
    features: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    show: dict[str, bool] = field(default_factory=dict)
    casing: set[str] = field(default_factory=set)
    popups: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    routes: dict[str, dict[str, Any]] = field(default_factory=dict)
    labels: dict[Any, dict[str, Any]] = field(default_factory=dict)
    modes: list[str] = field(default_factory=list)
    statuses: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    crossing_statuses: set[str] = field(default_factory=set)
    #: route_id of an input feature -> the page's reference of that route
    ids: dict[str, str] = field(default_factory=dict)

    def add(self, layer: str, feature: dict[str, Any], *, show: bool = True,
            casing: bool = False) -> None:
        self.features.setdefault(layer, []).append(feature)
        self.show.setdefault(layer, show)
        if casing:
            self.casing.add(layer)

    def mode(self, mode: str) -> None:
        if mode not in self.modes:
            self.modes.append(mode)

    def label(self, key: Any, item: dict[str, Any], sc: int | None) -> None:
        """A label; one already at ``key`` is shown in ``sc`` too (``None``: always)."""
        old = self.labels.get(key)
        if old is None:
            self.labels[key] = {**item, "sc": None if sc is None else [sc]}
        elif old["sc"] is not None:
            if sc is None:
                old["sc"] = None
            elif sc not in old["sc"]:
                old["sc"].append(sc)

    def label_items(self, kind: str) -> list[dict[str, Any]]:
        return [{k: v for k, v in it.items() if v is not None or k == "sc"}
                for it in self.labels.values() if it["k"] == kind]


def route_popup(view: RouteView, sources: dict[str, int]) -> dict[str, Any]:
    """The route's popup as data: indicators, crossings, segments, evidence, its chart.

    Every string is already HTML-escaped here; the page's script only puts them into a fixed
    table (see ``popupHtml`` in the helper script).  A segment's source is an index into
    ``sources``, which is shared by all routes: long citations are carried once.
    """

    def src(text: str | None) -> int:
        key = e(text or "—")
        return sources.setdefault(key, len(sources))

    data: dict[str, Any] = {
        "t": e(view.title), "m": e(view.mode), "s": e(view.scenario),
        "d": num(view.distance_km, "km"),
        "h": [hours(view.time_h), hours(view.moving_h), hours(view.border_h),
              hours(view.transship_h)],
        "legs": [
            [f"{e(leg.from_name)} → {e(leg.to_name)}", e(leg.mode),
             e(leg.status.replace("_", " ")), f"{leg.distance_km:,.0f}",
             f"{leg.time_h:,.1f}", src(leg.source or leg.ref)]
            for leg in view.legs
            if leg.mode != "transfer" or leg.distance_km > 0
        ],
        "pf": [[round(km, 1), round(h, 2)] for km, h in view.profile],
    }
    if view.cost_usd is not None:
        data["usd"] = num(view.cost_usd, "USD")
    if view.cost_profile:
        data["cp"] = [[round(km, 1), round(usd, 1)] for km, usd in view.cost_profile]
    if view.countries:
        data["c"] = " → ".join(e(c) for c in view.countries)
    if view.crossings:
        data["x"] = [f"{e(c.name)} ({e('–'.join(c.countries))}, {c.dwell_h:.1f} h)"
                     for c in view.crossings]
    if view.role:
        data["r"] = e(view.role)
    if view.evidence:
        data["ev"] = e(view.evidence)
    if view.notes:
        data["n"] = [e(n) for n in view.notes]
    return data


def leg_tip(leg: LegView, titles: Sequence[str]) -> str:
    """A leg's tooltip: the segment, its figures and source, and the routes that use it."""
    label = leg.name or leg.ref
    extra = f" ({e(label)})" if label else ""
    src = f"<br>source: {e(leg.source)}" if leg.source else ""
    shown = "; ".join(e(t) for t in titles[:4])
    more = f" and {len(titles) - 4} more" if len(titles) > 4 else ""
    return (
        f"<b>{shown}</b>{more}<br>{e(leg.from_name)} → {e(leg.to_name)}{extra}<br>"
        f"{e(leg.mode)} · {e(leg.status.replace('_', ' '))} · "
        f"{num(leg.distance_km, 'km')} · {hours(leg.time_h)}{src}"
    )


class _Collector:
    """Walks the routes once: legs drawn once however many routes share them, places by
    role, crossings, distance labels."""

    def __init__(self, data: MapData, labels: bool) -> None:
        self.data = data
        self.labels = labels
        self.legs: dict[tuple[Any, ...], tuple[dict[str, Any], LegView, list[str]]] = {}
        self.places: dict[tuple[str, str], dict[str, Any]] = {}
        self.crossings: dict[str, dict[str, Any]] = {}

    def shared_leg(self, layer: str, leg: LegView, coords: list[tuple[float, float]],
                   ref: str, title: str, sc: int, show: bool, **style: Any) -> None:
        key = (layer, leg.mode, leg.status, leg.from_name, leg.to_name, tuple(coords))
        seen = self.legs.get(key)
        if seen is None:
            feature = _line(coords, popref=[ref], sc=[sc], **style)
            self.legs[key] = (feature, leg, [title])
            self.data.add(layer, feature, show=show, casing=style.get("weight") == 5)
            return
        props = seen[0]["properties"]
        for name, value in (("popref", ref), ("sc", sc)):
            if value not in props[name]:
                props[name].append(value)
        if title not in seen[2]:
            seen[2].append(title)

    def place(self, name: str, kind: str, lon: float, lat: float, role: str | None,
              sc: int) -> None:
        if not name:
            return
        p = self.places.setdefault((name, kind), {"lon": lon, "lat": lat, "roles": set(),
                                                  "sc": set()})
        if role:
            p["roles"].add(role)
        p["sc"].add(sc)

    def route(self, r_i: int, view: RouteView, sc: int) -> None:
        d = self.data
        ref = f"r{r_i}"
        if view.route_id is not None:
            d.ids.setdefault(view.route_id, ref)
        d.popups[ref] = route_popup(view, d.sources)
        bounds = view.bounds()
        pts = [p for leg in view.legs for p in display_coords(leg)]
        if bounds is not None and pts:
            mid = along(pts, 0.5)
            d.routes[ref] = {"s": sc, "b": [[bounds[1], bounds[0]], [bounds[3], bounds[2]]],
                             "mid": [mid[1], mid[0]]}
        airports = {n for leg in view.legs if leg.mode == "air"
                    for n in (leg.from_name, leg.to_name)}
        main_status = next((status_class(leg.status) for leg in view.legs
                            if leg.mode == view.mode), "existing")
        # Comparison routes (alternatives a model adds) start hidden, in layers of their own.
        group = "Comparison routes" if "comparison" in (view.role or "") else "Routes"
        show = group == "Routes"
        for leg in view.legs:
            coords = display_coords(leg)
            if len(coords) < 2:
                continue
            for name, (lon, lat) in ((leg.from_name, coords[0]), (leg.to_name, coords[-1])):
                kind = "airport" if name in airports else "city"
                role = ("origin" if name == view.from_name else
                        "destination" if name == view.to_name else "via")
                self.place(name, kind, lon, lat, role if show else None, sc)
            mode = leg.mode if leg.mode in MODE_COLORS else "road"
            if mode == "transfer":
                main = view.mode if view.mode in MODE_COLORS else "road"
                layer = f"{group}: {MODE_LABELS[main].lower()} ({STATUS_LABELS[main_status]})"
                self.shared_leg(layer, leg, coords, ref, view.title, sc, show,
                                color=MODE_COLORS["transfer"], weight=3, opacity=0.9,
                                dash="1 5")
                continue
            d.mode(mode)
            d.statuses.add(leg.status)
            layer = (f"{group}: {MODE_LABELS[mode].lower()} "
                     f"({STATUS_LABELS[status_class(leg.status)]})")
            self.shared_leg(layer, leg, coords, ref, view.title, sc, show,
                            color=MODE_COLORS[mode], weight=5, opacity=0.95,
                            dash=dash_for(leg.status), hl=1)
            if self.labels and show and leg.distance_km >= 40.0:
                self.distance_label(leg, coords, sc)
        for c in view.crossings:
            if c.lon is not None and c.lat is not None:
                self.crossings.setdefault(c.name, {"lon": c.lon, "lat": c.lat, "c": c,
                                                   "sc": set()})["sc"].add(sc)

    def distance_label(self, leg: LegView, coords: list[tuple[float, float]], sc: int) -> None:
        cands = [along(coords, f) for f in LABEL_FRACTIONS]
        key = ("km", round(cands[0][0], 2), round(cands[0][1], 2))
        # Longer legs first: when labels compete, the long legs keep theirs.
        self.data.label(key, {"k": "km", "t": f"{leg.distance_km:,.0f} km",
                              "c": [[y, x] for x, y in cands],
                              "e": [[coords[0][1], coords[0][0]],
                                    [coords[-1][1], coords[-1][0]]],
                              "p": 1000 - min(leg.distance_km / 10, 999)}, sc)

    def finish(self, network_crossings: dict[str, dict[str, Any]]) -> None:
        """Tooltips of shared legs; markers and names of places and crossings."""
        d = self.data
        all_sc = len(d.scenarios)
        for feature, leg, titles in self.legs.values():
            feature["properties"]["tip"] = leg_tip(leg, titles)
        for name, info in self.crossings.items():
            if name in network_crossings:
                continue
            c = info["c"]
            self.places.pop((name, "city"), None)
            d.kinds.add("border_crossing")
            d.crossing_statuses.add("open")
            text = (f"<b>{e(name)}</b><br>border crossing {e('–'.join(c.countries))}"
                    f"<br>dwell {c.dwell_h:.1f} h")
            d.add("Border crossings", _point(c.lon, c.lat, kind="border_crossing", tip=text,
                                             pop=f"<div class=cor-pop>{text}</div>",
                                             sz=crossing_size(c.dwell_h), st="open"))
        for name in network_crossings:
            self.places.pop((name, "city"), None)
        for (name, kind), p in self.places.items():
            d.kinds.add(kind)
            roles = p["roles"]
            role = ("origin" if "origin" in roles else "destination" if "destination" in roles
                    else "via")
            group = "Airports" if kind == "airport" else "Cities"
            if kind == "city":
                d.kinds.add(f"city_{role}")
            sc = sorted(p["sc"])
            roles_text = " and ".join(sorted(roles)) or "on a route"
            props: dict[str, Any] = {"kind": kind, "role": role,
                                     "tip": f"<b>{e(name)}</b><br>{roles_text}",
                                     "sc": None if len(sc) == all_sc else sc}
            if kind == "city" and role != "via":
                props["r"] = 6
                d.label(("city", name), {"k": "city", "t": name,
                                         "c": [[p["lat"], p["lon"]]],
                                         "p": 0 if role == "origin" else 1}, None)
                if len(sc) < all_sc:
                    d.labels[("city", name)]["sc"] = sc
            d.add(group, _point(p["lon"], p["lat"], **props))


def new_data(views: Sequence[RouteView]) -> MapData:
    """Empty map data knowing the scenarios of the routes: today first, then the proposals,
    then any other scenario in the order met."""
    order = {"existing": 0, "proposed": 1}
    scenarios = sorted(dict.fromkeys(v.scenario for v in views), key=lambda s: order.get(s, 2))
    return MapData(scenarios=scenarios or ["existing"])


def collect(data: MapData, views: Sequence[RouteView], *, labels: bool = True,
            network_crossings: dict[str, Any] | None = None) -> MapData:
    """Add the routes, their places and labels to ``data`` (the network may be in already;
    its crossings, by name, are not drawn again)."""
    walker = _Collector(data, labels)
    for r_i, view in enumerate(views):
        walker.route(r_i, view, data.scenarios.index(view.scenario))
    walker.finish(network_crossings or {})
    return data
