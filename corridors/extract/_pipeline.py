"""Extraction: find the transport links a text proposes.

:func:`extract_links` reads a news report or policy text and returns
:class:`ProposedLink` records: mode, origins, destinations, via, status, and the sentence
that supports each.  It is rule-based (with one small trained model for the confidence),
deterministic and offline:

1. the text is split into sentences, and place mentions are found with the gazetteer
   (:mod:`corridors.gazetteer._index`); mentions in frames that are not transport (a visit, a
   venue, a dateline, "Ambassador to ...", an airline's name) cannot be link ends; a name
   the gazetteer lacks that a transport frame calls a place ("the Nokundi-Mashkel road")
   becomes one, with no position when no spelling variant is known;
2. each sentence is rewritten as a *skeleton*, lower-case words with every group of places
   ("Lahore, Islamabad and Karachi") replaced by one token, and structural patterns are
   matched on it: "from A to B", "between A and B", "connect A with B", "A could be
   connected to B", "flights/road/links to B", route chains "A–B–C", "via/through C";
3. the mode comes from the nearest mode cue in the sentence (flights, road, railway, port,
   "land connectivity" = road and rail), else from the previous sentence of the same
   paragraph; a link without any mode cue is not a transport link;
4. the status comes from cues in the link's clause (agreed, planned, under construction,
   existing, resumed, cancelled, negation), defaulting to ``proposed``;
5. each link's confidence is the share of such links that were right on the project's
   labelled real articles (:mod:`corridors.extract._confidence`, a small trained model).

Named corridors (the Trans-Afghan railway, CPEC, the Middle Corridor, INSTC, the
Karakoram Highway, the Lapis Lazuli corridor) are links in their own right.

This module holds the public records and the pipeline; the steps live in private
modules: place mentions (:mod:`corridors.extract._places`, names in transport frames
that it did not read in :mod:`corridors.extract._unlisted`), sentences and HTML
(:mod:`corridors.extract._text`), link structures (:mod:`corridors.extract._rules`, its
skeleton patterns in :mod:`corridors.extract._patterns`),
modes (:mod:`corridors.extract._modes`), statuses (:mod:`corridors.extract._status`),
links that refer to other links (:mod:`corridors.extract._coref`), named corridors
(:mod:`corridors.extract._named`) and the candidate-link record
(:mod:`corridors.extract._candidates`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from corridors.extract._candidates import RawLink
from corridors.extract._confidence import calibrated
from corridors.extract._coref import DEFINITE_SUBJECT, drop_restated
from corridors.extract._crossings import across, crossing_links, settle
from corridors.extract._modes import (
    MULTIMODAL,
    clause_ends,
    mode_cues,
    mode_name,
    text_mode,
    union_modes,
)
from corridors.extract._named import NAMED_ANY, named_links
from corridors.extract._places import find_mentions
from corridors.extract._rules import sentence_links
from corridors.extract._status import STATUS_LOOKBACK, link_status, progress_report, says_more
from corridors.extract._text import Sentence, looks_like_html, mask_asides, sentences, strip_html
from corridors.extract._unlisted import unlisted_mentions
from corridors.gazetteer._index import fold, gazetteer
from corridors.records.link import MODES, STATUSES, ProposedLink
from corridors.records.place import Place, PlaceMention

__all__ = ["MODES", "STATUSES", "Extraction", "ProposedLink", "extract", "extract_links"]

@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extraction found: the links and every place mention."""

    links: tuple[ProposedLink, ...]
    places: tuple[PlaceMention, ...]
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's ``{"links": [...], "places": [...]}``."""
        return {
            "links": [link.to_dict() for link in self.links],
            "places": [p.to_dict() for p in self.places],
        }


def extract_links(text: str, *, min_confidence: float = 0.0) -> list[ProposedLink]:
    """The transport links that ``text`` proposes, in order of appearance.

    Parameters
    ----------
    text
        Plain text (HTML is accepted: tags are blanked out, offsets kept).
    min_confidence
        Leave out links whose confidence is lower.  A link's confidence is the share of
        such links that were right on the project's labelled real articles
        (:mod:`corridors.extract._confidence`); 0 keeps every link.

    Returns
    -------
    list of ProposedLink
        Empty when the text proposes no link.

    Examples
    --------
    >>> links = extract_links("The two ministers agreed to launch direct flights "
    ...                       "from Lahore and Karachi to Almaty.")
    >>> [(p.name for p in links[0].origins) and links[0].mode, links[0].status]
    ['air', 'agreed']
    >>> [p.name for p in links[0].origins], [p.name for p in links[0].destinations]
    (['Lahore', 'Karachi'], ['Almaty'])
    """
    return list(extract(text, min_confidence=min_confidence).links)


def extract(text: str, *, min_confidence: float = 0.0) -> Extraction:
    """Links and place mentions in ``text`` (see :func:`extract_links`)."""
    notes: list[str] = []
    if looks_like_html(text):
        text = strip_html(text)
        notes.append("the input looks like HTML; tags were ignored.")
    if not text.strip():
        return Extraction((), (), (*notes, "the input is empty."))
    folded = mask_asides(fold(text))
    gaz = gazetteer()
    sents = list(sentences(folded))
    para_starts: dict[int, int] = {}
    for s in sents:
        para_starts.setdefault(s.paragraph, s.start)
    spans = [(s.start, s.end, para_starts[s.paragraph]) for s in sents]
    mentions = unlisted_mentions(text, folded, find_mentions(text, folded, gaz, spans), spans)
    starts = [m.start for m in mentions]
    lower = folded.lower()

    # the dateline's place ("SAMARKAND - ..."): where things arrive when a text says
    # "the city"
    home = next((m.place for m in mentions[:1] if m.start == (sents[0].start if sents else -1)
                 and m.role == "blocked" and m.place is not None
                 and m.place.kind not in {"country", "region", "sea"}), None)
    raws: list[tuple[RawLink, int]] = []  # with sentence index
    # the corridor names and (in sentences with places) the clause ends of each sentence,
    # found once for its mode cues, its rules and the statuses of its links
    names = [[(m.start(), m.end()) for m in NAMED_ANY.finditer(lower, s.start, s.end)]
             for s in sents]
    clauses: dict[int, list[tuple[int, int]]] = {}
    all_cues = [mode_cues(lower, s.start, s.end, folded, names[si]) for si, s in enumerate(sents)]
    about = text_mode(lower, all_cues)
    prev_modes: tuple[str, ...] | None = None
    prev_org: Place | None = None  # the last company named (paragraphs do not reset it)
    prev_link: RawLink | None = None  # the last link found in the paragraph
    prev_para = -1
    for si, s in enumerate(sents):
        if s.paragraph != prev_para:
            prev_link = None  # a company named before stays the anaphor ("The airline ...")
        lo = bisect_right(starts, s.start - 1)
        hi = bisect_right(starts, s.end - 1)
        sent_mentions = [m for m in mentions[lo:hi] if m.end <= s.end]
        cues = all_cues[si]
        carried = prev_modes if s.paragraph == prev_para else None
        found = list(named_links(lower, s.start, s.end))
        if sent_mentions:
            clauses[si] = clause_ends(lower, s.start, s.end)
            found += sentence_links(lower, s.start, s.end, sent_mentions, cues, carried,
                                    prev_org, prev_link, home, about,
                                    names=names[si], clauses=clauses[si])
        if prev_link is not None and DEFINITE_SUBJECT.match(lower, s.start):
            for raw in found:
                raw.antecedent = raw.antecedent or prev_link
        if not found and prev_link is not None and progress_report(lower, s.start, s.end):
            # "Around 80 percent of the road has been completed": the link named before,
            # mentioned again with its new status
            found = [replace(prev_link, start=s.start, end=s.end, anchor=-1, rule="progress",
                             leg_of=None, antecedent=None, via=list(prev_link.via))]
        for raw in found or crossing_links(lower, s.start, s.end, sent_mentions,
                                           after_link=prev_link is not None):
            raws.append((raw, si))
        if found:
            prev_link = max(found, key=lambda r: r.start)
        orgs = [m.place for m in sent_mentions if "organisation" in m.notes and m.place]
        if orgs:
            prev_org = orgs[0]
        plain = [c for c in cues if not NAMED_ANY.match(lower, c[0])] or cues
        last = max((r for r in found if r.named is None), key=lambda r: r.start, default=None)
        if plain:
            prev_modes = union_modes(plain, last.mode if last is not None else None)
        elif found or s.paragraph != prev_para:
            prev_modes = None
        # else a sentence without a mode cue or a link ("The journey takes 18 days.") hands
        # on the mode it was handed
        prev_para = s.paragraph

    links = _links(text, lower, sents, drop_restated(lower, sents, raws), clauses)
    links = calibrated(across(settle(_land_by_text(links, about))), text)
    kept = [link for link in links if link.confidence >= min_confidence]
    if len(kept) < len(links):
        notes.append(f"{len(links) - len(kept)} link(s) under confidence {min_confidence:g} "
                     "were left out.")
    links = _numbered(kept)
    places = tuple(
        PlaceMention(m.place, text[m.start : m.end], m.start, m.end)
        for m in mentions
        if m.place is not None and "organisation" not in m.notes
    )
    return Extraction(tuple(links), places, tuple(notes))


def _links(
    text: str, lower: str, sents: list[Sentence], by_sentence: dict[int, list[RawLink]],
    clauses: dict[int, list[tuple[int, int]]] | None = None,
) -> list[ProposedLink]:
    """One :class:`ProposedLink` per mode and ends, with every sentence that mentions it.

    The evidence is the mention whose status is kept: a later mention replaces an
    earlier one when its status says more.  ``clauses`` are the clause ends of sentences
    (:func:`~corridors.extract._modes.clause_ends`) found before.
    """
    clauses = {} if clauses is None else clauses
    found: list[_Found] = []
    seen: dict[tuple[Any, ...], int] = {}
    by_ends = _EndIndex()
    statuses: dict[int, str] = {}
    memo: dict[str, tuple[str, str | None] | None] = {}  # statuses of clauses, this text only
    for si in sorted(by_sentence):
        s = sents[si]
        for raw in sorted(by_sentence[si], key=lambda r: r.start):
            origins = _dedupe(raw.origins)
            dests = [p for p in _dedupe(raw.destinations) if p not in origins]
            via = [p for p in _dedupe(raw.via) if p not in origins and p not in dests]
            if not origins or not dests or raw.mode is None:
                continue
            mode, modes = mode_name(raw.mode)
            # a paragraph that opens without a status cue (a list line, a caption) goes on
            # with the status of the paragraph before it
            reach = LIST_LOOKBACK if _LIST_ITEM.match(text, s.start) else STATUS_LOOKBACK
            before = [(b.start, b.end) for b in sents[max(0, si - reach):si]
                      if b.paragraph != s.paragraph]
            status, detail = link_status(raw, lower, s.start, s.end, statuses, before, memo,
                                         clauses.get(si), headline=_is_headline(text, s))
            o_key = frozenset(map(_key, origins))
            d_key = frozenset(map(_key, dests))
            key = (mode, o_key, d_key) if raw.directed else (mode, frozenset({o_key, d_key}))
            alt = (mode, frozenset({o_key, d_key}))
            k = seen.get(key, seen.get(alt))
            if k is None:
                k = _near_link(found, mode, origins, dests, raw.directed, by_ends)
                if k is not None:
                    seen[key] = seen[alt] = k  # "Port of Baku" again as "Baku"
            if k is not None:
                found[k].mention(s.start, s.end, status, detail)
                continue
            seen[key] = seen[alt] = len(found)
            by_ends.add(len(found), mode, origins, dests)
            found.append(_Found(mode, modes, tuple(origins), tuple(dests), tuple(via),
                                raw.directed, raw.confidence, raw.rule, status, detail,
                                s.start, s.end, [(s.start, s.end, status)], {s.start}))
    return [f.link(text, k) for k, f in enumerate(found, 1)]


@dataclass(slots=True)
class _Found:
    """A link of :func:`_links` on its way to a :class:`ProposedLink` (made once, at the
    end): its ends, the mention whose status is kept and every mention."""

    mode: str
    modes: tuple[str, ...]
    origins: tuple[Place, ...]
    destinations: tuple[Place, ...]
    via: tuple[Place, ...]
    directed: bool
    confidence: float
    rule: str
    status: str
    detail: str | None
    start: int
    end: int
    mentions: list[tuple[int, int, str]]
    spans: set[int]  # the sentence starts already counted

    def mention(self, start: int, end: int, status: str, detail: str | None) -> None:
        """Count the sentence ``start..end`` once; its status replaces the kept one when it
        says more."""
        if start in self.spans:
            return
        self.spans.add(start)
        self.mentions.append((start, end, status))
        if says_more(status, self.status, detail):
            self.status, self.detail, self.start, self.end = status, detail, start, end

    def link(self, text: str, number: int) -> ProposedLink:
        """The record, with id ``L<number>``."""
        return ProposedLink(
            id=f"L{number}",
            mode=self.mode,
            modes=self.modes,
            origins=self.origins,
            destinations=self.destinations,
            via=self.via,
            status=self.status,
            directed=self.directed,
            evidence_text=text[self.start : self.end],
            start=self.start,
            end=self.end,
            confidence=round(max(0.05, min(0.99, self.confidence)), 2),
            status_detail=self.detail,
            rule=self.rule,
            mentions=tuple(self.mentions),
        )


def _land_by_text(links: list[ProposedLink], text_mode: tuple[str, ...] | None,
                  ) -> list[ProposedLink]:
    """Links whose sentence left the mode open (``land``) take the road or rail mode the
    text is about (:func:`~corridors.extract._modes.text_mode`: "the whole line from
    Karachi to Peshawar" in an article on the railway); a corridor-level link keeps the
    corridor's mode (:func:`_corridor_level`)."""
    if text_mode not in {("road",), ("rail",)}:
        return links
    mode = text_mode[0]
    def ends(link: ProposedLink) -> frozenset[frozenset[Place]]:
        return frozenset({frozenset(link.origins), frozenset(link.destinations)})

    out: list[ProposedLink] = []
    for link in links:
        if link.mode == "land" and not _corridor_level(link):
            moded = replace(link, mode=mode, modes=(mode,))
            if any(o.mode == mode and ends(o) == ends(moded) for o in links):
                continue  # the text names it with its mode elsewhere
            link = moded  # noqa: PLW2901
        out.append(link)
    return out


def _corridor_level(link: ProposedLink) -> bool:
    """Whether the link is a named corridor, or joins countries and regions only in a
    sentence that names one (the Lapis Lazuli route through five countries) or calls a route
    multimodal: the corridor's own mode, not the text's."""
    if link.rule == "named-corridor":
        return True
    areas = all(p.kind in {"country", "region"} for p in (*link.origins, *link.destinations))
    said = fold(link.evidence_text).lower()
    return areas and (NAMED_ANY.search(said) is not None or MULTIMODAL.search(said) is not None)


#: A line of a list ("Kyrgyzstan: Andijan - Osh, ...", "- Tashkent - Ufa"): it goes on
#: with the status of the sentence that introduced the list, up to :data:`LIST_LOOKBACK`
#: sentences back.
_LIST_ITEM = re.compile(r"\s*(?:[-\u2013\u2022*]\s|[A-Z][\w' ]{0,30}:\s)")
LIST_LOOKBACK = 8
#: How a sentence ends when it is prose, not a headline.
_PROSE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")", ":", ";")


def _is_headline(text: str, s: Sentence) -> bool:
    """Whether the sentence is a line of its own without a closing stop (a headline)."""
    return not text[s.start:s.end].rstrip().endswith(_PROSE_END)


def _numbered(links: list[ProposedLink]) -> list[ProposedLink]:
    """The links with ids ``L1``, ``L2``, ... in order (after some were dropped)."""
    return [link if link.id == f"L{i}" else replace(link, id=f"L{i}")
            for i, link in enumerate(links, 1)]


def _near_link(
    links: Sequence[ProposedLink | _Found], mode: str, origins: list[Place], dests: list[Place],
    directed: bool, by_ends: _EndIndex | None = None,
) -> int | None:
    """The index of a link found before with the same mode and the same ends give or take
    a spelling or a port ("Port of Baku" and "Baku": points within about 30 km).

    ``by_ends`` indexes the links by their ends, so that only the few links with a near
    origin and a near destination are compared (the first match is the same as when every
    link is compared, as it is without an index).
    """
    if by_ends is None:
        order: Iterable[int] = range(len(links))
    else:
        order = sorted(by_ends.candidates(mode, origins, dests))
    for k in order:
        old = links[k]
        if old.mode != mode:
            continue
        if _same_places(old.origins, origins) and _same_places(old.destinations, dests):
            return k
        if (not directed or not old.directed) and _same_places(old.origins, dests) and (
                _same_places(old.destinations, origins)):
            return k
    return None


#: The ``near`` tolerance of :func:`_same_places`, in degrees of latitude and longitude.
_NEAR = 0.3
#: Cell size of :class:`_EndIndex` in degrees: twice the tolerance, so that the points
#: near a point lie in at most two cells along each axis.
_CELL = 2 * _NEAR


class _EndIndex:
    """Links by (mode, cell of an origin, cell of a destination), for :func:`_near_link`.

    Two places are near (:func:`_same_places`) when they are equal, or when both are points
    of the same country less than :data:`_NEAR` degrees apart in latitude and longitude,
    hence in the cells of a :data:`_CELL`-degree grid that the square of side 2 x
    :data:`_NEAR` around either point touches.  A link is filed under every pair of its
    origins' and destinations' cells (an area or a place without a position is its own
    cell); a lookup with the first origin and the first destination of a new link finds
    every earlier link whose ends could be the same (and a few more, which the caller
    compares).
    """

    __slots__ = ("_cells", "_near")

    def __init__(self) -> None:
        self._near: dict[Place, list[tuple[Any, ...]]] = {}  # _near_keys of the places seen
        # (mode, origin cell) -> destination cell -> link numbers
        self._cells: dict[tuple[Any, ...], dict[tuple[Any, ...], list[int]]] = {}

    @staticmethod
    def _point(p: Place) -> tuple[float, float] | None:
        if p.kind in _AREAS or p.lat is None or p.lon is None:
            return None
        if not (math.isfinite(p.lat) and math.isfinite(p.lon)):
            return None
        return p.lat, p.lon

    def _key(self, p: Place) -> tuple[Any, ...]:
        pt = self._point(p)
        if pt is None:
            return ("p", p)
        return ("c", p.country, math.floor(pt[0] / _CELL), math.floor(pt[1] / _CELL))

    def _near_keys(self, p: Place) -> list[tuple[Any, ...]]:
        if p not in self._near:
            self._near[p] = self._cells_around(p)
        return self._near[p]

    def _cells_around(self, p: Place) -> list[tuple[Any, ...]]:
        pt = self._point(p)
        if pt is None:
            return [("p", p)]
        lat, lon = pt
        r = _NEAR * (1 + 1e-9)  # a margin for rounding
        ii = range(math.floor((lat - r) / _CELL), math.floor((lat + r) / _CELL) + 1)
        jj = range(math.floor((lon - r) / _CELL), math.floor((lon + r) / _CELL) + 1)
        return [("c", p.country, i, j) for i in ii for j in jj]

    def add(self, k: int, mode: str, origins: list[Place], dests: list[Place]) -> None:
        """File link number ``k``."""
        okeys = {self._key(p) for p in origins}
        dkeys = {self._key(p) for p in dests}
        for ok in okeys:
            by_dest = self._cells.setdefault((mode, ok), {})
            for dk in dkeys:
                by_dest.setdefault(dk, []).append(k)

    def candidates(self, mode: str, origins: list[Place], dests: list[Place]) -> set[int]:
        """Numbers of the links whose origins may be near ``origins`` and destinations
        near ``dests``, or the other way round (each place's cells are found once)."""
        out: set[int] = set()
        okeys, dkeys = self._near_keys(origins[0]), self._near_keys(dests[0])
        for firsts, seconds in ((okeys, dkeys), (dkeys, okeys)):
            for first in firsts:
                by_dest = self._cells.get((mode, first))
                if by_dest is None:
                    continue  # no link from that cell: its pairs are not looked up
                for second in seconds:
                    hit = by_dest.get(second)
                    if hit:
                        out.update(hit)
        return out


def _same_places(xs: tuple[Place, ...] | list[Place], ys: tuple[Place, ...] | list[Place]) -> bool:
    def near(a: Place, b: Place) -> bool:
        if a == b:
            return True
        if a.kind in _AREAS or b.kind in _AREAS or a.country != b.country:
            return False
        return a.within(b, _NEAR)

    return len(xs) == len(ys) and all(any(near(x, y) for y in ys) for x in xs) and all(
        any(near(x, y) for x in xs) for y in ys)


_AREAS = frozenset({"country", "region", "sea", "province"})


def _key(p: Place) -> tuple[str, str | None, str]:
    return (p.name, p.country, p.kind)


def _dedupe(places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in places:
        if p not in out:
            out.append(p)
    return out
