"""Unit tests of the rule changes made after the fifth round's locked batch (test15).

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import pytest
from test_extract_rule_families import ends, only

from corridors.extract._pipeline import extract_links


def test_a_form_of_state_is_no_town() -> None:
    # "Republic" alone was a town in Missouri, and as a route's end it hid the crossing
    link = only("Agreement was reached with the People's Republic of China to restart "
                "Irkeshtam solely for freight traffic between the two countries.")
    assert ends(link) == ("road", ["Kyrgyzstan"], ["China"])
    assert [p.name for p in link.via] == ["Irkeshtam Pass"]


@pytest.mark.parametrize(("text", "mode"), [
    ("The Torkham crossing reopened for trade on Monday.", "road"),  # no vehicle: road, as labelled
    ("Trucks began crossing at Torkham again on Monday.", "road"),
    ("Freight trains passed through Torkham again on Monday.", "rail"),
])
def test_traffic_at_a_crossing_takes_its_mode_from_the_vehicles(text: str, mode: str) -> None:
    assert only(text).mode == mode


def test_a_journey_from_a_station_in_a_city_to_its_end() -> None:
    link = only("The train set off from Gumruh station in Izmir, in the far west of Turkey, "
                "and ended its journey in Tashkent, the Uzbek capital.")
    assert ends(link) == ("rail", ["İzmir"], ["Tashkent"])
    assert link.status == "existing"


def test_a_country_named_elsewhere_does_not_turn_a_capital_into_a_small_town() -> None:
    links = extract_links("Air Astana flew from Astana to Amsterdam last year. It plans "
                          "flights to New York in 2020.")
    amsterdam = next(x for x in links if ends(x)[2] == ["Amsterdam"])
    assert amsterdam.destinations[0].country == "NL"


def test_a_train_out_of_a_terminal_in_a_city_bound_for_a_town() -> None:
    link = only("The first train pulled out of the Pakistan International Container "
                "Terminal in Karachi loaded with 35 containers, bound for Quetta.")
    assert ends(link) == ("rail", ["Karachi"], ["Quetta"])
    assert link.status == "existing"


def test_god_willing_is_no_place() -> None:
    links = extract_links('"God willing, flights will soon begin to India," the Ariana '
                          "official said.")
    assert all(p.name != "Göd" for x in links for p in (*x.origins, *x.destinations))


def test_routes_from_a_country_to_places_each_flown_from_its_cities_elsewhere() -> None:
    links = extract_links(
        "Pakistan International Airlines (PIA) said on Friday it was reviving its routes to "
        "Muscat and Sharjah.\n\n"
        "Flights on the Lahore-Muscat route will resume on Saturday, and the Sialkot-Sharjah "
        "route on Tuesday.")
    assert sorted(ends(x)[1][0] for x in links) == ["Lahore", "Sialkot"]


def test_flights_to_a_place_in_all_from_several_cities() -> None:
    link = only("PIA will be running nine flights a week to Muscat in all, from Peshawar, "
                "Turbat and Gwadar.")
    assert ends(link) == ("air", ["Peshawar", "Turbat", "Gwadar"], ["Muscat"])


def test_a_sentence_starting_with_more_names_no_town() -> None:
    text = ("More flights are planned to Istanbul from Astana, Almaty, Aktau, Turkistan and "
            "Atyrau, to Antalya from Astana and Almaty, and to Baku and Tbilisi from Almaty.")
    origins = {place.name for link in extract_links(text) for place in link.origins}
    assert "Mora" not in origins
