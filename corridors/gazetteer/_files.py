"""The gazetteer's own tables, shipped in the package beside this module, each row with
its source: first-level subdivisions (``provinces.csv``), the world's seaports
(``world_ports.csv``) and places off the corridor network that corridor news names
(``places.csv``: border crossings with the country on each side, small towns, ports,
airports and stations; a position no source gives is an ``estimate: <method> (<page>)``)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from corridors.records.place import Place

__all__ = ["places_csv", "provinces_csv", "read_places", "world_ports_csv"]

_HERE = Path(__file__).parent


def provinces_csv() -> Path:
    """``provinces.csv``: ISO 3166-2 code, English name and spellings, capital's position."""
    return _HERE / "provinces.csv"


def world_ports_csv() -> Path:
    """``world_ports.csv``: UN/LOCODE, name, country, position."""
    return _HERE / "world_ports.csv"


def places_csv() -> Path:
    """``places.csv``: name, country, kind, position, spellings, the other side's country."""
    return _HERE / "places.csv"


def read_places() -> Iterator[tuple[Place, tuple[str, ...], str]]:
    """The rows of ``places.csv``: each place, its other spellings, and for a border
    crossing the country on its other side (else ``""``)."""
    with places_csv().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            place = Place(row["name"], row["country"], row["kind"], float(row["lat"]),
                          float(row["lon"]))
            yield place, tuple(filter(None, row["aliases"].split("|"))), row["other_country"]
