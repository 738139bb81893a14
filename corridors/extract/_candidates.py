"""Candidate links: the record a rule makes when it finds a link in a sentence.

A :class:`RawLink` stays mutable while its sentence is read: legs and via phrases extend
it, its mode is chosen once every rule has run (:mod:`corridors.extract._modes`), and
links in later sentences point back at it.  :func:`corridors.extract._pipeline.extract` turns the
candidates that survive into :class:`~corridors.records.ProposedLink` records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from corridors.extract._corridor_names import NamedCorridor
from corridors.records.place import Place

__all__ = ["RawLink", "countries_of", "path_link"]


@dataclass(slots=True)
class RawLink:
    """A link as a rule found it; ``start`` and ``end`` are offsets in the text."""

    origins: list[Place]
    destinations: list[Place]
    via: list[Place] = field(default_factory=list)
    directed: bool = True
    start: int = 0  # span of the structure in the text
    end: int = 0
    rule: str = ""
    confidence: float = 0.8
    groups: tuple[int, ...] = ()
    mode: tuple[str, ...] | None = None
    anchor: int = -1  # where the status clause is looked up (default: start)
    dest_group: int = -1  # the group of the destinations (for legs that follow)
    mode_hint: tuple[str, ...] | None = None  # the mode when no cue is near (coreference)
    leg_of: RawLink | None = None  # the leg before this one ("... to B, then by rail to C")
    antecedent: RawLink | None = None  # the link "the line" refers to (previous sentence)
    named: NamedCorridor | None = None


def path_link(
    places: list[Place],
    *,
    start: int,
    end: int,
    rule: str,
    confidence: float,
    groups: tuple[int, ...] = (),
) -> RawLink | None:
    """An undirected link along ``places`` (a route chain, a list of partners, a named
    corridor): the first place is the origin, the last the destination, the others are
    via points.  ``None`` for fewer than two places."""
    if len(places) < 2:
        return None
    return RawLink(places[:1], places[-1:], via=places[1:-1], directed=False, start=start,
                   end=end, rule=rule, confidence=confidence, groups=groups)


def countries_of(places: Iterable[Place]) -> set[str]:
    """ISO2 codes of ``places``; a region counts as its member countries."""
    out: set[str] = set()
    for p in places:
        if p.members:
            out.update(p.members)
        elif p.country:
            out.add(p.country)
    return out
