"""Unit tests of the rule changes of the ninth round (issue 12), as a table of sentences
that give one link.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

from test_extract_rule_families import cases, only, stops

from corridors.extract._pipeline import extract_links

#: (what the case shows, text, (mode, origins, destinations, via)).
ONE_LINK = [
    ("'by road and by rail' is one cue for both: land",
     "The agreement covers the transit of goods between Uzbekistan and Pakistan by road and "
     "by rail.",
     ("land", ["Uzbekistan"], ["Pakistan"], [])),
    ("the crossings of one border named together are one link through them all",
     "Pakistan shut the Torkham, Chaman and Ghulam Khan crossings on Sunday.",
     ("road", ["Pakistan"], ["Afghanistan"], ["Torkham", "Chaman–Spin Boldak", "Ghulam Khan"])),
    ("a place in an opening 'Beyond X,' is no origin",
     "Beyond the EU, PIA hopes to restart flights to New York.",
     ("air", ["Pakistan"], ["New York City"], [])),
    ("an opening 'Unlike X,' may still name a link of its own",
     "Unlike the existing Bishkek - Osh road, the new one crosses no passes.",
     ("road", ["Bishkek"], ["Osh"], [])),
    ("from A through B and C and terminates at D",
     "The railway goes from Mazar-i-Sharif through Herat and Kandahar and terminates at "
     "Chaman.",
     ("rail", ["Mazar-i-Sharif"], ["Chaman–Spin Boldak"], ["Herat", "Kandahar"])),
    ("a route from A through B and C that terminates at D takes the mode handed on",
     "Two routes for the railway have been agreed. The first goes from Mazar-i-Sharif "
     "through Herat, Delaram and Kandahar and terminates at Chaman.",
     ("rail", ["Mazar-i-Sharif"], ["Chaman–Spin Boldak"], ["Herat", "Delaram", "Kandahar"])),
    ("ships that 'call first at' a list of ports",
     "The new weekly ships will call first at Gwadar, Jebel Ali and Sharjah.",
     ("sea", ["Gwadar"], ["Jebel Ali Port", "Sharjah"], [])),
    ("a route between countries that crosses a sea and a country on the way is overland",
     'The port would help shape a new corridor, "China - Kazakhstan - Aktau - Baku - Poti - '
     'Europe".',
     ("land", ["China"], ["Europe"], ["Kazakhstan", "Aktau", "Baku", "Poti Port"])),
    ("a train on a route named multimodal: the route is overland, in a text on trains too",
     "The train left Wuhan on Monday. The railway says its trains now run every week. A "
     'freight train has run along the multimodal transport corridor called "China–Kyrgyzstan'
     '–Uzbekistan" for the first time.',
     ("land", ["China"], ["Uzbekistan"], ["Kyrgyzstan"])),
    ("a route named multimodal after its places",
     "The China-Tajikistan-Turkmenistan-Iran-Turkey multimodal transport corridor will at "
     "first carry goods by road.",
     ("land", ["China"], ["Turkey"], ["Tajikistan", "Turkmenistan", "Iran"])),
    ("'Sultan' in 'Nur-Sultan' is no title: the places after it are read",
     "Flights from Nur-Sultan and Almaty to Beijing will stop.",
     ("air", ["Astana", "Almaty"], ["Beijing"], [])),
    ("linked the Kazakh cities of A and B with the Chinese cities of C and D",
     "Regular flights linked the Kazakh cities of Nur-Sultan and Almaty with the Chinese "
     "cities of Beijing and Urumqi.",
     ("air", ["Astana", "Almaty"], ["Beijing", "Urumqi"], [])),
    ("a title word followed by a colon names nobody: the places after it are read",
     "Minister: Baku-Astara Highway is to be linked to Iran.",
     ("road", ["Baku"], ["Iran"], ["Āstārā"])),
    ("a place before 'Expressway' is no part of a company's name",
     "The Muzaffarabad-Mansehra Expressway was approved.",
     ("road", ["Muzaffarābād"], ["Mansehra"], [])),
    ("dotless i and barred l fold to plain letters ('Iğdır', 'Łódź')",
     "The first train left Chengdu bound for Łódź.",
     ("rail", ["Chengdu"], ["Łódź"], [])),
    ("'Qeshm Island in Iran and Khasab Port': the island's country locates it",
     "The first shipping line between Qeshm Island in Iran and Khasab Port in Oman was "
     "launched this year.",
     ("sea", ["Qeshm"], ["Khasab Port"], [])),
    ("a city twenty times the size of its namesake keeps its name against a country "
     "named elsewhere ('London' is not the town in Ontario)",
     "Flights from Ashgabat to Birmingham and London return in June. Next year the airline "
     "adds New York (US) and Toronto (Canada).",
     ("air", ["Ashgabat"], ["Birmingham", "London"], [])),
    ("a Turkic compound's head is no town of its own, even in a route ('Kyzyl-Kiya')",
     "The Nookat-Kyzyl-Kiya road is repaired.",
     ("road", ["Nookat"], ["Kyzyl-Kiya"], [])),
    ("a town glued to an unknown word before 'railroad' is read",
     "The Bafq-Zarrinshahr railroad is being built.",
     ("rail", ["Bafq"], ["Zarrinshahr"], [])),
    ("two countries 'agree on more flights'",
     "Kazakhstan and Qatar agree on more flights",
     ("air", ["Kazakhstan"], ["Qatar"], [])),
    ("two countries 'to restart train services'",
     "Pakistan and Iran to restart train services by September",
     ("rail", ["Pakistan"], ["Iran"], [])),
    ("a route in brackets is read, not blanked as an aside",
     "The train crossed the Caspian by ferry (Alat-Aktau).",
     ("sea", ["Port of Baku"], ["Aktau"], [])),
    ("a ferry between two ports stays at sea",
     "A ferry runs from Baku to Aktau.",
     ("sea", ["Baku"], ["Aktau"], [])),
]

def test_two_countries_that_restart_a_service_stand_beside_its_finer_link() -> None:
    links = extract_links("Pakistan and Iran to restart train services by September\n\n"
                          "Trains between Quetta and Zahedan are to run again.")
    assert {(link.mode, tuple(p.name for p in link.origins),
             tuple(p.name for p in link.destinations)) for link in links} == {
        ("rail", ("Pakistan",), ("Iran",)), ("rail", ("Quetta",), ("Zahedan",))}


#: (what the case shows, text): sentences that give no link.
NO_LINK = [
    ("'between Asia and Europe' is a figure, not a route",
     "The new railway is meant to act as a strategic gateway between Asia and Europe."),
]


@cases(NO_LINK, "text")
def test_a_sentence_gives_no_link(text: str) -> None:
    assert extract_links(text) == []


#: (what the case shows, text, status of its one link).
STATUS = [
    ("a crossing shut by an active verb is closed",
     "Pakistan shut its two main crossings, Torkham and Chaman, after the clashes.",
     "rejected"),
    ("a border sealed by an active verb is closed",
     "Iran sealed the Taftan crossing for trucks from Pakistan.",
     "rejected"),
]


@cases(ONE_LINK, "text", "expected")
def test_a_sentence_gives_its_link(text: str,
                                   expected: tuple[str, list[str], list[str], list[str]]) -> None:
    assert stops(only(text)) == expected


@cases(STATUS, "text", "status")
def test_a_sentence_gives_its_status(text: str, status: str) -> None:
    assert only(text).status == status
