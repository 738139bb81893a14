"""Extraction work grows linearly with the number of links (counted, not timed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

import corridors.extract._coref as coref
import corridors.extract._pipeline as ex

_BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "linkdense.py"


def _linkdense() -> Any:
    spec = importlib.util.spec_from_file_location("linkdense", _BENCH)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int, int]:
    """(links, place-set comparisons, links looked at for restatement) for ``text``."""
    compared = [0]
    looked = [0]
    same, subsumed = ex._same_places, coref._subsumed

    def counting_same(xs: Any, ys: Any) -> bool:
        compared[0] += 1
        return same(xs, ys)

    def counting_subsumed(r: Any, others: Any) -> bool:
        others = list(others)
        looked[0] += len(others)
        return subsumed(r, others)

    with monkeypatch.context() as m:
        m.setattr(ex, "_same_places", counting_same)
        m.setattr(coref, "_subsumed", counting_subsumed)
        links = ex.extract_links(text)
    return len(links), compared[0], looked[0]


def test_merging_links_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    gen = _linkdense()
    small = gen.link_dense_text(15_000)
    big = gen.link_dense_text(60_000)
    n1, c1, s1 = _work(small, monkeypatch)
    n4, c4, s4 = _work(big, monkeypatch)
    assert n1 > 150 and n4 > 3.5 * n1  # link-dense: most sentences are distinct links
    # quadratic merging compared every new link with every earlier one: ~16x for 4x links
    assert c4 <= 6 * max(c1, 1), (c1, c4)
    assert c4 <= 2 * n4
    assert s4 <= 6 * max(s1, 1), (s1, s4)


class _EveryLink(ex._EndIndex):
    """An index that offers every earlier link: the comparison before the index existed."""

    def __init__(self) -> None:
        super().__init__()
        self.ks: set[int] = set()

    def add(self, k: int, mode: str, origins: Any, dests: Any) -> None:
        self.ks.add(k)

    def candidates(self, mode: str, origins: Any, dests: Any) -> set[int]:
        return set(self.ks)


def _texts() -> list[str]:
    corpus = Path(__file__).resolve().parent / "extract_corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts.append(_linkdense().link_dense_text(20_000, seed=3))
    # near duplicates: a port and its city, spellings, both directions
    texts.append("Ferries from the Port of Baku to Aktau will start in May. Ferries from "
                 "Baku to Aktau were announced. A ferry between Aktau and Baku is planned. "
                 "Flights from Termez to Mazar-i-Sharif and from Termiz to Mazar-e-Sharif "
                 "resumed. Flights from Mazar-e-Sharif to Termez were cancelled.")
    return texts


def test_index_finds_what_comparing_every_link_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [ex.extract(t).to_dict() for t in texts]
    monkeypatch.setattr(ex, "_EndIndex", _EveryLink)
    slow = [ex.extract(t).to_dict() for t in texts]
    assert fast == slow
