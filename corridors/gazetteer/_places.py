"""The gazetteer's table of places off the corridor network that corridor news names
(``places.csv``: border crossings with the country on each side, small towns, ports,
airports and stations; a source per row)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from corridors.records.place import Place

__all__ = ["places_csv", "read_places"]


def places_csv() -> Path:
    """The table's path (inside the package)."""
    return Path(__file__).with_name("places.csv")


def read_places() -> Iterator[tuple[Place, tuple[str, ...], str]]:
    """The rows of ``places.csv``: each place, its other spellings, and for a border
    crossing the country on its other side (else ``""``)."""
    with places_csv().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            place = Place(row["name"], row["country"], row["kind"], float(row["lat"]),
                          float(row["lon"]))
            yield place, tuple(filter(None, row["aliases"].split("|"))), row["other_country"]
