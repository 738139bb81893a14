"""Downloading a corridor with osmnx, against recorded Overpass responses (no network).

``requests.post``/``requests.get`` are replaced by a fake Overpass server that answers from
``tests/fixtures/osm/*.json`` (see ``make_fixtures.py`` there); osmnx's own query building,
caching, parsing, truncation and simplification all run for real.  The live test at the end
runs only with ``CORRIDORS_LIVE=1``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from corridors.errors import CorridorsError, InputError
from corridors.osm import WayFilter, corridor_polygon, fetch_graph, graph_summary

FIXTURES = Path(__file__).parent / "fixtures" / "osm"
OAKLAND_POINTS = [(37.8075, -122.3050), (37.8120, -122.2960)]
TERMEZ_MAZAR = [(37.229, 67.278), (37.14, 67.23), (36.71, 67.10)]
STATUS = (
    "Connected as: 1\nCurrent time: 2026-01-01T00:00:00Z\nAnnounced endpoint: none\n"
    "Rate limit: 2\n2 slots available now.\nCurrently running queries (pid, space limit, "
    "time limit, start time):\n"
)


def _response(status: int, body: bytes, url: str) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r._content = body
    r.url = url
    r.reason = "OK" if status == 200 else "Error"
    r.encoding = "utf-8"
    return r


class FakeOverpass:
    """Answers osmnx's Overpass POSTs from recorded JSON, chosen by the query's filter."""

    def __init__(self, answer: Callable[[str, int], requests.Response] | None = None) -> None:
        self.queries: list[str] = []
        self.answer = answer or self.recorded

    @staticmethod
    def recorded(query: str, _n: int) -> requests.Response:
        name = ("overpass_termez_mazar_rail.json" if '"railway"' in query
                else "overpass_west_oakland_highway.json")
        return _response(200, (FIXTURES / name).read_bytes(), "https://overpass.test/api")

    def post(self, url: str, data: dict[str, Any], **_kwargs: Any) -> requests.Response:
        self.queries.append(str(data["data"]))
        return self.answer(str(data["data"]), len(self.queries))

    @staticmethod
    def get(url: str, **_kwargs: Any) -> requests.Response:
        return _response(200, STATUS.encode(), url)


@pytest.fixture
def overpass(monkeypatch: pytest.MonkeyPatch) -> FakeOverpass:
    import osmnx as ox

    fake = FakeOverpass()
    monkeypatch.setattr(requests, "post", fake.post)
    monkeypatch.setattr(requests, "get", fake.get)
    monkeypatch.setattr(ox._http, "_config_dns", lambda _url: None)
    monkeypatch.setattr(ox.settings, "overpass_url", "https://overpass.test/api")
    return fake


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_fetch_road_downloads_caches_saves_and_reuses(overpass: FakeOverpass,
                                                     tmp_path: Path) -> None:
    messages: list[str] = []
    allroads = WayFilter("road", road_classes=None)
    got = fetch_graph(OAKLAND_POINTS, way_filter=allroads, buffer_km=1.0, folder=tmp_path,
                      progress=messages.append)
    assert not got.reused and got.requests == 1 and got.downloaded == 1
    assert len(overpass.queries) == 1 and 'way["highway"](poly:' in overpass.queries[0]
    summary = graph_summary(got.graph)
    assert summary["edges"] > 50 and summary["components"] == 1
    assert got.path.parent == tmp_path / "graphs" and got.path.suffix == ".graphml"
    assert len(list((tmp_path / "http").glob("*.json"))) == 1
    assert any("Overpass request 1/1" in m and "downloaded" in m for m in messages)
    assert messages[-1].startswith("Saved ")

    # same corridor again: the saved graph, no request
    again = fetch_graph(OAKLAND_POINTS, way_filter=allroads, buffer_km=1.0, folder=tmp_path)
    assert again.reused and len(overpass.queries) == 1
    assert graph_summary(again.graph)["edges"] == summary["edges"]

    # rebuilt without reuse: osmnx's HTTP cache answers, still no request
    rebuilt = fetch_graph(OAKLAND_POINTS, way_filter=allroads, buffer_km=1.0, folder=tmp_path,
                          reuse=False)
    assert rebuilt.requests == 1 and rebuilt.downloaded == 0 and len(overpass.queries) == 1


def test_fetch_rail_keeps_rail_tags(overpass: FakeOverpass, tmp_path: Path) -> None:
    got = fetch_graph(TERMEZ_MAZAR, mode="rail", buffer_km=10.0, folder=tmp_path,
                      out=tmp_path / "rail.graphml")
    assert '["railway"~"^(rail)$"]' in overpass.queries[0]
    graph = got.graph
    assert got.path == tmp_path / "rail.graphml" and got.path.is_file()
    ways: set[int] = set()
    for u, v, d in graph.edges(data=True):
        assert graph.has_edge(v, u)  # rail is two-way
        assert d["gauge"] == "1520"
        ids = d["osmid"] if isinstance(d["osmid"], list) else [d["osmid"]]
        ways.update(ids)
    assert ways == {100, 101, 102}  # the isolated siding is not in the largest component
    electrified = {d.get("electrified") for _, _, d in graph.edges(data=True)}
    assert electrified == {"no", "contact_line"}
    # the saved file keeps the tags too
    from corridors.osm import load_graph

    reloaded = load_graph(got.path)
    assert {d["usage"] for _, _, d in reloaded.edges(data=True)} == {"main", "branch"}


def test_fetch_to_geopackage(overpass: FakeOverpass, tmp_path: Path) -> None:
    out = tmp_path / "corridor.gpkg"
    got = fetch_graph(TERMEZ_MAZAR, mode="rail", folder=tmp_path, out=out)
    assert got.path == out and out.stat().st_size > 0


def test_filter_matching_nothing(overpass: FakeOverpass, tmp_path: Path) -> None:
    overpass.answer = lambda _q, _n: _response(
        200, json.dumps({"version": 0.6, "elements": []}).encode(), "https://overpass.test/api"
    )
    expected = re.escape("has no highway=motorway|trunk|primary ways")
    with pytest.raises(InputError, match=expected) as err:
        fetch_graph(TERMEZ_MAZAR, folder=tmp_path)
    assert "\n" not in str(err.value)
    assert not (tmp_path / "graphs").exists()


def test_corridor_outside_the_data_is_empty(overpass: FakeOverpass, tmp_path: Path) -> None:
    # the recorded response is in Oakland; a corridor in Afghanistan keeps nothing of it
    with pytest.raises(InputError, match="no graph inside the corridor"):
        fetch_graph(TERMEZ_MAZAR, way_filter=WayFilter("road", road_classes=None),
                    folder=tmp_path)
    assert not (tmp_path / "graphs").exists()


def test_timeout_says_what_was_cached(overpass: FakeOverpass, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import osmnx as ox

    # a small query area splits the corridor into several requests; the third times out
    monkeypatch.setattr(ox.settings, "max_query_area_size", 20_000_000)

    def answer(query: str, n: int) -> requests.Response:
        if n == 3:
            raise requests.exceptions.ReadTimeout("read timed out")
        return FakeOverpass.recorded(query, n)

    overpass.answer = answer
    with pytest.raises(CorridorsError, match="failed after 2 of") as err:
        fetch_graph(TERMEZ_MAZAR, mode="rail", folder=tmp_path, timeout_s=5)
    text = str(err.value)
    assert "ReadTimeout" in text and "2 finished response(s) are cached" in text
    assert "run the same command again" in text and "\n" not in text
    assert _files(tmp_path) == sorted(
        str(p.relative_to(tmp_path)) for p in (tmp_path / "http").glob("*.json")
    )
    assert len(_files(tmp_path)) == 2

    # the retry resumes from the cache: only the missing requests go out
    overpass.answer = FakeOverpass.recorded
    sent = len(overpass.queries)
    got = fetch_graph(TERMEZ_MAZAR, mode="rail", folder=tmp_path, timeout_s=5)
    assert got.downloaded == got.requests - 2
    assert len(overpass.queries) - sent == got.requests - 2


def test_server_error(overpass: FakeOverpass, tmp_path: Path) -> None:
    overpass.answer = lambda _q, _n: _response(500, b"<html>oops</html>",
                                               "https://overpass.test/api")
    with pytest.raises(CorridorsError, match="Downloading from Overpass failed after 0"):
        fetch_graph(TERMEZ_MAZAR, folder=tmp_path)
    assert not (tmp_path / "graphs").exists()


def test_connection_error(overpass: FakeOverpass, tmp_path: Path) -> None:
    def refuse(_q: str, _n: int) -> requests.Response:
        raise requests.exceptions.ConnectionError("no route to host")

    overpass.answer = refuse
    with pytest.raises(CorridorsError, match="ConnectionError"):
        fetch_graph(TERMEZ_MAZAR, folder=tmp_path)


def test_corridor_polygon_width() -> None:
    poly = corridor_polygon(TERMEZ_MAZAR[:1] + TERMEZ_MAZAR[-1:], buffer_km=10)
    assert poly.is_valid and poly.contains(corridor_polygon(TERMEZ_MAZAR[:1], buffer_km=9))
    # area in km^2 of a 20 km wide band of ~58 km plus two half discs
    from pyproj import Geod

    area_km2 = abs(Geod(ellps="WGS84").geometry_area_perimeter(poly)[0]) / 1e6
    length_km = Geod(ellps="WGS84").inv(67.278, 37.229, 67.10, 36.71)[2] / 1000
    assert area_km2 == pytest.approx(20 * length_km + math.pi * 100, rel=0.01)


@pytest.mark.parametrize(
    ("points", "buffer_km", "match"),
    [([], 10, "at least one"), ([(0, 0)], 0, "between 0"), ([(0, 0)], 500, "between 0"),
     ([(95, 0)], 10, "not a valid")],
)
def test_corridor_polygon_rejects(points: list[tuple[float, float]], buffer_km: float,
                                  match: str) -> None:
    with pytest.raises(InputError, match=match):
        corridor_polygon(points, buffer_km)


@pytest.mark.live
@pytest.mark.skipif(os.environ.get("CORRIDORS_LIVE") != "1",
                    reason="live Overpass test; set CORRIDORS_LIVE=1 to run")
def test_live_fetch_torkham(tmp_path: Path) -> None:  # pragma: no cover - needs internet
    got = fetch_graph([(34.01, 71.58), (34.11, 71.08)], buffer_km=2, folder=tmp_path)
    assert got.graph.number_of_edges() > 0


def test_cli_fetch_with_points_and_geojson(overpass: FakeOverpass, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from corridors.cli import main

    pts = [f"{la},{lo}" for la, lo in TERMEZ_MAZAR]
    code = main(["osm", "fetch", *pts, "--mode", "rail", "--cache-dir", str(tmp_path),
                 "--format", "json"])
    out = capsys.readouterr()
    assert code == 0
    doc = json.loads(out.out)
    assert doc["mode"] == "rail" and doc["edges"] > 0 and doc["file"].endswith(".graphml")
    assert "Overpass request 1/" in out.err and "Saved " in out.err

    route = {"type": "Feature", "properties": {},
             "geometry": {"type": "LineString",
                          "coordinates": [[lo, la] for la, lo in TERMEZ_MAZAR]}}
    gj = tmp_path / "route.geojson"
    gj.write_text(json.dumps({"type": "FeatureCollection", "features": [route]}))
    code = main(["-q", "osm", "fetch", "--route-geojson", str(gj), "--mode", "rail",
                 "--cache-dir", str(tmp_path)])
    out = capsys.readouterr()
    assert code == 0 and out.err == "" and "rail graph" in out.out


def test_cli_fetch_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from corridors.cli import main

    assert main(["osm", "fetch", "--cache-dir", str(tmp_path)]) == 2
    assert "Give the corridor one way" in capsys.readouterr().err
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "Point", "coordinates": [1, 2]}')
    assert main(["osm", "fetch", "--route-geojson", str(bad), "--cache-dir", str(tmp_path)]) == 2
    assert "no LineString" in capsys.readouterr().err
    assert main(["osm", "fetch", "91,0", "34,71", "--cache-dir", str(tmp_path)]) == 2
    assert "Latitude 91" in capsys.readouterr().err
    assert main(["osm", "fetch", "34,71", "35,71", "--buffer-km", "0"]) == 2
    assert "buffer" in capsys.readouterr().err


def test_cli_fetch_failure_exit_code(overpass: FakeOverpass, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from corridors.cli import main

    def refuse(_q: str, _n: int) -> requests.Response:
        raise requests.exceptions.ConnectTimeout("timed out")

    overpass.answer = refuse
    code = main(["osm", "fetch", "37.2,67.3", "36.7,67.1", "--cache-dir", str(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("corridors: Downloading from Overpass failed after 0 of")
    assert not (tmp_path / "graphs").exists()


def test_cli_fetch_along_dataset_segments(overpass: FakeOverpass, tmp_path: Path,
                                          tiny_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from corridors.cli import main

    code = main(["-q", "osm", "fetch", "--segment", "l4", "--mode", "rail", "--data",
                 str(tiny_dir), "--cache-dir", str(tmp_path), "--format", "json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["mode"] == "rail"
    assert main(["osm", "fetch", "--segment", "nope", "--data", str(tiny_dir),
                 "--cache-dir", str(tmp_path)]) == 2
    assert "No corridor segment has id 'nope'" in capsys.readouterr().err
