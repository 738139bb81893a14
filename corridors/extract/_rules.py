"""Link structures: the rules that find links in one sentence.

The sentence is rewritten as a *skeleton*: lower-case words, with every group of places
("Lahore, Islamabad and Karachi", or a route chain "A-B-C") replaced by one token
``G<n>`` and every blocked place by ``X``.  The rules are patterns on the skeleton:
"from A to B", "to B from A", "left A for B", "connect A with B", "A could be connected
to B", "between A and B" (narrowed by "from X"), route chains, "A and B ... to connect
their ...", "A opened the road", legs that follow a link ("... to B, then by rail to
C"), "flights/road/links to B" with the origin from the sentence's subject, an anaphor
or the link named before, "reach B", and "via/through C".  The patterns themselves live
in :mod:`corridors.extract._patterns`.  The modes of the links are chosen last
(:mod:`corridors.extract._modes`).

:func:`sentence_links` runs the rule families of :data:`_STEPS` in order on one
:class:`_Sentence`, whose place groups come from :mod:`corridors.extract._groups` (a
country that only qualifies a place of its own, "Iran's Bandar Abbas", "Xi'an in China", is
left out there); after the modes a country linked to places inside it is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from corridors.extract._candidates import RawLink, path_link
from corridors.extract._coref import ANAPHOR, DEFINITE_SUBJECT, EXTENSION_WORDS, coreferent
from corridors.extract._crossings import chain_names, crossing_pair
from corridors.extract._groups import Group, drop_qualifiers, place_groups
from corridors.extract._modes import assign_modes, clause_ends, clause_of
from corridors.extract._named import NAMED_ANY
from corridors.extract._nowhere import goes_nowhere
from corridors.extract._patterns import (
    BENEFIT,
    CONTINUE_GAP,
    HISTORY,
    LEG_CUE,
    LEG_GAP_STOP,
    ORIGIN_TARGET,
    P_ARRIVING_FROM,
    P_BETWEEN,
    P_BORDER_AT,
    P_CALLS_AT,
    P_CONNECT,
    P_EXTEND,
    P_FROM,
    P_INTO_AT,
    P_LEG,
    P_PAIR_MODE,
    P_PASS_ENDING,
    P_PASSIVE,
    P_PLANS_FOR,
    P_QUALIFIED_OF,
    P_REACH,
    P_ROUTE_THROUGH,
    P_SERVICE_FROM,
    P_SUBJECT_PAIR,
    P_TARGET,
    P_VIA,
    POINTS_IN,
    POSSESSIVE_BEFORE,
    RELATION_BEFORE,
    THE_HUB,
    THE_LINE,
    THE_PLACE,
    TWO_COUNTRIES,
    UTILITY,
    VIA_GAP_STOP,
    WHERE_BEFORE,
)
from corridors.extract._places import Mention
from corridors.extract._status import RELATIVE
from corridors.records.place import Place

__all__ = ["sentence_links"]

_SK_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[,;:()]|'s?\b")


_OBJECT_BEFORE = re.compile(
    r"\b(?:asked|asks|urged|urges|told|tells|invited|invites|allowed|allows|permitted|"
    r"requested|persuaded|called\s+on|pressed)\s+(?:the\s+)?(?:authorities\s+(?:of|in)\s+)?$"
)
#: An opening phrase that sets other places aside: "Beyond the EU, the airline ...".
_ASIDE_OPENER = re.compile(
    r"\s*(?:beyond|besides|apart\s+from|aside\s+from|unlike|except\s+(?:for\s+)?|"
    r"in\s+addition\s+to|other\s+than|outside)\s[^,;.]{1,80},")
_NEAR_TO = re.compile(r"\b(?:nearest|closest|close|near|next|adjacent|nearer|closer) to ")


def _skeleton(
    lower: str, start: int, end: int, groups: list[Group], blocked: list[Mention]
) -> tuple[str, list[int], list[int]]:
    """The sentence as words and group tokens; returns it with item offsets."""
    spans = sorted(
        [(g.start, g.end, f"G{k}") for k, g in enumerate(groups)]
        + [(m.start, m.end, "X") for m in blocked]
    )
    items: list[tuple[int, str]] = []  # (text offset, item)
    pos = start
    for a, b, tok in spans:
        items += _sk_words(lower, pos, a)
        items.append((a, tok))
        pos = b
    items += _sk_words(lower, pos, end)
    sk_pos: list[int] = []  # skeleton offset of each item
    length = 1
    for _, item in items:
        sk_pos.append(length)
        length += len(item) + 1
    sk = " " + "".join([item + " " for _, item in items])
    return sk, sk_pos, [at for at, _ in items]


def _sk_words(lower: str, a: int, b: int) -> list[tuple[int, str]]:
    """The skeleton words of ``lower[a:b]`` with their text offsets ("'s" is "s")."""
    return [(m.start(), "s" if w in {"'s", "'"} else w)
            for m in _SK_WORD.finditer(lower, a, b) for w in (m.group(),)]


@dataclass(slots=True)
class _Sentence:
    """One sentence on its way through the rule families: its groups and skeleton, the
    links found so far and the groups they used."""

    lower: str
    s_start: int
    s_end: int
    mentions: list[Mention]
    cues: list[tuple[int, int, tuple[str, ...]]]
    carried: tuple[str, ...] | None
    anaphor: Place | None
    prev_link: RawLink | None
    home: Place | None
    groups: list[Group]
    aside_end: int  # where an opening "Beyond the EU," ends (``s_start`` without one)
    sk: str = ""
    sk_pos: list[int] = field(default_factory=list)
    tx_pos: list[int] = field(default_factory=list)
    alias: dict[int, int] = field(default_factory=dict)
    out: list[RawLink] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    rel_spans: list[tuple[int, int]] = field(default_factory=list)
    rel_groups: set[int] = field(default_factory=set)
    via_groups: set[int] = field(default_factory=set)
    via_at: list[tuple[int, int]] = field(default_factory=list)  # (skeleton offset, group)
    clauses: list[tuple[int, int]] = field(default_factory=list)  # MODE_CLAUSE ends
    names: list[tuple[int, int]] = field(default_factory=list)  # NAMED_ANY spans
    objects: set[int] = field(default_factory=set)
    legged: set[int] = field(default_factory=set)

    def tx(self, i: int) -> int:
        """Skeleton offset -> text offset."""
        k = bisect_right(self.sk_pos, i) - 1
        return self.tx_pos[max(k, 0)]

    def ends(self, g: Group) -> list[Place]:
        """The group's places that may end a link (a border town stands for its country);
        "from points in China": the places a plural noun puts "in" a place stand for it."""
        k = self.groups.index(g)
        if k in self.alias:
            g = self.groups[self.alias[k]]
        if POINTS_IN.search(self.lower, max(self.s_start, g.start - 40), g.start):
            return self.ends_or_located(g)
        return [m.place for m in g.members if m.place is not None and m.role == "endpoint"]

    def ends_or_located(self, g: Group) -> list[Place]:
        """:meth:`ends`, with the places a frame "in ..." blocked ("the airport in B")."""
        return [m.place for m in g.members if m.place is not None
                and (m.role == "endpoint" or "located-in" in m.notes)]

    def emit(self, raw: RawLink | None) -> None:
        """Keep a link unless it lacks an end or reuses a group another link took."""
        if raw is None or not raw.origins or not raw.destinations or set(raw.groups) & self.used:
            return
        self.used.update(raw.groups)
        self.out.append(raw)


def sentence_links(
    lower: str,
    s_start: int,
    s_end: int,
    mentions: list[Mention],
    cues: list[tuple[int, int, tuple[str, ...]]],
    carried: tuple[str, ...] | None,
    anaphor: Place | None = None,
    prev_link: RawLink | None = None,
    home: Place | None = None,
    text_mode: tuple[str, ...] | None = None,
    *,
    names: list[tuple[int, int]] | None = None,
    clauses: list[tuple[int, int]] | None = None,
) -> list[RawLink]:
    """The links the rules find in the sentence ``s_start..s_end``, each with its mode.

    ``mentions`` are the sentence's place mentions, ``cues`` its mode cues, ``carried``
    the mode the previous sentence hands on; ``anaphor`` is the company and
    ``prev_link`` the link named last in the paragraph; ``text_mode`` is the mode the
    whole text is about, if it is clearly about one (the last resort for a link whose
    sentence joins places without saying how).  The rule families run in the
    order of :data:`_STEPS`; a group one family used is not reused by a later one.
    ``names`` (the spans of :data:`NAMED_ANY`) and ``clauses`` (its
    :func:`~corridors.extract._modes.clause_ends`) are found here unless given.
    """
    mentions, qualifiers = drop_qualifiers(lower, mentions)
    # an opening "Beyond the EU, ...", "Unlike the Bishkek-Osh road, ...": its places form
    # no list with the subject after its comma (nor are they a subject: :func:`_prepare`)
    aside = _ASIDE_OPENER.match(lower, s_start, s_end)
    aside_end = aside.end() if aside is not None else s_start
    groups = place_groups(lower, [m for m in mentions if m.role != "blocked"
                             or "located-in" in m.notes], qualifiers,
                          breaks=frozenset({aside_end - 1}))  # before the sentence: none
    if not groups:
        return []
    s = _Sentence(lower, s_start, s_end, mentions, cues, carried, anaphor, prev_link, home,
                  groups, aside_end)
    blocked = [m for m in mentions if m.role == "blocked" and "located-in" not in m.notes]
    s.sk, s.sk_pos, s.tx_pos = _skeleton(lower, s_start, s_end, groups, blocked)
    s.names = names if names is not None else [
        (m.start(), m.end()) for m in NAMED_ANY.finditer(lower, s_start, s_end)]
    s.clauses = clauses if clauses is not None else clause_ends(lower, s_start, s_end)
    for step in _STEPS:
        step(s)
    links = assign_modes(s.out, lower, s_start, s_end, cues, carried, s.rel_spans, text_mode,
                         s.clauses)
    return [r for r in links if not goes_nowhere(r)]


def _prepare(s: _Sentence) -> None:
    """Border aliases, groups inside a corridor's name, groups in relative clauses."""
    # "the Chinese border at Lao Cai": the border town stands for the country
    for m in P_BORDER_AT.finditer(s.sk):
        s.alias[int(m["a"])] = int(m["b"])
    for m in P_QUALIFIED_OF.finditer(s.sk):  # "the Middle East hub of Jebel Ali"
        s.alias[int(m["a"])] = int(m["b"])
    for m in P_INTO_AT.finditer(s.sk):  # "crossed into Turkmenistan at Torghundi"
        if all(p.kind == "country" for p in s.groups[int(m["a"])].places):
            s.alias[int(m["a"])] = int(m["b"])
    # a group inside a corridor's name ("the India-Middle East-Europe corridor") is a name
    for n0, n1 in s.names:
        s.used.update(k for k, g in enumerate(s.groups) if g.start >= n0 - 1 and g.end <= n1 + 1)
    # groups in a relative clause (", which already flies from A to B,") are no subject
    s.rel_spans = [(r.start(), r.end()) for r in RELATIVE.finditer(s.lower, s.s_start, s.s_end)]
    s.rel_groups = {k for r0, r1 in s.rel_spans
                    for k, g in enumerate(s.groups) if r0 <= g.start and g.end <= r1}
    s.via_at = [(m.start(), int(m["v"])) for m in P_VIA.finditer(s.sk)]
    s.via_groups = {k for _, k in s.via_at}
    # "asked Uzbekistan for permission to fly to X": the one asked is no subject, nor a place
    # of an opening "Beyond the EU,"
    s.objects = {k for k, g in enumerate(s.groups) if g.end <= s.aside_end
                 or _OBJECT_BEFORE.search(s.lower, max(s.s_start, g.start - 40), g.start)}


#: The key words of every row of ORIGIN_TARGET (a row runs when one of its own is there).
_OT_NEEDLES = frozenset(n for *_, needles in ORIGIN_TARGET for n in needles)


#: Rows of ORIGIN_TARGET whose ends may be places said to be "in" somewhere (a journey's
#: start and end: "set off from X station in A", "ended its journey in B").
_PLACES_IN_RULES = frozenset({"left-arrived", "start-end", "bound-for", "left-for", "to-cities-in"})


def _origin_target(s: _Sentence) -> None:
    """from A to B / to B from A / left A for B / "From A, ... to B" (rows of ORIGIN_TARGET)."""
    present = {n for n in _OT_NEEDLES if n in s.sk}  # each key word looked for once
    for pat, rule, confidence, needles in ORIGIN_TARGET:
        if present.isdisjoint(needles):
            continue  # the pattern cannot match: a cheap test before the regex
        for m in pat.finditer(s.sk):
            ga, gb = int(m["a"]), int(m["b"])
            to_from = rule in {"to-from", "arrived-from", "receive-from"}  # no leg after
            # "the airport in B", "set off from X station in A ... ended its journey in B"
            origins = (s.ends_or_located(s.groups[ga]) if rule in _PLACES_IN_RULES
                       else s.ends(s.groups[ga]))
            dests = (s.ends_or_located(s.groups[gb]) if rule in _PLACES_IN_RULES
                     or rule == "receive-from" else s.ends(s.groups[gb]))
            s.emit(RawLink(origins, dests, directed=True, start=s.tx(m.start()),
                           end=s.groups[ga if to_from else gb].end, rule=rule,
                           confidence=confidence, groups=(ga, gb),
                           dest_group=-1 if to_from else gb))


def _connect(s: _Sentence) -> None:
    """connect A with B; connecting A, B and C; A could be connected to B."""
    for m in P_CONNECT.finditer(s.sk):
        ga = int(m["a"])
        if m["b"] is not None:
            gb = int(m["b"])
            gv = () if m["v"] is None else (int(m["v"]),)
            via = [p for k in gv for p in s.ends(s.groups[k])]
            s.emit(RawLink(s.ends(s.groups[ga]), s.ends(s.groups[gb]), via=via, directed=False,
                           start=s.tx(m.start()), end=s.groups[gb].end, rule="connect",
                           confidence=0.85, groups=(ga, *gv, gb), dest_group=gb))
        else:
            s.emit(path_link(s.ends(s.groups[ga]), start=s.tx(m.start()),
                             end=s.groups[ga].end, rule="connect-list", confidence=0.75,
                             groups=(ga,)))
    for m in P_PASSIVE.finditer(s.sk):
        ga, gb = int(m["a"]), int(m["b"])
        origins = [m2.place for m2 in s.groups[ga].members
                   if m2.place is not None and m2.role in {"endpoint", "subject"}]
        # "the Baku-Astara highway is to be linked to Iran": a route from its first stop
        origins, via = (origins[:1], origins[1:]) if s.groups[ga].chain else (origins, [])
        directed = " to " in m.group(0)[-12:]
        s.emit(RawLink(origins, s.ends(s.groups[gb]), via=via, directed=directed,
                       start=s.groups[ga].start, end=s.groups[gb].end, rule="connected-to",
                       confidence=0.85, groups=(ga, gb)))


def _between(s: _Sentence) -> None:
    """between A and B (with "from X, Y and Z" narrowing one side)."""
    betweens = list(P_BETWEEN.finditer(s.sk))
    # the "from X" groups, looked for only in a sentence with a "between"
    from_only = [int(m["a"]) for m in P_FROM.finditer(s.sk)] if betweens else []
    for m in betweens:
        ga = int(m["a"])
        members = s.ends(s.groups[ga])
        gateway = _GATEWAY_BEFORE.search(s.sk, max(0, m.start() - 40), m.start())
        if len(members) < 2 or ga in s.used or (
                RELATION_BEFORE.search(s.sk, max(0, m.start() - 40), m.start())
                and not gateway and not _through_a_crossing(s, m.end())
                and not _SERVICE_AGREED.search(s.sk, max(0, m.start() - 60), m.start())):
            continue
        if all(p.kind == "region" for p in members):
            continue  # "a gateway between Asia and Europe": a figure, not a route (0 of 9)
        if _BORDER_BEFORE.search(s.sk, max(0, m.start() - 40), m.start()):
            continue  # "at Torkham, on the border between Pakistan and Afghanistan": where
        for gf in from_only:
            if gf in s.used or gf == ga:
                continue
            origins = s.ends(s.groups[gf])
            countries = {p.country for p in origins}
            rest = [p for p in members if p.country not in countries and
                    not (p.members and countries & set(p.members))]
            if origins and rest and len(rest) < len(members):
                s.emit(RawLink(origins, rest, directed=True, start=s.tx(m.start()),
                               end=max(s.groups[gf].end, s.groups[ga].end),
                               rule="between-from", confidence=0.85, groups=(ga, gf)))
                break
        else:
            s.emit(RawLink(members[:1], members[1:], directed=False, start=s.tx(m.start()),
                           end=s.groups[ga].end, rule="between", confidence=0.85,
                           groups=(ga,),
                           mode_hint=("road",) if gateway and s.carried is None else None))


#: "on the border between A and B", "which forms the border between": where a place lies
#: (on the development texts of round 16, 0 right of 10 links; a service "across the
#: border between" two towns is a link).
_BORDER_BEFORE = re.compile(
    r"\b(?:on|at|along|near|of|forms?|is|was|lies) the (?:[a-z]+ )?(?:border|frontier|boundary) $")


#: "new flights were agreed between A and B": the service agreed runs between them (an
#: "agreement signed between A and B" names its parties).
_SERVICE_AGREED = re.compile(
    r"\b(?:flights?|services?|routes?|trains?|lines?|ferr(?:y|ies)|bus(?:es)?|links?) "
    r"(?:(?:was|were|is|are|has been|have been) )?(?:also |now |already )?"
    r"(?:signed|concluded|reached|agreed|struck) $"
)


#: "the main gateway (crossing, checkpoint) for trade between A and B": a way between them.
_GATEWAY_BEFORE = re.compile(
    r"\b(?:gateway|crossing|checkpoint|border point|crossing point)s? (?:for [a-z]+ )?$"
)


def _through_a_crossing(s: _Sentence, at: int) -> bool:
    """"trade between A and B through the Chaman border crossing": the relation has a way
    (a border crossing right after the pair) and is a link."""
    via = P_VIA.match(s.sk, at)
    return via is not None and any(p.kind == "border_crossing"
                                   for p in s.groups[int(via["v"])].places)


def _two_countries(s: _Sentence) -> None:
    """"... between the two countries": the two countries the sentence names."""
    pair = TWO_COUNTRIES.search(s.lower, s.s_start, s.s_end)
    if pair is None:
        return
    named: list[Place] = []
    for m2 in s.mentions:
        p2 = m2.place
        if p2 is not None and p2.kind == "country" and p2 not in named:
            named.append(p2)
    if len(named) == 2:
        s.out.append(RawLink(named[:1], named[1:], directed=False, start=pair.start(),
                             end=pair.end(), rule="two-countries", confidence=0.6))


def _chains_and_pairs(s: _Sentence) -> None:
    """Route chains A-B-C; "a route through A, B and C"; "pass A and B before ending at
    C"; a port rotation ("calls at A, B
    and C"); "A and B ... to connect their ..."; "A and B ... highway"."""
    for k, g in enumerate(s.groups):
        if not g.chain or k in s.used or all(p.kind == "region" for p in g.places):
            continue  # a chain of regions ("the Europe-Caucasus-Asia corridor") names a scheme
        named = chain_names(s.lower, g.places, g.end)
        if named is None:
            stops = s.ends(g)
            if len(stops) > 2 and stops[0] == stops[-1]:
                stops = stops[:-1]  # "the Osh-Tashkent-Osh route": there and back
            s.emit(path_link(stops, start=g.start, end=g.end, rule="chain", confidence=0.8,
                             groups=(k,)))
        elif named == "crossing":
            s.emit(crossing_pair(g.places, start=g.start, end=g.end, groups=(k,)))
    for m in P_ROUTE_THROUGH.finditer(s.sk):
        k = int(m["a"])
        g = s.groups[k]
        ends = s.ends(g)
        if (k not in s.used and not g.chain and len(ends) >= 3
                and all(p.kind == "country" for p in ends)):  # cities after "via" are stops
            s.emit(path_link(ends, start=s.tx(m.start()), end=g.end,
                             rule="route-through", confidence=0.7, groups=(k,)))
    for m in P_PASS_ENDING.finditer(s.sk):
        kv, kb = int(m["v"]), int(m["b"])
        if kv not in s.used and kb not in s.used:
            s.emit(path_link([*s.ends(s.groups[kv]), *s.ends(s.groups[kb])],
                             start=s.tx(m.start()), end=s.groups[kb].end, rule="pass-ending",
                             confidence=0.75, groups=(kv, kb)))
    land = any("sea" not in c[2] for c in s.cues)  # "the train calls at A, B": its stops
    for m in P_CALLS_AT.finditer("" if land else s.sk):
        k = int(m["a"])
        ends = s.ends(s.groups[k])
        if k not in s.used and not s.groups[k].chain and len(ends) >= 2 and all(
                p.kind not in {"country", "region"} for p in ends):
            s.emit(RawLink(ends[:1], ends[1:], directed=False, start=s.tx(m.start()),
                           end=s.groups[k].end, rule="port-rotation", confidence=0.7,
                           groups=(k,)))
    for m in P_SUBJECT_PAIR.finditer(s.sk):
        g = s.groups[int(m["a"])]
        s.emit(path_link(g.places, start=g.start, end=g.end, rule="pair-connect",
                         confidence=0.7, groups=(int(m["a"]),)))
    for m in P_PAIR_MODE.finditer(s.sk):
        g = s.groups[int(m["a"])]
        if any(r.start > g.end for r in s.out):
            continue  # "A and B agreed to upgrade the highway from C to D": that link
        s.emit(path_link(s.ends(g), start=g.start, end=s.tx(m.end() - 1), rule="pair-mode",
                         confidence=0.65, groups=(int(m["a"]),)))


def _legs(s: _Sentence) -> None:
    """Legs after a link: "... to B, then by rail across C to D"; "... and on to D"."""
    for raw in sorted(s.out, key=lambda r: r.end):
        cur = raw
        while cur.dest_group >= 0 and id(cur) not in s.legged:
            s.legged.add(id(cur))
            token = f" G{s.alias.get(cur.dest_group, cur.dest_group)} "
            pos = s.sk.find(token)
            m = P_LEG.match(s.sk, pos + len(token)) if pos >= 0 else None
            if m is None or int(m["c"]) in s.used or LEG_GAP_STOP.search(m["gap"]):
                break
            gc = int(m["c"])
            gap = m["gap"]
            inner = [int(k) for k in re.findall(r"G(\d+)", gap)]
            if any(not re.search(rf"\b(?:via|through|across|transiting|crossing)"
                                 rf" (?:the )?G{k} ", gap)
                   and not all(p.kind == "sea" for p in s.groups[k].places)
                   for k in inner):
                break
            if CONTINUE_GAP.fullmatch(gap):
                cur.via.extend(p for p in cur.destinations if p not in cur.via)
                cur.destinations = s.ends(s.groups[gc])
                cur.end, cur.dest_group = s.groups[gc].end, gc
                s.used.add(gc)
                s.legged.discard(id(cur))
                continue
            if not LEG_CUE.search(gap):
                break
            via = [p for k in inner for p in s.groups[k].places]
            leg = RawLink(list(cur.destinations), s.ends(s.groups[gc]), via=via,
                          directed=True, start=s.tx(pos + len(token)), end=s.groups[gc].end,
                          rule="leg", confidence=0.7, groups=(gc,), dest_group=gc,
                          leg_of=cur, anchor=s.groups[gc].start)
            s.used.update(inner)
            s.emit(leg)
            cur = leg


def _targets(s: _Sentence) -> None:
    """flights / road / links ... to B, with the origin from the sentence's subject, a
    "where" clause, the company named before or the link named before."""
    targets = sorted([*P_TARGET.finditer(s.sk), *P_EXTEND.finditer(s.sk),
                      *P_PLANS_FOR.finditer(s.sk)], key=lambda m: m.start())
    last_end = -1  # where the last target's place group ends in the skeleton
    for m in targets:
        gb = int(m["b"])
        if gb in s.used:
            continue
        if last_end >= 0 and _THEN.search(s.sk, last_end, m.start()):
            continue  # "shipped to B and then trucked to C": a leg from B (see _legs)
        last_end = m.end()
        a_tx = s.tx(m.start())
        if _NEAR_TO.search(m.group(0)):
            continue  # "the Iranian port nearest to India": where it lies, not a link
        if m["t"] == "ties" and not any(abs(c[0] - a_tx) < 60 for c in s.cues):
            continue
        if any(r0 <= a_tx < r1 and BENEFIT.match(s.lower, r0) for r0, r1 in s.rel_spans):
            continue  # ", which would give Iranian goods a route to X": a benefit, not a link
        dests = s.ends(s.groups[gb])
        directed = m.group(0).rstrip().split(" ")[-2] != "with"
        where = WHERE_BEFORE.search(s.sk, 0, m.start())
        if where is not None and int(where["w"]) not in s.via_groups:
            gw = int(where["w"])
            s.emit(RawLink(s.ends(s.groups[gw]), dests, directed=False,
                           start=s.groups[gw].start, end=s.groups[gb].end, rule="where-target",
                           confidence=0.65, groups=(gb,), anchor=a_tx, dest_group=gb))
            continue
        possessive = bool(POSSESSIVE_BEFORE.search(s.sk, max(0, m.start() - 8), m.start()))
        subject = _subject_before(s.groups, gb, orgs_only=possessive,
                                  skip=s.via_groups | s.used | s.rel_groups | s.objects)
        s.emit(_target_link(s, gb, a_tx, dests, directed, subject))


#: Words that start the next leg of a journey between two targets.
_THEN = re.compile(r"\b(?:then|thence|onwards?|onward|from there|before being)\b")


def _target_link(
    s: _Sentence, gb: int, a_tx: int, dests: list[Place], directed: bool,
    subject: tuple[int, list[Place]] | None,
) -> RawLink | None:
    """The link "... to B" names, its origin from the first of: a line named before being
    extended, the subject, the company named before, the link named before."""
    end = s.groups[gb].end
    prev, lower, s_start = s.prev_link, s.lower, s.s_start
    if prev is not None and (
        _extends_line(lower, s_start, a_tx)
        or (subject is None and not (s.anaphor is not None and ANAPHOR.match(lower, s_start))
            and (DEFINITE_SUBJECT.match(lower, s_start) or ANAPHOR.match(lower, s_start)))
    ):
        # "Iran's railway said the line would be extended to X": the line, not Iran
        raw_c = coreferent(prev, dests, lower, s_start, s.s_end)
        raw_c.start, raw_c.end, raw_c.groups, raw_c.dest_group = a_tx, end, (gb,), gb
        return raw_c
    if subject is not None:
        sg, splaces = subject
        if len(splaces) > 1:
            return None  # "Pakistan and Afghanistan ... flights to X": parties, not origins
        return RawLink(splaces, dests, directed=directed, start=min(s.groups[sg].start, a_tx),
                       end=end, rule="to-target", confidence=0.7, groups=(gb,), anchor=a_tx,
                       dest_group=gb)
    if s.anaphor is not None and ANAPHOR.match(lower, s_start):
        # "The airline already flies to Delhi": the company named just before
        return RawLink([s.anaphor], dests, directed=directed, start=a_tx, end=end,
                       rule="to-target-anaphor", confidence=0.55, groups=(gb,), dest_group=gb)
    if s.anaphor is None and prev is None:
        return None
    if prev is not None and _THEN.search(lower, s_start, a_tx):
        if prev.mode is not None and all(set(c[2]) <= set(prev.mode) for c in s.cues):
            # "It ends at Koh-e-Taftan. From there the line ... continues to Zahedan": the
            # same line goes on (no new vehicle)
            prev.via.extend(p for p in prev.destinations if p not in prev.via)
            prev.destinations = list(dests)
            return None
        # "The train reached Aktau. The cargo was then shipped across the Caspian to Baku":
        # the next leg, by another vehicle, from where the link before ended
        return RawLink(list(prev.destinations), dests, directed=True, start=a_tx, end=end,
                       rule="next-leg", confidence=0.55, groups=(gb,), dest_group=gb)
    # no subject at all ("A proposal to run trains to X", "plans for X had been shelved"):
    # the company named before runs it, else it starts where the link named before started
    hub = _hub_before(lower, s_start, a_tx, prev)
    origins = hub or ([s.anaphor] if s.anaphor is not None
                      else list(prev.origins))  # type: ignore[union-attr]
    return RawLink(origins, dests, directed=directed, start=a_tx, end=end,
                   rule="to-target-open", confidence=0.45, groups=(gb,), dest_group=gb,
                   mode_hint=None if s.anaphor is not None or prev is None else prev.mode)


def _arriving_from(s: _Sentence) -> None:
    """"Containers arriving by feeder vessel from A are moved inland": to the port of the
    link named just before; "the city ... many arriving from A": to the dateline's place;
    else to the first place of the link named before."""
    prev = s.prev_link
    for m in P_ARRIVING_FROM.finditer(s.sk):
        ga = int(m["a"])
        if ga in s.used:
            continue
        ends_before = [*prev.origins, *prev.destinations] if prev else []
        dest = next((p for p in ends_before if p.kind == "port"), None)
        if dest is None and s.home is not None and THE_PLACE.search(s.lower, s.s_start,
                                                                    s.s_end):
            dest = s.home
        dest = dest or (ends_before[0] if ends_before else None)
        if dest is not None and dest not in s.ends(s.groups[ga]):
            s.emit(RawLink(s.ends(s.groups[ga]), [dest], directed=True, start=s.tx(m.start()),
                           end=s.groups[ga].end, rule="arriving-from", confidence=0.5,
                           groups=(ga,)))


def _service_from(s: _Sentence) -> None:
    """"Air Sial will fly four times a week from Lahore and Islamabad" after a link to
    Jeddah: the same service's origins, to the link named before's destinations."""
    prev = s.prev_link
    if prev is None or len(s.groups) != 1:
        return
    for m in P_SERVICE_FROM.finditer(s.sk):
        ga = int(m["a"])
        origins = [p for p in s.ends(s.groups[ga]) if p not in prev.destinations]
        if ga not in s.used and origins:
            s.emit(RawLink(origins, list(prev.destinations), directed=True,
                           start=s.tx(m.start()), end=s.groups[ga].end, rule="service-from",
                           confidence=0.5, groups=(ga,), mode_hint=prev.mode))


#: The rule families whose links may end in a region ("from China to Europe", "the
#: China-Europe route", "trains between the Caucasus and Europe").  From the others
#: ("connect", "connect-list", "reach", "to-target-open", ...) a region end tells a reach
#: ("would connect Central Asia with South Asia") unless the link names its way
#: ("connected to Central Asia via Afghanistan").  On the development articles those
#: families' region-ended links without a way were right 2 times in 25.
_REGION_ENDS_OK = frozenset({"from-to", "from-via-to", "chain", "to-target", "leg", "between"})


def _drop_region_guesses(s: _Sentence) -> None:
    """Links with a region at an end, from families other than :data:`_REGION_ENDS_OK`,
    that name no way."""
    ways = [p for k in s.via_groups for p in s.groups[k].places]  # after via, through, ...
    s.out = [r for r in s.out if r.rule in _REGION_ENDS_OK or any(p in ways for p in r.via)
             or not any(p.kind == "region" for p in (*r.origins, *r.destinations))]


def _drop_history_and_benefits(s: _Sentence) -> None:
    """A route of the past ("the ancient Silk Road once carried silk from A to B"); what a
    link gives (", giving exporters a Black Sea link to the EU"); a sea as a start."""
    s.out = [r for r in s.out if not HISTORY.search(
        s.lower, *clause_of(s.lower, s.s_start, s.s_end, r.start, r.end, found=s.clauses))]
    s.out = [r for r in s.out if not _benefit_clause(s.lower, s.s_start, r.start)
             and not all(p.kind == "sea" for p in r.origins) and not _utility_before(s, r)]


def _utility_before(s: _Sentence, r: RawLink) -> bool:
    """"work on the TAPI gas pipeline and on power lines along the A-B-C route": a link
    that a pipeline, power line or cable runs on, with no transport word in between."""
    lo = max(s.s_start, r.start - 90)
    last = None
    for m in UTILITY.finditer(s.lower, lo, r.start):
        last = m
    if last is None:
        return False
    return not any(last.end() <= c[0] < r.start for c in s.cues)


def _reach(s: _Sentence) -> None:
    """"A ... reach B"; "reaching B" after a link is a point on its way."""
    for m in P_REACH.finditer(s.sk):
        gb = int(m["b"])
        if gb in s.used:
            continue
        before = [r for r in s.out if r.end <= s.tx(m.start())]
        if m.group(0).split(" ")[0].endswith("ing") and before:
            # "... reach Peshawar from Termez, entering Pakistan at Torkham"
            last = max(before, key=lambda r: r.end)
            g_at = s.groups[s.alias.get(gb, gb)]
            last.via.extend(p for p in g_at.places if p not in last.via
                            and p not in last.destinations and p not in last.origins)
            s.used.add(gb)
            continue
        subject = _subject_before(s.groups, gb, skip=s.via_groups)
        if subject is not None and len(subject[1]) <= 2:  # a longer list is a route's stops
            sg, splaces = subject
            s.emit(RawLink(splaces, s.ends(s.groups[gb]), directed=True,
                           start=s.groups[sg].start, end=s.groups[gb].end, rule="reach",
                           confidence=0.65, groups=(gb,)))
        elif s.anaphor is not None and ANAPHOR.match(s.lower, s.s_start):
            # "The carrier already serves Bishkek": the company named just before
            s.emit(RawLink([s.anaphor], s.ends(s.groups[gb]), directed=True,
                           start=s.tx(m.start()), end=s.groups[gb].end, rule="reach-anaphor",
                           confidence=0.55, groups=(gb,), mode_hint=s.carried))


def _vias(s: _Sentence) -> None:
    """"via/through C": added to the nearest link before it; a route chain there ("from A
    to B via the C-D-E railway") gives that link its stops instead of a link of its own."""
    chains = {r.groups[0]: r for r in s.out if r.rule == "chain" and len(r.groups) == 1}
    vias: list[tuple[int, int]] = [(s.tx(at_sk), gv) for at_sk, gv in s.via_at
                                   if gv not in s.used or gv in chains]
    for at, gv in vias:
        line = chains.get(gv)
        before = [r for r in s.out if r is not line and r.start - 5 <= at
                  and (at <= r.end or not VIA_GAP_STOP.search(s.lower, r.end, at))]
        if not before:
            continue
        raw = max(before, key=lambda r: r.start)
        if at > raw.end + 80:
            continue
        raw.via.extend(p for p in s.ends(s.groups[gv]) if p not in raw.via)
        if line is not None:
            s.out.remove(line)


#: The rule families, in the order they run on a sentence.
_STEPS: tuple[Callable[[_Sentence], None], ...] = (
    _prepare,
    _origin_target,
    _connect,
    _between,
    _two_countries,
    _chains_and_pairs,
    _legs,
    _targets,
    _arriving_from,
    _service_from,
    _drop_history_and_benefits,
    _reach,
    _legs,
    _vias,
    _drop_region_guesses,
)


def _benefit_clause(lower: str, s_start: int, at: int) -> bool:
    """Whether ``at`` lies in a clause saying what something gives (", giving X a link")."""
    comma = lower.rfind(",", s_start, at)
    return comma >= 0 and BENEFIT.match(lower, comma) is not None


def _hub_before(lower: str, s_start: int, at: int, prev: RawLink | None) -> list[Place]:
    """"the airport would also handle flights to X": the airport or port of the link named
    before (else its origin) when the words before ``at`` make a hub the subject."""
    if prev is None or not THE_HUB.search(lower, s_start, at):
        return []
    ends_before = [*prev.origins, *prev.destinations]
    hub = next((p for p in ends_before if p.kind in {"airport", "port"}), None)
    return [hub] if hub is not None else list(prev.origins)


def _extends_line(lower: str, s_start: int, at: int) -> bool:
    """Whether the words before ``at`` say a line named before is extended ("the line would
    later be extended", "an extension of the route")."""
    before = lower[s_start:at + 12]
    return bool(EXTENSION_WORDS.search(before) and THE_LINE.search(before))


def _subject_before(
    groups: list[Group], gb: int, *, skip: set[int], orgs_only: bool = False
) -> tuple[int, list[Place]] | None:
    """The nearest group before ``gb`` whose places may be an origin (not a via or sea).

    With ``orgs_only`` ("its service to ..."), only a company or a possessive subject.
    """
    for k in range(gb - 1, -1, -1):
        if k in skip or all(m.place is None or m.place.kind == "sea" for m in groups[k].members):
            continue
        if orgs_only and not any(m.role == "subject" for m in groups[k].members):
            continue
        places = [m.place for m in groups[k].members
                  if m.place is not None and (m.role in {"endpoint", "subject"}
                                              or "located-in" in m.notes)]
        if places:
            return k, places
    return None

