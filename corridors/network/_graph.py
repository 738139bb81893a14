"""The corridor network: the dataset turned into a routable graph.

One directed graph holds every mode.  Its states are

* ``("road", node_id)`` — a node on the road network;
* ``("rail", node_id, gauge_mm)`` — a node on a rail line of that gauge; a node where two
  gauges meet has a state per gauge, joined by *gauge-break* edges that cost the
  transshipment time (``gauge_break_h``);
* ``("air", IATA)`` — an airport, ready to depart; ``("air_arr", IATA)`` — arrived there.
  A flight joins a departure state to an arrival state; changing planes (arrival →
  departure at the same airport) costs the airport's minimum connection time from
  ``hubs.csv``, else ``air_connection_h``; reaching or leaving the airport costs
  ``airport_access_h`` (city road node ↔ airport).  An air route therefore starts and ends
  at its cities, door to door.  A hub outside the corridor region (Dubai, Istanbul...) has
  airport states but no city: routes connect there and never start or end there.

Edges are road or rail pieces (each segment split at its nodes, both directions), flights
(geodesic distance, block time = ``air_taxi_h`` + distance / ``air_cruise_kmh``) and
transfers (road↔rail at a city, ``transfer_h``; city↔airport, ``airport_access_h``).  An
edge entering a border-crossing state carries that crossing's dwell time for its mode.
Travel time is always derived from ``speeds.csv`` and ``parameters.csv``, never typed per
segment.

The built network is cached on disk (see :mod:`corridors._cache`), so a route query in a new
process only reads it back (JSON data, see :func:`network_to_cache`); this module
imports neither networkx nor pyproj at import time.
"""

from __future__ import annotations

import itertools
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corridors.dataset._load import (
    DATA_FILES,
    Dataset,
    Segment,
    default_data_dir,
    geodesic_km,
    load_dataset,
    nodes_by_distance,
)
from corridors.network.costs import price_edges

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

#: The state tags of airports (departure side, arrival side).
AIR_STATES = ("air", "air_arr")

__all__ = ["CorridorNetwork", "Edge", "State", "build_network", "load_network", "normalize_name"]

State = tuple[Any, ...]

#: Statuses allowed in each scenario.  ``hypothetical`` marks a direct flight that no source
#: reports, offered between any two network airports within ``air_max_range_km``.
SCENARIO_STATUSES: dict[str, frozenset[str]] = {
    "existing": frozenset({"existing"}),
    "proposed": frozenset(
        {"existing", "under_construction", "planned", "proposed", "hypothetical"}
    ),
}


def normalize_name(text: str) -> str:
    """Fold a place name for lookup: no accents, lower case, hyphens and quotes as spaces."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    for ch in "-_'’‘`.,()/":
        s = s.replace(ch, " ")
    return " ".join(s.split())


@dataclass(frozen=True, slots=True)
class Edge:
    """A directed edge of the network graph (one direction of a piece, flight or transfer)."""

    u: int
    v: int
    kind: str  # piece | flight | transfer | gauge_break
    mode: str  # road | rail | air | transfer
    status: str
    length_km: float
    moving_h: float
    border_h: float = 0.0
    transship_h: float = 0.0
    crossing: str | None = None
    seg_id: str | None = None
    piece_key: tuple[str, ...] | None = None  # undirected identity for overlap tests
    name: str = ""
    ref: str = ""
    source: str = ""
    estimated: bool = False
    gauge_mm: int | None = None
    coords: tuple[tuple[float, float], ...] = ()
    usd: float = 0.0  # cost per TEU (network.costs.price_edges)
    gen_usd: float = 0.0  # usd + mean time x value of time

    def cost(self, optimize: str) -> float:
        if optimize == "distance":
            # transfers and gauge breaks cost no distance; a tiny epsilon avoids zero loops
            return self.length_km + 1e-6
        if optimize == "cost":
            return self.usd + 1e-6
        if optimize == "generalized":
            return self.gen_usd + 1e-6
        return self.moving_h + self.border_h + self.transship_h


@dataclass
class CorridorNetwork:
    """The routable corridor network built from a :class:`~corridors.dataset.Dataset`."""

    dataset: Dataset
    states: list[State] = field(default_factory=list)
    index: dict[State, int] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    out_edges: list[list[int]] = field(default_factory=list)
    in_edges: list[list[int]] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    country_display: dict[str, str] = field(default_factory=dict)
    #: Node id -> the seaports it is served by (a port serves itself; a city, the ports of
    #: its country within :data:`PORT_CITY_KM`).
    ports_of: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # ------------------------------------------------------------------ construction
    def _state(self, key: State) -> int:
        i = self.index.get(key)
        if i is None:
            i = len(self.states)
            self.states.append(key)
            self.index[key] = i
            self.out_edges.append([])
            self.in_edges.append([])
        return i

    def _add(self, edge: Edge) -> None:
        k = len(self.edges)
        self.edges.append(edge)
        self.out_edges[edge.u].append(k)
        self.in_edges[edge.v].append(k)

    # ------------------------------------------------------------------ lookups
    def node_of(self, state: int) -> str | None:
        """The dataset node id of a road/rail state, the city id of an airport state."""
        key = self.states[state]
        if key[0] in AIR_STATES:
            ap = self.dataset.airports.get(key[1])
            return ap.city_id or None if ap else None
        return str(key[1])

    def country_of(self, state: int) -> str | None:
        key = self.states[state]
        if key[0] in AIR_STATES:
            ap = self.dataset.airports.get(key[1])
            return ap.country if ap else None
        return self.dataset.nodes[key[1]].country

    def states_for(self, node_id: str, mode: str) -> list[int]:
        """The states at which a route of ``mode`` may start or end at ``node_id``.

        Air routes start and end at the city's road node (door to door), and only where the
        city has an airport.
        """
        out: list[int] = []
        if mode == "air":
            node = self.dataset.nodes.get(node_id)
            if node is not None and any(("air", c) in self.index for c in node.iata):
                i = self.index.get(("road", node_id))
                if i is not None:
                    out.append(i)
            return out
        if mode in ("road", "multimodal"):
            i = self.index.get(("road", node_id))
            if i is not None:
                out.append(i)
        if mode in ("rail", "multimodal"):
            out.extend(
                i
                for g in (1676, 1520, 1435)
                if (i := self.index.get(("rail", node_id, g))) is not None
            )
        if mode == "sea":
            out.extend(i for p in self.ports_of.get(node_id, ())
                       if (i := self.index.get(("sea", p))) is not None)
        return out

    def graph(self, mode: str = "road", scenario: str = "proposed") -> nx.MultiDiGraph:
        """A networkx view of one mode (or ``multimodal``) in one scenario, for analysis.

        Nodes are dataset node ids (airport IATA codes for air, ``(id, gauge)`` for rail);
        edges carry ``length_km``, ``time_h``, ``status``, ``segment`` and ``name``.
        """
        import networkx as nx

        allowed = SCENARIO_STATUSES[scenario]
        g = nx.MultiDiGraph(mode=mode, scenario=scenario)
        for e in self.edges:
            if e.status not in allowed:
                continue
            if mode not in ("multimodal", e.mode) and not (
                mode == "rail" and e.kind == "gauge_break"
            ):
                continue
            u, v = self.states[e.u], self.states[e.v]
            if mode != "multimodal":
                u = u[1] if len(u) == 2 else u[1:]
                v = v[1] if len(v) == 2 else v[1:]
            g.add_edge(
                u,
                v,
                length_km=e.length_km,
                time_h=e.moving_h + e.border_h + e.transship_h,
                status=e.status,
                segment=e.seg_id,
                name=e.name,
                kind=e.kind,
            )
        for key in list(g.nodes):
            nid = key if isinstance(key, str) else key[0] if isinstance(key, tuple) else None
            if isinstance(nid, str) and nid in self.dataset.nodes:
                n = self.dataset.nodes[nid]
                g.nodes[key].update(name=n.name, country=n.country, x=n.lon, y=n.lat)
            elif isinstance(nid, str) and nid in self.dataset.airports:
                a = self.dataset.airports[nid]
                g.nodes[key].update(name=a.name, country=a.country, x=a.lon, y=a.lat)
        return g


def _crossing_dwell(ds: Dataset, node_id: str, mode: str) -> tuple[float, str | None]:
    """Dwell hours at a border crossing for a mode, and the crossing's id.

    A crossing's own published figure wins.  Otherwise, where ``parameters.csv`` gives the
    national average border-crossing time of either country (``dwell_<mode>_h_<CC>``, one
    side each), the crossing costs the sum of its two sides, an unknown side counting half of
    ``default_dwell_<mode>_h``; with neither side known it costs the default.
    """
    bc = ds.crossings.get(node_id)
    if bc is None:
        return 0.0, None
    own = bc.dwell_road_h if mode == "road" else bc.dwell_rail_h
    if own is not None:
        return own, node_id
    default = ds.param(f"default_dwell_{mode}_h")
    sides = [ds.params.get(f"dwell_{mode}_h_{c}") for c in bc.countries]
    if all(s is None for s in sides):
        return default, node_id
    return sum(s.value if s is not None else default / 2 for s in sides), node_id


def _segment_speed(ds: Dataset, seg: Segment, cls: str | None) -> float:
    """A segment's speed: its own (a scenario's edit, the speed table's class
    ``segment:<id>``), else the speed table's for its class and terrain."""
    own = ds.speeds.get((seg.mode, f"segment:{seg.id}", seg.terrain))
    return own[0] if own else ds.speed_kmh(seg.mode, cls, seg.terrain)


def _arc(
    geod: Any, lon1: float, lat1: float, lon2: float, lat2: float, km: float
) -> tuple[tuple[float, float], ...]:
    """Points along the geodesic, about one per 100 km, for drawing air legs."""
    n = max(0, min(48, int(km // 100)))
    mid = geod.npts(lon1, lat1, lon2, lat2, n) if n else []
    return ((lon1, lat1), *((float(x), float(y)) for x, y in mid), (lon2, lat2))


def _transfer(net: CorridorNetwork, u: int, v: int, kind: str, hours: float, name: str,
              coords: tuple[tuple[float, float], ...], source: str = "") -> None:
    """Add a transfer edge (no distance; ``hours`` of waiting counted as transshipment)."""
    net._add(Edge(u=u, v=v, kind=kind, mode="transfer", status="existing", length_km=0.0,
                  moving_h=0.0, transship_h=hours, name=name, source=source, coords=coords))


def build_network(dataset: Dataset) -> CorridorNetwork:
    """Build the routable network from a dataset (no caching; see :func:`load_network`).

    The steps: road and rail pieces, breaks of gauge, road-rail transfers, airports (access,
    egress and connections), flights, sailings, and the name index.
    """
    from pyproj import Geod

    net = CorridorNetwork(dataset)
    _add_ground(net)
    gauges_at = _gauges_at(net)
    _add_gauge_breaks(net, gauges_at)
    _add_road_rail_transfers(net, gauges_at)
    _add_airports(net)
    _add_flights(net, Geod(ellps="WGS84"))
    _add_sea(net)
    _index_names(net)
    price_edges(net)
    return net


def _add_ground(net: CorridorNetwork) -> None:
    """Road and rail pieces, both directions; entering a crossing costs its dwell."""
    ds = net.dataset
    for seg in ds.segments:
        for piece in seg.pieces:
            if seg.mode == "road":
                ka: State = ("road", piece.from_id)
                kb: State = ("road", piece.to_id)
                cls: str | None = seg.road_class
            else:
                ka = ("rail", piece.from_id, seg.gauge_mm)
                kb = ("rail", piece.to_id, seg.gauge_mm)
                cls = str(seg.gauge_mm)
            speed = _segment_speed(ds, seg, cls)
            moving = piece.length_km / speed
            pkey = (seg.id, *sorted((piece.from_id, piece.to_id)))
            for a, b, coords in ((ka, kb, piece.coords), (kb, ka, piece.coords[::-1])):
                dwell, crossing = _crossing_dwell(ds, b[1], seg.mode)
                net._add(Edge(
                    u=net._state(a), v=net._state(b), kind="piece", mode=seg.mode,
                    status=seg.status, length_km=piece.length_km, moving_h=moving,
                    border_h=dwell, crossing=crossing, seg_id=seg.id, piece_key=pkey,
                    name=seg.name, ref=seg.ref, source=seg.source,
                    estimated=seg.length_estimated, gauge_mm=seg.gauge_mm, coords=coords,
                ))


def _gauges_at(net: CorridorNetwork) -> dict[str, set[int]]:
    """Node id -> the rail gauges present there."""
    gauges_at: dict[str, set[int]] = {}
    for key in net.states:
        if key[0] == "rail":
            gauges_at.setdefault(key[1], set()).add(key[2])
    return gauges_at


def _add_gauge_breaks(net: CorridorNetwork, gauges_at: dict[str, set[int]]) -> None:
    """Breaks of gauge: join every pair of gauges present at a node."""
    gb = net.dataset.param("gauge_break_h")
    for nid, gs in gauges_at.items():
        n = net.dataset.nodes[nid]
        for g1, g2 in itertools.permutations(sorted(gs), 2):
            _transfer(net, net.index[("rail", nid, g1)], net.index[("rail", nid, g2)],
                      "gauge_break", gb, f"break of gauge {g1}/{g2} mm at {n.name}",
                      ((n.lon, n.lat),))


def _add_road_rail_transfers(net: CorridorNetwork, gauges_at: dict[str, set[int]]) -> None:
    """Road <-> rail transfers at nodes on both networks."""
    tr = net.dataset.param("transfer_h")
    for nid, gs in gauges_at.items():
        road = net.index.get(("road", nid))
        if road is None:
            continue
        n = net.dataset.nodes[nid]
        for g in sorted(gs):
            rail = net.index[("rail", nid, g)]
            for sa, sb in ((road, rail), (rail, road)):
                _transfer(net, sa, sb, "transfer", tr, f"road-rail transfer at {n.name}",
                          ((n.lon, n.lat),))


def connection_h(ds: Dataset, iata: str) -> tuple[float, str]:
    """Hours to change planes at an airport, and the figure's source: the hub's minimum
    connection time (``hubs.csv``), else ``air_connection_h``."""
    hub = ds.hubs.get(iata)
    if hub is not None:
        return hub.mct_min / 60.0, f"minimum connection time {hub.mct_min:g} min: {hub.source}"
    return ds.param("air_connection_h"), "air_connection_h (parameters.csv)"


def hub_label(ds: Dataset, iata: str) -> str:
    """``"Dubai International (DXB)"``; ``", outside the corridor region"`` added for a hub
    outside it."""
    ap = ds.airports[iata]
    name = ds.hubs[iata].name if iata in ds.hubs else ap.name
    return f"{name} ({iata})" + ("" if ap.in_region else ", outside the corridor region")


def connection_notes(net: CorridorNetwork, path: Iterable[int]) -> list[str]:
    """``"connects at Dubai International (DXB), outside the corridor region"``, for each
    change of plane on a path of edge indices."""
    return [f"connects at {hub_label(net.dataset, str(net.states[e.u][1]))}"
            for k in path if (e := net.edges[k]).kind == "connection"]


def _add_airports(net: CorridorNetwork) -> None:
    """Airports: access from their city and egress to it (none for a hub outside the
    region), and a connection between flights costing the airport's connection time."""
    ds = net.dataset
    access = ds.param("airport_access_h")
    for ap in ds.airports.values():
        dep = net._state(("air", ap.iata))
        arr = net._state(("air_arr", ap.iata))
        hours, source = connection_h(ds, ap.iata)
        _transfer(net, arr, dep, "connection", hours, f"change of plane at "
                  f"{hub_label(ds, ap.iata)}", ((ap.lon, ap.lat),), source=source)
        if not ap.city_id:
            continue
        city = ds.nodes[ap.city_id]
        road = net._state(("road", city.id))
        coords = ((city.lon, city.lat), (ap.lon, ap.lat))
        _transfer(net, road, dep, "access", access, f"to {ap.iata} airport", coords)
        _transfer(net, arr, road, "egress", access, f"from {ap.iata} airport", coords[::-1])


def _known_flights(ds: Dataset) -> dict[frozenset[str], tuple[str, str, str]]:
    """Airport pair -> (scenario status, label, source) of its best-standing air link:
    existing before proposed before suspended; historical links are not flown."""
    known: dict[frozenset[str], tuple[str, str, str]] = {}
    rank = {"existing": 0, "proposed": 1, "suspended": 2, "historical": 3}
    for link in sorted(ds.air_links, key=lambda lk: rank[lk.status]):
        pair = frozenset((link.from_iata, link.to_iata))
        if pair in known or link.status == "historical":
            continue
        status = "existing" if link.status == "existing" else "proposed"
        label = f"{link.carrier} {link.from_iata}-{link.to_iata} ({link.status})".strip()
        dated = f" (reported {link.source_date})" if link.source_date else ""
        known[pair] = (status, label, link.source + dated)
    return known


def _add_flights(net: CorridorNetwork, geod: Any) -> None:
    """Flights: the known links, plus hypothetical direct flights between any two network
    cities' airports within ``air_max_range_km`` (never to a hub outside the region)."""
    ds = net.dataset
    taxi, cruise = ds.param("air_taxi_h"), ds.param("air_cruise_kmh")
    max_range = ds.param("air_max_range_km")
    known = _known_flights(ds)
    airports = sorted(ds.airports.values(), key=lambda a: a.iata)
    for a1, a2 in itertools.combinations(airports, 2):
        if a1.city_id and a1.city_id == a2.city_id:
            continue
        pair = frozenset((a1.iata, a2.iata))
        km = float(geod.inv(a1.lon, a1.lat, a2.lon, a2.lat)[2]) / 1000.0
        if pair in known:
            status, label, source = known[pair]
        elif km <= max_range and a1.city_id and a2.city_id:
            status = "hypothetical"
            label = f"hypothetical direct flight {a1.iata}-{a2.iata}"
            source = "hypothetical: any two network airports within air_max_range_km"
        else:
            continue
        arc = _arc(geod, a1.lon, a1.lat, a2.lon, a2.lat, km)
        for x, y, coords in ((a1, a2, arc), (a2, a1, arc[::-1])):
            net._add(Edge(
                u=net.index[("air", x.iata)], v=net.index[("air_arr", y.iata)],
                kind="flight", mode="air", status=status, length_km=km,
                moving_h=taxi + km / cruise, seg_id=f"air:{x.iata}-{y.iata}",
                piece_key=("air", *sorted((x.iata, y.iata))), name=label,
                ref=f"{x.iata}-{y.iata}", source=source, coords=coords,
            ))


#: A city is served by the seaports of its country within this distance (km).
PORT_CITY_KM = 40.0


def _add_sea(net: CorridorNetwork) -> None:
    """Sailings between the seaports of each sea, and port access from road and rail.

    Every two ports on the same sea are joined (status ``existing``: the sea is open; no
    scheduled service is implied).  Distance: geodesic x ``circuity_sea``; time: distance /
    ``sea_speed_kmh``, plus ``sea_port_h`` at loading and at discharge.
    """
    ds = net.dataset
    if not ds.ports:
        return
    circuity = ds.param("circuity_sea")
    speed = ds.param("sea_speed_kmh")
    port_h = ds.param("sea_port_h")
    source = ("estimate: geodesic port to port (through the ports' sea gates) x circuity_sea; "
              "speed and port time from parameters.csv; any two ports on one sea are joined "
              "by shipping")
    ports = sorted(ds.ports)
    for pid in ports:
        sea = net._state(("sea", pid))
        node = ds.nodes[pid]
        ground = [i for key, i in list(net.index.items())
                  if key[0] in ("road", "rail") and key[1] == pid]
        for g in ground:  # landside access: the port time is charged on the sailing
            for u, v in ((g, sea), (sea, g)):
                _transfer(net, u, v, "port", 0.0, f"port of {node.name}",
                          ((node.lon, node.lat),))
    for a, b in itertools.combinations(ports, 2):
        if ds.ports[a] != ds.ports[b]:
            continue
        na, nb = ds.nodes[a], ds.nodes[b]
        # a passage leaves a port through its sea gate unless both ports share the gate
        ga, gb = ds.port_gates.get(a), ds.port_gates.get(b)
        gates = [g for g in (ga, gb) if g is not None] if ga != gb else []
        pts = [(na.lat, na.lon), *gates, (nb.lat, nb.lon)]
        km = sum(geodesic_km(*p, *q) for p, q in itertools.pairwise(pts)) * circuity
        line = tuple((lon, lat) for lat, lon in pts)
        for x, y, coords in ((na, nb, line), (nb, na, line[::-1])):
            net._add(Edge(
                u=net.index[("sea", x.id)], v=net.index[("sea", y.id)], kind="sailing",
                mode="sea", status="existing", length_km=km, moving_h=km / speed,
                transship_h=2 * port_h, seg_id=f"sea:{x.id}-{y.id}",
                piece_key=("sea", *sorted((x.id, y.id))), name=f"sailing {x.name}-{y.name}",
                ref=f"{ds.ports[a]}", source=source, estimated=True,
                coords=coords,
            ))
    for n in ds.nodes.values():
        own = (n.id,) if n.id in ds.ports else ()
        near = tuple(pid for km, pid in nodes_by_distance(
            [ds.nodes[p] for p in ports], n.lat, n.lon, kinds=("port",))
            if km <= PORT_CITY_KM and ds.nodes[pid].country == n.country and pid != n.id)
        if own or near:
            net.ports_of[n.id] = own + near


def _index_names(net: CorridorNetwork) -> None:
    ds = net.dataset
    names: dict[str, list[str]] = {}

    def put(text: str, nid: str) -> None:
        k = normalize_name(text)
        if k and nid not in names.setdefault(k, []):
            names[k].append(nid)

    for n in ds.nodes.values():
        put(n.name, n.id)
        put(n.id, n.id)
        for alias in n.aliases:
            put(alias, n.id)
    for ap in ds.airports.values():
        if not ap.city_id:
            continue  # a hub outside the region is no place to start or end at
        put(ap.iata, ap.city_id)
        put(ap.icao, ap.city_id)
        put(ap.name, ap.city_id)
    net.names = names
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a core dependency
        return
    for code in sorted(ds.countries()):  # a hub's country (AE, QA, TR) is not covered
        c = pycountry.countries.get(alpha_2=code)
        if c is None:
            continue
        net.country_display[code] = getattr(c, "common_name", None) or c.name
        for label in {
            c.name,
            getattr(c, "common_name", ""),
            getattr(c, "official_name", ""),
            c.alpha_2,
            c.alpha_3,
        }:
            if label:
                net.country_names[normalize_name(label)] = code


def _fingerprint(data_dir: Path) -> str:
    from importlib.metadata import PackageNotFoundError, version

    from corridors._cache import fingerprint
    from corridors.dataset import _load
    from corridors.network import costs

    code = [Path(_load.__file__), Path(__file__), Path(costs.__file__)]  # reading, building, prices
    try:
        extra = [version("airportsdata"), version("pycountry")]
    except PackageNotFoundError:  # pragma: no cover
        extra = []
    return fingerprint([*(data_dir / f for f in DATA_FILES), *code], [str(data_dir), *extra])


# ----------------------------------------------------------------------------- disk cache

#: Bump when the cached shape of the network changes.
NETWORK_CACHE_VERSION = "4"


def _pairs(coords: Iterable[tuple[float, float]]) -> list[float]:
    """Coordinate pairs as one flat list (``[x0, y0, x1, y1, ...]``), quick to read back."""
    return [x for c in coords for x in c]


def _coords(value: Any) -> tuple[tuple[float, float], ...]:
    from corridors._cache import CacheFormatError

    flat = check_list(value, "coordinates")
    if len(flat) % 2 or not set(map(type, flat)) <= {float, int}:
        raise CacheFormatError("network: coordinates are not pairs of numbers")
    return tuple(zip(flat[::2], flat[1::2], strict=True))


def check_list(value: Any, what: str) -> list[Any]:
    from corridors._cache import check_list as check

    return check(value, what)


def network_to_cache(net: CorridorNetwork) -> dict[str, Any]:
    """The network and its dataset as JSON data, for the on-disk cache."""
    from corridors._cache import pack_floats

    ds = net.dataset
    return {
        "version": NETWORK_CACHE_VERSION,
        "dataset": {
            "nodes": [[n.id, n.name, n.country, n.kind, n.lat, n.lon, list(n.aliases),
                       n.capital, list(n.iata), n.source] for n in ds.nodes.values()],
            "crossings": [[c.node_id, list(c.countries), c.road, c.rail, c.status,
                           c.dwell_road_h, c.dwell_rail_h, c.dwell_source, c.notes, c.cost_usd]
                          for c in ds.crossings.values()],
            "segments": [[g.id, g.mode, g.from_id, g.to_id, list(g.via), g.name, g.ref,
                          g.status, g.road_class, g.gauge_mm, g.terrain, g.length_km,
                          g.length_estimated, g.length_source, g.circuity, g.source, g.notes,
                          [[p.from_id, p.to_id, p.length_km, _pairs(p.coords)]
                           for p in g.pieces]] for g in ds.segments],
            "air_links": [[a.from_iata, a.to_iata, a.status, a.carrier, a.since, a.until,
                           a.frequency, a.source, a.notes, a.source_date] for a in ds.air_links],
            "airports": [[a.iata, a.icao, a.name, a.city_id, a.country, a.lat, a.lon,
                          a.in_region] for a in ds.airports.values()],
            "hubs": [[h.iata, h.name, h.country, h.in_region, h.mct_min, h.source]
                     for h in ds.hubs.values()],
            "speeds": [[*k, v[0], v[1]] for k, v in ds.speeds.items()],
            "params": [[p.key, p.value, p.unit, p.source] for p in ds.params.values()],
            "path": str(ds.path),
            "warnings": list(ds.warnings),
            "ports": [[k, v] for k, v in ds.ports.items()],
            "port_gates": [[k, *v] for k, v in ds.port_gates.items()],
        },
        "states": [list(st) for st in net.states],
        "edges": [[e.u, e.v, e.kind, e.mode, e.status, e.length_km, e.moving_h, e.border_h,
                   e.transship_h, e.crossing, e.seg_id,
                   None if e.piece_key is None else list(e.piece_key), e.name, e.ref,
                   e.source, e.estimated, e.gauge_mm, len(e.coords), e.usd, e.gen_usd]
                  for e in net.edges],
        # every edge's (lon, lat) pairs in one packed array: quick to read back
        "edge_coords": pack_floats(_pairs(c for e in net.edges for c in e.coords)),
        "names": net.names,
        "country_names": net.country_names,
        "country_display": net.country_display,
        "ports_of": {k: list(v) for k, v in net.ports_of.items()},
    }


def _str_map(value: Any, what: str, lists: bool = False) -> dict[str, Any]:
    from corridors._cache import CacheFormatError

    if not isinstance(value, dict) or not all(
            (isinstance(v, list) and all(isinstance(x, str) for x in v)) if lists
            else isinstance(v, str) for v in value.values()):
        raise CacheFormatError(f"network: {what} is not a map of strings")
    return value


def network_from_cache(data: Any) -> CorridorNetwork:
    """The network from :func:`network_to_cache` data.

    Raises
    ------
    corridors._cache.CacheFormatError
        (or ``TypeError``, ``KeyError``...) when the data's shape is not what
        :func:`network_to_cache` writes.
    """
    from corridors._cache import CacheFormatError, check_rows, unpack
    from corridors.dataset._load import (
        AirLink,
        Airport,
        BorderCrossing,
        Hub,
        Node,
        Param,
        Piece,
        Segment,
    )

    if not isinstance(data, dict) or data.get("version") != NETWORK_CACHE_VERSION:
        raise CacheFormatError("not a network of this version")
    d = data["dataset"]
    if not isinstance(d, dict):
        raise CacheFormatError("network: no dataset")
    nodes = {r[0]: Node(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6]), r[7], tuple(r[8]), r[9])
             for r in check_rows(d["nodes"], "ssssffSbSs", "nodes")}
    crossings = {}
    for r in check_rows(d["crossings"], "sSbbsf?f?ssf?", "crossings"):
        if len(r[1]) != 2:
            raise CacheFormatError("network: a crossing has not two countries")
        crossings[r[0]] = BorderCrossing(r[0], (r[1][0], r[1][1]), *r[2:])
    segments = []
    for r in check_rows(d["segments"], "ssssSssss?i?sfbsf?ssL", "segments"):
        pieces = tuple(Piece(p[0], p[1], p[2], _coords(p[3]))
                       for p in check_rows(r[17], "ssfL", "pieces"))
        segments.append(Segment(r[0], r[1], r[2], r[3], tuple(r[4]), r[5], r[6], r[7], r[8],
                                r[9], r[10], r[11], r[12], r[13], r[14], r[15], r[16], pieces))
    air_links = [AirLink(*r) for r in check_rows(d["air_links"], "ssssssssss", "air links")]
    airports = {r[0]: Airport(*r) for r in check_rows(d["airports"], "sssssffb", "airports")}
    hubs = {r[0]: Hub(*r) for r in check_rows(d["hubs"], "sssbfs", "hubs")}
    speeds = {(r[0], r[1], r[2]): (r[3], r[4])
              for r in check_rows(d["speeds"], "sssfs", "speeds")}
    params = {r[0]: Param(*r) for r in check_rows(d["params"], "sfss", "params")}
    if not isinstance(d["path"], str):
        raise CacheFormatError("network: the dataset path is not a string")
    warnings = check_list(d["warnings"], "warnings")
    if not all(isinstance(w, str) for w in warnings):
        raise CacheFormatError("network: warnings are not strings")
    ports = {r[0]: r[1] for r in check_rows(d["ports"], "ss", "ports")}
    gates = {r[0]: (r[1], r[2]) for r in check_rows(d["port_gates"], "sff", "port gates")}
    ds = Dataset(nodes=nodes, crossings=crossings, segments=segments, air_links=air_links,
                 airports=airports, speeds=speeds, params=params, path=Path(d["path"]),
                 warnings=list(warnings), ports=ports, port_gates=gates, hubs=hubs)

    net = CorridorNetwork(ds)
    for st in check_list(data["states"], "states"):
        if not (isinstance(st, list) and 2 <= len(st) <= 3 and all(
                isinstance(x, str) for x in st[:2]) and all(
                type(x) is int for x in st[2:])):
            raise CacheFormatError("network: a state is not (mode, id[, gauge])")
        net._state(tuple(st))
    if len(net.states) != len(data["states"]):
        raise CacheFormatError("network: repeated states")
    n = len(net.states)
    rows = check_rows(data["edges"], "iisssffffs?s?S?sssbi?iff", "edges")
    flat = unpack(data["edge_coords"], "d", False)
    if sum(r[17] for r in rows) * 2 != len(flat) or any(r[17] < 0 for r in rows):
        raise CacheFormatError("network: edge coordinates do not add up")
    pairs = list(zip(flat[::2], flat[1::2], strict=True))
    at = 0
    for r in rows:
        if not (0 <= r[0] < n and 0 <= r[1] < n):
            raise CacheFormatError("network: an edge joins no state")
        coords = tuple(pairs[at : at + r[17]])
        at += r[17]
        net._add(Edge(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                      None if r[11] is None else tuple(r[11]), r[12], r[13], r[14], r[15],
                      r[16], coords, r[18], r[19]))
    net.names = {k: list(v) for k, v in _str_map(data["names"], "names", True).items()}
    net.country_names = dict(_str_map(data["country_names"], "country names"))
    net.country_display = dict(_str_map(data["country_display"], "country display"))
    net.ports_of = {k: tuple(v)
                    for k, v in _str_map(data["ports_of"], "ports of", True).items()}
    return net


_MEMO: dict[str, CorridorNetwork] = {}


def load_network(data_dir: str | os.PathLike[str] | None = None) -> CorridorNetwork:
    """The network for a dataset folder (default: bundled), from memory, disk cache or built.

    Examples
    --------
    >>> net = load_network()
    >>> ("road", "lahore") in net.index
    True
    """
    from corridors._cache import load_or_build

    d = Path(data_dir) if data_dir is not None else default_data_dir()
    key = _fingerprint(d)
    net = _MEMO.get(key)
    if net is None:
        net = load_or_build("network", key, lambda: build_network(load_dataset(d)),
                            encode=network_to_cache, decode=network_from_cache)
        _MEMO[key] = net
    return net


def nearest_nodes(
    net: CorridorNetwork,
    lat: float,
    lon: float,
    kinds: Iterable[str] = ("city", "border_crossing", "port", "station"),
) -> list[tuple[float, str]]:
    """The network's nodes sorted by great-circle distance (km) from a point."""
    return nodes_by_distance(net.dataset.nodes.values(), lat, lon, kinds)
