"""Property-based tests: random and hostile text, numbers and files fed to the API and CLI.

Whatever comes in: no traceback, no exit 1 for bad input, no template evaluation, and the
output folder either holds all five files of one run or none.
"""

from __future__ import annotations

import html
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import corridors
from corridors.cli import main
from corridors.errors import CorridorsError
from corridors.maps._safe_page import script_json

HOSTILE = st.sampled_from(["{{ 7*7 }}", "{% raw %}", "{#", "{{", "}}", "{%", "</script>",
                           "<img src=x onerror=alert(1)>", "[a](javascript:x)", "$x^2$",
                           "\u2028", "\x00", "\ufeff", "Алматы", "لاہور", "Lahore", "Almaty",
                           " flights from ", " railway to ", " via Afghanistan ", "\n\n"])
TEXTS = st.lists(st.one_of(HOSTILE, st.text(max_size=20)), max_size=25).map("".join)
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@FAST
@given(TEXTS)
def test_extract_never_fails_on_any_text(text):
    links = corridors.extract_links(text)
    for link in links:
        assert 0 <= link.start <= link.end <= len(text)


@FAST
@given(st.binary(max_size=400))
def test_extract_cli_on_any_bytes_is_0_or_2(tmp_path_factory, capsys, data):
    path = tmp_path_factory.mktemp("b") / "in.txt"
    path.write_bytes(data)
    code = main(["extract", str(path), "--format", "json"])
    _, err = capsys.readouterr()
    assert code in (0, 2), err
    if code == 2:
        assert len(err.strip().splitlines()) == 1


FLOATS = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                   st.floats(min_value=20, max_value=50), st.integers(-1000, 1000))


@FAST
@given(FLOATS, FLOATS)
def test_route_from_any_point_answers_or_refuses_with_a_sentence(lat, lon):
    try:
        r = corridors.route((lat, lon), "Kabul")
    except CorridorsError as exc:
        assert str(exc).endswith((".", ")"))
        return
    assert math.isfinite(float(lat)) and -90 <= lat <= 90 and -180 <= lon <= 180
    assert r.distance_km >= 0


@FAST
@given(TEXTS)
def test_map_strings_reach_the_page_as_data(title):
    from corridors.maps import map_html, route_map

    page = map_html(route_map([], title=title, tiles=None, outlines=False))
    assert script_json(html.escape(title)) in page


@pytest.mark.slow
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(TEXTS)
def test_model_writes_all_five_files_or_none(tiny_dir, tmp_path_factory, capsys, text):
    folder = tmp_path_factory.mktemp("m")
    path = folder / "in.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    out = folder / "out"
    code = main(["model", str(path), "--out", str(out), "--data", str(tiny_dir)])
    _, err = capsys.readouterr()
    assert code in (0, 2), err
    names = {p.name for p in out.iterdir()} - {".corridors.lock"} if out.exists() else set()
    from corridors.scenarios.report import OUTPUT_FILES

    five = set(OUTPUT_FILES)  # all the files of one run, scenario.toml included
    assert names in (set(), five)
    assert (code == 0) == (names == five)
