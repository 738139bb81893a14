"""Hostile and malformed input: text stays data, outputs are complete or absent, bad input is
exit 2 with one sentence (issue 9)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from pathlib import Path

import pytest

import corridors
from corridors.cli import main
from corridors.errors import InputError

PAYLOADS = ["{{ 7*7 }}", "{% raw %}", "{{citation needed}}", "{# x", "{%- if 1 %}",
            "</script><script>alert(1)</script>"]
FLIGHT = "Pakistan wants direct flights from Lahore to Tashkent, the minister said."
FIVE = {"links.json", "routes.geojson", "summary.csv", "report.md", "map.html",
        "scenario.toml"}  # the files of a run (the name predates scenario.toml)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("payload", PAYLOADS)
def test_template_syntax_in_a_text_stays_text(capsys, tiny_dir, tmp_path, payload):
    marker = tmp_path / "pwned"
    evil = f"{{{{ cycler.__init__.__globals__.os.mkdir('{marker}') }}}}"
    text = tmp_path / f"a{payload.replace('/', '_')}.txt"
    text.write_text(f"ISLAMABAD {payload} - {FLIGHT} {evil} {payload}")
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, "model", str(text), "--out", str(out),
                           "--data", str(tiny_dir))
    assert code == 0, err
    assert {p.name for p in out.iterdir()} >= FIVE
    assert not marker.exists()
    page = (out / "map.html").read_text(encoding="utf-8")
    report = (out / "report.md").read_text(encoding="utf-8")
    if "<" in payload:
        assert payload not in page and payload not in report
        assert "alert(1)" in page
    else:
        assert f"ISLAMABAD {payload} - " in page and f"ISLAMABAD {payload} - " in report
    assert "ISLAMABAD 49" not in page


def test_map_title_and_json_inputs_are_never_compiled(capsys, tiny_dir, tmp_path):
    out = tmp_path / "o"
    assert run_cli(capsys, "model", str(_text(tmp_path, FLIGHT)), "--out", str(out),
                   "--data", str(tiny_dir))[0] == 0
    links = json.loads((out / "links.json").read_text())
    links["links"][0]["evidence"]["text"] = "{{ 6*7 }} {% raw %}"
    (out / "links.json").write_text(json.dumps(links))
    routes = json.loads((out / "routes.geojson").read_text())
    routes["features"][0]["properties"]["from"] = "{{ 6*7 }}"
    (out / "routes.geojson").write_text(json.dumps(routes))
    for src in ("links.json", "routes.geojson"):
        page_path = tmp_path / f"{src}.html"
        code, _, err = run_cli(capsys, "map", str(out / src), "--out", str(page_path),
                               "--title", "{{ 5*5 }}", "--tiles", "none")
        assert code == 0, err
        page = page_path.read_text(encoding="utf-8")
        assert "{{ 6*7 }}" in page and "{{ 5*5 }}" in page
        assert '"42' not in page and '"25"' not in page


def test_python_api_map_escapes_and_never_compiles(tiny_dir):
    from corridors.maps import map_html, route_map

    page = map_html(route_map([], title="{{ 7*7 }} {% raw %}", tiles=None))
    assert "{{ 7*7 }} {% raw %}" in page
    with pytest.raises(ValueError, match="tile provider"):
        route_map([], tiles="https://x/{{ 7*7 }}/{z}/{x}/{y}.png")


def test_report_markdown_neutralises_links(capsys, tiny_dir, tmp_path):
    text = _text(tmp_path, FLIGHT + " See [click](javascript:alert(1)) and <b>bold</b>.")
    out = tmp_path / "o"
    assert run_cli(capsys, "model", str(text), "--out", str(out), "--data", str(tiny_dir))[0] == 0
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "](javascript:" not in report.replace("\\](javascript:", "")
    assert "<b>" not in report


def test_out_that_is_a_file_is_refused_before_any_work(capsys, tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    t0 = time.perf_counter()
    code, _, err = run_cli(capsys, "model", str(_text(tmp_path, FLIGHT)), "--out", str(target))
    assert code == 2 and "is a file" in err and len(err.strip().splitlines()) == 1
    assert time.perf_counter() - t0 < 5  # refused before extraction and routing
    assert target.read_text() == "x"


def test_stale_temporary_files_are_removed(capsys, tiny_dir, tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    (out / ".map.html.abc123.tmp").write_text("half")
    (out / ".corridors-staging-dead").mkdir()
    (out / ".corridors-staging-dead" / "links.json").write_text("{}")
    (out / "notes.txt").write_text("mine")
    assert run_cli(capsys, "model", str(_text(tmp_path, FLIGHT)), "--out", str(out),
                   "--data", str(tiny_dir))[0] == 0
    names = {p.name for p in out.iterdir()}
    assert names == FIVE | {"notes.txt", ".corridors.lock"}


def test_a_failing_render_leaves_the_folder_as_it_was(tiny_dir, tmp_path, monkeypatch):
    from corridors.scenarios import report as _report

    out = tmp_path / "o"
    out.mkdir()
    (out / "links.json").write_text("old")

    def boom(_result):
        raise RuntimeError("disk full")

    monkeypatch.setattr(_report, "_map_page", boom)
    net = corridors.load_network(tiny_dir)
    res = corridors.model(FLIGHT, network=net)
    with pytest.raises(RuntimeError):
        res.write(out)
    assert {p.name for p in out.iterdir()} <= {"links.json", ".corridors.lock"}
    assert (out / "links.json").read_text() == "old"


def test_two_runs_into_one_folder_never_mix(tiny_dir, tmp_path):
    out = tmp_path / "o"
    texts = [_text(tmp_path, FLIGHT, "one.txt"),
             _text(tmp_path, "Kazakhstan plans a road from Peshawar to Kabul.", "two.txt")]
    cmd = [sys.executable, "-m", "corridors", "model", "--data", str(tiny_dir), "--out", str(out)]
    first = subprocess.Popen([*cmd, str(texts[0])], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    second = subprocess.Popen([*cmd, str(texts[1])], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    assert first.wait(120) == 0 and second.wait(120) == 0
    report = (out / "report.md").read_text(encoding="utf-8")
    page = (out / "map.html").read_text(encoding="utf-8")
    links = (out / "links.json").read_text(encoding="utf-8")
    name = "one.txt" if "one.txt" in report else "two.txt"
    assert name in page
    assert ("Tashkent" in links) == (name == "one.txt")
    assert not [p for p in out.iterdir() if p.name.startswith(".corridors-staging")]


@pytest.mark.parametrize("args", [
    ("route", "nan,nan", "Kabul"), ("route", "91,0", "Kabul"), ("route", "inf,inf", "Kabul"),
    ("route", "--", "-45,170", "Kabul"), ("reach", "--hours", "5", "--", "-45,170"),
])
def test_impossible_points_exit_2(capsys, args):
    code, _, err = run_cli(capsys, *args)
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("point", [(math.nan, math.nan), (91, 0), (1e9, 1e9), (0, 181)])
def test_impossible_points_raise_value_error_in_python(point):
    with pytest.raises(ValueError, match=r"(Latitude|Longitude) \S+ (is outside|is not a fin)"):
        corridors.route(point, "Kabul")


def test_a_far_point_is_refused_with_its_distance():
    with pytest.raises(InputError, match=r"km from the nearest road node"):
        corridors.route((-45.0, 170.0), "Kabul")


def test_api_types(tiny_dir):
    net = corridors.load_network(tiny_dir)
    with pytest.raises(TypeError, match="not None"):
        corridors.route(None, "Kabul", network=net)  # type: ignore[arg-type]
    one = corridors.route("Islamabad", "Kabul", via="Peshawar", network=net)
    assert "Peshawar" in [leg.to_name for leg in one.legs] + [leg.from_name for leg in one.legs]
    with pytest.raises(TypeError):
        corridors.route("Islamabad", "Kabul", via=5, network=net)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "0", "abc"])
def test_max_snap_km_is_validated(capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["osm", "route", "33.6,73", "34,71", "--max-snap-km", value])
    assert exc.value.code == 2


def test_map_option_errors_exit_2(capsys, tmp_path):
    text = _text(tmp_path, FLIGHT)
    afile = tmp_path / "afile"
    afile.write_text("x")
    cases = [
        (["--out", str(tmp_path / "m.html"), "--tiles", "foo"], "tile provider"),
        (["--out", str(tmp_path / "m.html"), "--png", str(tmp_path / "x.txt")], ".png"),
        (["--out", str(afile / "m.html")], "is a file"),
        (["--out", str(tmp_path / "m.txt")], ".html"),
    ]
    for extra, needle in cases:
        code, _, err = run_cli(capsys, "map", str(text), *extra)
        assert code == 2 and needle in err, (extra, err)


@pytest.mark.parametrize("doc", [
    {"type": "FeatureCollection", "features": "x"},
    {"type": "FeatureCollection", "features": [1]},
    {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None}]},
    {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
     "geometry": {"type": "LineString", "coordinates": [["a", "b"], [1, 2]]}}]},
    {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"legs": "x"},
     "geometry": {"type": "LineString", "coordinates": [[70, 30], [71, 31]]}}]},
])
def test_malformed_geojson_exits_2_for_map_and_osm_fetch(capsys, tmp_path, doc):
    path = tmp_path / "r.geojson"
    path.write_text(json.dumps(doc))
    code, _, err = run_cli(capsys, "map", str(path), "--out", str(tmp_path / "m.html"))
    assert code == 2, err
    if doc["features"] != [{"type": "Feature", "properties": {"legs": "x"}, "geometry": {
            "type": "LineString", "coordinates": [[70, 30], [71, 31]]}}]:
        code, _, err = run_cli(capsys, "osm", "fetch", "--route-geojson", str(path),
                               "--out", str(tmp_path / "g.graphml"))
        assert code == 2, err


def test_binary_gateways_exit_2(capsys, tmp_path):
    gw = tmp_path / "gw.csv"
    gw.write_bytes(bytes(range(256)))
    code, _, err = run_cli(capsys, "model", str(_text(tmp_path, FLIGHT)), "--out",
                           str(tmp_path / "o"), "--gateways", str(gw))
    assert code == 2 and "not a UTF-8 CSV" in err


def test_utf16_text_is_read_by_extract_model_and_map(capsys, tiny_dir, tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(FLIGHT.encode("utf-16"))
    code, out, err = run_cli(capsys, "extract", str(path), "--format", "json")
    assert code == 0, err
    assert "Tashkent" in out
    code, _, err = run_cli(capsys, "map", str(path), "--out", str(tmp_path / "m.html"),
                           "--tiles", "none")
    assert code == 0, err


def test_stdin_is_refused_as_it_streams(monkeypatch):
    import io

    from corridors.cli._text_input import read_text
    from corridors.extract import _text as _extract_text

    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, b):  # type: ignore[no-untyped-def]
            n = len(b)
            b[:n] = b"a" * n
            Endless.served += n
            return n

    monkeypatch.setattr(_extract_text, "MAX_BYTES", 3_000_000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    with pytest.raises(InputError, match="at most"):
        read_text("-")
    assert Endless.served < 6_000_000


def _text(folder: Path, body: str, name: str = "t.txt") -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(("native", "name"), [("Алматы", "Almaty"), ("لاہور", "Lahore"),
                                              ("Кабул", "Kabul"), ("喀什", "Kashgar")])
def test_native_script_names_of_network_places(native, name):
    from corridors.gazetteer import resolve_place

    assert corridors.route(native, "Islamabad" if name != "Lahore" else "Peshawar",
                           mode="road").origin.name == name
    assert resolve_place(native).name == name
