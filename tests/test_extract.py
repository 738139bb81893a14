"""Tests for link extraction: structures, modes, statuses, non-links, contract, CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corridors.cli import main
from corridors.extract._pipeline import extract, extract_links
from corridors.records.link import MODES, STATUSES, ProposedLink

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed" / "kazakhstan-pakistan-2025-04-29.txt"
EXAMPLE = REPO / "data" / "examples" / "kazakhstan-pakistan-meeting.txt"


def names(places: tuple[object, ...]) -> list[str]:
    return [getattr(p, "name", "") for p in places]


def countries(places: tuple[object, ...]) -> set[str | None]:
    return {getattr(p, "country", None) for p in places}


def one(text: str) -> ProposedLink:
    links = extract_links(text)
    assert len(links) == 1, [(link.mode, names(link.origins), names(link.destinations))
                             for link in links]
    return links[0]


# --- the seed article ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_links() -> list[ProposedLink]:
    if not SEED.exists():
        pytest.skip("seed article not available")
    return extract_links(SEED.read_text(encoding="utf-8"))


def test_seed_air_links_from_three_cities_to_kazakhstan(seed_links: list[ProposedLink]) -> None:
    air = [link for link in seed_links if link.mode == "air"]
    assert len(air) == 1
    assert names(air[0].origins) == ["Lahore", "Islamabad", "Karachi"]
    assert names(air[0].destinations) == ["Kazakhstan"]
    assert air[0].status == "proposed"


def test_seed_road_and_rail_via_afghanistan(seed_links: list[ProposedLink]) -> None:
    via_af = [link for link in seed_links if "Afghanistan" in names(link.via)]
    assert len(via_af) == 1
    link = via_af[0]
    assert link.mode == "land" and link.modes == ("road", "rail")
    assert names(link.origins) == ["Pakistan"]
    assert names(link.destinations) == ["Central Asia"]
    assert set(link.destinations[0].members) == {"KZ", "KG", "TJ", "TM", "UZ"}


def test_seed_road_links_and_land_connectivity(seed_links: list[ProposedLink]) -> None:
    pairs = {(link.mode, frozenset(names(link.origins) + names(link.destinations)))
             for link in seed_links}
    assert ("road", frozenset({"Pakistan", "Central Asia"})) in pairs
    assert ("land", frozenset({"Kazakhstan", "Pakistan"})) in pairs
    assert len(seed_links) == 4


def test_seed_visits_invitation_and_visas_give_no_link(seed_links: list[ProposedLink]) -> None:
    for link in seed_links:
        assert "invitation" not in link.evidence_text
        assert "pleasant and productive" not in link.evidence_text
        assert "Ambassador" not in link.evidence_text


def test_example_text_gives_the_same_links() -> None:
    links = extract_links(EXAMPLE.read_text(encoding="utf-8"))
    air = [link for link in links if link.mode == "air"]
    assert names(air[0].origins) == ["Lahore", "Islamabad", "Karachi"]
    assert any(link.mode == "land" and "Afghanistan" in names(link.via) for link in links)
    assert any(link.mode == "land" and countries(link.origins) == {"KZ"} for link in links)
    assert not any("Astana" in names(link.destinations) for link in links)  # the invitation


# --- structures ------------------------------------------------------------------------


def test_from_list_to_one() -> None:
    link = one("The airline will fly from Lahore, Islamabad and Karachi to Tashkent.")
    assert link.mode == "air" and link.directed
    assert names(link.origins) == ["Lahore", "Islamabad", "Karachi"]
    assert names(link.destinations) == ["Tashkent"]


def test_between_is_undirected() -> None:
    link = one("A rail link between Bishkek and Kashgar is under study.")
    assert link.mode == "rail" and not link.directed
    assert set(names(link.origins) + names(link.destinations)) == {"Bishkek", "Kashgar"}


def test_connect_with_via() -> None:
    link = one("The road would connect Dushanbe with Peshawar via the Wakhan Corridor.")
    assert link.mode == "road"
    assert names(link.origins) == ["Dushanbe"] and names(link.destinations) == ["Peshawar"]
    assert names(link.via) == ["Wakhan Corridor"]


def test_dash_chain_and_hyphenated_names() -> None:
    link = one("Donors discussed the Termez–Mazar-i-Sharif–Kabul–Peshawar railway.")
    assert link.mode == "rail"
    assert names(link.via) == ["Mazar-i-Sharif", "Kabul"]
    assert link.destinations[0].country == "PK" and link.origins[0].country == "UZ"


def test_named_pair_railway_chain() -> None:
    link = one("Planners revived the Kashgar-Gwadar railway.")
    assert {link.origins[0].country, link.destinations[0].country} == {"CN", "PK"}


def test_mode_from_previous_sentence() -> None:
    text = "Ministers talked about freight trains. Uzbekistan could be connected to Iran."
    link = one(text)
    assert link.mode == "rail"
    assert link.confidence < 0.8
    assert link.evidence_text == "Uzbekistan could be connected to Iran."


def test_land_connectivity_means_road_and_rail() -> None:
    link = one("Kazakhstan wants land connectivity with Pakistan.")
    assert link.mode == "land" and link.modes == ("road", "rail")


def test_ports_and_shipping() -> None:
    link = one("A shipping line from Karachi Port to Jebel Ali was proposed.")
    assert link.mode == "sea"
    assert link.origins[0].kind == "port" and link.destinations[0].kind == "port"


def test_iata_codes_in_a_route() -> None:
    link = one("The carrier will open an LHE-ALA route.")
    assert [p.kind for p in link.origins + link.destinations] == ["airport", "airport"]


def test_named_corridor() -> None:
    link = one("Freight on the Middle Corridor doubled last year.")
    # the canonical chain (corridors/_corridor_names.py): Khorgos ... Aktau, Baku ... Istanbul
    assert link.origins[0].country == "CN" and names(link.destinations) == ["Istanbul"]
    assert {"Aktau", "Baku", "Tbilisi"} <= set(names(link.via))
    assert link.status == "existing"


# --- statuses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status", "detail"),
    [
        ("Pakistan proposed flights from Quetta to Herat.", "proposed", None),
        ("The two sides agreed to open flights from Quetta to Herat.", "agreed", None),
        ("Airlines plan to start flights from Quetta to Herat.", "planned", None),
        ("A railway from Quetta to Herat is under construction.", "under_construction", None),
        ("Trucks already run from Quetta to Herat.", "existing", None),
        ("Flights from Quetta to Herat resumed in May.", "existing", "resumed"),
        ("Plans for a railway from Quetta to Herat were cancelled.", "rejected", "cancelled"),
        ("There will be no railway from Quetta to Herat.", "rejected", "negated"),
    ],
)
def test_status_cues(sentence: str, status: str, detail: str | None) -> None:
    link = one(sentence)
    assert (link.status, link.status_detail) == (status, detail)


# --- what is not a link ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived in Tashkent on a visit to Uzbekistan.",
        "He invited his counterpart to visit Kazakhstan next year.",
        "ISLAMABAD – The agreement was signed in Tashkent on Monday.",
        "Air Astana's chief executive met officials in Lahore.",
        "Visa rules for Pakistani tourists visiting Kazakhstan will be eased.",
        "The area links Afghanistan with Pakistan and is home to many herders.",
        "Kazakhstan's Ambassador to Pakistan attended the ceremony with the Deputy Minister "
        "of Railways.",
        "",
        "   \n\n  ",
    ],
)
def test_not_links(text: str) -> None:
    assert extract_links(text) == []


def test_ambiguous_city_resolved_from_context() -> None:
    pk = one("Sindh proposed a motorway from Hyderabad to Sukkur in Pakistan.")
    assert pk.origins[0].country == "PK"
    india = one("India proposed an expressway from Hyderabad to Bengaluru, India's tech hub.")
    assert india.origins[0].country == "IN"


def test_person_names_are_not_places() -> None:
    result = extract("Minister Abdul Aleem Khan met Marat Karabayev in Islamabad.")
    assert [p.text for p in result.places] == ["Islamabad"]


# --- contract --------------------------------------------------------------------------


def test_json_shape_follows_the_contract() -> None:
    text = "Officials proposed a railway from Termez to Peshawar via Kabul."
    d = extract(text).to_dict()
    assert set(d) == {"links", "places"}
    link = d["links"][0]
    assert {"id", "mode", "modes", "origins", "destinations", "via", "status", "directed",
            "evidence", "confidence"} <= set(link)
    assert link["mode"] in MODES and link["status"] in STATUSES
    assert set(link["origins"][0]) == {"name", "country", "kind", "lat", "lon"}
    ev = link["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["text"]
    assert 0 <= link["confidence"] <= 1
    for p in d["places"]:
        assert text[p["start"] : p["end"]] == p["text"]


def test_html_is_read_with_offsets_kept() -> None:
    html = ("<html><body><p>Pakistan proposed direct flights from Lahore to Almaty.</p>"
            "<p>More &amp; more.</p></body></html>")
    result = extract(html)
    assert result.notes
    link = result.links[0]
    assert names(link.origins) == ["Lahore"]
    assert html[link.start : link.end].startswith("Pakistan proposed")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Lahore Kabul to from railway, and-–.\n")),
               max_size=300))
def test_never_crashes_and_spans_are_valid(text: str) -> None:
    for link in extract_links(text):
        assert text[link.start : link.end] == link.evidence_text
        assert link.origins and link.destinations


# --- CLI -------------------------------------------------------------------------------


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["links"][0]["mode"] == "air"
    assert out["places"]


def test_cli_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Lahore, Islamabad, Karachi -> Kazakhstan" in out


def test_cli_no_links_is_exit_0_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("", encoding="utf-8")
    assert main(["extract", str(f), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"links": [], "places": []}
    assert "no transport links" in captured.err


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (b"Flights \x81\x8d\x90 from Lahore", "not UTF-8"),
    ],
)
def test_cli_bad_bytes_give_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, message: str
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    assert main(["extract", str(f)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_cli_windows_1252_is_read_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "cp.txt"
    text = "Pakistan proposed flights from Lahore to Almaty \u2013 caf\u00e9."
    f.write_bytes(text.encode("cp1252"))
    assert main(["extract", str(f), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "Windows-1252" in captured.err
    assert json.loads(captured.out)["links"]


def test_cli_missing_file_and_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert main(["extract", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "is a folder" in err


def test_large_input_is_handled(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8") + "\n\n"
    big = text * (1_000_000 // len(text))
    links = extract_links(big)
    assert 1 <= len(links) <= 5  # the same links, found again and deduplicated


def test_cold_cli_subprocess_reads_stdin() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "corridors", "extract", "-", "--format", "json"],
        input=b"Kazakhstan proposed a railway from Almaty to Tashkent.",
        capture_output=True, env=env, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["links"][0]["mode"] == "rail"


def test_import_stays_light() -> None:
    code = ("import sys, corridors.extract._pipeline, corridors.cli.extract; "
            "heavy = {'pandas', 'geopandas', 'folium', 'osmnx', 'matplotlib', 'networkx'}; "
            "print(sorted(heavy & set(sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    assert proc.stdout.strip() == "[]"


# --- generalisation rules (held-out round, 2026-11-28) ---------------------------------


def _pairs(text: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(x.mode, names(x.origins), names(x.destinations), x.status)
            for x in extract_links(text)]


def test_coreference_line_extended_is_the_new_segment_from_the_near_end() -> None:
    links = extract_links("Kazakhstan approved a railway linking Almaty with Shymkent. "
                          "The line will later be extended to Tashkent.")
    assert len(links) == 2
    ext = links[1]
    assert ext.mode == "rail" and ext.rule == "coreference"
    assert names(ext.origins) == ["Shymkent"] and names(ext.destinations) == ["Tashkent"]
    assert names(ext.via) == []
    assert ext.status == "planned"


def test_extension_of_a_directed_route_starts_at_its_destination() -> None:
    links = extract_links("The airline resumed flights from Tashkent to Dhaka on Sunday. The "
                          "carrier said it was studying an extension of the route to Kathmandu.")
    assert [(names(x.origins), names(x.destinations)) for x in links] == [
        (["Tashkent"], ["Dhaka"]), (["Dhaka"], ["Kathmandu"])]


def test_extension_said_by_a_company_is_the_line_not_the_company() -> None:
    links = extract_links("The first train reached Herat on the Khaf-Herat railway. Iran's "
                          "railway company said the line would later be extended to "
                          "Mazar-i-Sharif, which would give Iranian goods a route to Uzbekistan.")
    assert [(names(x.origins), names(x.destinations)) for x in links][1:] == [
        (["Herat"], ["Mazar-i-Sharif"])]


def test_coreference_routes_to_x_take_the_company_or_previous_origin() -> None:
    links = extract_links("Kyrgyzstan and Tajikistan agreed to open a bus route between Osh "
                          "and Khujand. Routes to Isfara are expected later.")
    assert [(x.mode, names(x.origins), names(x.destinations)) for x in links] == [
        ("road", ["Osh"], ["Khujand"]), ("road", ["Osh"], ["Isfara"])]
    assert links[1].status == "planned"


def test_verb_described_legs() -> None:
    got = _pairs("Cargo would be shipped from Karachi to Bandar Abbas and carried by rail "
                 "across Iran and Turkmenistan to Tashkent.")
    assert got == [("sea", ["Karachi"], ["Bandar Abbas"], "proposed"),
                   ("rail", ["Bandar Abbas"], ["Tashkent"], "proposed")]
    leg = extract_links("Cargo would be shipped from Karachi to Bandar Abbas and carried by "
                        "rail across Iran and Turkmenistan to Tashkent.")[1]
    assert names(leg.via) == ["Iran", "Turkmenistan"]


def test_leg_crossing_a_sea_is_a_sea_leg() -> None:
    got = _pairs("Goods would go by rail from Riyadh to Haifa before crossing the "
                 "Mediterranean to Piraeus.")
    assert [g[:3] for g in got] == [("rail", ["Riyadh"], ["Haifa"]),
                                    ("sea", ["Haifa"], ["Port of Piraeus"])]


def test_and_onwards_to_continues_the_link() -> None:
    link = one("Goods will be trucked from Gwadar to Quetta and onwards to Kandahar.")
    assert link.mode == "road"
    assert names(link.origins) == ["Gwadar"] and names(link.destinations) == ["Kandahar"]
    assert names(link.via) == ["Quetta"]


def test_agreement_to_increase_frequency_is_an_existing_link() -> None:
    link = one("Kazakhstan and Uzbekistan agreed to double the number of passenger trains.")
    assert link.mode == "rail" and link.status == "existing"
    assert {p.name for p in link.origins + link.destinations} == {"Kazakhstan", "Uzbekistan"}
    link = one("The two railways will raise the number of trains between Almaty and "
               "Urumqi to four a week.")
    assert link.status == "existing"


def test_named_corridors_expand_to_their_canonical_chain() -> None:
    link = one("Uzbekistan said the Trans-Afghan railway remains a priority.")
    assert names(link.origins) == ["Termez"] and names(link.destinations) == ["Peshawar"]
    assert names(link.via) == ["Mazar-i-Sharif", "Kabul"]
    cpec = one("Pakistan hopes CPEC will bring new investment.")
    assert cpec.mode == "land" and names(cpec.origins) == ["Kashgar"]
    assert names(cpec.destinations) == ["Gwadar"]
    kkh = one("Traffic on the Karakoram Highway grew last year.")
    assert kkh.mode == "road" and names(kkh.destinations) == ["Kashgar"]


def test_every_named_corridor_chain_resolves() -> None:
    from corridors.extract._corridor_names import NAMED_CORRIDORS
    from corridors.gazetteer._index import resolve_place

    for corridor in NAMED_CORRIDORS:
        assert corridor.source
        for name in corridor.chain:
            base, _, cc = name.partition("|")
            assert resolve_place(base, country=cc or None) is not None, (corridor.key, name)


def test_imec_name_is_a_corridor_not_a_sea_link_india_europe() -> None:
    link = one("India and the EU discussed the India-Middle East-Europe Economic Corridor.")
    assert link.rule == "named-corridor"
    assert names(link.origins) == ["Mumbai"] and names(link.destinations) == ["Port of Piraeus"]


def test_named_corridor_dropped_when_the_text_gives_its_legs() -> None:
    got = _pairs("Officials reviewed the India-Middle East-Europe Economic Corridor. "
                 "Goods would be shipped from Mumbai to Jebel Ali, moved by rail to Haifa "
                 "and then shipped to Piraeus.")
    assert [g[:3] for g in got] == [("sea", ["Mumbai"], ["Jebel Ali Port"]),
                                    ("rail", ["Jebel Ali Port"], ["Haifa"]),
                                    ("sea", ["Haifa"], ["Port of Piraeus"])]


def test_later_specific_status_wins_and_mentions_are_kept() -> None:
    link = one("A railway from Herat to Mazar-i-Sharif was proposed in 2019. "
               "The Herat-Mazar-i-Sharif railway is now under construction.")
    assert link.status == "under_construction"
    assert len(link.mentions) == 2 and link.evidence_text.startswith("The Herat")
    assert [m["status"] for m in link.to_dict()["mentions"]] == ["proposed",
                                                                 "under_construction"]
    link = one("Flights from Almaty to Delhi will start in May. "
               "The Almaty-Delhi flights have since been cancelled.")
    assert link.status == "rejected"
    link = one("The Almaty-Delhi flights were cancelled in 2020. "
               "A ministry paper mentions flights from Almaty to Delhi.")
    assert link.status == "rejected"  # a later generic mention does not undo it


def test_route_to_the_sea_without_a_mode_is_no_link() -> None:
    links = extract_links("The two countries agreed to build a railway from Termez to Kabul. "
                          "The project would give Uzbekistan its shortest route to the "
                          "Arabian Sea.")
    assert [(x.mode, names(x.origins), names(x.destinations)) for x in links] == [
        ("rail", ["Termez"], ["Kabul"])]


def test_relative_clause_is_not_the_subject_nor_the_status() -> None:
    links = extract_links("Air Astana, which already flies from Almaty to Delhi, is "
                          "considering flights to Tashkent.")
    assert sorted((names(x.origins), names(x.destinations), x.status) for x in links) == [
        (["Almaty"], ["New Delhi"], "existing"), (["Kazakhstan"], ["Tashkent"], "proposed")]


def test_bound_and_based_places_are_not_link_ends() -> None:
    link = one("From Gwadar, Afghan-bound cargo will be trucked to Chaman.")
    assert names(link.origins) == ["Gwadar"]
    assert [p.country for p in link.destinations] == ["PK"]
    assert extract_links("The Kathmandu-based carrier leased two aircraft.") == []


def test_country_level_restatement_is_dropped() -> None:
    links = extract_links("FlyArystan will fly from Almaty to Lahore in May. It will be the "
                          "first service between Kazakhstan and Pakistan since 2019.")
    assert [(names(x.origins), names(x.destinations)) for x in links] == [
        (["Almaty"], ["Lahore"])]


@pytest.mark.parametrize(
    ("sentence", "status", "detail"),
    [
        ("PIA will resume its Lahore-Dubai flights, suspended in 2021, from June.", "planned",
         "resumed"),
        ("The ministry denied reports that flights between Astana and Kabul would start.",
         "rejected", "negated"),
        ("Avia Traffic has been flying between Osh and Moscow since 2015.", "existing", None),
        ("The weekly train from Quetta to Taftan will continue to run.", "existing", None),
        ("Construction of the railway from Kashgar to Osh officially began on Friday.",
         "under_construction", None),
        ("A trial container ship left Mundra for Chabahar on Friday.", "existing", None),
    ],
)
def test_new_status_cues(sentence: str, status: str, detail: str | None) -> None:
    link = one(sentence)
    assert (link.status, link.status_detail) == (status, detail)


def test_where_clause_takes_the_place_before_it() -> None:
    links = extract_links("The railway runs from Kashgar to Osh, where it will connect to the "
                          "Kyrgyz network at Jalal-Abad.")
    got = {(frozenset(names(x.origins) + names(x.destinations))) for x in links}
    assert frozenset({"Osh", "Jalal-Abad"}) in got and frozenset({"Kashgar", "Osh"}) in got


def test_ambiguous_name_resolved_by_its_own_sentence() -> None:
    links = extract_links("Air India flies from Mumbai to Delhi. Trucks from Zaranj will "
                          "carry goods to Kandahar.")
    road = [x for x in links if x.mode == "road"]
    assert road and road[0].destinations[0].country == "AF"


def test_extension_of_a_directed_link_runs_on_from_its_origin() -> None:
    links = extract_links("The ministers agreed to study a railway from Termez to Kunduz. "
                          "They said the line could eventually continue to Herat.")
    assert len(links) == 2
    assert names(links[1].origins) == ["Termez"] and names(links[1].destinations) == ["Herat"]
    assert names(links[1].via) == ["Kunduz"]


def test_definite_subject_inherits_status_only_on_the_same_line() -> None:
    links = extract_links("Construction of the China-Kyrgyzstan-Uzbekistan railway began "
                          "on Friday. The line will run from Kashgar to Jalal-Abad.")
    assert [x.status for x in links] == ["under_construction", "under_construction"]
    links = extract_links("The railway from Ghurian to Herat is under construction. The "
                          "line will eventually connect Herat with Mazar-i-Sharif.")
    assert [x.status for x in links] == ["under_construction", "planned"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Kam Air currently flies from Kabul to Dubai.", "existing"),
        ("The Karakoram Highway remains the only road between Pakistan and China.",
         "existing"),
        ("The carrier received permission to fly from Kabul to Almaty.", "agreed"),
        ("KTZ Express is now offering trains from Almaty to Bandar Abbas.", "existing"),
        ("PIA has announced direct flights between Islamabad and Baku starting next month.",
         "planned"),
    ],
)
def test_more_status_cues(sentence: str, status: str) -> None:
    assert extract_links(sentence)[0].status == status


def test_cargo_and_vehicles_travel_rather_than_visit() -> None:
    link = one("Trucks can now travel from Gwadar to Quetta in under 12 hours.")
    assert (link.mode, names(link.origins), names(link.destinations), link.status) == (
        "road", ["Gwadar"], ["Quetta"], "existing")
    assert extract_links("The minister will travel from Islamabad to Quetta.") == []


def test_north_south_corridor_name_variant() -> None:
    link = one("Freight on the North-South corridor doubled last year.")
    assert link.rule == "named-corridor" and names(link.origins) == ["Mumbai"]


def test_will_begin_operating_is_planned() -> None:
    assert one("Airblue will begin operating flights from Lahore to Tashkent in May.").status \
        == "planned"


def test_company_subject_without_a_named_company_takes_the_previous_origin() -> None:
    links = extract_links("A bus route from Almaty to Bishkek began operating on Saturday. "
                          "The company plans to add services to Tashkent.")
    assert [(names(x.origins), names(x.destinations)) for x in links] == [
        (["Almaty"], ["Bishkek"]), (["Almaty"], ["Tashkent"])]


def test_target_after_a_via_phrase() -> None:
    link = one("Chinese freight trains now run across Kazakhstan to Europe.")
    assert (link.mode, names(link.origins), names(link.destinations)) == (
        "rail", ["China"], ["Europe"])
    assert names(link.via) == ["Kazakhstan"] and link.status == "existing"


def test_border_town_of_x_is_the_town() -> None:
    link = one("Turkmenistan is building a railway to the Afghan border town of Torghundi.")
    assert link.destinations[0].country == "AF" and link.destinations[0].kind != "country"


def test_suspended_and_not_resumed_stays_suspended() -> None:
    link = one("Flights between Dushanbe and Islamabad were suspended in 2020 and have not "
               "resumed.")
    assert (link.status, link.status_detail) == ("rejected", "suspended")


def test_trucks_travelled_is_existing() -> None:
    link = one("Trucks carrying cotton travelled from Bukhara to Karachi via Afghanistan.")
    assert (link.mode, link.status) == ("road", "existing")
