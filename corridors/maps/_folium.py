"""The interactive map: folium/Leaflet HTML with layers, popups, markers and a legend.

Every string that came from an input file (place names, sources, evidence sentences) is
escaped with :func:`html.escape` before it reaches HTML, and travels to the page inside JSON
(Jinja's ``tojson``, which also escapes ``<``, ``>``, ``&`` and quotes).  No folium
``Tooltip``/``Popup`` is used for such text: folium puts their text into JavaScript template
literals unescaped.  The page needs only Leaflet, so an offline copy is one file.
"""

from __future__ import annotations

import html
import itertools
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from corridors._io import atomic_write_text
from corridors._optional import require
from corridors.errors import InputError
from corridors.maps._assets import LEAFLET_CSS_URL, LEAFLET_JS_URL, find_leaflet, inline_assets
from corridors.maps._safe_page import safe_figure_class
from corridors.maps._views import (
    MODE_COLORS,
    LegView,
    RouteView,
    country_outlines,
    dash_for,
    display_coords,
    geodesic_arc,
    status_class,
    views_of,
)

if TYPE_CHECKING:
    import folium

__all__ = ["check_tiles", "map_html", "route_map", "save_map"]

log = logging.getLogger(__name__)

_MODE_LABELS = {"road": "Road", "rail": "Rail", "air": "Air", "sea": "Sea", "land": "Land",
                "transfer": "Transfer"}
_STATUS_LABELS = {"existing": "existing", "proposed": "proposed / planned"}

#: The page's own script: binds tooltips and popups, styles lines, draws markers, legend.
_HELPER_JS = r"""
var CORRIDORS = (function () {
  var pops = {};
  var sources = [];
  var canvas = null;
  // Popup data arrive HTML-escaped from Python; only fixed markup is added here.
  function row(k, v) { return '<tr><th>' + k + '</th><td>' + v + '</td></tr>'; }
  function popupHtml(d) {
    if (!d) { return ''; }
    if (typeof d === 'string') { return d; }
    var h = '<div class=cor-pop><b>' + d.t + '</b><table>' + row('Mode', d.m) +
      row('Scenario', d.s) + row('Distance', d.d) + row('Time', d.h[0]) +
      row('&nbsp;moving', d.h[1]) + row('&nbsp;at borders', d.h[2]) +
      row('&nbsp;transshipment', d.h[3]);
    if (d.c) { h += row('Countries', d.c); }
    if (d.x) { h += row('Border crossings', d.x.join('<br>')); }
    if (d.r) { h += row('Role', d.r); }
    h += '</table>';
    if (d.legs && d.legs.length) {
      h += '<details><summary>Segments</summary><table><tr><th>From → to</th><th>Mode</th>' +
        '<th>Status</th><th>km</th><th>h</th><th>Source</th></tr>';
      d.legs.forEach(function (l) {
        h += '<tr><td>' + l[0] + '</td><td>' + l[1] + '</td><td>' + l[2] +
          '</td><td class=num>' + l[3] + '</td><td class=num>' + l[4] + '</td><td>' +
          (sources[l[5]] || '—') + '</td></tr>';
      });
      h += '</table></details>';
    }
    if (d.ev) { h += '<p class=ev>' + d.ev + '</p>'; }
    if (d.n) { h += '<p>' + d.n.join('<br>') + '</p>'; }
    return h + '</div>';
  }
  function style(f) {
    var p = f.properties || {};
    if (f.geometry && f.geometry.type === 'Point') { return {}; }
    return {color: p.color || '#333', weight: p.weight || 3, opacity: p.opacity || 0.9,
            dashArray: p.dash || null, lineCap: p.dash ? 'butt' : 'round', lineJoin: 'round',
            fill: !!p.fc, fillColor: p.fc || null, fillOpacity: p.fo || 0};
  }
  function bind(f, layer) {
    var p = f.properties || {};
    if (p.tip) { layer.bindTooltip(p.tip, {sticky: !p.perm, permanent: !!p.perm,
        direction: p.perm ? 'right' : 'auto', className: p.perm ? 'cor-name' : ''}); }
    var refs = p.popref ? [].concat(p.popref) : [];
    var pop = p.pop || refs.slice(0, 8).map(function (r) { return popupHtml(pops[r]); })
      .filter(Boolean).join('<hr>');
    if (refs.length > 8) { pop += '<p>… and ' + (refs.length - 8) + ' more routes</p>'; }
    if (pop) { layer.bindPopup(pop, {maxWidth: 460, maxHeight: 420}); }
    if (p.hl && layer.setStyle) {
      layer.on('mouseover', function () { layer.setStyle({weight: p.weight + 3}); });
      layer.on('mouseout', function () { layer.setStyle({weight: p.weight}); });
    }
  }
  function point(f, ll) {
    var p = f.properties || {};
    if (p.kind === 'border_crossing') {
      return L.marker(ll, {icon: L.divIcon({className: 'cor-bx', iconSize: [12, 12]})});
    }
    if (p.kind === 'airport') {
      return L.marker(ll, {icon: L.divIcon({className: 'cor-ap', html: '\u2708',
                                            iconSize: [18, 18]})});
    }
    if (p.kind === 'label') {
      return L.marker(ll, {interactive: false, keyboard: false,
        icon: L.divIcon({className: 'cor-lbl', html: '<span>' + p.label + '</span>',
                         iconSize: [0, 0]})});
    }
    return L.circleMarker(ll, {radius: p.r || 5, color: '#ffffff', weight: 1.5,
                               fillColor: '#222222', fillOpacity: 1});
  }
  return {
    options: function (interactive) {
      var o = {style: style, onEachFeature: bind, pointToLayer: point,
               interactive: interactive !== false};
      // Background fills go on a canvas of their own: large filled SVG polygons under many
      // lines can leave parts of the SVG layer unpainted in Chromium.
      if (interactive === false) { o.renderer = canvas || (canvas = L.canvas({padding: 0.5})); }
      return o;
    },
    addPopups: function (more) { for (var k in more) { pops[k] = more[k]; } },
    addSources: function (list) { sources = list; },
    layer: function (data, interactive, casing) {
      if (!casing) { return L.geoJSON(data, this.options(interactive)); }
      // A white casing under each line, from the same data: routes stand out over the
      // network without the page carrying their coordinates twice.  Made first, so that
      // the feature group (which adds its layers in the order they were made) draws it
      // underneath.
      var under = L.geoJSON(data, {interactive: false, style: function () {
        return {color: '#ffffff', weight: 9, opacity: 0.85, lineCap: 'round',
                lineJoin: 'round'};
      }});
      var main = L.geoJSON(data, this.options(interactive));
      return L.featureGroup([under, main]);
    }
  };
})();
"""

_CSS = """
.folium-map.leaflet-container { background: #dfe8ef; }
.cor-bx { background: #c2185b; border: 2px solid #fff; transform-origin: center;
  box-shadow: 0 0 2px #000; border-radius: 2px; }
.cor-ap { color: #4a3f9f; font-size: 16px; line-height: 18px; text-align: center;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff; }
.cor-lbl span { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
  font: 600 11px/1.2 sans-serif; color: #222; background: rgba(255,255,255,.85);
  border-radius: 3px; padding: 0 3px; border: 1px solid #999; }
.leaflet-tooltip.cor-name { font: 700 12px sans-serif; background: rgba(255,255,255,.8);
  border: none; box-shadow: none; padding: 0 4px; color: #111; }
.leaflet-tooltip.cor-name::before { display: none; }
.cor-pop table { border-collapse: collapse; font-size: 12px; }
.cor-pop td, .cor-pop th { padding: 1px 6px 1px 0; text-align: left; vertical-align: top; }
.cor-pop .num { text-align: right; }
.cor-pop .ev { font-style: italic; border-left: 3px solid #999; padding-left: 6px; }
.leaflet-control-layers, .leaflet-tooltip { font-size: 12px; }
.cor-pop summary { font-size: 12px; cursor: pointer; margin-top: 4px; }
.cor-pop .ev { font-size: 12px; }
.leaflet-interactive:focus { outline: none; }
.cor-legend { background: rgba(255,255,255,.92); padding: 6px 9px; border-radius: 5px;
  box-shadow: 0 0 4px rgba(0,0,0,.35); font: 12px/1.5 sans-serif; color: #222; }
.cor-legend svg { vertical-align: middle; margin-right: 4px; }
.cor-legend .h { font-weight: 700; margin-top: 4px; }
.cor-legend .note { color: #555; font-size: 11px; margin-top: 4px; }
.cor-title { background: rgba(255,255,255,.92); padding: 4px 10px; border-radius: 5px;
  font: 600 15px sans-serif; box-shadow: 0 0 4px rgba(0,0,0,.35); }
"""


def _require_folium() -> Any:
    return require("folium")


def _e(value: Any) -> str:
    """Escape anything for HTML text or attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: float, unit: str, digits: int = 0) -> str:
    return f"{value:,.{digits}f} {unit}"


def _hours(h: float) -> str:
    return f"{h:,.1f} h" if h < 48 else f"{h:,.0f} h ({h / 24:.1f} d)"


def _route_popup(view: RouteView, sources: dict[str, int]) -> dict[str, Any]:
    """The route's popup as data: indicators, crossings, segments, evidence.

    Every string is already HTML-escaped here; the page's script only puts them into a fixed
    table (see ``popupHtml`` in the helper script).  A segment's source is an index into
    ``sources``, which is shared by all routes: long citations are carried once.
    """

    def src(text: str | None) -> int:
        key = _e(text or "—")
        return sources.setdefault(key, len(sources))

    data: dict[str, Any] = {
        "t": _e(view.title),
        "m": _e(view.mode),
        "s": _e(view.scenario),
        "d": _num(view.distance_km, "km"),
        "h": [_hours(view.time_h), _hours(view.moving_h), _hours(view.border_h),
              _hours(view.transship_h)],
        "legs": [
            [f"{_e(leg.from_name)} → {_e(leg.to_name)}", _e(leg.mode),
             _e(leg.status.replace("_", " ")), f"{leg.distance_km:,.0f}",
             f"{leg.time_h:,.1f}", src(leg.source or leg.ref)]
            for leg in view.legs
            if leg.mode != "transfer" or leg.distance_km > 0
        ],
    }
    if view.countries:
        data["c"] = " → ".join(_e(c) for c in view.countries)
    if view.crossings:
        data["x"] = [f"{_e(c.name)} ({_e('–'.join(c.countries))}, {c.dwell_h:.1f} h)"
                     for c in view.crossings]
    if view.role:
        data["r"] = _e(view.role)
    if view.evidence:
        data["ev"] = _e(view.evidence)
    if view.notes:
        data["n"] = [_e(n) for n in view.notes]
    return data


def _route_tip(view: RouteView) -> str:
    return (f"<b>{_e(view.title)}</b><br>{_e(view.mode)} · {_num(view.distance_km, 'km')}"
            f" · {_hours(view.time_h)}")


def _leg_tip(leg: LegView, titles: Sequence[str]) -> str:
    """A leg's tooltip: the segment, its figures and source, and the routes that use it."""
    label = leg.name or leg.ref
    extra = f" ({_e(label)})" if label else ""
    src = f"<br>source: {_e(leg.source)}" if leg.source else ""
    shown = "; ".join(_e(t) for t in titles[:4])
    more = f" and {len(titles) - 4} more" if len(titles) > 4 else ""
    return (
        f"<b>{shown}</b>{more}<br>{_e(leg.from_name)} → {_e(leg.to_name)}{extra}<br>"
        f"{_e(leg.mode)} · {_e(leg.status.replace('_', ' '))} · "
        f"{_num(leg.distance_km, 'km')} · {_hours(leg.time_h)}{src}"
    )


def _line(coords: Sequence[tuple[float, float]], **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "LineString",
                                            "coordinates": [list(p) for p in coords]},
            "properties": props}


def _point(lon: float, lat: float, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props}


def _midpoint(coords: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The point halfway along a line (planar, good enough for a label)."""
    if len(coords) == 1:
        return coords[0]
    seg = [((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in itertools.pairwise(coords)]
    half, done = sum(seg) / 2, 0.0
    for (a, b), s in zip(itertools.pairwise(coords), seg, strict=True):
        if done + s >= half and s > 0:
            t = (half - done) / s
            return (round(a[0] + t * (b[0] - a[0]), 4), round(a[1] + t * (b[1] - a[1]), 4))
        done += s
    return coords[-1]


class _Layers:
    """GeoJSON features collected per named layer, rendered as Leaflet GeoJSON layers."""

    def __init__(self) -> None:
        self.features: dict[str, list[dict[str, Any]]] = {}
        self.show: dict[str, bool] = {}
        #: Layers whose lines get a white casing (drawn from the same data in the page).
        self.casing: set[str] = set()

    def add(self, layer: str, feature: dict[str, Any], *, show: bool = True,
            casing: bool = False) -> None:
        self.features.setdefault(layer, []).append(feature)
        self.show.setdefault(layer, show)
        if casing:
            self.casing.add(layer)


def _layer_class() -> Any:
    fl = _require_folium()
    from branca.element import MacroElement
    from folium.template import Template

    class GeoJsonLayer(fl.map.Layer):  # type: ignore[misc,name-defined]
        """A Leaflet GeoJSON layer styled and bound by the page's CORRIDORS helper."""

        _template = Template(
            """
            {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = CORRIDORS.layer({{ this.data_slot }},
                {{ this.interactive|tojson }}, {{ this.casing|tojson }});
            {%- if this.show %}
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
            {%- endif %}
            {% endmacro %}
            """
        )

        def __init__(self, data_slot: str, name: str, show: bool = True,
                     interactive: bool = True, casing: bool = False) -> None:
            super().__init__(name=name, overlay=True, control=True, show=show)
            self._name = "GeoJsonLayer"
            self.data_slot = data_slot
            self.interactive = interactive
            self.casing = casing

        def render(self, **kwargs: Any) -> None:
            # Added to the map by the template itself: folium's Layer.render would append
            # another ``addTo`` to the page's script at each rendering.
            MacroElement.render(self, **kwargs)  # type: ignore[no-untyped-call]

    return GeoJsonLayer


def _map_class() -> Any:
    fl = _require_folium()

    class CorridorMap(fl.Map):  # type: ignore[misc,name-defined]
        """A folium Map whose data never passes through a template (see ``_safe_page``),
        and that shows itself in a notebook with Leaflet inline (offline)."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            safe_figure_class()().add_child(self)

        def slot(self, value: Any) -> str:
            """A template token that the page replaces with ``value`` as JSON."""
            return str(self.get_root().slot(value))

        def _repr_html_(self, **kwargs: Any) -> str:
            page = map_html(self, offline=True)
            return (
                '<div style="width:100%;"><div style="position:relative;width:100%;height:0;'
                'padding-bottom:60%;"><iframe srcdoc="' + html.escape(page, quote=True)
                + '" style="position:absolute;width:100%;height:100%;left:0;top:0;'
                'border:none !important;" allowfullscreen></iframe></div></div>'
            )

    return CorridorMap


def _macro(template: str, **attrs: Any) -> Any:
    _require_folium()
    from branca.element import MacroElement
    from folium.template import Template

    el = MacroElement()  # type: ignore[no-untyped-call]
    el._template = Template(template)
    for k, v in attrs.items():
        setattr(el, k, v)
    return el


def _legend_html(modes: Iterable[str], statuses: set[str], kinds: set[str]) -> str:
    def swatch(color: str, dash: str | None, width: int = 4) -> str:
        d = f' stroke-dasharray="{dash}"' if dash else ""
        return (f'<svg width="34" height="10"><line x1="1" y1="5" x2="33" y2="5" '
                f'stroke="{color}" stroke-width="{width}"{d}/></svg>')

    rows = ["<div class=h>Mode</div>"]
    rows += [f"{swatch(MODE_COLORS[m], None)}{_MODE_LABELS[m]}" for m in modes
             if m in MODE_COLORS and m != "transfer"]
    rows.append("<div class=h>Status</div>")
    rows.append(f"{swatch('#555', None)}existing")
    if "under_construction" in statuses:
        rows.append(f"{swatch('#555', '2 7')}under construction")
    rows.append(f"{swatch('#555', '10 8')}proposed / planned")
    marks = []
    if "city" in kinds:
        marks.append('<svg width="34" height="12"><circle cx="17" cy="6" r="5" fill="#222" '
                     'stroke="#fff" stroke-width="1.5"/></svg>city')
    if "border_crossing" in kinds:
        marks.append('<svg width="34" height="12"><rect x="11" y="1" width="10" height="10" '
                     'rx="2" fill="#c2185b"/></svg>border crossing')
    if "airport" in kinds:
        marks.append('<span style="display:inline-block;width:34px;text-align:center;'
                     'color:#4a3f9f">\u2708</span>airport')
    if marks:
        rows.append("<div class=h>Places</div>")
        rows += marks
    rows.append("<div class=note>Thick lines: routes; thin: network.<br>"
                "Click a route for details.</div>")
    return "".join(r if r.startswith("<div") else f"<div>{r}</div>" for r in rows)


def check_tiles(name: str | None) -> str | None:
    """A tile provider folium knows by name (``xyzservices``), or None for no tiles.

    Only names are taken, never a URL template: a tile URL reaches the page's templates.

    >>> check_tiles("OpenStreetMap"), check_tiles("none")
    ('OpenStreetMap', None)
    """
    if name is None or name.strip().lower() in ("none", ""):
        return None
    import xyzservices

    if name.strip().lower() == "openstreetmap":
        return name
    try:
        xyzservices.providers.query_name(name)
    except ValueError:
        raise InputError(f"Tiles {name!r} is not a tile provider name; use e.g. "
                         "OpenStreetMap, CartoDB positron, or none.") from None
    return name


def route_map(
    routes: Iterable[Any] = (),
    *,
    links: Any = None,
    network: Any = None,
    outlines: bool = True,
    tiles: str | None = "OpenStreetMap",
    labels: bool = True,
    title: str | None = None,
) -> folium.Map:
    """An interactive map of routes over the network and the country outlines.

    Parameters
    ----------
    routes
        :class:`~corridors.records.Route` objects or GeoJSON route features (as in
        ``routes.geojson``), or ``(Route, {"link_id": ..., "evidence": ...})`` pairs.
    links
        The ``links.json`` document; an extracted link's evidence sentence shows in the
        popup of each route with its ``link_id``.
    network
        A :class:`~corridors.dataset.Dataset` (anything with ``segments``, and optionally
        ``crossings``/``nodes``, ``air_links``/``airports``) drawn thin under the routes.
    outlines
        Draw the bundled country outlines (a light vector layer that reads offline).
    tiles
        A folium tile layer name, or ``None`` for no tiles (outlines only).
    labels
        Put distance labels along the routes.
    title
        A title shown at the top of the map.

    Returns
    -------
    folium.Map
        Save it with :func:`save_map` (inlines Leaflet for offline use).

    Examples
    --------
    >>> from corridors.maps import route_map
    >>> m = route_map([], tiles=None)
    >>> import folium
    >>> isinstance(m, folium.Map)
    True
    """
    fl = _require_folium()
    tiles = check_tiles(tiles)
    views = views_of(routes, links)
    layers = _Layers()
    modes_seen: list[str] = []
    statuses: set[str] = set()
    kinds: set[str] = set()
    popups: dict[str, Any] = {}

    if network is not None:
        _add_network(layers, network, modes_seen, statuses, kinds)

    places: dict[tuple[str, str], tuple[float, float, str]] = {}
    labelled: set[tuple[float, float]] = set()
    crossing_tips: dict[str, str] = {}
    sources: dict[str, int] = {}
    # A leg shared by several routes (scenarios, comparisons) is drawn once; its tooltip
    # names the routes and a click shows each route's popup.
    legs_seen: dict[tuple[Any, ...], tuple[dict[str, Any], LegView, list[str]]] = {}

    def shared_leg(layer: str, leg: LegView, coords: list[tuple[float, float]], ref: str,
                   title: str, show: bool, **style: Any) -> None:
        key = (layer, leg.mode, leg.status, leg.from_name, leg.to_name, tuple(coords))
        seen = legs_seen.get(key)
        if seen is None:
            feature = _line(coords, popref=[ref], **style)
            legs_seen[key] = (feature, leg, [title])
            layers.add(layer, feature, show=show, casing=style.get("weight") == 5)
        else:
            if ref not in seen[0]["properties"]["popref"]:
                seen[0]["properties"]["popref"].append(ref)
            if title not in seen[2]:
                seen[2].append(title)
    for r_i, view in enumerate(views):
        ref = f"r{r_i}"
        popups[ref] = _route_popup(view, sources)
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
                if name and (name, kind) not in places:
                    places[(name, kind)] = (lon, lat, kind)
            mode = leg.mode if leg.mode in MODE_COLORS else "road"
            if mode == "transfer":
                main = view.mode if view.mode in MODE_COLORS else "road"
                layer = f"{group}: {_MODE_LABELS[main].lower()} ({_STATUS_LABELS[main_status]})"
                shared_leg(layer, leg, coords, ref, view.title, show,
                           color=MODE_COLORS["transfer"], weight=3, opacity=0.9, dash="1 5")
                continue
            if mode not in modes_seen:
                modes_seen.append(mode)
            statuses.add(leg.status)
            layer = (f"{group}: {_MODE_LABELS[mode].lower()} "
                     f"({_STATUS_LABELS[status_class(leg.status)]})")
            shared_leg(layer, leg, coords, ref, view.title, show, color=MODE_COLORS[mode],
                       weight=5, opacity=0.95, dash=dash_for(leg.status), hl=1)
            if labels and show and leg.distance_km >= max(60.0, view.distance_km / 12):
                lon, lat = _midpoint(coords)
                key = (round(lon, 2), round(lat, 2))
                if key not in labelled:  # legs shared by several routes get one label
                    labelled.add(key)
                    layers.add("Distance labels", _point(
                        lon, lat, kind="label", label=_e(f"{leg.distance_km:,.0f} km")))
        for c in view.crossings:
            if c.lon is not None and c.lat is not None:
                places[(c.name, "border_crossing")] = (c.lon, c.lat, "border_crossing")
                places.pop((c.name, "city"), None)
                popups[f"x:{c.name}"] = (
                    f"<div class=cor-pop><b>{_e(c.name)}</b><br>border crossing "
                    f"{_e('–'.join(c.countries))}<br>dwell {c.dwell_h:.1f} h</div>")
                crossing_tips[c.name] = (f"<b>{_e(c.name)}</b><br>border crossing "
                                         f"{_e('–'.join(c.countries))} · dwell "
                                         f"{c.dwell_h:.1f} h")
    for feature, leg, titles in legs_seen.values():
        feature["properties"]["tip"] = _leg_tip(leg, titles)
    ends = {v.from_name for v in views} | {v.to_name for v in views}
    for (name, kind), (lon, lat, _k) in places.items():
        kinds.add(kind)
        group = {"city": "Cities", "airport": "Airports",
                 "border_crossing": "Border crossings"}[kind]
        props: dict[str, Any] = {"kind": kind, "tip": _e(name)}
        if kind == "border_crossing":
            props["popref"] = f"x:{name}"
            props["tip"] = crossing_tips.get(name, props["tip"])
        if kind == "city" and name in ends:
            props.update(r=6, perm=1)
        layers.add(group, _point(lon, lat, **props))

    fmap = _map_class()(tiles=tiles, control_scale=False, prefer_canvas=False,
                      zoom_control=True, world_copy_jump=False)
    fmap.default_js = [("leaflet", LEAFLET_JS_URL)]
    fmap.default_css = [("leaflet_css", LEAFLET_CSS_URL)]
    root = fmap.get_root()
    from branca.element import Element

    helper: Any = Element("<style>{{ this.css }}</style><script>{{ this.js }}</script>")
    helper.css, helper.js = _CSS, _HELPER_JS
    root.header.add_child(helper, name="corridors_helper")
    fmap.add_child(_macro(
        "{% macro script(this, kwargs) %}CORRIDORS.addSources({{ this.sources }});\n"
        "CORRIDORS.addPopups({{ this.pops }});{% endmacro %}",
        pops=fmap.slot(popups), sources=fmap.slot(list(sources))))

    layer_cls = _layer_class()
    if outlines:
        fc = country_outlines()
        feats = [
            {"type": "Feature", "geometry": f["geometry"],
             "properties": {"color": "#8a8a8a", "weight": 1, "opacity": 0.9, "fc": "#f4f1ea",
                            "fo": 0.45 if tiles else 1.0}}
            for f in fc["features"]
        ]
        fmap.add_child(layer_cls(fmap.slot({"type": "FeatureCollection", "features": feats}),
                                 "Country outlines", interactive=False))
    order = sorted(layers.features, key=_layer_order)
    for name in order:
        data = {"type": "FeatureCollection", "features": layers.features[name]}
        fmap.add_child(layer_cls(fmap.slot(data), name, show=layers.show[name],
                                 casing=name in layers.casing))
    fl.LayerControl(collapsed=False, position="topright").add_to(fmap)

    legend = _legend_html(modes_seen or ["road", "rail", "air"], statuses, kinds)
    fmap.add_child(_macro(
        "{% macro script(this, kwargs) %}(function () {"
        "var c = L.control({position: 'bottomright'});"
        "c.onAdd = function () { var d = L.DomUtil.create('div', 'cor-legend');"
        "d.innerHTML = {{ this.html }}; return d; };"
        "c.addTo({{ this.map }}); })();{% endmacro %}",
        html=fmap.slot(legend), map=fmap.get_name()))
    fmap.add_child(_macro(
        "{% macro script(this, kwargs) %}L.control.scale({imperial: false, maxWidth: 160})"
        ".addTo({{ this.map }});{% endmacro %}", map=fmap.get_name()))
    if title:
        fmap.add_child(_macro(
            "{% macro script(this, kwargs) %}(function () {"
            "var c = L.control({position: 'topleft'});"
            "c.onAdd = function () { var d = L.DomUtil.create('div', 'cor-title');"
            "d.innerHTML = {{ this.html }}; return d; };"
            "c.addTo({{ this.map }}); })();{% endmacro %}",
            html=fmap.slot(_e(title)), map=fmap.get_name()))

    bounds = [b for b in (v.bounds() for v in views) if b is not None]
    if not bounds and network is not None:
        bounds = [_feature_bounds(f) for name in order if name.startswith("Network")
                  for f in layers.features[name]]
    if bounds:
        west = min(b[0] for b in bounds)
        south = min(b[1] for b in bounds)
        east = max(b[2] for b in bounds)
        north = max(b[3] for b in bounds)
        fmap.fit_bounds([[south, west], [north, east]], padding=(30, 30))
    else:
        fmap.fit_bounds([[23.0, 44.0], [50.0, 90.0]])
    return cast("folium.Map", fmap)


def _layer_order(name: str) -> tuple[int, str]:
    for rank, prefix in enumerate(("Network", "Comparison", "Routes", "Distance", "Border",
                                   "Airports", "Cities")):
        if name.startswith(prefix):
            return rank, name
    return 9, name


def _feature_bounds(feature: dict[str, Any]) -> tuple[float, float, float, float]:
    pts = feature["geometry"]["coordinates"]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _add_network(layers: _Layers, network: Any, modes_seen: list[str], statuses: set[str],
                 kinds: set[str]) -> None:
    """Draw a dataset's segments, air links and border crossings thin, under the routes."""
    if not hasattr(network, "segments") and hasattr(network, "dataset"):
        network = network.dataset  # a CorridorNetwork: draw the dataset it was built from
    nodes = getattr(network, "nodes", {}) or {}

    def node_name(node_id: str) -> str:
        node = nodes.get(node_id)
        return str(getattr(node, "name", node_id))

    for seg in getattr(network, "segments", ()) or ():
        coords = [(float(x), float(y)) for x, y in getattr(seg, "coords", ())]
        if len(coords) < 2:
            continue
        mode = seg.mode if seg.mode in MODE_COLORS else "road"
        if mode not in modes_seen:
            modes_seen.append(mode)
        statuses.add(seg.status)
        from corridors.maps._views import LegView

        shown = display_coords(LegView(mode, seg.status, "", "", 0.0, 0.0, tuple(coords)),
                               tolerance=0.01)
        label = seg.name or seg.ref or ""
        tip = (f"{_e(label)}{'<br>' if label else ''}{_e(node_name(seg.from_id))} – "
               f"{_e(node_name(seg.to_id))}<br>{_e(mode)} · {_e(seg.status.replace('_', ' '))}"
               f" · {_num(float(seg.length_km or 0), 'km')}<br>source: {_e(seg.source)}")
        layers.add(f"Network: {_MODE_LABELS[mode].lower()} "
                   f"({_STATUS_LABELS[status_class(seg.status)]})",
                   _line(shown, color=MODE_COLORS[mode], weight=2, opacity=0.55,
                         dash=dash_for(seg.status), tip=tip))
    airports = getattr(network, "airports", {}) or {}
    for link in getattr(network, "air_links", ()) or ():
        a, b = airports.get(link.from_iata), airports.get(link.to_iata)
        if a is None or b is None:
            continue
        if "air" not in modes_seen:
            modes_seen.append("air")
        statuses.add(link.status)
        arc = [(round(x, 4), round(y, 4)) for x, y in geodesic_arc((a.lon, a.lat),
                                                                   (b.lon, b.lat))]
        tip = (f"{_e(a.iata)} – {_e(b.iata)}<br>air · {_e(link.status)}"
               f"{' · ' + _e(link.carrier) if getattr(link, 'carrier', None) else ''}"
               f"<br>source: {_e(link.source)}")
        layers.add(f"Network: air ({_STATUS_LABELS[status_class(link.status)]})",
                   _line(arc, color=MODE_COLORS["air"], weight=1.5, opacity=0.5,
                         dash=dash_for(link.status), tip=tip))
    for node_id, bx in (getattr(network, "crossings", {}) or {}).items():
        node = nodes.get(node_id)
        if node is None:
            continue
        kinds.add("border_crossing")
        dwell = [f"{mode} {_hours(float(h))}" if h is not None else f"{mode}: default"
                 for mode, h in (("road", getattr(bx, "dwell_road_h", None)),
                                 ("rail", getattr(bx, "dwell_rail_h", None)))
                 if getattr(bx, mode, False)]
        pop = (f"<div class=cor-pop><b>{_e(node.name)}</b><br>border crossing "
               f"{_e('–'.join(bx.countries))}<br>dwell: {_e(', '.join(d for d in dwell if d))}"
               f"<br>source: {_e(getattr(bx, 'dwell_source', None) or '—')}</div>")
        layers.add("Border crossings", _point(float(node.lon), float(node.lat),
                                              kind="border_crossing",
                                              tip=f"<b>{_e(node.name)}</b><br>dwell: "
                                              f"{_e(', '.join(d for d in dwell if d))}",
                                              pop=pop))


def map_html(fmap: folium.Map, *, offline: bool = True) -> str:
    """The map as one self-contained HTML page.

    With ``offline=True`` and Leaflet installed locally (``xstatic-leaflet``, or
    ``CORRIDORS_LEAFLET_DIR``), Leaflet's JavaScript and CSS are inlined so the page draws
    its routes, outlines and legend without internet; otherwise they load from the CDN.
    """
    page: str = fmap.get_root().render()
    if not offline:
        return page
    assets = find_leaflet()
    if assets is None:
        log.warning("No local Leaflet found (pip install xstatic-leaflet); the map will load "
                    "Leaflet from the internet.")
        return page
    log.info("Inlining Leaflet from %s", assets.provider)
    return inline_assets(page, assets)


def save_map(fmap: folium.Map, path: str | os.PathLike[str], *, offline: bool = True) -> Path:
    """Write the map to ``path`` atomically (see :func:`map_html`) and return the path.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from corridors.maps._demo import demo_routes
    >>> out = save_map(route_map(demo_routes()), pathlib.Path(tempfile.mkdtemp()) / "m.html")
    >>> out.stat().st_size < 2_000_000
    True
    """
    page = map_html(fmap, offline=offline)
    target = atomic_write_text(path, page)
    log.info("Wrote %s (%.2f MB)", target, len(page.encode("utf-8")) / 1e6)
    return target
