"""Scenario files (issue 13): the format, its round trip, each network edit's effect on
routes, bad files (exit 2 naming file and line), and `corridors compare`."""

from __future__ import annotations

import csv
import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import corridors
from corridors.cli import main
from corridors.errors import InputError, NoRouteError
from corridors.network import load_network, route
from corridors.scenarios import Scenario, scenario_from_links, scenario_network
from corridors.scenarios.compare import compare

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
WHAT_IF = EXAMPLES / "kazakhstan-pakistan-what-if.toml"
TEXT = EXAMPLES / "kazakhstan-pakistan-meeting.txt"
TORKHAM_SOURCED_H = 48.4


def sc(body: str, name: str = "t") -> Scenario:
    return Scenario.from_text(f'name = "{name}"\n{body}')


@pytest.fixture(autouse=True)
def _packaged_data():
    """These tests use the packaged network, whatever --data an earlier CLI test chose."""
    from corridors import settings

    settings.use_data_dir(None)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------------------- format


def test_round_trip_keeps_the_file_and_its_comments():
    text = WHAT_IF.read_text(encoding="utf-8")
    s = Scenario.from_file(WHAT_IF)
    assert s.to_toml() == text  # unchanged: written back as read, comments included
    assert [lk.id for lk in s.links] == ["L1", "L2", "L4"]
    assert {e.kind for e in s.edits} == {"segments", "flights", "crossings"}
    # changed: the writer's own output, which reads back to the same scenario
    s.parameters["gauge_break_h"] = 12.0
    changed = s.to_toml()
    assert changed != text
    assert changed.startswith("# A planner's scenario, made from")  # the header comments
    again = Scenario.from_text(changed)
    assert again.parameters == {"gauge_break_h": 12.0}
    assert [e.plain() for e in again.edits] == [e.plain() for e in s.edits]
    assert again.links == s.links
    assert again.link_notes == s.link_notes


def test_file_to_file_round_trip(tmp_path):
    s = Scenario.from_file(WHAT_IF)
    out = s.to_file(tmp_path / "copy.toml")
    assert out.read_text(encoding="utf-8") == WHAT_IF.read_text(encoding="utf-8")


def test_writer_escapes_any_text():
    link = corridors.ProposedLink(
        "L1", "road", ("road",), (corridors.Place("Lahore", "PK", "city", 31.5, 74.3),),
        (corridors.Place("Kabul", "AF", "city", 34.5, 69.2),), (), "proposed", True,
        'He said "yes" \\ then\nleft\x7f \x00 \ud800 é', 0, 10, 0.8)
    s = scenario_from_links([link], name='a "quoted" name')
    data = tomllib.loads(s.to_toml())
    assert data["name"] == 'a "quoted" name'
    assert data["links"][0]["evidence"].startswith('He said "yes" \\ then left\x7f')
    back = Scenario.from_text(s.to_toml())
    assert back.links[0].origins[0].name == "Lahore"


def test_a_place_the_gazetteer_cannot_name_is_written_as_a_table():
    odd = corridors.Place("Surkh Rod", "AF", "city", 34.46, 70.30)
    link = corridors.ProposedLink("L1", "road", ("road",), (odd,),
                                  (corridors.Place("Kabul", "AF", "city", 34.5, 69.2),), (),
                                  "proposed", True, "", 0, 0, 0.9)
    text = scenario_from_links([link]).to_toml()
    assert 'from = [{ name = "Surkh Rod", country = "AF", kind = "city"' in text
    back = Scenario.from_text(text)
    assert back.links[0].origins[0] == odd
    assert back.links[0].destinations[0].name == "Kabul"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(min_size=1, max_size=30), evidence=st.text(max_size=80),
       note=st.text(max_size=30))
def test_any_text_survives_the_writer(name, evidence, note):
    link = corridors.ProposedLink(
        "L1", "air", ("air",), (corridors.Place("Lahore", "PK", "city", 31.5, 74.3),),
        (corridors.Place("Almaty", "KZ", "city", 43.2, 76.9),), (), "proposed", True,
        evidence, 0, 0, 0.5)
    s = scenario_from_links([link], name=name, description=note)
    s.link_notes["L1"] = note
    data = tomllib.loads(s.to_toml())

    def clean(t: str) -> str:
        return t.encode("utf-8", "replace").decode("utf-8")

    assert data["name"] == clean(name)
    assert data.get("description", "") == clean(note)
    assert data["links"][0].get("evidence", "") == clean(" ".join(evidence.split()))
    assert data["links"][0].get("note", "") == clean(note)


def test_published_schema_is_the_loaders_schema():
    from corridors.scenarios._schema import json_schema

    shipped = ROOT / "corridors" / "scenarios" / "scenario.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == json_schema()
    packaged = ROOT / "corridors" / "data" / "examples" / WHAT_IF.name
    assert packaged.read_bytes() == WHAT_IF.read_bytes()


def test_examples_validate_against_the_published_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "corridors" / "scenarios" / "scenario.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in (WHAT_IF, EXAMPLES / "torkham-closed.toml"):
        jsonschema.validate(tomllib.loads(path.read_text(encoding="utf-8")), schema)
    bad = tomllib.loads('name = "x"\n[[crossings]]\nplace = "Torkham"\ndwell_road_h = -1\n')
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_base_scenario_is_extended():
    closed = Scenario.from_file(EXAMPLES / "torkham-closed.toml")
    assert closed.base_scenario is not None
    assert [lk.id for lk in closed.all_links()] == ["L1", "L2", "L4"]
    kinds = [(e.kind, e.get("place")) for e in closed.all_edits() if e.kind == "crossings"]
    assert kinds == [("crossings", "Torkham"), ("crossings", "Torkham")]  # base's, then own


def test_corridors_scenario_is_public():
    assert corridors.Scenario is Scenario
    assert "Scenario" in corridors.__all__


# ----------------------------------------------------------------------------- edits


def test_edits_never_touch_the_base_network():
    base = load_network()
    net = scenario_network(sc('[[crossings]]\nplace = "Torkham"\ndwell_road_h = 12\n'), base)
    assert net is not base
    assert net.dataset.crossings["torkham"].dwell_road_h == 12.0
    assert base.dataset.crossings["torkham"].dwell_road_h == TORKHAM_SOURCED_H
    assert scenario_network(sc(""), base) is base  # nothing to edit: the same network


def test_torkham_at_12_hours_cuts_peshawar_kabul_and_islamabad_tashkent():
    net = scenario_network(sc('[[crossings]]\nplace = "Torkham"\ndwell_road_h = 12\n'))
    saved = TORKHAM_SOURCED_H - 12.0
    before, after = route("Peshawar", "Kabul"), route("Peshawar", "Kabul", network=net)
    assert [c.name for c in after.crossings] == ["Torkham"]
    assert before.time_h - after.time_h == pytest.approx(saved)
    assert after.distance_km == pytest.approx(before.distance_km)
    # by road through Afghanistan: the same route, shorter by exactly the dwell cut
    b = route("Islamabad", "Tashkent", via=["Afghanistan"])
    a = route("Islamabad", "Tashkent", via=["Afghanistan"], network=net)
    assert b.time_h - a.time_h == pytest.approx(saved)
    # unconstrained: today's fastest road goes through China; at 12 h, through Afghanistan
    assert "CN" in route("Islamabad", "Tashkent").countries
    fastest = route("Islamabad", "Tashkent", network=net)
    assert fastest.countries == ("PK", "AF", "UZ")
    assert fastest.time_h == pytest.approx(a.time_h)


def test_torkham_closed_moves_the_route_to_another_crossing():
    net = scenario_network(sc('[[crossings]]\nplace = "Torkham"\nstatus = "closed"\n'))
    r = route("Peshawar", "Kabul", network=net)
    assert "Torkham" not in [c.name for c in r.crossings]
    assert r.countries == ("PK", "AF")
    r2 = route("Islamabad", "Tashkent", via=["Afghanistan"], network=net)
    assert "Torkham" not in [c.name for c in r2.crossings]


def test_crossing_closed_to_one_mode_only():
    net = scenario_network(sc('[[crossings]]\nplace = "Torkham"\nstatus = "closed"\n'
                              'modes = ["rail"]\n'))
    assert [c.name for c in route("Peshawar", "Kabul", network=net).crossings] == ["Torkham"]
    r = route("Peshawar", "Kabul", mode="rail", scenario="proposed", network=net)
    assert "Torkham" not in [c.name for c in r.crossings]


def test_a_new_rail_line_is_used():
    with pytest.raises(NoRouteError):
        route("Peshawar", "Kabul", mode="rail")
    net = scenario_network(sc('[[lines]]\nid = "khyber"\nmode = "rail"\n'
                              'through = ["Peshawar", "Jalalabad", "Kabul"]\n'
                              'status = "existing"\ngauge_mm = 1676\nspeed_kmh = 50\n'))
    r = route("Peshawar", "Kabul", mode="rail", network=net)
    refs = {leg.ref for leg in r.legs}
    assert "scenario khyber" in refs
    assert [c.name for c in r.crossings] == ["Torkham"]  # inserted between PK and AF
    moving = sum(leg.time_h for leg in r.legs if leg.ref == "scenario khyber")
    km = sum(leg.distance_km for leg in r.legs if leg.ref == "scenario khyber")
    assert moving == pytest.approx(km / 50)  # the line's own speed
    # a proposed line is in the proposed scenario only
    net2 = scenario_network(sc('[[lines]]\nid = "khyber"\nmode = "rail"\n'
                               'through = ["Peshawar", "Jalalabad", "Kabul"]\n'
                               'gauge_mm = 1676\n'))
    with pytest.raises(NoRouteError):
        route("Peshawar", "Kabul", mode="rail", network=net2)
    assert route("Peshawar", "Kabul", mode="rail", scenario="proposed", network=net2)


def test_segment_removed_and_status_changed():
    base = route("Peshawar", "Kabul")
    cut = scenario_network(sc('[[segments]]\nfrom = "Peshawar"\nto = "Torkham"\n'
                              'mode = "road"\nremove = true\n'))
    assert "Torkham" not in [c.name for c in route("Peshawar", "Kabul", network=cut).crossings]
    assert route("Peshawar", "Kabul", network=cut).time_h > base.time_h
    planned = scenario_network(sc('[[segments]]\nid = "uap_kabul_variant"\n'
                                  'status = "existing"\n'))
    r = route("Peshawar", "Mazar-i-Sharif", mode="rail", network=planned)
    assert "UAP" in {leg.ref for leg in r.legs}


def test_flight_speed_and_parameter_edits():
    today = route("Lahore", "Almaty", mode="air")
    net = scenario_network(sc('[[flights]]\nfrom = "Lahore"\nto = "ALA"\nstatus = "existing"\n'
                              'frequency = "3 weekly"\n'))
    direct = route("Lahore", "Almaty", mode="air", network=net)
    assert direct.time_h < today.time_h
    assert sum(1 for leg in direct.legs if leg.mode == "air") == 1
    slow = scenario_network(sc('[[speeds]]\nmode = "road"\nclass = "highway"\n'
                               'speed_kmh = 20\n'))
    assert route("Peshawar", "Kabul", network=slow).moving_h > \
        route("Peshawar", "Kabul").moving_h
    gb = scenario_network(sc("[parameters]\ngauge_break_h = 100\n"))
    assert gb.dataset.param("gauge_break_h") == 100


# ----------------------------------------------------------------------------- done when


def test_extract_edit_model_reflects_exactly_the_edits(capsys, tmp_path):
    code, out, err = run_cli(capsys, "extract", str(TEXT), "--format", "scenario")
    assert code == 0, err
    s = Scenario.from_text(out)
    assert [lk.id for lk in s.links] == ["L1", "L2", "L3"]
    # the planner's edits: drop L3, add L4, Torkham at 12 h
    text = out.replace('[[links]]\nid = "L3"', '[[links]]\nid = "L3-dropped"')
    edited = Scenario.from_text(text)
    edited.links = [lk for lk in edited.links if lk.id != "L3-dropped"]
    added = Scenario.from_text('name = "x"\n[[links]]\nmode = "road"\nfrom = ["Peshawar"]\n'
                               'to = ["Kabul"]\nid = "L4"\n'
                               '[[crossings]]\nplace = "Torkham"\ndwell_road_h = 12\n')
    edited.links += added.links
    edited.edits += added.edits
    path = tmp_path / "edited.toml"
    edited.to_file(path)
    code, _, err = run_cli(capsys, "model", str(path), "--out", str(tmp_path / "o"), "-q")
    assert code == 0, err
    summary = _csv(tmp_path / "o" / "summary.csv")
    assert {r["link_id"] for r in summary} == {"L1", "L2", "L4"}
    l4 = [r for r in summary if r["link_id"] == "L4"]
    assert {r["scenario"] for r in l4} == {"existing", "proposed"}
    for r in l4:
        assert r["border_crossings"] == "Torkham" and float(r["border_h"]) == 12.0
    # every road crossing of Torkham in the run waits 12 h, none the sourced 48.4 h
    routes = json.loads((tmp_path / "o" / "routes.geojson").read_text(encoding="utf-8"))
    dwell = {c["dwell_h"] for f in routes["features"] if f["properties"]["mode"] == "road"
             for c in f["properties"]["border_crossings"] if c["name"] == "Torkham"}
    assert dwell == {12.0}
    back = Scenario.from_file(tmp_path / "o" / "scenario.toml")
    assert [lk.id for lk in back.links] == ["L1", "L2", "L4"]
    assert [e.plain() for e in back.edits] == [e.plain() for e in edited.edits]


def test_model_text_with_scenario_file_and_python_api(tmp_path):
    edits = Scenario.from_text('name = "t12"\n[[crossings]]\nplace = "Torkham"\n'
                               'dwell_road_h = 12\n')
    res = corridors.model(TEXT.read_text(encoding="utf-8"), edits=edits)
    notes = [u.reason for u in res.unmodelled if u.link_id == "scenario"]
    assert notes == ["t12: crossing Torkham: dwell_road_h 12 h"]
    assert all(c.dwell_h == 12.0 for r in res.routes_list if r.mode == "road"
               for c in r.crossings if c.name == "Torkham")
    res2 = corridors.model(Scenario.from_file(WHAT_IF))
    assert res2.source_name == "what-if"
    assert {str(lk.id) for lk in res2.links} == {"L1", "L2", "L4"}
    paths = res2.write(tmp_path / "o")
    assert set(paths) == {"links.json", "routes.geojson", "summary.csv", "report.md",
                          "map.html", "scenario.toml"}
    report = (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
    assert "## Scenario: what-if" in report and "- crossing Torkham: dwell_road_h 12 h" in report
    assert "## Links of the scenario (3)" in report


def test_reach_with_scenario_file(capsys, tmp_path):
    f = tmp_path / "t.toml"
    f.write_text('name = "t"\n[[crossings]]\nplace = "Torkham"\ndwell_road_h = 0\n')
    code, out, err = run_cli(capsys, "reach", "Peshawar", "--hours", "10", "--format", "json")
    assert code == 0, err
    assert "Kabul" not in [r["name"] for r in json.loads(out)["reached"]]
    code, out, err = run_cli(capsys, "reach", "Peshawar", "--hours", "10", "--format", "json",
                             "--scenario-file", str(f))
    assert code == 0, err
    assert "Kabul" in [r["name"] for r in json.loads(out)["reached"]]


def test_inline_array_errors_name_the_arrays_line():
    with pytest.raises(InputError, match=r"x.toml, line 2: 'dwell_road_h' must be a number"):
        Scenario.from_text('name = "x"\ncrossings = [{ place = "Torkham", dwell_road_h = "a" }]'
                           '\n', name="x.toml")


def test_edits_file_links_come_after_the_texts(capsys, tmp_path):
    f = tmp_path / "e.toml"
    f.write_text('name = "e"\n[[links]]\nid = "L1"\nmode = "road"\nfrom = ["Peshawar"]\n'
                 'to = ["Kabul"]\n', encoding="utf-8")
    out = tmp_path / "o"
    code, _, err = run_cli(capsys, "model", str(TEXT), "--scenario-file", str(f),
                           "--out", str(out), "-q", "--no-compare")
    assert code == 0, err
    links = json.loads((out / "links.json").read_text(encoding="utf-8"))["links"]
    assert [lk["id"] for lk in links] == ["L1", "L2", "L3", "L4"]  # the file's L1 renumbered
    assert links[3]["origins"][0]["name"] == "Peshawar"
    back = Scenario.from_file(out / "scenario.toml")
    assert [lk.id for lk in back.links] == ["L1", "L2", "L3", "L4"]


def test_extract_scenario_from_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TEXT.read_bytes())))
    code, out, err = run_cli(capsys, "extract", "-", "--format", "scenario")
    assert code == 0, err
    s = Scenario.from_text(out)
    assert s.name == "extracted" and len(s.links) == 3


def test_route_with_scenario_file(capsys, tmp_path):
    f = tmp_path / "c.toml"
    f.write_text('name = "c"\n[[crossings]]\nplace = "Torkham"\nstatus = "closed"\n')
    code, out, err = run_cli(capsys, "route", "Peshawar", "Kabul", "--scenario-file", str(f),
                             "--format", "json")
    assert code == 0, err
    assert "Torkham" not in [c["name"] for c in json.loads(out)["border_crossings"]]


# ----------------------------------------------------------------------------- bad files


BAD = [
    ('name = "x"\n[[crossings]]\nplace = "Torkam"\ndwell_road_h = 12\n', 3,
     ["unknown place 'Torkam'", "Torkham"]),
    ('name = "x"\n[[crossings]]\nplace = "Torkham"\ndwell_road = 12\n', 4,
     ["unknown key 'dwell_road'", "dwell_road_h"]),
    ('name = "x"\n[[crossings]]\nplace = "Torkham"\ndwell_road_h = "12"\n', 4,
     ["'dwell_road_h' must be a number"]),
    ('name = "x"\n[[crossings]]\nplace = "Torkham"\ndwell_road_h = -3\n', 4,
     ["out of range"]),
    ('name = "x"\n\n[[lines]]\nid = "a"\nmode = "rail"\nthrough = ["Peshawar", "Kabul"]\n'
     'gauge_mm = 1000\n', 7, ["'gauge_mm' = 1000 is not one of"]),
    ('name = "x"\n[[lines]]\nid = "a"\nmode = "rail"\nthrough = ["Peshawar", "Kabol Xyz"]\n',
     5, ["unknown place 'Kabol Xyz'"]),
    ('name = "x"\n[[links]]\nmode = "road"\nfrom = ["Qwzxplk"]\nto = ["Kabul"]\n', 4,
     ["unknown place 'Qwzxplk'"]),
    # the country a place is written with is a constraint: India's Kartarpur is no answer
    ('name = "x"\n[[links]]\nmode = "road"\nfrom = ["Kartarpur, PK"]\nto = ["Lahore"]\n', 4,
     ["unknown place 'Kartarpur, PK'"]),
    ('name = "x"\ncolour = 3\n', 2, ["unknown key 'colour'"]),
    ('name = "x"\n[[crossings]\nplace = "Torkham"\n', 2, ["not valid TOML"]),
    ('name = "x"\n[parameters]\ngauge_brake_h = 3\n', None, ["gauge_brake_h", "gauge_break_h"]),
    ('description = "no name"\n', None, ["needs the key 'name'"]),
    ('name = "x"\n[[segments]]\nid = "nope_segment"\nremove = true\n', 3,
     ["no segment with id 'nope_segment'"]),
    ('name = "x"\nbase = "x.toml"\n', 2, ["extends itself"]),
    ('name = "x"\n\n[[crossing]]\nplace = "Torkham"\n', 3,
     ["unknown key 'crossing'", "did you mean 'crossings'"]),
    ('name = "x"\n[parameters]\nair_cruise_kmh = 0\n', None, ["'air_cruise_kmh' = 0 is "
                                                            "impossible"]),
    ('name = "x"\n[[lines]]\nid = "a"\nmode = "road"\nthrough = ["Peshawar"]\n', 5,
     ["'through' needs at least 2"]),
]


@pytest.mark.parametrize(("body", "line", "words"), BAD)
def test_bad_scenario_files_exit_2_with_file_and_line(capsys, tmp_path, body, line, words):
    f = tmp_path / "x.toml"
    f.write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, "model", str(f), "--out", str(out))
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1
    assert str(f) in err
    if line is not None:
        assert f"line {line}:" in err
    for w in words:
        assert w in err
    assert not any(p.name != ".corridors.lock" for p in out.iterdir())  # nothing written
    code, _, err2 = run_cli(capsys, "route", "Peshawar", "Kabul", "--scenario-file", str(f))
    assert code == 2 and str(f) in err2


def test_bad_file_with_a_text_leaves_no_output(capsys, tmp_path):
    f = tmp_path / "e.toml"
    f.write_text('name = "e"\n[[crossings]]\nplace = "Lahore"\ndwell_road_h = 1\n')
    code, _, err = run_cli(capsys, "model", str(TEXT), "--scenario-file", str(f),
                           "--out", str(tmp_path / "o"))
    assert code == 2 and "line 3" in err and "not a border crossing" in err
    assert not (tmp_path / "o" / "links.json").exists()


def test_python_api_raises_input_error():
    with pytest.raises(InputError, match=r"line 2: unknown key"):
        Scenario.from_text('name = "x"\nfoo = 1\n', name="mine.toml")


# ----------------------------------------------------------------------------- compare


def test_compare_writes_three_outputs_that_agree(capsys, tmp_path):
    base = tmp_path / "today.toml"
    base.write_text('name = "today"\n')
    t12 = tmp_path / "t12.toml"
    t12.write_text('name = "t12"\n[[crossings]]\nplace = "Torkham"\ndwell_road_h = 12\n')
    shut = tmp_path / "shut.toml"
    shut.write_text('name = "shut"\n[[crossings]]\nplace = "Torkham"\nstatus = "closed"\n')
    out = tmp_path / "cmp"
    code, stdout, err = run_cli(capsys, "compare", str(base), str(t12), str(shut),
                                "--od", "Peshawar:Kabul", "--od", "Islamabad:Tashkent",
                                "--out", str(out), "-q")
    assert code == 0, err
    assert {p.name for p in out.iterdir()} >= {"compare.csv", "compare.md", "compare.html"}
    rows = _csv(out / "compare.csv")
    assert len(rows) == 6
    by = {(r["pair"], r["scenario"]): r for r in rows}
    pk = "Road, Peshawar → Kabul"
    assert float(by[(pk, "t12")]["time_vs_first_h"]) == pytest.approx(-36.4)
    assert float(by[(pk, "today")]["time_vs_first_h"]) == 0
    assert "Torkham" not in by[(pk, "shut")]["border_crossings"]
    md = (out / "compare.md").read_text(encoding="utf-8")
    lines = [ln for ln in stdout.splitlines() if ln.startswith("Road, ")]
    assert len(lines) == 2
    assert lines[0].startswith(f"{pk}: t12 wins with 19 h 21")
    assert "1 d 12 h 24 faster than today" in lines[0]
    assert lines[1].startswith("Road, Islamabad → Tashkent: t12 wins")
    for ln in lines:
        assert ln in md
    page = (out / "compare.html").read_text(encoding="utf-8")
    assert "t12" in page and "shut" in page


def test_compare_on_the_links_pairs_and_no_route_is_reported():
    a = Scenario.from_file(WHAT_IF)
    cut = Scenario.from_text(
        'name = "no-air"\nbase = "kazakhstan-pakistan-what-if.toml"\n'
        '[[speeds]]\nmode = "road"\nspeed_kmh = 1\n', base_dir=EXAMPLES)
    c = compare([a, cut], od=["Lahore:Almaty"], modes=("air", "sea"))
    sentences = c.sentences()
    assert sentences[1] == "Sea, Lahore → Almaty: no route in any scenario."
    rows = c.rows()
    assert rows[-1]["found"] is False and rows[-1]["error"]
    c2 = compare([a, Scenario.from_file(EXAMPLES / "torkham-closed.toml")])
    modes = {p.mode for p in c2.pairs}
    assert modes == {"air", "road", "rail"}
    assert any("Peshawar → Kabul: what-if wins" in s for s in c2.sentences())


def test_compare_bad_input(capsys, tmp_path):
    one = tmp_path / "a.toml"
    one.write_text('name = "a"\n')
    code, _, err = run_cli(capsys, "compare", str(one), "--od", "Peshawar:Kabul",
                           "--out", str(tmp_path / "o"))
    assert code == 2 and "at least two" in err
    code, _, err = run_cli(capsys, "compare", str(one), str(one), "--od", "Peshawar-Kabul",
                           "--out", str(tmp_path / "o"))
    assert code == 2 and "FROM:TO" in err
    assert not (tmp_path / "o" / "compare.csv").exists()
