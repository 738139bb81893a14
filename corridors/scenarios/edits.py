"""Applying a scenario's network edits: an edited copy of the dataset, and its network.

The base dataset is never changed: :func:`edited_dataset` returns a new
:class:`~corridors.dataset.Dataset` with rows added, replaced or removed, and
:func:`scenario_network` builds the network from it
(:func:`corridors.network.build_network`).

What each edit does:

* ``[[lines]]`` — a new road or rail segment through the named places; where two
  consecutive places lie in different countries, the open crossing between them with the
  shortest detour is inserted (an error if there is none).  Length: ``length_km`` if given,
  else geodesic x the dataset's circuity for the mode and terrain.  Speed: the speed table's
  for the road class or gauge, or the line's own ``speed_kmh``.
* ``[[flights]]`` — an air service between two network airports.
* ``[[segments]]`` — a segment (by ``id``, or the pieces of a mode between two adjacent
  places) removed, given another status, or given its own speed.
* ``[[crossings]]`` — a border crossing's status or dwell times.  ``status = "closed"``
  closes it to every mode (or only to ``modes``: their pieces into it are removed);
  ``restricted`` keeps it open and notes the restriction on every route that uses it (give
  a dwell time to model the delay); ``open`` lifts a restriction or a closure.
* ``[[speeds]]`` and ``[parameters]`` — rows of ``speeds.csv`` and ``parameters.csv``.

Every place is resolved against the base network; an unknown one is an
:class:`~corridors.errors.InputError` naming the scenario file, the line and close matches.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from corridors.dataset._load import (
    GAUGES,
    AirLink,
    Dataset,
    Param,
    Piece,
    Segment,
    geodesic_km,
)
from corridors.errors import AmbiguousPlaceError, CorridorsError, InputError, UnknownPlaceError

if TYPE_CHECKING:  # pragma: no cover
    from corridors.network._graph import CorridorNetwork
    from corridors.scenarios.scenario_file import Edit, Scenario

__all__ = ["SPEED_CLASS_PREFIX", "edited_dataset", "scenario_network"]

#: A segment's own speed is stored in the speed table under the class ``segment:<id>``.
SPEED_CLASS_PREFIX = "segment:"


def scenario_network(scenario: Scenario, network: CorridorNetwork | None = None,
                     ) -> CorridorNetwork:
    """The network with the scenario's edits applied (``network`` itself when it has none).

    Examples
    --------
    >>> from corridors.scenarios.scenario_file import Scenario
    >>> sc = Scenario.from_text('name = "t"\\n[[crossings]]\\nplace = "Torkham"\\n'
    ...                         'dwell_road_h = 12\\n')
    >>> scenario_network(sc).dataset.crossings["torkham"].dwell_road_h
    12.0
    """
    from corridors.network._graph import build_network, load_network

    net = network if network is not None else load_network()
    if not scenario.has_edits:
        return net
    ds, _notes = edited_dataset(net.dataset, scenario, network=net)
    return build_network(ds)


def edited_dataset(ds: Dataset, scenario: Scenario, *, network: CorridorNetwork | None = None,
                   ) -> tuple[Dataset, list[str]]:
    """A copy of ``ds`` with the scenario's edits, and one note per edit saying what it did."""
    from corridors.network._graph import load_network

    net = network if network is not None else load_network(ds.path)
    ed = _Editor(net, dataclasses.replace(
        ds, nodes=dict(ds.nodes), crossings=dict(ds.crossings), segments=list(ds.segments),
        air_links=list(ds.air_links), airports=dict(ds.airports), speeds=dict(ds.speeds),
        params=dict(ds.params), warnings=list(ds.warnings)), scenario.name)
    for key, value in scenario.all_parameters().items():
        ed.parameter(key, value, scenario)
    for edit in scenario.all_edits():
        getattr(ed, edit.kind)(edit)
    return ed.ds, ed.notes


class _Editor:
    """Applies edits one by one to a dataset copy that it owns."""

    def __init__(self, net: CorridorNetwork, ds: Dataset, name: str) -> None:
        self.net = net
        self.ds = ds
        self.name = name
        self.notes: list[str] = []

    # ------------------------------------------------------------------ places
    def node(self, edit: Edit, key: str, query: str | None = None) -> str:
        from corridors.network.places import resolve_node

        text = query if query is not None else str(edit.get(key))
        try:
            return resolve_node(text, network=self.net)
        except UnknownPlaceError as exc:
            hint = f" Did you mean: {'; '.join(exc.suggestions)}?" if exc.suggestions else ""
            raise InputError(f"{edit.where(key)}: unknown place {text!r} in {key!r}.{hint}") \
                from None
        except AmbiguousPlaceError as exc:
            raise InputError(f"{edit.where(key)}: place {text!r} is ambiguous: "
                             f"{'; '.join(exc.candidates)}; add a country, e.g. "
                             f"'{text}, PK'.") from None
        except CorridorsError as exc:
            raise InputError(f"{edit.where(key)}: {exc}") from None

    def source(self, edit: Edit) -> str:
        given = edit.get("source") or ""
        return f"scenario {self.name!r}" + (f": {given}" if given else "")

    # ------------------------------------------------------------------ parameters, speeds
    def parameter(self, key: str, value: float, scenario: Scenario) -> None:
        old = self.ds.params.get(key)
        if old is None:
            close = difflib.get_close_matches(key, list(self.ds.params), n=3)
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            where = scenario.path or scenario.name
            raise InputError(f"{where}: [parameters] has an unknown parameter {key!r}.{hint}")
        # a speed divides, a circuity multiplies a geodesic: neither may be 0 (nor < 1)
        low = 1.0 if old.unit == "ratio" else 0.0
        if value < low or (value == 0 and old.unit == "km/h"):
            need = "at least 1" if low else ("above 0" if old.unit == "km/h" else "at least 0")
            raise InputError(f"{scenario.path or scenario.name}: parameter {key!r} = {value:g} "
                             f"is impossible; give a value {need} ({old.unit}).")
        self.ds.params[key] = Param(key, value, old.unit, f"scenario {self.name!r}")
        self.notes.append(f"parameter {key}: {old.value:g} -> {value:g} {old.unit}")

    def speeds(self, edit: Edit) -> None:
        mode, cls = edit.get("mode"), edit.get("class")
        terrain = edit.get("terrain") or "any"
        known = {c for (m, c, _t) in self.ds.speeds if m == mode
                 and not c.startswith(SPEED_CLASS_PREFIX)}
        if cls is not None and cls not in known:
            raise InputError(f"{edit.where('class')}: the speed table has no class {cls!r} for "
                             f"{mode}; known: {', '.join(sorted(known))}.")
        kmh = float(edit.get("speed_kmh"))
        # no class: every class of the mode; terrain any: every terrain
        keys = [k for k in self.ds.speeds if k[0] == mode and k[1] in known
                and (cls is None or k[1] == cls) and (terrain == "any" or k[2] == terrain)]
        if not keys and cls is not None:
            keys = [(mode, cls, terrain)]
        cls = cls or "every class"
        for k in keys:
            self.ds.speeds[k] = (kmh, self.source(edit))
        self.notes.append(f"speed {mode}/{cls}/{terrain}: {kmh:g} km/h")

    # ------------------------------------------------------------------ crossings
    def crossings(self, edit: Edit) -> None:
        nid = self.node(edit, "place")
        bc = self.ds.crossings.get(nid)
        if bc is None:
            n = self.ds.nodes[nid]
            near = ", ".join(self.ds.nodes[c].name for c in self.ds.crossings
                             if n.country in self.ds.crossings[c].countries)
            raise InputError(f"{edit.where('place')}: {n.name} is a {n.kind}, not a border "
                             f"crossing; crossings of {n.country}: {near}.")
        changes: dict[str, Any] = {}
        for key in ("dwell_road_h", "dwell_rail_h", "cost_usd"):
            if key in edit.values:
                changes[key] = float(edit.get(key))
        status = edit.get("status")
        modes = tuple(edit.get("modes") or ())
        if status == "closed" and modes and set(modes) != {"road", "rail"}:
            self._cut_at(nid, modes)
        elif status is not None:
            changes["status"] = status
        if changes:
            src = edit.get("source") or ""
            changes["dwell_source"] = (f"scenario {self.name!r}" + (f": {src}" if src else "")
                                       if {"dwell_road_h", "dwell_rail_h"} & set(changes)
                                       else bc.dwell_source)
            self.ds.crossings[nid] = dataclasses.replace(bc, **changes)
        what = ", ".join([f"{k} {v:g} h" for k, v in changes.items() if k.startswith("dwell_")
                          and isinstance(v, float)]
                         + ([f"cost USD {changes['cost_usd']:,.0f}"]
                            if "cost_usd" in changes else [])
                         + ([f"{status}" + (f" to {'/'.join(modes)}" if modes else "")]
                            if status else []))
        self.notes.append(f"crossing {self.ds.nodes[nid].name}: {what}")

    def _cut_at(self, nid: str, modes: tuple[str, ...]) -> None:
        """Remove the pieces of ``modes`` that enter or leave node ``nid``."""
        self._cut(lambda seg, p: seg.mode in modes and nid in (p.from_id, p.to_id))

    def _cut(self, drop: Callable[[Segment, Piece], bool]) -> None:
        """Remove the pieces ``drop`` selects (and segments left with none)."""
        out: list[Segment] = []
        for seg in self.ds.segments:
            pieces = tuple(p for p in seg.pieces if not drop(seg, p))
            if len(pieces) == len(seg.pieces):
                out.append(seg)
            elif pieces:
                out.append(dataclasses.replace(seg, pieces=pieces))
        self.ds.segments = out

    # ------------------------------------------------------------------ segments
    def _segment_ids(self, edit: Edit) -> tuple[set[str], set[str] | None, str]:
        """The segments an edit names, the stretch's two ends (or None), and a label."""
        if "id" in edit.values:
            sid = str(edit.get("id"))
            if not any(s.id == sid for s in self.ds.segments):
                close = difflib.get_close_matches(sid, [s.id for s in self.ds.segments], n=3)
                hint = f" Did you mean: {', '.join(close)}?" if close else ""
                raise InputError(f"{edit.where('id')}: no segment with id {sid!r}.{hint}")
            return {sid}, None, f"segment {sid}"
        a, b, mode = self.node(edit, "from"), self.node(edit, "to"), edit.get("mode")
        ends = {a, b}
        hits = {s.id for s in self.ds.segments if s.mode == mode
                and any({p.from_id, p.to_id} == ends for p in s.pieces)}
        if not hits:
            raise InputError(f"{edit.where()}: no {mode} segment joins "
                             f"{self.ds.nodes[a].name} and {self.ds.nodes[b].name} "
                             "directly; name adjacent places or the segment's id.")
        return hits, ends, f"{mode} {self.ds.nodes[a].name}-{self.ds.nodes[b].name}"

    def segments(self, edit: Edit) -> None:
        ids, ends, label = self._segment_ids(edit)
        if edit.get("remove"):
            self._cut(lambda seg, p: seg.id in ids and (ends is None
                                                         or {p.from_id, p.to_id} == ends))
            self.notes.append(f"{label}: removed")
            return
        status, kmh = edit.get("status"), edit.get("speed_kmh")
        for i, seg in enumerate(self.ds.segments):
            if seg.id not in ids:
                continue
            if status:
                self.ds.segments[i] = dataclasses.replace(seg, status=status)
            if kmh is not None:
                self._own_speed(seg.id, seg.mode, seg.terrain, float(kmh), edit)
        what = ", ".join(x for x in (f"status {status}" if status else "",
                                     f"speed {kmh:g} km/h" if kmh is not None else "") if x)
        self.notes.append(f"{label}: {what}")

    def _own_speed(self, sid: str, mode: str, terrain: str, kmh: float, edit: Edit) -> None:
        self.ds.speeds[(mode, SPEED_CLASS_PREFIX + sid, terrain)] = (kmh, self.source(edit))

    # ------------------------------------------------------------------ new lines
    def lines(self, edit: Edit) -> None:
        from corridors.scenarios._text_links import _crossing_between, _gauge

        lid, mode = str(edit.get("id")), edit.get("mode")
        sid = f"scenario:{lid}"
        if any(s.id == sid for s in self.ds.segments):
            raise InputError(f"{edit.where('id')}: a line {lid!r} is already in the scenario.")
        chain = [self.node(edit, "through", q) for q in edit.get("through")]
        if len(set(chain)) != len(chain):
            raise InputError(f"{edit.where('through')}: line {lid!r} passes a place twice.")
        nodes = self.ds.nodes
        full = [chain[0]]
        for a, b in itertools.pairwise(chain):
            if nodes[a].country != nodes[b].country and not (
                    a in self.ds.crossings or b in self.ds.crossings):
                c = _crossing_between(self.ds, a, b, mode)
                if c is None:
                    raise InputError(f"{edit.where('through')}: no open crossing joins "
                                     f"{nodes[a].country} and {nodes[b].country} between "
                                     f"{nodes[a].name} and {nodes[b].name}; name one.")
                full.append(c)
            full.append(b)
        if mode == "rail" and "road_class" in edit.values:
            raise InputError(f"{edit.where('road_class')}: a rail line takes gauge_mm, not "
                             "road_class.")
        if mode == "road" and "gauge_mm" in edit.values:
            raise InputError(f"{edit.where('gauge_mm')}: a road line takes road_class, not "
                             "gauge_mm.")
        gauge = edit.get("gauge_mm") or (_gauge(self.ds, full[0], full[-1])
                                         if mode == "rail" else None)
        if gauge is not None and gauge not in GAUGES:  # pragma: no cover - schema checks it
            raise InputError(f"{edit.where('gauge_mm')}: unknown gauge {gauge}.")
        terrain = edit.get("terrain") or "hilly"
        pts = [(nodes[n].lat, nodes[n].lon) for n in full]
        steps = [geodesic_km(*p, *q) for p, q in itertools.pairwise(pts)]
        geo = sum(steps)
        given = edit.get("length_km")
        circuity = self.ds.param(f"circuity_{mode}_{terrain}")
        if given is not None:
            length, lsource = float(given), self.source(edit)
        else:
            length = geo * circuity
            lsource = (f"estimate: geodesic x circuity {circuity:g} (circuity_{mode}_{terrain});"
                       " a scenario line")
        pieces = tuple(Piece(full[i], full[i + 1], length * (st / geo if geo else 1 / len(steps)),
                             ((nodes[full[i]].lon, nodes[full[i]].lat),
                              (nodes[full[i + 1]].lon, nodes[full[i + 1]].lat)))
                       for i, st in enumerate(steps))
        seg = Segment(
            id=sid, mode=mode, from_id=full[0], to_id=full[-1], via=tuple(full[1:-1]),
            name=edit.get("name") or f"scenario line {lid}", ref=f"scenario {lid}",
            status=edit.get("status") or "proposed",
            road_class=(edit.get("road_class") or "highway") if mode == "road" else None,
            gauge_mm=gauge, terrain=terrain, length_km=length,
            length_estimated=given is None, length_source=lsource,
            circuity=None if given is not None else circuity, source=self.source(edit),
            notes=edit.get("note") or "", pieces=pieces)
        self.ds.segments.append(seg)
        if edit.get("speed_kmh") is not None:
            self._own_speed(sid, mode, terrain, float(edit.get("speed_kmh")), edit)
        names = " - ".join(nodes[n].name for n in full)
        self.notes.append(f"new {mode} line {lid} ({seg.status}): {names}, {length:,.0f} km")

    # ------------------------------------------------------------------ flights
    def _airport(self, edit: Edit, key: str) -> str:
        text = str(edit.get(key)).strip()
        if text.upper() in self.ds.airports:
            return text.upper()
        nid = self.node(edit, key)
        codes = [c for c in self.ds.nodes[nid].iata if c in self.ds.airports]
        if not codes:
            raise InputError(f"{edit.where(key)}: {self.ds.nodes[nid].name} has no airport in "
                             "the network; name a city with one or an IATA code.")
        return codes[0]

    def flights(self, edit: Edit) -> None:
        a, b = self._airport(edit, "from"), self._airport(edit, "to")
        if a == b or self.ds.airports[a].city_id == self.ds.airports[b].city_id:
            raise InputError(f"{edit.where()}: a flight joins two different cities.")
        status = edit.get("status") or "proposed"
        link = AirLink(a, b, status, edit.get("carrier") or "", "", "",
                       edit.get("frequency") or "", self.source(edit), edit.get("note") or "")
        pair = {a, b}
        # the scenario's flight replaces what the dataset says of the same pair
        self.ds.air_links = [lk for lk in self.ds.air_links
                             if {lk.from_iata, lk.to_iata} != pair] + [link]
        freq = f", {link.frequency}" if link.frequency else ""
        self.notes.append(f"flight {a}-{b} ({status}{freq})")
