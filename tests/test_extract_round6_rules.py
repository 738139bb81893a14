"""Unit tests of the pattern rows added in the sixth round (issue 12): a service named by
where it goes and where it leaves from, departures and arrivals told in flying words, a
route told by its start and its run, and descriptive qualifiers before a place.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import pytest
from test_extract_rule_families import ends, only

from corridors.extract._pipeline import extract_links


def test_services_to_a_place_out_of_two_others() -> None:
    link = only("Air Astana will launch services to Ankara out of Aktau and Shymkent next year.")
    assert ends(link) == ("air", ["Aktau", "Shymkent"], ["Ankara"])
    assert link.directed


def test_flights_departing_from_a_place_name_their_origin() -> None:
    link = only("Flydubai flights to Dubai departing from Karachi are planned.")
    assert ends(link) == ("air", ["Karachi"], ["Dubai"])


def test_a_service_to_a_place_out_of_nothing_named_is_one_sided() -> None:
    # "out of" with no place after it is no origin
    assert all(x.origins != [] for x in extract_links(
        "Air Astana will launch services to Ankara out of season."))


def test_took_off_from_and_touched_down_at_give_a_flight() -> None:
    link = only("The aircraft took off from Lahore on Monday and touched down at Mashhad "
                "two hours later.")
    assert ends(link) == ("air", ["Lahore"], ["Mashhad"])


def test_a_flight_from_a_place_that_touched_down_in_another() -> None:
    link = only("The first flight, from Tashkent, touched down in Kabul on Friday.")
    assert ends(link) == ("air", ["Tashkent"], ["Kabul"])


def test_a_line_to_start_at_one_place_and_run_to_another() -> None:
    link = only("The railway is to start at Kashgar in China and run across Kyrgyzstan to "
                "Andijan in Uzbekistan.")
    assert ends(link) == ("rail", ["Kashgar"], ["Andijan"])
    assert [p.name for p in link.via] == ["Kyrgyzstan"]


def test_starting_a_talk_in_a_city_is_no_route() -> None:
    assert extract_links("The minister will start in Tashkent and go on to discuss tariffs.") == []


def test_a_place_after_an_adjective_and_port_city_of() -> None:
    link = only("A rail connection from the southern port city of Bandar Abbas to the "
                "northern border town of Astara is planned.")
    assert ends(link)[0] == "rail"
    assert [p.name for p in link.origins] == ["Bandar Abbas"]
    assert [(p.country, p.kind) for p in link.destinations] == [("IR", "city")]


def test_joining_a_qualified_city_with_another() -> None:
    link = only("A new bus service joining the Kyrgyz city of Osh with Tashkent began on "
                "Monday.")
    assert ends(link) == ("road", ["Osh"], ["Tashkent"])


def test_a_minister_who_landed_somewhere_is_still_a_visit() -> None:
    assert extract_links("The minister landed in Kabul on Friday and met officials.") == []


# --- a completion told as a condition ---------------------------------------------------

def test_once_construction_is_complete_is_no_running_line() -> None:
    link = only("Once construction of the Rasht-Astara railway is complete, Afghan goods will "
                "reach the Caspian.")
    assert link.status == "planned"  # from "will", the rest of the clause


def test_when_the_route_was_built_it_would_is_no_running_line() -> None:
    link = only("He said that when the Termez-Kabul railway was built it would give Uzbekistan "
                "its shortest way to the sea.")
    assert link.status == "proposed"


def test_a_condition_leaves_the_rest_of_the_clause_its_status() -> None:
    link = only("Work on the Rasht-Astara railway will begin in May, and once it is complete "
                "trains will run to Russia.")
    assert link.status != "existing"


def test_a_line_completed_in_a_past_year_still_exists() -> None:
    link = only("The Rasht-Astara railway was completed in 2020 and will carry 5 million "
                "tonnes a year.")
    assert link.status == "existing"


# --- a link told in the present simple ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The central road route goes from Isfahan in Iran to Herat in Afghanistan.",
    "Trucks bring these containers from Iran to Azerbaijan.",
    "The AH66 highway goes from Dushanbe to Kashgar.",
])
def test_a_link_told_in_the_present_exists(text: str) -> None:
    assert only(text).status == "existing"


@pytest.mark.parametrize("text", [
    "The road would go from Isfahan in Iran to Herat in Afghanistan.",
    "The planned railway goes from Mazar-i-Sharif to Herat.",
    "If approved, the road goes from Dushanbe to Kashgar.",
])
def test_a_present_verb_beside_a_future_or_a_plan_is_no_running_link(text: str) -> None:
    assert only(text).status != "existing"


def test_trucks_leave_a_place_for_another() -> None:
    link = only("Every week trucks leave Kashgar for Kyrgyzstan.")
    assert ends(link) == ("road", ["Kashgar"], ["Kyrgyzstan"])


def test_set_out_from_and_flew_on_to() -> None:
    link = only("The aircraft set out from Karachi, made a stop in Islamabad, and then flew on "
                "to Beijing.")
    assert ends(link) == ("air", ["Karachi"], ["Beijing"])


def test_linking_a_place_in_the_south_east_of_a_country_with_another() -> None:
    link = only("A rail corridor linking Zahedan in the south-east of Iran with Mashhad is "
                "planned.")
    assert ends(link) == ("rail", ["Zahedan"], ["Mashhad"])


def test_from_a_place_in_the_north_of_a_country_to_another() -> None:
    link = only("The railway will run from Mazar-i-Sharif in the north of Afghanistan through "
                "Kabul to Peshawar.")
    assert ends(link) == ("rail", ["Mazar-i-Sharif"], ["Peshawar"])


# --- past events with a month and year ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "SCAT Airlines followed in December 2025 with regular flights linking Turkistan with "
    "Bukhara.",
    "Uzbekistan built Afghanistan's first long-distance railroad, the 75-kilometre "
    "Hairatan-Mazar-i-Sharif line, in November 2010.",
])
def test_a_service_begun_in_a_past_month_exists(text: str) -> None:
    assert only(text).status == "existing"


def test_a_service_to_be_launched_in_a_month_is_planned() -> None:
    assert only("Flights from Turkistan to Bukhara will be launched in December 2026."
                ).status == "planned"


def test_arrangements_already_in_place_for_a_service_to_start_is_a_plan() -> None:
    link = only("Arrangements are already in place for a flight service from Bishkek to Nha "
                "Trang, a resort in the south of Vietnam, to start before the end of October.")
    assert link.status == "planned"


def test_a_railway_to_begin_at_a_border_town_and_cross_the_country_to_another() -> None:
    link = only("The proposed railway would begin at Hairatan, on the border with Uzbekistan, "
                "and cross the country to Spin Boldak on the border with Pakistan.")
    assert ends(link)[0] == "rail"
    assert [p.name for p in link.destinations] == ["Spin Boldak"]


def test_a_bridge_across_a_river_planned_to_link_two_places_is_road() -> None:
    link = only("A new bridge across the Panj River is planned to link Khatlon Province with "
                "Takhar Province.")
    assert ends(link) == ("road", ["Khatlon"], ["Takhar"])


def test_bridges_along_a_route_are_no_mode() -> None:
    assert extract_links("The old bridges along the route linking Kabul and Jalalabad are "
                         "crumbling.") == []


def test_an_itinerary_that_names_each_stops_country_is_one_chain() -> None:
    link = only("The train ran along this itinerary: Xi'an, China – Altynkol, Kazakhstan – "
                "Bolashak, Kazakhstan – Etrek, Turkmenistan – Tehran, Iran.")
    assert ends(link) == ("rail", ["Xi’an"], ["Tehran"])
    assert len(link.via) == 3


def test_a_list_of_cities_with_their_countries_is_still_a_list() -> None:
    link = only("Flights from Almaty to Dushanbe, Tajikistan, and Tashkent, Uzbekistan, start "
                "in May.")
    assert ends(link) == ("air", ["Almaty"], ["Dushanbe", "Tashkent"])


def test_a_section_of_the_kkh_between_two_unlisted_places_is_a_road() -> None:
    link = only("The relocated KKH section runs between Shatial and Minar Nala.")
    assert ends(link) == ("road", ["Shatial"], ["Minar Nala"])


def test_a_train_setting_out_from_a_centre_in_a_region_bound_for_a_city() -> None:
    link = only("The five-wagon train sets out from the logistics centre in Turkey's Erzurum "
                "region and is bound for Tbilisi, the capital of Georgia.")
    assert ends(link) == ("rail", ["Erzurum"], ["Tbilisi"])


def test_between_a_place_in_one_country_and_a_place_in_another() -> None:
    link = only("A fresh rail route now runs between Kostanay in Kazakhstan and Herat in "
                "Afghanistan.")
    assert ends(link) == ("rail", ["Kostanay"], ["Herat"])


def test_a_section_named_by_its_two_ends() -> None:
    link = only("The CDWP had cleared construction of the 146km Hoshab to Awaran section of the "
                "motorway.")
    assert ends(link) == ("road", ["Hoshab"], ["Awaran"])


def test_a_railway_to_start_in_a_province_and_run_across_regions_to_a_city() -> None:
    link = only("The railway was to start at Kashgar in China's Xinjiang province and run "
                "across the Naryn and Osh regions of Kyrgyzstan to Andijan in Uzbekistan.")
    assert ends(link) == ("rail", ["Kashgar"], ["Andijan"])


def test_a_service_from_two_cities_goes_where_the_link_before_went() -> None:
    links = extract_links("PIA will start flights from Islamabad to Baku in May. The airline "
                          "will also fly twice a week from Lahore.")
    assert [ends(x) for x in links] == [("air", ["Islamabad"], ["Baku"]),
                                        ("air", ["Lahore"], ["Baku"])]


def test_a_service_from_a_city_to_a_named_place_is_not_sent_elsewhere() -> None:
    links = extract_links("PIA will start flights from Islamabad to Baku in May. The airline "
                          "will also fly from Lahore to Dubai.")
    assert ("air", ["Lahore"], ["Dubai"]) in [ends(x) for x in links]
    assert ("air", ["Lahore"], ["Baku"]) not in [ends(x) for x in links]


def test_a_list_of_stops_is_no_subject_that_reaches_a_place() -> None:
    links = extract_links("The train stops at Istanbul, Ankara, Sivas, Erzincan and Kars, and "
                          "will later reach Tbilisi.")
    assert not any(x.rule == "reach" and len(x.origins) > 2 for x in links)


def test_two_parties_before_a_target_are_not_its_origins() -> None:
    links = extract_links("Pakistan and Afghanistan agreed that flights to Mazar-i-Sharif "
                          "would resume.")
    assert not any(len(x.origins) > 1 for x in links)


# --- a region at an end ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The railway would connect Central Asia with South Asia.",
    "The new rail corridor links Europe, the Caucasus and Central Asia.",
])
def test_a_region_at_an_end_of_a_loose_structure_is_no_link(text: str) -> None:
    assert not any(p.kind == "region" for x in extract_links(text)
                   for p in (*x.origins, *x.destinations))


@pytest.mark.parametrize("text", [
    "Container trains run from China to Europe through Kazakhstan.",
    "The China-Europe rail route now carries more freight.",
])
def test_a_region_at_an_end_of_a_from_to_or_a_chain_stays(text: str) -> None:
    link = only(text)
    assert "Europe" in [p.name for p in link.destinations]


def test_a_bus_that_came_into_a_town_from_a_region() -> None:
    link = only("A bus with four passengers on board came into Sost (Pakistan) from Xinjiang.")
    assert ends(link) == ("road", ["Xinjiang"], ["Sost"])


def test_between_a_town_in_a_province_and_a_city() -> None:
    link = only("Every curve on the section between Lalamusa in Punjab and Karachi is to be "
                "realigned so that trains can run faster.")
    assert [p.name for p in link.destinations] == ["Karachi"]
    assert [p.country for p in link.origins] == ["PK"]


def test_between_two_towns_each_located_in_a_province() -> None:
    link = only("The two sides agreed to start a bus service between Peshawar, in Pakistan's "
                "Khyber-Pakhtunkhwa, and Jalalabad, in Afghanistan's eastern Nangarhar "
                "province.")
    assert ends(link) == ("road", ["Peshawar"], ["Jalalabad"])


# --- status cues after test19 ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Construction of the Zaranj-Delaram highway is said to be about half done.",
     "under_construction"),
    ("Work on the Shamtegh-Herat railway is 95 percent complete.", "under_construction"),
    ("Instructions have already been given: from tomorrow, flights will open on the "
     "Bishkek - Khujand route.", "planned"),
    ("For the first time since the Delhi-Lahore bus service was inaugurated, the buses have "
     "been curtailed.", "rejected"),
    ("Such cargo used to go by road from Baku to Trabzon.", "existing"),
    ("TCS has again moved a consignment by road from Lahore to Tashkent.", "existing"),
])
def test_status_cues_of_round_six(text: str, status: str) -> None:
    assert only(text).status == status
