"""Place lookups refuse over-long names at once instead of searching for minutes."""

from __future__ import annotations

import time

import pytest

from corridors.errors import InputError
from corridors.gazetteer._index import resolve_place, search_places
from corridors.network.places import resolve_country, resolve_node, search
from corridors.settings import MAX_QUERY_CHARS

LONG = "Lahore " * 20_000  # 140,000 characters


@pytest.mark.parametrize("lookup", [resolve_node, search, resolve_country, resolve_place,
                                    search_places])
def test_long_query_is_refused(lookup, tiny_net) -> None:  # type: ignore[no-untyped-def]
    kwargs = {"network": tiny_net} if lookup in (resolve_node, search, resolve_country) else {}
    t0 = time.perf_counter()
    with pytest.raises(ValueError, match=rf"A place name of {len(LONG)} characters is too "
                                         rf"long \(at most {MAX_QUERY_CHARS}\)\.") as err:
        lookup(LONG, **kwargs)
    assert isinstance(err.value, InputError)
    assert time.perf_counter() - t0 < 5


def test_query_at_the_limit_is_searched(tiny_net) -> None:  # type: ignore[no-untyped-def]
    assert search("x" * MAX_QUERY_CHARS, network=tiny_net) == []
    assert resolve_place("y" * MAX_QUERY_CHARS) is None


def test_places_cli_reports_long_query(capsys: pytest.CaptureFixture[str]) -> None:
    from corridors.cli import main

    code = main(["places", "z" * 500])
    assert code != 0
    assert "too long (at most 200)" in capsys.readouterr().err
