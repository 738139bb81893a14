"""Loading OSM files into road and rail graphs, routing on them, and measuring circuity.

Graphs come from OSM XML written in code (always run) and from the real extracts in
``../shared/osm-samples`` (skipped when that folder is absent).
"""

from __future__ import annotations

import bz2
import importlib.util
import math
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace
from xml.sax.saxutils import quoteattr

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corridors.errors import InputError, NoRouteError
from corridors.osm import (
    WayFilter,
    circuity_summary,
    dataset_segments,
    graph_summary,
    load_graph,
    route_osm,
    save_graph,
    segment_circuity,
    snap,
)
from corridors.records.place import Place

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "osm-samples"
OAKLAND = SAMPLES / "West-Oakland.osm.bz2"
BAVARIA = SAMPLES / "planet_10.068_48.135_10.071_48.137.osm"
needs_samples = pytest.mark.skipif(not OAKLAND.is_file(), reason="shared OSM samples absent")
#: pyosmium is the optional PBF reader (extra "osm"); XML tests run without it.
needs_osmium = pytest.mark.skipif(importlib.util.find_spec("osmium") is None,
                                  reason="pyosmium not installed (pip install 'corridors[osm]')")
ENGINES = ["osmnx", pytest.param("osmium", marks=needs_osmium)]

# A small road network between Peshawar and Torkham (positions approximate, tests only).
NODES: dict[int, tuple[float, float]] = {
    1: (34.010, 71.580),  # Peshawar
    2: (34.020, 71.500),
    3: (34.040, 71.400),
    4: (34.060, 71.300),
    5: (34.080, 71.200),
    6: (34.110, 71.080),  # Torkham
    7: (34.030, 71.300),  # residential short cut
    8: (34.000, 71.330),  # motorway midpoint
    10: (33.900, 71.000),  # an isolated primary road
    11: (33.900, 71.050),
    20: (34.012, 71.581),  # a building
    21: (34.012, 71.582),
    22: (34.013, 71.582),
}
Way = tuple[int, list[int], dict[str, str]]
WAYS: list[Way] = [
    (100, [1, 2, 3, 4], {"highway": "trunk", "ref": "N-5", "name": "Grand Trunk Road",
                         "maxspeed": "80"}),
    (101, [4, 5, 6], {"highway": "primary", "ref": "N-5", "name": "Khyber Pass Road"}),
    (102, [2, 7, 5], {"highway": "residential", "name": "Short Cut"}),
    (103, [1, 8, 6], {"highway": "motorway", "ref": "M-1", "oneway": "yes", "maxspeed": "120"}),
    (104, [10, 11], {"highway": "primary", "ref": "N-45"}),
    (105, [20, 21, 22, 20], {"building": "yes"}),
]
RAIL_NODES = {1: (37.229, 67.278), 2: (37.17, 67.245), 3: (37.07, 67.19), 4: (36.71, 67.10),
              5: (37.19, 67.33)}
RAIL_WAYS: list[Way] = [
    (200, [1, 2, 3, 4], {"railway": "rail", "gauge": "1520", "electrified": "no",
                         "usage": "main", "maxspeed": "60", "name": "Termez - Mazar"}),
    (201, [2, 5], {"railway": "rail", "gauge": "1520", "service": "siding"}),
    (202, [1, 5], {"railway": "abandoned"}),
]


def osm_xml(nodes: dict[int, tuple[float, float]], ways: Iterable[Way]) -> str:
    """OSM XML 0.6 for the given nodes and ways."""
    lines = ["<?xml version='1.0' encoding='UTF-8'?>", '<osm version="0.6" generator="test">']
    lines += [f'  <node id="{i}" version="1" lat="{la}" lon="{lo}"/>'
              for i, (la, lo) in sorted(nodes.items())]
    for wid, refs, tags in ways:
        lines.append(f'  <way id="{wid}" version="1">')
        lines += [f'    <nd ref="{r}"/>' for r in refs]
        lines += [f"    <tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items()]
        lines.append("  </way>")
    lines.append("</osm>")
    return "\n".join(lines) + "\n"


@pytest.fixture
def road_file(tmp_path: Path) -> Path:
    path = tmp_path / "khyber.osm"
    path.write_text(osm_xml(NODES, WAYS), encoding="utf-8")
    return path


@pytest.fixture
def rail_file(tmp_path: Path) -> Path:
    path = tmp_path / "termez.osm.bz2"
    path.write_bytes(bz2.compress(osm_xml(RAIL_NODES, RAIL_WAYS).encode()))
    return path


def _ways(graph: nx.MultiDiGraph) -> set[int]:
    out: set[int] = set()
    for _, _, d in graph.edges(data=True):
        osmid = d["osmid"]
        out.update(osmid if isinstance(osmid, list) else [osmid])
    return out


# -- loading -----------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_road_filter_keeps_major_roads_in_largest_component(road_file: Path, engine: str) -> None:
    graph = load_graph(road_file, engine=engine)
    assert _ways(graph) == {100, 101, 103}  # no residential, building or isolated road
    assert graph.graph["crs"].lower() == "epsg:4326"
    assert graph.graph["corridors_mode"] == "road"
    oneway = [d for _, _, d in graph.edges(data=True) if d.get("ref") == "M-1"]
    assert len(oneway) == 1 and oneway[0]["maxspeed"] == "120"


@pytest.mark.parametrize("engine", ENGINES)
def test_retain_all_and_all_classes(road_file: Path, engine: str) -> None:
    graph = load_graph(road_file, way_filter=WayFilter("road", road_classes=None),
                       retain_all=True, engine=engine)
    assert _ways(graph) == {100, 101, 102, 103, 104}
    assert graph_summary(graph)["components"] == 2


@needs_osmium
def test_engines_agree(road_file: Path) -> None:
    a = graph_summary(load_graph(road_file, engine="osmnx"))
    b = graph_summary(load_graph(road_file, engine="osmium"))
    assert a == b
    # Peshawar, Torkham and the node where the N-5 changes name stay after simplification
    assert a["nodes"] == 3 and a["classes"] == {"trunk": 2, "primary": 2, "motorway": 1}


@pytest.mark.parametrize("engine", ["auto", pytest.param("osmium", marks=needs_osmium)])
def test_rail_keeps_rail_tags_and_is_bidirectional(rail_file: Path, engine: str) -> None:
    graph = load_graph(rail_file, mode="rail", engine=engine)
    assert _ways(graph) == {200, 201}
    for u, v, d in graph.edges(data=True):
        assert graph.has_edge(v, u)
        assert d["gauge"] == "1520"
    main = [d for _, _, d in graph.edges(data=True) if d["osmid"] == 200]
    assert {d["electrified"] for d in main} == {"no"}
    assert {d["usage"] for d in main} == {"main"}
    assert {d["maxspeed"] for d in main} == {"60"}
    sidings = [d for _, _, d in graph.edges(data=True) if d["osmid"] == 201]
    assert {d["service"] for d in sidings} == {"siding"}


@needs_osmium
def test_pbf_matches_xml(road_file: Path, tmp_path: Path) -> None:
    from corridors.osm._pbf import write_pbf

    pbf = write_pbf(road_file, tmp_path / "khyber.osm.pbf")
    assert graph_summary(load_graph(pbf)) == graph_summary(load_graph(road_file))


def test_graphml_round_trip_and_geopackage(road_file: Path, tmp_path: Path) -> None:
    graph = load_graph(road_file)
    saved = save_graph(graph, tmp_path / "out" / "g.graphml")
    again = load_graph(saved)
    assert graph_summary(again)["length_km"] == graph_summary(graph)["length_km"]
    assert again.graph["corridors_mode"] == "road"
    gpkg = save_graph(graph, tmp_path / "out" / "g.gpkg")
    assert gpkg.stat().st_size > 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["g.gpkg", "g.graphml"]


def test_failed_save_leaves_no_file(road_file: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import osmnx as ox

    graph = load_graph(road_file)

    def boom(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ox, "save_graphml", boom)
    with pytest.raises(OSError, match="disk full"):
        save_graph(graph, tmp_path / "g.graphml")
    assert list(tmp_path.glob("*.graphml*")) == []
    assert list(tmp_path.glob(".g.*")) == []


# -- bad input ---------------------------------------------------------------------------


def _one_sentence(exc: BaseException) -> None:
    text = str(exc)
    assert "\n" not in text and text.endswith(".")


def test_missing_and_unknown_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist") as err:
        load_graph(tmp_path / "nope.osm")
    _one_sentence(err.value)
    other = tmp_path / "data.csv"
    other.write_text("a,b\n")
    with pytest.raises(InputError, match="Cannot tell the format"):
        load_graph(other)


@pytest.mark.parametrize("engine", ENGINES)
def test_truncated_xml(road_file: Path, engine: str) -> None:
    text = road_file.read_text()
    road_file.write_text(text[: len(text) // 2])
    with pytest.raises(InputError, match=r"khyber\.osm") as err:
        load_graph(road_file, engine=engine)
    _one_sentence(err.value)


@pytest.mark.parametrize("engine", ENGINES)
def test_truncated_bz2(rail_file: Path, engine: str) -> None:
    data = rail_file.read_bytes()
    rail_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated") as err:
        load_graph(rail_file, mode="rail", engine=engine)
    _one_sentence(err.value)


@needs_osmium
def test_corrupt_pbf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.osm.pbf"
    bad.write_bytes(b"\x00\x00\x00\x0dnot a pbf at all" * 10)
    with pytest.raises(InputError, match=r"bad\.osm\.pbf") as err:
        load_graph(bad)
    _one_sentence(err.value)


@pytest.mark.parametrize("engine", ENGINES)
def test_filter_matching_nothing(road_file: Path, engine: str) -> None:
    with pytest.raises(InputError, match=r"No way in khyber\.osm matches railway=rail") as err:
        load_graph(road_file, mode="rail", engine=engine)
    _one_sentence(err.value)


def test_empty_osm_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.osm"
    empty.write_text(osm_xml({}, []))
    with pytest.raises(InputError, match="no OSM nodes or ways"):
        load_graph(empty)


def test_bad_filter_values() -> None:
    with pytest.raises(InputError, match="not one of"):
        WayFilter("canal")
    with pytest.raises(InputError, match="plain tag value"):
        WayFilter("road", road_classes=["trunk|.*"])


def test_way_filter_overpass_and_matching() -> None:
    f = WayFilter("road", road_classes=["trunk"])
    assert f.overpass == '["highway"~"^(trunk)(_link)?$"]'
    assert f.matches({"highway": "trunk_link"})
    assert not f.matches({"highway": "primary"})
    assert f.matches({"highway": ["primary", "trunk"]})
    assert WayFilter("rail").overpass == '["railway"~"^(rail)$"]'
    assert WayFilter("road", road_classes=None).overpass == '["highway"]'


# -- routing -----------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["networkx", "array"])
def test_route_prefers_fast_motorway_one_way(road_file: Path, backend: str) -> None:
    graph = load_graph(road_file)
    peshawar = Place("Peshawar", "PK", "city", *NODES[1])
    torkham = Place("Torkham", "PK", "border_crossing", *NODES[6])
    out = route_osm(graph, peshawar, torkham, backend=backend)
    assert [leg.ref for leg in out.legs] == ["M-1"]
    assert out.mode == "road" and out.scenario == "existing" and out.optimize == "time"
    assert out.legs[0].time_h == pytest.approx(out.legs[0].distance_km / 120.0)
    assert out.coords[0] == (NODES[1][1], NODES[1][0])
    assert out.coords[-1] == (NODES[6][1], NODES[6][0])
    # the motorway is one-way: back goes on the N-5, as two legs with their names
    back = route_osm(graph, torkham, peshawar, backend=backend)
    assert [(leg.ref, leg.name) for leg in back.legs] == [
        ("N-5", "Khyber Pass Road"),
        ("N-5", "Grand Trunk Road"),
    ]
    assert back.legs[0].from_name == "Torkham" and back.legs[-1].to_name == "Peshawar"
    assert back.legs[0].to_name == back.legs[1].from_name
    assert back.to_dict()["legs"][0]["mode"] == "road"


def test_route_from_file_with_coordinates(road_file: Path) -> None:
    out = route_osm(road_file, (34.011, 71.579), (34.109, 71.081), optimize="distance")
    assert out.origin.name == "34.01100,71.57900"
    assert out.distance_km > 0 and "snapped" in out.notes[1]


def test_route_between_disconnected_parts(road_file: Path) -> None:
    graph = load_graph(road_file, retain_all=True)
    with pytest.raises(NoRouteError, match="do not connect") as err:
        route_osm(graph, NODES[1], NODES[10])
    _one_sentence(err.value)


def test_route_outside_graph(road_file: Path) -> None:
    with pytest.raises(InputError, match="does not cover it"):
        route_osm(load_graph(road_file), NODES[1], (41.3, 69.24))
    with pytest.raises(InputError, match="no coordinates"):
        route_osm(load_graph(road_file), Place("Asia", None, "region", None, None), NODES[1])
    with pytest.raises(InputError, match="optimise"):
        route_osm(load_graph(road_file), NODES[1], NODES[6], optimize="cost")


def test_rail_route_uses_rail_speeds(rail_file: Path) -> None:
    graph = load_graph(rail_file, mode="rail")
    out = route_osm(graph, RAIL_NODES[4], RAIL_NODES[1], mode="rail")
    assert out.mode == "rail"
    assert {leg.gauge_mm for leg in out.legs} == {1520}
    assert out.moving_h == pytest.approx(out.distance_km / 60.0)


def test_snap_reports_distance(road_file: Path) -> None:
    graph = load_graph(road_file)
    [(node, km)] = snap(graph, [(34.011, 71.58)])
    assert node == 1 and km == pytest.approx(0.111, abs=0.002)


# -- circuity ----------------------------------------------------------------------------


def test_segment_circuity(road_file: Path) -> None:
    graph = load_graph(road_file)
    segs = [
        ("n5", [NODES[1], NODES[4], NODES[6]], 60.0),
        ("off", [NODES[1], (41.3, 69.2)], None),
    ]
    ok, off = segment_circuity(graph, segs)
    assert ok.status == "ok" and ok.circuity is not None and ok.ratio is not None
    assert ok.circuity >= 1.0
    assert ok.osm_km == pytest.approx(ok.circuity * ok.straight_km)
    assert ok.ratio == pytest.approx(ok.osm_km / 60.0)
    assert off.status == "not_covered" and off.circuity is None
    summary = circuity_summary([ok, off])
    assert summary["measured"] == 1 and summary["circuity_median"] == round(ok.circuity, 3)
    assert ok.to_dict()["segment"] == "n5"


def test_segment_circuity_no_path(road_file: Path) -> None:
    graph = load_graph(road_file, retain_all=True)
    [res] = segment_circuity(graph, [("x", [NODES[1], NODES[10]], None)])
    assert res.status == "no_path"


def test_dataset_adapter() -> None:
    node = SimpleNamespace
    ds = SimpleNamespace(
        nodes={"a": node(lat=1.0, lon=2.0), "b": node(lat=1.5, lon=2.5),
               "c": node(lat=2.0, lon=3.0)},
        segments=[
            SimpleNamespace(id="s1", mode="road", from_id="a", to_id="c", via=("b",),
                            length_km=160.0),
            SimpleNamespace(id="s2", mode="rail", from_id="a", to_id="b", via=(),
                            length_km=80.0),
        ],
    )
    assert dataset_segments(ds) == [("s1", [(1.0, 2.0), (1.5, 2.5), (2.0, 3.0)], 160.0)]
    assert [s[0] for s in dataset_segments(ds, mode="rail")] == ["s2"]


# -- the real samples --------------------------------------------------------------------


@needs_samples
@pytest.mark.parametrize("engine", ENGINES)
def test_load_shared_samples(engine: str) -> None:
    allroads = WayFilter("road", road_classes=None)
    oak = load_graph(OAKLAND, way_filter=allroads, engine=engine)
    summary = graph_summary(oak)
    assert summary["nodes"] == 48 and summary["edges"] == 108
    assert 8.0 < summary["length_km"] < 9.5
    bav = load_graph(BAVARIA, way_filter=allroads, engine=engine)
    assert graph_summary(bav)["classes"].keys() <= {"residential", "service", "track"}
    with pytest.raises(InputError, match="matches highway=motorway"):
        load_graph(OAKLAND, engine=engine)


@pytest.fixture(scope="module")
def oakland_graph() -> nx.MultiDiGraph:
    if not OAKLAND.is_file():
        pytest.skip("shared OSM samples absent")
    return load_graph(OAKLAND, way_filter=WayFilter("road", road_classes=None))


@needs_samples
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_route_never_shorter_than_geodesic(oakland_graph: nx.MultiDiGraph,
                                           data: st.DataObject) -> None:
    nodes = sorted(oakland_graph.nodes)
    a = data.draw(st.sampled_from(nodes))
    b = data.draw(st.sampled_from(nodes))
    pa = (oakland_graph.nodes[a]["y"], oakland_graph.nodes[a]["x"])
    pb = (oakland_graph.nodes[b]["y"], oakland_graph.nodes[b]["x"])
    try:
        out = route_osm(oakland_graph, pa, pb, optimize="distance", backend="array")
    except NoRouteError:
        return  # one-way streets can make a pair unreachable
    # great circle on osmnx's sphere, the one its edge lengths use, between the route's ends
    # (a node on a dead-end one-way street is routed from the nearest node that is not)
    (xa, ya), (xb, yb) = out.coords[0] if out.legs else (pa[1], pa[0]), (
        out.coords[-1] if out.legs else (pb[1], pb[0]))
    pa, pb = (ya, xa), (yb, xb)
    p1, p2, dlon = math.radians(pa[0]), math.radians(pb[0]), math.radians(pb[1] - pa[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    great_circle_km = 2 * 6371.009 * math.asin(math.sqrt(h))
    assert out.distance_km >= great_circle_km - 1e-9
    same = route_osm(oakland_graph, pa, pb, optimize="distance", backend="networkx")
    assert same.distance_km == pytest.approx(out.distance_km)


def test_import_is_light() -> None:
    code = (
        "import sys, corridors.osm, corridors._latlon;"
        "heavy = [m for m in ('osmnx', 'networkx', 'geopandas', 'osmium', 'scipy') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


def test_snap_splits_long_edges_at_interior_vertices(rail_file: Path) -> None:
    graph = load_graph(rail_file, mode="rail")
    before = graph_summary(graph)
    assert 3 not in graph  # simplified away: it is inside the Termez - Mazar edge
    # without splitting, the nearest node is an edge end far away
    [(far_node, far_km)] = snap(graph, [RAIL_NODES[3]], max_km=None, split_edges=False)
    assert far_node != 3 and far_km > 10
    [(node, km)] = snap(graph, [RAIL_NODES[3]])
    assert km == pytest.approx(0.0, abs=1e-6) and node < 0
    assert graph.nodes[node]["corridors_snap"] is True
    after = graph_summary(graph)
    assert after["nodes"] == before["nodes"] + 1
    assert after["edges"] == before["edges"] + 2  # both directions split
    assert after["length_km"] == pytest.approx(before["length_km"])
    for u, v, d in graph.edges(data=True):
        assert graph.has_edge(v, u)
        if node in (u, v):
            assert d["gauge"] == "1520"
    # a second snap to the same point finds the new node
    assert snap(graph, [RAIL_NODES[3]])[0][0] == node
    out = route_osm(graph, RAIL_NODES[3], RAIL_NODES[4], mode="rail", optimize="distance")
    assert out.coords[0] == (RAIL_NODES[3][1], RAIL_NODES[3][0])


def test_od_matrix_matches_routes(road_file: Path) -> None:
    from corridors.osm import od_matrix_osm

    graph = load_graph(road_file, retain_all=True)
    places = [NODES[1], NODES[6], NODES[3]]
    od = od_matrix_osm(graph, places, [*places, NODES[10]])
    assert od.shape == (3, 4)
    for i, a in enumerate(places):
        assert od[i, i] == 0.0
        assert math.isinf(od[i, 3])  # the isolated road
        for j, b in enumerate(places):
            if i != j:
                assert od[i, j] == pytest.approx(route_osm(graph, a, b).moving_h)
    km = od_matrix_osm(graph, [NODES[1]], [NODES[6]], optimize="distance")
    assert km[0, 0] == pytest.approx(route_osm(graph, NODES[1], NODES[6],
                                               optimize="distance").distance_km)


@pytest.mark.parametrize("backend", ["networkx", "array"])
def test_route_from_inside_an_edge_leaves_graph_unchanged(rail_file: Path, backend: str) -> None:
    graph = load_graph(rail_file, mode="rail")
    before = (graph.number_of_nodes(), graph.number_of_edges())
    a, b = RAIL_NODES[3], RAIL_NODES[2]  # both inside the Termez - Mazar edge
    out = route_osm(graph, a, b, optimize="distance", backend=backend)
    back = route_osm(graph, b, a, optimize="distance", backend=backend)
    to_end = route_osm(graph, a, RAIL_NODES[4], optimize="distance", backend=backend)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == before
    assert out.coords[0] == (a[1], a[0]) and out.coords[-1] == (b[1], b[0])
    assert back.coords == out.coords[::-1]
    assert out.distance_km == pytest.approx(back.distance_km)
    assert to_end.coords[-1] == (RAIL_NODES[4][1], RAIL_NODES[4][0])
    # the same distances as on a graph split at those points
    split = load_graph(rail_file, mode="rail")
    snap(split, [a, b])
    assert route_osm(split, a, b, optimize="distance").distance_km == pytest.approx(
        out.distance_km)
    assert route_osm(split, a, RAIL_NODES[4], optimize="distance").distance_km == (
        pytest.approx(to_end.distance_km))
    same = route_osm(graph, a, a, backend=backend)
    assert same.distance_km == 0.0 and same.legs == ()


def test_route_inside_a_one_way_edge_cannot_go_back(road_file: Path) -> None:
    # the M-1 is one-way: between two points inside it, only forwards
    nodes = dict(NODES)
    nodes[30] = (34.004, 71.45)  # inside the motorway, Peshawar side
    nodes[31] = (34.003, 71.40)
    ways = [w if w[0] != 103 else (103, [1, 30, 31, 8, 6], w[2]) for w in WAYS]
    path = road_file.with_name("m1.osm")
    path.write_text(osm_xml(nodes, ways), encoding="utf-8")
    graph = load_graph(path)
    fwd = route_osm(graph, nodes[30], nodes[31], optimize="distance")
    assert [leg.ref for leg in fwd.legs] == ["M-1"]
    back = route_osm(graph, nodes[31], nodes[30], optimize="distance")
    assert back.distance_km > fwd.distance_km  # round by Torkham and the N-5
    assert "N-5" in {leg.ref for leg in back.legs}


@needs_samples
def test_route_from_a_dead_end_one_way_falls_back_to_nearby_nodes(tmp_path: Path) -> None:
    # (37.8075, -122.305) lies on a one-way part of 7th Street that leaves the extract
    graph = load_graph(OAKLAND, way_filter=WayFilter("road", road_classes=None))
    a, b = (37.8075, -122.305), (37.812, -122.296)
    out = route_osm(graph, a, b)
    assert out.distance_km > 0
    snap(graph, [a])  # now a node sits right there, on the dead end
    saved = save_graph(graph, tmp_path / "oakland.graphml")
    again = route_osm(load_graph(saved), a, b)
    assert again.distance_km == pytest.approx(out.distance_km)
