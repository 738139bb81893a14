"""The CLI as a user meets it: exit codes, one-sentence errors, help for every command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corridors.cli import COMMANDS, build_parser, main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_help(capsys):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    names = set(sub.choices)  # type: ignore[union-attr]
    assert {"route", "places"} <= names <= set(COMMANDS)
    for name in names:
        with pytest.raises(SystemExit) as ex:
            main([name, "--help"])
        assert ex.value.code == 0
        out = capsys.readouterr().out
        assert "usage:" in out and len(out) > 80


def test_route_json_and_table(capsys, tiny_dir):
    code, out, _ = run_cli(capsys, "route", "Lahore", "Tashkent", "--data", str(tiny_dir),
                           "--format", "json", "--alternatives", "1")
    assert code == 0
    d = json.loads(out)
    assert d["countries"][:3] == ["PK", "AF", "UZ"]
    assert d["alternatives"]
    code, out, _ = run_cli(capsys, "route", "Lahore", "Tashkent", "--data", str(tiny_dir))
    assert code == 0
    assert "Torkham" in out and "km" in out


def test_route_geojson(capsys, tiny_dir):
    code, out, _ = run_cli(capsys, "route", "Lahore", "Kabul", "--data", str(tiny_dir),
                           "--format", "geojson")
    fc = json.loads(out)
    assert code == 0 and fc["type"] == "FeatureCollection"
    assert fc["features"][0]["geometry"]["type"] == "LineString"


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["route", "Lahor", "Kabul"], 2, "Did you mean"),
        (["route", "Hyderabad", "Kabul"], 2, "ambiguous"),
        (["route", "Lahore", "Lahore"], 2, "same place"),
        (["route", "Lahore", "Kabul", "--mode", "boat"], 2, "Unknown mode"),
        (["route", "Peshawar", "Termez", "--mode", "rail"], 3, "--scenario proposed"),
        (["route", "95,10", "Kabul"], 2, "outside -90..90"),
    ],
)
def test_route_errors(capsys, tiny_dir, args, code, needle):
    got, _, err = run_cli(capsys, *args, "--data", str(tiny_dir))
    assert got == code
    assert needle in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_malformed_custom_data_names_file_and_row(capsys, tiny_dir, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in tiny_dir.iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    seg = bad / "segments.csv"
    lines = seg.read_text().splitlines()
    lines[3] = lines[3].replace("existing", "finished", 1)
    seg.write_text("\n".join(lines) + "\n")
    code, _, err = run_cli(capsys, "route", "Lahore", "Kabul", "--data", str(bad))
    assert code == 2
    assert "segments.csv, line 4" in err and "finished" in err


def test_places(capsys, tiny_dir, monkeypatch):
    monkeypatch.setenv("CORRIDORS_DATA_DIR", str(tiny_dir))
    code, out, _ = run_cli(capsys, "places", "mazar")
    assert code == 0 and "Mazar-i-Sharif" in out
    code, out, _ = run_cli(capsys, "places", "hyderabad", "--country", "PK", "--format", "json")
    assert [p["country"] for p in json.loads(out)] == ["PK"]


def test_cold_route_process_imports_no_heavy_modules(tiny_dir, tmp_path):
    code = (
        "import sys\n"
        "from corridors.cli import main\n"
        f"rc = main(['route', 'Lahore', 'Kabul', '--data', {str(tiny_dir)!r}, '-q'])\n"
        "heavy = [m for m in ('geopandas', 'folium', 'osmnx', 'matplotlib', 'pandas', 'networkx')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(rc)\n"
    )
    env = {"CORRIDORS_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    for _ in range(2):  # the second run reads the cached network
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, check=False, cwd=Path(__file__).parent)
        assert res.returncode == 0, res.stderr
        assert "HEAVY []" in res.stdout


def test_import_corridors_is_light():
    code = ("import sys, corridors\n"
            "heavy = [m for m in ('geopandas', 'folium', 'osmnx', 'matplotlib', 'pandas',"
            " 'networkx', 'pyproj', 'shapely', 'scipy') if m in sys.modules]\n"
            "print(heavy)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert res.stdout.strip() == "[]"


def test_model_command_writes_files_and_handles_bad_input(capsys, tiny_dir, tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("Pakistan wants direct flights from Lahore to Tashkent, the minister said.")
    out = tmp_path / "out"
    code, stdout, err = run_cli(capsys, "model", str(text), "--out", str(out),
                                "--data", str(tiny_dir))
    assert code == 0, err
    assert {p.name for p in out.iterdir()} >= {"links.json", "routes.geojson", "summary.csv",
                                                "report.md", "map.html"}
    assert "Lahore" in stdout and "routing" in err  # summary on stdout, progress on stderr
    code, _, err = run_cli(capsys, "model", str(tmp_path / "missing.txt"))
    assert code == 2 and "does not exist" in err
    binary = tmp_path / "b.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    code, _, err = run_cli(capsys, "model", str(binary), "--out", str(tmp_path / "o2"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = run_cli(capsys, "model", str(empty), "--out", str(tmp_path / "o3"),
                           "--data", str(tiny_dir))
    assert code == 0
    assert "no transport link" in err
    assert (tmp_path / "o3" / "report.md").exists()


OSM_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "osm-samples" / (
    "planet_10.068_48.135_10.071_48.137.osm")


@pytest.mark.skipif(not OSM_SAMPLE.exists(), reason="shared OSM sample absent")
def test_route_on_an_osm_file(capsys):
    code, out, err = run_cli(capsys, "route", "48.1355,10.0685", "48.1368,10.0705",
                             "--network", "osm", "--osm-file", str(OSM_SAMPLE),
                             "--road-classes", "all", "--format", "json")
    assert code == 0, err
    d = json.loads(out)
    assert d["from"]["kind"] == "point"
    assert 0.1 < d["distance_km"] < 1.0
    code, _, err = run_cli(capsys, "route", "48.1355,10.0685", "48.1368,10.0705",
                           "--network", "osm", "--osm-file", str(OSM_SAMPLE))
    assert code == 2 and "road-classes" in err  # no major road in a residential sample
    code, _, err = run_cli(capsys, "route", "A", "B", "--network", "osm")
    assert code == 2 and "--osm-file" in err


def test_model_prints_headlines_and_a_table(capsys, tiny_dir, tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("The two governments proposed a railway from Lahore to Termez via Kabul.")
    code, out, err = run_cli(capsys, "-q", "model", str(text), "--out", str(tmp_path / "o"),
                             "--data", str(tiny_dir))
    assert code == 0, err
    assert "In short:" in out
    row = next(ln for ln in out.splitlines() if ln.startswith("L1 ") and "rail" in ln)
    assert "Lahore - Termez" in row and "no route" in row and "km" in row


def test_reach_command(capsys, tiny_dir, monkeypatch):
    monkeypatch.setenv("CORRIDORS_DATA_DIR", str(tiny_dir))
    code, out, _ = run_cli(capsys, "reach", "Lahore", "--hours", "10")
    assert code == 0 and "Islamabad" in out
    code, out, _ = run_cli(capsys, "reach", "Lahore", "--hours", "10", "--format", "json")
    assert code == 0 and json.loads(out)["reached"][0]["name"] == "Lahore"
    assert {m["country"] for m in json.loads(out)["out_of_reach"]} >= {"AF"}
    code, _, err = run_cli(capsys, "reach", "Lahore", "--hours", "-1")
    assert code == 2 and "positive" in err
