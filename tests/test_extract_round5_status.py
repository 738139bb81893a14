"""Unit tests of the status changes made in round 5: a negation counts only when it
governs what is done with a link, and a halt recalled after a running service is
background.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import pytest
from test_extract_rule_families import only

from corridors.extract._pipeline import extract_links


@pytest.mark.parametrize("text", [
    "Kazakhstan will not build a railway to Afghanistan, the minister said.",
    "The carrier is not planning flights from Bishkek to Lahore this year.",
    "Officials said there were no plans for a Kathmandu-Lhasa rail line.",
    "There will be no ferry from Aktau to Baku this winter.",
    "The ministry denied reports of a new road from Osh to Kashgar.",
])
def test_a_negation_of_the_link_rejects_it(text: str) -> None:
    link = only(text)
    assert (link.status, link.status_detail) == ("rejected", "negated")


@pytest.mark.parametrize("text", [
    "Every train from Dostyk to Almaty changes bogies because the gauges do not match.",
    "The minister called the new railway from Rasht to Astara without precedent.",
    "The extra trains on the Tashkent-Andijan route do not change the timetable, the "
    "company said, and run from Monday.",
])
def test_a_not_elsewhere_in_the_sentence_is_no_rejection(text: str) -> None:
    assert only(text).status != "rejected"


def test_a_halt_recalled_after_a_running_service_is_background() -> None:
    links = extract_links(
        "Passenger trains between Van and Tabriz resumed on Monday.\n\n"
        "The Van-Tabriz train service was halted in 2015.")
    assert [len(x.mentions) for x in links] == [2]
    assert [(x.status, x.status_detail) for x in links] == [("existing", "resumed")]


def test_a_halt_after_a_plan_is_still_news() -> None:
    links = extract_links(
        "Flights from Kabul to Tashkent will start in May.\n\n"
        "The Kabul-Tashkent flights were suspended on Friday.")
    assert [(x.status, x.status_detail) for x in links] == [("rejected", "suspended")]


def test_a_rejection_in_the_paragraph_before_is_not_looked_back_for() -> None:
    links = extract_links(
        "Iranian trucks can now take the new road and no longer have to pay duties.\n\n"
        "Pashinyan said the decision changes little for trucks on the Goris-Kapan road.")
    assert [x.status for x in links if x.rule == "chain"] == ["proposed"]


@pytest.mark.parametrize("text", [
    "The airline plans more frequencies on the Almaty-Delhi route next year.",
    "Azerbaijan Airlines is also raising the number of flights on its Baku-Tashkent route.",
    "Aeroflot has put extra flights on the Moscow-Tashkent route since August.",
])
def test_more_services_on_a_route_say_it_is_flown_already(text: str) -> None:
    assert only(text).status == "existing"


@pytest.mark.parametrize("text", [
    "The first direct flight from Tashkent to Lahore touched down on Friday.",
    "The first weekly feeder voyage from Jebel Ali to Bushehr got under way on January 4.",
    "Cargo flights linking Karachi with Urumqi have been launched by PIA.",
    "New Karachi-Chittagong shipping route off to a strong start",
    "Kazakhstan and China open Yining-Almaty air route",
])
def test_a_service_told_as_begun_exists(text: str) -> None:
    assert only(text).status == "existing"


@pytest.mark.parametrize("text", [
    "The carrier is to fly more often between Ashgabat and Kazan.",
    "At present the passenger ferries sail on the Turkmenbashi-Baku line.",
    "Once cleared at Torkham, the container truck went on to Lahore from Kabul.",
    "NLC completed the first run over a new TIR route from Pakistan to Kazakhstan.",
    "Rail traffic between Iran and Turkmenistan passes through Sarakhs.",
    "Uzbekistan built the railway from Hairatan to Mazar-i-Sharif in 2010.",
])
def test_a_running_or_built_line_exists(text: str) -> None:
    assert only(text).status == "existing"


@pytest.mark.parametrize("text", [
    "Weekly flights from Bishkek to Lahore began on Monday.",
    "Tajikistan-Iran flights back after a pause of eight months",
    "The Torkham crossing between Pakistan and Afghanistan is once more open for trade.",
    "Azerbaijan has finished building the Baku-Astara highway.",
    "Uzbekistan Railways puts on an extra Tashkent-Kokand service",
    "Yiwu-Madrid freight train marks ten years",
    "Urumqi-Almaty freight train takes new route",
    "The president gave the start to a container train from Khorgos to Kuryk.",
    "Afghanistan starts an air corridor to China to get around Pakistani routes",
    "We started flying from Moscow to Samarkand on April 30, 2018.",
    "A new bus service between Chirchik and Almaty set off for the first time on Nov. 14.",
])
def test_a_service_told_as_begun_or_running_exists(text: str) -> None:
    assert only(text).status == "existing"


@pytest.mark.parametrize("text", [
    "Work on the Lahore-Sialkot motorway began in 2016 and is due to finish in 2019.",
    "Talks on a railway from Termez to Kabul began in March.",
])
def test_works_or_talks_that_began_are_no_service(text: str) -> None:
    assert only(text).status != "existing"


@pytest.mark.parametrize("text", [
    "Flights on the Lahore-Muscat route will resume on Saturday, operating twice a week.",
    "Aeroflot is restarting service between Moscow and Tehran, flying three times a week.",
    "Ferries between Kuryk and Alat are to be launched from 2026, with the first ships "
    "crossing the Caspian.",
])
def test_a_service_put_in_the_future_is_planned_whatever_it_will_do(text: str) -> None:
    assert only(text).status == "planned"


def test_a_headline_plan_before_its_verb_stays_a_plan() -> None:
    assert only("Aktau to start container shipping with Iran").status == "planned"


def test_preparing_to_launch_is_a_plan() -> None:
    assert only("Uzbekistan is preparing to launch a bus route from Samarkand to Bishkek."
                ).status == "planned"


@pytest.mark.parametrize("text", [
    "Track laying begins on Chabahar-Zahedan railway",
    "A ceremony marked the start of reconstruction of the Hairatan-Mazar-i-Sharif railway.",
    "Work has also begun on the Basima-Khuzdar road.",
    "Construction of the Hoshab-Awaran road has also got going.",
    "Pakistan has begun work on a railway from Chaman to Spin Boldak.",
])
def test_works_begun_are_under_construction(text: str) -> None:
    assert only(text).status == "under_construction"
