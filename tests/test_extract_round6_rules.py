"""Unit tests of the rule changes of the sixth round (issue 12), as tables: the sentences
that give one link and its ends, the sentences that give one link and its status, and the
sentences that must not give a link (or not a certain one).

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_extract_rule_families import ends, only

from corridors.extract._pipeline import extract_links
from corridors.records.link import ProposedLink

#: (what the case shows, text, (mode, origins, destinations)).
ONE_LINK = [
    ("services to B out of A",
     "Air Astana will launch services to Ankara out of Aktau and Shymkent next year.",
     ("air", ["Aktau", "Shymkent"], ["Ankara"])),
    ("flights to B departing from A",
     "Flydubai flights to Dubai departing from Karachi are planned.",
     ("air", ["Karachi"], ["Dubai"])),
    ("took off from A and touched down at B",
     "The aircraft took off from Lahore on Monday and touched down at Mashhad two hours "
     "later.",
     ("air", ["Lahore"], ["Mashhad"])),
    ("a flight from A touched down in B",
     "The first flight, from Tashkent, touched down in Kabul on Friday.",
     ("air", ["Tashkent"], ["Kabul"])),
    ("set out from A, then flew on to B",
     "The aircraft set out from Karachi, made a stop in Islamabad, and then flew on to "
     "Beijing.",
     ("air", ["Karachi"], ["Beijing"])),
    ("to start at A and run across C to B",
     "The railway is to start at Kashgar in China and run across Kyrgyzstan to Andijan in "
     "Uzbekistan.",
     ("rail", ["Kashgar"], ["Andijan"])),
    ("to start at A in a province and run across regions to B",
     "The railway was to start at Kashgar in China's Xinjiang province and run across the "
     "Naryn and Osh regions of Kyrgyzstan to Andijan in Uzbekistan.",
     ("rail", ["Kashgar"], ["Andijan"])),
    ("joining the Kyrgyz city of A with B",
     "A new bus service joining the Kyrgyz city of Osh with Tashkent began on Monday.",
     ("road", ["Osh"], ["Tashkent"])),
    ("trucks leave A for B",
     "Every week trucks leave Kashgar for Kyrgyzstan.",
     ("road", ["Kashgar"], ["Kyrgyzstan"])),
    ("linking A in the south-east of a country with B",
     "A rail corridor linking Zahedan in the south-east of Iran with Mashhad is planned.",
     ("rail", ["Zahedan"], ["Mashhad"])),
    ("from A in the north of a country to B",
     "The railway will run from Mazar-i-Sharif in the north of Afghanistan through Kabul to "
     "Peshawar.",
     ("rail", ["Mazar-i-Sharif"], ["Peshawar"])),
    ("a bridge across a river planned to link A with B",
     "A new bridge across the Panj River is planned to link Khatlon Province with Takhar "
     "Province.",
     ("road", ["Khatlon"], ["Takhar"])),
    ("an itinerary naming each stop's country",
     "The train ran along this itinerary: Xi'an, China – Altynkol, Kazakhstan – Bolashak, "
     "Kazakhstan – Etrek, Turkmenistan – Tehran, Iran.",
     ("rail", ["Xi’an"], ["Tehran"])),
    ("a list of cities with their countries",
     "Flights from Almaty to Dushanbe, Tajikistan, and Tashkent, Uzbekistan, start in May.",
     ("air", ["Almaty"], ["Dushanbe", "Tashkent"])),
    ("a KKH section between two unlisted places",
     "The relocated KKH section runs between Shatial and Minar Nala.",
     ("road", ["Shatial"], ["Minar Nala"])),
    ("setting out from a centre in a region, bound for B",
     "The five-wagon train sets out from the logistics centre in Turkey's Erzurum region and "
     "is bound for Tbilisi, the capital of Georgia.",
     ("rail", ["Erzurum"], ["Tbilisi"])),
    ("between A in one country and B in another",
     "A fresh rail route now runs between Kostanay in Kazakhstan and Herat in Afghanistan.",
     ("rail", ["Kostanay"], ["Herat"])),
    ("between A, in a province, and B, in another",
     "The two sides agreed to start a bus service between Peshawar, in Pakistan's "
     "Khyber-Pakhtunkhwa, and Jalalabad, in Afghanistan's eastern Nangarhar province.",
     ("road", ["Peshawar"], ["Jalalabad"])),
    ("the A to B section",
     "The CDWP had cleared construction of the 146km Hoshab to Awaran section of the "
     "motorway.",
     ("road", ["Hoshab"], ["Awaran"])),
    ("pulled out of a centre in A for B",
     "On Tuesday the first train pulled out of a logistics centre in Lanzhou for Kashgar.",
     ("rail", ["Lanzhou"], ["Kashgar"])),
    ("came into B from A",
     "A bus with four passengers on board came into Sost (Pakistan) from Xinjiang.",
     ("road", ["Xinjiang"], ["Sost"])),
    ("trains from China to Europe: a region end of a from-to",
     "Container trains run from China to Europe through Kazakhstan.",
     ("rail", ["China"], ["Europe"])),
    ("the China-Europe route: a region end of a chain",
     "The China-Europe rail route now carries more freight.",
     ("rail", ["China"], ["Europe"])),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in ONE_LINK],
                         ids=[case[0] for case in ONE_LINK])
def test_a_sentence_gives_its_link(text: str, expected: tuple[str, list[str], list[str]],
                                   ) -> None:
    assert ends(only(text)) == expected


def test_the_link_keeps_what_lies_between_its_ends() -> None:
    assert only("Air Astana will launch services to Ankara out of Aktau and Shymkent next "
                "year.").directed
    assert [p.name for p in only(
        "The railway is to start at Kashgar in China and run across Kyrgyzstan to Andijan in "
        "Uzbekistan.").via] == ["Kyrgyzstan"]
    assert len(only("The train ran along this itinerary: Xi'an, China – Altynkol, Kazakhstan "
                    "– Bolashak, Kazakhstan – Etrek, Turkmenistan – Tehran, Iran.").via) == 3


def test_places_the_ends_are_told_by_their_kind_or_province() -> None:
    link = only("A rail connection from the southern port city of Bandar Abbas to the "
                "northern border town of Astara is planned.")
    assert ends(link)[:2] == ("rail", ["Bandar Abbas"])
    assert [(p.country, p.kind) for p in link.destinations] == [("IR", "city")]
    link = only("The proposed railway would begin at Hairatan, on the border with Uzbekistan, "
                "and cross the country to Spin Boldak on the border with Pakistan.")
    assert (link.mode, [p.name for p in link.destinations]) == ("rail", ["Spin Boldak"])
    link = only("Every curve on the section between Lalamusa in Punjab and Karachi is to be "
                "realigned so that trains can run faster.")
    assert ([p.country for p in link.origins], [p.name for p in link.destinations]) == (
        ["PK"], ["Karachi"])


#: (text, status).
STATUS = [
    # a completion told as a condition: the clause without it decides, else proposed
    ("Once construction of the Rasht-Astara railway is complete, Afghan goods will reach the "
     "Caspian.", "planned"),
    ("He said that when the Termez-Kabul railway was built it would give Uzbekistan its "
     "shortest way to the sea.", "proposed"),
    ("The Rasht-Astara railway was completed in 2020 and will carry 5 million tonnes a year.",
     "existing"),
    # the present simple, with no other cue
    ("The central road route goes from Isfahan in Iran to Herat in Afghanistan.", "existing"),
    ("Trucks bring these containers from Iran to Azerbaijan.", "existing"),
    ("The AH66 highway goes from Dushanbe to Kashgar.", "existing"),
    # past events with a month and a year; a service to start later
    ("SCAT Airlines followed in December 2025 with regular flights linking Turkistan with "
     "Bukhara.", "existing"),
    ("Uzbekistan built Afghanistan's first long-distance railroad, the 75-kilometre "
     "Hairatan-Mazar-i-Sharif line, in November 2010.", "existing"),
    ("Flights from Turkistan to Bukhara will be launched in December 2026.", "planned"),
    ("Arrangements are already in place for a flight service from Bishkek to Nha Trang, a "
     "resort in the south of Vietnam, to start before the end of October.", "planned"),
    # after test19
    ("Construction of the Zaranj-Delaram highway is said to be about half done.",
     "under_construction"),
    ("Work on the Shamtegh-Herat railway is 95 percent complete.", "under_construction"),
    ("Instructions have already been given: from tomorrow, flights will open on the "
     "Bishkek - Khujand route.", "planned"),
    ("For the first time since the Delhi-Lahore bus service was inaugurated, the buses have "
     "been curtailed.", "rejected"),
    ("Such cargo used to go by road from Baku to Trabzon.", "existing"),
    ("TCS has again moved a consignment by road from Lahore to Tashkent.", "existing"),
    # after test20
    ("Direct flights from Islamabad to Istanbul have been started by PIA.", "existing"),
    ("COSCO has recently ended its container shipping services between Karachi and Gwadar.",
     "rejected"),
    ("The decision leaves Moscow without any direct flights to Almaty.", "rejected"),
    ("The company said rail delivery from China to Russia was practically impossible.",
     "rejected"),
    ("The Torkham crossing between Pakistan and Afghanistan remains shut to trucks.",
     "rejected"),
    ("The Angoor Adda road crossing between Pakistan and Afghanistan was opened again on "
     "Tuesday after being shut for two years.", "existing"),
    ("Building work on the Sarai Saleh-Havelian section of the motorway is going ahead "
     "smoothly.", "under_construction"),
    ("The proposed railway would begin at Hairatan and cross the country to Spin Boldak.",
     "proposed"),
    ("The railway would begin at Hairatan and cross the country to Spin Boldak.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), STATUS)
def test_a_sentence_gives_its_status(text: str, status: str) -> None:
    assert only(text).status == status


@pytest.mark.parametrize("text", [
    "Work on the Rasht-Astara railway will begin in May, and once it is complete trains will "
    "run to Russia.",
    "The road would go from Isfahan in Iran to Herat in Afghanistan.",
    "The planned railway goes from Mazar-i-Sharif to Herat.",
    "If approved, the road goes from Dushanbe to Kashgar.",
])
def test_a_running_word_beside_a_future_a_plan_or_a_condition_is_no_running_link(
        text: str) -> None:
    assert only(text).status != "existing"


@pytest.mark.parametrize("text", [
    "The minister will start in Tashkent and go on to discuss tariffs.",
    "The minister landed in Kabul on Friday and met officials.",
    "The old bridges along the route linking Kabul and Jalalabad are crumbling.",
])
def test_no_link(text: str) -> None:
    assert extract_links(text) == []


#: (text, a property no link of it may have).
NOT_THIS_LINK: list[tuple[str, Callable[[ProposedLink], bool]]] = [
    # "out of" with no place after it is no origin
    ("Air Astana will launch services to Ankara out of season.",
     lambda x: x.origins == []),
    # a list of stops is no subject that reaches a place
    ("The train stops at Istanbul, Ankara, Sivas, Erzincan and Kars, and will later reach "
     "Tbilisi.", lambda x: x.rule == "reach" and len(x.origins) > 2),
    # two parties before a target are not its origins
    ("Pakistan and Afghanistan agreed that flights to Mazar-i-Sharif would resume.",
     lambda x: len(x.origins) > 1),
    # a region at an end of a loose structure is a reach, not a link
    ("The railway would connect Central Asia with South Asia.",
     lambda x: any(p.kind == "region" for p in (*x.origins, *x.destinations))),
    ("The new rail corridor links Europe, the Caucasus and Central Asia.",
     lambda x: any(p.kind == "region" for p in (*x.origins, *x.destinations))),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_THIS_LINK)
def test_not_this_link(text: str, wrong: Callable[[ProposedLink], bool]) -> None:
    assert not any(wrong(x) for x in extract_links(text))


def test_a_service_told_by_its_origin_goes_where_the_link_before_went() -> None:
    links = extract_links("PIA will start flights from Islamabad to Baku in May. The airline "
                          "will also fly twice a week from Lahore.")
    assert [ends(x) for x in links] == [("air", ["Islamabad"], ["Baku"]),
                                        ("air", ["Lahore"], ["Baku"])]
    links = extract_links("PIA will start flights from Islamabad to Baku in May. The airline "
                          "will also fly from Lahore to Dubai.")
    assert ("air", ["Lahore"], ["Dubai"]) in [ends(x) for x in links]
    assert ("air", ["Lahore"], ["Baku"]) not in [ends(x) for x in links]
