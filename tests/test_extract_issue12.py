"""Rule families added for real articles (issue 12): each with its own small cases."""

from __future__ import annotations

import pytest

from corridors.extract._pipeline import extract_links
from corridors.extract._status import _status_in


def _links(text: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(p.mode, [o.name for o in p.origins], [d.name for d in p.destinations], p.status)
            for p in extract_links(text)]


# --- status cues: a service that runs, headline infinitives ---------------------------

@pytest.mark.parametrize("seg", [
    "the national logistics cell has begun a road freight service from karachi to kashgar.",
    "container trains that run from lianyungang to istanbul in 16 days.",
    "the crossing from kuryk to baku takes 18 hours.",
    "another container train was sent from baku back to xi'an.",
    "quetta-zahedan freight train back on track after five years",
    "the khunjerab pass is the highest paved border crossing in the world.",
    "a new railway was built from the town of akhalkalaki to the border of turkey.",
    "the containers are now on their way by sea from iran to mumbai.",
    "pia brings back domestic flights to chitral",
    "trucks travelling from turkey towards central asia number about 50,000 a year.",
    "the capacity of the railway is now being actively expanded.",
    "the middle corridor is a multimodal trade route that links central asia with europe.",
])
def test_running_service_cues_say_existing(seg: str) -> None:
    found = _status_in(seg)
    assert found is not None and found[0] == "existing"


@pytest.mark.parametrize("seg", [
    "lahore-almaty flights to begin on april 21",
    "karachi-almaty flights to follow in may",
    "termez-kabul-peshawar railway: preparatory work expected shortly",
])
def test_headline_infinitives_say_planned(seg: str) -> None:
    found = _status_in(seg)
    assert found is not None and found[0] == "planned"


def test_urging_to_open_is_no_plan() -> None:
    found = _status_in("the chamber urged the government to open a second route to bannu.")
    assert found is None or found[0] == "proposed"


# --- named corridors that run: their standing status ----------------------------------

def test_running_corridor_keeps_its_standing_status() -> None:
    text = "Nine more countries have signed up to the INSTC over the years."
    assert [s for *_, s in _links(text)] == ["existing"]


def test_proposed_corridor_has_no_standing_status() -> None:
    text = "Officials discussed the Trans-Afghan railway in Tashkent."
    assert [s for *_, s in _links(text)] == ["proposed"]


# --- structures: two-countries needs a service, region chains, companies in chains -----

def test_talks_between_the_two_countries_are_no_link() -> None:
    text = ("Turkmen officials met Afghan railway officials to talk about rail links between "
            "the two countries.")
    assert _links(text) == []


def test_flights_between_the_two_countries_are_a_link() -> None:
    text = ("Pakistan and Kazakhstan agreed to raise the number of weekly flights between "
            "the two countries.")
    assert [(m, o, d) for m, o, d, _ in _links(text)] == [("air", ["Pakistan"], ["Kazakhstan"])]


def test_chain_of_regions_names_a_programme() -> None:
    text = "Baku takes part in the Europe-Caucasus-Asia transport corridor."
    assert _links(text) == []


def test_company_name_in_a_chain_reads_as_its_place() -> None:
    text = "Once the new Uzbekistan-Kyrgyzstan-China railway is built, trade will grow."
    assert [(m, o, d) for m, o, d, _ in _links(text)] == [("rail", ["Uzbekistan"], ["China"])]


# --- chains and lists of places --------------------------------------------------------

def test_list_of_chains_gives_one_link_per_section() -> None:
    text = ("New railway track is to be laid on a number of sections, among them "
            "Hyderabad-Multan, Multan-Lahore and Nawabshah-Rohri.")
    got = [(m, o, d, s) for m, o, d, s in _links(text)]
    assert got == [("rail", ["Hyderabad"], ["Multan"], "planned"),
                   ("rail", ["Multan"], ["Lahore"], "planned"),
                   ("rail", ["Nawabshah"], ["Rohri"], "planned")]


def test_country_apposed_to_its_city_qualifies_it() -> None:
    text = "Uzbekistan Airways is looking at opening direct flights to Karachi, Pakistan's hub."
    assert [d for _, _, d, _ in _links(text)] == [["Karachi"]]


# --- origin-target rows and possessive qualifiers --------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Three trucks went under TIR from Torkham, the crossing point on the Afghan-Pakistani "
     "border, to Dushanbe in Tajikistan.", ("road", ["Torkham"], ["Dushanbe"])),
    ("A convoy of NLC trucks pulled out of the Sost Dry Port in Gilgit-Baltistan, bound for "
     "China.", ("road", ["Sost"], ["China"])),
    ("The first Kazakh feeder ship left the sea port of Aktau for the port of Baku.",
     ("sea", ["Aktau Port"], ["Baku Port"])),
    ("A new railway was built from the town of Akhalkalaki to the border of Turkey.",
     ("rail", ["Akhalkalaki"], ["Turkey"])),
    ("The route ran by sea from Mumbai to Iran's Bandar Abbas Port.",
     ("sea", ["Mumbai"], ["Bandar Abbas Port"])),
])
def test_origin_target_rows(text: str, want: tuple[str, list[str], list[str]]) -> None:
    assert [(m, o, d) for m, o, d, _ in _links(text)] == [want]


# --- modes: the vehicle before the place on the way ------------------------------------

def test_vehicle_says_the_mode_not_the_port() -> None:
    text = "A container train pulled into the port of Baku 11 days after leaving Xi'an."
    assert [m for m, *_ in _links(text)] == ["rail"]


def test_railway_to_a_port_is_rail() -> None:
    text = "Iran is building a railway from Zahedan to the port of Chabahar."
    assert [m for m, *_ in _links(text)] == ["rail"]


# --- qualifiers and non-links -----------------------------------------------------------

def test_city_in_its_country_is_the_origin() -> None:
    text = "A container train that set out from Xi'an in China has reached Baku."
    assert [(o, d) for _, o, d, _ in _links(text)] == [(["Xi’an"], ["Baku"])] or [
        (o, d) for _, o, d, _ in _links(text)] == [(["Xi'an"], ["Baku"])]


def test_nearest_to_is_where_a_port_lies() -> None:
    assert _links("It is the Iranian port nearest to India and lies on the open sea.") == []


def test_country_to_its_own_port_is_no_link() -> None:
    text = "Until now, transit freight from Kazakhstan could only go through the port of Aktau."
    assert _links(text) == []


# --- subjects and the vehicle after a link ---------------------------------------------

def test_the_one_asked_is_no_subject() -> None:
    text = ("PIA said it would expand. The statement also said the national airline has asked "
            "Uzbekistan for permission to fly to Samarkand and Bukhara.")
    assert [(o, d) for _, o, d, _ in _links(text)] == [(["Pakistan"], ["Samarkand", "Bukhara"])]


def test_by_vehicle_after_the_end_says_the_mode() -> None:
    text = "Cargo is taken to Andijan by rail and then on to China by truck."
    assert ("road", ["Andijan"], ["China"]) in [(m, o, d) for m, o, d, _ in _links(text)]


def test_sea_then_rail_through_a_port() -> None:
    text = "The containers went from Mumbai to Bandar Abbas by sea, then by rail to Astrakhan."
    assert [(m, o, d) for m, o, d, _ in _links(text)] == [
        ("sea", ["Mumbai"], ["Bandar Abbas"]), ("rail", ["Bandar Abbas"], ["Astrakhan"])]


def test_the_airline_in_a_later_paragraph_is_the_company_named_before() -> None:
    text = ("Somon Air, a Tajik carrier, has been flying international routes since 2008.\n\n"
            "The airline currently flies to Uzbekistan and Kazakhstan.")
    assert [(o, d) for _, o, d, _ in _links(text)] == [
        (["Tajikistan"], ["Uzbekistan", "Kazakhstan"])]


def test_route_through_a_list_of_countries() -> None:
    text = ("Afghanistan wants to send its goods along a land route through Afghanistan, "
            "Turkmenistan, Azerbaijan, Georgia and Turkey.")
    got = extract_links(text)
    assert [(p.mode, [o.name for o in p.origins], [d.name for d in p.destinations],
             [v.name for v in p.via]) for p in got] == [
        ("land", ["Afghanistan"], ["Turkey"], ["Turkmenistan", "Azerbaijan", "Georgia"])]


def test_route_via_cities_is_no_route_of_its_own() -> None:
    text = ("Trucks reached Peshawar from Termez on Saturday. The route via Hairatan, "
            "Mazar-i-Sharif, Kabul and Torkham cuts delivery times by half.")
    assert all(p.rule != "route-through" for p in extract_links(text))


def test_pipeline_along_a_route_is_no_transport_link() -> None:
    text = ("Work began on a section of the TAPI gas pipeline and on power lines along the "
            "Turkmenistan-Afghanistan-Pakistan route, near the railway.")
    assert _links(text) == []


@pytest.mark.parametrize("text", [
    "The renewed focus comes as trade between India and Russia has grown strongly.",
    "India wanted the railway built under a three-way agreement between India, Iran and "
    "Afghanistan.",
])
def test_relation_between_parties_is_no_link(text: str) -> None:
    assert all(p.rule != "between" for p in extract_links(text))


def test_trade_route_between_places_is_a_link() -> None:
    text = "A trade route between India and Russia by rail is planned."
    assert [(m, o, d) for m, o, d, _ in _links(text)] == [("rail", ["India"], ["Russia"])]


def test_sentence_initial_to_is_no_place() -> None:
    text = "To carry pilgrims to the Iranian port of Chabahar, a ferry operator was hired."
    assert all(o.name != "Tô" for p in extract_links(text) for o in p.origins)


# --- a small town beside a big namesake -------------------------------------------------

@pytest.mark.parametrize(("text", "place", "country"), [
    # a city of the small town's country in the sentence is no reason to leave the big one
    ("The first container ship from Kolkata has reached Dhaka.", "Dhaka", "BD"),
    ("Direct flights will link Kazan with Tehran; until now travellers changed in "
     "Istanbul.", "Kazan", "RU"),
    # the sentence names both countries: the big namesake keeps its name
    ("Officials of Bangladesh, India and Nepal will travel by bus from Dhaka to Kathmandu "
     "via Siliguri.", "Dhaka", "BD"),
    # the sentence names the small town's country and not the big one's: the small town
    ("A new bus service runs from Ankara to Kazan in Turkey.", "Kazan", "TR"),
    ("Trucks go from Patna to Dhaka in Bihar, India.", "Dhāka", "IN"),
])
def test_a_small_namesake_needs_its_country_named_and_the_big_ones_not(
        text: str, place: str, country: str) -> None:
    ends = [p for link in extract_links(text) for p in (*link.origins, *link.destinations)]
    assert (place, country) in {(p.name, p.country) for p in ends}
    assert all(p.country == country for p in ends if p.name.startswith(place[:4]))


# --- a halt said ahead is a halt ------------------------------------------------------

@pytest.mark.parametrize("seg", [
    "from monday it would halt its trains between helsinki and st. petersburg",
    "the railway will stop its trains between a and b from july",
    "the border will be closed from friday",
    "the crossing is to be shut from monday",
])
def test_a_halt_said_ahead_is_rejected(seg: str) -> None:
    assert _status_in(seg) == ("rejected", "suspended")


def test_a_train_that_will_stop_at_a_station_is_no_halt() -> None:
    assert _status_in("the train will stop in kazan for an hour") != ("rejected", "suspended")
