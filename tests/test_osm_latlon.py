"""``LAT,LON`` parsing shared by ``corridors route`` and ``corridors osm``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corridors._latlon import format_latlon, parse_latlon
from corridors.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("33.6,73.0", (33.6, 73.0)),
        ("33.6, 73.0", (33.6, 73.0)),
        ("  -33.6 ,  -73  ", (-33.6, -73.0)),
        ("+34;71.5", (34.0, 71.5)),
        ("90,180", (90.0, 180.0)),
        (".5,-.25", (0.5, -0.25)),
    ],
)
def test_parses_pairs(text: str, expected: tuple[float, float]) -> None:
    assert parse_latlon(text) == expected


@pytest.mark.parametrize("text", ["Kabul", "33.6", "33.6,73.0,5", "", "Mazar-i-Sharif, AF",
                                  "1e3,2", "nan,1"])
def test_names_are_not_pairs(text: str) -> None:
    assert parse_latlon(text) is None


@pytest.mark.parametrize(("text", "what"), [("91,0", "Latitude"), ("0,-180.5", "Longitude"),
                                            ("133.6,73.0", "Latitude")])
def test_out_of_range(text: str, what: str) -> None:
    with pytest.raises(InputError, match=what) as err:
        parse_latlon(text)
    assert str(err.value).endswith("write LAT,LON.")


@given(st.floats(-90, 90), st.floats(-180, 180))
def test_round_trip(lat: float, lon: float) -> None:
    parsed = parse_latlon(format_latlon(lat, lon))
    assert parsed is not None
    assert parsed == pytest.approx((lat, lon), abs=1e-5)
