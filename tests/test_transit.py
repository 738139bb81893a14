"""Transit semantics: "through a country" enters it at one crossing and leaves at another.

A sweep over the example's city pairs with ``via`` each transit country, both scenarios,
road and rail: no route touches a crossing and turns back, none uses one crossing twice,
and each passes a place inside the country it is said to go through.
"""

from __future__ import annotations

import itertools

import pytest

import corridors
from corridors.errors import NoRouteError

PAKISTAN = ("Lahore", "Islamabad", "Karachi", "Peshawar")
CENTRAL_ASIA = ("Almaty", "Astana", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Termez")
TRANSIT = ("Afghanistan", "Iran", "China", "Uzbekistan", "Turkmenistan", "Tajikistan",
           "Kyrgyzstan")
CODES = {"Afghanistan": "AF", "Iran": "IR", "China": "CN", "Uzbekistan": "UZ",
         "Turkmenistan": "TM", "Tajikistan": "TJ", "Kyrgyzstan": "KG"}


@pytest.fixture(scope="module")
def net() -> corridors.CorridorNetwork:
    return corridors.load_network()


def _check(route: corridors.Route, country: str, net: corridors.CorridorNetwork) -> None:
    names = [c.node_id for c in route.crossings]
    assert len(names) == len(set(names)), f"a crossing used twice: {names}"
    for a, b in itertools.pairwise(route.crossings):
        assert a.node_id != b.node_id
    code = CODES[country]
    assert code in route.countries
    inside = [leg for leg in route.legs if any(
        (node := net.dataset.nodes.get(nid)) is not None and node.country == code
        and nid not in net.dataset.crossings for nid in (leg.from_id, leg.to_id))]
    assert inside, f"no place inside {country}: {route.countries}"
    # a country entered is left through another crossing or holds an end
    for entry, leave in itertools.pairwise(route.crossings):
        if entry.countries[1] == leave.countries[0]:
            assert entry.node_id != leave.node_id


@pytest.mark.parametrize("scenario", ["existing", "proposed"])
@pytest.mark.parametrize("mode", ["road", "rail"])
def test_no_route_through_a_country_touches_a_crossing_and_returns(net, mode, scenario):
    routed = refused = 0
    for a, b in itertools.product(PAKISTAN, CENTRAL_ASIA):
        for origin, destination in ((a, b), (b, a)):
            for country in TRANSIT:
                try:
                    r = corridors.route(origin, destination, mode=mode, via=country,
                                        scenario=scenario, network=net)
                except NoRouteError:
                    refused += 1
                    continue
                routed += 1
                _check(r, country, net)
    assert routed > 50
    assert refused > 0 or mode == "road"  # no rail line crosses Afghanistan today


def test_rail_through_afghanistan_exists_only_with_the_proposals(net):
    with pytest.raises(NoRouteError, match="end inside it"):
        corridors.route("Rawalpindi", "Almaty", mode="rail", via="Afghanistan", network=net)
    r = corridors.route("Rawalpindi", "Almaty", mode="rail", via="Afghanistan",
                        scenario="proposed", network=net)
    assert r.countries[:2] == ("PK", "AF") and "IR" not in r.countries


def test_every_crossing_is_listed_with_its_dwell(net):
    r = corridors.route("Islamabad", "Tashkent", mode="road", via="Afghanistan", network=net)
    assert [c.countries for c in r.crossings] == [("PK", "AF"), ("AF", "UZ")]
    assert r.border_h == pytest.approx(sum(c.dwell_h for c in r.crossings))
