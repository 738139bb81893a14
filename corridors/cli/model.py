"""``corridors model TEXT_FILE|SCENARIO.toml``: extract the links a text proposes (or read a
scenario file) and model them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from corridors.cli._options import add_data, add_min_confidence, add_scenario_file, add_when

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "model",
        help="extract links from a text, route them in both scenarios, write report and map",
        description="Read a text, extract the transport links it proposes, route them on the "
        "corridor network without and with the proposed links, compare with today's "
        "alternatives, and write links.json, routes.geojson, summary.csv, report.md, "
        "map.html and scenario.toml (the run as a scenario file, to edit and model again) "
        "into --out. A .toml input is a scenario file: its links are modelled on the network "
        "with its edits.",
    )
    p.add_argument("text_file", metavar="TEXT_FILE",
                   help="a text file, - for stdin, or a scenario file (.toml)")
    p.add_argument("--out", default="out", metavar="DIR", help="output folder (default out/)")
    p.add_argument("--scenario", choices=("existing", "proposed"), action="append",
                   help="only this scenario (repeatable; default both)")
    p.add_argument("--gateways", metavar="CSV", help="a gateways file overriding "
                   "data/gateways.csv (columns country,mode,node,rank)")
    p.add_argument("--no-compare", action="store_true",
                   help="skip the comparison with today's alternatives")
    add_data(p)
    add_when(p)
    add_scenario_file(p)
    add_min_confidence(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from corridors import scenarios
    from corridors.errors import InputError

    quiet = getattr(args, "quiet", False)

    def say(msg: str) -> None:
        if not quiet:
            print(f"  {msg}", file=sys.stderr)

    from corridors._io import check_output_dir
    from corridors.cli._text_input import read_article
    from corridors.scenarios.scenario_file import Scenario

    check_output_dir(args.out)  # a bad --out is found before any work
    edits = Scenario.from_file(args.scenario_file) if args.scenario_file else None
    source: str | Scenario
    if args.text_file.lower().endswith(".toml"):
        if edits is not None:
            raise InputError("Give the edits in the scenario file itself (or make it the "
                             "'base' of another) instead of --scenario-file with a .toml "
                             "input.")
        source = Scenario.from_file(args.text_file)
        label = source.name
    else:
        source, label = read_article(args.text_file)
    network = None
    if args.data:
        from corridors.network._graph import load_network

        network = load_network(args.data)
    gateways = scenarios.load_gateways(args.gateways) if args.gateways else None
    res = scenarios.model(source, edits=edits,
                          scenarios=tuple(args.scenario or ("existing", "proposed")),
                          network=network, gateways=gateways, compare=not args.no_compare,
                          progress=say, source_name=label, month=args.month,
                          date=args.date, min_confidence=args.min_confidence)
    paths = res.write(args.out, progress=say)
    if not res.links:
        print(f"corridors: no transport link found in {label}; the files say so.",
              file=sys.stderr)
    print(_summary(res))
    print("")
    print("wrote " + ", ".join(str(p) for p in paths.values()))
    return 0


def _summary(res: Any) -> str:
    """Headline sentences and a table of each proposal: today against with the links."""
    from corridors.scenarios.report import (
        _route_cell,
        _trip_title,
        findings,
        saved_cell,
        today_cell,
    )

    skipped = sum(1 for u in res.unmodelled if u.kind == "not_modelled")
    trips = res.trips()
    lines = [f"{len(res.links)} link(s), {len(trips)} trip(s) in the table below "
             f"({len(res.routes_list)} routes computed, comparisons included), "
             f"{skipped} not modelled"]
    heads = findings(res)
    if heads:
        lines += ["", "In short:"] + [f"  - {h}" for h in heads]
    if trips:
        lines += ["", f"{'link':<6} {'mode':<5} {'from - to':<30} {'through':<12} "
                      f"{'today':>36} {'with the links':>22} {'saved':>12}"]
    for trip in trips:
        req = trip.request
        ft = " - ".join(_trip_title(res, trip))
        lines.append(f"{','.join(req.link_ids)[:6]:<6} {req.mode:<5} {ft[:30]:<30} "
                     f"{trip.through[:12]:<12} {today_cell(trip)[:36]:>36} "
                     f"{_route_cell(trip.with_links, None):>22} {saved_cell(trip):>12}")
    if res.unmodelled:
        lines.append("")
    for u in res.unmodelled:
        label = "not modelled" if u.kind == "not_modelled" else "note"
        lines.append(f"{label} ({u.link_id}): {u.reason}")
    return "\n".join(lines)
