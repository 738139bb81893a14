"""``corridors extract TEXT_FILE|- [--format table|json|scenario] [--min-confidence X]``:
links proposed in a text (``scenario``: as a scenario file to edit and model)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from corridors.cli._options import add_format, add_min_confidence

if TYPE_CHECKING:
    from corridors.extract._pipeline import Extraction

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``extract`` command."""
    parser = subparsers.add_parser(
        "extract",
        help="find the transport links a text proposes",
        description=(
            "Read a news report or policy text and list the transport links it proposes: "
            "mode, origins, destinations, via, status, and the sentence that supports each."
        ),
    )
    parser.add_argument("text_file", metavar="TEXT_FILE", help="a UTF-8 text file, or - for stdin")
    add_format(parser, ("table", "json", "scenario"))
    add_min_confidence(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract links from ``args.text_file`` and print them as a table or JSON."""
    import json

    from corridors.cli._text_input import read_text
    from corridors.extract._pipeline import extract

    text, _label, notes = read_text(args.text_file)
    result = extract(text, min_confidence=args.min_confidence)
    for note in (*notes, *result.notes):
        print(f"corridors: note: {note}", file=sys.stderr)
    if not result.links:
        print("corridors: note: no transport links found.", file=sys.stderr)
    if args.format == "scenario":
        from corridors.scenarios.scenario_file import scenario_from_links

        name = Path(_label).stem if args.text_file != "-" else "extracted"
        sys.stdout.write(scenario_from_links(list(result.links), name=name,
                                             description=f"Links found in {_label}.").to_toml())
    elif args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(result))
    return 0


def _names(places: tuple[object, ...]) -> str:
    return ", ".join(getattr(p, "name", "?") for p in places) or "-"


def format_table(result: Extraction) -> str:
    """A person-readable table of the links, each followed by its evidence sentence."""
    import textwrap

    if not result.links:
        return ""
    lines = []
    header = f"{'id':<4} {'mode':<5} {'status':<18} {'conf':>4}  link"
    lines.append(header)
    lines.append("-" * 78)
    for link in result.links:
        arrow = "->" if link.directed else "<->"
        route = f"{_names(link.origins)} {arrow} {_names(link.destinations)}"
        if link.via:
            route += f"  via {_names(link.via)}"
        mode = link.mode if link.mode != "land" else "land"
        status = link.status + (f" ({link.status_detail})" if link.status_detail else "")
        lines.append(f"{link.id:<4} {mode:<5} {status:<18} {link.confidence:>4.2f}  {route}")
        quote = textwrap.shorten(" ".join(link.evidence_text.split()), 300, placeholder=" ...")
        for part in textwrap.wrap(f'"{quote}" [{link.start}:{link.end}]', 72):
            lines.append(" " * 6 + part)
    return "\n".join(lines) + "\n"
