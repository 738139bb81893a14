"""Exceptions raised by corridors.

Every error is a :class:`CorridorsError`; subclasses also inherit the built-in exception that
best describes them, so callers may catch either.  Messages are one sentence that says what
was wrong and what to do about it; the CLI prints them as they are.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousPlaceError",
    "CorridorsError",
    "DataError",
    "InputError",
    "NoRouteError",
    "OptionalDependencyError",
    "UnknownPlaceError",
]


class CorridorsError(Exception):
    """Root of every error raised on purpose by corridors."""

    #: Exit code used by the CLI for this kind of error.
    exit_code: int = 1


class InputError(CorridorsError, ValueError):
    """The caller's input (an argument, a file, a text) cannot be used."""

    exit_code = 2


class DataError(CorridorsError, ValueError):
    """A data file (bundled or custom) is malformed; the message names the file and row."""

    exit_code = 2


class UnknownPlaceError(CorridorsError, LookupError):
    """A place name that matches nothing; carries close suggestions."""

    exit_code = 2

    def __init__(self, name: str, suggestions: list[str] | None = None, *,
                 reason: str | None = None) -> None:
        self.name = name
        self.suggestions = list(suggestions or [])
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(reason or f"Unknown place {name!r}.{hint}")


class AmbiguousPlaceError(CorridorsError, LookupError):
    """A place name that matches several places; carries the candidates."""

    exit_code = 2

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = list(candidates)
        super().__init__(
            f"Place {name!r} is ambiguous: {'; '.join(self.candidates)}. "
            "Add a country hint, e.g. 'Hyderabad, PK'."
        )


class NoRouteError(CorridorsError, RuntimeError):
    """No route exists under the given constraints; the message says why."""

    exit_code = 3


class OptionalDependencyError(CorridorsError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    exit_code = 2
