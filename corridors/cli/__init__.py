"""The ``corridors`` command line.

Each command lives in its own module of this package and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` to a ``run(args) -> int``.  Command modules import
nothing heavy at module level: the route path must start fast.

Errors raised on purpose (:class:`~corridors.errors.CorridorsError`) become one sentence on
stderr and the error's exit code: 2 bad input, 3 no route, 1 anything else.  ``--debug``
shows the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["build_parser", "main"]

#: Command name -> module that implements it.
COMMANDS: dict[str, str] = {
    "extract": "corridors.cli.extract",
    "route": "corridors.cli.route",
    "reach": "corridors.cli.reach",
    "places": "corridors.cli.places",
    "model": "corridors.cli.model",
    "map": "corridors.cli.map",
    "compare": "corridors.cli.compare",
    "osm": "corridors.cli.osm",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("corridors")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every available command registered."""
    parser = argparse.ArgumentParser(
        prog="corridors",
        description="Model transport corridors proposed in text: extract, route, map.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for modname in COMMANDS.values():
        try:
            module = importlib.import_module(modname)
        except ModuleNotFoundError as exc:  # a command not built yet
            if exc.name == modname:
                continue
            raise
        module.register(sub)
    # the global options also work after the command name (`corridors route A B --debug`)
    for cmd in sub.choices.values():
        g = cmd.add_argument_group("global options")
        g.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS)
        g.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS)
        g.add_argument("--debug", action="store_true", default=argparse.SUPPRESS)
    return parser


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = (
        logging.ERROR
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose == 1 else logging.WARNING)
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root = logging.getLogger("corridors")
    root.handlers[:] = [handler]
    root.setLevel(level)


def _use_data(folder: str | None) -> None:
    """``--data DIR`` chooses the dataset of every step of the command (maps included)."""
    from corridors import settings
    from corridors.errors import InputError

    if folder is not None and not Path(folder).is_dir():
        raise InputError(f"--data {folder} is not a folder.")
    settings.use_data_dir(folder)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also the console script's entry point)."""
    from corridors.errors import CorridorsError

    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    from corridors import settings

    before = settings.chosen_data_dir()
    try:
        _use_data(getattr(args, "data", None))
        code: int = args.func(args)
    except CorridorsError as exc:
        if args.debug:
            raise
        print(f"corridors: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("corridors: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"corridors: unexpected error ({type(exc).__name__}: {exc}); "
            "rerun with --debug for the traceback.",
            file=sys.stderr,
        )
        return 1
    finally:
        settings.use_data_dir(before)  # --data holds for this command only
    return code
