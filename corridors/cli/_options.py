"""Options shared by several commands, defined once."""

from __future__ import annotations

import argparse

__all__ = ["add_data", "add_format", "add_min_confidence", "add_scenario", "add_scenario_file",
           "add_when", "positive_km"]


def add_when(parser: argparse.ArgumentParser) -> None:
    """``--month`` / ``--date``: plan for a time of year (seasonal border crossings)."""
    g = parser.add_mutually_exclusive_group()
    g.add_argument("--month", metavar="M",
                   help="plan for a month (1-12 or a name): crossings closed then are not used")
    g.add_argument("--date", metavar="YYYY-MM-DD",
                   help="plan for a date (its month and weekday): crossings closed then are "
                   "not used")


def add_data(parser: argparse.ArgumentParser) -> None:
    """``--data DIR``: a dataset folder to use instead of the packaged one."""
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="a dataset folder with the same files as the packaged one (default: "
        "$CORRIDORS_DATA_DIR, else the network shipped with corridors)",
    )


def positive_km(text: str) -> float:
    """An argparse type: a finite distance in km above 0 (``inf``, ``nan``, ``-1`` refused)."""
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of km") from None
    if not (math.isfinite(value) and 0.0 < value <= 1000.0):
        raise argparse.ArgumentTypeError(f"{text!r} km: give a distance above 0 and at most 1000")
    return value


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


def add_scenario_file(parser: argparse.ArgumentParser) -> None:
    """``--scenario-file FILE``: a scenario file whose network edits apply."""
    parser.add_argument(
        "--scenario-file",
        metavar="FILE",
        help="a scenario file (TOML; see data/examples/) whose network edits apply: new "
        "lines and flights, closed or faster crossings, changed speeds and parameters",
    )


def add_min_confidence(parser: argparse.ArgumentParser) -> None:
    """``--min-confidence X``: leave out extracted links under that confidence."""
    parser.add_argument(
        "--min-confidence", type=_share, default=0.0, metavar="X",
        help="leave out extracted links whose confidence is under X (0-1; a link's "
             "confidence is the share of such links that were right on labelled real "
             "articles; default 0 keeps every link)")


def _share(value: str) -> float:
    """A number from 0 to 1 (argparse turns the error into exit 2 and one sentence)."""
    try:
        x = float(value)
    except ValueError:
        x = -1.0
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, not {value!r}")
    return x
