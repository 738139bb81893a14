"""Routing on the tiny test network: scenarios, via/avoid, alternatives, errors, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corridors.dataset._load import geodesic_km
from corridors.errors import AmbiguousPlaceError, InputError, NoRouteError, UnknownPlaceError
from corridors.network.routing import (
    ALT_MAX_SHARED,
    ALT_MAX_STRETCH,
    _shared_share,
    od_matrix,
    route,
)


def test_published_length_is_used(tiny_net):
    r = route("Lahore", "Islamabad", network=tiny_net)
    assert r.distance_km == pytest.approx(375)
    assert r.countries == ("PK",)
    assert r.crossings == ()
    assert r.time_h == pytest.approx(3.75)  # 375 km at the motorway speed of 100 km/h


def test_road_route_crosses_borders_with_dwell(tiny_net):
    r = route("Lahore", "Tashkent", network=tiny_net)
    names = [c.name for c in r.crossings]
    assert "Torkham" in names and "Hairatan" in names
    assert r.countries[:3] == ("PK", "AF", "UZ")
    assert r.border_h == pytest.approx(20.0 + 8.0)
    assert r.time_h == pytest.approx(r.moving_h + r.border_h + r.transship_h)
    torkham = next(c for c in r.crossings if c.name == "Torkham")
    assert torkham.countries == ("PK", "AF")


def test_estimated_lengths_are_flagged_and_at_least_geodesic(tiny_net):
    r = route("Peshawar", "Jalalabad", network=tiny_net)
    assert all(leg.length_estimated for leg in r.legs)
    assert r.distance_km >= geodesic_km(34.01, 71.58, 34.43, 70.45)


def test_rail_existing_scenario_has_no_pakistan_afghanistan_link(tiny_net):
    with pytest.raises(NoRouteError) as err:
        route("Peshawar", "Termez", mode="rail", network=tiny_net)
    msg = str(err.value)
    assert "reaches only Pakistan" in msg
    assert "--scenario proposed" in msg


def test_rail_proposed_scenario_pays_the_break_of_gauge(tiny_net):
    # Lahore has only the 1,676 mm line, so the load changes gauge at Peshawar
    r = route("Lahore", "Termez", mode="rail", scenario="proposed", network=tiny_net)
    assert "AF" in r.countries
    assert r.transship_h == pytest.approx(24.0)
    assert {leg.status for leg in r.legs if leg.mode == "rail"} >= {"proposed", "existing"}


def test_via_place_and_via_country(tiny_net):
    direct = route("Lahore", "Tashkent", network=tiny_net)
    via_k = route("Lahore", "Tashkent", via=["Kashgar"], network=tiny_net)
    via_cn = route("Lahore", "Tashkent", via=["China"], network=tiny_net)
    assert "CN" not in direct.countries
    assert "CN" in via_k.countries and "CN" in via_cn.countries
    assert via_cn.time_h >= direct.time_h


def test_avoid_country(tiny_net):
    r = route("Lahore", "Tashkent", avoid=["Afghanistan"], network=tiny_net)
    assert "AF" not in r.countries
    assert "CN" in r.countries
    with pytest.raises(NoRouteError):
        route("Lahore", "Tashkent", avoid=["AF", "CN"], network=tiny_net)
    with pytest.raises(InputError):
        route("Lahore", "Kabul", avoid=["Afghanistan"], network=tiny_net)


def test_alternatives_are_genuinely_different(tiny_net):
    r = route("Lahore", "Tashkent", alternatives=2, network=tiny_net)
    assert len(r.alternatives) >= 1
    first = {c.name for c in r.crossings}
    for alt in r.alternatives:
        assert {c.name for c in alt.crossings} != first
        assert r.time_h <= alt.time_h <= ALT_MAX_STRETCH * r.time_h


def test_air_existing_and_hypothetical(tiny_net):
    r = route("Lahore", "Tashkent", mode="air", network=tiny_net)
    flights = [leg for leg in r.legs if leg.mode == "air"]
    assert len(flights) == 1 and flights[0].status == "existing"
    # geodesic airport-to-airport distance (pyproj on WGS84)
    assert flights[0].distance_km == pytest.approx(1175, abs=10)
    with pytest.raises(NoRouteError):
        route("Lahore", "Kabul", mode="air", network=tiny_net)
    hyp = route("Lahore", "Kabul", mode="air", scenario="proposed", network=tiny_net)
    assert any(leg.status == "hypothetical" for leg in hyp.legs)
    assert any("hypothetical" in n for n in hyp.notes)


def test_air_connection_through_a_hub(tiny_net):
    r = route("Lahore", "Bishkek", mode="air", network=tiny_net)
    assert [leg.to_name for leg in r.legs if leg.mode == "air"] == ["TAS", "BSZ"]
    assert [leg.ref for leg in r.legs if leg.mode == "transfer"] == [
        "access", "connection", "egress"]
    assert r.transship_h == pytest.approx(1.5 + 2 + 1.5)
    with pytest.raises(NoRouteError):
        route("Lahore", "Bishkek", mode="air", avoid=["Tashkent"], network=tiny_net)


def test_multimodal_uses_transfers(tiny_net):
    r = route("Lahore", "Tashkent", mode="multimodal", network=tiny_net)
    assert r.time_h <= route("Lahore", "Tashkent", network=tiny_net).time_h


def test_distance_optimisation_never_longer(tiny_net):
    t = route("Lahore", "Tashkent", network=tiny_net)
    d = route("Lahore", "Tashkent", optimize="distance", network=tiny_net)
    assert d.distance_km <= t.distance_km + 1e-9


def test_names_spellings_and_errors(tiny_net):
    assert route("Mazar-e-Sharif", "Termiz", network=tiny_net).destination.name == "Termez"
    assert route("LHE", "ISB", network=tiny_net).origin.name == "Lahore"
    with pytest.raises(UnknownPlaceError) as err:
        route("Lahor", "Kabul", network=tiny_net)
    assert "Lahore" in str(err.value)
    with pytest.raises(AmbiguousPlaceError):
        route("Hyderabad", "Lahore", network=tiny_net)
    assert route("Hyderabad, PK", "Lahore", network=tiny_net).origin.country == "PK"
    assert route("Hyderabad, Pakistan", "Lahore", network=tiny_net).origin.country == "PK"
    with pytest.raises(InputError):
        route("Lahore", "Lahore", network=tiny_net)
    with pytest.raises(InputError):
        route("Lahore", "Kabul", mode="boat", network=tiny_net)
    with pytest.raises(InputError):
        route("Lahore", "Kabul", scenario="future", network=tiny_net)


def test_country_endpoint_is_its_capital(tiny_net):
    r = route("Pakistan", "Uzbekistan", network=tiny_net)
    assert (r.origin.name, r.destination.name) == ("Islamabad", "Tashkent")
    assert any("capital" in n for n in r.notes)


def test_latlon_endpoint_is_joined_to_the_network(tiny_net):
    r = route("33.70,73.10", "Kabul", network=tiny_net)
    assert r.origin.kind == "point"
    assert r.legs[0].ref == "access"
    with pytest.raises(InputError):
        route("133.7,73.1", "Kabul", network=tiny_net)


def test_od_matrix(tiny_net):
    m = od_matrix(["Lahore", "Islamabad", "Tashkent"], network=tiny_net)
    assert m.distance_km[0][1] == pytest.approx(375)
    assert m.time_h[0][0] == 0
    assert m.time_h[0][2] == pytest.approx(route("Lahore", "Tashkent", network=tiny_net).time_h)


def test_route_json_contract(tiny_net):
    d = route("Lahore", "Tashkent", alternatives=1, network=tiny_net).to_dict()
    for key in (
        "from",
        "to",
        "mode",
        "scenario",
        "optimize",
        "distance_km",
        "time_h",
        "countries",
        "border_crossings",
        "legs",
        "geometry",
        "alternatives",
        "cost_usd",
        "time_p50_h",
        "time_p90_h",
        "co2e_kg",
    ):
        assert key in d
    assert set(d["from"]) >= {"name", "country", "kind", "lat", "lon"}
    assert d["geometry"]["type"] == "LineString"
    assert set(d["border_crossings"][0]) == {"name", "countries", "dwell_h", "cost_usd"}
    assert set(d["legs"][0]) >= {"mode", "from", "to", "distance_km", "time_h", "status", "ref",
                                 "cost_usd", "co2e_kg"}
    assert "alternatives" not in d["alternatives"][0]


CITIES = [
    "Lahore",
    "Islamabad",
    "Peshawar",
    "Jalalabad",
    "Kabul",
    "Mazar-i-Sharif",
    "Termez",
    "Tashkent",
    "Kashgar",
    "Bishkek",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(CITIES), st.sampled_from(CITIES), st.sampled_from(["road", "rail"]))
def test_properties(tiny_dir, a, b, mode):
    from corridors.network._graph import load_network

    tiny_net = load_network(tiny_dir)
    if a == b or (mode == "rail" and {a, b} & {"Kashgar", "Bishkek"}):
        return
    try:
        existing = route(a, b, mode=mode, network=tiny_net)
    except NoRouteError:
        existing = None
    proposed = route(a, b, mode=mode, scenario="proposed", network=tiny_net, alternatives=2)
    na, nb = tiny_net.dataset.nodes, tiny_net.dataset.nodes
    ia = proposed.origin.id or ""
    ib = proposed.destination.id or ""
    # never shorter than the geodesic between the ends
    assert proposed.distance_km >= geodesic_km(na[ia].lat, na[ia].lon, nb[ib].lat, nb[ib].lon)
    # adding links never makes the best route slower
    if existing is not None:
        assert proposed.time_h <= existing.time_h + 1e-9
    # alternatives are distinct corridors
    for alt in proposed.alternatives:
        assert alt.time_h >= proposed.time_h - 1e-9
        assert alt.legs != proposed.legs


def test_shared_share_bounds(tiny_net):
    from corridors.network._search import Query as _Query
    from corridors.network._search import best_path as _best_path

    q = _Query("road", "existing", "time", frozenset())
    src = {tiny_net.index[("road", "lahore")]: 0.0}
    dst = {tiny_net.index[("road", "tashkent")]: 0.0}
    found = _best_path(tiny_net, src, dst, q)
    assert found is not None
    assert _shared_share(found[1], found[1], tiny_net) == pytest.approx(1.0)
    assert 0 < ALT_MAX_SHARED < 1


def test_closed_crossing_passes_nothing(tiny_dir, tmp_path):
    from corridors.dataset._load import load_dataset
    from corridors.network._graph import build_network

    d = tmp_path / "data"
    d.mkdir()
    for f in tiny_dir.iterdir():
        text = f.read_text()
        if f.name == "border_crossings.csv":
            text = text.replace("torkham,PK,AF,1,1,open", "torkham,PK,AF,1,1,closed")
        (d / f.name).write_text(text)
    net = build_network(load_dataset(d))
    r = route("Lahore", "Tashkent", network=net)
    assert "Torkham" not in [c.name for c in r.crossings]
    detour = route("Peshawar", "Jalalabad", network=net)  # the long way round, via China
    assert "Torkham" not in [c.name for c in detour.crossings]
    assert "CN" in detour.countries


def test_unmeasured_crossing_uses_national_averages(tiny_dir, tmp_path):
    from corridors.dataset._load import load_dataset
    from corridors.network._graph import build_network

    d = tmp_path / "data"
    d.mkdir()
    for f in tiny_dir.iterdir():
        (d / f.name).write_text(f.read_text())
    with (d / "parameters.csv").open("a") as fh:
        fh.write("dwell_road_h_CN,3,h,test\n")
    net = build_network(load_dataset(d))
    r = route("Islamabad", "Bishkek", network=net)
    torugart = next(c for c in r.crossings if c.name == "Torugart Pass")
    assert torugart.dwell_h == pytest.approx(3 + 10 / 2)  # CN side + half the default


def test_route_ending_at_a_crossing_does_not_wait_there(tiny_net):
    r = route("Peshawar", "Torkham", network=tiny_net)
    assert r.crossings == ()
    assert r.time_h == pytest.approx(r.moving_h)
    through = route("Peshawar", "Jalalabad", network=tiny_net)
    assert [c.name for c in through.crossings] == ["Torkham"]


def test_world_places_outside_the_network(tiny_net):
    r = route("Bamyan", "Kabul", network=tiny_net)  # a town the network does not name
    assert r.origin.country == "AF" and r.legs[0].ref == "access"
    assert any("joined to the network" in n for n in r.notes)
    with pytest.raises(UnknownPlaceError, match="outside the corridor network"):
        route("Moscow", "Kabul", network=tiny_net)


def test_reachable_grows_with_the_proposed_links(tiny_net):
    from corridors.network.reach import reachable

    today = reachable("Peshawar", 40, mode="rail", network=tiny_net)
    names = [r.place.name for r in today]
    assert names[0] == "Peshawar" and today[0].time_h == 0
    assert "Kabul" not in names  # no rail line crosses into Afghanistan today
    later = reachable("Peshawar", 40, mode="rail", scenario="proposed", network=tiny_net)
    assert "Kabul" in [r.place.name for r in later]
    kabul = next(r for r in later if r.place.name == "Kabul")
    assert kabul.time_h == pytest.approx(
        route("Peshawar", "Kabul", mode="rail", scenario="proposed", network=tiny_net).time_h)
    assert all(r.time_h <= 40 for r in later)
    with pytest.raises(InputError):
        reachable("Peshawar", 0, network=tiny_net)
