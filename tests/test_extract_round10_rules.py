"""Unit tests of the rule changes of the tenth round (issue 12), as a table of sentences
that give one link.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

from test_extract_rule_families import cases, only, stops

from corridors.extract import extract

#: (what the case shows, text, (mode, origins, destinations, via)).
ONE_LINK = [
    ("an airport's city after it: 'took off from X Airport in A and landed at Y'",
     "Its first flight took off from Jinnah International Airport in Karachi and landed at "
     "Islamabad International Airport.",
     ("air", ["Jinnah International Airport"], ["Islamabad International Airport"], [])),
    ("a line that begins at A, runs via B with places said where they lie, and ends at C",
     "The railway is to begin at Kashgar, in Xinjiang in China's northwest, run via "
     "Jalal-Abad in Kyrgyzstan and end at Andijan in Uzbekistan.",
     ("rail", ["Kashgar"], ["Andijan"], ["Jalal-Abad"])),
    ("'reached B and then left for C': B is a stop on the way to C",
     "The truck convoy set off from Kashgar, reached Quetta and then left for Gwadar.",
     ("road", ["Kashgar"], ["Gwadar"], ["Quetta"])),
    ("a convoy travels by road",
     "The first convoy of 40 containers left Kashgar on Monday and reached Sost two days "
     "later.",
     ("road", ["Kashgar"], ["Sost"], [])),
    ("'from the capital, A, to B': the place in apposition is the origin",
     "Somon Air is to restart flights from the capital, Dushanbe, to Tashkent.",
     ("air", ["Dushanbe"], ["Tashkent"], [])),
    ("'from the Kazakh capital, A, to B'",
     "Flights from the Kazakh capital, Astana, to Lahore start in May.",
     ("air", ["Astana"], ["Lahore"], [])),
    ("a news agency is no place: 'IRNA reported' names no Salerno",
     "A new shipping line links Bandar Abbas with Jebel Ali, IRNA reported.",
     ("sea", ["Bandar Abbas"], ["Jebel Ali Port"], [])),
]


@cases(ONE_LINK, "text", "expected")
def test_a_sentence_gives_its_link(text: str,
                                   expected: tuple[str, list[str], list[str], list[str]]) -> None:
    assert stops(only(text)) == expected


#: (what the case shows, text, the places read): English words that GeoNames lists as
#: another city's alternate name are no place.
PLACES_READ = [
    ("'Part of' is no Perth", "Part of the railway from Termez to Mazar-i-Sharif is new.",
     ["Termez", "Mazar-i-Sharif"]),
    ("'Cars' is no Kars", "Cars and trucks queued at Torkham.", ["Torkham"]),
    ("'IRNA' is no Salerno", "IRNA said the line to Bandar Abbas opens soon.", ["Bandar Abbas"]),
]


@cases(PLACES_READ, "text", "names")
def test_a_word_is_no_place(text: str, names: list[str]) -> None:
    assert [m.place.name for m in extract(text).places] == names
