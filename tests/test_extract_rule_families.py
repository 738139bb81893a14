"""Unit tests of extraction rule families: structures, modes, statuses, references (one or more
per rule).

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from corridors.extract._pipeline import extract_links
from corridors.gazetteer._index import resolve_place
from corridors.records.link import ProposedLink


def ends(link: ProposedLink) -> tuple[str, list[str], list[str]]:
    return (link.mode, [p.name for p in link.origins], [p.name for p in link.destinations])


def only(text: str) -> ProposedLink:
    links = extract_links(text)
    assert len(links) == 1, [ends(x) for x in links]
    return links[0]


def stops(link: ProposedLink) -> tuple[str, list[str], list[str], list[str]]:
    """:func:`ends` and the via points: what the rounds' tables of one link expect."""
    return (*ends(link), [v.name for v in link.via])


def cases(table: Sequence[tuple[Any, ...]], *names: str) -> Any:
    """``pytest.mark.parametrize`` over a table of (what the case shows, value, ...) rows,
    named by their first column; ``names`` are the other columns' argument names."""
    rows = [row[1:] if len(names) > 1 else row[1] for row in table]
    return pytest.mark.parametrize(names if len(names) > 1 else names[0], rows,
                                   ids=[row[0] for row in table])


# --- sea cues: container services, crossings of a sea, shipping links ----------------------

def test_container_service_across_a_sea_is_sea() -> None:
    link = only("A shipping firm started a container service from Kuryk to Baku across the "
                "Caspian Sea on Monday.")
    assert link.mode == "sea" and link.status == "existing"


def test_explicit_leg_wins_over_the_named_corridor() -> None:
    link = only("Kazakhstan's KTZ Express opened a container service linking the port of "
                "Aktau with Baku across the Caspian Sea, part of the Middle Corridor.")
    assert link.mode == "sea"
    assert [p.name for p in link.origins + link.destinations] == ["Aktau Port", "Baku"]
    assert link.status == "existing"


def test_shipping_link_between_two_ports_is_sea() -> None:
    link = only("Officials are looking at a shipping link between Gwadar and Mongla.")
    assert link.mode == "sea" and link.status == "proposed"


def test_container_service_by_rail_is_not_sea() -> None:
    link = only("A container service by rail from Almaty to Tashkent began on Monday.")
    assert link.mode == "rail"


# --- "the port of X", "both X and Y" between a preposition and its places ------------------

def test_port_of_between_from_and_the_place() -> None:
    link = only("The feeder line runs from the port of Kuryk to the port of Aktau.")
    assert link.mode == "sea"
    assert [p.country for p in link.origins + link.destinations] == ["KZ", "KZ"]


def test_from_both_a_and_b() -> None:
    link = only("The airline already flies to Delhi from both Almaty and Astana.")
    assert ends(link)[1] == ["Almaty", "Astana"] and link.status == "existing"


# --- rail cue: high-speed and main lines ---------------------------------------------------

def test_high_speed_line_is_rail() -> None:
    link = only("A proposed high-speed line between Dhaka and Chittagong remained under study.")
    assert link.mode == "rail" and link.status == "proposed"


# --- a carrier stands for its country, its hub too ---------------------------------------

def test_one_hub_carrier_flies_from_its_country() -> None:
    # the labels of real articles take a carrier's country where the text names no base
    links = extract_links("Flydubai said it would suspend its flights to Kabul from next week, "
                          "while services to Karachi continue unaffected.")
    assert [ends(x) for x in links] == [("air", ["UAE"], ["Kabul"]),
                                        ("air", ["UAE"], ["Karachi"])]
    assert [x.status for x in links] == ["rejected", "existing"]
    named = only("Flydubai will fly from Dubai to Kabul twice a day.")
    assert ends(named) == ("air", ["Dubai"], ["Kabul"])  # a base the text names is kept


def test_national_carrier_still_flies_from_its_country() -> None:
    link = only("Kam Air currently flies to Dubai.")
    assert ends(link) == ("air", ["Afghanistan"], ["Dubai"])


# --- statuses -------------------------------------------------------------------------------

def test_closure_for_days_by_storms_is_still_existing() -> None:
    link = only("Ferry crossings between Baku and Turkmenbashi had been halted for three days "
                "because of storms.")
    assert link.status == "existing" and link.status_detail == "suspended"


def test_suspension_for_the_winter_is_rejected() -> None:
    link = only("The airline suspended flights between Tashkent and Kazan for the winter.")
    assert link.status == "rejected"


def test_seeking_permission_is_a_proposal() -> None:
    link = only("The low-cost carrier is seeking permission to fly from Shymkent to Lahore.")
    assert link.status == "proposed"
    link = only("The carrier received permission to fly from Shymkent to Lahore.")
    assert link.status == "agreed"


def test_made_its_first_call_is_existing() -> None:
    link = only("A new container service linking Karachi with Chittagong made its first call "
                "on Saturday.")
    assert link.status == "existing"


def test_inaugurated_section_is_existing() -> None:
    link = only("The chief minister inaugurated the road section linking Hoshab with Awaran.")
    assert link.status == "existing" and link.mode == "road"


def test_from_a_month_is_planned() -> None:
    link = only("Trucks from Herat would be allowed to use the Serhetabat crossing from April.")
    assert link.status == "planned"


def test_under_the_plan_is_planned() -> None:
    link = only("Under the plan, a railway would link Kashgar with Osh.")
    assert link.status == "planned"


# --- arrivals: the destination before the origin, or the place the text is about -----------

def test_arrived_in_b_from_a() -> None:
    link = only("The vessel arrived in Karachi from Jebel Ali with 600 containers.")
    assert ends(link) == ("sea", ["Jebel Ali Port"], ["Karachi"]) and link.directed
    assert link.status == "existing"


def test_berthed_at_b_with_cargo_from_a() -> None:
    link = only("The first container ship to call at Gwadar this year berthed on Sunday with "
                "fertiliser from Qingdao.")
    assert ends(link)[1:] == (["Qingdao"], ["Gwadar"])


def test_reached_b_after_leaving_a() -> None:
    link = only("A convoy of trucks reached Karachi on Friday, ten days after leaving Tashkent.")
    assert ends(link) == ("road", ["Tashkent"], ["Karachi"]) and link.status == "existing"


def test_arriving_from_a_goes_to_the_port_named_before() -> None:
    links = extract_links("A daily block train now runs between Poti and Gardabani. Containers "
                          "arriving by feeder vessel from Constanta are moved inland at once.")
    assert len(links) == 2
    assert links[1].mode == "sea" and links[1].origins[0].country == "RO"
    assert links[1].destinations[0].country == "GE" and links[1].status == "existing"


def test_arriving_from_without_a_link_before_is_nothing() -> None:
    assert extract_links("Containers arriving by sea from Constanta are inspected.") == []


# --- "vehicles from A ... use the B crossing" ------------------------------------------------

def test_trucks_from_a_use_the_b_crossing() -> None:
    link = only("Customs said trucks from Kandahar would be allowed to use the Chaman "
                "crossing around the clock from next month.")
    assert link.mode == "road" and [p.name for p in link.origins] == ["Kandahar"]
    assert link.destinations[0].country == "PK" and link.status == "planned"


# --- gazetteer: small towns and ports on the corridors -------------------------------------

def test_small_corridor_towns_resolve() -> None:
    for name, cc in [("Hoshab", "PK"), ("Awaran", "PK"), ("Mongla", "BD"), ("Gundum", "BD"),
                     ("Imam Nazar", "TM"), ("Ishkashim", "TJ")]:
        place = resolve_place(name)
        assert place is not None and place.country == cc, name


# --- links with no subject of their own ------------------------------------------------------

def test_proposal_without_subject_takes_the_company_named_before() -> None:
    links = extract_links("KTZ Express now runs a through train from Almaty to Bandar Abbas. "
                          "A proposal to run trains to Chabahar has not yet been approved.")
    assert len(links) == 2
    assert ends(links[1]) == ("rail", ["Kazakhstan"], ["Chabahar"])
    assert links[1].status == "proposed"


def test_plans_for_x_shelved_takes_the_airline() -> None:
    links = extract_links("Kam Air flies to Dubai. Its chief said a route to Urumqi was being "
                          "studied, while plans for Jeddah had been shelved.")
    assert [ends(x) for x in links] == [("air", ["Afghanistan"], ["Dubai"]),
                                        ("air", ["Afghanistan"], ["Urumqi"]),
                                        ("air", ["Afghanistan"], ["Jeddah"])]
    assert links[2].status == "rejected"


def test_subjectless_target_without_anything_before_is_nothing() -> None:
    assert extract_links("A proposal to run trains to Chabahar was discussed.") == []


def test_not_yet_approved_is_a_proposal_not_a_rejection() -> None:
    link = only("A railway from Herat to Kandahar has not yet been approved.")
    assert link.status == "proposed"
    link = only("The railway from Herat to Kandahar will not be built.")
    assert link.status == "rejected"


# --- "From A, goods ... for B" ----------------------------------------------------------------

def test_from_opener_for_target() -> None:
    link = only("From Hairatan, goods are reloaded onto trucks for Kabul and Kandahar.")
    assert link.mode == "road" and [p.name for p in link.destinations] == ["Kabul", "Kandahar"]


# --- two countries discussing a line ---------------------------------------------------------

def test_pair_discussing_a_railway() -> None:
    link = only("China and Pakistan are also discussing a railway over the Khunjerab Pass.")
    assert link.mode == "rail" and link.status == "proposed"
    assert {p.name for p in link.origins + link.destinations} == {"China", "Pakistan"}


# --- building progress said in a sentence of its own ----------------------------------------

def test_percent_completed_next_sentence_is_under_construction() -> None:
    links = extract_links("Kyrgyzstan will open a highway linking Bishkek to Torugart next "
                          "year. Around 80 percent of the road has been completed.")
    assert len(links) == 1 and links[0].status == "under_construction"
    assert len(links[0].mentions) == 2


def test_progress_of_something_else_does_not_count_without_a_link() -> None:
    assert extract_links("Around 80 percent of the road has been completed.") == []


# --- closures ---------------------------------------------------------------------------------

def test_road_closed_for_a_third_day_is_existing() -> None:
    link = only("The highway from Gilgit to Chilas was closed for a third day after landslides.")
    assert link.status == "existing" and link.status_detail == "suspended"


def test_road_closed_is_suspended() -> None:
    link = only("The road from Gilgit to Chilas has been closed since 2021.")
    assert link.status == "rejected"


# --- long chains: via phrases and commas between "from A" and "to B" -------------------------

def test_from_via_to_with_commas_and_a_sea_then_a_leg() -> None:
    links = extract_links("The route runs from Urumqi through Khorgos and Aktau, across the "
                          "Caspian to Baku, and then by rail through Tbilisi to Kars.")
    assert [ends(x)[1:] for x in links] == [(["Urumqi"], ["Baku"]), (["Baku"], ["Kars"])]
    assert [p.name for p in links[0].via][-1] == "Aktau"


def test_line_named_by_its_ends() -> None:
    link = only("The planned Mazar-i-Sharif to Herat railway would pass through Sheberghan.")
    assert ends(link) == ("rail", ["Mazar-i-Sharif"], ["Herat"]) and link.status == "planned"
    assert [p.name for p in link.via] == ["Sheberghan"]


def test_partners_give_way_to_the_line_they_agree_on() -> None:
    link = only("Tajikistan and China agreed to upgrade the highway from Dushanbe to the "
                "Kulma Pass.")
    assert ends(link) == ("road", ["Dushanbe"], ["Kulma Pass"]) and link.status == "agreed"


# --- one link for places a few km apart ------------------------------------------------------

def test_port_and_its_city_make_one_link() -> None:
    links = extract_links("A ferry line between Alat and Aktau opened in May. The ferry from "
                          "the Port of Baku to Aktau Port now sails twice a week.")
    assert len(links) == 1 and len(links[0].mentions) == 2


def test_now_sails_is_existing_and_a_gale_cancellation_is_temporary() -> None:
    assert only("A ro-ro ferry now sails twice weekly between Turkmenbashi and Baku."
                ).status == "existing"
    link = only("The ferry between Kuryk and Baku was cancelled due to strong winds.")
    assert link.status == "existing" and link.status_detail == "suspended"
    assert only("The ferry between Kuryk and Baku was cancelled for good.").status == "rejected"


# --- more statuses, modes and structures -------------------------------------------------

def test_completed_construction_is_existing_and_grounded_is_suspended() -> None:
    link = only("The Turkmen side has completed the construction of a railway from Serhetabat "
                "to Torghundi.")
    assert link.status == "existing"
    link = only("PIA's Karachi-Baku flights have been grounded since March.")
    assert link.status == "rejected" and link.status_detail == "suspended"


def test_railed_leg_is_rail_and_present_passive_shipping_is_existing() -> None:
    links = extract_links("Containers are shipped from Nhava Sheva to Bandar Abbas and then "
                          "railed to Tashkent.")
    assert [x.mode for x in links] == ["sea", "rail"]
    assert links[0].status == "existing"


def test_b_will_receive_flights_from_a() -> None:
    link = only("The airport in Termez will receive flights from Moscow from next month.")
    assert ends(link) == ("air", ["Moscow"], ["Termez"]) and link.status == "planned"


def test_carrier_serves_x_takes_the_carrier_and_its_mode() -> None:
    links = extract_links("Kam Air flies to Dubai. The carrier also serves Tashkent.")
    assert [ends(x) for x in links] == [("air", ["Afghanistan"], ["Dubai"]),
                                        ("air", ["Afghanistan"], ["Tashkent"])]
    assert [x.status for x in links] == ["existing", "existing"]


def test_would_start_is_planned() -> None:
    link = only("Officials said construction of the Torghundi-Herat railway would start soon.")
    assert link.status == "planned"


def test_connecting_a_on_the_border_with_b() -> None:
    link = only("The government approved a railway connecting Bakhty on the Chinese border "
                "with Ayagoz.")
    assert ends(link) == ("rail", ["Bakhty"], ["Ayagoz"]) and link.status == "agreed"


# --- after held-out batch 5's first run ---------------------------------------------------

def test_islamabad_is_pakistans_even_with_india_named() -> None:
    links = extract_links("Ariana Afghan Airlines resumed flights to New Delhi on Sunday. "
                          "Indian officials welcomed it. Flights to Islamabad will restart "
                          "next month.")
    assert links[-1].destinations[0].country == "PK"


def test_the_only_road_link_is_existing_but_the_main_gap_is_not() -> None:
    assert only("The pass is the only road link between Pakistan and China."
                ).status == "existing"
    assert only("The missing Rasht-Astara railway is the main gap on the route, to be built "
                "next year.").status == "planned"


def test_adding_a_vessel_to_a_route_means_the_route_exists() -> None:
    link = only("The agency would add a third ro-ro vessel to the route linking Turkmenbashi "
                "with Baku from July.")
    assert link.status == "existing"


def test_carriers_weekly_flights_exist() -> None:
    link = only("The partner will put its code on the Uzbek carrier's four weekly "
                "Tashkent-Islamabad flights.")
    assert link.status == "existing"


def test_asked_the_government_for_permission_is_a_proposal() -> None:
    link = only("Port authorities asked the government for permission to start a feeder "
                "service between Gwadar and Karachi.")
    assert link.status == "proposed"


def test_handles_a_call_by_a_line_from_a() -> None:
    link = only("Gwadar currently handles a fortnightly container call by a Chinese line "
                "from Shanghai.")
    assert ends(link) == ("sea", ["Shanghai"], ["Gwadar"]) and link.status == "existing"


def test_mode_is_handed_on_across_a_sentence_without_cues() -> None:
    links = extract_links("A container train left Urumqi for Istanbul on Friday. The journey "
                          "takes 18 days. Officials also plan to double the Dostyk-Moyinty line.")
    assert [x.mode for x in links] == ["rail", "rail"]
    assert extract_links("The journey takes 18 days. Officials want to double the "
                         "Dostyk-Moyinty line.") == []


# --- probes of unseen phrasing ------------------------------------------------------------

def test_pair_connected_by_flights() -> None:
    link = only("Tashkent and Islamabad are now connected by three weekly flights.")
    assert ends(link)[0] == "air" and link.status == "existing"


def test_past_sailing_and_present_ability_are_existing() -> None:
    assert only("The ship sailed from Aktau to Baku.").status == "existing"
    assert only("Passengers from Almaty can fly to Karachi.").status == "existing"
    assert only("The ship will sail from Aktau to Baku.").status == "planned"


def test_goods_that_travel_or_trains_that_use_a_route_are_existing() -> None:
    assert only("Exports from Pakistan to Uzbekistan travel by road through Afghanistan."
                ).status == "existing"
    assert only("Freight trains between Chongqing and Duisburg increasingly use the route."
                ).status == "existing"
    assert only("Trucks will use the new road from Herat to Kandahar.").status == "planned"


# --- after held-out batch 6's first run -------------------------------------------------

def test_short_capital_dateline_before_a_spaced_dash_is_not_a_chain() -> None:
    links = extract_links("OSH - Kyrgyzstan and Uzbekistan reopened the border to buses, "
                          "allowing direct services between Osh and Andijan.")
    assert [ends(x)[1:] for x in links] == [(["Osh"], ["Andijan"])]


def test_river_name_parts_are_not_places() -> None:
    assert extract_links("A new road bridge over the Kara-Darya near Uzgen is under "
                         "construction.") == []


def test_airline_named_after_places_is_its_country() -> None:
    link = only("US-Bangla Airlines will begin flying to Tashkent in December.")
    assert ends(link) == ("air", ["Bangladesh"], ["Tashkent"]) and link.status == "planned"


def test_hope_to_extend_is_a_proposal() -> None:
    links = extract_links("Buses now run between Osh and Andijan. Officials hope to extend "
                          "the Osh-Andijan bus line to Fergana next year.")
    assert ends(links[-1])[1:] == (["Andijan"], ["Fergana"])
    assert links[-1].status == "proposed"


def test_received_its_first_flight_from_a_after_a_comma() -> None:
    link = only("The new Gwadar airport received its first commercial flight on Saturday, a "
                "PIA service from Karachi.")
    assert ends(link)[1] == ["Karachi"] and link.status == "existing"


def test_the_airport_as_subject_is_the_hub_named_before() -> None:
    links = extract_links("PIA will add flights from Gwadar to Muscat. Officials said the "
                          "airport would also handle cargo flights to Kashgar.")
    assert ends(links[-1]) == ("air", ["Gwadar"], ["Kashgar"])


def test_ancient_routes_are_not_links() -> None:
    assert extract_links("The ancient Silk Road once carried silk from Xi'an through "
                         "Samarkand to the Mediterranean by caravan.") == []


def test_arriving_in_the_city_goes_to_the_dateline_place() -> None:
    link = only("SAMARKAND - The city attracts two million visitors a year, many arriving "
                "on high-speed trains from Tashkent.")
    assert ends(link) == ("rail", ["Tashkent"], ["Samarkand"]) and link.status == "existing"


# --- movements: reached, left ... arrived --------------------------------------------------

def test_convoy_reached_b() -> None:
    link = only("A Kyrgyz truck convoy reached Islamabad on Monday.")
    assert ends(link) == ("road", ["Kyrgyzstan"], ["Islamabad"]) and link.status == "existing"


def test_left_a_then_arrived_in_b() -> None:
    link = only("The freight train, which left Lianyungang on May 3, arrived in Tashkent on "
                "May 14.")
    assert ends(link)[0] == "rail" and ends(link)[2] == ["Tashkent"]
    assert link.origins[0].country == "CN" and link.status == "existing"


def test_first_flight_landed_is_existing() -> None:
    assert only("The first direct flight between Bishkek and Delhi landed on Tuesday."
                ).status == "existing"


def test_train_from_a_country_on_a_named_line_is_that_line() -> None:
    links = extract_links("The first freight train from Iran reached Herat on the Khaf-Herat "
                          "railway.")
    assert [ends(x)[1:] for x in links] == [(["Khaf"], ["Herat"])]


# --- after held-out batch 7's first run -------------------------------------------------

def test_between_the_two_countries_is_the_pair_the_sentence_names() -> None:
    link = only("Pakistan's aviation secretary and Kazakhstan's aviation committee agreed to "
                "allow more flights between the two countries.")
    assert ends(link)[0] == "air"
    assert {p.name for p in link.origins + link.destinations} == {"Pakistan", "Kazakhstan"}


def test_from_a_to_several_cities_of_a_country() -> None:
    link = only("The airline flies from Shymkent to several Russian cities.")
    assert ends(link) == ("air", ["Shymkent"], ["Russia"])


def test_services_not_affected_are_existing() -> None:
    links = extract_links("Somon Air has halted its flights to Kabul. Its services from "
                          "Dushanbe to Istanbul and Moscow are not affected.")
    assert [x.status for x in links] == ["rejected", "existing"]


def test_completed_a_tunnel_is_under_construction() -> None:
    link = only("Crews have completed the first tunnel on the railway from Kashgar to Andijan.")
    assert link.status == "under_construction"


def test_from_a_through_a_list_with_an_unknown_name_to_b() -> None:
    link = only("The railway will run from Kashgar through Torugart, Qoshbulak and Jalal-Abad to "
                "Andijan.")
    assert ends(link)[1:] == (["Kashgar"], ["Andijan"])


def test_loose_link_restated_by_a_finer_link_before_gives_way() -> None:
    links = extract_links("KTZ and Turkmen Railways run the Uzen-Bereket-Gorgan railway. "
                          "Grain exports to Iran along the line reached a record.")
    assert [ends(x)[1:] for x in links] == [(["Zhanaozen"], ["Gorgan"])]


def test_crossing_without_a_cue_takes_the_mode_before() -> None:
    links = extract_links("Kazakhstan and Turkmenistan run a railway from Uzen to Bereket. "
                          "They would study a second crossing between Bolashak and Serhetyaka.")
    assert [x.mode for x in links] == ["rail", "rail"]


def test_crossed_into_a_country_at_a_post_then_on_to_a_port() -> None:
    links = extract_links("Afghan trucks crossed into Turkmenistan at Torghundi on Tuesday and "
                          "will travel on to the Caspian port of Turkmenbashi.")
    assert [x.mode for x in links] == ["road", "road"]
    assert links[1].destinations[0].country == "TM" and links[1].rule == "leg"


# --- after held-out batch 8's first run -------------------------------------------------

def test_entering_a_country_at_a_post_is_a_via_point_of_the_link() -> None:
    link = only("Trucks now reach Peshawar from Termez in four days, crossing Afghanistan and "
                "entering Pakistan at Torkham.")
    assert ends(link) == ("road", ["Termez"], ["Peshawar"])
    assert "Torkham" in [p.name for p in link.via]


def test_a_port_joined_to_a_port_reads_as_a_port() -> None:
    link = only("The ferry between Kuryk and Alat was cancelled.")
    assert link.destinations[0].country == "AZ"


def test_a_completed_study_leaves_the_link_proposed() -> None:
    link = only("A study on a shipping link from Aktau to Amirabad had been completed.")
    assert link.status == "proposed"


def test_giving_a_link_to_is_a_benefit_and_a_sea_is_no_start() -> None:
    link = only("A new ro-ro service between Poti and Constanta made its maiden voyage, "
                "giving exporters a direct Black Sea link to the European Union.")
    assert ends(link)[1:] == (["Poti Port"], ["Port of Constanta"])


def test_border_crossing_is_road_and_the_highway_beats_overland() -> None:
    assert only("Pakistan and Iran opened a new border crossing between Gabd and Rimdan."
                ).mode == "road"
    link = only("The highway remains the only overland route between Pakistan and China.")
    assert link.mode == "road" and link.status == "existing"


def test_country_pair_does_not_itemise_a_named_corridor() -> None:
    links = extract_links("China will finance the realignment of a stretch of the Karakoram "
                          "Highway. The highway remains the only overland route between "
                          "Pakistan and China.")
    assert [x.rule for x in links] == ["named-corridor", "between"]


def test_a_new_alignment_between_two_towns_takes_the_mode_before() -> None:
    links = extract_links("China will finance a realignment of the Karakoram Highway. Work on "
                          "the new alignment, between Shatial and Dasu, will begin next year.")
    assert ends(links[-1]) == ("road", ["Shatial"], ["Dasu"]) and links[-1].status == "planned"
