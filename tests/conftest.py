"""Shared fixtures: a tiny corridor dataset written in code, and paths to shared material."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "kazakhstan-pakistan-2025-04-29.txt"

# Test-only coordinates (rounded positions of real places); the bundled data cites its own.
NODES = [
    # id, name, country, kind, lat, lon, aliases, capital, iata
    ("lahore", "Lahore", "PK", "city", 31.55, 74.34, "", 0, "LHE"),
    ("islamabad", "Islamabad", "PK", "city", 33.72, 73.04, "", 1, "ISB"),
    ("peshawar", "Peshawar", "PK", "city", 34.01, 71.58, "", 0, "PEW"),
    ("hyderabad", "Hyderabad", "PK", "city", 25.40, 68.36, "", 0, ""),
    ("hyderabad_in", "Hyderabad", "IN", "city", 17.38, 78.49, "", 0, ""),
    ("torkham", "Torkham", "PK", "border_crossing", 34.11, 71.08, "Torkham Gate", 0, ""),
    ("jalalabad", "Jalalabad", "AF", "city", 34.43, 70.45, "", 0, ""),
    ("kabul", "Kabul", "AF", "city", 34.53, 69.17, "", 1, "KBL"),
    (
        "mazar_i_sharif",
        "Mazar-i-Sharif",
        "AF",
        "city",
        36.71,
        67.11,
        "Mazar-e-Sharif|Mazar-e Sharif",
        0,
        "MZR",
    ),
    ("hairatan", "Hairatan", "AF", "border_crossing", 37.23, 67.43, "Hayratan", 0, ""),
    ("termez", "Termez", "UZ", "city", 37.22, 67.28, "Termiz", 0, "TMJ"),
    ("tashkent", "Tashkent", "UZ", "city", 41.30, 69.24, "Toshkent", 1, "TAS"),
    ("khunjerab", "Khunjerab Pass", "PK", "border_crossing", 36.85, 75.43, "Khunjerab", 0, ""),
    ("kashgar", "Kashgar", "CN", "city", 39.47, 75.99, "Kashi", 0, "KHG"),
    ("torugart", "Torugart Pass", "KG", "border_crossing", 40.59, 75.43, "Torugart", 0, ""),
    ("bishkek", "Bishkek", "KG", "city", 42.87, 74.57, "Frunze", 1, "BSZ"),
    ("dostuk", "Dostuk", "KG", "border_crossing", 40.77, 72.90, "", 0, ""),
]
CROSSINGS = [
    # node_id, a, b, road, rail, status, dwell_road_h, dwell_rail_h
    ("torkham", "PK", "AF", 1, 1, "open", 20.0, ""),
    ("hairatan", "AF", "UZ", 1, 1, "open", 8.0, 6.0),
    ("khunjerab", "PK", "CN", 1, 0, "open", 2.0, ""),
    ("torugart", "CN", "KG", 1, 1, "open", "", ""),
    ("dostuk", "KG", "UZ", 1, 0, "open", "", ""),
]
SEGMENTS = [
    # id, mode, from, to, via, status, class/gauge, terrain, length_km
    ("r1", "road", "lahore", "islamabad", "", "existing", "motorway", "flat", "375"),
    ("r2", "road", "islamabad", "peshawar", "", "existing", "motorway", "flat", "155"),
    ("r3", "road", "peshawar", "jalalabad", "torkham", "existing", "highway", "hilly", ""),
    ("r4", "road", "jalalabad", "kabul", "", "existing", "highway", "mountain", "143"),
    ("r5", "road", "kabul", "mazar_i_sharif", "", "existing", "highway", "mountain", ""),
    ("r6", "road", "mazar_i_sharif", "termez", "hairatan", "existing", "highway", "flat", ""),
    ("r7", "road", "termez", "tashkent", "", "existing", "highway", "hilly", ""),
    ("r8", "road", "islamabad", "kashgar", "khunjerab", "existing", "highway", "mountain", ""),
    ("r9", "road", "kashgar", "bishkek", "torugart", "existing", "highway", "mountain", ""),
    ("r10", "road", "bishkek", "tashkent", "dostuk", "existing", "highway", "hilly", ""),
    ("r11", "road", "lahore", "hyderabad", "", "existing", "motorway", "flat", ""),
    ("l1", "rail", "lahore", "peshawar", "islamabad", "existing", "1676", "flat", ""),
    ("l2", "rail", "peshawar", "kabul", "torkham|jalalabad", "proposed", "1520", "mountain", ""),
    ("l3", "rail", "kabul", "mazar_i_sharif", "", "proposed", "1520", "mountain", ""),
    ("l4", "rail", "mazar_i_sharif", "termez", "hairatan", "existing", "1520", "flat", "75"),
    ("l5", "rail", "termez", "tashkent", "", "existing", "1520", "flat", ""),
]
AIR = [
    ("LHE", "TAS", "existing", "Uzbekistan Airways"),
    ("ISB", "TAS", "existing", "Uzbekistan Airways"),
    ("TAS", "BSZ", "existing", "test"),
]
GATEWAYS = [
    ("PK", "any", "islamabad", 1),
    ("PK", "any", "lahore", 2),
    ("PK", "air", "islamabad", 1),
    ("PK", "air", "lahore", 2),
    ("AF", "any", "kabul", 1),
    ("UZ", "any", "tashkent", 1),
    ("UZ", "any", "termez", 2),
    ("KG", "any", "bishkek", 1),
    ("CN", "any", "kashgar", 1),
]
PARAMS = {
    "default_dwell_road_h": 10,
    "default_dwell_rail_h": 6,
    "gauge_break_h": 24,
    "transfer_h": 2,
    "airport_access_h": 1.5,
    "air_connection_h": 2,
    "air_taxi_h": 0.5,
    "air_cruise_kmh": 780,
    "air_max_range_km": 5000,
    "circuity_road_flat": 1.2,
    "circuity_road_hilly": 1.35,
    "circuity_road_mountain": 1.6,
    "circuity_rail_flat": 1.15,
    "circuity_rail_hilly": 1.3,
    "circuity_rail_mountain": 1.5,
}
SPEEDS = [
    ("road", "motorway", "flat", 100),
    ("road", "motorway", "hilly", 90),
    ("road", "highway", "flat", 60),
    ("road", "highway", "hilly", 50),
    ("road", "highway", "mountain", 35),
    ("road", "road", "flat", 45),
    ("rail", "any", "flat", 50),
    ("rail", "any", "hilly", 40),
    ("rail", "any", "mountain", 30),
]

#: Round test prices (USD of 2024 unless a price_year says otherwise), for hand checks.
COSTS = [
    # key, mode, scope, value, price_year
    ("linehaul", "road", "PK", 2, 2024),
    ("linehaul", "road", "AF", 3, 2024),
    ("linehaul", "road", "REGION", 1, 2024),
    ("linehaul", "rail", "REGION", 1, 2020),  # 1 USD of 2020 = 1.25 USD of 2024 here
    ("border", "road", "PK", 100, 2024),
    ("border", "road", "AF", 50, 2024),
    ("border", "road", "torkham:PK", 300, 2024),
    ("border", "road", "REGION", 10, 2024),
    ("border", "rail", "REGION", 20, 2024),
    ("gauge_break", "rail", "any", 400, 2024),
    ("mode_transfer", "transfer", "any", 40, 2024),
    ("port_handling", "sea", "any", 100, 2024),
    ("sea_freight", "sea", "any", 0.1, 2024),
    ("air_freight", "air", "any", 2, 2024),
    ("value_of_time", "time", "central", 30, 2024),
    ("value_of_time", "time", "low", 10, 2024),
    ("teu_cargo_t", "all", "any", 10, ""),
    ("wait_sigma", "all", "any", 0.5, ""),
    ("moving_cv", "all", "any", 0.1, ""),
    ("cpi_us", "cpi", "2020", 100, ""),
    ("cpi_us", "cpi", "2024", 125, ""),
]
EMISSIONS = [("road", 100, "g CO2e/t-km"), ("rail", 20, "g CO2e/t-km"),
             ("sea", 200, "g CO2e/TEU-km"), ("air", 800, "g CO2e/t-km")]


def write_cost_tables(d: Path, costs: list[tuple[object, ...]] = COSTS) -> None:
    """Write ``costs.csv`` and ``emissions.csv`` of the tiny dataset into ``d``."""
    _write(d / "costs.csv", ["key", "mode", "scope", "value", "unit", "price_year", "source"],
           [[k, m, sc, v, "", y, "test fixture"] for k, m, sc, v, y in costs])
    _write(d / "emissions.csv", ["mode", "value", "unit", "source"],
           [[m, v, u, "test fixture"] for m, v, u in EMISSIONS])


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def write_tiny_dataset(d: Path) -> Path:
    """Write the tiny test dataset into folder ``d`` and return it."""
    d.mkdir(parents=True, exist_ok=True)
    _write(
        d / "nodes.csv",
        [
            "id",
            "name",
            "country",
            "kind",
            "lat",
            "lon",
            "aliases",
            "capital",
            "iata",
            "coord_source",
            "notes",
        ],
        [[*n, "test fixture", ""] for n in NODES],
    )
    _write(
        d / "border_crossings.csv",
        [
            "node_id",
            "country_a",
            "country_b",
            "road",
            "rail",
            "status",
            "dwell_road_h",
            "dwell_rail_h",
            "dwell_source",
            "notes",
        ],
        [[*c, "test fixture", ""] for c in CROSSINGS],
    )
    seg_rows = []
    for sid, mode, a, b, via, status, cls, terrain, length in SEGMENTS:
        seg_rows.append(
            [
                sid,
                mode,
                a,
                b,
                via,
                f"{a}-{b}",
                sid.upper(),
                status,
                cls if mode == "road" else "",
                cls if mode == "rail" else "",
                terrain,
                length,
                "test fixture" if length else "",
                "",
                "test fixture",
                "",
            ]
        )
    _write(
        d / "segments.csv",
        [
            "id",
            "mode",
            "from",
            "to",
            "via",
            "name",
            "ref",
            "status",
            "road_class",
            "gauge_mm",
            "terrain",
            "length_km",
            "length_source",
            "circuity",
            "source",
            "notes",
        ],
        seg_rows,
    )
    _write(
        d / "air_links.csv",
        [
            "from_iata",
            "to_iata",
            "status",
            "carrier",
            "since",
            "until",
            "frequency",
            "source",
            "notes",
        ],
        [[a, b, s, c, "", "", "", "test fixture", ""] for a, b, s, c in AIR],
    )
    _write(
        d / "speeds.csv",
        ["mode", "class", "terrain", "speed_kmh", "source"],
        [[*s, "test fixture"] for s in SPEEDS],
    )
    _write(
        d / "gateways.csv",
        ["country", "mode", "node", "rank", "why"],
        [[c, m, n, r, "test"] for c, m, n, r in GATEWAYS],
    )
    _write(
        d / "parameters.csv",
        ["key", "value", "unit", "source"],
        [[k, v, "", "test fixture"] for k, v in PARAMS.items()],
    )
    write_cost_tables(d)
    return d


@pytest.fixture(autouse=True)
def _isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test session uses its own cache folder, never the user's."""
    monkeypatch.setenv("CORRIDORS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_dataset(tmp_path_factory.mktemp("tiny") / "data")


@pytest.fixture(scope="session")
def tiny_net(tiny_dir: Path):  # type: ignore[no-untyped-def]
    from corridors.dataset._load import load_dataset
    from corridors.network._graph import build_network

    return build_network(load_dataset(tiny_dir))
