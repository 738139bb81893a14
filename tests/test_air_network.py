"""Today's air network (issue 11): Pakistani domestic flights, the hubs that carry today's
traffic (inside the region and outside it: Dubai, Sharjah, Abu Dhabi, Doha, Istanbul), each
link with a dated source and each hub with its minimum connection time."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import itertools
import json
import shutil
from pathlib import Path

import pytest

from corridors.cli import main
from corridors.dataset import load_dataset
from corridors.errors import CorridorsError, DataError
from corridors.network import routing
from corridors.network._graph import (
    build_network,
    load_network,
    network_from_cache,
    network_to_cache,
)
from corridors.settings import example_text

OUTSIDE = {"DXB", "SHJ", "AUH", "DOH", "IST"}
GULF = {"DXB", "SHJ", "AUH", "DOH"}


@pytest.fixture(scope="module")
def net():  # type: ignore[no-untyped-def]
    return load_network()


def _sweep_places(net) -> list[str]:  # type: ignore[no-untyped-def]
    """The network's capitals plus Karachi, Lahore (and Islamabad, a capital) and Almaty."""
    capitals = sorted(n.name for n in net.dataset.nodes.values() if n.capital)
    return capitals + [c for c in ("Karachi", "Lahore", "Islamabad", "Almaty")
                       if c not in capitals]


def _air_today(a: str, b: str, net):  # type: ignore[no-untyped-def]
    return routing.route(a, b, mode="air", scenario="existing", network=net)


@pytest.mark.parametrize("dest", ["Almaty", "Astana"])
def test_karachi_to_kazakhstan_by_air_today(net, dest: str) -> None:
    r = _air_today("Karachi", dest, net)
    flights = [leg for leg in r.legs if leg.mode == "air"]
    assert 2 <= len(flights) <= 3  # no direct flight today: one or two changes of plane
    assert {leg.status for leg in r.legs} == {"existing"}
    assert r.legs[0].from_name == "Karachi" and r.legs[-1].to_name == dest


def test_every_capital_pair_has_an_air_itinerary_today(net) -> None:
    """The sweep of issue 11's Done-when: every pair of the network's capitals and the
    example's Pakistani cities (plus Almaty) flies today, on reported services only."""
    places = _sweep_places(net)
    assert {"Islamabad", "Kabul", "Tashkent", "Astana", "Bishkek", "Dushanbe",
            "Ashgabat", "Karachi", "Lahore", "Almaty"} <= set(places)
    missing = []
    for a, b in itertools.combinations(places, 2):
        try:
            r = _air_today(a, b, net)
        except CorridorsError as exc:
            missing.append(f"{a}-{b}: {exc}")
            continue
        assert all(leg.status == "existing" for leg in r.legs), (a, b)
        assert sum(leg.mode == "air" for leg in r.legs) <= 3, (a, b)  # at most two changes
    assert missing == []


def test_without_the_gulf_hubs_every_pair_still_flies(net) -> None:
    """The Gulf rows rest on evidence up to early March 2026 (UAE airspace closure); the
    sweep holds without them too, through Istanbul, Islamabad, Tashkent or Dushanbe."""
    ds = net.dataset
    links = [lk for lk in ds.air_links if not {lk.from_iata, lk.to_iata} & GULF]
    no_gulf = build_network(dataclasses.replace(ds, air_links=links))
    for a, b in itertools.combinations(_sweep_places(net), 2):
        r = _air_today(a, b, no_gulf)
        assert not any(GULF & set(leg.ref.split("-")) for leg in r.legs), (a, b)


def test_a_hub_outside_the_region_is_named_in_the_notes(net) -> None:
    r = _air_today("Ashgabat", "Karachi", net)  # Ashgabat flies only to Dubai and Istanbul
    hubs = {leg.to_name for leg in r.legs if leg.mode == "air"} & OUTSIDE
    assert hubs
    hub = hubs.pop()
    name = net.dataset.hubs[hub].name
    assert f"connects at {name} ({hub}), outside the corridor region" in r.notes
    connection = next(leg for leg in r.legs if leg.ref == "connection")
    assert "outside the corridor region" in connection.name
    assert connection.transship_h == pytest.approx(net.dataset.hubs[hub].mct_min / 60)
    assert net.dataset.airports[hub].country in r.countries


def test_hub_airports_outside_the_region(net) -> None:
    ds = net.dataset
    assert {h for h, hub in ds.hubs.items() if not hub.in_region} == OUTSIDE
    for code in OUTSIDE:
        ap = ds.airports[code]
        assert ap.city_id == "" and not ap.in_region
        assert net.node_of(net.index[("air", code)]) is None
        # flights connect there, but no trip starts or ends there, and no hypothetical
        # direct flight is offered to it
        assert ("road", code) not in net.index
        flights = [net.edges[k] for k in net.out_edges[net.index[("air", code)]]]
        assert flights and all(e.status == "existing" for e in flights)
    with pytest.raises(CorridorsError, match="outside the corridor network"):
        routing.route("Karachi", "DXB", mode="air", network=net)


def test_connection_time_is_the_hubs_mct_else_the_parameter(net) -> None:
    ds = net.dataset

    def connection_h(code: str) -> float:
        arr = net.index[("air_arr", code)]
        (e,) = [net.edges[k] for k in net.out_edges[arr]
                if net.edges[k].kind == "connection"]
        return e.transship_h

    assert connection_h("DOH") == pytest.approx(45 / 60)
    assert connection_h("SHJ") == pytest.approx(2.0)
    assert connection_h("TAS") == pytest.approx(ds.hubs["TAS"].mct_min / 60)
    assert "PEW" not in ds.hubs
    assert connection_h("PEW") == pytest.approx(ds.param("air_connection_h"))


def test_pakistani_cities_fly_domestic_today(net) -> None:
    """Multan, Faisalabad, Quetta and Peshawar attach to their nodes and fly today."""
    for city in ("Multan", "Faisalabad", "Quetta", "Peshawar"):
        r = _air_today(city, "Karachi", net)
        assert {leg.status for leg in r.legs} == {"existing"}, city


def test_every_existing_air_link_has_a_dated_source() -> None:
    ds = load_dataset()
    new = [lk for lk in ds.air_links if lk.status == "existing"]
    assert len(new) >= 50
    undated = [lk for lk in new if not lk.source_date]
    # the few whose stored source shows no date say so in their notes
    assert len(undated) <= 6
    for lk in undated:
        assert "date" in lk.notes.lower() or "year" in lk.notes.lower(), lk


def test_network_cache_round_trip_keeps_hubs_and_dates(net) -> None:
    back = network_from_cache(json.loads(json.dumps(network_to_cache(net))))
    assert back.dataset.hubs == net.dataset.hubs
    assert back.dataset.airports == net.dataset.airports
    assert back.dataset.air_links == net.dataset.air_links
    assert len(back.edges) == len(net.edges)


def _copy_data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(load_dataset().path, d)
    return d


def _edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows = change(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


@pytest.mark.parametrize(("table", "change", "message"), [
    ("hubs.csv", lambda rows: [*rows, {**rows[0], "iata": "XQX"}], "not in airportsdata"),
    ("hubs.csv", lambda rows: [{**r, "in_region": "1"} if r["iata"] == "DXB" else r
                               for r in rows], "serves no node"),
    ("hubs.csv", lambda rows: [{**r, "country": "QA"} if r["iata"] == "DXB" else r
                               for r in rows], "not QA"),
    ("hubs.csv", lambda rows: [r for r in rows if r["iata"] != "IST"], "not a hub"),
    ("hubs.csv", lambda rows: [{**r, "source": ""} if r["iata"] == "DXB" else r
                               for r in rows], "no source"),
])
def test_bad_hubs_are_rejected(tmp_path: Path, table: str, change, message: str) -> None:  # type: ignore[no-untyped-def]
    d = _copy_data(tmp_path)
    _edit(d / table, change)
    with pytest.raises(DataError, match=message):
        load_dataset(d)


def test_a_dataset_without_hubs_still_loads(tmp_path: Path) -> None:
    d = _copy_data(tmp_path)
    (d / "hubs.csv").unlink()
    _edit(d / "air_links.csv", lambda rows: [
        r for r in rows if not {r["from_iata"], r["to_iata"]} & OUTSIDE])
    ds = load_dataset(d)
    assert ds.hubs == {} and not OUTSIDE & set(ds.airports)


@pytest.fixture(scope="module")
def example_summary(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    out = tmp_path_factory.mktemp("air_example")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["model", str(example_text()), "--out", str(out), "-q"]) == 0
    with (out / "summary.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("dest", ["Almaty", "Astana"])
def test_example_measures_karachi_flights_against_today(example_summary, dest: str) -> None:
    rows = {r["scenario"]: r for r in example_summary
            if r["mode"] == "air" and r["from"] == "Karachi" and r["to"] == dest}
    today, proposed = rows["existing"], rows["proposed"]
    assert today["found"] == "True" and proposed["found"] == "True"
    assert proposed["compared_with"] == "today"
    assert float(proposed["time_saved_h"]) == pytest.approx(
        float(today["time_h"]) - float(proposed["time_h"]), abs=0.02)
    assert float(proposed["time_saved_h"]) > 0
