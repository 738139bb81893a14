"""``corridors places QUERY``: find places of the corridor network."""

from __future__ import annotations

import argparse
import json
from typing import Any

from corridors.cli._options import add_data, add_format

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "places",
        help="search the corridor network's places",
        description="List network places (cities, border crossings, ports, stations) whose "
        "name or spelling variant matches QUERY.",
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--country", metavar="CC", help="only this country (ISO code or name)")
    p.add_argument("--limit", type=int, default=10)
    add_format(p, ("table", "json"))
    add_data(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from corridors.network.places import search

    found = search(args.query, country=args.country, limit=args.limit)
    if args.format == "json":
        print(json.dumps([p.to_dict() | {"id": p.id} for p in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"corridors: no network place matches {args.query!r}.", file=sys.stderr)
        return 0
    for p in found:
        print(f"{p.name:<28} {p.country or '':<3} {p.kind:<16} {p.lat:>9.4f} {p.lon:>9.4f}  {p.id}")
    return 0
