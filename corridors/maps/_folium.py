"""The interactive map: folium/Leaflet HTML with layers, popups, markers, a legend and a
side panel.

Every string that came from an input file (place names, sources, evidence sentences) is
escaped with :func:`html.escape` before it reaches popup or tooltip HTML, or is put on the
page with ``textContent`` (labels, the side panel); either way it travels to the page as
JSON in a slot (see ``_safe_page``) and never passes through a template.  No folium
``Tooltip``/``Popup`` is used for such text: folium puts their text into JavaScript template
literals unescaped.  The page needs only Leaflet, so an offline copy is one file.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from corridors._io import atomic_write_text
from corridors._optional import require
from corridors.errors import InputError
from corridors.maps._assets import LEAFLET_CSS_URL, LEAFLET_JS_URL, find_leaflet, inline_assets
from corridors.maps._features import (
    MODE_LABELS,
    MapData,
    collect,
    hours,
    new_data,
    num,
    scenario_names,
)
from corridors.maps._network import add_network
from corridors.maps._page_script import CSS, HELPER_JS
from corridors.maps._safe_page import safe_figure_class
from corridors.maps._views import MODE_COLORS, RouteView, country_outlines, views_of

if TYPE_CHECKING:
    import folium

__all__ = ["check_tiles", "map_html", "route_map", "save_map"]

log = logging.getLogger(__name__)

def _require_folium() -> Any:
    return require("folium")


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
                {{ this.interactive|tojson }}, {{ this.casing|tojson }},
                {{ this.labels|tojson }});
            {%- if this.show %}
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
            {%- endif %}
            {% endmacro %}
            """
        )

        def __init__(self, data_slot: str, name: str, show: bool = True,
                     interactive: bool = True, casing: bool = False,
                     labels: bool = False) -> None:
            super().__init__(name=name, overlay=True, control=True, show=show)
            self._name = "GeoJsonLayer"
            self.data_slot = data_slot
            self.interactive = interactive
            self.casing = casing
            self.labels = labels

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


def _legend_html(data: MapData) -> str:
    """The legend: only what the page shows, drawn as the page draws it."""
    def swatch(color: str, dash: str | None, width: int = 4) -> str:
        d = f' stroke-dasharray="{dash}"' if dash else ""
        return (f'<svg width="34" height="10"><line x1="1" y1="5" x2="33" y2="5" '
                f'stroke="{color}" stroke-width="{width}"{d}/></svg>')

    def square(css: str, size: int = 12) -> str:
        return (f'<span class="cor-bx {css}" style="display:inline-block;width:{size}px;'
                f'height:{size}px;margin:0 {(34 - size) // 2 + 4}px 0 {(34 - size) // 2}px;'
                'vertical-align:middle"></span>')

    rows = ["<div class=h>Mode</div>"]
    rows += [f"{swatch(MODE_COLORS[m], None)}{MODE_LABELS[m]}"
             for m in (data.modes or ["road", "rail", "air"])
             if m in MODE_COLORS and m != "transfer"]
    rows.append("<div class=h>Status</div>")
    rows.append(f"{swatch('#555', None)}existing")
    if "under_construction" in data.statuses:
        rows.append(f"{swatch('#555', '2 7')}under construction")
    rows.append(f"{swatch('#555', '10 8')}proposed / planned")
    marks = []
    circles = {"city_origin": ('fill="#222" stroke="#fff" stroke-width="2"', "origin"),
               "city_destination": ('fill="#fff" stroke="#222" stroke-width="3"',
                                    "destination"),
               "city_via": ('fill="#555" stroke="#fff" stroke-width="1.5" r="4"', "city on "
                            "the way")}
    for kind, (attrs, text) in circles.items():
        if kind in data.kinds:
            r = "" if ' r="' in attrs else ' r="6"'
            marks.append(f'<svg width="34" height="14"><circle cx="17" cy="7"{r} {attrs}/>'
                         f"</svg>{text}")
    if "airport" in data.kinds:
        marks.append('<span style="display:inline-block;width:34px;text-align:center;'
                     'margin-right:4px">\u2708</span>airport')
    if marks:
        rows.append("<div class=h>Places</div>")
        rows += marks
    if "border_crossing" in data.kinds:
        rows.append("<div class=h>Border crossings</div>")
        rows += [f"{square('cor-bx-' + st)}{st}" for st in
                 ("open", "seasonal", "restricted", "closed") if st in data.crossing_statuses]
        rows.append(f"{square('cor-bx-open', 10)}{square('cor-bx-open', 20)}"
                    "<span>short / long wait</span>")
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
    routes: Any = (),
    *,
    links: Any = None,
    network: Any = None,
    outlines: bool = True,
    tiles: str | None = "OpenStreetMap",
    labels: bool = True,
    title: str | None = None,
    panel: Mapping[str, Any] | None = None,
) -> folium.Map:
    """An interactive map of routes over the network and the country outlines.

    One switch in the side panel shows today's network or the network with the proposals
    (and each further scenario of the routes): routes, network and labels change together.
    Distance labels sit along their line and are thinned at each zoom so that no two labels
    overlap.

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
        A title shown at the top of the side panel.
    panel
        What the side panel shows, as plain text: ``headlines`` (sentences), ``columns``
        and ``rows`` of the routes table, each row ``{"cells": [...], "routes":
        {scenario: route_id}}`` naming the route features it stands for, and ``caption``.
        Without it the table lists the routes drawn.

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
    views = views_of(routes, links)
    data = new_data(views)
    crossings = add_network(data, network) if network is not None else {}
    collect(data, views, labels=labels, network_crossings=crossings)
    fmap = _new_map(check_tiles(tiles))
    _add_page_script(fmap, data)
    if outlines:
        _add_outlines(fmap, tiles is not None)
    _add_layers(fmap, data)
    _add_controls(fmap, data)
    _add_panel(fmap, data, _panel_data(views, data, panel, title))
    _fit(fmap, views, data)
    return cast("folium.Map", fmap)


def _new_map(tiles: str | None) -> Any:
    fmap = _map_class()(tiles=tiles, control_scale=False, prefer_canvas=False,
                        zoom_control=True, world_copy_jump=False)
    fmap.default_js = [("leaflet", LEAFLET_JS_URL)]
    fmap.default_css = [("leaflet_css", LEAFLET_CSS_URL)]
    return fmap


def _add_page_script(fmap: Any, data: MapData) -> None:
    """The helper script and style sheet, and the data every layer refers to."""
    from branca.element import Element

    helper: Any = Element("<style>{{ this.css }}</style><script>{{ this.js }}</script>")
    helper.css, helper.js = CSS, HELPER_JS
    fmap.get_root().header.add_child(helper, name="corridors_helper")
    scenario = data.scenarios.index("proposed") if "proposed" in data.scenarios else 0
    fmap.add_child(_macro(
        "{% macro script(this, kwargs) %}CORRIDORS.init({{ this.map }}, {{ this.data }});"
        "{% endmacro %}", map=fmap.get_name(),
        data=fmap.slot({"pops": data.popups, "sources": list(data.sources),
                        "routes": data.routes, "scenario": scenario})))


def _add_outlines(fmap: Any, tiles: bool) -> None:
    fc = country_outlines()
    feats = [
        {"type": "Feature", "geometry": f["geometry"],
         "properties": {"color": "#8a8a8a", "weight": 1, "opacity": 0.9, "fc": "#f4f1ea",
                        "fo": 0.45 if tiles else 1.0}}
        for f in fc["features"]
    ]
    fmap.add_child(_layer_class()(fmap.slot({"type": "FeatureCollection", "features": feats}),
                                  "Country outlines", interactive=False))


def _add_layers(fmap: Any, data: MapData) -> None:
    """One layer per kind of feature (network, routes by mode and status, places), then
    the labels: distances and place names."""
    layer_cls = _layer_class()
    for name in sorted(data.features, key=_layer_order):
        fc = {"type": "FeatureCollection", "features": data.features[name]}
        fmap.add_child(layer_cls(fmap.slot(fc), name, show=data.show[name],
                                 casing=name in data.casing))
    for kind, name in (("km", "Distance labels"), ("city", "Place names")):
        items = sorted(data.label_items(kind), key=lambda it: it["p"])
        if items:
            fmap.add_child(layer_cls(fmap.slot(items), name, labels=True))


def _add_controls(fmap: Any, data: MapData) -> None:
    """The layer switcher (collapsed), the legend and the scale."""
    fl = _require_folium()
    fl.LayerControl(collapsed=True, position="topright").add_to(fmap)
    fmap.add_child(_macro(
        "{% macro script(this, kwargs) %}(function () {"
        "var c = L.control({position: 'bottomright'});"
        "c.onAdd = function () { var d = L.DomUtil.create('div', 'cor-legend');"
        "d.innerHTML = {{ this.html }}; return d; };"
        "c.addTo({{ this.map }}); })();{% endmacro %}",
        html=fmap.slot(_legend_html(data)), map=fmap.get_name()))
    fmap.add_child(_macro(
        "{% macro script(this, kwargs) %}L.control.scale({imperial: false, maxWidth: 160})"
        ".addTo({{ this.map }});{% endmacro %}", map=fmap.get_name()))


def _panel_data(views: Sequence[RouteView], data: MapData, panel: Mapping[str, Any] | None,
                title: str | None) -> dict[str, Any]:
    """The side panel's text, plain (the page puts it in with ``textContent``) but for the
    title, which is HTML-escaped here.

    A row's routes are given as ``{scenario: route_id}``; the page gets ``{scenario index:
    route reference}`` for those it draws.
    """
    if panel is None:
        rows = [{"cells": [v.title, v.mode, scenario_names([v.scenario])[0],
                           num(v.distance_km, "km"), hours(v.time_h)],
                 "routes": {str(data.scenarios.index(v.scenario)): f"r{i}"}}
                for i, v in enumerate(views) if f"r{i}" in data.routes]
        out: dict[str, Any] = {"columns": ["Route", "Mode", "Network", "Distance", "Time"],
                               "rows": rows, "headlines": []}
    else:
        out = {"columns": [str(c) for c in panel.get("columns") or ()],
               "headlines": [str(h) for h in panel.get("headlines") or ()], "rows": []}
        if panel.get("caption"):
            out["caption"] = str(panel["caption"])
        for row in panel.get("rows") or ():
            refs = {str(data.scenarios.index(str(sc))): data.ids[str(rid)]
                    for sc, rid in (row.get("routes") or {}).items()
                    if str(sc) in data.scenarios and data.ids.get(str(rid)) in data.routes}
            out["rows"].append({"cells": [str(c) for c in row.get("cells") or ()],
                                "routes": refs})
    if title:
        out["title"] = html.escape(str(title), quote=True)
    return out


def _add_panel(fmap: Any, data: MapData, content: dict[str, Any]) -> None:
    fmap.add_child(_macro(
        "{% macro script(this, kwargs) %}CORRIDORS.panel({{ this.map }}, {{ this.data }}, "
        "{{ this.names }});{% endmacro %}", map=fmap.get_name(), data=fmap.slot(content),
        names=fmap.slot(scenario_names(data.scenarios))))


def _fit(fmap: Any, views: Sequence[RouteView], data: MapData) -> None:
    bounds = [b for b in (v.bounds() for v in views) if b is not None]
    if not bounds:
        bounds = [_feature_bounds(f) for name, feats in data.features.items()
                  if name.startswith("Network") for f in feats]
    if bounds:
        west = min(b[0] for b in bounds)
        south = min(b[1] for b in bounds)
        east = max(b[2] for b in bounds)
        north = max(b[3] for b in bounds)
        # Room on the left for the side panel.
        fmap.fit_bounds([[south, west], [north, east]], padding_top_left=(400, 30),
                        padding_bottom_right=(30, 30))
    else:
        fmap.fit_bounds([[23.0, 44.0], [50.0, 90.0]])


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
