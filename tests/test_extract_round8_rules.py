"""Unit tests of the rule changes of the eighth round (issue 12), as tables: sentences that
give one link, sentences that must not give a link, and a status.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import pytest
from test_extract_rule_families import cases, only, stops

from corridors.extract._pipeline import extract_links

#: (what the case shows, text, (mode, origins, destinations, via)).
ONE_LINK = [
    ("linking A through B to C",
     "Construction of the railway linking Tashkent through Afghanistan to Islamabad is to "
     "start in spring.",
     ("rail", ["Tashkent"], ["Islamabad"], ["Afghanistan"])),
    ("linking A via B with C",
     "A new road linking Dushanbe via Kulob with Khorog is planned.",
     ("road", ["Dushanbe"], ["Khorog"], ["Kulob"])),
    ("calls at A, then B, then C",
     "The weekly ship will call at Karachi, then Jebel Ali, then Mombasa.",
     ("sea", ["Karachi"], ["Mombasa"], ["Jebel Ali Port"])),
    ("a route in parentheses after the carrier",
     "Several airlines cut their flights, among them El Al (from Tel Aviv to Moscow).",
     ("air", ["Tel Aviv"], ["Moscow"], [])),
    ("B flights from A",
     "Some Moscow flights from Tashkent and Samarkand will be suspended for a month.",
     ("air", ["Tashkent", "Samarkand"], ["Moscow"], [])),
    ("a leg on the same vehicle continues the line",
     "A motorway would be built from Peshawar to Kabul, and carried on to Tashkent.",
     ("road", ["Peshawar"], ["Tashkent"], ["Kabul"])),
    ("two legs on the same vehicle continue the line",
     "A motorway would be built from Peshawar to Kabul, carried on to Mazar-i-Sharif, and "
     "carried on to Tashkent.",
     ("road", ["Peshawar"], ["Tashkent"], ["Kabul", "Mazar-i-Sharif"])),
    ("a leg beyond a country the line reached",
     "The railway would run from Kashgar across Kyrgyzstan to Uzbekistan, and from there on "
     "to Turkmenistan.",
     ("rail", ["Kashgar"], ["Turkmenistan"], ["Kyrgyzstan", "Uzbekistan"])),
    ("from A to N cities in B",
     "The carrier stopped its flights from Baku to 10 cities in Russia.",
     ("air", ["Baku"], ["Russia"], [])),
]


@cases(ONE_LINK, "text", "expected")
def test_a_sentence_gives_its_link(text: str,
                                   expected: tuple[str, list[str], list[str], list[str]]) -> None:
    assert stops(only(text)) == expected



#: Sentences that give no link: a region to its own towns, or to two of its own countries.
NO_LINK = [
    ("a region to its own towns",
     "Growth in Southeast Asia depends on new jets, which are to fly to Hanoi and to "
     "Kuala Lumpur."),
    ("a region to two of its own countries",
     "The new line is to improve access from Central Asia to Uzbekistan and Tajikistan by "
     "rail."),
]


@cases(NO_LINK, "text")
def test_no_link(text: str) -> None:
    assert extract_links(text) == []


#: (text, status): a share of the work done on a named section is works under way.
STATUS = [
    ("Roughly 60 per cent of the work on the Basima-Khuzdar road is finished, an official "
     "said.", "under_construction"),
    ("Work on the second stage of the Dostyk-Moiynty railway line got under way in 2022.",
     "under_construction"),
    ("In 2023 building started on the new Bakhty-Ayagoz railway line.", "under_construction"),
]


@pytest.mark.parametrize(("text", "status"), STATUS)
def test_a_sentence_gives_its_status(text: str, status: str) -> None:
    assert [p.status for p in extract_links(text)] == [status]


def test_same_consonants_are_not_the_same_name() -> None:
    # "Makhinjauri" shares its consonants with "Manzhuur", an alternate name of Manzhouli;
    # the text names China, so the Chinese city was the only candidate left
    links = extract_links("A Chinese contractor built the tunnels. The works covered the "
                          "railway from Tbilisi to Makhinjauri on the coast.")
    assert [d.name for link in links for d in link.destinations] == ["Makhinjauri"]
