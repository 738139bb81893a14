"""Links that refer to other links, within a sentence or across sentences.

- an anaphor ("it", "the airline", "its flights to X") stands for the company named
  just before, a definite subject ("The line will ...") for the link named just before;
- a link "extended to X" is the new segment from that link's end, one that "continues to
  X" runs on from that link (:func:`coreferent`);
- a link that restates another is dropped (:func:`drop_restated`): a country-level link
  restated by a finer one, a named corridor that the text gives leg by leg;
- a restated line keeps the status said of it before (:func:`within` tells whether a
  link lies on its antecedent).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations

from corridors.extract._candidates import RawLink, countries_of
from corridors.extract._named import itemised
from corridors.extract._text import Sentence
from corridors.records.place import Place

__all__ = [
    "ANAPHOR", "DEFINITE_SUBJECT", "EXTENSION_WORDS", "coreferent", "drop_restated", "within",
]

#: A sentence whose subject is a company or link named before ("The airline ...", "It ...").
ANAPHOR = re.compile(
    r"(?:it|they|the (?:airline|carrier|company|operator|railway|shipping line|firm)|"
    r"(?:its|their) (?:[\w-]+ ){0,3}?(?=(?:services?|routes?|flights?|line) to\b)|"
    r"(?:an? |the )?(?:new |direct |second |third |weekly |daily |regular )*"
    r"(?:services?|routes?|flights?)(?= to\b))\b"
)
#: A sentence whose subject is a transport link named before ("The line will ...").
DEFINITE_SUBJECT = re.compile(
    r"(?:(?:[\w'-]+ ){1,5}?(?:said|says|added|noted|stated|expect|expects|hope|hopes) "
    r"(?:that )?)?"
    r"(?:(?:the|this|that|these|its|their) (?:[\w-]+ ){0,2}?(?:line|railway|rail link|road|"
    r"highway|route|corridor|link|service|track|project|flights?|ferry|crossing)s?|"
    r"(?:routes|flights|services|trains) (?=to\b)|it (?=will|would|is|was))\b"
)
#: Words saying the link named before is lengthened ("will later be extended to X").
_EXTENSION = re.compile(
    r"\b(?:extend\w*|extension|prolong\w*|lengthen\w*|continue\s+(?:on\s+)?(?:to|into))\b"
)
#: An extension proper ("extended to X", "an extension of the route to X"): a new segment.
EXTENSION_WORDS = re.compile(r"\b(?:extend(?:ed|s|ing)?|extensions?|prolong\w*|lengthen\w*)\b")
_NEW_SEGMENT = EXTENSION_WORDS
_COARSE = frozenset({"country", "region"})


def coreferent(
    prev: RawLink, dests: list[Place], lower: str, s_start: int, s_end: int
) -> RawLink:
    """A link whose subject is the link named before ("The line will be extended to X").

    When the line is extended ("extended to X", "an extension to X"), the new link is the
    new segment: from the previous link's destination (an undirected link: its end nearer
    to X) to X.  When it "continues to X", it runs on from the previous link's origin
    through its destination ("from A to B ... continue to X": A -> X via B); when the
    previous link had no direction, from its end farther from X.  Otherwise ("Routes to X
    are expected") it starts where the previous link started.
    """
    origins, via = list(prev.origins), []
    if _NEW_SEGMENT.search(lower, s_start, s_end) and dests:
        # "will be extended to X": the new segment, from the line's end nearer to X
        d_o = _far(prev.origins, dests[0])
        d_d = _far(prev.destinations, dests[0])
        near_origin = not prev.directed and d_o is not None and d_d is not None and d_o < d_d
        origins = list(prev.origins if near_origin else prev.destinations)
    elif _EXTENSION.search(lower, s_start, s_end) and dests:
        d_o = _far(prev.origins, dests[0])
        d_d = _far(prev.destinations, dests[0])
        if not prev.directed and d_o is not None and d_d is not None and d_d > d_o:
            origins, via = list(prev.destinations), [*reversed(prev.via), *prev.origins]
        else:
            via = [*prev.via, *prev.destinations]
    return RawLink(origins, dests, via=via, directed=True, rule="coreference", confidence=0.55,
                   mode_hint=prev.mode, antecedent=prev)


def _far(places: list[Place], p: Place) -> float | None:
    """Squared rough distance (degrees) from the first of ``places`` to ``p``."""
    if not places:
        return None
    q = places[0]
    if None in (q.lat, q.lon, p.lat, p.lon):
        return None
    return (q.lat - p.lat) ** 2 + (q.lon - p.lon) ** 2  # type: ignore[operator]


def within(raw: RawLink, ante: RawLink) -> bool:
    """Whether ``raw``'s ends lie on the link ``ante`` (the same line described again):
    each end is one of ante's places, or in a country ante names as a whole."""
    places = [*ante.origins, *ante.via, *ante.destinations]
    whole = countries_of(p for p in places if p.kind in _COARSE)

    def covered(p: Place) -> bool:
        if p.country in whole or any(q == p for q in places):
            return True
        return any(q.lat is not None and p.lat is not None and q.lon is not None
                   and p.lon is not None and abs(q.lat - p.lat) < 0.3
                   and abs(q.lon - p.lon) < 0.3 for q in places)

    return all(covered(p) for p in (*raw.origins, *raw.destinations))


def drop_restated(
    lower: str, sents: Sequence[Sentence], raws: list[tuple[RawLink, int]]
) -> dict[int, list[RawLink]]:
    """The candidate links by sentence index, without those that restate other links.

    A named corridor gives way to links in its sentence with a shared mode, and to
    explicit links of the text that itemise it (:func:`~corridors.extract._named.itemised`);
    a country-level link gives way to a finer one in its sentence, or in the sentence
    before when its subject is that sentence's link, and a link between countries to a
    finer link of its mode anywhere in the text; a link to a place from a country
    gives way to a link of the text to the same place from inside that country.
    """
    by_sentence: dict[int, list[RawLink]] = {}
    for raw, si in raws:
        by_sentence.setdefault(si, []).append(raw)
    explicit = [r for r, _ in raws if r.named is None and r.mode]
    # (origin countries, destination countries, mode) of every finer link of the text
    finer = {(frozenset(countries_of(r.origins)), frozenset(countries_of(r.destinations)), m)
             for r in explicit if not all(p.kind in _COARSE for p in (*r.origins,
                                                                     *r.destinations))
             for m in r.mode or ()}
    # links by their destinations: "PIA to start flights to Baku" is restated anywhere in the
    # text by "flights from Lahore to Baku"
    by_dest: dict[frozenset[Place], list[RawLink]] = {}
    for r in explicit:
        if any(p.kind not in _COARSE for p in r.origins):
            by_dest.setdefault(frozenset(r.destinations), []).append(r)
    known: dict[tuple[str, tuple[str, ...]], bool] = {}  # once per corridor and mode
    # the kept links of the sentences before, filed under one of their origins' countries,
    # for the loose links below (a linear pass, not a scan of every earlier sentence)
    before: dict[str, list[RawLink]] = {}
    for si in sorted(by_sentence):
        have = by_sentence[si]
        keep: list[RawLink] = []
        for raw in have:
            if raw.named is not None:
                # a named corridor, unless the sentence or the text gives its legs
                if any(r.named is None and _overlap(r, raw) for r in have):
                    continue
                ik = (raw.named.key, raw.mode or ())
                if ik not in known:
                    known[ik] = itemised(raw.named, [r for r in explicit if _overlap(r, raw)])
                if known[ik]:
                    continue
            pool = list(have)
            if si - 1 in by_sentence and DEFINITE_SUBJECT.match(lower, sents[si].start):
                pool += by_sentence[si - 1]
            if raw.rule == "to-target-open":  # a loose link: any finer link before restates it
                pool += _finer_before(raw, before)
            if raw.rule in {"reach", "to-target"} and any(p.kind in _COARSE for p in raw.origins):
                pool += by_dest.get(frozenset(raw.destinations), [])
                if len(raw.destinations) > 1:  # "routes to A and B", each given elsewhere
                    pool += [o for d in raw.destinations for o in by_dest.get(frozenset({d}), [])]
            if _subsumed(raw, pool) or _restated_in_text(raw, finer):
                continue
            keep.append(raw)
        by_sentence[si] = keep
        for r in keep:
            _file_country_link(r, before)
    return by_sentence


def _file_country_link(o: RawLink, before: dict[str, list[RawLink]]) -> None:
    """File ``o`` under its first origin country when it can restate a country-level
    link in :func:`_subsumed` (not a named corridor, ends not all coarse)."""
    if o.named is not None or all(p.kind in _COARSE for p in (*o.origins, *o.destinations)):
        return
    oo, od = countries_of(o.origins), countries_of(o.destinations)
    if oo and od:
        before.setdefault(min(oo), []).append(o)


def _finer_before(r: RawLink, before: dict[str, list[RawLink]]) -> list[RawLink]:
    """The earlier links that may restate the loose link ``r`` in :func:`_subsumed`: none
    unless ``r`` joins countries, else those whose origin countries may lie in ``r``'s."""
    if not all(p.kind == "country" for p in (*r.origins, *r.destinations)):
        return []  # _subsumed does not look at other links for it
    return [o for c in sorted(countries_of(r.origins) | countries_of(r.destinations))
            for o in before.get(c, ())]


#: Country-level links that stand beside finer ones: a chain of countries names a project
#: ("the China-Kyrgyzstan-Uzbekistan railway"), and two countries that open, restart or
#: agree on a service ("Pakistan and Iran to restart train services") report it as a whole.
_OWN_LINK_RULES = frozenset({"chain", "pair-mode"})


def _restated_in_text(r: RawLink, finer: set[tuple[frozenset[str], frozenset[str], str]],
                      ) -> bool:
    """Whether a link between countries is said finer anywhere in the text: a link of its
    mode from places in its origin countries to places in its destination countries (or
    back) ("Tashkent-Lahore flights ... air links between the two countries"); links of
    :data:`_OWN_LINK_RULES` stay."""
    if r.rule in _OWN_LINK_RULES or not all(p.kind == "country"
                                            for p in (*r.origins, *r.destinations)):
        return False
    ro, rd = sorted(countries_of(r.origins)), sorted(countries_of(r.destinations))
    if len(ro) > 6 or len(rd) > 6:
        return False
    for mode in r.mode or ():
        for a in _subsets(ro):
            for b in _subsets(rd):
                if (a, b, mode) in finer or (b, a, mode) in finer:
                    return True
    return False


def _subsets(items: Sequence[str]) -> Iterator[frozenset[str]]:
    return (frozenset(c) for k in range(1, len(items) + 1) for c in combinations(items, k))


def _overlap(a: RawLink, b: RawLink) -> bool:
    """Whether two links share a mode."""
    return bool(a.mode and b.mode and set(a.mode) & set(b.mode))


def _covers(coarse: list[Place], fine: list[Place]) -> bool:
    """Whether every place of ``fine`` is one of ``coarse`` or lies in a country of it."""
    whole = countries_of(p for p in coarse if p.kind in _COARSE)
    return bool(fine) and all(p in coarse or (p.country in whole) for p in fine)


def _reached_from_inside(r: RawLink, d: Place, others: Sequence[RawLink]) -> bool:
    """Whether another link joins ``d`` to a place inside one of ``r``'s origin countries."""
    return any(
        o is not r and o.named is None and _overlap(o, r) and (
            (d in o.destinations and _covers(r.origins, o.origins))
            or (d in o.origins and _covers(r.origins, o.destinations)))
        for o in others)


def _subsumed(r: RawLink, others: Iterable[RawLink]) -> bool:
    """A country-level link restated by a finer one ("Almaty to Lahore ... between Kazakhstan
    and Pakistan"; "the first train from Iran reached Herat on the Khaf-Herat line")."""
    others = list(others)
    if r.rule in {"reach", "to-target"} and any(p.kind in _COARSE for p in r.origins):
        for o in others:
            if o is r or o.named is not None or not _overlap(o, r):
                continue
            # one end the same place, the other end inside r's country
            if (_covers(r.origins, o.origins) and set(r.destinations) == set(o.destinations)) or (
                    _covers(r.origins, o.destinations) and set(r.destinations) == set(o.origins)):
                return True
        if len(r.destinations) > 1 and all(_reached_from_inside(r, d, others)
                                           for d in r.destinations):
            return True  # "its routes to Muscat and Sharjah": "Lahore-Muscat", "Sialkot-Sharjah"
    if r.rule in _OWN_LINK_RULES or not all(p.kind == "country"
                                            for p in (*r.origins, *r.destinations)):
        return False  # "the China-Kyrgyzstan-Uzbekistan railway" names a project
    ro, rd = countries_of(r.origins), countries_of(r.destinations)
    for o in others:
        if o is r or o.named is not None or not _overlap(o, r):
            continue
        if all(p.kind in _COARSE for p in (*o.origins, *o.destinations)):
            continue
        oo, od = countries_of(o.origins), countries_of(o.destinations)
        if oo and od and ((oo <= ro and od <= rd) or (oo <= rd and od <= ro)):
            return True
    return False
