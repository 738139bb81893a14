"""``corridors osm load|route|circuity`` (``osm fetch`` is tested with the recorded
Overpass responses in test_osm_fetch.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_osm import (  # the XML builder and the Khyber test network
    NODES,
    needs_osmium,
    osm_xml,
    road_file,
)

from corridors.cli import build_parser, main

__all__ = ["road_file"]  # a fixture shared with test_osm.py

RAIL_LINE = {  # Mazar-i-Sharif -> Hairatan -> Termez, close to the tiny dataset's nodes
    1: (36.71, 67.11), 2: (36.90, 67.20), 3: (37.10, 67.35), 4: (37.23, 67.43),
    5: (37.23, 67.36), 6: (37.22, 67.28),
}


@pytest.fixture
def rail_file(tmp_path: Path) -> Path:
    path = tmp_path / "hairatan.osm"
    ways = [(1, [1, 2, 3, 4, 5, 6], {"railway": "rail", "gauge": "1520", "name": "Hairatan"})]
    path.write_text(osm_xml(RAIL_LINE, ways), encoding="utf-8")
    return path


@pytest.mark.parametrize("action", ["fetch", "load", "route", "circuity"])
def test_every_action_has_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["osm", action, "--help"])
    assert exit_.value.code == 0
    assert len(capsys.readouterr().out) > 200


@needs_osmium
def test_load_table_json_and_save(road_file: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["osm", "load", str(road_file)]) == 0
    out = capsys.readouterr().out
    assert "road graph (highway=motorway|trunk|primary)" in out and "nodes       3" in out
    saved = tmp_path / "saved.graphml"
    assert main(["osm", "load", str(road_file), "--road-classes", "all", "--all-components",
                 "--format", "json", "--save", str(saved), "--engine", "osmium"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["components"] == 2 and doc["classes"]["residential"] == 2
    assert main(["osm", "load", str(saved), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["edges"] == doc["edges"]


def test_load_bad_file_is_one_sentence(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.osm"
    broken.write_text("<osm><node id='1' lat='1' lon='2'>")
    assert main(["osm", "load", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("corridors: broken.osm is not well-formed OSM XML")
    assert err.count("\n") == 1


def test_route_json_and_errors(road_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = NODES[1], NODES[6]
    assert main(["osm", "route", f"{a[0]},{a[1]}", f"{b[0]},{b[1]}", "--osm-file",
                 str(road_file), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["mode"] == "road" and doc["legs"][0]["ref"] == "M-1"
    assert doc["geometry"]["coordinates"][0] == [a[1], a[0]]
    assert main(["osm", "route", f"{a[0]},{a[1]}", "41.3,69.2", "--osm-file",
                 str(road_file)]) == 2
    assert "does not cover it" in capsys.readouterr().err
    far = NODES[10]
    assert main(["osm", "route", f"{a[0]},{a[1]}", f"{far[0]},{far[1]}", "--osm-file",
                 str(road_file), "--all-components"]) == 3
    assert "do not connect" in capsys.readouterr().err


def test_route_command_with_osm_network(road_file: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    a, b = NODES[6], NODES[1]
    code = main(["route", f"{a[0]},{a[1]}", f"{b[0]}, {b[1]}", "--network", "osm",
                 "--osm-file", str(road_file), "--format", "json"])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert [leg["ref"] for leg in doc["legs"]] == ["N-5", "N-5"]


def test_circuity_on_tiny_dataset(rail_file: Path, tiny_dir: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["osm", "circuity", "--osm-file", str(rail_file), "--mode", "rail",
                 "--data", str(tiny_dir), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    by_id = {s["segment"]: s for s in doc["segments"]}
    assert by_id["l4"]["status"] == "ok" and by_id["l4"]["circuity"] >= 1.0
    assert by_id["l4"]["ratio"] == pytest.approx(by_id["l4"]["osm_km"] / 75.0, abs=0.01)
    assert by_id["l1"]["status"] == "not_covered"
    assert doc["summary"]["measured"] == 1
    assert main(["osm", "circuity", "--osm-file", str(rail_file), "--mode", "rail",
                 "--data", str(tiny_dir), "--segment", "l4"]) == 0
    out = capsys.readouterr().out
    assert "l4" in out and "1 of 1 segments covered" in out
    assert main(["osm", "circuity", "--osm-file", str(rail_file), "--mode", "rail",
                 "--data", str(tiny_dir), "--segment", "r1"]) == 2
