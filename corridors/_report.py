"""Writing a :class:`~corridors.scenarios.ModelResult`: files, the Markdown report, HTML."""

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
    from corridors._route_types import Route
    from corridors.scenarios import ModelledRoute, ModelResult

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

OUTPUT_FILES = ("links.json", "routes.geojson", "summary.csv", "report.md", "map.html")


def _d(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    out: dict[str, Any] = obj.to_dict()
    return out


def links_payload(result: ModelResult) -> dict[str, Any]:
    """The ``corridors extract --format json`` shape: ``{"links": [...], "places": [...]}``."""
    return {"links": [_d(lk) for lk in result.links], "places": [_d(p) for p in result.places]}


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


def _group(result: ModelResult) -> list[tuple[ModelledRoute | None, ModelledRoute | None,
                                              list[ModelledRoute]]]:
    """(existing, proposed, comparisons) per proposal request, in order."""
    order: list[tuple[Any, ...]] = []
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for m in result.modelled:
        req = m.request
        # a comparison avoids the country its proposal goes through: group them together
        through = req.via_country if req.role == "proposal" else (req.avoid or (None,))[0]
        key = (req.mode, req.origin, req.destination, through, req.via_nodes)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"existing": None, "proposed": None, "comparisons": []}
            order.append(key)
        if m.request.role == "proposal":
            g[m.scenario] = m
        else:
            g["comparisons"].append(m)
    return [(groups[k]["existing"], groups[k]["proposed"], groups[k]["comparisons"])
            for k in order]


#: Headline findings at most per link and mode.
FINDINGS_PER_LINK_MODE = 1


def _span(r: Route) -> str:
    return f"{format_hours(r.time_h)} ({r.distance_km:,.0f} km)"


def _findings(result: ModelResult, groups: list[tuple[ModelledRoute | None, ModelledRoute | None,
                                                       list[ModelledRoute]]], *,
              markdown: bool = True) -> list[str]:
    """One plain sentence per link and mode: what the proposal changes, against what."""
    esc: Callable[[Any], str] = _md if markdown else str
    seen: dict[tuple[str, str], int] = {}
    out: list[str] = []
    for ex, pr, comps in groups:
        base = pr or ex
        if base is None:
            continue
        req = base.request
        key = (",".join(req.link_ids), req.mode)
        if seen.get(key, 0) >= FINDINGS_PER_LINK_MODE:
            continue
        r_ex = ex.route if ex else None
        r_pr = pr.route if pr else None
        r_any = r_pr or r_ex
        if r_any is None:
            continue
        seen[key] = seen.get(key, 0) + 1
        head = (f"{req.mode.capitalize()}, {esc(r_any.origin.name)} → "
                f"{esc(r_any.destination.name)}")
        if markdown:
            head = f"**{head}**"
        if req.via_country:
            head += f" through {esc(result.country_name(req.via_country))}"
        # today's best: the route through the via country, or an alternative avoiding it
        today = [(r_ex, "")] if r_ex is not None else []
        today += [(c.route, f", {c.request.label}") for c in comps
                  if c.scenario == "existing" and c.route is not None]
        best_today = min(today, key=lambda t: t[0].time_h) if today else None
        if r_pr is None:
            assert r_ex is not None
            text = f"{head}: {_span(r_ex)} today."
        elif best_today is None:
            text = (f"{head}: no {req.mode} route today; with the proposed links "
                    f"{_span(r_pr)}.")
        elif best_today[0].time_h - r_pr.time_h > 0.05:
            r0, how = best_today
            text = (f"{head}: {_span(r_pr)} with the proposed links, against {_span(r0)} "
                    f"today{esc(how)}: {format_hours(r0.time_h - r_pr.time_h)} saved.")
        elif best_today[0] is r_ex and abs(best_today[0].time_h - r_pr.time_h) <= 0.05:
            text = f"{head}: {_span(r_pr)}, the same today: no proposed link shortens it."
        else:
            r0, how = best_today
            text = (f"{head}: {_span(r_pr)} even with the proposed links, slower than "
                    f"today's {_span(r0)}{esc(how)}.")
        out.append(text)
    return out


def findings(result: ModelResult, *, markdown: bool = False) -> list[str]:
    """The report's headline sentences, one per link and mode (plain text by default)."""
    return _findings(result, _group(result), markdown=markdown)


def report_markdown(result: ModelResult) -> str:
    """A short report a person can read without knowing the code."""
    from corridors import __version__

    out: list[str] = []
    out.append(f"# Corridors proposed in {_md(result.source_name)}")
    out.append("")
    out.append(f"Made by corridors {__version__} on {time.strftime('%Y-%m-%d')}. Routes run on "
               "the bundled corridor network (see `data/README.md` for every source); "
               "*existing* uses links in service only, *proposed* adds the planned, proposed and "
               "under-construction links and hypothetical direct flights.")
    out.append("")
    out.append(f"## Links found in the text ({len(result.links)})")
    out.append("")
    if not result.links:
        out.append("No transport link was found in the text, so nothing was routed.")
    for i, lk in enumerate(result.links, 1):
        d = _d(lk)
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
    groups = _group(result)
    findings = _findings(result, groups)
    if findings:
        out.append("## In short")
        out.append("")
        out.extend(f"- {f}" for f in findings)
        out.append("")
    if groups:
        out.append("## Routes: today's network and with the proposed links")
        out.append("")
        out.append("| Link | Mode | From → To | Through | Existing network | With proposed links "
                   "| Time saved |")
        out.append("|---|---|---|---|---|---|---|")
        for ex, pr, _ in groups:
            m = pr or ex
            if m is None:
                continue
            req = m.request
            r = m.route or (ex.route if ex else None)
            o = r.origin.name if r else result._node_name(req.origin)
            t = r.destination.name if r else result._node_name(req.destination)
            saved = "–"
            if ex and pr and ex.route and pr.route:
                dh = ex.route.time_h - pr.route.time_h
                saved = format_hours(dh) if dh > 0.05 else "none"
            elif pr and pr.route and ex and not ex.route:
                saved = "new connection"
            through = result.country_name(req.via_country) if req.via_country else ""
            out.append(f"| {_md(','.join(req.link_ids))} | {req.mode} | {_md(o)} → {_md(t)} | "
                       f"{_md(through)} | {_route_cell(ex.route if ex else None, None)} | "
                       f"{_route_cell(pr.route if pr else None, None)} | {saved} |")
        out.append("")
        fails = [m for ex, pr, _ in groups for m in (ex, pr) if m is not None and not m.ok]
        if fails:
            out.append("Why some routes are missing:")
            out.append("")
            for m in fails[:MAX_REASONS]:
                out.append(f"- {m.scenario}, {m.request.mode}: {_md(m.error)}")
            if len(fails) > MAX_REASONS:
                out.append(f"- … and {len(fails) - MAX_REASONS} more (see `summary.csv`, "
                           "column `error`).")
            out.append("")
        comp_groups = [(ex, pr, comps) for ex, pr, comps in groups if comps]
        if comp_groups:
            out.append("## Compared with today's alternatives")
            out.append("")
            out.append("Each corridor proposed through a country is set against the best routes "
                       "that leave the origin's country through another neighbour and avoid "
                       "that country, on today's network and with the proposed links.")
            out.append("")
            for ex, pr, comps in comp_groups:
                base = pr or ex
                assert base is not None
                req = base.request
                r0 = base.route
                title = (f"{r0.origin.name} → {r0.destination.name}" if r0 else
                         f"{result._node_name(req.origin)} → "
                         f"{result._node_name(req.destination)}")
                out.append(f"**{_md(title)}, {req.mode}**")
                out.append("")
                out.append("| Route | Distance | Time | Border time | Crossings |")
                out.append("|---|---|---|---|---|")
                rows: list[tuple[str, Route | None]] = []
                through = result.country_name(req.via_country)
                if pr is not None:
                    rows.append((f"through {through}, with the proposed links", pr.route))
                if ex is not None:
                    rows.append((f"through {through}, today's network", ex.route))
                rows += [(f"{'today' if c.scenario == 'existing' else 'with proposed links'}, "
                          f"{c.request.label}", c.route) for c in comps]
                for label, r in rows:
                    if r is None:
                        out.append(f"| {_md(label)} | no route | | | |")
                        continue
                    out.append(f"| {_md(label)} | {r.distance_km:,.0f} km | "
                               f"{format_hours(r.time_h)} | {format_hours(r.border_h)} | "
                               f"{_md(', '.join(c.name for c in r.crossings))} |")
                out.append("")
    for kind, heading in (("not_modelled", "Not modelled"), ("note", "Notes on modelling")):
        items = [u for u in result.unmodelled if u.kind == kind]
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
    """Write the five output files into ``out``, all-or-nothing (other files untouched).

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
    return publish_files(out, {name: text.encode("utf-8") for name, text in files.items()})


def _map_page(result: ModelResult) -> str:
    try:
        from corridors import maps
    except ImportError:
        return _plain_map_html(result)
    fmap = maps.route_map(result.features(), links=links_payload(result),
                          network=result.network, title=f"Corridors in {result.source_name}")
    return str(maps.map_html(fmap))


def result_html(result: ModelResult) -> str:
    """Rich notebook display: links with evidence and the route table, all text escaped."""
    e = html.escape
    parts = [f"<h4>corridors: {len(result.links)} link(s), {len(result.routes_list)} route(s)"
             "</h4>"]
    if result.links:
        parts.append("<ol>")
        for lk in result.links:
            d = _d(lk)
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
