"""Unit tests of the rule changes of the seventh round (issue 12), as tables: sentences
that give one link and its ends, and sentences that must not give a certain link.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import pytest
from test_extract_rule_families import ends, only

from corridors.extract._pipeline import extract_links

#: (what the case shows, text, (mode, origins, destinations)).
ONE_LINK = [
    ("between A station and B station",
     "A trial train ran between Khaf station and Rozanak station last week.",
     ("rail", ["Khaf"], ["Rozanak"])),
    ("a country in parentheses after each end",
     "A freight train carried cement between Khaf station (Iran) and Herat station "
     "(Afghanistan).",
     ("rail", ["Khaf"], ["Herat"])),
    ("A bus station and B bus station as one list",
     "The bus runs between Karakol bus station and Almaty bus station every day.",
     ("road", ["Karakol"], ["Almaty"])),
    ("a rail-road corridor is land",
     "A rail-road corridor from Kashgar to Tashkent is already running.",
     ("land", ["Kashgar"], ["Tashkent"])),
    ("a multimodal corridor is land",
     "The multimodal corridor from Lanzhou to Dushanbe opened last month.",
     ("land", ["Lanzhou"], ["Dushanbe"])),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in ONE_LINK],
                         ids=[case[0] for case in ONE_LINK])
def test_a_sentence_gives_its_link(text: str, expected: tuple[str, list[str], list[str]],
                                   ) -> None:
    assert ends(only(text)) == expected


#: A plural facility after a country's adjective is no member of a list: "between Russian
#: ports and Turkmenbashi" names no link from Russia as a place.
NOT_A_LIST = [
    "Talks on shipping lines between Russian ports and Turkmenbashi were held in Astrakhan.",
]


@pytest.mark.parametrize("text", NOT_A_LIST)
def test_a_plural_facility_does_not_join_a_list(text: str) -> None:
    assert not any([p.name for p in link.origins] == ["Russia"] for link in extract_links(text))


#: Sentences that give no link: a country to its own cities (whatever the mode; flights
#: too), half of an elided region's name ("Central & South Asia"), a corridor's name as the
#: modifier of something that carries no traffic ("the CPEC fibre cable").
NO_LINK = [
    "From Pakistan, flights to Islamabad, Karachi and Lahore were cancelled.",
    "PIA brings back domestic flights to Chitral and Rahim Yar Khan.",
    "The ring road will be a hub between Central & South Asia.",
    "The operators look abroad for buyers of capacity on the CPEC fibre cable.",
    "Ten CPEC special economic zones are being set up.",
]


@pytest.mark.parametrize("text", NO_LINK)
def test_no_link(text: str) -> None:
    assert extract_links(text) == []
