"""Seasonal border crossings (issue 11): a route planned for a month or a date does not use
a crossing closed then, and says why; without a date a seasonal crossing is noted."""

from __future__ import annotations

import pytest

import corridors
from corridors.cli import main
from corridors.dataset.seasons import Season, When, load_seasons, parse_when
from corridors.errors import InputError
from corridors.network.reach import out_of_reach
from corridors.settings import packaged_data_dir


def test_khunjerab_is_not_crossed_in_january_and_the_route_says_why():
    r = corridors.route("Lahore", "Kashgar", mode="road", month=1)
    assert "Khunjerab Pass" not in [c.name for c in r.crossings]
    assert any("Khunjerab Pass is closed in January" in n for n in r.notes)
    summer = corridors.route("Lahore", "Kashgar", mode="road", month="July")
    assert [c.name for c in summer.crossings] == ["Khunjerab Pass"]
    assert not any("closed" in n for n in summer.notes)


def test_without_a_date_a_seasonal_crossing_carries_its_season():
    r = corridors.route("Lahore", "Kashgar", mode="road")
    assert any("Khunjerab Pass: open April to November" in n for n in r.notes)


def test_a_weekend_date_closes_torugart():
    weekday = corridors.route("Kashgar", "Bishkek", mode="road", date="2026-06-03")
    saturday = corridors.route("Kashgar", "Bishkek", mode="road", date="2026-06-06")
    assert "Torugart Pass" in [c.name for c in weekday.crossings]
    assert "Torugart Pass" not in [c.name for c in saturday.crossings]
    assert any("on Saturday 6 June 2026" in n for n in saturday.notes)


def test_seasons_are_read_from_the_dataset():
    seasons = load_seasons(packaged_data_dir())
    assert seasons["khunjerab"].describe() == "open April to November"
    assert not seasons["khunjerab"].open_in(12) and seasons["khunjerab"].open_in(4)
    assert Season("x", 11, 2).open_in(1) and not Season("x", 11, 2).open_in(6)


@pytest.mark.parametrize("month", [0, 13, "Smarch", "1.5"])
def test_bad_months_are_input_errors(month):
    with pytest.raises(InputError):
        parse_when(month=month)


def test_dates_and_months_parse():
    assert parse_when(month="jan") == When(1)
    assert parse_when(date="2026-01-10").date.weekday() == 5
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_when(date="10/01/2026")


def test_cli_month_and_date(capsys):
    assert main(["route", "Lahore", "Kashgar", "--month", "1"]) == 0
    out = capsys.readouterr().out
    assert "Khunjerab Pass is closed in January" in out
    assert main(["route", "Lahore", "Kashgar", "--month", "13"]) == 2
    assert main(["reach", "Peshawar", "--hours", "48", "--month", "1"]) == 0


def test_reach_says_what_keeps_a_country_out():
    missing = {m.country: m for m in out_of_reach("Peshawar", 48)}
    assert missing["AF"].crossing == "Torkham"
    assert missing["AF"].crossing_h > 40
    assert "Torkham crossing alone takes" in missing["AF"].reason({"AF": "Afghanistan"})
