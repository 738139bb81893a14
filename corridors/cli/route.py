"""``corridors route FROM TO``: a route on the corridor network (or an OSM graph)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from corridors.cli._options import (
    add_data,
    add_format,
    add_scenario,
    add_scenario_file,
    add_when,
)
from corridors.cli._route_table import format_route_table

if TYPE_CHECKING:  # pragma: no cover
    pass

__all__ = ["format_route_table", "register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "route",
        help="route between two places on road, rail, air, sea or multimodal networks",
        description="Route between two places. FROM, TO and --via take a place name "
        "(city, border crossing, port, IATA code, country) or LAT,LON.",
    )
    p.add_argument("origin", metavar="FROM")
    p.add_argument("destination", metavar="TO")
    p.add_argument("--mode", default="road",
                   help="road, rail, air, sea or multimodal (default road)")
    p.add_argument(
        "--via",
        action="append",
        default=[],
        metavar="PLACE",
        help="pass through this place or country (repeatable, in order)",
    )
    p.add_argument(
        "--avoid",
        action="append",
        default=[],
        metavar="COUNTRY",
        help="do not enter this country (repeatable)",
    )
    add_scenario(p)
    p.add_argument("--optimize", default="time",
                   help="time, distance, cost (USD per container) or generalized (cost + time "
                        "x value of time; default time)")
    p.add_argument(
        "--alternatives",
        type=int,
        default=0,
        metavar="K",
        help="also find K genuinely different alternatives",
    )
    add_format(p, ("table", "json", "geojson"))
    p.add_argument(
        "--network",
        choices=("corridor", "osm"),
        default="corridor",
        help="the embedded corridor network (default) or an OSM graph (--osm-file)",
    )
    p.add_argument(
        "--osm-file", metavar="FILE", help="OSM XML/PBF file or saved graph, with --network osm"
    )
    p.add_argument("--road-classes", default="motorway,trunk,primary", metavar="LIST",
                   help="with --network osm: highway classes kept, comma-separated, or 'all'")
    p.add_argument("--railway", default="rail", metavar="LIST",
                   help="with --network osm: railway values kept (default rail)")
    add_data(p)
    add_when(p)
    add_scenario_file(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from corridors.errors import InputError

    if args.network == "osm":
        if not args.osm_file:
            raise InputError("--network osm needs --osm-file FILE.")
        if args.mode not in ("road", "rail"):
            raise InputError("--network osm routes by road or rail only.")
        if args.via or args.avoid or args.alternatives or args.scenario != "existing" or \
                args.scenario_file:
            raise InputError("--network osm takes no --via, --avoid, --alternatives, "
                             "--scenario or --scenario-file; route on the corridor network "
                             "for those.")
        from corridors import osm
        from corridors.cli._osm_options import way_filter as _filter

        graph = osm.load_graph(args.osm_file, mode=args.mode, way_filter=_filter(args))
        r = osm.route_osm(graph, args.origin, args.destination, mode=args.mode,
                          optimize=args.optimize)
    else:
        if args.osm_file:
            raise InputError("--osm-file goes with --network osm.")
        from corridors.network.routing import route

        network = None
        if args.data:
            from corridors.network._graph import load_network

            network = load_network(args.data)
        if args.scenario_file:
            from corridors.scenarios.edits import scenario_network
            from corridors.scenarios.scenario_file import Scenario

            network = scenario_network(Scenario.from_file(args.scenario_file), network)
        r = route(
            args.origin,
            args.destination,
            mode=args.mode,
            via=args.via,
            avoid=args.avoid,
            scenario=args.scenario,
            optimize=args.optimize,
            alternatives=args.alternatives,
            network=network,
            month=args.month,
            date=args.date,
        )
    if args.format == "json":
        print(json.dumps(r.to_dict(), ensure_ascii=False, indent=2))
    elif args.format == "geojson":
        feats = [r.to_feature(role="best")] + [
            a.to_feature(role=f"alternative {i}") for i, a in enumerate(r.alternatives, 1)
        ]
        print(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False))
    else:
        print(format_route_table(r))
    sys.stdout.flush()
    return 0
