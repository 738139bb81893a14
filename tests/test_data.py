"""Checks of the bundled dataset itself: references, sources, lengths, borders, coverage."""

from __future__ import annotations

import csv
import itertools

import pytest

from corridors.dataset._load import default_data_dir, geodesic_km, load_dataset
from corridors.errors import NoRouteError
from corridors.network._graph import load_network
from corridors.network.routing import route

DATA = default_data_dir()


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


@pytest.fixture(scope="module")
def net():
    return load_network()


def _rows(name):
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_coverage_counts(ds):
    kinds = [n.kind for n in ds.nodes.values()]
    assert kinds.count("city") >= 45
    assert kinds.count("border_crossing") >= 16
    assert {"PK", "AF", "KZ", "UZ", "TJ", "TM", "KG", "CN", "IR"} <= ds.countries()
    capitals = {n.country for n in ds.nodes.values() if n.capital}
    assert {"PK", "AF", "KZ", "UZ", "TJ", "TM", "KG"} <= capitals


@pytest.mark.parametrize("name", [
    "Torkham", "Chaman", "Ghulam Khan", "Angoor Adda", "Kharlachi", "Hairatan",
    "Sher Khan Bandar", "Torghundi", "Aqina", "Islam Qala", "Taftan", "Khunjerab", "Torugart",
    "Irkeshtam", "Gisht Kuprik", "Khorgos",
])
def test_named_border_crossings_exist(net, name):
    from corridors.network.places import search

    found = [p for p in search(name, network=net) if p.kind == "border_crossing"]
    assert found, f"no border crossing matches {name}"


@pytest.mark.parametrize("name", ["Karachi", "Qasim", "Gwadar", "Chabahar", "Bandar Abbas"])
def test_seaports_exist(ds, name):
    assert any(n.kind == "port" and name.lower() in (n.name + " " + n.id).lower()
               for n in ds.nodes.values())


def test_every_row_has_a_source():
    for row in _rows("nodes.csv"):
        assert row["coord_source"].strip(), row["id"]
    for row in _rows("segments.csv"):
        assert row["source"].strip(), row["id"]
        if row["length_km"].strip():
            assert row["length_source"].strip(), row["id"]
    for name in ("air_links.csv", "speeds.csv", "parameters.csv"):
        for row in _rows(name):
            assert row["source"].strip(), (name, row)
    for row in _rows("border_crossings.csv"):
        if row["dwell_road_h"].strip() or row["dwell_rail_h"].strip():
            assert row["dwell_source"].strip(), row["node_id"]


def test_lengths_are_plausible(ds):
    for seg in ds.segments:
        ids = seg.node_ids
        nodes = [ds.nodes[i] for i in ids]
        straight = geodesic_km(nodes[0].lat, nodes[0].lon, nodes[-1].lat, nodes[-1].lon)
        through = sum(geodesic_km(a.lat, a.lon, b.lat, b.lon)
                      for a, b in itertools.pairwise(nodes))
        assert seg.length_km >= straight * 0.999, seg.id
        assert seg.length_km <= max(2.5 * through, through + 30), seg.id
        assert seg.length_estimated == (seg.length_source.startswith("estimate")), seg.id


def test_no_segment_jumps_a_border(ds):
    for seg in ds.segments:
        nodes = [ds.nodes[i] for i in seg.node_ids]
        for a, b in itertools.pairwise(nodes):
            if a.country != b.country:
                assert "border_crossing" in (a.kind, b.kind), (seg.id, a.id, b.id)


def test_border_crossings_join_their_node_country(ds):
    for bc in ds.crossings.values():
        assert ds.nodes[bc.node_id].country in bc.countries, bc.node_id


def test_airports_are_near_their_city(ds):
    """Every airport serves a city near it, but the connecting hubs outside the region."""
    for ap in ds.airports.values():
        if not ap.in_region:
            assert not ap.city_id and ap.iata in ds.hubs, ap.iata
            continue
        city = ds.nodes[ap.city_id]
        assert geodesic_km(ap.lat, ap.lon, city.lat, city.lon) < 60, ap.iata


def test_gateways_name_network_nodes(ds):
    from corridors.scenarios._model import load_gateways

    for (country, _mode), nodes in load_gateways().items():
        for n in nodes:
            assert n in ds.nodes, n
            assert ds.nodes[n].country == country, n


@pytest.mark.parametrize(("a", "b"), [("Lahore", "Almaty"), ("Karachi", "Tashkent"),
                                      ("Islamabad", "Kashgar"), ("Quetta", "Kandahar"),
                                      ("Peshawar", "Kabul"), ("Herat", "Mashhad"),
                                      ("Kabul", "Dushanbe"), ("Kashgar", "Osh")])
def test_road_corridors_connect_today(net, a, b):
    assert route(a, b, mode="road", network=net).distance_km > 0


def test_peshawar_kabul_goes_through_torkham(net):
    r = route("Peshawar", "Kabul", mode="road", network=net)
    assert [c.name.split("–")[0].split(" ")[0] for c in r.crossings] == ["Torkham"]


def test_rail_crosses_into_afghanistan_only_with_proposed_lines(net):
    # today a load can reach Afghanistan by rail only the long way round (Iran, Turkmenistan,
    # Uzbekistan); no railway crosses the Pakistan-Afghanistan border
    with pytest.raises(NoRouteError):
        route("Peshawar", "Termez", mode="rail", avoid=["Iran"], network=net)
    today = route("Peshawar", "Termez", mode="rail", network=net)
    assert today.countries[:2] == ("PK", "IR")
    r = route("Peshawar", "Termez", mode="rail", scenario="proposed", network=net)
    assert r.countries[:2] == ("PK", "AF")
    assert r.time_h < today.time_h
    assert r.transship_h > 0 or any(leg.gauge_mm == 1520 for leg in r.legs)


@pytest.mark.parametrize(("a", "b", "km", "tol"), [
    ("Lahore", "Islamabad", 375, 0.03),   # M-2, en.wikipedia.org/wiki/M2_motorway_(Pakistan)
    ("Islamabad", "Peshawar", 155, 0.10),  # M-1
    ("Kabul", "Kandahar", 483, 0.10),      # NH01, ariananews.af (2020)
])
def test_published_distances(net, a, b, km, tol):
    # the fastest road route takes the motorway or highway the figure is published for
    r = route(a, b, mode="road", network=net)
    assert r.distance_km == pytest.approx(km, rel=tol)


@pytest.mark.parametrize(("a", "b", "km"), [("LHE", "ALA", 1336), ("ISB", "ALA", 1150),
                                            ("KHI", "TAS", 1829)])
def test_air_distances_are_geodesic(net, a, b, km):
    # reference figures: haversine on R = 6,371 km (shared/reference, section D); the
    # ellipsoidal geodesic differs from them by well under 1 %
    r = route(a, b, mode="air", scenario="proposed", network=net)
    flights = [leg for leg in r.legs if leg.mode == "air"]
    assert len(flights) == 1
    assert flights[0].distance_km == pytest.approx(km, rel=0.01)


CITY_IDS = sorted(n.id for n in load_dataset().nodes.values() if n.kind == "city")


@pytest.mark.parametrize("mode", ["road", "rail", "air"])
def test_invariants_on_the_bundled_network(net, mode):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    nodes = net.dataset.nodes

    @settings(max_examples=60, deadline=None, derandomize=True)
    @given(st.sampled_from(CITY_IDS), st.sampled_from(CITY_IDS))
    def check(a, b):
        if a == b or not net.states_for(a, mode) or not net.states_for(b, mode):
            return
        try:
            existing = route(a, b, mode=mode, network=net)
        except NoRouteError:
            existing = None
        try:
            proposed = route(a, b, mode=mode, scenario="proposed", alternatives=2, network=net)
        except NoRouteError:
            assert existing is None  # adding links never disconnects
            return
        na, nb = nodes[a], nodes[b]
        # a route is never shorter than the geodesic between its ends (airports may sit a
        # few km outside their city, hence the allowance for air)
        slack = 60 if mode == "air" else 0.5
        assert proposed.distance_km >= geodesic_km(na.lat, na.lon, nb.lat, nb.lon) - slack
        if existing is not None:
            assert proposed.time_h <= existing.time_h + 1e-6
        for alt in proposed.alternatives:
            assert alt.time_h >= proposed.time_h - 1e-6
            assert [leg.ref for leg in alt.legs] != [leg.ref for leg in proposed.legs]

    check()


def test_sea_passages_join_ports_on_one_sea(net):
    r = route("Karachi", "Chabahar", mode="sea", network=net)
    sail = [leg for leg in r.legs if leg.mode == "sea"]
    # published: 347 nautical miles = 642.6 km (Ministry of Ports and Shipping, 2015)
    assert len(sail) == 1 and sail[0].distance_km == pytest.approx(642.6, rel=0.02)
    assert r.transship_h == pytest.approx(2 * net.dataset.param("sea_port_h"))
    assert route("Aktau", "Turkmenbashi", mode="sea", network=net).countries == ("KZ", "TM")
    with pytest.raises(NoRouteError):  # the Caspian is not joined to the Arabian Sea
        route("Karachi", "Aktau", mode="sea", network=net)
    with pytest.raises(NoRouteError):
        route("Lahore", "Karachi", mode="sea", network=net)  # Lahore has no port
    # a passage into the Gulf keeps to the sea through the port's gate off Jask
    r = route("Karachi", "Bandar Abbas", mode="sea", network=net)
    sail = next(leg for leg in r.legs if leg.mode == "sea")
    assert len(sail.coords) == 3 and sail.coords[1] == (57.7, 25.4)
    assert sail.distance_km > geodesic_km(24.835, 66.982, 27.15295, 56.23988)


def test_reviewed_tables_pass_their_checks_and_the_packaged_copy_is_current():
    """data/tools/check.py: keys, sources, derived figures, GeoNames coordinates, and that
    corridors/data/ is what data/tools/build.py makes of data/ (issue 10)."""
    import subprocess
    import sys
    from pathlib import Path

    tools = Path(__file__).resolve().parents[1] / "data" / "tools"
    done = subprocess.run([sys.executable, str(tools / "check.py")], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
