"""``corridors compare A.toml B.toml [C.toml ...]``: the same pairs routed in each scenario."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from corridors.cli._options import add_data, add_when

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "compare",
        help="route the same origin-destination pairs in two or more scenario files",
        description="Route the same pairs (the scenarios' links' own, or --od) in each "
        "scenario file and write compare.csv (distance, time split, difference to the "
        "first), compare.md (which scenario wins each pair, and by how much) and "
        "compare.html (a map) into --out, all-or-nothing.",
    )
    p.add_argument("scenario_files", metavar="SCENARIO_FILE", nargs="+",
                   help="two or more scenario files (.toml); the first is the reference")
    p.add_argument("--od", action="append", default=[], metavar="FROM:TO",
                   help="a pair to route, e.g. Peshawar:Kabul (repeatable; default: the "
                   "scenarios' links)")
    p.add_argument("--mode", action="append", choices=("road", "rail", "air", "sea",
                                                        "multimodal"),
                   help="mode of the --od pairs (repeatable; default road)")
    p.add_argument("--scenario", choices=("existing", "proposed"), default="proposed",
                   help="route each scenario's proposed network (its links and lines as "
                   "plans; default) or only what is in service in it")
    p.add_argument("--out", default="out", metavar="DIR", help="output folder (default out/)")
    add_data(p)
    add_when(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from corridors._io import check_output_dir
    from corridors.errors import InputError
    from corridors.scenarios.compare import compare
    from corridors.scenarios.scenario_file import Scenario

    if len(args.scenario_files) < 2:
        raise InputError("compare needs at least two scenario files.")
    if args.mode and not args.od:
        raise InputError("--mode goes with --od; the links' pairs keep their own modes.")
    check_output_dir(args.out)  # a bad --out is found before any work
    scenarios = [Scenario.from_file(f) for f in args.scenario_files]  # all checked first
    network = None
    if args.data:
        from corridors.network._graph import load_network

        network = load_network(args.data)
    quiet = getattr(args, "quiet", False)

    def say(msg: str) -> None:
        if not quiet:
            print(f"  {msg}", file=sys.stderr)

    result = compare(scenarios, od=args.od, modes=tuple(args.mode or ("road",)),
                     status=args.scenario, network=network, month=args.month, date=args.date,
                     progress=say)
    paths = result.write(args.out)
    for sentence in result.sentences():
        print(sentence)
    if not result.pairs:
        print("corridors: no pair to compare (the scenarios have no links); give --od.",
              file=sys.stderr)
    print("")
    print("wrote " + ", ".join(str(p) for p in paths.values()))
    return 0
