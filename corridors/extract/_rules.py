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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from corridors.extract._candidates import RawLink, path_link
from corridors.extract._coref import ANAPHOR, DEFINITE_SUBJECT, EXTENSION_WORDS, coreferent
from corridors.extract._modes import assign_modes, clause_of
from corridors.extract._named import NAMED_ANY
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
    P_CONNECT,
    P_EXTEND,
    P_FROM,
    P_INTO_AT,
    P_LEG,
    P_PAIR_MODE,
    P_PASSIVE,
    P_PLANS_FOR,
    P_REACH,
    P_SUBJECT_PAIR,
    P_TARGET,
    P_VIA,
    POSSESSIVE_BEFORE,
    THE_HUB,
    THE_LINE,
    THE_PLACE,
    TWO_COUNTRIES,
    VIA_GAP_STOP,
    WHERE_BEFORE,
)
from corridors.extract._places import Mention
from corridors.extract._status import RELATIVE
from corridors.records.place import Place

__all__ = ["sentence_links"]

_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s*and|&|,?\s*or|/|,?\s*as well as)\s*(?:the\s+)?(?:cities of\s+)?"
)
_CHAIN_GAP = re.compile(r"\s*-\s*|\s*-to-\s*")
_SK_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[,;:()]|'s?\b")



@dataclass(slots=True)
class _Group:
    """Mentions joined by commas and "and" (a list) or by dashes (a route chain)."""

    members: list[Mention]
    start: int
    end: int
    chain: bool = False

    @property
    def places(self) -> list[Place]:
        return [m.place for m in self.members if m.place is not None]


def _groups(lower: str, mentions: list[Mention]) -> list[_Group]:
    """Group mentions joined by commas/and (lists) or by dashes (route chains)."""
    groups: list[_Group] = []
    usable = mentions
    i = 0
    while i < len(usable):
        m = usable[i]
        g = _Group([m], m.start, m.end)
        j = i + 1
        while j < len(usable):
            gap = lower[g.end : usable[j].start]
            if _CHAIN_GAP.fullmatch(gap) and (g.chain or len(g.members) == 1):
                g.chain = True
            elif not g.chain and _LIST_GAP.fullmatch(gap):
                pass
            else:
                break
            g.members.append(usable[j])
            g.end = usable[j].end
            j += 1
        groups.append(g)
        i = j
    return groups


def _skeleton(
    lower: str, start: int, end: int, groups: list[_Group], blocked: list[Mention]
) -> tuple[str, list[int], list[int]]:
    """The sentence as words and group tokens; returns it with item offsets."""
    items: list[str] = []
    sk_pos: list[int] = []  # skeleton offset of each item
    tx_pos: list[int] = []  # text offset of each item
    spans = sorted(
        [(g.start, g.end, f"G{k}") for k, g in enumerate(groups)]
        + [(m.start, m.end, "X") for m in blocked]
    )
    pos = start
    length = 1
    sk = [" "]

    def add(item: str, at: int) -> None:
        nonlocal length
        items.append(item)
        sk_pos.append(length)
        tx_pos.append(at)
        sk.append(item + " ")
        length += len(item) + 1

    def words(a: int, b: int) -> None:
        for m in _SK_WORD.finditer(lower, a, b):
            w = m.group()
            if w in {"'s", "'"}:
                w = "s"
            add(w, m.start())

    for a, b, tok in spans:
        words(pos, a)
        add(tok, a)
        pos = b
    words(pos, end)
    return "".join(sk), sk_pos, tx_pos


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
) -> list[RawLink]:
    """The links the rules find in the sentence ``s_start..s_end``, each with its mode.

    ``mentions`` are the sentence's place mentions, ``cues`` its mode cues, ``carried``
    the mode the previous sentence hands on; ``anaphor`` is the company and
    ``prev_link`` the link named last in the paragraph.
    """
    groups = _groups(lower, [m for m in mentions if m.role != "blocked"
                             or "located-in" in m.notes])
    if not groups:
        return []
    blocked = [m for m in mentions if m.role == "blocked" and "located-in" not in m.notes]
    sk, sk_pos, tx_pos = _skeleton(lower, s_start, s_end, groups, blocked)

    def tx(i: int) -> int:  # skeleton offset -> text offset
        k = bisect_right(sk_pos, i) - 1
        return tx_pos[max(k, 0)]

    def ends(g: _Group) -> list[Place]:
        k = groups.index(g)
        if k in alias:
            g = groups[alias[k]]
        return [m.place for m in g.members if m.place is not None and m.role == "endpoint"]

    # "the Chinese border at Lao Cai": the border town stands for the country
    alias: dict[int, int] = {}
    for m in P_BORDER_AT.finditer(sk):
        alias[int(m["a"])] = int(m["b"])
    for m in P_INTO_AT.finditer(sk):  # "crossed into Turkmenistan at Torghundi"
        if all(p.kind == "country" for p in groups[int(m["a"])].places):
            alias[int(m["a"])] = int(m["b"])

    out: list[RawLink] = []
    used: set[int] = set()
    # a group inside a corridor's name ("the India-Middle East-Europe corridor") is a name
    for nm in NAMED_ANY.finditer(lower, s_start, s_end):
        used.update(k for k, g in enumerate(groups)
                    if g.start >= nm.start() - 1 and g.end <= nm.end() + 1)
    # groups in a relative clause (", which already flies from A to B,") are no subject
    rel_spans = [(r.start(), r.end()) for r in RELATIVE.finditer(lower, s_start, s_end)]
    rel_groups = {k for r0, r1 in rel_spans
                  for k, g in enumerate(groups) if r0 <= g.start and g.end <= r1}

    def emit(raw: RawLink | None) -> None:
        if raw is None or not raw.origins or not raw.destinations or set(raw.groups) & used:
            return
        used.update(raw.groups)
        out.append(raw)

    # from A to B / to B from A / left A for B / "From A, ... to B"
    for pat, rule, confidence in ORIGIN_TARGET:
        for m in pat.finditer(sk):
            ga, gb = int(m["a"]), int(m["b"])
            to_from = rule in {"to-from", "arrived-from", "receive-from"}  # no leg after
            dests = ends(groups[gb]) if rule != "receive-from" else [
                x.place for x in groups[gb].members if x.place is not None
                and (x.role == "endpoint" or "located-in" in x.notes)]  # "the airport in B"
            emit(RawLink(ends(groups[ga]), dests, directed=True, start=tx(m.start()),
                         end=groups[ga if to_from else gb].end, rule=rule,
                         confidence=confidence, groups=(ga, gb), dest_group=-1 if to_from else gb))
    # connect A with B; connecting A, B and C
    for m in P_CONNECT.finditer(sk):
        ga = int(m["a"])
        if m["b"] is not None:
            gb = int(m["b"])
            emit(RawLink(ends(groups[ga]), ends(groups[gb]), directed=False,
                         start=tx(m.start()), end=groups[gb].end, rule="connect",
                         confidence=0.85, groups=(ga, gb), dest_group=gb))
        else:
            emit(path_link(ends(groups[ga]), start=tx(m.start()), end=groups[ga].end,
                           rule="connect-list", confidence=0.75, groups=(ga,)))
    for m in P_PASSIVE.finditer(sk):
        ga, gb = int(m["a"]), int(m["b"])
        origins = [m2.place for m2 in groups[ga].members
                   if m2.place is not None and m2.role in {"endpoint", "subject"}]
        directed = " to " in m.group(0)[-12:]
        emit(RawLink(origins, ends(groups[gb]), directed=directed, start=groups[ga].start,
                     end=groups[gb].end, rule="connected-to", confidence=0.85, groups=(ga, gb)))
    # between A and B (with "from X, Y and Z" narrowing one side)
    from_only = [int(m["a"]) for m in P_FROM.finditer(sk)]
    for m in P_BETWEEN.finditer(sk):
        ga = int(m["a"])
        members = ends(groups[ga])
        if len(members) < 2 or ga in used:
            continue
        narrowed = False
        for gf in from_only:
            if gf in used or gf == ga:
                continue
            origins = ends(groups[gf])
            countries = {p.country for p in origins}
            rest = [p for p in members if p.country not in countries and
                    not (p.members and countries & set(p.members))]
            if origins and rest and len(rest) < len(members):
                emit(RawLink(origins, rest, directed=True, start=tx(m.start()),
                             end=max(groups[gf].end, groups[ga].end), rule="between-from",
                             confidence=0.85, groups=(ga, gf)))
                narrowed = True
                break
        if not narrowed:
            raw = RawLink(members[:1], members[1:], directed=False, start=tx(m.start()),
                          end=groups[ga].end, rule="between", confidence=0.85, groups=(ga,))
            emit(raw)
    # "... between the two countries": the two countries the sentence names
    if TWO_COUNTRIES.search(lower, s_start, s_end):
        named: list[Place] = []
        for m2 in mentions:
            p2 = m2.place
            if p2 is not None and p2.kind == "country" and p2 not in named:
                named.append(p2)
        pair = TWO_COUNTRIES.search(lower, s_start, s_end)
        if len(named) == 2 and pair is not None:
            out.append(RawLink(named[:1], named[1:], directed=False, start=pair.start(),
                               end=pair.end(), rule="two-countries", confidence=0.6))
    # route chains A-B-C
    for k, g in enumerate(groups):
        if g.chain and k not in used:
            emit(path_link(ends(g), start=g.start, end=g.end, rule="chain", confidence=0.8,
                           groups=(k,)))
    # <A> ... to connect their ...
    for m in P_SUBJECT_PAIR.finditer(sk):
        g = groups[int(m["a"])]
        emit(path_link(g.places, start=g.start, end=g.end, rule="pair-connect",
                       confidence=0.7, groups=(int(m["a"]),)))
    for m in P_PAIR_MODE.finditer(sk):
        g = groups[int(m["a"])]
        if any(r.start > g.end for r in out):
            continue  # "A and B agreed to upgrade the highway from C to D": that link
        emit(path_link(ends(g), start=g.start, end=tx(m.end() - 1), rule="pair-mode",
                       confidence=0.65, groups=(int(m["a"]),)))
    via_groups = {int(m["v"]) for m in P_VIA.finditer(sk)}
    legged: set[int] = set()

    def legs() -> None:
        """Legs after a link: "... to B, then by rail across C to D"; "... and on to D"."""
        for raw in sorted(out, key=lambda r: r.end):
            cur = raw
            while cur.dest_group >= 0 and id(cur) not in legged:
                legged.add(id(cur))
                token = f" G{alias.get(cur.dest_group, cur.dest_group)} "
                pos = sk.find(token)
                m = P_LEG.match(sk, pos + len(token)) if pos >= 0 else None
                if m is None or int(m["c"]) in used or LEG_GAP_STOP.search(m["gap"]):
                    break
                gc = int(m["c"])
                gap = m["gap"]
                inner = [int(k) for k in re.findall(r"G(\d+)", gap)]
                if any(not re.search(rf"\b(?:via|through|across|transiting|crossing)"
                                     rf" (?:the )?G{k} ", gap)
                       and not all(p.kind == "sea" for p in groups[k].places)
                       for k in inner):
                    break
                if CONTINUE_GAP.fullmatch(gap):
                    cur.via.extend(p for p in cur.destinations if p not in cur.via)
                    cur.destinations = ends(groups[gc])
                    cur.end, cur.dest_group = groups[gc].end, gc
                    used.add(gc)
                    legged.discard(id(cur))
                    continue
                if not LEG_CUE.search(gap):
                    break
                via = [p for k in inner for p in groups[k].places]
                leg = RawLink(list(cur.destinations), ends(groups[gc]), via=via, directed=True,
                              start=tx(pos + len(token)), end=groups[gc].end, rule="leg",
                              confidence=0.7, groups=(gc,), dest_group=gc, leg_of=cur,
                              anchor=groups[gc].start)
                used.update(inner)
                emit(leg)
                cur = leg

    legs()
    # flights / road / links ... to B, with the origin from the sentence's subject
    targets = sorted([*P_TARGET.finditer(sk), *P_EXTEND.finditer(sk),
                      *P_PLANS_FOR.finditer(sk)], key=lambda m: m.start())
    for m in targets:
        gb = int(m["b"])
        if gb in used:
            continue
        trig = m["t"]
        a_tx = tx(m.start())
        if trig == "ties" and not any(abs(c[0] - a_tx) < 60 for c in cues):
            continue
        if any(r0 <= a_tx < r1 and BENEFIT.match(lower, r0) for r0, r1 in rel_spans):
            continue  # ", which would give Iranian goods a route to X": a benefit, not a link
        possessive = bool(POSSESSIVE_BEFORE.search(sk, max(0, m.start() - 8), m.start()))
        where = WHERE_BEFORE.search(sk, 0, m.start())
        if where is not None and int(where["w"]) not in via_groups:
            gw = int(where["w"])
            emit(RawLink(ends(groups[gw]), ends(groups[gb]), directed=False,
                         start=groups[gw].start, end=groups[gb].end, rule="where-target",
                         confidence=0.65, groups=(gb,), anchor=a_tx, dest_group=gb))
            continue
        subject = _subject_before(groups, gb, skip=via_groups | used | rel_groups,
                                  orgs_only=possessive)
        dests = ends(groups[gb])
        directed = m.group(0).rstrip().split(" ")[-2] != "with"
        if prev_link is not None and _extends_line(lower, s_start, a_tx):
            # "Iran's railway said the line would be extended to X": the line, not Iran
            subject = None
            raw_c = coreferent(prev_link, dests, lower, s_start, s_end)
            raw_c.start, raw_c.end, raw_c.groups, raw_c.dest_group = (
                a_tx, groups[gb].end, (gb,), gb)
            emit(raw_c)
            continue
        if subject is not None:
            sg, splaces = subject
            emit(RawLink(splaces, dests, directed=directed, start=min(groups[sg].start, a_tx),
                         end=groups[gb].end, rule="to-target", confidence=0.7, groups=(gb,),
                         anchor=a_tx, dest_group=gb))
        elif anaphor is not None and ANAPHOR.match(lower, s_start):
            # "The airline already flies to Delhi": the company named just before
            emit(RawLink([anaphor], dests, directed=directed, start=a_tx, end=groups[gb].end,
                         rule="to-target-anaphor", confidence=0.55, groups=(gb,), dest_group=gb))
        elif prev_link is not None and (DEFINITE_SUBJECT.match(lower, s_start)
                                        or ANAPHOR.match(lower, s_start)):
            # "The line will later be extended to X": the link named just before
            raw_c = coreferent(prev_link, dests, lower, s_start, s_end)
            raw_c.start, raw_c.end, raw_c.groups, raw_c.dest_group = (
                a_tx, groups[gb].end, (gb,), gb)
            emit(raw_c)
        elif anaphor is not None or prev_link is not None:
            # no subject at all ("A proposal to run trains to X", "plans for X had been
            # shelved"): the company named before runs it, else it starts where the link
            # named before started
            hub = _hub_before(lower, s_start, a_tx, prev_link)
            origins = hub or ([anaphor] if anaphor is not None
                              else list(prev_link.origins))  # type: ignore[union-attr]
            emit(RawLink(origins, dests, directed=directed, start=a_tx, end=groups[gb].end,
                         rule="to-target-open", confidence=0.45, groups=(gb,), dest_group=gb,
                         mode_hint=None if anaphor is not None or prev_link is None
                         else prev_link.mode))
    for m in P_ARRIVING_FROM.finditer(sk):
        ga = int(m["a"])
        if ga in used:
            continue
        # "Containers arriving by feeder vessel from A are moved inland": to the port of the
        # link named just before; "the city ... many arriving from A": to the dateline's
        # place; else to the first place of the link named before
        ends_before = [*prev_link.origins, *prev_link.destinations] if prev_link else []
        dest = next((p for p in ends_before if p.kind == "port"), None)
        if dest is None and home is not None and THE_PLACE.search(lower, s_start, s_end):
            dest = home
        dest = dest or (ends_before[0] if ends_before else None)
        if dest is not None and dest not in ends(groups[ga]):
            emit(RawLink(ends(groups[ga]), [dest], directed=True, start=tx(m.start()),
                         end=groups[ga].end, rule="arriving-from", confidence=0.5,
                         groups=(ga,)))
    # a route of the past ("the ancient Silk Road once carried silk from A to B")
    out = [r for r in out
           if not HISTORY.search(lower, *clause_of(lower, s_start, s_end, r.start, r.end))]
    # "..., giving exporters a Black Sea link to the EU": what a link gives, not a link; a
    # sea is no link's start ("a Black Sea link")
    out = [r for r in out if not _benefit_clause(lower, s_start, r.start)
           and not all(p.kind == "sea" for p in r.origins)]
    for m in P_REACH.finditer(sk):
        gb = int(m["b"])
        if gb in used:
            continue
        before = [r for r in out if r.end <= tx(m.start())]
        if m.group(0).split(" ")[0].endswith("ing") and before:
            # "... reach Peshawar from Termez, entering Pakistan at Torkham": a point on the
            # way of the link just said
            last = max(before, key=lambda r: r.end)
            g_at = groups[alias.get(gb, gb)]
            last.via.extend(p for p in g_at.places if p not in last.via
                            and p not in last.destinations and p not in last.origins)
            used.add(gb)
            continue
        subject = _subject_before(groups, gb, skip=via_groups)
        if subject is not None:
            sg, splaces = subject
            emit(RawLink(splaces, ends(groups[gb]), directed=True, start=groups[sg].start,
                         end=groups[gb].end, rule="reach", confidence=0.65, groups=(gb,)))
        elif anaphor is not None and ANAPHOR.match(lower, s_start):
            # "The carrier already serves Bishkek": the company named just before
            emit(RawLink([anaphor], ends(groups[gb]), directed=True, start=tx(m.start()),
                         end=groups[gb].end, rule="reach-anaphor", confidence=0.55,
                         groups=(gb,), mode_hint=carried))
    legs()
    # via
    vias: list[tuple[int, list[Place]]] = []
    for m in P_VIA.finditer(sk):
        gv = int(m["v"])
        if gv not in used:
            vias.append((tx(m.start()), ends(groups[gv])))
    for at, places in vias:
        before = [r for r in out if r.start - 5 <= at
                  and (at <= r.end or not VIA_GAP_STOP.search(lower, r.end, at))]
        if not before:
            continue
        raw = max(before, key=lambda r: r.start)
        if at > raw.end + 80:
            continue
        raw.via.extend(p for p in places if p not in raw.via)

    # modes; links without one are dropped
    return assign_modes(out, lower, s_start, s_end, cues, carried, rel_spans)


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
    groups: list[_Group], gb: int, *, skip: set[int], orgs_only: bool = False
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

