"""Place groups of a sentence: the mentions that stand together as a list ("Lahore,
Islamabad and Karachi") or a route chain ("A-B-C"), once the countries and provinces that
only say where a place lies ("Iran's Bandar Abbas", "Kostanay in Kazakhstan", "Dushanbe,
Tajikistan") are left out.  :mod:`corridors.extract._rules` matches its patterns on these
groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corridors.extract._places import Mention
from corridors.records.place import Place

__all__ = ["Group", "drop_qualifiers", "place_groups"]

_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s*and(?:\s+(?:to|with|for))?|&|,?\s*or|/|"
    r",?\s*as well as(?:\s+(?:to|with|for))?)\s*(?:the\s+)?(?:cities of\s+)?"
)
#: "A-B", "A-to-B", "calls at A, then B, then C": stops in order.
_CHAIN_GAP = re.compile(r"\s*-\s*|\s*-to-\s*|\s*,\s*(?:and\s+)?then\s+")
#: "Qeshm Island in Iran": the one facility word a country after "in" still locates (with
#: the other words of :data:`_MEMBER_TAIL` the country is a place of the link, as labelled).
_ISLAND = re.compile(r"\s+islands?\b")
#: A facility noun and a parenthesis after a member, before the joint: "between Khaf
#: station (Iran) and Rozanak station", "the Aprin dry port and Bandar Abbas", "between
#: Qeshm Island in Iran and Khasab".
_MEMBER_TAIL = re.compile(
    r"(?:\s+(?:(?:railway|rail|train|bus|dry|sea|river|cargo|container|international|"
    r"border|land|logistics)\s+)?(?:station|port|seaport|airport|terminal|checkpoint|"
    r"crossing point|border crossing|border post|island)\b)?(?:\s*\([a-z' .-]{2,30}\))?"
)


@dataclass(slots=True)
class Group:
    """Mentions joined by commas and "and" (a list) or by dashes (a route chain)."""

    members: list[Mention]
    start: int
    end: int
    chain: bool = False

    @property
    def places(self) -> list[Place]:
        return [m.place for m in self.members if m.place is not None]


def place_groups(lower: str, mentions: list[Mention],
                 qualifiers: frozenset[tuple[int, int]] = frozenset(), *,
                 breaks: frozenset[int] = frozenset()) -> list[Group]:
    """Group mentions joined by commas/and (lists) or by dashes (route chains).  A chain may
    name each stop's country ("Xi'an, China - Altynkol, Kazakhstan - Tehran, Iran"): the
    country is skipped when it is a mention of its own; ``qualifiers`` are the spans of
    the countries and provinces :func:`drop_qualifiers` left out, which a list or a chain
    reads through ("Kostanay in Kazakhstan and Herat").  No group runs across an offset in
    ``breaks`` (the comma that closes an opening phrase)."""
    groups: list[Group] = []
    usable = mentions
    i = 0
    while i < len(usable):
        m = usable[i]
        g = Group([m], m.start, m.end)
        j = i + 1
        while j < len(usable):
            gap_start = g.end
            if (g.chain or len(g.members) == 1) and _stop_country(lower, g.members[-1], usable, j):
                gap_start = usable[j].end  # "Xi'an, China - Altynkol": the stop's country
                j += 1
            joint = (None if any(gap_start <= x < usable[j].start for x in breaks)
                     else _joint(lower, gap_start, usable[j].start, qualifiers))
            dash = joint == "chain"
            if dash and not g.chain and len(g.members) > 1:
                # "sections A-B, B-C and D-E": a list of chains; the last member starts one
                last = g.members.pop()
                g.end = g.members[-1].end
                groups.append(g)
                g = Group([last], last.start, last.end, chain=True)
            elif dash and (g.chain or len(g.members) == 1):
                g.chain = True
            elif not g.chain and joint == "list":
                pass
            else:
                break
            g.members.append(usable[j])
            g.end = usable[j].end
            j += 1
        _drop_apposed_country(lower, g)
        groups.append(g)
        i = j
    return groups


#: ", China - " between two stops of a chain, " in Kazakhstan and " between two members of
#: a list: the country of the place before, then the joint.
_QUALIFIED_JOINT = re.compile(
    r"(?:\s*,\s*|\s*,?\s+in\s+(?:the\s+)?(?:[a-z]+'s\s+)?(?:(?:north|south|east|west)\w*\s+)?)"
    r"(?P<q>[^,;]{2,30}?)(?:\s+(?:province|region|district))?"
    r"(?:(?P<dash>\s*-\s*)|\s*,?\s+and\s+|\s*,\s*)")


def _joint(lower: str, a: int, b: int, qualifiers: frozenset[tuple[int, int]]) -> str | None:
    """What joins two mentions across ``lower[a:b]``: ``"chain"`` (a dash), ``"list"`` (a
    comma, "and", "or"), either after a country left out as a qualifier of the place before
    (:data:`_QUALIFIED_JOINT`), or ``None``."""
    tail = _MEMBER_TAIL.match(lower, a, b)
    at = tail.end() if tail else a  # past "station (Iran)" when the member has one
    if _CHAIN_GAP.fullmatch(lower, at, b):
        return "chain"
    if _LIST_GAP.fullmatch(lower, at, b):
        return "list"
    m = _QUALIFIED_JOINT.fullmatch(lower, at, b)
    if m is None or m.span("q") not in qualifiers:
        return None
    return "chain" if m["dash"] else "list"


def _stop_country(lower: str, stop: Mention, usable: list[Mention], j: int) -> bool:
    """Whether ``usable[j]`` is the country of ``stop`` said after a comma, with a dash and
    the chain's next stop after it ("Xi'an, China - Altynkol, Kazakhstan - Tehran")."""
    if j + 1 >= len(usable):
        return False
    q = usable[j]
    return (q.place is not None and stop.place is not None and q.place.kind == "country"
            and stop.place.kind not in {"country", "region"}
            # a border crossing is filed under one of its two countries
            and (q.place.country == stop.place.country or stop.place.kind == "border_crossing")
            and _APPOSED_GAP.fullmatch(lower, stop.end, q.start) is not None
            and _CHAIN_GAP.fullmatch(lower, q.end, usable[j + 1].start) is not None)


_POSSESSIVE_GAP = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,3}?(?:(?:sea)?port\s+of\s+)?")


#: "in", ", in Pakistan's", " in Afghanistan's eastern": before a place that locates another.
_IN_GAP = re.compile(
    r"\s*,?\s+in\s+(?:the\s+)?(?:[a-z]+'s\s+)?(?:(?:north|south|east|west)\w*\s+)?")
_LOCATED_GAP = re.compile(r"\s+in\s+(?:the\s+)?|\s*,\s*(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|&|or\b)")


def drop_qualifiers(lower: str, mentions: list[Mention],
                    ) -> tuple[list[Mention], frozenset[tuple[int, int]]]:
    """The mentions without the countries and provinces that only say where a place of
    their own lies (:func:`_qualifies`): they are no places of the link.  Also returns
    the spans of those left out, which :func:`place_groups` reads through ("Xi'an, China -
    Altynkol")."""
    out: list[Mention] = []
    left_out: list[tuple[int, int]] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if _qualifies(lower, m, out[-1] if out else None, nxt):
            left_out.append((m.start, m.end))
        else:
            out.append(m)
    return out, frozenset(left_out)


def _qualifies(lower: str, m: Mention, before: Mention | None, nxt: Mention | None) -> bool:
    """Whether the country or province ``m`` only locates a place: "Iran's Bandar Abbas"
    (before it); "Kostanay in Kazakhstan and Herat", "Peshawar, in Pakistan's
    Khyber-Pakhtunkhwa, and", "Khokhrapar in Pakistan" (after it, after "in", even inside a
    list); "Dushanbe, Tajikistan", "Aktau, a Kazakh port," (after a comma, ending a list).
    ``before`` is the last place kept, ``nxt`` the next mention."""
    if m.place is None or m.place.kind not in {"country", "province"}:
        return False
    if nxt is not None and m.place.kind == "country" and _own_place(nxt, m) and (
            _POSSESSIVE_GAP.fullmatch(lower, m.end, nxt.start)):
        return True
    if before is None:
        return False
    island = _ISLAND.match(lower, before.end, m.start)  # "Qeshm Island in Iran"
    if _IN_GAP.fullmatch(lower, island.end() if island else before.end, m.start):
        return _own_place(before, m) or (m.place.kind == "country" and _unplaced(before))
    return (m.place.kind == "country" and _own_place(before, m)
            and _LOCATED_GAP.fullmatch(lower, before.end, m.start) is not None
            and not _LIST_GOES_ON.match(lower, m.end))


def _unplaced(m: Mention) -> bool:
    """Whether ``m`` is a place no gazetteer holds (no country known)."""
    return m.place is not None and m.place.country is None and m.role != "blocked"


def _own_place(m: Mention, country: Mention) -> bool:
    """Whether ``m`` is a place (not a country) inside ``country``."""
    return (m.place is not None and country.place is not None and m.role != "blocked"
            and m.place.kind not in {"country", "region", "sea"}
            and m.place.country == country.place.country)


#: The gap before a country in apposition: "Dushanbe, Tajikistan", "Tashkent, the Uzbek
#: capital".
_APPOSED_GAP = re.compile(r"\s*,\s*(?:the\s+)?")


def _drop_apposed_country(lower: str, g: Group) -> None:
    """"to Karachi, Pakistan's commercial centre", "Dushanbe, Tajikistan", "Tashkent, the
    Uzbek capital", "Urumqi, Xinjiang": a country or province after a comma, of the same
    country as the place just before it, qualifies that place."""
    if g.chain or len(g.members) < 2:
        return
    kept = g.members[:1]
    for m in g.members[1:]:
        before = kept[-1]
        if (m.place is not None and before.place is not None
                and m.place.kind in {"country", "province"}
                and before.place.kind not in {"country", "province", "region"}
                and before.place.country == m.place.country
                and _APPOSED_GAP.fullmatch(lower, before.end, m.start)):
            continue
        kept.append(m)
    g.members = kept
    g.end = kept[-1].end
