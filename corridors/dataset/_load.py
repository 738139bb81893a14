"""The corridor dataset: nodes, border crossings, road and rail segments, air links, speeds.

The bundled dataset lives in the repository's ``data/`` folder as plain CSV files (their
schema and provenance are in ``data/README.md``).  :func:`load_dataset` reads and validates
them; a malformed file raises :class:`~corridors.errors.DataError` naming the file and row.

Lengths: a segment carries either a published length (``length_km`` with its source) or
none, in which case its length is estimated as the geodesic length through its nodes times
a circuity factor (the segment's own, else ``circuity_<mode>_<terrain>`` from
``parameters.csv``) and flagged ``length_estimated``.  A segment passing intermediate
(``via``) nodes is split there; a published total is apportioned to the pieces in proportion
to their geodesic lengths.
"""

from __future__ import annotations

import csv
import itertools
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from corridors import settings
from corridors.errors import DataError

__all__ = [
    "DATA_FILES",
    "GAUGES",
    "MODES",
    "SEGMENT_STATUSES",
    "AirLink",
    "Airport",
    "BorderCrossing",
    "Dataset",
    "Hub",
    "Node",
    "Param",
    "Piece",
    "Segment",
    "default_data_dir",
    "geodesic_km",
    "load_dataset",
    "nodes_by_distance",
    "read_rows",
]

MODES = ("road", "rail")
SEGMENT_STATUSES = ("existing", "under_construction", "planned", "proposed")
AIR_STATUSES = ("existing", "suspended", "historical", "proposed")
ROAD_CLASSES = ("motorway", "highway", "road")
TERRAINS = ("flat", "hilly", "mountain")
GAUGES = (1676, 1520, 1435)
NODE_KINDS = ("city", "border_crossing", "port", "station")
CROSSING_STATUSES = ("open", "closed", "restricted")

#: The files a dataset folder holds.
DATA_FILES = (
    "nodes.csv",
    "border_crossings.csv",
    "segments.csv",
    "air_links.csv",
    "hubs.csv",
    "speeds.csv",
    "parameters.csv",
    "ports.csv",
    "alternate_names.csv",
    "costs.csv",
    "emissions.csv",
)

_EARTH_R_KM = 6371.0088  # IUGG mean radius; used only for quick estimates, not reported


def default_data_dir() -> Path:
    """The dataset folder: ``$CORRIDORS_DATA_DIR``, else the one packaged with corridors."""
    return settings.data_dir()


def nodes_by_distance(
    nodes: Iterable[Node],
    lat: float,
    lon: float,
    kinds: Iterable[str] = ("city", "border_crossing", "port", "station"),
) -> list[tuple[float, str]]:
    """Nodes of the given kinds sorted by great-circle distance (km, spherical) from a point."""
    out = []
    wanted = set(kinds)
    p1 = math.radians(lat)
    for n in nodes:
        if n.kind not in wanted:
            continue
        p2 = math.radians(n.lat)
        dl = math.radians(n.lon - lon)
        c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
        out.append((_EARTH_R_KM * math.acos(max(-1.0, min(1.0, c))), n.id))
    out.sort()
    return out


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on the WGS84 ellipsoid (pyproj.Geod), in km."""
    from pyproj import Geod

    _, _, metres = Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)
    return float(metres) / 1000.0


@dataclass(frozen=True, slots=True)
class Node:
    """A network node: a city, border crossing, port or station."""

    id: str
    name: str
    country: str
    kind: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    capital: bool = False
    iata: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class BorderCrossing:
    """A border crossing node's countries, modes and dwell times (hours, None = default)."""

    node_id: str
    countries: tuple[str, str]
    road: bool
    rail: bool
    status: str
    dwell_road_h: float | None
    dwell_rail_h: float | None
    dwell_source: str = ""
    notes: str = ""
    #: USD per TEU to cross (both sides), set by a scenario; None: the cost tables decide.
    cost_usd: float | None = None


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of a segment between two consecutive nodes, as routed."""

    from_id: str
    to_id: str
    length_km: float
    coords: tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Segment:
    """A road or rail segment from ``from_id`` through ``via`` to ``to_id``."""

    id: str
    mode: str
    from_id: str
    to_id: str
    via: tuple[str, ...]
    name: str
    ref: str
    status: str
    road_class: str | None
    gauge_mm: int | None
    terrain: str
    length_km: float
    length_estimated: bool
    length_source: str
    circuity: float | None
    source: str
    notes: str
    pieces: tuple[Piece, ...] = ()

    @property
    def node_ids(self) -> tuple[str, ...]:
        return (self.from_id, *self.via, self.to_id)

    @property
    def coords(self) -> tuple[tuple[float, float], ...]:
        """Display geometry as (lon, lat) pairs through every node of the segment."""
        out: list[tuple[float, float]] = []
        for p in self.pieces:
            out.extend(p.coords if not out else p.coords[1:])
        return tuple(out)


@dataclass(frozen=True, slots=True)
class AirLink:
    """A known or proposed air service between two airports."""

    from_iata: str
    to_iata: str
    status: str
    carrier: str
    since: str
    until: str
    frequency: str
    source: str
    notes: str = ""
    #: Date of the cited report (ISO, partial allowed; blank when the source shows none).
    source_date: str = ""


@dataclass(frozen=True, slots=True)
class Airport:
    """An airport: one serving a network city, or a connecting hub with no city node.

    Position from the airportsdata package.  A hub outside the corridor region
    (``hubs.csv`` ``in_region`` 0, e.g. Dubai) has ``city_id`` ``""`` and ``in_region``
    False: flights connect there, but no route starts or ends there.
    """

    iata: str
    icao: str
    name: str
    city_id: str
    country: str
    lat: float
    lon: float
    in_region: bool = True


@dataclass(frozen=True, slots=True)
class Hub:
    """A connecting airport (``hubs.csv``) with its minimum connection time."""

    iata: str
    name: str
    country: str
    in_region: bool
    mct_min: float
    source: str


@dataclass(frozen=True, slots=True)
class Param:
    """A model parameter with its unit and source."""

    key: str
    value: float
    unit: str
    source: str


@dataclass
class Dataset:
    """The whole corridor dataset, validated."""

    nodes: dict[str, Node]
    crossings: dict[str, BorderCrossing]
    segments: list[Segment]
    air_links: list[AirLink]
    airports: dict[str, Airport]
    speeds: dict[tuple[str, str, str], tuple[float, str]]
    params: dict[str, Param]
    path: Path
    warnings: list[str] = field(default_factory=list)
    #: Seaport node id -> the sea it lies on (``ports.csv``); ports on one sea are joined by
    #: shipping.
    ports: dict[str, str] = field(default_factory=dict)
    #: Seaport node id -> (lat, lon) of the sea gate its sailings pass (e.g. off a strait), so
    #: that a passage stays at sea.
    port_gates: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: IATA -> connecting hub (``hubs.csv``): minimum connection time, in or outside the region.
    hubs: dict[str, Hub] = field(default_factory=dict)

    def param(self, key: str) -> float:
        """A parameter's value; a missing one is a :class:`DataError`."""
        try:
            return self.params[key].value
        except KeyError:
            raise DataError(
                f"{self.path / 'parameters.csv'} has no row for {key!r}; add it with a source."
            ) from None

    def speed_kmh(self, mode: str, cls: str | None, terrain: str) -> float:
        """Speed for a mode, class (road class or gauge) and terrain, with fallbacks."""
        for key in (
            (mode, cls or "any", terrain),
            (mode, "any", terrain),
            (mode, cls or "any", "flat"),
            (mode, "any", "flat"),
        ):
            if key in self.speeds:
                return self.speeds[key][0]
        raise DataError(
            f"{self.path / 'speeds.csv'} has no speed for mode={mode}, class={cls}, "
            f"terrain={terrain}; add a row with a source."
        )

    def countries(self) -> set[str]:
        return {n.country for n in self.nodes.values()}


# ----------------------------------------------------------------------------- reading


def read_rows(path: Path, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` of a dataset CSV file, values stripped and blank rows skipped; a
    missing file or column, undecodable bytes or malformed CSV raise :class:`DataError`."""
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise DataError(f"Data file {path} is missing.") from None
    with fh:
        try:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                raise DataError(f"{path}: missing column(s) {', '.join(missing)}.")
            for row in reader:
                if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                    continue
                if None in row:
                    raise DataError(f"{path}, line {reader.line_num}: more fields than columns.")
                yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}
        except UnicodeDecodeError:
            raise DataError(f"{path} is not a UTF-8 CSV file.") from None
        except csv.Error as exc:
            raise DataError(f"{path}: malformed CSV ({exc}).") from None


def _float(
    path: Path,
    line: int,
    col: str,
    value: str,
    *,
    optional: bool = False,
    lo: float = -math.inf,
    hi: float = math.inf,
) -> float | None:
    if value == "":
        if optional:
            return None
        raise DataError(f"{path}, line {line}: column {col!r} is empty.")
    try:
        x = float(value)
    except ValueError:
        raise DataError(
            f"{path}, line {line}: column {col!r} is not a number: {value!r}."
        ) from None
    if not (lo <= x <= hi) or math.isnan(x):
        raise DataError(f"{path}, line {line}: column {col!r} = {x} is out of range [{lo}, {hi}].")
    return x


def _choice(path: Path, line: int, col: str, value: str, allowed: tuple[Any, ...]) -> str:
    if value not in {str(a) for a in allowed}:
        raise DataError(
            f"{path}, line {line}: column {col!r} = {value!r} is not one of "
            f"{', '.join(str(a) for a in allowed)}."
        )
    return value


def _bool(path: Path, line: int, col: str, value: str) -> bool:
    v = value.lower()
    if v in ("1", "true", "yes", "y"):
        return True
    if v in ("0", "false", "no", "n", ""):
        return False
    raise DataError(f"{path}, line {line}: column {col!r} = {value!r} is not 0 or 1.")


def _split(value: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in value.split("|") if s.strip())


def _with_alternate_names(nodes: dict[str, Node], d: Path) -> dict[str, Node]:
    """Nodes with the native-script names of ``alternate_names.csv`` (optional) as aliases."""
    path = d / "alternate_names.csv"
    if not path.exists():
        return nodes
    extra: dict[str, list[str]] = {}
    for line, r in read_rows(path, ("node_id", "name")):
        if r["node_id"] not in nodes:
            raise DataError(f"{path}, line {line}: node {r['node_id']!r} is not in nodes.csv.")
        extra.setdefault(r["node_id"], []).append(r["name"].strip())
    return {nid: replace(n, aliases=(*n.aliases, *extra[nid])) if nid in extra else n
            for nid, n in nodes.items()}


def _read_nodes(d: Path) -> dict[str, Node]:
    path = d / "nodes.csv"
    nodes: dict[str, Node] = {}
    for line, r in read_rows(path, ("id", "name", "country", "kind", "lat", "lon")):
        nid = r["id"]
        if not nid:
            raise DataError(f"{path}, line {line}: empty id.")
        if nid in nodes:
            raise DataError(f"{path}, line {line}: duplicate id {nid!r}.")
        if not r["name"]:
            raise DataError(f"{path}, line {line}: empty name for {nid!r}.")
        country = r["country"].upper()
        if len(country) != 2 or not country.isalpha():
            raise DataError(
                f"{path}, line {line}: country {r['country']!r} is not ISO 3166-1 alpha-2."
            )
        lat = _float(path, line, "lat", r["lat"], lo=-90, hi=90)
        lon = _float(path, line, "lon", r["lon"], lo=-180, hi=180)
        assert lat is not None and lon is not None
        nodes[nid] = Node(
            id=nid,
            name=r["name"],
            country=country,
            kind=_choice(path, line, "kind", r["kind"], NODE_KINDS),
            lat=lat,
            lon=lon,
            aliases=_split(r.get("aliases", "")),
            capital=_bool(path, line, "capital", r.get("capital", "")),
            iata=tuple(c.upper() for c in _split(r.get("iata", ""))),
            source=r.get("coord_source", ""),
        )
    if not nodes:
        raise DataError(f"{path} has no nodes.")
    return nodes


def _read_crossings(d: Path, nodes: dict[str, Node]) -> dict[str, BorderCrossing]:
    path = d / "border_crossings.csv"
    out: dict[str, BorderCrossing] = {}
    for line, r in read_rows(path, ("node_id", "country_a", "country_b")):
        nid = r["node_id"]
        node = nodes.get(nid)
        if node is None:
            raise DataError(f"{path}, line {line}: node_id {nid!r} is not in nodes.csv.")
        if node.kind != "border_crossing":
            raise DataError(
                f"{path}, line {line}: node {nid!r} is a {node.kind}, not a border_crossing."
            )
        a, b = r["country_a"].upper(), r["country_b"].upper()
        if a == b or len(a) != 2 or len(b) != 2:
            raise DataError(
                f"{path}, line {line}: a crossing joins two different countries ({a}, {b})."
            )
        status = r.get("status") or "open"
        out[nid] = BorderCrossing(
            node_id=nid,
            countries=(a, b),
            road=_bool(path, line, "road", r.get("road", "1")),
            rail=_bool(path, line, "rail", r.get("rail", "0")),
            status=_choice(path, line, "status", status, CROSSING_STATUSES),
            dwell_road_h=_float(
                path,
                line,
                "dwell_road_h",
                r.get("dwell_road_h", ""),
                optional=True,
                lo=0,
                hi=24 * 30,
            ),
            dwell_rail_h=_float(
                path,
                line,
                "dwell_rail_h",
                r.get("dwell_rail_h", ""),
                optional=True,
                lo=0,
                hi=24 * 30,
            ),
            dwell_source=r.get("dwell_source", ""),
            notes=r.get("notes", ""),
        )
    for nid, node in nodes.items():
        if node.kind == "border_crossing" and nid not in out:
            raise DataError(f"{path}: border crossing node {nid!r} has no row.")
    return out


def _read_params(d: Path) -> dict[str, Param]:
    path = d / "parameters.csv"
    out: dict[str, Param] = {}
    for line, r in read_rows(path, ("key", "value", "unit", "source")):
        value = _float(path, line, "value", r["value"])
        assert value is not None
        if not r["source"]:
            raise DataError(f"{path}, line {line}: parameter {r['key']!r} has no source.")
        out[r["key"]] = Param(r["key"], value, r["unit"], r["source"])
    return out


def _read_speeds(d: Path) -> dict[tuple[str, str, str], tuple[float, str]]:
    path = d / "speeds.csv"
    out: dict[tuple[str, str, str], tuple[float, str]] = {}
    for line, r in read_rows(path, ("mode", "class", "terrain", "speed_kmh", "source")):
        mode = _choice(path, line, "mode", r["mode"], ("road", "rail", "air", "sea"))
        kmh = _float(path, line, "speed_kmh", r["speed_kmh"], lo=1, hi=1000)
        assert kmh is not None
        if not r["source"]:
            raise DataError(f"{path}, line {line}: speed has no source.")
        terrain = _choice(path, line, "terrain", r["terrain"] or "flat", (*TERRAINS, "any"))
        key = (mode, r["class"] or "any", terrain)
        if terrain == "any":
            for t in TERRAINS:
                out.setdefault((mode, key[1], t), (kmh, r["source"]))
        else:
            out[key] = (kmh, r["source"])
    return out


def _polyline_km(points: list[tuple[float, float]]) -> list[float]:
    """Geodesic length of each step of a (lat, lon) polyline, in km."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    out = []
    for (la1, lo1), (la2, lo2) in itertools.pairwise(points):
        _, _, m = geod.inv(lo1, la1, lo2, la2)
        out.append(float(m) / 1000.0)
    return out


def _read_segments(d: Path, nodes: dict[str, Node], params: dict[str, Param]) -> list[Segment]:
    path = d / "segments.csv"
    out: list[Segment] = []
    seen: set[str] = set()
    required = ("id", "mode", "from", "to", "status", "terrain", "length_km", "source")
    for line, r in read_rows(path, required):
        sid = r["id"]
        if not sid or sid in seen:
            raise DataError(f"{path}, line {line}: empty or duplicate id {sid!r}.")
        seen.add(sid)
        mode = _choice(path, line, "mode", r["mode"], MODES)
        via = _split(r.get("via", ""))
        ids = (r["from"], *via, r["to"])
        for nid in ids:
            if nid not in nodes:
                raise DataError(f"{path}, line {line}: segment {sid!r} names unknown node {nid!r}.")
        if len(set(ids)) != len(ids):
            raise DataError(f"{path}, line {line}: segment {sid!r} visits a node twice.")
        status = _choice(path, line, "status", r["status"], SEGMENT_STATUSES)
        terrain = _choice(path, line, "terrain", r["terrain"] or "flat", TERRAINS)
        road_class: str | None = None
        gauge: int | None = None
        if mode == "road":
            road_class = _choice(
                path, line, "road_class", r.get("road_class") or "highway", ROAD_CLASSES
            )
        else:
            gauge = int(_choice(path, line, "gauge_mm", r.get("gauge_mm", ""), GAUGES))
        if not r["source"]:
            raise DataError(f"{path}, line {line}: segment {sid!r} has no source.")
        pts = [(nodes[n].lat, nodes[n].lon) for n in ids]
        steps = _polyline_km(pts)
        geo_total = sum(steps)
        circuity = _float(path, line, "circuity", r.get("circuity", ""), optional=True, lo=1, hi=5)
        published = _float(
            path, line, "length_km", r["length_km"], optional=True, lo=0.01, hi=20000
        )
        if published is not None:
            if not r.get("length_source"):
                raise DataError(
                    f"{path}, line {line}: segment {sid!r} has a length but no length_source."
                )
            length, estimated, lsource = published, False, r["length_source"]
        else:
            key = f"circuity_{mode}_{terrain}"
            if circuity is None:
                if key not in params:
                    raise DataError(
                        f"{d / 'parameters.csv'} has no {key!r}, needed by segment {sid!r}."
                    )
                circuity = params[key].value
                method = f"geodesic length through its nodes x circuity {circuity:g} ({key})"
            else:
                method = (
                    f"geodesic length through its nodes x circuity {circuity:g} (segment's own)"
                )
            length, estimated, lsource = geo_total * circuity, True, f"estimate: {method}"
        pieces = []
        for i, step in enumerate(steps):
            share = step / geo_total if geo_total > 0 else 1.0 / len(steps)
            a, b = nodes[ids[i]], nodes[ids[i + 1]]
            pieces.append(Piece(a.id, b.id, length * share, ((a.lon, a.lat), (b.lon, b.lat))))
        out.append(
            Segment(
                id=sid,
                mode=mode,
                from_id=r["from"],
                to_id=r["to"],
                via=via,
                name=r.get("name", ""),
                ref=r.get("ref", ""),
                status=status,
                road_class=road_class,
                gauge_mm=gauge,
                terrain=terrain,
                length_km=length,
                length_estimated=estimated,
                length_source=lsource,
                circuity=circuity,
                source=r["source"],
                notes=r.get("notes", ""),
                pieces=tuple(pieces),
            )
        )
    return out


def _read_air_links(d: Path) -> list[AirLink]:
    path = d / "air_links.csv"
    if not path.exists():
        return []
    out = []
    for line, r in read_rows(path, ("from_iata", "to_iata", "status", "source")):
        if not r["source"]:
            raise DataError(f"{path}, line {line}: air link has no source.")
        out.append(
            AirLink(
                from_iata=r["from_iata"].upper(),
                to_iata=r["to_iata"].upper(),
                status=_choice(path, line, "status", r["status"], AIR_STATUSES),
                carrier=r.get("carrier", ""),
                since=r.get("since", ""),
                until=r.get("until", ""),
                frequency=r.get("frequency", ""),
                source=r["source"],
                notes=r.get("notes", ""),
                source_date=r.get("source_date", ""),
            )
        )
    return out


def _read_hubs(d: Path) -> dict[str, Hub]:
    """``hubs.csv`` (optional): connecting airports and their minimum connection times."""
    path = d / "hubs.csv"
    if not path.exists():
        return {}
    out: dict[str, Hub] = {}
    for line, r in read_rows(path, ("iata", "name", "country", "in_region", "mct_min", "source")):
        code = r["iata"].upper()
        if not code or code in out:
            raise DataError(f"{path}, line {line}: empty or duplicate iata {code!r}.")
        mct = _float(path, line, "mct_min", r["mct_min"], lo=0, hi=24 * 60)
        assert mct is not None
        if not r["source"]:
            raise DataError(f"{path}, line {line}: hub {code!r} has no source.")
        out[code] = Hub(code, r["name"], r["country"].upper(),
                        _bool(path, line, "in_region", r["in_region"]), mct, r["source"])
    return out


def _airports(nodes: dict[str, Node], path: Path,
              hubs: dict[str, Hub] | None = None) -> dict[str, Airport]:
    """Airports of the nodes' ``iata`` codes, then the hubs that serve no node."""
    import airportsdata

    db = airportsdata.load("IATA")
    out: dict[str, Airport] = {}
    for node in nodes.values():
        for code in node.iata:
            rec = db.get(code)
            if rec is None:
                raise DataError(
                    f"{path}: IATA code {code!r} of {node.id!r} is not in airportsdata."
                )
            out.setdefault(
                code,
                Airport(
                    code,
                    rec["icao"],
                    rec["name"],
                    node.id,
                    rec["country"],
                    float(rec["lat"]),
                    float(rec["lon"]),
                ),
            )
    hubs_path = path.parent / "hubs.csv"
    for hub in (hubs or {}).values():
        rec = db.get(hub.iata)
        if rec is None:
            raise DataError(f"{hubs_path}: IATA code {hub.iata!r} is not in airportsdata.")
        if rec["country"] != hub.country:
            raise DataError(f"{hubs_path}: {hub.iata} is in {rec['country']}, "
                            f"not {hub.country}.")
        if hub.iata in out:
            continue
        if hub.in_region:
            raise DataError(f"{hubs_path}: hub {hub.iata} is in the region (in_region 1) but "
                            "serves no node; add its code to the node's iata in nodes.csv.")
        out[hub.iata] = Airport(hub.iata, rec["icao"], rec["name"], "", rec["country"],
                                float(rec["lat"]), float(rec["lon"]), in_region=False)
    return out


def load_dataset(path: str | os.PathLike[str] | None = None) -> Dataset:
    """Read and validate the corridor dataset in ``path`` (default: the bundled one).

    Examples
    --------
    >>> ds = load_dataset()
    >>> ds.nodes["lahore"].country
    'PK'
    """
    d = Path(path) if path is not None else default_data_dir()
    if not d.is_dir():
        raise DataError(f"Dataset folder {d} does not exist.")
    nodes = _with_alternate_names(_read_nodes(d), d)
    crossings = _read_crossings(d, nodes)
    params = _read_params(d)
    speeds = _read_speeds(d)
    segments = _read_segments(d, nodes, params)
    air_links = _read_air_links(d)
    hubs = _read_hubs(d)
    airports = _airports(nodes, d / "nodes.csv", hubs)
    for link in air_links:
        for code in (link.from_iata, link.to_iata):
            if code not in airports:
                raise DataError(
                    f"{d / 'air_links.csv'}: airport {code!r} serves no node in nodes.csv "
                    "and is not a hub in hubs.csv."
                )
    ports, gates = _read_ports(d, nodes)
    return Dataset(nodes, crossings, segments, air_links, airports, speeds, params, d,
                   ports=ports, port_gates=gates, hubs=hubs)


def _read_ports(d: Path, nodes: dict[str, Node],
                ) -> tuple[dict[str, str], dict[str, tuple[float, float]]]:
    """``ports.csv`` (optional): seaport node id -> sea, and the ports' sea gates."""
    path = d / "ports.csv"
    if not path.exists():
        return {}, {}
    ports: dict[str, str] = {}
    gates: dict[str, tuple[float, float]] = {}
    for line, r in read_rows(path, ("node_id", "sea", "source")):
        node = nodes.get(r["node_id"])
        if node is None or node.kind != "port":
            raise DataError(f"{path}, line {line}: {r['node_id']!r} is not a port node.")
        if not r["sea"] or not r["source"]:
            raise DataError(f"{path}, line {line}: a port needs its sea and a source.")
        ports[node.id] = r["sea"]
        lat = _float(path, line, "gate_lat", r.get("gate_lat", ""), optional=True, lo=-90, hi=90)
        lon = _float(path, line, "gate_lon", r.get("gate_lon", ""), optional=True, lo=-180,
                     hi=180)
        if (lat is None) != (lon is None):
            raise DataError(f"{path}, line {line}: give both gate_lat and gate_lon, or neither.")
        if lat is not None and lon is not None:
            if not r.get("gate_source"):
                raise DataError(f"{path}, line {line}: a sea gate needs a gate_source.")
            gates[node.id] = (lat, lon)
    return ports, gates
