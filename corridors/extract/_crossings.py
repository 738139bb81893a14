"""Border crossings in text: traffic through a named crossing, and crossings named by
their two sides.

A crossing named by the towns on its two sides ("the Rimdan-Gabd border gateway") is no
route from one town to the other but a link between their countries via both
(:func:`chain_names`, :func:`crossing_pair`); "the China-Pakistan Economic Project" names
a scheme, no route at all.

"123 trucks used the Torkham crossing", "trade through Chaman resumed": a text that
describes cross-border traffic at a named crossing, without naming towns on either side,
proposes (or reports) a link from one of the crossing's countries to the other, via the
crossing.  The crossing's two countries come from the data's ``border_crossings.csv``, or
for a crossing off the network from the gazetteer's ``places.csv``.

The rule speaks only when nothing more specific does: a sentence that already yields a
link gives none here, and :func:`settle` removes a crossing link when another link of the
text runs through (or ends at) the same crossing, or through both its countries ("the
trucks crossed Afghanistan and entered Pakistan at Torkham" after a Tashkent to Karachi
convoy).  Traffic at a crossing is reported, not proposed: such a link without a status
cue of its own is ``existing``.

A crossing the gazetteer lacks, framed as one ("the al-Wadeah border crossing", read by
:mod:`~corridors.extract._unlisted`), lies between the two countries its sentence names.
A road link that the other rules read from a crossing to one of its own countries
("from Chaman to Afghanistan") is the link across it (:func:`across`).  A country that
opens or closes its border with another ("Mongolia shuts its border with China", "the
India-Nepal border stays sealed") links the two, through no crossing in particular
(rule ``border``; it stands beside other links across the same border, and a modal verb,
"is set to open", makes it planned rather than no link).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from pathlib import Path

from corridors import settings
from corridors.dataset._load import read_rows
from corridors.extract._candidates import RawLink, countries_of
from corridors.extract._places import Mention
from corridors.gazetteer._files import read_places
from corridors.gazetteer._index import country_place
from corridors.records.link import ProposedLink
from corridors.records.place import Place

__all__ = ["RULE", "across", "chain_names", "crossing_links", "crossing_pair", "settle"]

#: The rule name the links carry (for explanation and :func:`settle`).
RULE = "crossing-traffic"
#: The rule name of a link across a border opened or closed: no crossing that another link
#: could pass, so :func:`settle` keeps it.
BORDER_RULE = "border"

#: Words that say things move through the crossing (trucks, trade, goods, a reopening).
_TRAFFIC = re.compile(
    r"\b(?:trucks?|lorr(?:y|ies)|vehicles?|containers?|convoys?|cargo(?:es)?|freight|"
    r"goods|trade|traders|exports?|imports?|exported|imported|consignments?|shipments?|"
    r"transit|traffic|cross(?:es|ed)?|passed\s+through|re-?open(?:ed|ing|s)?|"
    r"clos(?:ed|ure|ing)|shut|shuts|shutting|seal(?:ed|s|ing)?|haulage|drivers?)\b"
)
#: A sentence that plans or imagines ("the line would cross at Torkham") reports no traffic.
_NOT_TRAFFIC = re.compile(
    r"\b(?:would|could|might|may|should|plan(?:s|ned)?|propos(?:ed|al|es)|envisag(?:ed|es)|"
    r"flights?|airlines?|ferr(?:y|ies)|ships?|vessels?)\b"
)
#: "The trucks crossed at Torkham" after a link: the vehicles of that link, on their way.
_SAME_VEHICLES = re.compile(
    r"(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:trucks?|lorr(?:y|ies)|convoys?|"
    r"trains?|vehicles?|consignments?|shipments?|cargo|goods|drivers?)\b"
)
#: A country opening or closing its border with another ("shut its land border with",
#: "reopens two road checkpoints on its border with", "closure of its border with"): on
#: the development texts of round 16, 8 such sentences without another link named a
#: labelled link between their two countries, 1 did not.
_OPEN_OR_CLOSE = r"\b(?:clos|shut|seal|reopen|re-open|open)\w*"
_BORDER_WITH = re.compile(
    rf"{_OPEN_OR_CLOSE}\s+(?:[\w-]+\s+){{0,6}}?(?:border|frontier)s?\s+"
    r"(?:(?:crossings?|points?|posts?|checkpoints?|crossing\s+points?|gates?)\s+)?"
    r"(?:with|into)\b")
#: The border of two countries named as a dash-joined pair ("the Kyrgyz-Uzbek border").
_BORDER_AFTER = re.compile(r"\s+(?:land\s+)?(?:border|frontier)\b")
_DASH = re.compile(r"\s?[-\u2013]\s?")
#: A border opened or closed, anywhere in the sentence ("is to stay sealed", "reopen").
_OPENS = re.compile(_OPEN_OR_CLOSE)
#: A rail cue makes the link a rail link; traffic at a crossing with none ("reopened for
#: freight") goes by road, the labelling convention of the real articles (round 3 read it
#: as ``land``, 4 links right more on its 100 texts; on 1,224 texts in round 14 ``road`` is
#: 1 more right and 7 fewer predicted, a crossing's road and land links no longer apart).
_RAIL = re.compile(r"\b(?:trains?|rail(?:way)?s?|wagons?|locomotives?)\b")


def _sides() -> dict[str, tuple[str, str]]:
    """Crossing node id -> its two countries (ISO2), from the data in use (``--data``)."""
    return _sides_in(str(settings.data_dir()))


@cache
def _sides_in(data_dir: str) -> dict[str, tuple[str, str]]:
    """:func:`_sides` of one data folder's ``border_crossings.csv``."""
    rows = read_rows(Path(data_dir) / "border_crossings.csv",
                     ("node_id", "country_a", "country_b"))
    return {row["node_id"]: (row["country_a"], row["country_b"]) for _, row in rows}


#: Words after a chain that make it the name of a body or a scheme, not a route.
_BODY_AFTER = re.compile(
    r"\s+(?:economic|free[- ]trade|friendship|joint|intergovernmental|business|cooperation|"
    r"summit|forum|council|commission|chamber|relations|talks|trade\s+(?:agreement|talks))\b"
)
#: Words after a pair that make it one border crossing's two names.
_CROSSING_AFTER = re.compile(
    r"\s+(?:(?:cross-)?border\s+)?(?:crossing|checkpoint|check-?post|border\s+point|"
    r"crossing\s+point|bridge|gate|gateway|border\s+post|terminal)s?\b"
)


def chain_names(lower: str, places: Sequence[Place], end: int) -> str | None:
    """What a dash-joined chain of ``places`` ending at ``end`` names when it is no route:
    ``"scheme"`` ("the China-Pakistan Economic Project"), ``"crossing"`` (the two sides of
    one crossing: "the Panji Poyon - Sher Khan Bandar crossing"), else ``None``."""
    if _BODY_AFTER.match(lower, end):
        return "scheme"
    if len(places) != 2 or not _CROSSING_AFTER.match(lower, end):
        return None
    a, b = places
    return "crossing" if "border_crossing" in {a.kind, b.kind} or _beside(a, b) else None


def crossing_pair(places: Sequence[Place], *, start: int, end: int,
                  groups: tuple[int, ...]) -> RawLink | None:
    """The link between the two countries of a crossing named by its two sides' towns
    (Iran to Pakistan via Rimdan and Gabd); ``None`` when a side is itself a known crossing
    (:func:`crossing_links` speaks for it) or both lie in one country."""
    a, b = places
    if "border_crossing" in {a.kind, b.kind} or a.country is None or b.country is None or (
            a.country == b.country):
        return None
    ca, cb = country_place(a.country), country_place(b.country)
    if ca is None or cb is None:
        return None
    return RawLink([ca], [cb], via=[a, b], directed=False, start=start, end=end,
                   rule="crossing-pair", confidence=0.6, groups=groups, mode_hint=("road",))


def crossing_links(lower: str, s_start: int, s_end: int, mentions: Sequence[Mention], *,
                   after_link: bool = False) -> list[RawLink]:
    """A road or rail link between the countries of each crossing the sentence names
    as a place traffic passes, else between two countries whose border it opens or closes;
    when the sentence names no town but the crossing's sides (a route with towns is the
    other rules' business) and, just ``after_link``, does not follow that link's vehicles
    on their way."""
    if after_link and _SAME_VEHICLES.match(lower, s_start):
        return []
    crossings = [m.place for m in mentions
                 if m.place is not None and m.place.kind == "border_crossing"]
    if any(m.place is not None and m.role == "endpoint"
           and m.place.kind not in {"country", "region", "border_crossing"}
           and not any(_beside(m.place, c) for c in crossings) for m in mentions):
        return []
    mode = ("rail",) if _RAIL.search(lower, s_start, s_end) else ("road",)
    countries = [m for m in mentions if m.place is not None and m.place.kind == "country"]
    named = _two_countries(countries)
    links = []
    if _TRAFFIC.search(lower, s_start, s_end) and not _NOT_TRAFFIC.search(lower, s_start, s_end):
        links = list(_through_crossings(mentions, named, mode))
    if not links and named is not None and _border_named(lower, s_start, s_end, countries):
        links = list(_across_border(countries, named, mode))
    return links


def _through_crossings(mentions: Sequence[Mention], named: tuple[str, str] | None,
                       mode: tuple[str, ...]) -> Iterable[RawLink]:
    """One link per pair of countries, through every crossing of theirs the sentence names
    ("shut Torkham, Chaman and Ghulam Khan": Pakistan to Afghanistan via the three)."""
    pairs: dict[frozenset[str], tuple[tuple[str, str], list[Mention]]] = {}
    for m in mentions:
        if (sides := _crossing_sides(m.place, named)) is not None:
            pairs.setdefault(frozenset(sides), (sides, []))[1].append(m)
    for sides, at in pairs.values():
        a, b = (country_place(cc) for cc in sides)
        if a is None or b is None:
            continue
        via = list(dict.fromkeys(m.place for m in at if m.place is not None))
        yield RawLink([a], [b], via=via, directed=False, start=at[0].start, end=at[-1].end,
                      rule=RULE, confidence=0.6, mode=mode)


def _across_border(countries: Sequence[Mention], named: tuple[str, str],
                   mode: tuple[str, ...]) -> Iterable[RawLink]:
    """The link between the two countries ``named`` across their border, through no
    crossing in particular ("Mongolia shuts its border with China"); ``countries`` are the
    sentence's mentions of countries."""
    a, b = (country_place(cc) for cc in named)
    if a is not None and b is not None:
        yield RawLink([a], [b], via=[], directed=False, start=countries[0].start,
                      end=countries[-1].end, rule=BORDER_RULE, confidence=0.6, mode=mode)


def _border_named(lower: str, s_start: int, s_end: int, countries: Sequence[Mention]) -> bool:
    """Whether the sentence opens or closes a border between two countries: its own with
    another ("shut its border with"), or one named by the pair ("the Turkey-Syria border":
    on the development texts of round 16, 12 such sentences without another link named a
    labelled link between the two countries, 3 did not)."""
    if _BORDER_WITH.search(lower, s_start, s_end):
        return True
    return bool(_OPENS.search(lower, s_start, s_end)) and any(
        _DASH.fullmatch(lower, a.end, b.start) and _BORDER_AFTER.match(lower, b.end)
        for a, b in pairwise(countries))


def _crossing_sides(place: Place | None,
                    named: tuple[str, str] | None = None) -> tuple[str, str] | None:
    """The two countries of a border crossing: of a known one (a network node, or a
    crossing of the gazetteer's ``places.csv``) from the data; of one the gazetteer lacks
    (no country), the two countries its sentence ``named``; else ``None``."""
    if place is None or place.kind != "border_crossing":
        return None
    if place.id is not None:
        return _sides().get(place.id)
    if place.country is None:
        return named
    return _post_sides().get((place.name, place.country))


def _two_countries(countries: Sequence[Mention]) -> tuple[str, str] | None:
    """The two countries a sentence's ``countries`` mentions name, in order, when they name
    exactly two."""
    named = list(dict.fromkeys(m.place.country for m in countries
                               if m.place is not None and m.place.country))
    return (named[0], named[1]) if len(named) == 2 else None


@cache
def _post_sides() -> dict[tuple[str | None, str | None], tuple[str, str]]:
    """(name, country) of each crossing off the network -> its two countries."""
    return {(place.name, place.country): (place.country or "", other)
            for place, _, other in read_places() if place.kind == "border_crossing" and other}


def _beside(town: Place, crossing: Place) -> bool:
    """Whether two places are one crossing's sides (a town and the crossing, or the two
    towns): within about 50 km of each other."""
    return town.within(crossing, 0.5)


def settle(links: list[ProposedLink]) -> list[ProposedLink]:
    """The links without the crossing links whose crossing (or both of whose countries)
    another link passes or ends at;
    the crossing links left are ``existing`` unless their sentence said more."""
    others = [link for link in links if link.rule != RULE]
    used = {p for link in others for p in (*link.origins, *link.destinations, *link.via)}
    crossed = [countries_of((*link.origins, *link.destinations, *link.via)) for link in others]
    return [
        link if link.rule != RULE or link.status != "proposed" or link.status_detail
        else replace(link, status="existing")
        for link in links
        if link.rule != RULE or not (
            any(p in used for p in link.via)
            or any(countries_of((*link.origins, *link.destinations)) <= c for c in crossed))
    ]


def across(links: list[ProposedLink]) -> list[ProposedLink]:
    """``links`` with each road link between a border crossing and one of the crossing's
    own countries ("the Khunjerab Pass to Pakistan", read from "Pakistan reopened the Khunjerab
    Pass") turned into the link across it: between its two countries, via the crossing;
    dropped where the text has that link already."""
    seen = {_ends(link) for link in links}
    out: list[ProposedLink] = []
    for link in links:
        turned = _across(link)
        if turned is None:
            out.append(link)
        elif _ends(turned) not in seen:
            seen.add(_ends(turned))
            out.append(turned)
    return out


def _across(link: ProposedLink) -> ProposedLink | None:
    """The link across the crossing at one end of ``link`` whose other end is one of the
    crossing's countries, else ``None``."""
    if link.mode != "road" or len(link.origins) != 1 or len(link.destinations) != 1:
        return None  # a railway to a border town ends there
    for crossing, other in ((link.origins[0], link.destinations[0]),
                            (link.destinations[0], link.origins[0])):
        sides = _crossing_sides(crossing)
        if sides is not None and other.kind == "country" and other.country in sides:
            a, b = (country_place(cc) for cc in sides)
            if a is not None and b is not None:
                return replace(link, origins=(a,), destinations=(b,),
                               via=(crossing, *link.via), directed=False)
    return None


def _ends(link: ProposedLink) -> tuple[str, frozenset[Place]]:
    """A link's mode and ends, either way round."""
    return link.mode, frozenset((*link.origins, *link.destinations))
