"""Build the packaged dataset, ``corridors/data/``, from the reviewed tables in ``data/``.

Run from the repository root:  .venv/bin/python data/tools/build.py  (``--check`` only
reports whether the packaged files are up to date, exit 1 if not).

The tables in ``data/`` are edited by hand.  Their source columns cite ``data/sources.csv``
by key (``[cpmm_pk]``); the packaged copies carry the full citation in place of each key, so
a dataset folder is self-contained.  Derived figures (circuity factors, the air taxi
allowance) stay in ``parameters.csv`` with their method; ``check.py`` recomputes them.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
PACKAGE_DATA = DATA.parent / "corridors" / "data"
TABLES = ("nodes.csv", "border_crossings.csv", "segments.csv", "air_links.csv", "hubs.csv",
          "speeds.csv", "parameters.csv", "ports.csv", "gateways.csv", "crossing_seasons.csv",
          "alternate_names.csv", "costs.csv", "emissions.csv")
#: Columns whose text may cite sources by key.
CITING = frozenset({"coord_source", "dwell_source", "source", "length_source", "gate_source",
                    "notes", "why"})
COPIED = (("outlines/countries.geojson", "outlines/countries.geojson"),
          ("outlines/README.md", "outlines/README.md"),
          ("examples/kazakhstan-pakistan-meeting.txt", "examples/kazakhstan-pakistan-meeting.txt"),
          ("examples/README.md", "examples/README.md"),
          ("examples/kazakhstan-pakistan-what-if.toml", "examples/kazakhstan-pakistan-what-if.toml"),
          ("examples/torkham-closed.toml", "examples/torkham-closed.toml"))
_KEY = re.compile(r"\[([a-z][a-z0-9_]*)\]")


def sources() -> dict[str, str]:
    """``data/sources.csv``: citation key -> full citation."""
    with (DATA / "sources.csv").open(encoding="utf-8", newline="") as fh:
        return {r["key"]: r["citation"] for r in csv.DictReader(fh)}


def expand(text: str, cites: dict[str, str], where: str) -> str:
    """``text`` with each ``[key]`` replaced by its citation (unknown keys raise)."""
    def one(m: re.Match[str]) -> str:
        if m.group(1) not in cites:
            raise KeyError(f"{where}: unknown source key [{m.group(1)}]")
        return cites[m.group(1)]

    return _KEY.sub(one, text)


def packaged_table(name: str, cites: dict[str, str]) -> str:
    """The packaged text of one table: the reviewed table with citations expanded."""
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    out = [head] + [
        [expand(v, cites, f"{name}, line {n}") if head[i] in CITING else v
         for i, v in enumerate(row)]
        for n, row in enumerate(rows[1:], start=2)
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(out)
    return buf.getvalue()


def packaged_files() -> dict[str, bytes]:
    """Every packaged file: relative path -> content."""
    cites = sources()
    files = {name: packaged_table(name, cites).encode("utf-8") for name in TABLES}
    files.update({dst: (DATA / src).read_bytes() for src, dst in COPIED})
    return files


def main(argv: list[str]) -> int:
    files = packaged_files()
    stale = [name for name, data in files.items()
             if not (PACKAGE_DATA / name).is_file() or (PACKAGE_DATA / name).read_bytes() != data]
    if "--check" in argv:
        for name in stale:
            print(f"corridors/data/{name} is out of date: run data/tools/build.py")
        return 1 if stale else 0
    shutil.rmtree(PACKAGE_DATA, ignore_errors=True)
    for name, data in files.items():
        target = PACKAGE_DATA / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"wrote {len(files)} files into {PACKAGE_DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
