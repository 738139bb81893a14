"""Modes: the words that say air, road, rail or sea, and the mode each link gets.

A link takes the nearest mode cue in its clause; else the mode its antecedent had
(coreference); else, in a sentence about connections, the mode carried over from the
previous sentence of the paragraph; else the nearest cue anywhere in the sentence; else
the kind of its ends (airports: air; ports: sea).  A link left without a mode is not a
transport link and is dropped.  Several cues joined by "and" or commas make one cue with
several modes; road and rail together are ``land``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from corridors.extract._candidates import RawLink, countries_of
from corridors.extract._named import NAMED, NAMED_ANY
from corridors.gazetteer._tables import LANDLOCKED

__all__ = [
    "MODE_CLAUSE",
    "MULTIMODAL",
    "TEXT_MODE_MIN",
    "TEXT_MODE_SHARE",
    "assign_modes",
    "clause_ends",
    "clause_of",
    "mode_cues",
    "mode_name",
    "nearest_mode",
    "text_mode",
    "union_modes",
]

#: Words that name a route of several modes at once.
_MULTIMODAL_WORDS = r"multi-?modal|inter-?modal|rail-road|road-rail"
_MODE_CUES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("road", "rail"), re.compile(
        r"\b(?:land\s+(?:connectivity|links?|routes?|transport|corridors?|connections?|"
        r"bridge|access|trade\s+routes?)|overland|by\s+land|surface\s+transport|"
        # "the rail-road corridor", "a multimodal corridor": road and rail together
        rf"{_MULTIMODAL_WORDS})\b")),
    (("air",), re.compile(
        r"\b(?:flights?|flew|fly|flying|airlines?|airways|air\s+(?:links?|connectivity|"
        r"routes?|services?|corridor|traffic|travel|cargo|bridge|connections?|freight)|"
        r"aviation|airports?|aircraft|non-?stop|airlift|charter|flies|flown|codeshare|"
        r"boeing|airbus|embraer)\b")),
    (("rail",), re.compile(
        r"\b(?:rail(?:ways?|roads?|ed)?|trains?|tracks?|locomotives?|wagons?|gauge|"
        r"railcars?|train\s+services?|high-?speed\s+(?:lines?|links?)|(?:main|branch|trunk)"
        r"\s+lines?)\b(?!\s+record)")),
    (("road",), re.compile(
        r"\b(?:roads?(?!\s*-?\s*map)|highways?|motorways?|expressways?|truck(?:s|ed)?|trucking|"
        r"lorr(?:y|ies)|bus(?:es)?|tir|freeways?|road\s+transport|hauliers?|haulage|convoys?|"
        r"truckers?|(?<!train\s)(?<!engine\s)drivers?|border\s+crossings?|"
        # "the bridge connects A with B" (not "the ageing bridges along the route")
        r"bridges?(?=\s+(?:will\s+|would\s+|to\s+|that\s+|which\s+)?(?:connects?|links?|"
        r"joins?|connecting|linking|joining|between)\b)|"
        # "a new bridge across the Panj River is planned to link A with B"
        r"bridges?(?=\s+(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:(?:is|are|was|were|"
        r"will\s+be|would\s+be)\s+(?:\w+\s+){0,2}?)?(?:to\s+)?(?:connects?|links?|joins?|"
        r"connecting|linking|joining|between)\b))\b")),
    (("sea",), re.compile(
        r"\b(?:(?<!dry\s)(?<!border\s)(?<!land\s)(?<!inland\s)ports?|seaports?|shipping|ship(?:s|ped|ments?)?(?<!ship)|"
        # "to ship its goods": the verb says no mode
        r"ship(?!\s+(?:its|their|his|her|our|goods|cargo|products|exports))|"
        r"ferr(?:y|ies)|sea\s+(?:routes?|links?|lanes?|"
        r"freight|transport|connectivity)|maritime\s+(?:links?|routes?|transport|"
        r"connectivity)|vessels?|by\s+sea|container\s+lines?|ro-?ro|harbou?rs?|"
        r"port-to-port|feeder|sailings?|sail(?:s|ed)?|berth(?:s|ed|ing)?|call(?:s|ed|ing)?\s+at|"
        r"container\s+(?:ships?|vessels?|services?|calls?)(?!\s+(?:by|on)\s+rail)|"
        r"(?:across|over)\s+the\s+(?:[a-z]+\s+)?sea|shipping\s+links?|sea\s+crossings?)\b")),
)
_CUE_TITLE = re.compile(
    r"\b(?:ministry|minister|ministers|chairm[ae]n|department|secretary|committee|board|"
    r"deputy|affairs)\s+(?:of|for)\s+(?:\w+\s+(?:and|&)\s+)?$"
)
#: Clause ends for mode cues (finer than for status: "..., he said, and ...").
MODE_CLAUSE = re.compile(
    r";|,\s*(?:while|whereas|but|although|though|and|he|she|they|it|(?:from\s+)?where)\b|"
    r"\s(?:while|whereas)\s|\bbut\b|\s-\s"
)

_GEOGRAPHY = re.compile(
    r"\b(?:area|region|valley|river|range|mountains?|plateau|strip|territory|terrain|"
    r"province|district|desert|basin|lake)\s+(?:\w+\s+){0,2}?"
    r"(?:links|connects|joins|separates|borders|divides|lies)\b"
)
_CONNECT_WORDS = re.compile(
    r"\b(?:connect\w*|link\w*|connectivity|corridors?|routes?|access|transit|services?|lines?|"
    r"crossings?|alignments?|sections?|stretch(?:es)?)\b"
)

#: Rules whose match is a route by itself ("Andijan - Osh", "from A through B to C"): with
#: no cue of its own, it takes the mode carried over from the sentence before.
_ROUTE_RULES = frozenset({"chain", "from-to", "from-via-to"})
#: "the Caspian port of X" names the leg's end, not its mode.
_PORT_OF = re.compile(r"(?:sea)?ports?\s+of\b")
#: "by road and rail", "by road and by rail", "ship, rail and road": one cue.
_CUE_GAP = re.compile(r"\s*(?:,|and|&|or|and/or|,\s*and)\s*(?:by\s+)?")
#: Stretches of a line ("the first phase covers the 280 km from A to B").
_SEGMENT = re.compile(
    r"\b(?:phase|section|stretch|segment|leg|km|kilometres?|kilometers?|miles)\b"
)
_AIRLINE_NAME = re.compile(r"\b(?:[A-Z][a-z]+ Air|Air [A-Z][a-z]+|Fly[A-Z]?[a-z]+)\b")


def mode_cues(
    lower: str, start: int, end: int, folded: str | None = None,
    names: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Mode cues in the sentence as (start, end, modes), coordinated cues merged.

    ``folded`` (the case-kept text) lets airline names ("Somon Air", "Air Astana") count
    as air cues; ``names`` are the spans where :data:`NAMED_ANY` matches in the sentence,
    when they were found before.
    """
    found: list[tuple[int, int, tuple[str, ...]]] = []
    taken: list[tuple[int, int]] = []
    if folded is not None and (folded.find("Air", start, end) >= 0
                               or folded.find("Fly", start, end) >= 0):  # in every name
        for m in _AIRLINE_NAME.finditer(folded, start, end):
            found.append((m.start(), m.end(), ("air",)))
            taken.append((m.start(), m.end()))
    for modes, pat in _MODE_CUES:
        for m in pat.finditer(lower, start, end):
            a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            if _CUE_TITLE.search(lower, max(start, a - 60), a):
                continue
            found.append((a, b, modes))
            taken.append((a, b))
    any_named = NAMED_ANY.search(lower, start, end) is not None if names is None else bool(names)
    named = NAMED if any_named else ()  # one test for them all
    for pat, corridor in named:  # "the Lapis Lazuli corridor links A with B": land
        for m in pat.finditer(lower, start, end):
            if not any(m.start() < y and x < m.end() for x, y in taken):
                found.append((m.start(), m.end(), corridor.modes))
                taken.append((m.start(), m.end()))
    found.sort()
    merged: list[tuple[int, int, tuple[str, ...]]] = []
    for a, b, modes in found:
        if merged:
            pa, pb, pm = merged[-1]
            gap = lower[pb:a]
            if len(gap) <= 12 and _CUE_GAP.fullmatch(gap):
                merged[-1] = (pa, b, tuple(sorted(set(pm) | set(modes))))
                continue
        merged.append((a, b, modes))
    return merged


def union_modes(
    cues: list[tuple[int, int, tuple[str, ...]]], last: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    """The mode a sentence hands on to the next: road and rail together, else its only
    mode, else the mode of its last link ("... by rail to Astrakhan"), else its first cue
    (the head noun: "The vessels ... can carry 56 rail wagons")."""
    modes: set[str] = set()
    for _, _, m in cues:
        modes |= set(m)
    if {"road", "rail"} <= modes:
        return ("road", "rail")
    if len(modes) == 1:
        return tuple(modes)
    if last is not None:
        return last
    return cues[0][2]


def nearest_mode(
    cues: list[tuple[int, int, tuple[str, ...]]], a: int, b: int
) -> tuple[str, ...] | None:
    """The modes of the cue nearest to the span ``a..b`` (a cue after it counts as
    farther than one before it); ``None`` without cues."""
    best: tuple[float, tuple[str, ...]] | None = None
    for x, y, modes in cues:
        if y <= a:
            d = float(a - y)
        elif x >= b:
            d = (x - b) * 1.5 + 10
        else:
            d = 0.0
        if best is None or d < best[0]:
            best = (d, modes)
    return best[1] if best else None


def assign_modes(
    out: list[RawLink],
    lower: str,
    s_start: int,
    s_end: int,
    cues: list[tuple[int, int, tuple[str, ...]]],
    carried: tuple[str, ...] | None,
    rel_spans: list[tuple[int, int]],
    text_mode: tuple[str, ...] | None = None,
    clauses: Sequence[tuple[int, int]] | None = None,
) -> list[RawLink]:
    """The sentence's links that have a mode, with their mode set (see the module doc).

    ``cues`` are the sentence's :func:`mode_cues`, ``carried`` the mode the previous
    sentence of the paragraph hands on, ``rel_spans`` its relative clauses (their cues
    describe something else), ``text_mode`` the mode the whole text is about, if any: the
    last resort for a link in a sentence that joins places without a cue ("The line is meant
    to join A with B" in an article on a railway); ``clauses`` the sentence's
    :func:`clause_ends` when they were found before.
    """
    says = _Says(lower[s_start:s_end])  # geography, connecting words, stretches of a line
    final: list[RawLink] = []
    claimed: set[int] = set()  # "by <vehicle>" cues bound to the link just before them
    lines: dict[int, RawLink] = {}  # a leg that continued a line -> that line
    for raw in out:
        after = _by_after(lower, cues, raw.end)
        if after is not None:
            raw.mode = after[1]  # "... then on to China by truck": the leg says its vehicle
            claimed.add(after[0])
            final.append(raw)
            continue
        if raw.leg_of is not None:
            # a leg's mode is said inside the leg ("by rail"), else by a sea it crosses,
            # else it is the previous leg's (the line that leg continued, if it did)
            line = lines.get(id(raw.leg_of), raw.leg_of)
            modes = nearest_mode([c for c in cues if raw.start <= c[0] and c[1] <= raw.end
                                  and c[0] not in claimed
                                  and not _PORT_OF.match(lower, c[0])],  # "the port of X"
                                 raw.start, raw.end)
            if modes is None and any(p.kind == "sea" for p in raw.via):
                modes = ("sea",)
            if (modes is None and line.mode is not None and any(r is line for r in final)
                    and _goes_on(line, raw)):
                _extend(line, raw)  # "to B, and carried on to C": one line on to C
                lines[id(raw)] = line
                continue
            modes = modes or line.mode
            if modes is None:
                continue
            raw.mode = modes
            final.append(raw)
            continue
        a, b = clause_of(lower, s_start, s_end, raw.start, raw.end, found=clauses)
        clause_cues = [c for c in cues if a <= c[0] and c[1] <= b
                       and not any(r0 <= c[0] < r1 and not r0 <= raw.start < r1
                                   for r0, r1 in rel_spans)]
        modes = nearest_mode(_vehicle_first(lower, clause_cues), raw.start, raw.end)
        if carried is not None and clause_cues and all(
                _PLACE_CUE.match(lower, c[0]) for c in clause_cues):
            modes = carried  # "it would end at the Kharlachi border crossing": the line's mode
        elif text_mode is not None and clause_cues and all(
                _WEAK_CUE.match(lower, c[0]) for c in clause_cues):
            modes = text_mode  # "the Xian-Duisburg container service" in a text on trains
        if modes == ("road", "rail"):
            # "the highway ... the only overland route": the specific mode of the clause
            single = {c[2] for c in cues if a <= c[0] and c[1] <= b and len(c[2]) == 1
                      and c[2][0] in {"road", "rail"}}
            if len(single) == 1:
                modes = single.pop()
        if _multimodal_name(lower, raw.start, raw.end):
            modes = ("road", "rail")  # "a train along the multimodal corridor A-B-C": land
        if raw.rule == "coreference" and raw.mode_hint is not None:
            modes = raw.mode_hint  # "the line ... to the port of X": still the line's mode
        if raw.destinations and all(p.kind == "sea" for p in raw.destinations) and modes is None:
            continue  # "its shortest route to the Arabian Sea": access, not a link
        if modes is None and raw.mode_hint is not None:
            modes = raw.mode_hint
            raw.confidence -= 0.1
        if modes is None and carried is not None and not says(_GEOGRAPHY) and (
            says(_CONNECT_WORDS) or (says(_SEGMENT) and raw.rule in _ROUTE_RULES)
        ):
            modes = carried
            raw.confidence -= 0.15
        if modes is None:
            modes = nearest_mode(cues, raw.start, raw.end)
            raw.confidence -= 0.05
        kinds = {p.kind for p in raw.origins + raw.destinations}
        if modes is None and kinds in ({"airport"}, {"port"}) and says(_CONNECT_WORDS):
            modes = ("air",) if kinds == {"airport"} else ("sea",)  # the ends say the mode
        if modes is None:
            # a dash-joined chain of places is a route by itself ("Andijan - Osh")
            if (carried or text_mode) is None or says(_GEOGRAPHY) or not (
                    says(_CONNECT_WORDS) or raw.rule in _ROUTE_RULES):
                continue
            modes = carried or text_mode
            raw.confidence -= 0.15 if carried else 0.2
        if modes == ("sea",) and _across_land(raw) and not _inland(raw):
            modes = ("road", "rail")  # "China - Kazakhstan - Aktau - Baku - Poti - Europe"
        if modes == ("sea",) and _inland(raw):
            # "from the port of Karachi to Tashkent": no ship reaches Tashkent
            modes = nearest_mode([c for c in clause_cues if "sea" not in c[2]],
                                 raw.start, raw.end) or next(
                (m for m in (carried, text_mode) if m is not None and "sea" not in m), None)
            if modes is None:
                continue
        raw.mode = modes
        final.append(raw)
    return final


class _Says:
    """Whether a sentence has a match of a pattern: each pattern is searched once, and only
    when a link needs it (most links have a mode cue of their own)."""

    __slots__ = ("_found", "_sentence")

    def __init__(self, sentence: str) -> None:
        self._sentence = sentence
        self._found: dict[re.Pattern[str], bool] = {}

    def __call__(self, pattern: re.Pattern[str]) -> bool:
        if pattern not in self._found:
            self._found[pattern] = pattern.search(self._sentence) is not None
        return self._found[pattern]


#: Cues that name a place on the way (a port, an airport, a crossing), not the vehicle or
#: service: in a clause that also names a vehicle ("a container train pulled into the
#: port of Baku", "the railway to the port of Gwadar") the vehicle says the mode.
_PLACE_CUE = re.compile(
    r"(?:sea)?ports?\b|airports?\b|harbou?rs?\b|border\s+crossings?\b|berth|call(?:s|ed|ing)?\s+at"
)
#: Cues that say little about the vehicle: a place on the way, a consignment, a "container
#: service" (a train or a ship), "non-stop" (a flight, or the "Faisalabad Non-Stop" train).
#: They decide a link's mode only when nothing else does.
_WEAK_CUE = re.compile(_PLACE_CUE.pattern + r"|shipments?\b|container\s+services?\b|non-?stop\b")
#: A text whose strong single-mode cues are at least this share one mode (and at least
#: :data:`TEXT_MODE_MIN` of them) is about that mode: its "line" is a railway, its
#: "container service" a train.
TEXT_MODE_SHARE = 0.75
TEXT_MODE_MIN = 3


def text_mode(lower: str, all_cues: Iterable[list[tuple[int, int, tuple[str, ...]]]],
              ) -> tuple[str, ...] | None:
    """The one mode the text is clearly about (see :data:`TEXT_MODE_SHARE`), else ``None``;
    ``all_cues`` are the :func:`mode_cues` of each of its sentences."""
    counts = Counter(c[2][0] for cues in all_cues for c in cues
                     if len(c[2]) == 1 and not _WEAK_CUE.match(lower, c[0]))
    if not counts:
        return None
    mode, n = counts.most_common(1)[0]
    if n < TEXT_MODE_MIN or n < TEXT_MODE_SHARE * sum(counts.values()):
        return None
    return (mode,)



_BY_GAP = re.compile(r"\s+by\s+(?:[a-z-]+\s+)?")


def _by_after(
    lower: str, cues: list[tuple[int, int, tuple[str, ...]]], end: int
) -> tuple[int, tuple[str, ...]] | None:
    """A "by <vehicle>" cue right after a link's last place: its start and modes."""
    for a, _, modes in cues:
        if a > end and (_BY_GAP.fullmatch(lower, end, a) or (
                lower.startswith("by ", a) and lower[end:a].isspace())):
            return a, modes
    return None


#: A route named as several modes at once, just before or after its places ("the
#: multimodal corridor China-Kyrgyzstan-Uzbekistan", "the A-B-C rail-road corridor").
MULTIMODAL = re.compile(rf"\b(?:{_MULTIMODAL_WORDS})\b")
_MULTIMODAL_BEFORE = re.compile(
    rf"\b(?:{_MULTIMODAL_WORDS})\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:(?:called|named|known\s+as)\s+)?[\"'\u201c\u2018]?$")
_MULTIMODAL_AFTER = re.compile(rf"[\"'\u201d\u2019]?\s(?:{_MULTIMODAL_WORDS})\b")


def _multimodal_name(lower: str, start: int, end: int) -> bool:
    """Whether the places at ``start..end`` are named as a multimodal route: the word
    stands right before them or right after them."""
    return (_MULTIMODAL_BEFORE.search(lower, max(0, start - 60), start) is not None
            or _MULTIMODAL_AFTER.match(lower, end) is not None)


def _across_land(raw: RawLink) -> bool:
    """Whether a route between countries or regions also crosses a country or an inland
    place on the way (a sea leg inside an overland route, not a shipping line)."""
    return bool(raw.via) and all(p.kind in {"country", "region"}
                                 for p in (*raw.origins, *raw.destinations)) and any(
        p.kind in {"country", "region", "city"} for p in raw.via)


def _inland(raw: RawLink) -> bool:
    """Whether an end of the link lies in a country with no sea coast (no ship reaches it)."""
    return any(p.country in LANDLOCKED and p.kind not in {"sea", "region"}
               for p in (*raw.origins, *raw.destinations))


def _vehicle_first(
    lower: str, cues: list[tuple[int, int, tuple[str, ...]]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The clause's vehicle and service cues when it has any, else all its cues."""
    vehicles = [c for c in cues if not _WEAK_CUE.match(lower, c[0])]
    return vehicles or cues


def clause_ends(
    lower: str, s_start: int, s_end: int, ends: re.Pattern[str] = MODE_CLAUSE
) -> list[tuple[int, int]]:
    """The spans where ``ends`` matches in the sentence: found once for the clauses of
    several links (:func:`clause_of`)."""
    return [(m.start(), m.end()) for m in ends.finditer(lower, s_start, s_end)]


def clause_of(
    lower: str, s_start: int, s_end: int, a: int, b: int, *, ends: re.Pattern[str] = MODE_CLAUSE,
    found: Iterable[tuple[int, int]] | None = None,
) -> tuple[int, int]:
    """The clause that holds the span ``a..b``, stretched to cover it; clauses end where
    ``ends`` matches (by default the clause ends for mode cues), or at ``found``, the
    sentence's :func:`clause_ends` for ``ends`` when they were found before."""
    lo, hi = s_start, s_end
    if found is None:
        found = ((m.start(), m.end()) for m in ends.finditer(lower, s_start, s_end))
    for x, y in found:
        if y <= a:
            lo = y
        elif x >= b:
            hi = x
            break
    return lo, hi


def mode_name(modes: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The contract's mode name and modes: road and rail together are ``land``."""
    s = set(modes)
    if s == {"road", "rail"}:
        return "land", ("road", "rail")
    return modes[0], modes


def _goes_on(line: RawLink, leg: RawLink) -> bool:
    """Whether ``leg`` carries ``line`` on beyond its end ("from Xinjiang to Uzbekistan, and
    from there on to Turkmenistan"), rather than into the country the line reached
    ("crossed into Turkmenistan at Torghundi and will travel on to Turkmenbashi")."""
    areas = countries_of(p for p in line.destinations if p.kind in {"country", "region"})
    if areas and all(p.country in areas for p in leg.destinations):
        return False
    return not (any(p.kind == "border_crossing" for p in line.destinations)
                and all(p.kind in {"country", "region"} for p in line.origins))


def _extend(line: RawLink, leg: RawLink) -> None:
    """``line`` goes on along ``leg`` (same vehicle): its end becomes a via point."""
    line.via.extend(p for p in (*line.destinations, *leg.via) if p not in line.via)
    line.destinations = list(leg.destinations)
    line.end = leg.end
