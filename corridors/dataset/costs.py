"""Cost, value-of-time, reliability and emission inputs (``costs.csv``, ``emissions.csv``).

Every money figure keeps the year of its price; :class:`CostTables` holds them converted to
US dollars of one year (:data:`PRICE_YEAR`) with the US CPI-U rows of ``costs.csv``.  A
dataset folder without these tables uses the packaged ones.

Lookups fall back from the most specific row to the general one: a crossing's own border
cost for a country's side (``scope`` ``node_id:CC``), then the country's (``CC``), then the
CAREC regional average (``REGION``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from corridors.dataset._load import read_rows
from corridors.errors import DataError

__all__ = ["PRICE_YEAR", "CostTables", "load_cost_tables"]

#: Costs are reported in US dollars of this year.
PRICE_YEAR = 2024

#: Keys of ``costs.csv`` that hold money (converted to :data:`PRICE_YEAR` dollars).
MONEY_KEYS = frozenset({"linehaul", "border", "gauge_break", "mode_transfer", "port_handling",
                        "sea_freight", "air_freight", "value_of_time"})
#: Keys that must have an ``any`` (or, for value_of_time, ``central``) row.
_SINGLE = ("gauge_break", "mode_transfer", "port_handling", "sea_freight", "air_freight",
           "teu_cargo_t", "wait_sigma", "moving_cv")
EMISSION_UNITS = {"g CO2e/t-km": "t", "g CO2e/TEU-km": "TEU"}


@dataclass(frozen=True)
class CostTables:
    """The cost inputs, money in USD of :data:`PRICE_YEAR` (see the module docstring).

    ``rows`` maps ``(key, mode, scope)`` to the converted value; ``emissions`` maps a mode
    to ``(grams CO2e, "t" or "TEU")`` per km of one tonne or one TEU.
    """

    rows: dict[tuple[str, str, str], float]
    emissions: dict[str, tuple[float, str]]
    path: Path
    price_year: int = PRICE_YEAR
    sources: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def _get(self, key: str, mode: str, *scopes: str) -> float:
        for s in scopes:
            v = self.rows.get((key, mode, s))
            if v is not None:
                return v
        raise DataError(f"{self.path / 'costs.csv'} has no {key} row for {mode} "
                        f"({' or '.join(scopes)}); add one with a source.")

    def single(self, key: str) -> float:
        """The one value of a key with scope ``any`` (e.g. ``gauge_break``)."""
        return next(v for (k, _, s), v in self.rows.items() if k == key and s == "any")

    def linehaul_per_km(self, mode: str, country: str | None) -> float:
        """USD per km for one TEU on road or rail in a country (regional average if unknown)."""
        return self._get("linehaul", mode, country or "REGION", "REGION")

    def border_side(self, mode: str, node_id: str | None, country: str) -> float:
        """USD for one side (one country) of a border crossing, for road or rail."""
        m = mode if mode in ("road", "rail") else "road"
        return self._get("border", m, f"{node_id}:{country}", country, "REGION")

    def port(self, node_id: str | None) -> float:
        """USD per TEU handled at a port call."""
        return self._get("port_handling", "sea", node_id or "any", "any")

    def value_of_time(self, level: str = "central") -> float:
        """USD per TEU-hour (``low``, ``central`` or ``high``)."""
        return self._get("value_of_time", "time", level)


def _number(path: Path, line: int, text: str) -> float:
    try:
        x = float(text)
    except ValueError:
        raise DataError(f"{path}, line {line}: value {text!r} is not a number.") from None
    if not x >= 0:
        raise DataError(f"{path}, line {line}: value {x} is negative.")
    return x


def _read_costs(path: Path) -> tuple[dict[tuple[str, str, str], float], dict[
        tuple[str, str, str], str]]:
    raw: list[tuple[int, str, str, str, float, str, str]] = []
    cpi: dict[int, float] = {}
    for line, r in read_rows(path):
        key, mode, scope = r.get("key", ""), r.get("mode", ""), r.get("scope", "")
        if not (key and mode and scope):
            raise DataError(f"{path}, line {line}: key, mode and scope are required.")
        if not r.get("source"):
            raise DataError(f"{path}, line {line}: {key} {scope} has no source.")
        value = _number(path, line, r.get("value", ""))
        if key == "cpi_us":
            cpi[int(scope)] = value
            continue
        raw.append((line, key, mode, scope, value, r.get("price_year", ""), r["source"]))
    if PRICE_YEAR not in cpi:
        raise DataError(f"{path}: no cpi_us row for {PRICE_YEAR}.")
    out: dict[tuple[str, str, str], float] = {}
    src: dict[tuple[str, str, str], str] = {}
    for line, key, mode, scope, value, year, source in raw:
        factor = 1.0
        if key in MONEY_KEYS:
            if not year.isdigit() or int(year) not in cpi:
                raise DataError(f"{path}, line {line}: {key} needs a price_year with a "
                                "cpi_us row.")
            factor = cpi[PRICE_YEAR] / cpi[int(year)]
        if (key, mode, scope) in out:
            raise DataError(f"{path}, line {line}: repeated row {key} {mode} {scope}.")
        out[(key, mode, scope)] = value * factor
        src[(key, mode, scope)] = source
    have = {k for k, _, s in out if s == "any"}
    missing = [k for k in _SINGLE if k not in have]
    if missing or ("value_of_time", "time", "central") not in out:
        raise DataError(f"{path}: missing rows for {', '.join(missing) or 'value_of_time'}.")
    return out, src


def _read_emissions(path: Path) -> dict[str, tuple[float, str]]:
    out: dict[str, tuple[float, str]] = {}
    for line, r in read_rows(path):
        unit = EMISSION_UNITS.get(r.get("unit", ""))
        if unit is None:
            raise DataError(f"{path}, line {line}: unit must be one of "
                            f"{', '.join(EMISSION_UNITS)}.")
        if not r.get("source"):
            raise DataError(f"{path}, line {line}: emission factor has no source.")
        out[r.get("mode", "")] = (_number(path, line, r.get("value", "")), unit)
    return out


@lru_cache(maxsize=8)
def _load(folder: Path) -> CostTables:
    rows, src = _read_costs(folder / "costs.csv")
    return CostTables(rows, _read_emissions(folder / "emissions.csv"), folder, sources=src)


def load_cost_tables(data_dir: str | os.PathLike[str] | None = None) -> CostTables:
    """The cost tables of a dataset folder (default: bundled; the bundled ones if it has none).

    Examples
    --------
    >>> t = load_cost_tables()
    >>> t.price_year, round(t.linehaul_per_km("road", "PK"), 3)
    (2024, 1.172)
    """
    from corridors.dataset._load import default_data_dir

    d = Path(data_dir) if data_dir is not None else default_data_dir()
    if not (d / "costs.csv").is_file():
        d = Path(__file__).resolve().parents[1] / "data"
    return _load(d)
