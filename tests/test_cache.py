"""The on-disk cache holds JSON data, never code: bad entries are rebuilt, pickles ignored."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from corridors import _cache
from corridors._cache import CacheFormatError, check_rows, load_or_build, pack_ints
from corridors.gazetteer._index import Candidate, Gazetteer
from corridors.records.place import Place


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("CORRIDORS_CACHE_DIR", str(d))
    monkeypatch.delenv("CORRIDORS_NO_CACHE", raising=False)
    return d


def _small_gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("Lahore", Candidate(Place("Lahore", "PK", "city", 31.55, 74.34), 50.5))
    g.add("Lahor", Candidate(Place("Lahore", "PK", "city", 31.55, 74.34), 49.5))
    g.add("Central Asia", Candidate(
        Place("Central Asia", None, "region", 41.0, 64.0, None, ("KZ", "UZ")), 85.0))
    g.add("Pakistani", Candidate(Place("Pakistan", "PK", "country", 33.7, 73.1), 90.0,
                                 demonym=True))
    g.add("Lahore", Candidate(Place("Lahore", "PK", "province", None, None, "pb"), 55.0,
                              weak=True, code=True, org=True))
    return g


class _Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Gazetteer:
        self.calls += 1
        return _small_gazetteer()


def _load(build: _Builder) -> Gazetteer:
    return load_or_build("gazetteer", "k1", build, encode=Gazetteer.to_cache,
                         decode=Gazetteer.from_cache)


def _same(a: Gazetteer, b: Gazetteer) -> None:
    assert a.rows == b.rows
    assert a.names == b.names
    assert a.max_len == b.max_len


def test_gazetteer_round_trip_through_json() -> None:
    g = _small_gazetteer()
    back = Gazetteer.from_cache(json.loads(json.dumps(g.to_cache())))
    _same(g, back)
    assert [c.place.name for c in back.candidates("lahore")] == ["Lahore", "Lahore"]
    assert back.candidates("Central Asia")[0].place.members == ("KZ", "UZ")


def test_entry_is_json_with_schema_and_is_read_back(cache: Path) -> None:
    build = _Builder()
    first = _load(build)
    second = _load(build)
    assert build.calls == 1
    _same(first, second)
    (entry,) = cache.glob("gazetteer-*")
    assert entry.suffix == ".json"
    doc = json.loads(entry.read_text(encoding="utf-8"))
    assert doc["schema"] == _cache.SCHEMA and doc["version"] == _cache.CACHE_VERSION


@pytest.mark.parametrize(
    "content",
    [
        b"\x80\x04\x95garbage that is not json",
        b"",
        b"[1, 2, 3]",
        b'{"schema": "corridors-cache", "version": "1", "name": "gazetteer", "key": "k1",'
        b' "data": {}}',
    ],
    ids=["corrupt", "empty", "not-an-object", "old-version"],
)
def test_unreadable_entry_is_rebuilt_and_overwritten(
    cache: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    cache.mkdir(parents=True)
    entry = _cache.entry_path("gazetteer", "k1")
    entry.write_bytes(content)
    build = _Builder()
    with caplog.at_level("DEBUG", logger="corridors._cache"):
        g = _load(build)
    assert build.calls == 1
    _same(g, _small_gazetteer())
    assert json.loads(entry.read_bytes())["data"]["n"] == len(g.rows)  # overwritten
    _load(build)
    assert build.calls == 1


def _wrong_shapes() -> list[Any]:
    good = _small_gazetteer().to_cache()
    out: list[Any] = []
    for key, value in [
        ("n", "5"), ("n", 10**6), ("name", ["Lahore"]), ("lat", ["31.5"] * good["n"]),
        ("flags", ["01", "x"]), ("rows1", [10**6] * len(good["rows1"])),
        ("counts", [0] * len(good["counts"])), ("country", "PK"), ("max_len", {"a": 1}),
        ("members_at", [-10**6]), ("kind", {"values": ["city"], "codes": "\x05" * good["n"]}),
        ("country", {"values": [1], "codes": "\x00" * good["n"]}),
        ("rows1", pack_ints([10**6])), ("lat", {"f64": "not base64!", "none_at": []}),
        ("score", {"f64": good["score"]["f64"], "none_at": [0]}),
    ]:
        bad = dict(good)
        bad[key] = value
        out.append(bad)
    missing = dict(good)
    del missing["score"]
    out += [missing, [], "text", None, {"version": "0"}]
    return out


@pytest.mark.parametrize("data", _wrong_shapes())
def test_gazetteer_of_the_wrong_shape_is_rejected(data: Any) -> None:
    with pytest.raises((CacheFormatError, TypeError, KeyError, ValueError, IndexError)):
        Gazetteer.from_cache(data)


@pytest.mark.parametrize("data", _wrong_shapes())
def test_json_entry_of_the_wrong_shape_is_rebuilt(cache: Path, data: Any) -> None:
    cache.mkdir(parents=True)
    doc = {"schema": _cache.SCHEMA, "version": _cache.CACHE_VERSION, "name": "gazetteer",
           "key": "k1", "data": data}
    _cache.entry_path("gazetteer", "k1").write_text(json.dumps(doc), encoding="utf-8")
    build = _Builder()
    g = _load(build)
    assert build.calls == 1
    _same(g, _small_gazetteer())


class _Boom:
    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (Path(_Boom.target),))

    target = ""


def test_old_pickle_is_never_opened(cache: Path, tmp_path: Path) -> None:
    cache.mkdir(parents=True)
    _Boom.target = str(tmp_path / "pwned")
    for name in ("gazetteer-k1.pickle", "gazetteer-k1.json.pickle"):
        (cache / name).write_bytes(pickle.dumps(_Boom()))
    build = _Builder()
    g = _load(build)
    assert build.calls == 1
    _same(g, _small_gazetteer())
    assert not (tmp_path / "pwned").exists()


def test_value_that_json_cannot_hold_stays_in_memory(cache: Path) -> None:
    value = load_or_build("thing", "k", lambda: {1.5}, encode=lambda v: v,
                          decode=set)
    assert value == {1.5}
    assert not list(cache.glob("thing-*"))


def test_check_rows() -> None:
    assert check_rows([["a", 1.5, None, ["x"], True, 3]], "sff?Sbi", "rows")
    for bad in ([["a", "1", None, [], True, 3]], [["a", 1.0, None, [1], True, 3]],
                [["a", 1.0, None, [], 1, 3]], [["a", 1.0, None, [], True, True]],
                [["a", 1.0]], "rows", [("a", 1.0, None, [], True, 3)]):
        with pytest.raises(CacheFormatError):
            check_rows(bad, "sff?Sbi", "rows")


# ----------------------------------------------------------------------------- network


def test_network_round_trip(tiny_net: Any) -> None:
    from corridors.network._graph import network_from_cache, network_to_cache

    back = network_from_cache(json.loads(json.dumps(network_to_cache(tiny_net))))
    assert back.dataset == tiny_net.dataset
    assert back.states == tiny_net.states and back.index == tiny_net.index
    assert back.edges == tiny_net.edges
    assert back.out_edges == tiny_net.out_edges and back.in_edges == tiny_net.in_edges
    assert back.names == tiny_net.names and back.ports_of == tiny_net.ports_of
    assert back.country_names == tiny_net.country_names


@pytest.mark.parametrize("how", ["corrupt", "wrong-shape", "old-pickle"])
def test_bad_network_entry_is_rebuilt(
    cache: Path, tiny_dir: Path, tiny_net: Any, monkeypatch: pytest.MonkeyPatch, how: str,
    tmp_path: Path,
) -> None:
    from corridors.network import _graph as network

    monkeypatch.setattr(network, "_MEMO", {})
    key = network._fingerprint(tiny_dir)
    cache.mkdir(parents=True)
    entry = _cache.entry_path("network", key)
    if how == "corrupt":
        entry.write_bytes(b"{\"schema\": \"corridors-cache\", trunc")
    elif how == "wrong-shape":
        doc = {"schema": _cache.SCHEMA, "version": _cache.CACHE_VERSION, "name": "network",
               "key": key, "data": {"version": network.NETWORK_CACHE_VERSION,
                                    "dataset": {"nodes": [["x"]]}}}
        entry.write_text(json.dumps(doc), encoding="utf-8")
    else:
        _Boom.target = str(tmp_path / "pwned")
        (cache / f"network-{key}.pickle").write_bytes(pickle.dumps(_Boom()))
    net = network.load_network(tiny_dir)
    assert net.states == tiny_net.states and net.edges == tiny_net.edges
    assert json.loads(entry.read_bytes())["name"] == "network"
    assert not (tmp_path / "pwned").exists()
    monkeypatch.setattr(network, "_MEMO", {})
    again = network.load_network(tiny_dir)  # now read from the rewritten entry
    assert again.edges == tiny_net.edges


def test_route_command_works_over_bad_entries(cache: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from corridors.dataset._load import default_data_dir
    from corridors.network._graph import _fingerprint

    cache.mkdir(parents=True)
    key = _fingerprint(default_data_dir())
    _cache.entry_path("network", key).write_bytes(b"\x00\x01 not json")
    _Boom.target = str(tmp_path / "pwned")
    (cache / f"network-{key}.pickle").write_bytes(pickle.dumps(_Boom()))
    env = {**os.environ, "CORRIDORS_CACHE_DIR": str(cache)}
    for _ in range(2):  # rebuilt, then read back
        out = subprocess.run([sys.executable, "-m", "corridors", "route", "Lahore", "Almaty"],
                             capture_output=True, text=True, env=env, timeout=300, check=False)
        assert out.returncode == 0, out.stderr
        assert "Almaty" in out.stdout
    assert not (tmp_path / "pwned").exists()
    assert json.loads(_cache.entry_path("network", key).read_bytes())["name"] == "network"
