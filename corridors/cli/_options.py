"""Options shared by several commands, defined once."""

from __future__ import annotations

import argparse

__all__ = ["add_format", "add_scenario"]


def add_format(parser: argparse.ArgumentParser, choices: tuple[str, ...]) -> None:
    """``--format`` with the given choices; the first is the default."""
    parser.add_argument(
        "--format",
        choices=choices,
        default=choices[0],
        help=f"output format (default {choices[0]})",
    )


def add_scenario(parser: argparse.ArgumentParser, default: str = "existing") -> None:
    """``--scenario existing|proposed``."""
    parser.add_argument(
        "--scenario",
        choices=("existing", "proposed"),
        default=default,
        help="existing: only links in service; proposed: adds planned, proposed and "
        f"under-construction links (default {default})",
    )
