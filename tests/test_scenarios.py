"""Materializing links into route requests and modelling them in both scenarios."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import SEGMENTS as SEGMENTS_IN_TINY

from corridors.records.place import Place
from corridors.scenarios._model import materialize, model, time_distance_profile

PK = Place("Pakistan", "PK", "country", 33.7, 73.0)
AF = Place("Afghanistan", "AF", "country", 34.5, 69.2)
UZ = Place("Uzbekistan", "UZ", "country", 41.3, 69.2)
CA = Place("Central Asia", None, "region", 43.0, 68.0, members=("KZ", "KG", "TJ", "TM", "UZ"))
LAHORE = Place("Lahore", "PK", "city", 31.55, 74.34)
MOSCOW = Place("Moscow", "RU", "city", 55.75, 37.62)


def link(lid, mode, origins, dests, via=(), status="proposed", modes=None):
    return {"id": lid, "mode": mode, "modes": modes or ([mode] if mode != "land" else
                                                          ["road", "rail"]),
            "origins": [p.to_dict() | {"members": list(p.members)} for p in origins],
            "destinations": [p.to_dict() | {"members": list(p.members)} for p in dests],
            "via": [p.to_dict() for p in via], "status": status, "directed": True,
            "evidence": {"text": f"<b>evidence</b> of {lid}", "start": 0, "end": 10},
            "confidence": 0.8}


def test_country_and_region_endpoints_become_gateways(tiny_net):
    reqs, skipped = materialize([link("L1", "land", [PK], [CA], via=[AF])], network=tiny_net)
    assert {r.mode for r in reqs} == {"road", "rail"}
    assert all(r.via_country == "AF" for r in reqs)
    road = [r for r in reqs if r.mode == "road"]
    # Pakistan's first gateways to each member with a gateway in the network (UZ, KG)
    assert {(r.origin, r.destination) for r in road} >= {("islamabad", "tashkent")}
    assert all(tiny_net.dataset.nodes[r.origin].country == "PK" for r in reqs)
    assert not any("Lahore" in u.reason for u in skipped)


def test_out_of_coverage_is_reported_not_dropped(tiny_net):
    reqs, skipped = materialize([link("L2", "air", [LAHORE], [MOSCOW])], network=tiny_net)
    assert reqs == []
    assert any("Moscow" in u.reason and "coverage" in u.reason for u in skipped)


def test_sea_and_rejected_links_are_reported(tiny_net):
    _, skipped = materialize([link("L3", "sea", [LAHORE], [UZ]),
                              link("L4", "road", [LAHORE], [UZ], status="rejected")],
                             network=tiny_net)
    reasons: dict[str, list[str]] = {}
    for u in skipped:
        reasons.setdefault(u.link_id, []).append(u.reason)
    # the tiny network has no seaports: both ends are reported, neither silently dropped
    assert any("Lahore is not on the sea network" in r for r in reasons["L3"])
    assert any("Uzbekistan has no sea gateway" in r for r in reasons["L3"])
    assert any("rejects" in r for r in reasons["L4"])


def test_model_compares_scenarios_and_alternatives(tiny_net):
    res = model("", links=[link("L1", "land", [PK], [UZ], via=[AF])], network=tiny_net)
    rows = res.summary_rows()
    rail = [r for r in rows if r["mode"] == "rail" and r["role"] == "proposal"]
    assert {r["scenario"]: r["found"] for r in rail} == {"existing": False, "proposed": True}
    assert any("--scenario proposed" in r["error"] for r in rail if r["scenario"] == "existing")
    road_comp = [r for r in rows if r["mode"] == "road" and r["role"].startswith("comparison")]
    assert road_comp and all("AF" not in r["countries"] for r in road_comp)
    assert any("CN" in r["countries"] for r in road_comp)


def test_profile_has_vertical_steps_at_borders(tiny_net):
    from corridors.network.routing import route

    r = route("Lahore", "Tashkent", network=tiny_net)
    prof = time_distance_profile(r)
    assert prof[0] == {"km": 0.0, "h": 0.0, "event": "start Lahore"}
    steps = [p for p in prof if p["event"].startswith("border")]
    assert len(steps) == len(r.crossings)
    assert prof[-1]["h"] == pytest.approx(r.time_h, abs=0.02)
    assert prof[-1]["km"] == pytest.approx(r.distance_km, abs=0.2)
    kms = [p["km"] for p in prof]
    assert kms == sorted(kms)


def test_write_outputs(tiny_net, tmp_path):
    res = model("", links=[link("L1", "road", [LAHORE], [UZ], via=[AF]),
                           link("L2", "air", [LAHORE], [MOSCOW])],
                network=tiny_net, source_name="<script>alert(1)</script>")
    (tmp_path / "keep.txt").write_text("unrelated")
    paths = res.write(tmp_path)
    assert set(paths) == {"links.json", "routes.geojson", "summary.csv", "report.md", "map.html",
                          "scenario.toml"}
    assert (tmp_path / "keep.txt").read_text() == "unrelated"
    links = json.loads((tmp_path / "links.json").read_text())
    assert [lk["id"] for lk in links["links"]] == ["L1", "L2"]
    fc = json.loads((tmp_path / "routes.geojson").read_text())
    props = fc["features"][0]["properties"]
    for key in ("distance_km", "time_h", "moving_h", "border_h", "transship_h", "swod_kmh",
                "swd_kmh", "border_crossings", "countries", "profile", "evidence", "role"):
        assert key in props
    with (tmp_path / "summary.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert rows and rows[0]["link_id"] == "L1"
    report = (tmp_path / "report.md").read_text()
    assert "<script>" not in report and "<b>" not in report
    assert "Moscow" in report and "coverage" in report
    assert "Compared with today's alternatives" in report
    assert "<script>alert(1)</script>" not in (tmp_path / "map.html").read_text()


def test_no_links_still_writes_files(tiny_net, tmp_path):
    res = model("", links=[], network=tiny_net)
    paths = res.write(tmp_path)
    assert len(paths) == 6  # scenario.toml included
    assert "No transport link was found" in (tmp_path / "report.md").read_text()


def test_notebook_views(tiny_net):
    res = model("", links=[link("L1", "road", [LAHORE], [UZ], via=[AF])], network=tiny_net)
    gdf = res.routes
    assert len(gdf) == len(res.routes_list) and gdf.crs.to_epsg() == 4326
    assert {"distance_km", "time_h", "role"} <= set(gdf.columns)
    df = res.summary
    assert list(df["link_id"].unique()) == ["L1"]
    html_out = res._repr_html_()
    assert "<table>" in html_out and "&lt;b&gt;evidence&lt;/b&gt;" in html_out
    assert "<b>evidence</b>" not in html_out


def test_comparisons_leave_through_another_neighbour(tiny_net):
    res = model("", links=[link("L1", "road", [PK], [UZ], via=[AF])], network=tiny_net,
                scenarios=("existing",))
    comps = [m for m in res.modelled if m.request.role == "comparison"]
    assert comps
    for m in comps:
        assert m.route is not None
        assert m.route.countries[:2] == ("PK", m.request.via_country)
        assert "AF" not in m.route.countries


def test_a_town_the_network_lacks_is_joined_nearby(tiny_net):
    jalalabad_area = Place("Surkh Rod", "AF", "city", 34.46, 70.30)  # ~15 km from Jalalabad
    reqs, notes = materialize([link("L5", "road", [jalalabad_area], [UZ])], network=tiny_net)
    assert reqs and reqs[0].origin == "jalalabad"
    assert [u.kind for u in notes] == ["note"]
    assert "joined at Jalalabad" in notes[0].reason
    far = Place("Farah", "AF", "city", 32.37, 62.11)
    reqs, notes = materialize([link("L6", "road", [far], [UZ])], network=tiny_net)
    assert reqs == [] and "no road node lies within" in notes[0].reason


KASHGAR = Place("Kashgar", "CN", "city", 39.47, 75.99)
BISHKEK = Place("Bishkek", "KG", "city", 42.87, 74.57)
PESHAWAR = Place("Peshawar", "PK", "city", 34.01, 71.58)
KABUL = Place("Kabul", "AF", "city", 34.53, 69.17)


def test_a_proposed_line_the_dataset_lacks_is_added_as_hypothetical(tiny_net):
    res = model("", links=[link("L7", "rail", [KASHGAR], [BISHKEK])], network=tiny_net)
    added = [s for s in res.network.dataset.segments if s.id.startswith("text:")]
    # the chain gets the CN-KG crossing between the two cities
    assert [(s.from_id, s.to_id) for s in added] == [("kashgar", "torugart"),
                                                      ("torugart", "bishkek")]
    assert all(s.status == "proposed" and s.length_estimated for s in added)
    assert all("hypothetical, from the text" in s.source for s in added)
    by = {m.scenario: m for m in res.modelled}
    assert by["existing"].route is None
    r = by["proposed"].route
    assert r is not None and [c.name for c in r.crossings] == ["Torugart Pass"]
    assert len(tiny_net.dataset.segments) == len(SEGMENTS_IN_TINY)  # the base is untouched


def test_a_line_the_dataset_has_is_not_duplicated(tiny_net):
    res = model("", links=[link("L8", "rail", [PESHAWAR], [KABUL])], network=tiny_net)
    assert res.network is tiny_net
    r = next(m.route for m in res.modelled if m.scenario == "proposed")
    assert r is not None and {leg.ref for leg in r.legs if leg.mode == "rail"} == {"L2"}


def test_report_headlines(tiny_net):
    from corridors.scenarios.report import report_markdown

    res = model("", links=[link("L1", "rail", [LAHORE], [UZ], via=[AF])], network=tiny_net)
    short = report_markdown(res).split("## In short")[1].split("##")[0]
    lines = [ln for ln in short.splitlines() if ln.startswith("- ")]
    assert len(lines) == 1
    # no rail route through Afghanistan today; the proposed line gives one
    assert lines[0].startswith("- **Rail, Lahore → Tashkent**: no rail route today;")
    assert "through Afghanistan with the proposed links" in lines[0]
