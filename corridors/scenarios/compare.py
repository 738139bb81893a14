"""Comparing scenarios: the same origin-destination pairs routed in each, side by side.

:func:`compare` takes two or more :class:`~corridors.scenarios.scenario_file.Scenario` s.
Each is modelled on its own network (the base network with its edits, plus the
hypothetical segments its links call for, as :func:`~corridors.scenarios.model` does).  The
pairs are the links' own (every scenario's, materialized as ``model`` does), or the ones
given.  Every pair is routed in every scenario; the :class:`Comparison` gives a table
(distance, time split, cost and reliability where the route has them, and the difference to
the first scenario), one sentence per pair saying which scenario wins and by how much, and
writes ``compare.csv``, ``compare.md`` and ``compare.html`` (a map with one layer group per
scenario) all-or-nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corridors._format import format_hours
from corridors.dataset.seasons import parse_when
from corridors.errors import InputError
from corridors.network._graph import CorridorNetwork, load_network
from corridors.network.places import resolve_node
from corridors.scenarios._model import (
    ModelledRoute,
    RouteRequest,
    _try_route,
    _with_text_links,
    materialize,
)
from corridors.scenarios.edits import scenario_network
from corridors.scenarios.scenario_file import Scenario

__all__ = ["COMPARE_FILES", "MAX_COMPARE_PAIRS", "Comparison", "compare"]

#: The files :meth:`Comparison.write` publishes.
COMPARE_FILES = ("compare.csv", "compare.md", "compare.html")
#: At most this many pairs are compared (the first found, in the scenarios' order).
MAX_COMPARE_PAIRS = 40
#: Two times closer than this (hours) are a tie.
TIE_H = 0.05


@dataclass
class Comparison:
    """Pairs routed in each scenario: ``results[i][j]`` is pair ``i`` in scenario ``j``."""

    scenarios: list[Scenario]
    names: list[str]
    pairs: list[RouteRequest]
    results: list[list[ModelledRoute]]
    status: str = "proposed"
    networks: list[CorridorNetwork] = field(default_factory=list, repr=False)

    def _pair_label(self, i: int) -> str:
        req = self.pairs[i]
        nodes = self.networks[0].dataset.nodes if self.networks else {}
        a = nodes[req.origin].name if req.origin in nodes else req.origin
        b = nodes[req.destination].name if req.destination in nodes else req.destination
        via = ""
        if req.via_country and self.networks:
            via = f" through {self.networks[0].country_display.get(req.via_country, '')}"
        return f"{req.mode.capitalize()}, {a} → {b}{via}"

    def rows(self) -> list[dict[str, Any]]:
        """One row per pair and scenario (the content of ``compare.csv``)."""
        out = []
        for i, row in enumerate(self.results):
            first = row[0].route
            for j, m in enumerate(row):
                r = m.route
                out.append({
                    "pair": self._pair_label(i), "mode": self.pairs[i].mode,
                    "from": r.origin.name if r else self.pairs[i].origin,
                    "to": r.destination.name if r else self.pairs[i].destination,
                    "scenario": self.names[j], "found": r is not None,
                    "distance_km": _round(r.distance_km if r else None, 1),
                    "time_h": _round(r.time_h if r else None, 2),
                    "moving_h": _round(r.moving_h if r else None, 2),
                    "border_h": _round(r.border_h if r else None, 2),
                    "transship_h": _round(r.transship_h if r else None, 2),
                    "cost_usd": _round(getattr(r, "cost_usd", None), 0),
                    "time_p90_h": _round(getattr(r, "time_p90_h", None), 2),
                    "time_vs_first_h": _round(r.time_h - first.time_h
                                              if r and first else None, 2),
                    "distance_vs_first_km": _round(r.distance_km - first.distance_km
                                                   if r and first else None, 1),
                    "countries": ">".join(r.countries) if r else "",
                    "border_crossings": "|".join(c.name for c in r.crossings) if r else "",
                    "error": m.error or "",
                })
        return out

    def sentences(self) -> list[str]:
        """One sentence per pair: which scenario wins and by how much."""
        return [self._sentence(i) for i in range(len(self.pairs))]

    def _sentence(self, i: int) -> str:
        row = self.results[i]
        head = self._pair_label(i)
        found = [(m.route.time_h, j) for j, m in enumerate(row) if m.route is not None]
        if not found:
            return f"{head}: no route in any scenario."
        best_h, best = min(found)
        r = row[best].route
        assert r is not None
        via = _crossings(r)
        if all(abs(h - best_h) <= TIE_H for h, _ in found) and len(found) == len(row):
            return f"{head}: every scenario gives {_span(r)}{via}; none wins."
        others = [j for j in range(len(row)) if j != best]
        parts = []
        for j in others:
            o = row[j].route
            if o is None:
                parts.append(f"{self.names[j]} has no route")
            elif o.time_h - best_h <= TIE_H:
                parts.append(f"{self.names[j]} ties")
            else:
                parts.append(f"{format_hours(o.time_h - best_h)} faster than {self.names[j]} "
                             f"({_span(o)}{_crossings(o)})")
        return (f"{head}: {self.names[best]} wins with {_span(r)}{via}, "
                f"{'; '.join(parts)}.")

    def markdown(self) -> str:
        """``compare.md``: the sentences, then a table per pair."""
        from corridors.scenarios.report import _md

        when = f" ({self.status} network)"
        out = [f"# Scenarios compared: {_md(', '.join(self.names))}", "",
               f"Each pair is routed in each scenario{when}; differences are to the first "
               f"scenario, {_md(self.names[0])}.", ""]
        for j, sc in enumerate(self.scenarios):
            desc = f": {_md(sc.description)}" if sc.description else ""
            src = f" (`{_md(sc.path)}`)" if sc.path else ""
            out.append(f"- **{_md(self.names[j])}**{src}{desc}")
        out += ["", "## In short", ""]
        if not self.pairs:
            out.append("No pair to compare: the scenarios have no links; give pairs with --od.")
        out += [f"- {_md(s)}" for s in self.sentences()]
        out.append("")
        for i, row in enumerate(self.results):
            out += [f"## {_md(self._pair_label(i))}", "",
                    "| Scenario | Distance | Time | Moving | Border | Transfers | vs first | "
                    "Crossings |", "|---|---|---|---|---|---|---|---|"]
            first = row[0].route
            for j, m in enumerate(row):
                r = m.route
                if r is None:
                    out.append(f"| {_md(self.names[j])} | no route | | | | | | "
                               f"{_md(m.error or '')} |")
                    continue
                diff = "–"
                if first is not None and j:
                    d = r.time_h - first.time_h
                    diff = ("same" if abs(d) <= TIE_H else
                            f"{'+' if d > 0 else '−'}{format_hours(abs(d))}")
                out.append(f"| {_md(self.names[j])} | {r.distance_km:,.0f} km | "
                           f"{format_hours(r.time_h)} | {format_hours(r.moving_h)} | "
                           f"{format_hours(r.border_h)} | {format_hours(r.transship_h)} | "
                           f"{diff} | {_md(', '.join(c.name for c in r.crossings))} |")
            out.append("")
        return "\n".join(out)

    def csv_text(self) -> str:
        rows = self.rows()
        buf = io.StringIO()
        fields = list(rows[0]) if rows else ["pair", "mode", "from", "to", "scenario", "found"]
        w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()

    def features(self) -> list[dict[str, Any]]:
        """GeoJSON features of every route found, each labelled with its scenario; the
        first scenario's routes have role ``route``, the others' ``comparison``."""
        feats = []
        for i, row in enumerate(self.results):
            for j, m in enumerate(row):
                if m.route is None:
                    continue
                feats.append(m.route.to_feature(
                    route_id=f"p{i + 1}s{j + 1}", scenario=self.names[j],
                    role="route" if j == 0 else f"comparison: {self.names[j]}",
                    label=self.names[j], link_id=self.names[j]))
        return feats

    def map(self) -> Any:
        """A folium map: the routes (:func:`corridors.maps.route_map`; the first scenario's
        shown, the others' under "Comparison routes"), and one layer group per scenario."""
        from corridors import maps

        fmap = maps.route_map(self.features(), network=self.networks[0].dataset
                              if self.networks else None,
                              title=f"Scenarios compared: {', '.join(self.names)}")
        _scenario_layers(fmap, self)
        return fmap

    def map_html(self) -> str:
        from corridors import maps

        return str(maps.map_html(self.map()))

    def write(self, out_dir: str | os.PathLike[str]) -> dict[str, Path]:
        """Write ``compare.csv``, ``compare.md`` and ``compare.html``, all-or-nothing."""
        from corridors._io import publish_files

        files = {"compare.csv": self.csv_text(), "compare.md": self.markdown(),
                 "compare.html": self.map_html()}
        return publish_files(out_dir, {k: v.encode("utf-8") for k, v in files.items()})


#: Line colours of the scenarios' layer groups, in order (then repeated).
SCENARIO_COLORS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02")


def _scenario_layers(fmap: Any, c: Comparison) -> None:
    """One folium layer group per scenario ("Scenario: NAME"), each route a line whose
    tooltip gives the scenario, the pair, the time and the distance."""
    import html

    import folium

    for j, name in enumerate(c.names):
        group = folium.FeatureGroup(name=html.escape(f"Scenario: {name}"), show=True)
        for i, row in enumerate(c.results):
            r = row[j].route
            pts = [(lat, lon) for leg in r.legs for lon, lat in leg.coords] if r else []
            if len(pts) < 2:
                continue
            assert r is not None
            tip = html.escape(f"{name}: {c._pair_label(i)}: {_span(r)}{_crossings(r)}")
            folium.PolyLine(pts, color=SCENARIO_COLORS[j % len(SCENARIO_COLORS)], weight=3,
                            opacity=0.85, dash_array=None if j == 0 else "8 6",
                            tooltip=tip).add_to(group)  # type: ignore[no-untyped-call]
        group.add_to(fmap)
    # the layer control goes last, so that its script comes after every layer it lists
    controls = [k for k, v in fmap._children.items() if isinstance(v, folium.LayerControl)]
    if not controls:
        folium.LayerControl(collapsed=False).add_to(fmap)
    for key in controls:
        fmap._children.move_to_end(key)


def _round(x: float | None, nd: int) -> float | None:
    return None if x is None else round(float(x), nd)


def _span(r: Any) -> str:
    return f"{format_hours(r.time_h)} ({r.distance_km:,.0f} km)"


def _crossings(r: Any) -> str:
    names = [c.name for c in r.crossings]
    return f" via {', '.join(names)}" if names else ""


def _unique_names(scenarios: Sequence[Scenario]) -> list[str]:
    names: list[str] = []
    for i, sc in enumerate(scenarios, 1):
        name = sc.name or f"scenario {i}"
        names.append(name if name not in names else f"{name} ({i})")
    return names


def parse_od(text: str, *, network: CorridorNetwork | None = None) -> tuple[str, str]:
    """``"FROM:TO"`` -> two network node ids (unknown places raise with suggestions)."""
    net = network if network is not None else load_network()
    parts = [p.strip() for p in text.split(":")]
    if len(parts) != 2 or not all(parts):
        raise InputError(f"--od {text!r}: give a pair as FROM:TO, e.g. 'Peshawar:Kabul'.")
    return resolve_node(parts[0], network=net), resolve_node(parts[1], network=net)


def compare(scenarios: Sequence[Scenario | str | os.PathLike[str]], *,
            od: Sequence[str | tuple[str, str]] = (), modes: Sequence[str] = ("road",),
            status: str = "proposed", network: CorridorNetwork | None = None,
            month: int | str | None = None, date: str | dt.date | None = None,
            progress: Callable[[str], None] | None = None) -> Comparison:
    """Route the same pairs in each scenario.

    Parameters
    ----------
    scenarios
        Scenarios (or scenario file paths); the first is the reference.
    od
        Pairs to route (``"FROM:TO"`` or ``(FROM, TO)``), in each of ``modes``; by default,
        the pairs of the scenarios' links.
    status
        ``proposed`` (every link a scenario holds, as a plan) or ``existing`` (only what is
        in service in each scenario).
    month, date
        Plan for a time of year (seasonal crossings).

    Examples
    --------
    >>> a = Scenario.from_text('name = "today"')
    >>> b = Scenario.from_text('name = "t12"\\n[[crossings]]\\nplace = "Torkham"\\n'
    ...                        'dwell_road_h = 12\\n')
    >>> c = compare([a, b], od=["Peshawar:Kabul"])
    >>> c.sentences()[0].startswith("Road, Peshawar → Kabul: t12 wins")
    True
    """
    say = progress or (lambda _m: None)
    if len(scenarios) < 2:
        raise InputError("Compare at least two scenarios.")
    scs = [s if isinstance(s, Scenario) else Scenario.from_file(s) for s in scenarios]
    when = parse_when(month, date)
    base = network if network is not None else load_network()
    nets = []
    for sc in scs:
        say(f"building the network of {sc.name!r}")
        nets.append(_with_text_links(scenario_network(sc, base), sc.all_links()))
    pairs: dict[tuple[Any, ...], RouteRequest] = {}
    for item in od:
        a, b = parse_od(item, network=base) if isinstance(item, str) else (
            resolve_node(item[0], network=base), resolve_node(item[1], network=base))
        if a == b:
            raise InputError(f"--od {item!r}: origin and destination are the same place.")
        for mode in modes:
            req = RouteRequest(("od",), mode, a, b)
            pairs.setdefault(req.key, req)
    if not od:
        for sc, net in zip(scs, nets, strict=True):
            reqs, _ = materialize(sc.all_links(), network=net)
            for req in reqs:
                pairs.setdefault(req.key, req)
    chosen = list(pairs.values())[:MAX_COMPARE_PAIRS]
    if len(pairs) > MAX_COMPARE_PAIRS:
        say(f"comparing the first {MAX_COMPARE_PAIRS} of {len(pairs)} pairs")
    results = []
    for i, req in enumerate(chosen, 1):
        say(f"routing pair {i}/{len(chosen)}")
        results.append([_try_route(net, req, status, when) for net in nets])
    return Comparison(scs, _unique_names(scs), chosen, results, status, nets)
