"""Places the gazetteer lacks, read from their transport frame (:mod:`corridors.extract._unlisted`).

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import random

import pytest
from test_extract_rule_families import ends, only

from corridors.extract._pipeline import extract_links
from corridors.extract._unlisted import _Taken, misspelt, skeleton, spelt_as
from corridors.records.place import Place


@pytest.mark.parametrize(("text", "expected"), [
    ("Work has started on the Ganqimaodu-Gashuunsukhait railway.",
     ("rail", ["Ganqimaodu"], ["Gashuunsukhait"])),
    ("The Darbaza \u2013 Maktaaral railway is to open in 2026.",
     ("rail", ["Darbaza"], ["Maktaaral"])),
    ("Contractors are widening the road from Kamila Bazaar to Summer Nullah.",
     ("road", ["Kamila Bazaar"], ["Summer Nullah"])),
    ("Buses now run between Kishmanja and Pechus every day.",
     ("road", ["Kishmanja"], ["Pechus"])),
])
def test_a_name_no_gazetteer_holds_is_an_end_in_a_transport_frame(
        text: str, expected: tuple[str, list[str], list[str]]) -> None:
    link = only(text)
    assert ends(link) == expected
    assert all(p.country is None and p.lat is None for p in (*link.origins, *link.destinations))


def test_a_chain_keeps_its_unlisted_middle_as_via() -> None:
    link = only("The Barskoon-Uchturfan-Aksu road will be paved next year.")
    assert ends(link) == ("road", ["Barskoon"], ["Aksu"])
    assert [p.name for p in link.via] == ["Uchturfan"]


@pytest.mark.parametrize("text", [
    "Trains will run from Monday to Friday on the line.",
    "The Pak-China road is a symbol of friendship.",
    "The ministry moved the flights from Terminal One to Terminal Two.",
    "The Phase-Package section of the road was tendered.",
    "Mr Karimov travelled from Tashkent to Samarkand by road for the talks.",
])
def test_words_that_are_no_places_stay_out(text: str) -> None:
    names = [p.name for link in extract_links(text)
             for p in (*link.origins, *link.destinations)]
    assert not {"Monday", "Friday", "Pak", "Terminal One", "Terminal Two", "Phase",
                "Package"} & set(names)


def test_no_frame_no_place() -> None:
    # a capitalised name with no transport frame is not read as a place
    assert extract_links("Officials from Kapikule met traders from Halkali on Monday.") == []


@pytest.mark.parametrize(("a", "b"), [
    ("Khunjrab", "Khunjerab"), ("Towrgondi", "Torghundi"), ("Khairaton", "Hairatan"),
    ("Shjuabad", "Shujaabad"),
])
def test_spellings_of_one_name_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


def test_a_spelling_variant_resolves_to_the_gazetteer_place_in_the_texts_countries() -> None:
    found = spelt_as("Towrgondi", frozenset({"AF"}))
    assert found is not None and found.place.country == "AF"
    assert "Torghundi" in found.place.name
    # not when the text names none of the place's countries
    assert spelt_as("Towrgondi", frozenset({"BR"})) is None
    # a short skeleton matches too many names
    assert spelt_as("Kash", frozenset({"IR"})) is None


def test_a_variant_spelling_in_a_frame_becomes_the_known_place() -> None:
    link = only("Pakistan and Afghanistan will study a rail line from Towrgondi to Herat.")
    assert link.mode == "rail"
    assert "Torghundi" in link.origins[0].name
    assert link.origins[0].lat is not None


def test_a_name_the_text_misspells_is_the_place_it_names_elsewhere() -> None:
    links = extract_links("High-speed trains now run between Ankara and Sivas. The "
                          "Ankara-Silvas line opened in April.")
    assert [ends(link) for link in links] == [("rail", ["Ankara"], ["Sivas"])]
    found = misspelt("Ayodhyaya", {"ayodhya": Place("Ayodhya", "IN", "city", 26.8, 82.2)})
    assert found is not None and found.place.name == "Ayodhya"


@pytest.mark.parametrize(("name", "own"), [
    ("Tongjiang", "heilongjiang"),  # alike, but another first letter
    ("Sohrab", "surab"),  # two towns on one road: not alike enough
    ("Kash", "kashi"),  # too short to tell
])
def test_a_name_like_another_place_of_the_text_stays_its_own(name: str, own: str) -> None:
    assert misspelt(name, {own: Place(own.title(), "CN", "city", 40.0, 80.0)}) is None


def test_a_port_named_in_full_is_found_by_its_bare_name_in_the_same_text() -> None:
    links = extract_links("The Port of Duqm received its first Maersk containers. A feeder "
                          "ship will link Duqm with Salalah every week.")
    assert [ends(link) for link in links] == [("sea", ["Port of Duqm"], ["Şalālah"])]
    # without the full name the bare one is no place
    assert extract_links("A feeder ship will link Duqm with Salalah every week.") == []


#: Frames of round 6 (after test18): (what the case shows, text, (mode, origins,
#: destinations)).
FRAMED = [
    ("a road's proper name with a capital",
     "The Muzaffarabad-Mansehra Expressway will be built.",
     ("road", ["Muzaffarābād"], ["Mansehra"])),
    ("two names of the gazetteer joined by a hyphen stay two",
     "Minister: Baku-Astara Highway is to be linked to Iran's roads",
     ("road", ["Baku"], ["Iran"])),
    ("left A port in B for C",
     "The train left Mundra port in Gujarat for Sorokovaya station in Kazakhstan.",
     ("rail", ["Mundra Port"], ["Sorokovaya"])),
    ("an unlisted place located in a country",
     "The passenger train runs once a week between Khokhrapar in Pakistan and Munabao in "
     "Rajasthan's Barmer district.",
     ("rail", ["Khokhrapar"], ["Munabao"])),
    ("an island or a port named after its place",
     "The first shipping line between Qeshm Island in Iran and Khasab in Oman was launched "
     "this year.",
     ("sea", ["Qeshm"], ["Khasab"])),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in FRAMED],
                         ids=[case[0] for case in FRAMED])
def test_a_framed_name_gives_its_link(text: str,
                                      expected: tuple[str, list[str], list[str]]) -> None:
    assert ends(only(text)) == expected


def test_the_overlap_index_agrees_with_comparing_every_span() -> None:
    rng = random.Random(6)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 30)) for s in rng.sample(range(400), 12)]
        taken = _Taken(spans)
        for _ in range(20):
            a = rng.randint(0, 420)
            b = a + rng.randint(1, 25)
            assert taken.overlaps(a, b) == any(a < e and s < b for s, e in spans), (a, b, spans)
