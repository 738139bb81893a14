"""From extracted links to modelled corridors: materialize, route in both scenarios, compare.

A :class:`~corridors.records.ProposedLink` names places at any scale — a city, a country, a
region — and modes such as "land".  :func:`materialize` turns it into concrete
:class:`RouteRequest` s on the corridor network:

* a city, port or border crossing is its network node;
* a country becomes its *gateways* for the mode (``data/gateways.csv``: the capital and the
  main corridor cities; for air, the cities with international airports), overridable;
* a region ("Central Asia") becomes its member countries' first gateway each;
* a country named as ``via`` becomes a constraint that the route passes through it;
* "land" is modelled as road and as rail; "sea" is reported as not modelled.

A place outside the network's coverage makes the link *not modelled*, with the reason.

:func:`model` then routes every request on the existing network and with the proposed
links added (the difference is the value of the proposal) and, for a corridor proposed
through a country ("Pakistan to Central Asia via Afghanistan"), compares it with today's
alternatives that avoid that country (via China, via Iran — found by trying each other
country of the network as a transit country, not by a fixed list).
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corridors.dataset._load import default_data_dir, read_rows
from corridors.dataset.seasons import When, parse_when
from corridors.errors import CorridorsError, DataError, InputError, NoRouteError
from corridors.network._graph import CorridorNetwork, load_network
from corridors.network.places import resolve_node
from corridors.records.link import ProposedLink
from corridors.records.place import Place
from corridors.records.route import Route
from corridors.scenarios.trips import Trip, economics_columns, group_trips

if TYPE_CHECKING:  # pragma: no cover
    from corridors.scenarios.scenario_file import Scenario

__all__ = [
    "MAX_PAIRS",
    "ModelResult",
    "ModelledRoute",
    "RouteRequest",
    "Unmodelled",
    "load_gateways",
    "materialize",
    "model",
    "time_distance_profile",
]

log = logging.getLogger(__name__)

#: At most this many origin-destination pairs per link and mode; country gateways are
#: trimmed (3, then 2, then 1 per country) until the pairs fit.
MAX_PAIRS = 8
#: Comparison routes kept per proposal (today's alternatives avoiding the via country).
MAX_COMPARISONS = 3

Gateways = dict[tuple[str, str], list[str]]


@dataclass(frozen=True)
class RouteRequest:
    """One route to compute for a link: mode, network nodes, via constraint."""

    link_ids: tuple[str, ...]
    mode: str
    origin: str
    destination: str
    via_country: str | None = None
    via_nodes: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    role: str = "proposal"  # proposal | comparison
    label: str = ""

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.mode, self.origin, self.destination, self.via_country, self.via_nodes,
                self.avoid)


@dataclass(frozen=True)
class Unmodelled:
    """A link (or part of one) that could not be turned into routes, and why.

    ``kind`` is ``not_modelled``, or ``note`` for a change made to model it (a place the
    network does not name, joined at a nearby node).
    """

    link_id: str
    reason: str
    kind: str = "not_modelled"


@dataclass
class ModelledRoute:
    """A request routed in one scenario: the route, or the reason there is none."""

    request: RouteRequest
    scenario: str
    route: Route | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.route is not None


# ----------------------------------------------------------------------------- gateways


def load_gateways(path: str | os.PathLike[str] | None = None) -> Gateways:
    """Read ``gateways.csv``: (country, mode) -> node ids in order of importance.

    Mode ``any`` rows serve every mode that has no rows of its own.
    """
    p = Path(path) if path is not None else default_data_dir() / "gateways.csv"
    rows = []
    for line, r in read_rows(p, ("country", "mode", "node", "rank")):
        try:
            rank = int(r["rank"])
        except ValueError:
            raise DataError(f"{p}, line {line}: rank {r['rank']!r} is not a whole "
                            "number.") from None
        rows.append((r["country"].upper(), r["mode"], rank, r["node"]))
    out: Gateways = {}
    for country, mode, _, node in sorted(rows):
        out.setdefault((country, mode), []).append(node)
    return out


def _gateways_for(gw: Gateways, country: str, mode: str) -> list[str]:
    return list(gw.get((country, mode)) or gw.get((country, "any")) or [])


# ----------------------------------------------------------------------------- materialize


def as_link(link: ProposedLink | dict[str, Any]) -> ProposedLink:
    """A link record, from a record or from its JSON shape (``links.json``)."""
    if isinstance(link, ProposedLink):
        return link
    if isinstance(link, dict):
        try:
            return ProposedLink.from_dict(link)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"A link is malformed ({exc}); expected the shape of "
                             "'corridors extract --format json'.") from None
    raise TypeError(f"A link is a ProposedLink or its dict, not {type(link).__name__}.")


def _members(place: Place) -> tuple[str, ...]:
    if place.members:
        return place.members
    from corridors import gazetteer

    try:
        found = gazetteer.resolve_place(place.name)
    except CorridorsError:  # pragma: no cover - defensive
        return ()
    return found.members if found is not None else ()


def _link_modes(link: Any) -> list[str]:
    modes = list(link.modes or [])
    mode = link.mode or ""
    if not modes:
        modes = ["road", "rail"] if mode == "land" else [mode]
    out: list[str] = []
    for m in modes:
        for x in (["road", "rail"] if m == "land" else [m]):
            if x and x not in out:
                out.append(x)
    return out


def _endpoint_nodes(net: CorridorNetwork, gw: Gateways, place: Place, mode: str, k: int,
                    ) -> tuple[list[str], str | None]:
    """Network nodes for one endpoint, or ([], reason)."""
    countries = net.dataset.countries()
    if place.kind == "country":
        code = place.country or ""
        if code not in countries:
            return [], f"{place.name} is outside the corridor network's coverage"
        nodes = [n for n in _gateways_for(gw, code, mode) if net.states_for(n, mode)]
        if not nodes:
            return [], f"{place.name} has no {mode} gateway in the network"
        return nodes[:k], None
    if place.kind == "region":
        members = [c for c in _members(place) if c in countries]
        if not members:
            return [], f"{place.name} lies outside the corridor network's coverage"
        nodes = []
        for c in members:
            first = next((n for n in _gateways_for(gw, c, mode) if net.states_for(n, mode)),
                         None)
            if first:
                nodes.append(first)
        if not nodes:
            return [], f"{place.name} has no {mode} gateway in the network"
        return nodes, None
    if place.kind in ("sea", "province"):
        return [], f"{place.name} ({place.kind}) is not a network place"
    nid: str | None
    try:
        nid = resolve_node(place.name, country=place.country, network=net)
    except CorridorsError:
        joined = _nearby_node(net, place, mode)
        if joined is None and (place.lat is None or place.lon is None):
            return [], (f"{place.name} is a name no gazetteer holds: its country and "
                        "position are unknown")
        if joined is None:
            where = f", {place.country}" if place.country else ""
            inside = place.country in countries
            return [], (f"{place.name}{where} is not a network place and no {mode} node lies "
                        f"within {JOIN_RADIUS_KM:.0f} km" if inside else
                        f"{place.name}{where} is outside the corridor network's coverage")
        nid, km = joined
        if km > 5:
            n = net.dataset.nodes[nid]
            return [nid], f"note: {place.name} is not a network place; joined at {n.name} " \
                          f"({km:.0f} km away)"
        return [nid], None
    if not net.states_for(nid, mode):
        return [], f"{net.dataset.nodes[nid].name} is not on the {mode} network"
    return [nid], None


#: A place the network does not name is joined to the nearest node of its country that
#: serves the mode, up to this distance.
JOIN_RADIUS_KM = 150.0


def _nearby_node(net: CorridorNetwork, place: Place, mode: str) -> tuple[str, float] | None:
    """The nearest node of the place's country serving ``mode``, within the join radius."""
    from corridors.network._graph import nearest_nodes

    if place.lat is None or place.lon is None:
        return None
    for km, nid in nearest_nodes(net, place.lat, place.lon, kinds=("city", "port")):
        if km > JOIN_RADIUS_KM:
            return None
        if net.states_for(nid, mode) and net.dataset.nodes[nid].country == (
            place.country or net.dataset.nodes[nid].country
        ):
            return nid, km
    return None


def materialize(links: Iterable[Any], *, network: CorridorNetwork | None = None,
                gateways: Gateways | None = None,
                ) -> tuple[list[RouteRequest], list[Unmodelled]]:
    """Turn links into route requests (deduplicated across links) and unmodelled notes.

    ``links`` are :class:`~corridors.records.ProposedLink` objects or their JSON dicts.
    """
    net = network if network is not None else load_network()
    gw = gateways if gateways is not None else load_gateways(net.dataset.path / "gateways.csv")
    requests: dict[tuple[Any, ...], RouteRequest] = {}
    skipped: list[Unmodelled] = []
    for link in map(as_link, links):
        lid = str(link.id or "link")
        if link.status == "rejected":
            skipped.append(Unmodelled(lid, "the text rejects or cancels this link"))
            continue
        origins, dests, via = list(link.origins), list(link.destinations), list(link.via)
        if not origins or not dests:
            skipped.append(Unmodelled(lid, "the link names no origin or no destination"))
            continue
        via_country = next((p.country for p in via if p.kind == "country"), None)
        via_names = [p for p in via if p.kind not in ("country", "region", "sea")]
        for mode in _link_modes(link):
            if mode not in ("road", "rail", "air", "sea"):
                skipped.append(Unmodelled(lid, f"{mode} links are not modelled yet"))
                continue
            via_nodes: list[str] = []
            for p in via_names:
                ns, why = _endpoint_nodes(net, gw, p, mode, 1)
                via_nodes.extend(ns)
                if why and ns:
                    skipped.append(Unmodelled(lid, f"{mode}: via {why[6:]}", "note"))
                elif why:
                    skipped.append(Unmodelled(lid, f"via {why}; routed without it"))
            pairs: list[tuple[str, str]] = []
            problems: list[str] = []
            for k in (3, 2, 1):
                a_nodes: list[str] = []
                b_nodes: list[str] = []
                problems = []
                for plist, acc in ((origins, a_nodes), (dests, b_nodes)):
                    for p in plist:
                        ns, why = _endpoint_nodes(net, gw, p, mode, k)
                        acc.extend(n for n in ns if n not in acc)
                        if why:
                            problems.append(why)
                nodes = net.dataset.nodes
                domestic = len({nodes[x].country for x in a_nodes + b_nodes}) == 1
                pairs = [(a, b) for a, b in itertools.product(a_nodes, b_nodes)
                         if a != b and (domestic or nodes[a].country != nodes[b].country)]
                if len(pairs) <= MAX_PAIRS:
                    break
            for why in dict.fromkeys(problems):
                if why.startswith("note: "):
                    skipped.append(Unmodelled(lid, f"{mode}: {why[6:]}", "note"))
                else:
                    skipped.append(Unmodelled(lid, f"{mode}: {why}"))
            for a, b in pairs[:MAX_PAIRS]:
                req = RouteRequest((lid,), mode, a, b, via_country, tuple(via_nodes))
                prev = requests.get(req.key)
                if prev is not None:
                    if lid not in prev.link_ids:
                        requests[req.key] = RouteRequest(
                            (*prev.link_ids, lid), mode, a, b, via_country, tuple(via_nodes))
                else:
                    requests[req.key] = req
    return list(requests.values()), skipped


# ----------------------------------------------------------------------------- routing


def _try_route(net: CorridorNetwork, req: RouteRequest, scenario: str,
               when: When | None = None) -> ModelledRoute:
    from corridors.network.routing import route

    via: list[str] = list(req.via_nodes)
    if req.via_country:  # the country constrains the part of the route before the next stop
        via = [req.via_country, *via]
    try:
        r = route(req.origin, req.destination, mode=req.mode, via=via, avoid=list(req.avoid),
                  scenario=scenario, network=net, month=when.month if when else None,
                  date=when.date if when else None)
    except NoRouteError as exc:
        return ModelledRoute(req, scenario, None, str(exc))
    except CorridorsError as exc:
        return ModelledRoute(req, scenario, None, str(exc))
    return ModelledRoute(req, scenario, r)


def _comparisons(net: CorridorNetwork, req: RouteRequest,
                 scenarios: Sequence[str], when: When | None = None) -> list[ModelledRoute]:
    """Alternatives to a corridor proposed through ``req.via_country``, in each scenario.

    Each leaves the origin's country into another neighbour (a transit country), avoiding
    the proposal's via country and the origin's other neighbours; the best
    :data:`MAX_COMPARISONS` distinct ones (by the border crossings they use) are kept per
    scenario.
    """
    assert req.via_country is not None
    nodes = net.dataset.nodes
    ends = {nodes[req.origin].country, nodes[req.destination].country, req.via_country}
    start = nodes[req.origin].country
    neighbours = {c for bc in net.dataset.crossings.values() if start in bc.countries
                  for c in bc.countries}
    out: list[ModelledRoute] = []
    for scenario in scenarios:
        found: list[ModelledRoute] = []
        seen: set[tuple[str, ...]] = set()
        for transit in sorted(neighbours - ends):
            # leave the origin's country into ``transit``: every other neighbour is avoided
            others = sorted(neighbours - {transit, start, req.via_country})
            comp = RouteRequest(req.link_ids, req.mode, req.origin, req.destination, transit,
                                req.via_nodes, (req.via_country, *others), "comparison",
                                f"via {net.country_display.get(transit, transit)}")
            m = _try_route(net, comp, scenario, when)
            if m.route is None:
                continue
            sig = tuple(c.name for c in m.route.crossings)
            if sig in seen:
                continue
            seen.add(sig)
            found.append(m)
        found.sort(key=lambda m: m.route.time_h if m.route else float("inf"))
        out.extend(found[:MAX_COMPARISONS])
    return out


def time_distance_profile(r: Route) -> list[dict[str, Any]]:
    """The UNESCAP time/cost-distance curve of a route as data.

    Points of cumulative distance (km) and time (h); border dwell and transshipment add
    vertical steps (same km, more hours), labelled with their ``event``.
    """
    pts: list[dict[str, Any]] = [{"km": 0.0, "h": 0.0, "event": f"start {r.origin.name}"}]
    km = h = 0.0
    crossings = {c.node_id or c.name: c for c in r.crossings}
    for leg in r.legs:
        if leg.transship_h:
            h += leg.transship_h
            pts.append({"km": round(km, 1), "h": round(h, 2), "event": leg.name or "transfer"})
        if leg.distance_km or leg.time_h:
            km += leg.distance_km
            h += leg.time_h
            pts.append({"km": round(km, 1), "h": round(h, 2), "event": f"{leg.to_name}"})
        c = crossings.pop(leg.to_id or leg.to_name, None)
        if c is not None:
            h += c.dwell_h
            pts.append({"km": round(km, 1), "h": round(h, 2),
                        "event": f"border {c.name} ({'-'.join(c.countries)})"})
    return pts


# ----------------------------------------------------------------------------- result


@dataclass
class ModelResult:
    """What :func:`model` returns: links, routes in both scenarios, comparisons, files."""

    text: str
    links: list[ProposedLink]
    places: list[Any]
    modelled: list[ModelledRoute]
    unmodelled: list[Unmodelled]
    scenarios: tuple[str, ...]
    timings: dict[str, float] = field(default_factory=dict)
    source_name: str = "text"
    network: CorridorNetwork | None = field(default=None, repr=False)
    #: The scenario of the run (its links and network edits), written as scenario.toml.
    scenario: Scenario | None = field(default=None, repr=False)

    def scenario_file(self) -> Scenario:
        """The run as a scenario: the links modelled and the network edits applied."""
        from corridors.scenarios.scenario_file import scenario_from_links

        if self.scenario is not None:
            return self.scenario.with_links(list(self.links))
        return scenario_from_links(list(self.links), name=_slug(self.source_name),
                                   description=f"Links found in {self.source_name}.")

    # -- plain-Python views -------------------------------------------------------
    def trips(self) -> list[Trip]:
        """One per proposal request: its route with the proposals and today's best way."""
        return group_trips(self.modelled, self.country_name)

    @property
    def routes_list(self) -> list[Route]:
        """Every route found (proposals in each scenario, then comparisons)."""
        return [m.route for m in self.modelled if m.route is not None]

    def _node_name(self, node_id: str) -> str:
        node = self.network.dataset.nodes.get(node_id) if self.network else None
        return node.name if node else node_id

    def country_name(self, code: str | None) -> str:
        """A country's display name ("Afghanistan" for "AF")."""
        if not code:
            return ""
        return self.network.country_display.get(code, code) if self.network else code

    def _link(self, lid: str) -> Any:
        return next((lk for lk in self.links if lk.id == lid), None)

    def _evidence(self, req: RouteRequest) -> str:
        texts = []
        for lid in req.link_ids:
            link = self._link(lid)
            t = link.evidence_text if link is not None else None
            if t:
                texts.append(str(t))
        return " | ".join(dict.fromkeys(texts))

    def features(self) -> list[dict[str, Any]]:
        """GeoJSON features, one per route, with indicators and the time-distance profile."""
        feats = []
        for i, m in enumerate(self.modelled, 1):
            if m.route is None:
                continue
            req = m.request
            feats.append(m.route.to_feature(
                route_id=f"r{i}", link_id=",".join(req.link_ids), role=req.role,
                label=req.label or None, via_country=req.via_country,
                avoid=list(req.avoid), evidence=self._evidence(req) or None,
                profile=time_distance_profile(m.route),
            ))
        return feats

    def summary_rows(self) -> list[dict[str, Any]]:
        """One row per request and scenario (the content of ``summary.csv``)."""
        rows = []
        trip_of = {id(t.proposed): t for t in self.trips() if t.proposed is not None}
        for m in self.modelled:
            req, r = m.request, m.route
            trip = trip_of.get(id(m))
            delta_h = trip.saved_h if trip else None
            delta_km = trip.saved_km if trip else None
            rows.append({
                "link_id": ",".join(req.link_ids),
                "role": req.role if req.role == "proposal" else f"comparison {req.label}",
                "mode": req.mode,
                "from": r.origin.name if r else self._node_name(req.origin),
                "to": r.destination.name if r else self._node_name(req.destination),
                "via": req.via_country or "",
                "avoid": "|".join(req.avoid),
                "scenario": m.scenario,
                "found": r is not None,
                "distance_km": round(r.distance_km, 1) if r else None,
                "time_h": round(r.time_h, 2) if r else None,
                "moving_h": round(r.moving_h, 2) if r else None,
                "border_h": round(r.border_h, 2) if r else None,
                "transship_h": round(r.transship_h, 2) if r else None,
                "swod_kmh": round(r.speed_without_delay_kmh, 1) if r else None,
                "swd_kmh": round(r.speed_with_delay_kmh, 1) if r else None,
                "countries": ">".join(r.countries) if r else "",
                "border_crossings": "|".join(c.name for c in r.crossings) if r else "",
                "statuses": "|".join(r.statuses) if r else "",
                "time_saved_h": round(delta_h, 2) if delta_h is not None else None,
                "distance_saved_km": round(delta_km, 1) if delta_km is not None else None,
                "compared_with": trip.today_label if trip and trip.today[0] else "",
                **economics_columns(r, trip),
                "error": m.error or "",
            })
        return rows

    # -- pandas / geopandas views (lazy imports) ---------------------------------
    @property
    def summary(self) -> Any:
        """The summary as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame(self.summary_rows())

    @property
    def routes(self) -> Any:
        """The routes as a GeoDataFrame (EPSG:4326), one row per route."""
        import geopandas as gpd

        feats = self.features()
        if not feats:
            return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")
        return gpd.GeoDataFrame.from_features(feats, crs="EPSG:4326")

    def map(self, **kwargs: Any) -> Any:
        """An interactive folium map of the routes over the network."""
        from corridors import maps
        from corridors.scenarios.report import links_payload

        return maps.route_map(self.features(), links=links_payload(self),
                              network=self.network or load_network(), **kwargs)

    def _repr_html_(self) -> str:
        from corridors.scenarios.report import result_html

        return result_html(self)

    def write(self, out_dir: str | os.PathLike[str], *,
              progress: Callable[[str], None] | None = None) -> dict[str, Path]:
        """Write links.json, routes.geojson, summary.csv, report.md, map.html and
        scenario.toml, all-or-nothing."""
        from corridors.scenarios.report import write_outputs

        t0 = time.perf_counter()
        paths = write_outputs(self, Path(out_dir), progress=progress)
        self.timings["write+render"] = time.perf_counter() - t0
        return paths


# ----------------------------------------------------------------------------- model


def _extract(text: str, min_confidence: float = 0.0) -> tuple[list[Any], list[Any]]:
    from corridors.extract._pipeline import extract

    res = extract(text, min_confidence=min_confidence)
    return list(res.links), list(res.places)


def model(text: str | Scenario, *, scenarios: Sequence[str] = ("existing", "proposed"),
          network: CorridorNetwork | None = None, gateways: Gateways | None = None,
          links: Sequence[Any] | None = None, compare: bool = True,
          progress: Callable[[str], None] | None = None, source_name: str = "text",
          month: int | str | None = None, date: str | dt.date | None = None,
          edits: Scenario | None = None, min_confidence: float = 0.0) -> ModelResult:
    """Extract the links a text proposes and model them on the corridor network.

    Parameters
    ----------
    text
        The text to read, or a :class:`~corridors.Scenario` (its links are modelled on the
        network with its edits).
    edits
        A scenario whose network edits (and links, if any) apply on top of what the text
        proposes.
    scenarios
        Which scenarios to route (both by default; the difference is the proposal's value).
    links
        Links to model instead of extracting them from ``text`` (e.g. from ``links.json``).
    compare
        For corridors proposed through a country, also route today's alternatives that
        avoid it.
    progress
        Called with a short message at each step (the CLI prints them on stderr).
    month, date
        Plan for a time of year: crossings closed then are not used (see :func:`route`).
    min_confidence
        Leave out extracted links under this confidence (see
        :func:`corridors.extract.extract_links`).

    Examples
    --------
    >>> res = model("Pakistan proposed direct flights from Lahore to Almaty.")
    >>> sorted({r.mode for r in res.routes_list})
    ['air']
    """
    from corridors.scenarios.scenario_file import Scenario

    say = progress or (lambda _msg: None)
    when = parse_when(month, date)
    timings: dict[str, float] = {}
    if isinstance(text, Scenario):
        edits, text = text, ""
        if links is None:
            links = edits.all_links()
        if source_name == "text":
            source_name = edits.name
    t0 = time.perf_counter()
    net = network if network is not None else load_network()
    edit_notes: list[Unmodelled] = []
    if edits is not None and edits.has_edits:
        net, notes = _edited(net, edits)
        edit_notes = [Unmodelled("scenario", f"{edits.name}: {n}", "note") for n in notes]
        say(f"{len(notes)} network edit(s) applied from scenario {edits.name!r}")
    timings["load network"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    if links is None:
        say("extracting links")
        found, places = _extract(text, min_confidence)
        if edits is not None:  # the edits file's own links come on top of the text's
            found += _extra_links(found, edits)
    else:
        found, places = [as_link(lk) for lk in links], []
    timings["extract"] = time.perf_counter() - t0
    say(f"{len(found)} link(s) found")

    t0 = time.perf_counter()
    # the proposed scenario also holds what the text proposes and the dataset lacks
    proposed_net = _with_text_links(net, found)
    if proposed_net is not net:
        extra = len(proposed_net.dataset.segments) - len(net.dataset.segments)
        say(f"{extra} hypothetical segment(s) added for links the dataset lacks")
    requests, skipped = materialize(found, network=proposed_net, gateways=gateways)
    timings["materialize"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    nets = {"existing": net, "proposed": proposed_net}
    modelled: list[ModelledRoute] = []
    for i, req in enumerate(requests, 1):
        nodes = proposed_net.dataset.nodes
        say(f"routing {i}/{len(requests)}: {req.mode} {nodes[req.origin].name} -> "
            f"{nodes[req.destination].name}")
        for sc in scenarios:
            modelled.append(_try_route(nets[sc], req, sc, when))
        if compare and req.via_country and req.mode in ("road", "rail"):
            for sc in scenarios:
                modelled.extend(_comparisons(nets[sc], req, (sc,), when))
    timings["route"] = time.perf_counter() - t0
    return ModelResult(text, found, places, modelled, edit_notes + skipped, tuple(scenarios),
                       timings, source_name, proposed_net, edits)


def _edited(net: CorridorNetwork, edits: Scenario) -> tuple[CorridorNetwork, list[str]]:
    """The network with a scenario's edits, and what each edit did."""
    from corridors.network._graph import build_network
    from corridors.scenarios.edits import edited_dataset

    ds, notes = edited_dataset(net.dataset, edits, network=net)
    return build_network(ds), notes


def _extra_links(found: Sequence[Any], edits: Scenario) -> list[Any]:
    """The edits file's links, renumbered after the text's when their ids clash."""
    import dataclasses

    ids = {lk.id for lk in found}
    out: list[Any] = []
    n = len(found)
    for link in edits.all_links():
        lk = link
        if lk.id in ids:
            n += 1
            while f"L{n}" in ids:
                n += 1
            lk = dataclasses.replace(lk, id=f"L{n}")
        ids.add(lk.id)
        out.append(lk)
    return out


def _slug(name: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "scenario"


def _chain_node(net: CorridorNetwork, place: Place) -> str | None:
    """The network node a city-level place names (or lies within the join radius of)."""
    from corridors.dataset._load import nodes_by_distance

    if place.kind in ("country", "region", "sea", "province"):
        return None
    try:
        return resolve_node(place.name, country=place.country, network=net)
    except CorridorsError:
        pass
    if place.lat is None or place.lon is None:
        return None
    for km, nid in nodes_by_distance(net.dataset.nodes.values(), place.lat, place.lon):
        if km > JOIN_RADIUS_KM:
            return None
        if net.dataset.nodes[nid].country == place.country:
            return nid
    return None


def _with_text_links(net: CorridorNetwork, links: Sequence[Any]) -> CorridorNetwork:
    """The network plus hypothetical segments for road/rail links the dataset lacks."""
    import dataclasses

    from corridors.network._graph import build_network
    from corridors.scenarios._text_links import TEXT_STATUSES, text_segments

    chains: list[tuple[str, str, list[str], str]] = []
    for link in links:
        if link.status not in TEXT_STATUSES:
            continue
        ends = [[_chain_node(net, p) for p in getattr(link, key)]
                for key in ("origins", "via", "destinations")]
        origins, via, dests = ([n for n in group if n] for group in ends)
        evidence = link.evidence_text
        for mode in _link_modes(link):
            for a, b in itertools.product(origins, dests):
                if a != b:
                    chains.append((link.id, mode, [a, *via, b], evidence))
    extra = text_segments(net, chains)
    if not extra:
        return net
    ds = dataclasses.replace(net.dataset, segments=[*net.dataset.segments, *extra])
    return build_network(ds)
