"""Unit tests of the extraction changes of the eleventh round (issue 12): a table of
sentences that give one link, and of sentences that give none.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

from test_extract_rule_families import cases, only, stops

from corridors.extract import extract_links

#: (what the case shows, text, (mode, origins, destinations, via)).
ONE_LINK = [
    ("'flights were agreed between A and B': the service agreed runs between them",
     "New flights were agreed between Tashkent and Bishkek.",
     ("air", ["Tashkent"], ["Bishkek"], [])),
    ("the same in a headline, without the auxiliary",
     "New flights agreed between Uzbekistan and Kyrgyzstan",
     ("air", ["Uzbekistan"], ["Kyrgyzstan"], [])),
    ("a port of the world under '<name> Port' is a link end",
     "A weekly container service will link Hamad Port with the Port of Mundra.",
     ("sea", ["Hamad Port"], ["Mundra Port"], [])),
    ("a ship's name in quotes is no place: 'the vessel \"Turkistan\"'",
     'The containers reached Aktau, and the vessel "Turkistan" will carry them to Kuryk.',
     ("sea", ["Aktau"], ["Kuryk Port"], [])),
    ("'from A to B via the C-D-E line': the line's stations are the link's stops",
     "The train ran from Ankara to Moscow via the Baku-Tbilisi-Kars line.",
     ("rail", ["Ankara"], ["Moscow"], ["Baku", "Tbilisi", "Kars"])),
    ("a Chinese province is a link end",
     "The first freight train from Inner Mongolia to Tashkent left on Monday.",
     ("rail", ["Inner Mongolia"], ["Tashkent"], [])),
]


@cases(ONE_LINK, "text", "expected")
def test_a_sentence_gives_its_link(text: str,
                                   expected: tuple[str, list[str], list[str], list[str]]) -> None:
    assert stops(only(text)) == expected


#: (what the case shows, text): sentences with no link.
NO_LINK = [
    ("an agreement signed between A and B names its parties",
     "An agreement on transit was signed between Uzbekistan and Kyrgyzstan."),
    ("a ship named after a city is no end: 'the ship \"Turkistan\" sails to B'",
     'The ship "Turkistan" sails to Baku every week.'),
    ("a bare port name is no port: 'Hamad' is a person here",
     "Sheikh Hamad met the minister of railways in Doha."),
]


@cases(NO_LINK, "text")
def test_a_sentence_gives_no_link(text: str) -> None:
    assert extract_links(text) == []
