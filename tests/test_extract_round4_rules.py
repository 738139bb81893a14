"""Unit tests of the rule changes made after the fourth round's locked batch (test12):
a country pair restated anywhere in the text, list lines that say "from A to B" without a
mode cue, and a bus's stops that are not a port rotation.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

from test_extract_rule_families import ends, only

from corridors.extract._pipeline import extract_links


def test_a_country_pair_restating_a_city_link_elsewhere_is_dropped() -> None:
    links = extract_links(
        "Uzbekistan Airways flew its first flight from Tashkent to Lahore on Monday.\n\n"
        "Officials said air links between Uzbekistan and Pakistan would help trade.")
    assert [ends(x) for x in links] == [("air", ["Tashkent"], ["Lahore"])]


def test_a_country_pair_with_no_finer_link_stays() -> None:
    links = extract_links("Officials said air links between Uzbekistan and Pakistan "
                          "would help trade.")
    assert [ends(x)[1:] for x in links] == [(["Uzbekistan"], ["Pakistan"])]


def test_list_lines_from_a_to_b_take_the_mode_of_the_text() -> None:
    links = extract_links(
        "Uzbekistan plans new bus routes to its neighbours\n\n"
        "Buses are to start running from several regions of Uzbekistan, the ministry said.\n\n"
        "The planned routes are these.\n\n"
        "Tajikistan: from Samarkand to Dushanbe, and from Bukhara to Dushanbe.\n\n"
        "Bus companies may apply to run the lines.\n")
    got = {tuple(ends(x)[1][0:1] + ends(x)[2][0:1]): x.mode for x in links}
    assert got.get(("Samarkand", "Dushanbe")) == "road"
    assert got.get(("Bukhara", "Dushanbe")) == "road"


def test_a_bus_with_stops_in_towns_is_no_port_rotation() -> None:
    links = extract_links("A bus route from Termez to Moscow will have stops in Bukhara, "
                          "Urgench and Nukus.")
    assert not any(x.rule == "port-rotation" for x in links)


def test_a_train_number_is_no_negation() -> None:
    link = only("Since May 16 train No. 647/648 has been running on the Nukus - Beyneu route.")
    assert link.status == "existing"
    assert only("There is no railway between Nukus and Beyneu yet.").status == "rejected"
