"""Extraction: find the transport links a text proposes.

:func:`extract_links` reads a news report or policy text and returns
:class:`ProposedLink` records: mode, origins, destinations, via, status, and the sentence
that supports each.  It is rule-based, deterministic and offline:

1. the text is split into sentences, and place mentions are found with the gazetteer
   (:mod:`corridors.gazetteer`); mentions in frames that are not transport (a visit, a
   venue, a dateline, "Ambassador to ...", an airline's name) cannot be link ends;
2. each sentence is rewritten as a *skeleton*, lower-case words with every group of places
   ("Lahore, Islamabad and Karachi") replaced by one token, and structural patterns are
   matched on it: "from A to B", "between A and B", "connect A with B", "A could be
   connected to B", "flights/road/links to B", route chains "A–B–C", "via/through C";
3. the mode comes from the nearest mode cue in the sentence (flights, road, railway, port,
   "land connectivity" = road and rail), else from the previous sentence of the same
   paragraph; a link without any mode cue is not a transport link;
4. the status comes from cues in the link's clause (agreed, planned, under construction,
   existing, resumed, cancelled, negation), defaulting to ``proposed``.

Named corridors (the Trans-Afghan railway, CPEC, the Middle Corridor, INSTC, the
Karakoram Highway, the Lapis Lazuli corridor) are links in their own right.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from corridors._corridor_names import NAMED_CORRIDORS, NamedCorridor
from corridors._extract_places import Mention, find_mentions
from corridors._extract_text import looks_like_html, sentences, strip_html
from corridors.gazetteer import fold, gazetteer, resolve_place
from corridors.places import Place, PlaceMention

__all__ = ["MODES", "STATUSES", "Extraction", "ProposedLink", "extract", "extract_links"]

#: Link modes of the JSON contract.
MODES = ("air", "road", "rail", "sea", "land")
#: Link statuses of the JSON contract.
STATUSES = ("proposed", "agreed", "planned", "under_construction", "existing", "rejected")


@dataclass(frozen=True, slots=True)
class ProposedLink:
    """A transport link a text proposes (or reports as agreed, existing, rejected...).

    Parameters
    ----------
    id
        ``"L1"``, ``"L2"``, ... in order of appearance.
    mode
        One of :data:`MODES`; ``"land"`` means road and rail.
    modes
        The modes, one or several (``("road", "rail")`` for land).
    origins, destinations, via
        Places; regions carry their member countries in :attr:`Place.members`.
    status
        One of :data:`STATUSES`.
    directed
        ``True`` for "from A to B", ``False`` for "between A and B".
    evidence_text, start, end
        The supporting sentence and its character span in the input.
    confidence
        0..1: how sure the rules are (lower when the mode came from another sentence,
        or the structure is loose).
    status_detail
        Finer status when the text says it: ``"resumed"``, ``"cancelled"``,
        ``"suspended"``, ``"negated"``; else ``None``.
    rule
        The name of the rule that found the link (for explanation and debugging).
    mentions
        Every sentence that mentions the link, as ``(start, end, status)`` in order; the
        evidence is the mention whose status was kept (a later, more specific status such
        as "under construction" or "cancelled" replaces a generic one).
    """

    id: str
    mode: str
    modes: tuple[str, ...]
    origins: tuple[Place, ...]
    destinations: tuple[Place, ...]
    via: tuple[Place, ...]
    status: str
    directed: bool
    evidence_text: str
    start: int
    end: int
    confidence: float
    status_detail: str | None = None
    rule: str = ""
    mentions: tuple[tuple[int, int, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape (plus ``status_detail`` when set)."""
        d: dict[str, Any] = {
            "id": self.id,
            "mode": self.mode,
            "modes": list(self.modes),
            "origins": [p.to_dict() for p in self.origins],
            "destinations": [p.to_dict() for p in self.destinations],
            "via": [p.to_dict() for p in self.via],
            "status": self.status,
            "directed": self.directed,
            "evidence": {"text": self.evidence_text, "start": self.start, "end": self.end},
            "confidence": self.confidence,
        }
        if self.status_detail:
            d["status_detail"] = self.status_detail
        if len(self.mentions) > 1:
            d["mentions"] = [{"start": a, "end": b, "status": st} for a, b, st in self.mentions]
        return d


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


# ---------------------------------------------------------------------------------------
# cues

_MODE_CUES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("road", "rail"), re.compile(
        r"\b(?:land\s+(?:connectivity|links?|routes?|transport|corridors?|connections?|"
        r"bridge|access|trade\s+routes?)|overland|by\s+land|surface\s+transport)\b")),
    (("air",), re.compile(
        r"\b(?:flights?|flew|fly|flying|airlines?|airways|air\s+(?:links?|connectivity|"
        r"routes?|services?|corridor|traffic|travel|cargo|bridge|connections?|freight)|"
        r"aviation|airports?|aircraft|non-?stop|airlift|charter|flies|flown|codeshare|"
        r"boeing|airbus|embraer)\b")),
    (("rail",), re.compile(
        r"\b(?:rail(?:ways?|roads?)?|trains?|tracks?|locomotives?|wagons?|gauge|"
        r"railcars?|train\s+services?)\b(?!\s+record)")),
    (("road",), re.compile(
        r"\b(?:roads?(?!\s*-?\s*map)|highways?|motorways?|expressways?|truck(?:s|ed)?|trucking|"
        r"lorr(?:y|ies)|bus(?:es)?|tir|freeways?|road\s+transport|hauliers?|haulage|"
        r"truckers?)\b")),
    (("sea",), re.compile(
        r"\b(?:ports?|seaports?|shipping|ship(?:s|ped|ments?)?|ferr(?:y|ies)|sea\s+(?:routes?|links?|lanes?|"
        r"freight|transport|connectivity)|maritime\s+(?:links?|routes?|transport|"
        r"connectivity)|vessels?|by\s+sea|container\s+lines?|ro-?ro|harbou?rs?|"
        r"port-to-port|feeder|sailings?|berth(?:s|ed|ing)?|call(?:s|ed|ing)?\s+at|"
        r"container\s+(?:ships?|vessels?))\b")),
)
_CUE_TITLE = re.compile(
    r"\b(?:ministry|minister|ministers|chairm[ae]n|department|secretary|committee|board|"
    r"deputy|affairs)\s+(?:of|for)\s+(?:\w+\s+(?:and|&)\s+)?$"
)
_CUE_JOIN = re.compile(r"\s*(?:,|and|&|or|and/or|,\s*and|as\s+well\s+as)?\s*(?:\w+\s+)?")

_STATUS_CUES: tuple[tuple[str, str | None, re.Pattern[str]], ...] = (
    ("rejected", "cancelled", re.compile(
        r"\b(?:cancel(?:l?ed|s|ling|lation)?|scrapped|scrap|shelved|abandoned|rejected|"
        r"reject(?:s|ing)?|called\s+off|ruled\s+out|dropped|turned\s+down|no\s+longer|"
        r"(?:will|to)\s+be\s+(?:cut|axed|discontinued|ended|withdrawn)|discontinued|axed)\b")),
    ("rejected", "suspended", re.compile(r"\b(?:suspend(?:ed|s|ing)?|halted|stopped)\b")),
    ("rejected", "negated", re.compile(
        r"\b(?:not|never|no|n't|neither|nor|without|denied|denies|deny|dismissed\s+"
        r"(?:a\s+|the\s+)?(?:media\s+)?reports?)\b(?!\s+only)(?!\s+(?:doubt|less)\b)")),
    ("under_construction", None, re.compile(
        r"\b(?:under\s+construction|being\s+(?:built|constructed|laid|upgraded)|"
        r"construction\s+(?:is|has|began|begins|started|work)|(?:is|are)\s+building|"
        r"track-?laying|laying\s+(?:the\s+)?track|groundbreaking|broke\s+ground|"
        r"work\s+(?:is|has)\s+(?:under\s?way|begun|started)|construction\s+of\s+[^.;]{0,80}?"
        r"\b(?:officially\s+)?(?:began|begins|started|starts|commenced|has\s+(?:begun|started))|"
        r"(?:began|begun|started|starts|commenced|launched)\s+construction)\b")),
    ("existing", "resumed", re.compile(r"\b(?:resumed|restored|reopened|relaunched)\b")),
    ("planned", "resumed", re.compile(r"\b(?:resume|resumption|restore|reopen|relaunch)\b")),
    ("existing", None, re.compile(
        r"\b(?:existing|already|currently\s+(?:operat|run|link|connect|serv|fl[iy]|sail)\w*|"
        r"(?:is|are)\s+(?:now\s+)?(?:offering|running|operating)|remains?\s+(?:open|in\s+"
        r"(?:use|service|operation)|the\s+(?:only|main|sole|principal|busiest))|continues?\s+as\s+"
        r"(?:normal|usual|before)|(?<!begin\s)(?<!begins\s)(?<!start\s)(?<!starts\s)(?<!to\s)"
        r"operat(?:es|ing|ed)|"
        r"in\s+service|in\s+operation|runs|ran|was\s+(?:opened|completed|inaugurated)|"
        r"opened\s+in|carries|handles|serves|(?<!be\s)served|"
        r"(?:(?:has|have|had|was|were)\s+(?:\w+\s+)?(?:carried|handled)|(?:carried|handled)\s+"
        r"(?:about|some|over|more|nearly|almost|around|\d))|"
        r"(?<!be\s)opened|"
        r"(?:can\s+)?now\s+(?:\w+\s+)?(?:links?|reach(?:es)?|connects?|runs?|operates?|travel|"
        r"drive|go|move|fly|sail|cross|"
        r"carr(?:y|ies)|serves?|takes?)|began\s+(?:sending|running|operating|carrying|"
        r"serving)|(?:freight|traffic|volumes?|cargo|passengers?)\b[^.;]{0,60}?\b(?:rose|"
        r"grew|increased|doubled|tripled|fell|declined|reached|topped|exceeded|totall?ed)|"
        r"(?:consignments?|shipments?|trains?|convoys?|vessels?|ships?|trucks?|lorries|"
        r"cargo)\b[^.;]{0,40}?\b(?:left|departed|arrived|berthed|travell?ed)|"
        r"reached(?!\s+(?:an?|the)\s+(?:\w+\s+)?(?:agreement|deal|understanding|consensus|"
        r"accord))|(?:is|are)\s+(?:\w+\s+)?(?:used|deployed)\s+(?:\w+\s+)?on|"
        r"(?:double|triple|increase|raise|boost|expand)\w*\b[^.;]{0,60}?\b(?:to|by)\s+"
        r"(?:\w+\s+){1,2}(?:a|per)\s+(?:week|day|month)|(?:has|have)\s+been\s+(?:flying|running|"
        r"operating|serving|sailing|linking|connecting|carrying|plying)|continues?\s+to\s+(?:run|"
        r"operate|fly|serve|sail|carry|link)|will\s+continue|unaffected|(?:has|have)\s+(?:started|"
        r"launched|opened)|(?:started|launched)\s+(?:a|an|its|their)\s|"
        r"(?:double|triple|increase|raise|boost|expand|add)(?:s|d|ed|ing)?\s+(?:the\s+)?"
        r"(?:number|frequency|frequencies|capacity|cargo\s+traffic|traffic|volumes?))\b")),
    ("agreed", None, re.compile(
        r"\b(?:agreed|agree|agreement|agreements|signed|sign|mou|memorandum|protocol|"
        r"deal|approved|endorsed|ratified|consensus|provides\s+for|permission|permits?|"
        r"licen[cs]e[sd]?|(?:approval|clearance)\s+(?:was\s+)?granted|under\s+the\s+"
        r"(?:deal|accord))\b")),
    ("planned", None, re.compile(
        r"\b(?:plan|plans|planned|planning|will|shall|scheduled|set\s+to|to\s+be\s+"
        r"(?:built|launched|opened|completed)|expected\s+to|feasibility|envisaged|"
        r"intends?|intend|target(?:s|ed)?|roadmap|by\s+20\d\d|(?:is|are)\s+expected|"
        r"announc(?:ed|es|ing)|starting\s+(?:next|on|in|from)|from\s+next|"
        r"next\s+(?:week|month|year|spring|summer|autumn|winter))\b")),
)
_WISH_RESUMED = re.compile(
    r"\b(?:want|wants|wanted|hope|hopes|urged?|urging|call(?:s|ed)?\s+for|demand(?:s|ed)?|"
    r"ask(?:s|ed)?\s+for|seek(?:s|ing)?)\b[^.;]{0,60}?\b(?:restored|resumed|reopened|"
    r"restore|resume|reopen|resumption)\b"
)
_WISH = re.compile(
    r"\b(?:want|wants|wanted|hope|hopes|urged?|urging|call(?:s|ed)?\s+for|demand(?:s|ed)?|"
    r"ask(?:s|ed)?\s+for|seek(?:s|ing)?)\b[^.;]{0,60}?\bto\s+be\s+(?:opened|built|launched|"
    r"started|extended)\b"
)
_NOT_RESUMED = re.compile(
    r"\b(?:not|never|no|n't|yet\s+to)\s+(?:\w+\s+)?(?:resum|restor|reopen|relaunch)\w*"
)
_STATUS_ORDER = ("rejected", "under_construction", "existing", "agreed", "planned")
_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|\s(?:while|whereas)\s|\bbut\b")
#: Clause ends for mode cues (finer than for status: "..., he said, and ...").
_MODE_CLAUSE = re.compile(
    r";|,\s*(?:while|whereas|but|although|though|and|he|she|they|it|(?:from\s+)?where)\b|"
    r"\s(?:while|whereas)\s|\bbut\b|\s-\s"
)

_GEOGRAPHY = re.compile(
    r"\b(?:area|region|valley|river|range|mountains?|plateau|strip|territory|terrain|"
    r"province|district|desert|basin|lake)\s+(?:\w+\s+){0,2}?"
    r"(?:links|connects|joins|separates|borders|divides|lies)\b"
)
_CONNECT_WORDS = re.compile(
    r"\b(?:connect\w*|link\w*|connectivity|corridors?|routes?|access|transit|services?|lines?)\b"
)

_CUE_GAP = re.compile(r"\s*(?:,|and|&|or|and/or|,\s*and)\s*")
_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s*and|&|,?\s*or|/|,?\s*as well as)\s*(?:the\s+)?(?:cities of\s+)?"
)
_CHAIN_GAP = re.compile(r"\s*-\s*|\s*-to-\s*")
_SK_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[,;:()]|'s?\b")

# skeleton patterns (words are lower case; place groups are "G<n>")
_W = r"(?:[a-z0-9']+ )"
_ANY = r"(?:(?:[a-z0-9']+|G\d+) )"
_TRIG = (
    r"(?:flights?|services?|routes?|roads?|highways?|motorways?|railways?|rail|railroads?|"
    r"trains?|lines?|links?|linkages?|connections?|connectivity|corridors?|access|shipping|"
    r"ferr(?:y|ies)|cargo|trucks|ties|transit|trade routes?|tracks?|ports?|airports?|"
    r"connect(?:s|ed|ing)?|link(?:s|ed|ing)?|joins|joined|joining|goods|drive|drives|driving|freight|carry|carries|carrying|"
    r"exports?|containers?|shipped|trucked|flown|flies|fly|flying|sails?|sailing)"
)
_P_FROM_TO = re.compile(
    rf"\bfrom (?:the )?G(?P<a>\d+) {_ANY}{{0,4}}?(?:to|towards|into|onward to|and on to) "
    rf"(?:the )?G(?P<b>\d+) "
)
_P_TO_FROM = re.compile(
    rf"\b(?:to|towards|reached|reaches|reach) (?:the )?G(?P<b>\d+) {_W}{{0,3}}?"
    r"from (?:the )?G(?P<a>\d+) "
)
_P_CONNECT = re.compile(
    r"\b(?:connect|connects|connected|connecting|connection of|link|links|linked|linking|"
    r"join|joins|joined|joining|integrate|integrating|integration of) (?:the )?G(?P<a>\d+) "
    rf"(?:(?:{_W}|on the G\d+ (?:border|coast|side|frontier) ){{0,3}}?(?:with|to|and) "
    r"(?:the )?G(?P<b>\d+) )?"
)
_P_PASSIVE = re.compile(
    rf"\bG(?P<a>\d+) (?:s )?(?:(?:[a-z0-9']+|,) ){{0,6}}?(?:connected|linked|joined|connect|"
    rf"link) {_W}{{0,2}}?(?:to|with) (?:the )?G(?P<b>\d+) "
)
_P_BETWEEN = re.compile(r"\bbetween (?:the )?G(?P<a>\d+) ")
_P_FROM = re.compile(r"\bfrom (?:the )?G(?P<a>\d+) ")
_P_TARGET = re.compile(
    rf"\b(?P<t>{_TRIG}) (?:{_W}|, |(?:across|through|via|over|transiting) (?:the )?G\d+ )"
    r"{0,3}?(?:to|with|into|towards) (?:the )?(?:(?:port|city|town) of )?G(?P<b>\d+) "
)
_P_EXTEND = re.compile(
    r"\b(?P<t>extended|extend|extends|extending|prolonged|lengthened|continue|continues) "
    r"(?:[a-z0-9']+ ){0,3}?"
    r"(?:to|into|towards|as far as) (?:the )?(?:(?:port|city|town) of )?G(?P<b>\d+) "
)
_P_REACH = re.compile(
    r"\b(?:reach|reaches|reaching|serve|serves|serving|enter|entering) (?:the )?G(?P<b>\d+) "
)
_P_PAIR_MODE = re.compile(
    rf"\bG(?P<a>\d+) {_W}{{0,4}}?(?:open|opened|opens|launch|launched|launches|build|built|"
    r"builds|construct|constructed|inaugurated|inaugurate|completed?|restored?|reopen(?:ed)?|"
    r"upgrade[sd]?|agreed to (?:build|open|launch)) "
    rf"{_W}{{0,3}}?(?:road|roads|railway|railways|rail link|highway|motorway|flights?|ferry|"
    r"bridge|line|crossing|route|corridor)\b"
)
_P_BORDER_AT = re.compile(
    r"\bG(?P<a>\d+) (?:s )?(?:(?:border|network|side|frontier|grid|system|railways?) "
    r"(?:crossing |post |point |station )?(?:at|near)|(?:border )?(?:town|city|port|"
    r"crossing|post) of) (?:the )?G(?P<b>\d+) "
)
_P_LEFT_FOR = re.compile(
    rf"\b(?:left|leaves|leaving|departed|departs|sailed from|set sail from) (?:the )?"
    rf"G(?P<a>\d+) {_W}{{0,4}}?for (?:the )?G(?P<b>\d+) "
)
_P_FROM_OPENER = re.compile(
    r"^ from (?:the )?G(?P<a>\d+) , (?:(?:[a-z0-9']+|X) ){0,8}?(?:to|into|towards) "
    r"(?:the )?G(?P<b>\d+) "
)
_P_VIA = re.compile(
    r"\b(?:via|through|across|transiting|by way of|passing through|transit through) "
    r"(?:the )?G(?P<v>\d+) "
)
_P_SUBJECT_PAIR = re.compile(
    rf"\bG(?P<a>\d+) {_W}{{0,5}}?(?:to )?(?:(?:connect|link|join) (?:their|the two|both)\b|"
    r"(?:double|triple|increase|raise|boost|expand)\w* (?:the )?(?:number|frequency|"
    r"frequencies|capacity) of)"
)

#: Named corridors (see :mod:`corridors._corridor_names`) with their compiled patterns.
_NAMED: tuple[tuple[re.Pattern[str], NamedCorridor], ...] = tuple(
    (re.compile(c.pattern), c) for c in NAMED_CORRIDORS
)
_NAMED_ANY = re.compile("|".join(f"(?:{c.pattern})" for c in NAMED_CORRIDORS))
#: "from where it will travel by rail to C": words that say a new leg starts.
_LEG_CUE = re.compile(
    r"\b(?:by (?:rail|road|sea|air|truck|lorry|train|ship|ferry|barge|land)|trucked|shipped|"
    r"railed|moved|carried|carry|carries|transported|transport|travel\w*|sail\w*|flown|"
    r"crossing|cross|from where|before|then|onwards?|onward|on)\b"
)
#: "... to B and onwards to C": the link goes on to C (B becomes a via point).
_CONTINUE_GAP = re.compile(r"(?:(?:and|,) )?(?:(?:then|thence|onwards?|on|further|beyond) )+")
_P_LEG = re.compile(
    r"(?P<gap>(?:(?:[a-z0-9']+|,|G\d+) ){0,12}?)(?:to|into|towards) (?:the )?G(?P<c>\d+) "
)
_LEG_GAP_STOP = re.compile(r"\b(?:said|says|told|from G\d+|while|but|whereas)\b|;")


# ---------------------------------------------------------------------------------------
# internal records


@dataclass(slots=True)
class _Group:
    members: list[Mention]
    start: int
    end: int
    chain: bool = False

    @property
    def places(self) -> list[Place]:
        return [m.place for m in self.members if m.place is not None]


@dataclass(slots=True)
class _Raw:
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
    leg_of: _Raw | None = None  # the leg before this one ("... to B, then by rail to C")
    antecedent: _Raw | None = None  # the link "the line" refers to (previous sentence)
    named: NamedCorridor | None = None


# ---------------------------------------------------------------------------------------
# public API


def extract_links(text: str) -> list[ProposedLink]:
    """The transport links that ``text`` proposes, in order of appearance.

    Parameters
    ----------
    text
        Plain text (HTML is accepted: tags are blanked out, offsets kept).

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
    return list(extract(text).links)


def extract(text: str) -> Extraction:
    """Links and place mentions in ``text`` (see :func:`extract_links`)."""
    notes: list[str] = []
    if looks_like_html(text):
        text = strip_html(text)
        notes.append("the input looks like HTML; tags were ignored.")
    if not text.strip():
        return Extraction((), (), (*notes, "the input is empty."))
    folded = fold(text)
    gaz = gazetteer()
    sents = list(sentences(folded))
    para_starts: dict[int, int] = {}
    for s in sents:
        para_starts.setdefault(s.paragraph, s.start)
    spans = [(s.start, s.end, para_starts[s.paragraph]) for s in sents]
    mentions = find_mentions(text, folded, gaz, spans)
    starts = [m.start for m in mentions]
    lower = folded.lower()

    raws: list[tuple[_Raw, int]] = []  # with sentence index
    prev_modes: tuple[str, ...] | None = None
    prev_org: Place | None = None  # the last company named in the paragraph
    prev_link: _Raw | None = None  # the last link found in the paragraph
    prev_para = -1
    for si, s in enumerate(sents):
        if s.paragraph != prev_para:
            prev_org = prev_link = None
        lo = bisect_right(starts, s.start - 1)
        hi = bisect_right(starts, s.end - 1)
        sent_mentions = [m for m in mentions[lo:hi] if m.end <= s.end]
        cues = _mode_cues(lower, s.start, s.end, folded)
        carried = prev_modes if s.paragraph == prev_para else None
        found = list(_named_links(lower, s.start, s.end))
        if sent_mentions:
            found += _sentence_links(lower, s.start, s.end, sent_mentions, cues, carried,
                                     prev_org, prev_link)
        if prev_link is not None and _DEFINITE_SUBJECT.match(lower, s.start):
            for raw in found:
                raw.antecedent = raw.antecedent or prev_link
        for raw in found:
            raws.append((raw, si))
        if found:
            prev_link = max(found, key=lambda r: r.start)
        orgs = [m.place for m in sent_mentions if "organisation" in m.notes and m.place]
        if orgs:
            prev_org = orgs[0]
        plain = [c for c in cues if not _NAMED_ANY.match(lower, c[0])] or cues
        last = max((r for r in found if r.named is None), key=lambda r: r.start, default=None)
        prev_modes = _union_modes(plain, last.mode if last is not None else None) if plain else None
        prev_para = s.paragraph

    links = _finish(text, lower, sents, raws)
    places = tuple(
        PlaceMention(m.place, text[m.start : m.end], m.start, m.end)
        for m in mentions
        if m.place is not None and "organisation" not in m.notes
    )
    return Extraction(tuple(links), places, tuple(notes))


# ---------------------------------------------------------------------------------------
# per sentence


_ANAPHOR = re.compile(
    r"(?:it|they|the (?:airline|carrier|company|operator|railway|shipping line|firm)|"
    r"(?:its|their) (?:[\w-]+ ){0,3}?(?=(?:services?|routes?|flights?|line) to\b)|"
    r"(?:an? |the )?(?:new |direct |second |third |weekly |daily |regular )*"
    r"(?:services?|routes?|flights?)(?= to\b))\b"
)
#: A sentence whose subject is a transport link named before ("The line will ...").
_DEFINITE_SUBJECT = re.compile(
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
#: Stretches of a line ("the first phase covers the 280 km from A to B").
_SEGMENT = re.compile(
    r"\b(?:phase|section|stretch|segment|leg|km|kilometres?|kilometers?|miles)\b"
)
#: Relative clauses (", which runs the port,"): their cues and places are not the link's.
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*(?:,|$)")
_VIA_GAP_STOP = re.compile(r",\s*\w+\s+\w+|;")
_WHERE_BEFORE = re.compile(r"G(?P<w>\d+) , where (?:[a-z0-9']+ ){0,6}$")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their) $")
_AIRLINE_NAME = re.compile(r"\b(?:[A-Z][a-z]+ Air|Air [A-Z][a-z]+|Fly[A-Z]?[a-z]+)\b")


def _mode_cues(
    lower: str, start: int, end: int, folded: str | None = None
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Mode cues in the sentence as (start, end, modes), coordinated cues merged.

    ``folded`` (the case-kept text) lets airline names ("Somon Air", "Air Astana") count
    as air cues.
    """
    found: list[tuple[int, int, tuple[str, ...]]] = []
    taken: list[tuple[int, int]] = []
    if folded is not None:
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
    for pat, corridor in _NAMED:  # "the Lapis Lazuli corridor links A with B": land
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


def _union_modes(
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


def _nearest_mode(
    cues: list[tuple[int, int, tuple[str, ...]]], a: int, b: int
) -> tuple[str, ...] | None:
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


def _sentence_links(
    lower: str,
    s_start: int,
    s_end: int,
    mentions: list[Mention],
    cues: list[tuple[int, int, tuple[str, ...]]],
    carried: tuple[str, ...] | None,
    anaphor: Place | None = None,
    prev_link: _Raw | None = None,
) -> list[_Raw]:
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

    def any_places(g: _Group) -> list[Place]:
        return g.places

    # "the Chinese border at Lao Cai": the border town stands for the country
    alias: dict[int, int] = {}
    for m in _P_BORDER_AT.finditer(sk):
        alias[int(m["a"])] = int(m["b"])

    out: list[_Raw] = []
    used: set[int] = set()
    # a group inside a corridor's name ("the India-Middle East-Europe corridor") is a name
    for nm in _NAMED_ANY.finditer(lower, s_start, s_end):
        used.update(k for k, g in enumerate(groups)
                    if g.start >= nm.start() - 1 and g.end <= nm.end() + 1)
    # groups in a relative clause (", which already flies from A to B,") are no subject
    rel_spans = [(r.start(), r.end()) for r in _RELATIVE.finditer(lower, s_start, s_end)]
    rel_groups = {k for r0, r1 in rel_spans
                  for k, g in enumerate(groups) if r0 <= g.start and g.end <= r1}

    def emit(raw: _Raw) -> None:
        if not raw.origins or not raw.destinations or set(raw.groups) & used:
            return
        used.update(raw.groups)
        out.append(raw)

    # from A to B / to B from A
    for pat, rule in ((_P_FROM_TO, "from-to"), (_P_TO_FROM, "to-from")):
        for m in pat.finditer(sk):
            ga, gb = int(m["a"]), int(m["b"])
            emit(_Raw(ends(groups[ga]), ends(groups[gb]), directed=True,
                      start=tx(m.start()), end=groups[gb].end if rule == "from-to"
                      else groups[ga].end, rule=rule, confidence=0.9, groups=(ga, gb),
                      dest_group=gb if rule == "from-to" else -1))
    for pat, rule in ((_P_LEFT_FOR, "left-for"), (_P_FROM_OPENER, "from-opener")):
        for m in pat.finditer(sk):
            ga, gb = int(m["a"]), int(m["b"])
            emit(_Raw(ends(groups[ga]), ends(groups[gb]), directed=True, start=tx(m.start()),
                      end=groups[gb].end, rule=rule, confidence=0.75, groups=(ga, gb),
                      dest_group=gb))
    # connect A with B; connecting A, B and C
    for m in _P_CONNECT.finditer(sk):
        ga = int(m["a"])
        if m["b"] is not None:
            gb = int(m["b"])
            emit(_Raw(ends(groups[ga]), ends(groups[gb]), directed=False,
                      start=tx(m.start()), end=groups[gb].end, rule="connect", confidence=0.85,
                      groups=(ga, gb), dest_group=gb))
        else:
            out_raw = _split_group(groups[ga], ends(groups[ga]), tx(m.start()), "connect-list")
            if out_raw:
                out_raw.groups = (ga,)
                emit(out_raw)
    for m in _P_PASSIVE.finditer(sk):
        ga, gb = int(m["a"]), int(m["b"])
        origins = [m2.place for m2 in groups[ga].members
                   if m2.place is not None and m2.role in {"endpoint", "subject"}]
        directed = " to " in m.group(0)[-12:]
        emit(_Raw(origins, ends(groups[gb]), directed=directed, start=groups[ga].start,
                  end=groups[gb].end, rule="connected-to", confidence=0.85, groups=(ga, gb)))
    # between A and B (with "from X, Y and Z" narrowing one side)
    from_only = [int(m["a"]) for m in _P_FROM.finditer(sk)]
    for m in _P_BETWEEN.finditer(sk):
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
                emit(_Raw(origins, rest, directed=True, start=tx(m.start()),
                          end=max(groups[gf].end, groups[ga].end), rule="between-from",
                          confidence=0.85, groups=(ga, gf)))
                narrowed = True
                break
        if not narrowed:
            raw = _Raw(members[:1], members[1:], directed=False, start=tx(m.start()),
                       end=groups[ga].end, rule="between", confidence=0.85, groups=(ga,))
            emit(raw)
    # route chains A-B-C
    for k, g in enumerate(groups):
        if g.chain and k not in used:
            places = ends(g)
            if len(places) >= 2:
                emit(_Raw(places[:1], places[-1:], via=places[1:-1], directed=False,
                          start=g.start, end=g.end, rule="chain", confidence=0.8, groups=(k,)))
    # <A> ... to connect their ...
    for m in _P_SUBJECT_PAIR.finditer(sk):
        ga = int(m["a"])
        raw2 = _split_group(groups[ga], any_places(groups[ga]), groups[ga].start, "pair-connect")
        if raw2:
            raw2.groups = (ga,)
            raw2.confidence = 0.7
            emit(raw2)
    for m in _P_PAIR_MODE.finditer(sk):
        ga = int(m["a"])
        raw3 = _split_group(groups[ga], ends(groups[ga]), groups[ga].start, "pair-mode")
        if raw3:
            raw3.groups = (ga,)
            raw3.confidence = 0.65
            raw3.end = m.end() and tx(m.end() - 1)
            emit(raw3)
    via_groups = {int(m["v"]) for m in _P_VIA.finditer(sk)}
    legged: set[int] = set()

    def legs() -> None:
        """Legs after a link: "... to B, then by rail across C to D"; "... and on to D"."""
        for raw in sorted(out, key=lambda r: r.end):
            cur = raw
            while cur.dest_group >= 0 and id(cur) not in legged:
                legged.add(id(cur))
                token = f" G{cur.dest_group} "
                pos = sk.find(token)
                m = _P_LEG.match(sk, pos + len(token)) if pos >= 0 else None
                if m is None or int(m["c"]) in used or _LEG_GAP_STOP.search(m["gap"]):
                    break
                gc = int(m["c"])
                gap = m["gap"]
                inner = [int(k) for k in re.findall(r"G(\d+)", gap)]
                if any(not re.search(rf"\b(?:via|through|across|transiting|crossing)"
                                     rf" (?:the )?G{k} ", gap)
                       and not all(p.kind == "sea" for p in groups[k].places)
                       for k in inner):
                    break
                if _CONTINUE_GAP.fullmatch(gap):
                    cur.via.extend(p for p in cur.destinations if p not in cur.via)
                    cur.destinations = ends(groups[gc])
                    cur.end, cur.dest_group = groups[gc].end, gc
                    used.add(gc)
                    legged.discard(id(cur))
                    continue
                if not _LEG_CUE.search(gap):
                    break
                via = [p for k in inner for p in groups[k].places]
                leg = _Raw(list(cur.destinations), ends(groups[gc]), via=via, directed=True,
                           start=tx(pos + len(token)), end=groups[gc].end, rule="leg",
                           confidence=0.7, groups=(gc,), dest_group=gc, leg_of=cur,
                           anchor=groups[gc].start)
                used.update(inner)
                emit(leg)
                cur = leg

    legs()
    # flights / road / links ... to B, with the origin from the sentence's subject
    targets = sorted([*_P_TARGET.finditer(sk), *_P_EXTEND.finditer(sk)], key=lambda m: m.start())
    for m in targets:
        gb = int(m["b"])
        if gb in used:
            continue
        trig = m["t"]
        a_tx = tx(m.start())
        if trig == "ties" and not any(abs(c[0] - a_tx) < 60 for c in cues):
            continue
        possessive = bool(_POSSESSIVE_BEFORE.search(sk, max(0, m.start() - 8), m.start()))
        where = _WHERE_BEFORE.search(sk, 0, m.start())
        if where is not None and int(where["w"]) not in via_groups:
            gw = int(where["w"])
            emit(_Raw(ends(groups[gw]), ends(groups[gb]), directed=False,
                      start=groups[gw].start, end=groups[gb].end, rule="where-target",
                      confidence=0.65, groups=(gb,), anchor=a_tx, dest_group=gb))
            continue
        subject = _subject_before(groups, gb, skip=via_groups | used | rel_groups,
                                  orgs_only=possessive)
        dests = ends(groups[gb])
        directed = m.group(0).rstrip().split(" ")[-2] != "with"
        if subject is not None:
            sg, splaces = subject
            emit(_Raw(splaces, dests, directed=directed, start=min(groups[sg].start, a_tx),
                      end=groups[gb].end, rule="to-target", confidence=0.7, groups=(gb,),
                      anchor=a_tx, dest_group=gb))
        elif anaphor is not None and _ANAPHOR.match(lower, s_start):
            # "The airline already flies to Delhi": the company named just before
            emit(_Raw([anaphor], dests, directed=directed, start=a_tx, end=groups[gb].end,
                      rule="to-target-anaphor", confidence=0.55, groups=(gb,), dest_group=gb))
        elif prev_link is not None and (_DEFINITE_SUBJECT.match(lower, s_start)
                                        or _ANAPHOR.match(lower, s_start)):
            # "The line will later be extended to X": the link named just before
            raw_c = _coreferent(prev_link, dests, lower, s_start, s_end)
            raw_c.start, raw_c.end, raw_c.groups, raw_c.dest_group = (
                a_tx, groups[gb].end, (gb,), gb)
            emit(raw_c)
    for m in _P_REACH.finditer(sk):
        gb = int(m["b"])
        if gb in used:
            continue
        subject = _subject_before(groups, gb, skip=via_groups)
        if subject is not None:
            sg, splaces = subject
            emit(_Raw(splaces, ends(groups[gb]), directed=True, start=groups[sg].start,
                      end=groups[gb].end, rule="reach", confidence=0.65, groups=(gb,)))
    legs()
    # via
    vias: list[tuple[int, list[Place]]] = []
    for m in _P_VIA.finditer(sk):
        gv = int(m["v"])
        if gv not in used:
            vias.append((tx(m.start()), ends(groups[gv])))
    for at, places in vias:
        before = [r for r in out if r.start - 5 <= at
                  and (at <= r.end or not _VIA_GAP_STOP.search(lower, r.end, at))]
        if not before:
            continue
        raw = max(before, key=lambda r: r.start)
        if at > raw.end + 80:
            continue
        raw.via.extend(p for p in places if p not in raw.via)

    # modes
    sentence = lower[s_start:s_end]
    geography = _GEOGRAPHY.search(sentence) is not None
    connecty = _CONNECT_WORDS.search(sentence) is not None
    final: list[_Raw] = []
    segment = _SEGMENT.search(sentence) is not None
    for raw in out:
        if raw.leg_of is not None:
            # a leg's mode is said inside the leg ("by rail"), else by a sea it crosses,
            # else it is the previous leg's
            modes = _nearest_mode([c for c in cues if raw.start <= c[0] and c[1] <= raw.end],
                                  raw.start, raw.end)
            if modes is None and any(p.kind == "sea" for p in raw.via):
                modes = ("sea",)
            modes = modes or raw.leg_of.mode
            if modes is None:
                continue
            raw.mode = modes
            final.append(raw)
            continue
        a, b = _clause_of(lower, s_start, s_end, raw.start, raw.end)
        modes = _nearest_mode([c for c in cues if a <= c[0] and c[1] <= b and not any(
            r0 <= c[0] < r1 and not r0 <= raw.start < r1 for r0, r1 in rel_spans)],
            raw.start, raw.end)
        if raw.rule == "coreference" and raw.mode_hint is not None:
            modes = raw.mode_hint  # "the line ... to the port of X": still the line's mode
        if raw.destinations and all(p.kind == "sea" for p in raw.destinations) and modes is None:
            continue  # "its shortest route to the Arabian Sea": access, not a link
        if modes is None and raw.mode_hint is not None:
            modes = raw.mode_hint
            raw.confidence -= 0.1
        if modes is None and carried is not None and not geography and (
            connecty or (segment and raw.rule in {"from-to", "chain"})
        ):
            modes = carried
            raw.confidence -= 0.15
        if modes is None:
            modes = _nearest_mode(cues, raw.start, raw.end)
            raw.confidence -= 0.05
        kinds = {p.kind for p in raw.origins + raw.destinations}
        if modes is None and kinds in ({"airport"}, {"port"}) and connecty:
            modes = ("air",) if kinds == {"airport"} else ("sea",)  # the ends say the mode
        if modes is None:
            if carried is None or geography or not connecty:
                continue
            modes = carried
            raw.confidence -= 0.15
        raw.mode = modes
        final.append(raw)
    return final


def _clause_of(lower: str, s_start: int, s_end: int, a: int, b: int) -> tuple[int, int]:
    """The clause (for mode cues) that holds the span ``a..b``, stretched to cover it."""
    lo, hi = s_start, s_end
    for m in _MODE_CLAUSE.finditer(lower, s_start, s_end):
        if m.end() <= a:
            lo = m.end()
        elif m.start() >= b:
            hi = m.start()
            break
    return lo, hi


def _split_group(g: _Group, places: list[Place], start: int, rule: str) -> _Raw | None:
    if len(places) < 2:
        return None
    return _Raw(places[:1], places[-1:], via=places[1:-1], directed=False, start=start,
                end=g.end, rule=rule, confidence=0.75)


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


# ---------------------------------------------------------------------------------------
# statuses, named corridors, dedup


def _status(lower: str, s_start: int, s_end: int, at: int) -> tuple[str, str | None]:
    """Status from cues in the clause that contains offset ``at``, else the sentence.

    Relative clauses that do not hold ``at`` (", which already runs the port,") are left
    out: their cues describe something else.
    """
    for clause in (_MODE_CLAUSE, _CLAUSE):
        a, b = s_start, s_end
        for m in clause.finditer(lower, s_start, s_end):
            if m.end() <= at:
                a = m.end()
            elif m.start() > at:
                b = m.start()
                break
        seg = lower[a:b]
        for r in _RELATIVE.finditer(lower, a, b):
            if not r.start() <= at < r.end():
                k0, k1 = r.start() - a, r.end() - a
                seg = seg[:k0] + " " * (k1 - k0) + seg[k1:]
        found = _status_in(seg)
        if found is not None:
            return found
    return "proposed", None


def _status_in(seg: str) -> tuple[str, str | None] | None:
    if _WISH_RESUMED.search(seg):
        return "proposed", "resumed"  # "traders want the bus route restored"
    if _WISH.search(seg):
        return "proposed", None  # "exporters want a crossing to be opened"
    found: dict[str, str | None] = {}
    for status, detail, pat in _STATUS_CUES:
        if status in found:
            continue
        if pat.search(seg):
            found[status] = detail
    if found.get("rejected", "") == "suspended" and not _NOT_RESUMED.search(seg):
        # "will resume its route, suspended in 2020, from July": the resumption is news
        for status in ("existing", "planned"):
            if found.get(status) == "resumed":
                return status, "resumed"
    for status in _STATUS_ORDER:
        if status in found:
            return status, found[status]
    return None


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


def _named_links(lower: str, s_start: int, s_end: int) -> Iterable[_Raw]:
    """A link along the canonical chain of each corridor the sentence names."""
    for pat, corridor in _NAMED:
        m = pat.search(lower, s_start, s_end)
        if not m:
            continue
        chain = list(_chain_places(corridor.key))
        if len(chain) < 2:
            continue
        yield _Raw(chain[:1], chain[-1:], via=chain[1:-1], directed=False, start=m.start(),
                   end=m.end(), rule="named-corridor", confidence=0.75, mode=corridor.modes,
                   named=corridor)


def _coreferent(
    prev: _Raw, dests: list[Place], lower: str, s_start: int, s_end: int
) -> _Raw:
    """A link whose subject is the link named before ("The line will be extended to X").

    When the line is extended, the new link runs on from the previous link's origin
    through its destination to X ("from A to B ... extended to X": A -> X via B); when the
    previous link had no direction, from its end farther from X.  Otherwise ("Routes to X
    are expected") it starts where the previous link started.
    """
    origins, via = list(prev.origins), []
    if _EXTENSION.search(lower, s_start, s_end) and dests:
        d_o = _far(prev.origins, dests[0])
        d_d = _far(prev.destinations, dests[0])
        if not prev.directed and d_o is not None and d_d is not None and d_d > d_o:
            origins, via = list(prev.destinations), [*reversed(prev.via), *prev.origins]
        else:
            via = [*prev.via, *prev.destinations]
    return _Raw(origins, dests, via=via, directed=True, rule="coreference", confidence=0.55,
                mode_hint=prev.mode, antecedent=prev)


def _far(places: list[Place], p: Place) -> float | None:
    """Squared rough distance (degrees) from the first of ``places`` to ``p``."""
    if not places:
        return None
    q = places[0]
    if None in (q.lat, q.lon, p.lat, p.lon):
        return None
    return (q.lat - p.lat) ** 2 + (q.lon - p.lon) ** 2  # type: ignore[operator]


def _mode_name(modes: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    s = set(modes)
    if s == {"road", "rail"}:
        return "land", ("road", "rail")
    return modes[0], modes


def _key(p: Place) -> tuple[str, str | None, str]:
    return (p.name, p.country, p.kind)


#: How much a status says: a later mention replaces an earlier one that says less (or as
#: much, among the specific statuses: "existing" then "suspended" is news).
_STATUS_RANK = {"proposed": 0, "planned": 1, "agreed": 1, "existing": 2,
                "under_construction": 2, "rejected": 2}
_COARSE = frozenset({"country", "region"})


def _countries(places: Iterable[Place]) -> set[str]:
    out: set[str] = set()
    for p in places:
        if p.members:
            out.update(p.members)
        elif p.country:
            out.add(p.country)
    return out


def _area(keys: tuple[str, ...]) -> set[str]:
    """ISO2 codes of a corridor end given as ISO2 codes and region keys."""
    from corridors._gazetteer_tables import REGIONS

    out: set[str] = set()
    for k in keys:
        out.update(REGIONS[k][1] if k in REGIONS else (k,))
    return out


def _itemised(corridor: NamedCorridor, links: list[_Raw]) -> bool:
    """Whether explicit links make a path from the corridor's start to its end."""
    start, end = _area(corridor.start), _area(corridor.end)
    edges: dict[str, set[str]] = {}
    for r in links:
        for a in _countries(r.origins):
            for b in _countries(r.destinations):
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


def _overlap(a: _Raw, b: _Raw) -> bool:
    return bool(a.mode and b.mode and set(a.mode) & set(b.mode))


def _subsumed(r: _Raw, others: Iterable[_Raw]) -> bool:
    """A country-level link restated by a finer one ("Almaty to Lahore ... between Kazakhstan
    and Pakistan")."""
    if r.rule == "chain" or not all(p.kind == "country" for p in (*r.origins, *r.destinations)):
        return False  # "the China-Kyrgyzstan-Uzbekistan railway" names a project
    ro, rd = _countries(r.origins), _countries(r.destinations)
    for o in others:
        if o is r or o.named is not None or not _overlap(o, r):
            continue
        if all(p.kind in _COARSE for p in (*o.origins, *o.destinations)):
            continue
        oo, od = _countries(o.origins), _countries(o.destinations)
        if oo and od and ((oo <= ro and od <= rd) or (oo <= rd and od <= ro)):
            return True
    return False


def _within(raw: _Raw, ante: _Raw) -> bool:
    """Whether ``raw``'s ends lie on the link ``ante`` (the same line described again):
    each end is one of ante's places, or in a country ante names as a whole."""
    places = [*ante.origins, *ante.via, *ante.destinations]
    whole = _countries(p for p in places if p.kind in _COARSE)

    def covered(p: Place) -> bool:
        if p.country in whole or any(q == p for q in places):
            return True
        return any(q.lat is not None and p.lat is not None and q.lon is not None
                   and p.lon is not None and abs(q.lat - p.lat) < 0.3
                   and abs(q.lon - p.lon) < 0.3 for q in places)

    return all(covered(p) for p in (*raw.origins, *raw.destinations))


def _finish(
    text: str, lower: str, sents: list[Any], raws: list[tuple[_Raw, int]]
) -> list[ProposedLink]:
    by_sentence: dict[int, list[_Raw]] = {}
    for raw, si in raws:
        by_sentence.setdefault(si, []).append(raw)
    explicit = [r for r, _ in raws if r.named is None and r.mode]
    itemised: dict[tuple[str, tuple[str, ...]], bool] = {}  # once per corridor and mode
    for si in sorted(by_sentence):
        have = by_sentence[si]
        keep: list[_Raw] = []
        for raw in have:
            if raw.named is not None:
                # a named corridor, unless the sentence or the text gives its legs
                if any(r.named is None and _overlap(r, raw) for r in have):
                    continue
                ik = (raw.named.key, raw.mode or ())
                if ik not in itemised:
                    itemised[ik] = _itemised(raw.named, [r for r in explicit if _overlap(r, raw)])
                if itemised[ik]:
                    continue
            pool = list(have)
            if si - 1 in by_sentence and _DEFINITE_SUBJECT.match(lower, sents[si].start):
                pool += by_sentence[si - 1]
            if _subsumed(raw, pool):
                continue
            keep.append(raw)
        by_sentence[si] = keep

    links: list[ProposedLink] = []
    mentions: list[list[tuple[int, int, str]]] = []  # per link, in order
    spans: list[set[int]] = []  # sentence starts already counted per link
    seen: dict[tuple[Any, ...], int] = {}
    statuses: dict[int, str] = {}
    for si in sorted(by_sentence):
        s = sents[si]
        for raw in sorted(by_sentence[si], key=lambda r: r.start):
            origins = _dedupe(raw.origins)
            dests = [p for p in _dedupe(raw.destinations) if p not in origins]
            via = [p for p in _dedupe(raw.via) if p not in origins and p not in dests]
            if not origins or not dests or raw.mode is None:
                continue
            mode, modes = _mode_name(raw.mode)
            anchor = raw.anchor if raw.anchor >= 0 else raw.start
            status, detail = _status(lower, s.start, s.end, anchor)
            ante = raw.antecedent
            if (ante is not None and _STATUS_RANK[status] < 2
                    and statuses.get(id(ante)) in {"under_construction", "existing", "rejected"}
                    and detail is None and _within(raw, ante)):
                # "Construction began ... The line will run from A to B": the same line
                status = statuses[id(ante)]
            statuses[id(raw)] = status
            o_key = frozenset(map(_key, origins))
            d_key = frozenset(map(_key, dests))
            key = (mode, o_key, d_key) if raw.directed else (mode, frozenset({o_key, d_key}))
            alt = (mode, frozenset({o_key, d_key}))
            mention = (s.start, s.end, status)
            if key in seen or alt in seen:
                k = seen.get(key, seen.get(alt, 0))
                old = links[k]
                if s.start not in spans[k]:
                    spans[k].add(s.start)
                    mentions[k].append(mention)
                    new_rank, old_rank = _STATUS_RANK[status], _STATUS_RANK[old.status]
                    if new_rank > old_rank or (new_rank == old_rank == 2
                                               and status != old.status):
                        links[k] = replace(old, status=status, status_detail=detail,
                                           evidence_text=text[s.start : s.end],
                                           start=s.start, end=s.end)
                continue
            seen[key] = seen[alt] = len(links)
            links.append(
                ProposedLink(
                    id=f"L{len(links) + 1}",
                    mode=mode,
                    modes=modes,
                    origins=tuple(origins),
                    destinations=tuple(dests),
                    via=tuple(via),
                    status=status,
                    directed=raw.directed,
                    evidence_text=text[s.start : s.end],
                    start=s.start,
                    end=s.end,
                    confidence=round(max(0.05, min(0.99, raw.confidence)), 2),
                    status_detail=detail,
                    rule=raw.rule,
                )
            )
            mentions.append([mention])
            spans.append({s.start})
    return [replace(link, mentions=tuple(m)) for link, m in zip(links, mentions, strict=True)]


def _dedupe(places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in places:
        if p not in out:
            out.append(p)
    return out
