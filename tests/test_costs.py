"""Cost, reliability and CO2e per container (issue 14), hand-checked on the tiny dataset.

The tiny dataset's prices (``conftest.COSTS``) are round: road 2 USD/km in PK and 3 in AF,
rail 1 USD of 2020 per km (= 1.25 USD of 2024 with the fixture's CPI rows), Torkham's PK
side 300 USD and the AF side 50, a gauge break 400; road 100 g CO2e/t-km, 10 t per TEU.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from conftest import COSTS, write_cost_tables

from corridors.dataset.costs import PRICE_YEAR, load_cost_tables
from corridors.errors import DataError
from corridors.network.costs import economics_of, trip_time_percentiles
from corridors.network.routing import route


def test_price_year_conversion_and_fallbacks(tiny_dir: Path) -> None:
    t = load_cost_tables(tiny_dir)
    assert t.price_year == PRICE_YEAR == 2024
    assert t.linehaul_per_km("road", "PK") == 2.0
    assert t.linehaul_per_km("road", "UZ") == 1.0  # regional average
    assert t.linehaul_per_km("rail", "PK") == pytest.approx(1.25)  # 1 USD 2020 x 125/100
    assert t.border_side("road", "torkham", "PK") == 300.0  # the crossing's own figure
    assert t.border_side("road", "hairatan", "AF") == 50.0  # the country's
    assert t.border_side("road", "hairatan", "UZ") == 10.0  # the region's


def test_road_linehaul_and_co2e(tiny_net) -> None:  # type: ignore[no-untyped-def]
    r = route("Lahore", "Islamabad", mode="road", network=tiny_net)
    e = r.economics
    assert e is not None
    assert e.cost_usd == pytest.approx(375 * 2.0)  # 375 km in PK at 2 USD/km
    assert dict(e.by_component) == pytest.approx({"linehaul": 750.0})
    assert e.co2e_kg == pytest.approx(100 * 10 * 375 / 1000)  # g/t-km x t x km
    assert e.co2e_kg_per_t == pytest.approx(37.5)
    assert e.generalized_usd == pytest.approx(750 + 30 * r.time_h)


def test_border_cost_both_sides_and_leg_country(tiny_net) -> None:  # type: ignore[no-untyped-def]
    r = route("Peshawar", "Jalalabad", mode="road", network=tiny_net)
    e = r.economics
    assert e is not None
    pk, af = r.legs  # Peshawar-Torkham in PK, Torkham-Jalalabad in AF
    assert e.leg_cost_usd == pytest.approx((pk.distance_km * 2, af.distance_km * 3))
    assert e.crossing_cost_usd == (350.0,)  # Torkham: PK side 300 + AF side 50
    assert e.cost_usd == pytest.approx(pk.distance_km * 2 + af.distance_km * 3 + 350)
    d = r.to_dict()
    assert d["border_crossings"][0]["cost_usd"] == 350
    assert d["cost_usd_by_component"]["border"] == 350


def test_gauge_break_and_rail_crossing(tiny_net) -> None:  # type: ignore[no-untyped-def]
    r = route("Lahore", "Kabul", mode="rail", scenario="proposed", network=tiny_net)
    e = r.economics
    assert e is not None
    parts = dict(e.by_component)
    assert parts["gauge_break"] == 400.0
    assert parts["border"] == 40.0  # rail, both sides at the regional 20
    assert parts["linehaul"] == pytest.approx(1.25 * r.distance_km)
    assert e.co2e_kg == pytest.approx(20 * 10 * r.distance_km / 1000)


def test_air_freight_rate(tiny_net) -> None:  # type: ignore[no-untyped-def]
    r = route("Lahore", "Tashkent", mode="air", network=tiny_net)
    e = r.economics
    assert e is not None
    flight = next(leg for leg in r.legs if leg.mode == "air")
    assert e.cost_usd == pytest.approx(2 * 10 * flight.distance_km)  # USD/t-km x t x km
    assert e.co2e_kg == pytest.approx(800 * 10 * flight.distance_km / 1000)


def test_percentiles_of_one_lognormal_wait_are_exact(tiny_dir: Path) -> None:
    t = load_cost_tables(tiny_dir)  # wait_sigma 0.5
    p50, p90, worst, share = trip_time_percentiles([("X", 10.0)], [], t)
    median = 10.0 / math.exp(0.5**2 / 2)  # the dwell is read as the mean
    assert p50 == pytest.approx(median)
    assert p90 == pytest.approx(median * math.exp(1.2815515655446004 * 0.5))
    assert (worst, share) == ("X", pytest.approx(1.0))


def test_percentiles_match_mean_and_variance(tiny_dir: Path) -> None:
    t = load_cost_tables(tiny_dir)
    waits = [("A", 20.0), ("B", 5.0)]
    moving = [30.0]
    p50, p90, worst, share = trip_time_percentiles(waits, moving, t)
    var = sum(m * m * math.expm1(0.25) for _, m in waits) + 30.0**2 * 0.1**2
    s2 = math.log1p(var / 55.0**2)
    assert p50 == pytest.approx(55.0 * math.exp(-s2 / 2))  # lognormal of the same mean
    assert p90 / p50 == pytest.approx(math.exp(1.2815515655446004 * math.sqrt(s2)))
    assert worst == "A"
    assert share == pytest.approx(400 * math.expm1(0.25) / var)
    assert trip_time_percentiles([], [], t) == (0.0, 0.0, None, 0.0)


def test_route_reliability_names_widest_crossing(tiny_net) -> None:  # type: ignore[no-untyped-def]
    r = route("Lahore", "Tashkent", mode="road", network=tiny_net)
    e = r.economics
    assert e is not None
    assert e.time_p90_h > e.time_p50_h > 0
    assert e.planning_time_index == pytest.approx(e.time_p90_h / e.time_p50_h)
    assert e.spread_crossing == "Torkham"  # 20 h against Hairatan's 8 h


CITY_PAIRS = [("Lahore", "Tashkent"), ("Islamabad", "Bishkek"), ("Peshawar", "Termez"),
              ("Kabul", "Kashgar"), ("Lahore", "Mazar-i-Sharif")]
CASES = [(a, b, m) for a, b in CITY_PAIRS for m in ("road", "multimodal")] + [
    (a, b, "rail") for a, b in CITY_PAIRS if "Bishkek" not in b and "Kashgar" not in b]


@pytest.mark.parametrize(("a", "b", "mode"), CASES)
def test_optimize_cost_and_generalized(tiny_net, a: str, b: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    """Each optimum is no worse than the others in its own measure: the edge prices the
    search uses add up to the route's cost."""
    rs = {opt: route(a, b, mode=mode, scenario="proposed", optimize=opt, network=tiny_net)
          for opt in ("time", "cost", "generalized")}
    cost = {k: r.economics.cost_usd for k, r in rs.items()}  # type: ignore[union-attr]
    gen = {k: r.economics.generalized_usd for k, r in rs.items()}  # type: ignore[union-attr]
    assert cost["cost"] <= min(cost.values()) + 1e-3
    assert gen["generalized"] <= min(gen.values()) + 1e-3
    assert rs["time"].time_h <= min(r.time_h for r in rs.values()) + 1e-6


def test_editing_a_crossing_cost_changes_the_route_cost(tiny_dir: Path, tmp_path: Path) -> None:
    from corridors.dataset._load import load_dataset
    from corridors.network._graph import build_network

    d = tmp_path / "data"
    shutil.copytree(tiny_dir, d)
    write_cost_tables(d, [(*row[:3], 1300, row[4]) if row[2] == "torkham:PK" else row
                          for row in COSTS])
    net = build_network(load_dataset(d))
    r = route("Peshawar", "Jalalabad", mode="road", network=net)
    assert r.economics is not None
    assert r.economics.crossing_cost_usd == (1350.0,)


def test_tables_missing_or_malformed(tiny_dir: Path, tmp_path: Path) -> None:
    d = tmp_path / "bare"
    d.mkdir()
    assert load_cost_tables(d).path.name == "data"  # the packaged tables
    assert load_cost_tables(d).path != d
    bad = tmp_path / "bad"
    bad.mkdir()
    write_cost_tables(bad, [(*row[:4], "") if row[0] == "linehaul" else row for row in COSTS])
    with pytest.raises(DataError, match="price_year"):
        load_cost_tables(bad)


def test_json_and_geojson_carry_the_figures(tiny_net) -> None:  # type: ignore[no-untyped-def]
    r = route("Lahore", "Tashkent", mode="road", alternatives=1, network=tiny_net)
    d = json.loads(json.dumps(r.to_dict()))
    for key in ("cost_usd", "time_p50_h", "time_p90_h", "co2e_kg", "co2e_kg_per_t",
                "cost_usd_by_component", "planning_time_index", "spread_crossing"):
        assert key in d
    assert all("cost_usd" in leg and "co2e_kg" in leg for leg in d["legs"])
    assert "cost_usd" in d["alternatives"][0]
    props = r.to_feature()["properties"]
    km, h, usd = props["profile"][-1]  # the UNESCAP time/cost-distance line ends at the totals
    assert props["profile"][0] == [0.0, 0.0, 0.0]
    assert km == pytest.approx(r.distance_km, abs=0.1)
    assert h == pytest.approx(r.time_h, abs=0.01)
    assert usd == pytest.approx(r.economics.cost_usd, abs=1)  # type: ignore[union-attr]
    # steps at borders: the distance stands still while time and cost rise
    steps = [(p, q) for p, q in zip(props["profile"], props["profile"][1:], strict=False)
             if p[0] == q[0]]
    assert len(steps) == len(r.crossings)


def test_economics_of_a_route_built_elsewhere(tiny_net) -> None:  # type: ignore[no-untyped-def]
    """A route without node ids still gets figures: the leg's own country, else the region."""
    from dataclasses import replace

    r = route("Lahore", "Islamabad", mode="road", network=tiny_net)
    bare = replace(r, legs=tuple(replace(leg, from_id=None, to_id=None) for leg in r.legs),
                   economics=None)
    assert economics_of(bare, tiny_net.dataset).cost_usd == pytest.approx(375 * 2.0)
    nowhere = replace(bare, legs=tuple(replace(leg, country=None) for leg in bare.legs))
    e = economics_of(nowhere, tiny_net.dataset)
    assert e.cost_usd == pytest.approx(375 * 1.0)  # no country known: regional average


def test_cli_route_optimize_cost_json(tiny_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from corridors import settings
    from corridors.cli import main

    try:
        code = main(["route", "Lahore", "Tashkent", "--mode", "road", "--optimize", "cost",
                     "--format", "json", "--data", str(tiny_dir)])
    finally:
        settings.use_data_dir(None)  # --data is a process-wide choice: undo it for the tests
    assert code == 0
    d = json.loads(capsys.readouterr().out)
    assert d["optimize"] == "cost"
    assert d["cost_usd"] > 0 and d["time_p90_h"] > d["time_p50_h"] and d["co2e_kg"] > 0


def test_unknown_optimize_names_the_choices(tiny_net) -> None:  # type: ignore[no-untyped-def]
    from corridors.errors import InputError

    with pytest.raises(InputError, match="generalized"):
        route("Lahore", "Islamabad", optimize="money", network=tiny_net)


def test_cost_distance_chart(tiny_net, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("matplotlib")
    from corridors.errors import InputError
    from corridors.maps import cost_distance_chart, cost_profile

    today = route("Lahore", "Kabul", mode="road", network=tiny_net)
    rail = route("Lahore", "Kabul", mode="rail", scenario="proposed", network=tiny_net)
    feature = json.loads(json.dumps(rail.to_feature()))
    assert cost_profile(feature)[-1] == pytest.approx(cost_profile(rail)[-1], abs=1)
    out = cost_distance_chart([today, feature], tmp_path / "cd.png")
    assert out.read_bytes()[:4] == b"\x89PNG"
    from dataclasses import replace

    with pytest.raises(InputError, match="cost profile"):
        cost_distance_chart(replace(today, economics=None), tmp_path / "none.png")


def test_a_crossings_cost_edited_in_a_scenario_file_changes_the_route_cost():
    """Issue 14's done-when: the cost changes when a crossing's cost is edited in a scenario:
    a route through Torkham pays the scenario's figure, and the cheapest route leaves it."""
    import corridors
    from corridors.scenarios.edits import scenario_network
    from corridors.scenarios.scenario_file import Scenario

    base = corridors.route("Karachi", "Tashkent", mode="road", optimize="cost")
    assert base.economics is not None and base.crossings[0].name == "Torkham"
    torkham_before = base.economics.crossing_cost_usd[0]
    net = scenario_network(Scenario.from_text(
        'name = "dear Torkham"\n[[crossings]]\nplace = "Torkham"\ncost_usd = 25000\n'))
    through = corridors.route("Karachi", "Tashkent", mode="road", via="Torkham",
                              optimize="cost", network=net)
    assert through.economics is not None
    assert through.economics.cost_usd == pytest.approx(
        base.economics.cost_usd - torkham_before + 25000, abs=1.0)
    cheapest = corridors.route("Karachi", "Tashkent", mode="road", optimize="cost",
                               network=net)
    assert "Torkham" not in [c.name for c in cheapest.crossings]
