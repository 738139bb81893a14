"""Maps: the folium page (layers, popups, markers, escaping, offline assets), loaders, CLI.

Routes are built in code (``corridors.maps._demo``), so these tests need no bundled data.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from corridors.errors import InputError
from corridors.maps import (
    country_outlines,
    links_from_json,
    map_html,
    route_map,
    routes_from_geojson,
    save_map,
    views_of,
)
from corridors.maps._assets import LEAFLET_JS_URL, find_leaflet
from corridors.maps._demo import demo_routes
from corridors.maps._safe_page import script_json
from corridors.maps._views import desire_lines, geodesic_arc
from corridors.records.place import Place
from corridors.records.route import Crossing, Leg, Route

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def hostile_route() -> Route:
    """A route whose every input string is an XSS payload."""
    a = Place(f"Lahore{SCRIPT}", "PK", "city", 31.52, 74.36)
    b = Place(f"Kabul{IMG}", "AF", "city", 34.56, 69.21)
    legs = (
        Leg("road", a.name, f"Torkham{IMG}", 430.0, 8.0, "existing", ref=f"N-5{SCRIPT}",
            name=f"GT Road{IMG}", source=f"NHA `${{alert(1)}}` {SCRIPT}",
            coords=((74.36, 31.52), (72.5, 33.8), (71.09, 34.1))),
        Leg("road", f"Torkham{IMG}", b.name, 225.0, 5.0, "proposed", ref="AH1",
            source=IMG, coords=((71.09, 34.1), (70.45, 34.43), (69.21, 34.56))),
    )
    return Route(a, b, "road", "proposed", "time", legs,
                 crossings=(Crossing(f"Torkham{IMG}", ("PK", "AF"), 8.0, lat=34.1,
                                     lon=71.09),),
                 countries=("PK", "AF"), notes=(f"note {SCRIPT}",))


def _page(routes: Any, **kw: Any) -> str:
    return map_html(route_map(routes, **kw), offline=False)


@pytest.fixture(scope="module")
def demo_page() -> str:
    road, rail, air = demo_routes()
    routes = [(road, {"link_id": "L1", "evidence": {"text": "a road via Afghanistan",
                                                    "start": 0, "end": 10}}), rail, air]
    return _page(routes, title="Demo")


def test_import_is_light() -> None:
    code = ("import sys, corridors.maps, corridors.cli.map; "
            "print(sorted(m for m in ('folium', 'matplotlib', 'geopandas', 'shapely', "
            "'branca', 'pyproj') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_layers_per_mode_and_status(demo_page: str) -> None:
    for name in ("Routes: road (existing)", "Routes: rail (proposed / planned)",
                 "Routes: rail (existing)", "Routes: air (proposed / planned)",
                 "Country outlines", "Cities", "Border crossings", "Airports",
                 "Distance labels"):
        assert json.dumps(name) in demo_page, name
    assert "L.control.layers" in demo_page
    assert "cor-legend" in demo_page
    assert "L.control.scale" in demo_page
    assert "fitBounds" in demo_page
    # Proposed legs are dashed, existing ones are not.
    assert '"dash": "10 8"' in demo_page
    assert '"dash": null' in demo_page


def test_popup_has_route_facts(demo_page: str) -> None:
    page = demo_page.encode().decode("unicode_escape")
    for text in ("Lahore → Tashkent", "Torkham (PK–AF, 8.0 h)", "Hairatan (AF–UZ, 6.0 h)",
                 "transshipment", "at borders", "a road via Afghanistan",
                 "demo geometry (illustrative)", "PK → AF → UZ"):
        assert text in page, text


def test_only_leaflet_is_needed(demo_page: str) -> None:
    srcs = re.findall(r'<script src="([^"]+)"', demo_page)
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', demo_page)
    assert srcs == [LEAFLET_JS_URL]
    assert len(links) == 1
    assert "leaflet.css" in links[0]
    assert "jquery" not in demo_page.lower()


@pytest.mark.parametrize("payload", [SCRIPT, IMG, "onerror=alert(1)>"])
def test_untrusted_text_is_escaped(payload: str) -> None:
    route = hostile_route()
    page = _page([(route, {"evidence": f"They said {SCRIPT} and {IMG}"})],
                 links={"links": [{"id": SCRIPT, "evidence": {"text": IMG}}]},
                 title=f"Title {SCRIPT}")
    assert payload not in page
    assert "&lt;script&gt;" in page.encode().decode("unicode_escape")
    # Input text travels only inside JSON strings, never in JavaScript template literals
    # (folium's Tooltip and Popup put text into backtick strings unescaped).
    assert "bindTooltip(`" not in page
    assert "$(`" not in page


def test_hostile_geojson_is_escaped(tmp_path: Path) -> None:
    feature = hostile_route().to_feature(evidence=IMG, link_id=SCRIPT, role=SCRIPT)
    path = tmp_path / "routes.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}),
                    encoding="utf-8")
    page = _page(routes_from_geojson(path))
    assert SCRIPT not in page
    assert IMG not in page


def test_air_routes_are_geodesic_arcs(demo_page: str) -> None:
    air = demo_routes()[2]
    leg = air.legs[1]
    arc = geodesic_arc(leg.coords[0], leg.coords[-1])
    assert len(arc) > 20
    # The geodesic's midpoint lies off the straight Web Mercator line between the ends.
    (x0, y0), (x1, y1) = leg.coords[0], leg.coords[-1]

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    mx, my = arc[len(arc) // 2]
    t = (mx - x0) / (x1 - x0)
    straight = merc(y0) + t * (merc(y1) - merc(y0))
    assert abs(merc(my) - straight) > 1e-3
    # ...and the page draws it with those intermediate points.
    assert f"[{round(mx, 4)}, {round(my, 4)}]" in demo_page


def test_views_from_features_match_routes() -> None:
    for route in demo_routes():
        a = views_of([route])[0]
        b = views_of([route.to_feature()])[0]
        assert a.title == b.title
        assert b.distance_km == pytest.approx(a.distance_km, abs=0.5)
        assert b.time_h == pytest.approx(a.time_h, abs=0.05)
        assert [c.name for c in b.crossings] == [c.name for c in a.crossings]
        for ca, cb in zip(a.crossings, b.crossings, strict=True):
            assert cb.lon == pytest.approx(ca.lon, abs=1e-3)
            assert cb.at_km == pytest.approx(ca.at_km, abs=0.5)


def test_feature_collection_and_bad_items() -> None:
    fc = {"type": "FeatureCollection", "features": [r.to_feature() for r in demo_routes()]}
    assert len(views_of(fc)) == 3
    with pytest.raises(InputError):
        views_of([42])


def test_empty_map_still_renders() -> None:
    page = _page([], tiles=None)
    assert "Country outlines" in page
    assert "fitBounds" in page


def test_offline_page_inlines_leaflet(tmp_path: Path) -> None:
    if find_leaflet() is None:
        pytest.fail("no local Leaflet: pip install xstatic-leaflet")
    path = save_map(route_map(demo_routes()), tmp_path / "m.html")
    page = path.read_text(encoding="utf-8")
    assert "<script src=" not in page
    assert '<link rel="stylesheet"' not in page
    assert "cdn.jsdelivr" not in page
    assert "L.version" in page or "Leaflet 1.9.3" in page
    assert "images/layers.png" not in page
    size = path.stat().st_size
    assert size < 2_000_000, size


def test_online_page_links_cdn(tmp_path: Path) -> None:
    path = save_map(route_map(demo_routes()), tmp_path / "m.html", offline=False)
    assert LEAFLET_JS_URL in path.read_text(encoding="utf-8")


def test_offline_without_local_leaflet_falls_back(monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr("corridors.maps._folium.find_leaflet", lambda: None)
    page = map_html(route_map([]), offline=True)
    assert LEAFLET_JS_URL in page
    assert "xstatic-leaflet" in caplog.text


def test_leaflet_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "leaflet.js").write_text("var L = {}; // </script>", encoding="utf-8")
    (tmp_path / "leaflet.css").write_text(".x{background:url(images/a.png)}", encoding="utf-8")
    (tmp_path / "images" / "a.png").write_bytes(b"\x89PNG")
    monkeypatch.setenv("CORRIDORS_LEAFLET_DIR", str(tmp_path))
    found = find_leaflet()
    assert found is not None
    assert found.folder == tmp_path
    assert "<\\/script>" in found.js
    assert "data:image/png;base64," in found.css


def test_outlines_cover_the_region() -> None:
    fc = country_outlines()
    codes = {f["properties"]["iso_a2"] for f in fc["features"]}
    assert {"PK", "AF", "IR", "CN", "KZ", "UZ", "TM", "TJ", "KG", "IN", "RU"} <= codes
    path = Path(__file__).resolve().parents[1] / "data" / "outlines" / "countries.geojson"
    assert path.stat().st_size < 300_000
    assert (path.parent / "README.md").is_file()


def test_network_layers_from_a_dataset(tiny_dir: Path) -> None:
    from corridors.dataset._load import load_dataset

    ds = load_dataset(tiny_dir)
    page = _page([], network=ds, tiles=None)
    assert "Network: road (existing)" in page
    assert "Border crossings" in page


def test_routed_map_on_tiny_network(tiny_net: Any) -> None:
    from corridors.network.routing import route

    r = route("Lahore", "Tashkent", mode="road", network=tiny_net)
    page = _page([r], network=tiny_net, tiles=None)
    assert "Routes: road" in page
    assert r.crossings[0].name in page.encode().decode("unicode_escape")


def test_loaders_reject_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "x.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        routes_from_geojson(bad)
    with pytest.raises(InputError):
        routes_from_geojson(tmp_path / "missing.geojson")
    other = tmp_path / "links.json"
    other.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.raises(InputError):
        links_from_json(other)
    pts = tmp_path / "p.geojson"
    pts.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]},
         "properties": {}}]}), encoding="utf-8")
    with pytest.raises(InputError):
        routes_from_geojson(pts)


LINKS = {
    "links": [{
        "id": "L1", "mode": "air", "status": "proposed", "directed": False,
        "origins": [{"name": "Lahore", "country": "PK", "kind": "city", "lat": 31.52,
                     "lon": 74.36}],
        "destinations": [{"name": "Kazakhstan", "country": "KZ", "kind": "country",
                          "lat": 48.0, "lon": 68.0}],
        "via": [], "evidence": {"text": f"direct flights {SCRIPT}", "start": 0, "end": 9},
        "confidence": 0.9,
    }],
    "places": [],
}


def test_desire_lines_from_links() -> None:
    feats = desire_lines(LINKS)
    assert len(feats) == 1
    view = views_of(feats)[0]
    assert view.evidence is not None
    assert view.evidence.startswith("direct flights")
    assert view.distance_km > 1500


# ----------------------------------------------------------------------------- CLI


def _cli(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "corridors", *args], capture_output=True,
                          text=True, check=False)
    return proc.returncode, proc.stdout, proc.stderr


def test_cli_map_from_routes_geojson(tmp_path: Path) -> None:
    fc = {"type": "FeatureCollection", "features": [
        r.to_feature(route_id=f"r{i}", link_id="L1") for i, r in enumerate(demo_routes())]}
    (tmp_path / "routes.geojson").write_text(json.dumps(fc), encoding="utf-8")
    (tmp_path / "links.json").write_text(json.dumps(LINKS), encoding="utf-8")
    out = tmp_path / "out" / "map.html"
    code, stdout, stderr = _cli("map", str(tmp_path / "routes.geojson"), "--out", str(out),
                                "--png", str(tmp_path / "map.png"), "--tiles", "none")
    assert code == 0, stderr
    assert "3 route(s)" in stdout
    page = out.read_text(encoding="utf-8")
    assert "direct flights" in page  # evidence joined from the sibling links.json
    assert SCRIPT not in page
    assert (tmp_path / "map.png").read_bytes()[:4] == b"\x89PNG"


def test_cli_map_from_links_json(tmp_path: Path) -> None:
    (tmp_path / "links.json").write_text(json.dumps(LINKS), encoding="utf-8")
    out = tmp_path / "map.html"
    code, stdout, stderr = _cli("map", str(tmp_path / "links.json"), "--out", str(out))
    assert code == 0, stderr
    assert "1 route(s)" in stdout
    assert "Routes: air (proposed / planned)" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("content", ["{broken", '{"type": "Feature"}'])
def test_cli_map_bad_input_exits_2(tmp_path: Path, content: str) -> None:
    src = tmp_path / "in.json"
    src.write_text(content, encoding="utf-8")
    code, _, stderr = _cli("map", str(src), "--out", str(tmp_path / "m.html"))
    assert code == 2
    assert stderr.startswith("corridors: ")
    assert "Traceback" not in stderr
    assert not (tmp_path / "m.html").exists()


def test_cli_map_missing_file_exits_2(tmp_path: Path) -> None:
    code, _, stderr = _cli("map", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "m.html"))
    assert code == 2
    assert "No such file" in stderr


def test_rendering_twice_gives_the_same_page() -> None:
    fmap = route_map(demo_routes(), tiles=None)
    first = map_html(fmap, offline=False)
    assert map_html(fmap, offline=False) == first


def test_notebook_display_is_self_contained() -> None:
    if find_leaflet() is None:
        pytest.fail("no local Leaflet: pip install xstatic-leaflet")
    shown = route_map(demo_routes())._repr_html_()
    assert shown.startswith("<div")
    assert "srcdoc=" in shown
    assert "cdn.jsdelivr.net/npm/leaflet" not in shown


def test_cli_map_from_text(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text("Pakistan proposed direct flights from Lahore to Almaty "
                   f"{SCRIPT} to boost trade.\n", encoding="utf-8")
    out = tmp_path / "map.html"
    code, stdout, stderr = _cli("map", str(src), "--out", str(out))
    assert code == 0, stderr
    assert "route(s)" in stdout
    page = out.read_text(encoding="utf-8")
    assert SCRIPT not in page
    assert "Almaty" in page


def test_shared_legs_are_drawn_once() -> None:
    road = demo_routes()[0]
    one = _page([road], tiles=None, outlines=False)
    two = _page([road, (road, {"route_id": "again"})], tiles=None, outlines=False)
    legs = len(road.legs)
    assert one.count('"popref": ["r0"]') == legs
    assert two.count('"popref": ["r0", "r1"]') == legs
    assert '"popref": ["r1"]' not in two


def _feature(scenario: str, **props: Any) -> dict[str, Any]:
    return {"type": "Feature",
            "geometry": {"type": "LineString", "coordinates": [[74.36, 31.52], [69.21, 34.56]]},
            "properties": {"from": "Lahore", "to": "Kabul", "mode": "road",
                           "scenario": scenario, "distance_km": 650.0, "moving_h": 13.0,
                           **props}}


def test_each_scenario_gets_its_place_on_the_switch() -> None:
    from corridors.maps._features import collect, new_data
    from corridors.maps._folium import _panel_data

    feats = [_feature("proposed", route_id="b"), _feature("corridor B", route_id="c"),
             _feature("existing", route_id="a")]
    views = views_of(feats)
    data = collect(new_data(views), views)
    assert data.scenarios == ["existing", "proposed", "corridor B"]
    assert {r["s"] for r in data.routes.values()} == {0, 1, 2}
    panel = _panel_data(views, data, {"rows": [{"cells": ["x"], "routes": {
        "existing": "a", "corridor B": "c", "nowhere": "z", "proposed": "missing"}}]}, None)
    assert panel["rows"][0]["routes"] == {"0": "r2", "2": "r1"}
    page = _page(feats)
    assert json.dumps(["Today", "With the proposals", "corridor B"]) in page


def test_popup_chart_uses_time_and_cost_when_given() -> None:
    from corridors.maps._features import route_popup

    plain = views_of([_feature("existing", profile=[{"km": 0, "h": 0},
                                                    {"km": 650, "h": 13.0}])])[0]
    data = route_popup(plain, {})
    assert data["pf"] == [[0.0, 0.0], [650.0, 13.0]] and "cp" not in data and "usd" not in data
    costly = views_of([_feature("existing", cost_usd=1234.5, profile=[
        {"km": 0, "h": 0, "cost_usd": 0}, {"km": 650, "h": 13.0, "cost_usd": 1234.5}])])[0]
    data = route_popup(costly, {})
    assert data["usd"] == "1,234 USD"
    assert data["cp"] == [[0.0, 0.0], [650.0, 1234.5]]
    # Routes in memory: the profile comes from the legs and the border waits.
    road = views_of(demo_routes()[:1])[0]
    assert road.profile[-1][0] == pytest.approx(road.distance_km)
    assert road.profile[-1][1] == pytest.approx(road.time_h)


@pytest.mark.parametrize("payload", [SCRIPT, IMG, "{{ 7*7 }}", "{% raw %}"])
def test_side_panel_text_is_data(payload: str) -> None:
    panel = {"headlines": [payload], "columns": [payload], "caption": payload,
             "rows": [{"cells": [payload], "routes": {"existing": payload}}]}
    page = _page([(hostile_route(), {"route_id": payload})], panel=panel, title=payload)
    # Markup never reaches the page as markup; template syntax stays text (compiled, it
    # would not be found as it was written).
    assert "<" not in payload or payload not in page
    assert script_json(payload) in page


def test_crossings_by_dwell_and_status(tiny_dir: Path) -> None:
    from corridors.dataset import load_dataset
    from corridors.maps._features import crossing_size

    assert crossing_size(0) < crossing_size(8) < crossing_size(48) <= crossing_size(500) == 17
    page = _page([], network=load_dataset(tiny_dir))
    assert '"kind": "border_crossing"' in page and '"st": "' in page


def test_cost_profile_is_read_from_the_geojson_profile_triples():
    """routes.geojson writes its profile as [km, h, usd]: time is the second, cost the third."""
    from corridors.maps._views import views_of

    feature = {"type": "Feature", "geometry": {"type": "LineString",
                                               "coordinates": [[70, 30], [71, 31]]},
               "properties": {"from": "A", "to": "B", "mode": "road", "cost_usd": 900.0,
                              "profile": [[0, 0, 0], [100, 2.5, 400], [200, 5.0, 900]]}}
    view = views_of([feature])[0]
    assert view.profile[-1] == (200.0, 5.0)
    assert view.cost_profile == ((0.0, 0.0), (100.0, 400.0), (200.0, 900.0))
