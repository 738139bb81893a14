"""Writing a :class:`~corridors.scenarios._model.ModelResult`: files, the Markdown report, HTML."""

from __future__ import annotations

import csv
import html
import io
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corridors._format import format_hours
from corridors._io import check_output_dir, publish_files

if TYPE_CHECKING:  # pragma: no cover
    from corridors.records.route import Route
    from corridors.scenarios._model import ModelResult
    from corridors.scenarios.trips import Trip

__all__ = [
    "OUTPUT_FILES",
    "findings",
    "links_payload",
    "report_markdown",
    "result_html",
    "write_outputs",
]

#: Reasons for missing routes listed in the report before the rest is left to summary.csv.
MAX_REASONS = 6

OUTPUT_FILES = ("links.json", "routes.geojson", "summary.csv", "report.md", "map.html",
                "scenario.toml")


def links_payload(result: ModelResult) -> dict[str, Any]:
    """The ``corridors extract --format json`` shape: ``{"links": [...], "places": [...]}``."""
    return {"links": [lk.to_dict() for lk in result.links],
            "places": [p.to_dict() for p in result.places]}


_MD_ESCAPES = str.maketrans({"|": "\\|", "`": "\\`", "[": "\\[", "]": "\\]", "\n": " ",
                             "\r": " "})


def _md(text: Any) -> str:
    """Text from the input made inert in Markdown: HTML escaped; table pipes, code ticks and
    link brackets escaped, so no ``[x](javascript:...)`` in a text becomes a live link.

    >>> _md("[x](javascript:alert(1)) | <b>")
    '\\\\[x\\\\](javascript:alert(1)) \\\\| &lt;b&gt;'
    """
    return html.escape(str(text), quote=False).translate(_MD_ESCAPES)


def _place_names(places: Any) -> str:
    names = [p.get("name") if isinstance(p, dict) else p.name for p in places or []]
    return ", ".join(str(n) for n in names if n) or "?"


def _route_cell(r: Route | None, err: str | None) -> str:
    if r is None:
        return "no route"
    return f"{r.distance_km:,.0f} km, {format_hours(r.time_h)}"


#: Headline findings at most per link and mode.
FINDINGS_PER_LINK_MODE = 1


def _span(r: Route) -> str:
    return f"{format_hours(r.time_h)} ({r.distance_km:,.0f} km)"


def _trip_title(result: ModelResult, trip: Trip) -> tuple[str, str]:
    r = trip.with_links or trip.today[0]
    req = trip.request
    origin = r.origin.name if r else result._node_name(req.origin)
    destination = r.destination.name if r else result._node_name(req.destination)
    return origin, destination


def finding(result: ModelResult, trip: Trip, *, markdown: bool = True) -> str | None:
    """The headline sentence of a trip: the route with the proposals against today's best
    way, each named ("through Afghanistan", "today via Iran"), from the trip's own routes."""
    esc: Callable[[Any], str] = _md if markdown else str
    origin, destination = _trip_title(result, trip)
    head = f"{trip.request.mode.capitalize()}, {esc(origin)} → {esc(destination)}"
    head = f"**{head}**" if markdown else head
    how = f"through {esc(trip.through)} " if trip.through else ""
    pr, (today, _) = trip.with_links, trip.today
    today_label = esc(trip.today_label)
    match trip.verdict:
        case "saves":
            assert pr is not None and today is not None and trip.saved_h is not None
            return (f"{head}: {_span(pr)} {how}with the proposed links, against {_span(today)} "
                    f"{today_label}: {format_hours(trip.saved_h)} saved.")
        case "same":
            assert pr is not None
            return (f"{head}: {_span(pr)} {how}with the proposed links, the same as "
                    f"{today_label}: no proposed link shortens it.")
        case "slower":
            assert pr is not None and today is not None
            return (f"{head}: {_span(pr)} {how}even with the proposed links, slower than "
                    f"{_span(today)} {today_label}.")
        case "new":
            assert pr is not None
            return (f"{head}: no {trip.request.mode} route today; {_span(pr)} {how}with the "
                    "proposed links.")
        case _:
            return (f"{head}: {_span(today)} {today_label}; no route with the proposed links."
                    if today is not None else None)


def _findings(result: ModelResult, trips: list[Trip], *, markdown: bool = True) -> list[str]:
    """One sentence per link and mode: its first trip's finding."""
    seen: dict[tuple[str, str], int] = {}
    out: list[str] = []
    for trip in trips:
        key = (",".join(trip.request.link_ids), trip.request.mode)
        if seen.get(key, 0) >= FINDINGS_PER_LINK_MODE:
            continue
        text = finding(result, trip, markdown=markdown)
        if text is not None:
            seen[key] = seen.get(key, 0) + 1
            out.append(text)
    return out


def saved_cell(trip: Trip) -> str:
    """The time-saved cell of a trip's row."""
    return {"saves": format_hours(trip.saved_h or 0.0), "same": "none", "slower": "none",
            "new": "new connection"}.get(trip.verdict, "–")


def today_cell(trip: Trip) -> str:
    """Today's best way of a trip, with how it goes when that is an alternative."""
    today, how = trip.today
    cell = _route_cell(today, None)
    return f"{cell} ({how})" if today is not None and how and not how.startswith("through") \
        else cell


def findings(result: ModelResult, *, markdown: bool = False) -> list[str]:
    """The report's headline sentences, one per link and mode (plain text by default)."""
    return _findings(result, result.trips(), markdown=markdown)


def _trips_table(result: ModelResult, trips: list[Trip]) -> list[str]:
    """The routes table: one row per trip, today's best way against the proposals."""
    out = ["## Routes: today's network and with the proposed links", "",
           "Today: the fastest way on today's network, through the same country or (named) "
           "by another neighbour. Time saved: today against with the proposed links.", "",
           "| Link | Mode | From → To | Through | Today | With proposed links | Time saved |",
           "|---|---|---|---|---|---|---|"]
    for trip in trips:
        o, t = _trip_title(result, trip)
        out.append(f"| {_md(','.join(trip.request.link_ids))} | {trip.request.mode} | "
                   f"{_md(o)} → {_md(t)} | {_md(trip.through)} | {_md(today_cell(trip))} | "
                   f"{_route_cell(trip.with_links, None)} | {saved_cell(trip)} |")
    out.append("")
    fails = [m for t in trips for m in (t.existing, t.proposed) if m is not None and not m.ok]
    if fails:
        out += ["Why some routes are missing:", ""]
        out += [f"- {m.scenario}, {m.request.mode}: {_md(m.error)}" for m in fails[:MAX_REASONS]]
        if len(fails) > MAX_REASONS:
            out.append(f"- … and {len(fails) - MAX_REASONS} more (see `summary.csv`, "
                       "column `error`).")
        out.append("")
    return out


def _comparisons(result: ModelResult, trips: list[Trip]) -> list[str]:
    """Per trip through a country: the corridor against today's alternatives, each named."""
    if not trips:
        return []
    out = ["## Compared with today's alternatives", "",
           "Each corridor proposed through a country is set against the best routes that leave "
           "the origin's country through another neighbour and avoid that country, on today's "
           "network and with the proposed links.", ""]
    for trip in trips:
        o, t = _trip_title(result, trip)
        out += [f"**{_md(o)} → {_md(t)}, {trip.request.mode}**", "",
                "| Route | Distance | Time | Border time | Crossings |", "|---|---|---|---|---|"]
        rows: list[tuple[str, Route | None]] = []
        if trip.proposed is not None:
            rows.append((f"through {trip.through}, with the proposed links", trip.with_links))
        if trip.existing is not None:
            rows.append((f"through {trip.through}, today's network", trip.existing.route))
        rows += [(f"{'today' if c.scenario == 'existing' else 'with proposed links'}, "
                  f"{c.request.label}", c.route) for c in trip.comparisons]
        for label, r in rows:
            if r is None:
                out.append(f"| {_md(label)} | no route | | | |")
                continue
            out.append(f"| {_md(label)} | {r.distance_km:,.0f} km | {format_hours(r.time_h)} | "
                       f"{format_hours(r.border_h)} | "
                       f"{_md(', '.join(c.name for c in r.crossings))} |")
        out.append("")
    return out


def _economics_phrase(r: Route) -> str:
    e = r.economics
    assert e is not None
    return (f"P50 {format_hours(e.time_p50_h)}, P90 {format_hours(e.time_p90_h)} (planning-time "
            f"index {e.planning_time_index:.2f}), USD {e.cost_usd:,.0f} and "
            f"{e.co2e_kg:,.0f} kg CO2e per container")


def _signed(value: float, unit: str, fmt: Callable[[float], str]) -> str:
    return f"{fmt(abs(value))}{unit} {'saved' if value >= 0 else 'more'}"


def value_paragraphs(result: ModelResult, trips: list[Trip]) -> list[str]:
    """Per link and mode, the value of the proposals in hours, dollars, reliability and CO2e
    (its first trip, as in the findings), each figure from the routes' economics."""
    seen: set[tuple[str, str]] = set()
    out: list[str] = []
    for trip in trips:
        key = (",".join(trip.request.link_ids), trip.request.mode)
        pr, (today, _) = trip.with_links, trip.today
        if key in seen or pr is None or pr.economics is None:
            continue
        seen.add(key)
        o, t = _trip_title(result, trip)
        text = (f"**{_md(trip.request.mode.capitalize())}, {_md(o)} → {_md(t)}** "
                f"(`{_md(key[0])}`): with the proposed links {_economics_phrase(pr)}")
        usd = trip.saved("cost_usd")
        if today is None or today.economics is None or usd is None:
            text += "; no route today."
        elif trip.verdict == "same" and abs(usd) < 0.5:
            text += ", as today: the proposed links do not change this trip."
        else:
            p90, co2 = trip.saved("time_p90_h") or 0.0, trip.saved("co2e_kg") or 0.0
            text += (f"; {_md(trip.today_label)} {_economics_phrase(today)}. The proposals: "
                     f"{_signed(p90, ' at P90', format_hours)}, "
                     f"{_signed(usd, '', lambda v: f'USD {v:,.0f}')}, "
                     f"{_signed(co2, ' CO2e', lambda v: f'{v:,.0f} kg')} per container.")
        if pr.economics.spread_crossing:
            text += (f" Most of the spread comes from the wait at "
                     f"{_md(pr.economics.spread_crossing)} "
                     f"({pr.economics.spread_share:.0%} of the variance).")
        out += [text, ""]
    if out:
        out = ["## Value of the proposals: hours, dollars, reliability, CO2e", "",
               f"Per loaded 20-ft container, in US dollars of {_price_year(trips)}; P50/P90 are "
               "the median and 90th-percentile door-to-door times (border waits and transfers "
               "lognormal, see `data/README.md`).", "", *out]
    return out


def _price_year(trips: list[Trip]) -> int:
    """The price year of the trips' costs."""
    for trip in trips:
        for r in (trip.with_links, trip.today[0]):
            if r is not None and r.economics is not None:
                return r.economics.price_year
    return 0


def report_markdown(result: ModelResult) -> str:
    """A short report a person can read without knowing the code."""
    from corridors.settings import version

    out: list[str] = []
    out.append(f"# Corridors proposed in {_md(result.source_name)}")
    out.append("")
    out.append(f"Made by corridors {version()} on {time.strftime('%Y-%m-%d')}. Routes run on "
               "the bundled corridor network (see `data/README.md` for every source); "
               "*existing* uses links in service only, *proposed* adds the planned, proposed and "
               "under-construction links and hypothetical direct flights.")
    out.append("")
    edits = [u.reason for u in result.unmodelled if u.link_id == "scenario"]
    if result.scenario is not None and (edits or result.scenario.description):
        out.append(f"## Scenario: {_md(result.scenario.name)}")
        out.append("")
        if result.scenario.description:
            out += [_md(result.scenario.description), ""]
        if edits:
            out.append("Network edits applied to both scenarios (see `scenario.toml`):")
            out.append("")
            out += [f"- {_md(e.partition(': ')[2] or e)}" for e in edits]
            out.append("")
    where = "of the scenario" if result.scenario is not None and not result.text \
        else "found in the text"
    out.append(f"## Links {where} ({len(result.links)})")
    out.append("")
    if not result.links:
        out.append("No transport link was found in the text, so nothing was routed.")
    for i, lk in enumerate(result.links, 1):
        d = lk.to_dict()
        modes = "/".join(d.get("modes") or [d.get("mode", "?")])
        via = f" via {_place_names(d.get('via'))}" if d.get("via") else ""
        arrow = "→" if d.get("directed", True) else "↔"
        conf = d.get("confidence")
        conf_s = f", confidence {conf:.2f}" if isinstance(conf, (int, float)) else ""
        out.append(f"{i}. **{_md(modes)}** {_md(_place_names(d.get('origins')))} {arrow} "
                   f"{_md(_place_names(d.get('destinations')))}{_md(via)} — "
                   f"*{_md(d.get('status', '?'))}*{conf_s} (`{_md(d.get('id', i))}`)")
        ev = (d.get("evidence") or {}).get("text")
        if ev:
            out.append(f"   > {_md(ev)}")
    out.append("")
    trips = result.trips()
    findings = _findings(result, trips)
    if findings:
        out.append("## In short")
        out.append("")
        out.extend(f"- {f}" for f in findings)
        out.append("")
    out.extend(value_paragraphs(result, trips))
    if trips:
        out.extend(_trips_table(result, trips))
        out.extend(_comparisons(result, [t for t in trips if t.comparisons]))
    for kind, heading in (("not_modelled", "Not modelled"), ("note", "Notes on modelling")):
        items = [u for u in result.unmodelled if u.kind == kind and u.link_id != "scenario"]
        if items:
            out.append(f"## {heading}")
            out.append("")
            out.extend(f"- `{_md(u.link_id)}`: {_md(u.reason)}" for u in items)
            out.append("")
    out.append("## How the figures are made")
    out.append("")
    out.append("- Distance: published segment lengths where a source gives one, else the "
               "geodesic length through the segment's towns times a circuity factor "
               "(marked as estimates in `routes.geojson`). Flights: geodesic airport-to-airport "
               "distance on WGS84.")
    out.append("- Time = moving time (from the speed table by mode, road class and terrain) + "
               "border dwell (ADB CAREC monitoring figures where known, else a stated default) "
               "+ transfers and breaks of gauge. Flights: taxi allowance + cruise.")
    out.append("- Cost per container (US dollars of one year): line haul per km by mode and "
               "country and border costs (ADB CAREC CPMM), gauge-change and port charges, sea and "
               "air rates; time valued at a stated value of time for the generalized cost; "
               "CO2e from well-to-wheel intensities by mode (GLEC Framework style). Every figure "
               "and estimate is in `data/costs.csv` and `data/emissions.csv`.")
    out.append("- Countries named as endpoints become their gateway cities (`data/gateways.csv`); "
               "regions become their members' first gateway.")
    out.append("- Sea: any two seaports on one sea are joined (geodesic distance, a container "
               "ship's average speed, a day per port call at each end).")
    out.append("- A road or rail link the text proposes that the dataset lacks is added to the "
               "proposed scenario as a hypothetical segment (straight line x circuity, border "
               "crossings inserted), marked `text` in the legs.")
    if result.timings:
        out.append("")
        out.append("Timings: " + ", ".join(f"{k} {v * 1000:.0f} ms"
                                           for k, v in result.timings.items()) + ".")
    out.append("")
    return "\n".join(out)


def _csv_text(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    if not rows:
        buf.write("link_id,role,mode,from,to,scenario,found,distance_km,time_h\n")
        return buf.getvalue()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _plain_map_html(result: ModelResult) -> str:
    """A minimal map page used when the folium renderer is unavailable."""
    feats = json.dumps({"type": "FeatureCollection", "features": result.features()})
    safe = feats.replace("</", "<\\/")
    return ("<!doctype html><meta charset=utf-8><title>corridors routes</title>"
            "<p>Interactive map unavailable; routes as GeoJSON:</p>"
            f"<script type='application/json' id=routes>{safe}</script>")


def write_outputs(result: ModelResult, out: Path, *,
                  progress: Callable[[str], None] | None = None) -> dict[str, Path]:
    """Write the output files (:data:`OUTPUT_FILES`) into ``out``, all-or-nothing (other
    files untouched).

    Everything is rendered in memory first; :func:`corridors._io.publish_files` then moves
    the complete set in under a per-folder lock, so the folder never holds files of two runs.
    """
    say = progress or (lambda _m: None)
    check_output_dir(out)
    t0 = time.perf_counter()
    fc = {"type": "FeatureCollection", "features": result.features()}
    files = {
        "links.json": json.dumps(links_payload(result), ensure_ascii=False, indent=2),
        "routes.geojson": json.dumps(fc, ensure_ascii=False),
        "summary.csv": _csv_text(result.summary_rows()),
    }
    result.timings["write"] = time.perf_counter() - t0
    say("rendering map.html")
    t0 = time.perf_counter()
    files["map.html"] = _map_page(result)
    result.timings["render"] = time.perf_counter() - t0
    files["report.md"] = report_markdown(result)
    files["scenario.toml"] = result.scenario_file().to_toml()  # edit it and model it again
    return publish_files(out, {name: text.encode("utf-8") for name, text in files.items()})


def _map_page(result: ModelResult) -> str:
    try:
        from corridors import maps
    except ImportError:
        return _plain_map_html(result)
    fmap = maps.route_map(result.features(), links=links_payload(result),
                          network=result.network, title=f"Corridors in {result.source_name}",
                          panel=_map_panel(result))
    return str(maps.map_html(fmap))


def _map_panel(result: ModelResult) -> dict[str, Any]:
    """The map's side panel as plain text: the headline sentences and the routes table, each
    row naming its route today and with the proposed links (ids as in ``features()``)."""
    trips = result.trips()
    ids = {id(m.route): f"r{i}" for i, m in enumerate(result.modelled, 1) if m.route}
    rows = []
    for trip in trips:
        o, t = _trip_title(result, trip)
        routes = {"existing": ids.get(id(trip.today[0])),
                  "proposed": ids.get(id(trip.with_links))}
        rows.append({"cells": [f"{trip.request.mode}, {o} → {t}", today_cell(trip),
                               _route_cell(trip.with_links, None), saved_cell(trip)],
                     "routes": {k: v for k, v in routes.items() if v is not None}})
    return {"headlines": _findings(result, trips, markdown=False), "rows": rows,
            "columns": ["Trip", "Today", "With proposed links", "Time saved"],
            "caption": "Routes: today and with the proposed links"}


def result_html(result: ModelResult) -> str:
    """Rich notebook display: links with evidence and the route table, all text escaped."""
    e = html.escape
    parts = [f"<h4>corridors: {len(result.links)} link(s), {len(result.routes_list)} route(s)"
             "</h4>"]
    if result.links:
        parts.append("<ol>")
        for lk in result.links:
            d = lk.to_dict()
            modes = "/".join(d.get("modes") or [d.get("mode", "?")])
            ev = (d.get("evidence") or {}).get("text", "")
            parts.append(f"<li><b>{e(modes)}</b> {e(_place_names(d.get('origins')))} → "
                         f"{e(_place_names(d.get('destinations')))} <i>{e(str(d.get('status')))}"
                         f"</i><br><small>{e(ev)}</small></li>")
        parts.append("</ol>")
    rows = result.summary_rows()
    if rows:
        cols = ["link_id", "role", "mode", "from", "to", "scenario", "distance_km", "time_h",
                "border_h", "countries", "time_saved_h"]
        parts.append("<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in cols) + "</tr>")
        for r in rows:
            parts.append("<tr>" + "".join(f"<td>{e(str(r.get(c) if r.get(c) is not None else ''))}"
                                          "</td>" for c in cols) + "</tr>")
        parts.append("</table>")
    return "".join(parts)
