"""Named corridors in a text: their names, the link each name stands for, its legs.

A sentence that names a corridor (:mod:`corridors.extract._corridor_names`) proposes a link
along the corridor's canonical chain.  The named link gives way when the text itemises
the corridor: when its explicit links make a path from the corridor's start to its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from corridors.extract._candidates import RawLink, countries_of, path_link
from corridors.extract._corridor_names import NAMED_CORRIDORS, NamedCorridor
from corridors.extract._patterns import UTILITY
from corridors.gazetteer._index import resolve_place
from corridors.records.place import Place

__all__ = ["NAMED", "NAMED_ANY", "itemised", "named_links"]

#: Named corridors (see :mod:`corridors.extract._corridor_names`) with their compiled patterns.
NAMED: tuple[tuple[re.Pattern[str], NamedCorridor], ...] = tuple(
    (re.compile(c.pattern), c) for c in NAMED_CORRIDORS
)
#: Any corridor name (one pattern): cues and places inside a name are the name's.
NAMED_ANY = re.compile("|".join(f"(?:{c.pattern})" for c in NAMED_CORRIDORS))


@cache
def _chain_places(key: str) -> tuple[Place, ...]:
    """The resolved canonical chain of a named corridor (places the gazetteer lacks dropped)."""
    corridor = next(c for c in NAMED_CORRIDORS if c.key == key)
    out: list[Place] = []
    for name in corridor.chain:
        base, _, cc = name.partition("|")
        p = resolve_place(base, country=cc or None)
        if p is not None:
            out.append(p)
    return tuple(out)



#: A corridor's name as the modifier of something that carries no traffic: "the CPEC fibre
#: cable", "CPEC power projects", "CPEC special economic zones".
_NOT_TRANSPORT_AFTER = re.compile(
    rf"(?:\s*\)|\s*')?\s+(?:[a-z-]+\s+)?(?:{UTILITY.pattern}|(?:fib(?:re|er)|optical|"
    r"energy|gas|(?:special\s+)?economic\s+zones?|sezs?|industrial\s+zones?)\b)")


def named_links(lower: str, s_start: int, s_end: int) -> Iterable[RawLink]:
    """A link along the canonical chain of each corridor the sentence names."""
    if not NAMED_ANY.search(lower, s_start, s_end):
        return  # most sentences name none: one search instead of one per corridor
    for pat, corridor in NAMED:
        m = pat.search(lower, s_start, s_end)
        if not m or _NOT_TRANSPORT_AFTER.match(lower, m.end()):
            continue
        raw = path_link(list(_chain_places(corridor.key)), start=m.start(), end=m.end(),
                        rule="named-corridor", confidence=0.75)
        if raw is None:
            continue
        raw.mode, raw.named = corridor.modes, corridor
        yield raw


def _area(keys: tuple[str, ...]) -> set[str]:
    """ISO2 codes of a corridor end given as ISO2 codes and region keys."""
    from corridors.gazetteer._tables import REGIONS

    out: set[str] = set()
    for k in keys:
        out.update(REGIONS[k][1] if k in REGIONS else (k,))
    return out


def itemised(corridor: NamedCorridor, links: list[RawLink]) -> bool:
    """Whether explicit links make a path from the corridor's start to its end."""
    start, end = _area(corridor.start), _area(corridor.end)
    edges: dict[str, set[str]] = {}
    for r in links:
        if all(p.kind in {"country", "region"} for p in (*r.origins, *r.destinations)):
            # "between Pakistan and China", "runs from China to Europe across Central Asia":
            # the corridor restated, not itemised
            continue
        for a in countries_of(r.origins):
            for b in countries_of(r.destinations):
                edges.setdefault(a, set()).add(b)
                edges.setdefault(b, set()).add(a)
    seen, todo = set(start), list(start)
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt in end:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False
