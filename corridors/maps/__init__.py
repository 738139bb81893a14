"""Maps of routes: interactive HTML (folium/Leaflet), static PNG images and charts.

Importing this module is light: folium, matplotlib and geopandas are imported inside the
functions that draw.

Interactive:
    :func:`route_map` builds a :class:`folium.Map`; :func:`save_map` writes it, with Leaflet
    inlined when a local copy is installed so the page works offline (:func:`map_html` gives
    the page as a string).
Static:
    :func:`static_map` draws the routes over the country outlines to a PNG;
    :func:`time_distance_chart` draws a route's cumulative time against cumulative distance;
    :func:`cost_distance_chart` its cumulative cost per container (from the route's cost
    profile, also in ``routes.geojson`` as the ``profile`` property).
Files:
    :func:`routes_from_geojson` and :func:`links_from_json` read ``corridors model`` outputs;
    :func:`country_outlines` is the bundled outline layer.
"""

from __future__ import annotations

from corridors.maps._cost_chart import cost_distance_chart, cost_profile
from corridors.maps._folium import check_tiles, map_html, route_map, save_map
from corridors.maps._static import static_map, time_distance_chart
from corridors.maps._views import (
    MODE_COLORS,
    RouteView,
    country_outlines,
    links_from_json,
    routes_from_geojson,
    views_of,
)

__all__ = [
    "MODE_COLORS",
    "RouteView",
    "check_tiles",
    "cost_distance_chart",
    "cost_profile",
    "country_outlines",
    "links_from_json",
    "map_html",
    "route_map",
    "routes_from_geojson",
    "save_map",
    "static_map",
    "time_distance_chart",
    "views_of",
]
