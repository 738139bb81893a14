"""``corridors reach FROM --hours H``: the cities reachable within a time budget."""

from __future__ import annotations

import argparse
import json
from typing import Any

from corridors.cli._options import (
    add_data,
    add_format,
    add_scenario,
    add_scenario_file,
    add_when,
)

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "reach",
        help="cities reachable from a place within a number of hours (an isochrone)",
        description="List the network cities reachable from FROM within --hours, door to door "
        "(moving, border dwell, transfers). Run it in both scenarios to see what the "
        "proposed links bring within reach.",
    )
    p.add_argument("origin", metavar="FROM")
    p.add_argument("--hours", type=float, required=True, help="the time budget in hours")
    p.add_argument("--mode", default="road",
                   help="road, rail, air, sea or multimodal (default road)")
    add_scenario(p)
    p.add_argument("--avoid", action="append", default=[], metavar="COUNTRY",
                   help="do not enter this country (repeatable)")
    add_format(p, ("table", "json"))
    add_data(p)
    add_when(p)
    add_scenario_file(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from corridors._format import format_hours
    from corridors.network._graph import load_network
    from corridors.network.reach import out_of_reach, reachable

    net = load_network(args.data)
    if args.scenario_file:
        from corridors.scenarios.edits import scenario_network
        from corridors.scenarios.scenario_file import Scenario

        net = scenario_network(Scenario.from_file(args.scenario_file), net)
    opts = {"mode": args.mode, "scenario": args.scenario, "avoid": args.avoid,
            "network": net, "month": args.month, "date": args.date}
    found = reachable(args.origin, args.hours, **opts)
    missing = out_of_reach(args.origin, args.hours, **opts)
    names = net.country_display
    if args.format == "json":
        print(json.dumps({
            "reached": [{**r.place.to_dict(), "time_h": round(r.time_h, 2),
                         "distance_km": round(r.distance_km, 1)} for r in found],
            "out_of_reach": [{"country": m.country, "first_city": m.first.name,
                              "time_h": round(m.time_h, 2), "crossing": m.crossing or None,
                              "crossing_h": round(m.crossing_h, 2), "why": m.reason(names)}
                             for m in missing],
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"{len(found)} cities within {args.hours:g} h of {args.origin} by {args.mode} "
          f"({args.scenario} network)")
    for r in found:
        print(f"  {r.place.name:<26} {r.place.country or '':<3} {format_hours(r.time_h):>12} "
              f"{r.distance_km:>8,.0f} km")
    if missing:
        print(f"Countries not within {args.hours:g} h, and what keeps them out:")
        for m in missing:
            print(f"  {m.reason(names)}")
    return 0
