"""One trip, one set of numbers: headline, report table, printed table, summary.csv and
routes.geojson quote the same routes (issue 11)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from corridors.cli import main
from corridors.settings import example_text

HEADLINE = re.compile(
    r"^- \*\*(?P<mode>\w+), (?P<o>[^*]+?) → (?P<d>[^*]+?)\*\*: "
    r"(?P<with>[^(]+?) \((?P<wkm>[\d,]+) km\)"
    r".*?(?:against (?P<today>[^(]+?) \((?P<tkm>[\d,]+) km\) (?P<how>today[^:]*): "
    r"(?P<saved>.+?) saved\.)?$")


def _hours(text: str) -> float:
    """'3 d 19 h 36' or '5 h 16' as hours."""
    d = re.search(r"(\d+) d", text)
    h = re.search(r"(\d+) h", text)
    m = re.search(r"h (\d+)$", text.strip())
    return (int(d.group(1)) * 24 if d else 0) + (int(h.group(1)) if h else 0) + (
        int(m.group(1)) / 60 if m else 0)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("example")
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["model", str(example_text()), "--out", str(out), "-q"]) == 0
    return out, buf.getvalue()


def _summary(out: Path) -> list[dict[str, str]]:
    with (out / "summary.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _table_rows(report: str) -> dict[tuple[str, str, str], list[str]]:
    rows = {}
    for line in report.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and re.fullmatch(r"L[\d,L]+", cells[0]):
            o, d = cells[2].split(" → ")
            rows.setdefault((cells[1], o, d), cells)
    return rows


def test_every_headline_matches_its_table_row_and_summary(outputs):
    out, _ = outputs
    report = (out / "report.md").read_text(encoding="utf-8")
    rows = _table_rows(report)
    summary = _summary(out)
    heads = [m for line in report.splitlines() if (m := HEADLINE.match(line))]
    assert len(heads) >= 4
    for h in heads:
        mode, o, d = h["mode"].lower(), h["o"], h["d"]
        row = rows[(mode, o, d)]
        assert row[5] == f"{h['wkm']} km, {h['with'].strip()}", (h.group(0), row)
        if h["today"]:
            assert row[4].startswith(f"{h['tkm']} km, {h['today'].strip()}"), (h.group(0), row)
            assert row[6] == h["saved"]
            how = h["how"].removeprefix("today").strip()
            if how.startswith("via"):
                assert row[4].endswith(f"({how})")
            proposed = next(r for r in summary if r["role"] == "proposal" and r["mode"] == mode
                            and r["from"] == o and r["to"] == d and r["scenario"] == "proposed")
            assert float(proposed["time_saved_h"]) == pytest.approx(_hours(h["saved"]), abs=0.02)
            assert proposed["compared_with"] == h["how"]
            assert float(proposed["distance_km"]) == pytest.approx(
                float(h["wkm"].replace(",", "")), abs=0.6)


def test_printed_counts_match_what_is_shown(outputs):
    out, printed = outputs
    report = (out / "report.md").read_text(encoding="utf-8")
    count = int(re.search(r"(\d+) trip\(s\) in the table", printed).group(1))
    table = [ln for ln in printed.splitlines() if re.match(r"^L[\d,]+\s", ln)]
    assert count == len(table) == len(_table_rows(report))


def test_geojson_carries_the_same_routes(outputs):
    out, _ = outputs
    summary = _summary(out)
    feats = json.loads((out / "routes.geojson").read_text(encoding="utf-8"))["features"]
    found = [r for r in summary if r["found"] == "True"]
    assert len(found) == len(feats)
    for row, feat in zip(found, feats, strict=True):
        assert feat["properties"]["distance_km"] == pytest.approx(float(row["distance_km"]),
                                                                  abs=0.6)
