"""The table of first runs that ``tests/extract_corpus/first_runs.py`` replays names, for
each locked batch, the commit its first run records (in the batch's ``first_run*.txt`` or
the corpus README's table) and parts that exist."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "extract_corpus"
sys.path.insert(0, str(CORPUS))

from first_runs import FIRST_RUNS  # noqa: E402


@pytest.mark.parametrize(("batch", "commit", "parts"), FIRST_RUNS)
def test_a_first_run_is_the_one_recorded(batch: str, commit: str, parts: tuple[str, ...],
                                         ) -> None:
    records = [p.read_text(encoding="utf-8") for p in (CORPUS / "real" / batch).glob(
        "first_run*.txt")]
    table = [line for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines()
             if line.startswith(f"| {batch}")]
    assert any(commit in text for text in [*records, *table]), (batch, commit)
    for part in parts:
        assert (CORPUS / "real" / batch / part / "gold.json").is_file(), (batch, part)
