"""Finding place mentions in text, and deciding which of them can be ends of a link.

A mention found by the gazetteer is kept, dropped or given a role:

- ``endpoint``: may be an origin, destination or via of a link;
- ``subject``: names who speaks or acts (a demonym, "Kazakhstan's minister", an airline's
  home); may stand in for a missing origin;
- ``blocked``: a place in a frame that is not transport (a visit, a venue, a dateline,
  a title such as "Ambassador to Pakistan").

Mentions that are parts of people's names or of company names are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from corridors.gazetteer._index import (
    Candidate,
    Gazetteer,
    capital_city,
    name_key,
    written_as_code,
)
from corridors.gazetteer._tables import COMPOUND_HEADS
from corridors.records.place import Place

__all__ = ["Mention", "find_mentions"]

_WORD = re.compile(r"[A-Za-z0-9]+")
#: A word of a sentence: start, end, the word in lower case.
_Tok = tuple[int, int, str]
_DASH = re.compile(r"\s*-\s*")
_IN_ONLY = re.compile(r"\s*in(?:\s+the)?\s*", re.I)
_PORT_AFTER = re.compile(r"\s+(?:sea)?port\b")
_PORT_BEFORE = re.compile(r"\bport of\s+$")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
#: Last words of the frames in _BLOCK_BEFORE: a cheap test before the regex.
_BLOCK_LAST = frozenset(
    [
        "to", "in", "of", "at", "from", "the", "for", "visit", "visits", "visited", "visiting",
        "trip", "tour", "toured", "travel", "travels", "travelled", "traveled", "travelling",
        "traveling", "arrived", "arrives", "arriving", "arrival", "went", "came", "welcomed",
        "hosted", "return", "returned", "returning", "left", "depart", "departed", "departing",
        "stay", "stayed", "staying"
    ]
)
_GAP_OK = re.compile(r"[ \t\-'.]{1,3}|\s")

_TITLES = frozenset(
    [
        "minister", "ministers", "president", "ambassador", "envoy", "mr", "mrs", "ms", "dr",
        "secretary", "chairman", "chairmen", "governor", "premier", "sheikh", "prince", "king",
        "queen", "senator", "deputy", "director", "commissioner", "spokesman", "spokeswoman",
        "spokesperson", "ceo", "chief", "general", "mayor", "emir", "sultan", "shah", "adviser",
        "advisor", "counsellor", "consul"
    ]
)
_TITLE_LINK = frozenset({"of", "for", "and", "the", "&"})
#: Punctuation that ends a person's name after a title.
_NAME_BREAK = re.compile(r"[:;,()\[\]\u2013\u2014]")
#: Capitalised words that may stand next to a city name without making it part of a
#: person's or company's name.
_NEIGHBOURS_OK = frozenset(
    [
        "from", "to", "via", "and", "or", "between", "with", "through", "in", "of", "the", "a",
        "an", "on", "at", "for", "by", "into", "across", "port", "seaport", "airport",
        "international", "city", "station", "railway", "railways", "road", "highway", "motorway",
        "dry", "province", "region", "oblast", "valley", "pass", "border", "crossing", "junction",
        "terminal", "hub", "north", "south", "east", "west", "northern", "southern", "eastern",
        "western", "central", "upper", "lower", "old", "new", "said", "says", "will", "would", "is",
        "was", "are", "were", "has", "have", "had",
        # a work or a feature named after the place ("the Muzaffarabad-Mansehra Expressway",
        # "Qeshm Island", "the Khorgos Gateway", "the Xinjiang Uyghur Autonomous Region")
        "expressway", "freeway", "island", "islands", "bridge", "tunnel", "corridor", "line",
        "gate", "gateway", "harbour", "harbor", "checkpoint", "autonomous", "uyghur", "uygur"
    ]
)
_ORG_AFTER = frozenset(
    [
        "airways", "airlines", "air", "aviation", "railways", "temir", "shipping", "logistics",
        "group", "bank", "chamber", "university", "post", "telecom", "petroleum", "gas", "holding",
        "corporation", "company", "express", "cargo", "times", "tribune", "news", "herald", "dawn",
        "daily"
    ]
)
_ORG_BEFORE = frozenset({"air", "fly"})
_DEMONYM_ENDPOINT_AFTER = re.compile(
    r"\s*(?:and\s+\w+\s+)?(?:rail(?:way)?s?|roads?|highways?|ports?|airports?|networks?|"
    r"cities|capitals?|border|states|republics|countries)\b",
    re.I,
)

_BLOCK_BEFORE = re.compile(
    r"(?:\b(?:visit(?:s|ed|ing)?|trip|tour|toured|travel(?:l?ed|l?ing|s)?|arriv(?:ed|es|ing|al)|"
    r"went|came|welcomed|hosted|return(?:ed|ing)?|left|depart(?:ed|ing)|landed|"
    r"touched\s+down|invit\w*"
    r"(?:\s+\w+){0,8}?\s+to\s+visit|stay|stayed|staying)"
    r"(?:\s+(?:to|in|of|at|from))?(?:\s+the)?"
    r"|\b(?:ambassador|envoy|embassy|consul(?:ate)?|high\s+commissioner|delegation|mission)"
    r"\s+(?:to|in|of)(?:\s+the)?"
    r"|\b(?:held|signed|met|meeting|meetings|summit|conference|forum|talks|convened|gathered|"
    r"sidelines|based|located|headquartered)\s+(?:in|at|of)(?:\s+the)?"
    r"|\b(?:minister|ministry|president|government|parliament|people|citizens|nationals)"
    r"\s+(?:of|for)(?:\s+the)?"
    r"|\bin(?:\s+the)?)\s*$",
    re.I,
)
#: The first letters of every frame in _BLOCK_BEFORE but "in" (lower case, no word
#: boundary): a window without any of them holds no frame that ends in another word.
_BLOCK_STEMS = re.compile(
    r"visit|trip|tour|travel|arriv|went|came|welcomed|hosted|return|left|depart|landed|touched|"
    r"invit|stay|"
    r"ambassador|envoy|embassy|consul|high|delegation|mission|"
    r"held|signed|met|meeting|summit|conference|forum|talks|convened|gathered|sidelines|based|"
    r"located|headquartered|minist|president|government|parliament|people|citizens|nationals"
)
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*[A-Za-z0-9 .,]{0,30}?)?\s*(?:[-:(]|\(|$)", re.S
)
#: A dateline in capitals followed by a spaced dash or a comma ("OSH - ", "AKTAU, ").
_CAPS_DATELINE = re.compile(r"\s+[-\u2013\u2014]\s|,\s")
#: "Afghan-bound cargo", "a Kathmandu-based carrier": the place only qualifies a noun.
_QUALIFIER_AFTER = re.compile(
    r"-(?:bound|based|registered|flagged|owned|headquartered|made|born)\b", re.I
)
#: Cargo and vehicles: "a consignment left X for Y" is a movement, not a visit.
_CARGO_SUBJECT = re.compile(
    r"\b(?:consignments?|shipments?|cargo|containers?|trains?|vessels?|ships?|convoys?|"
    r"trucks?|lorries|freight|flights?|ferr(?:y|ies)|wagons?|goods|bus(?:es)?|coach(?:es)?|"
    r"planes?|aircraft)\b",
    re.I,
)
#: Frames that are a visit for a person but a movement for cargo or vehicles.
_MOVE_FRAMES = ("left", "depart", "travel", "arriv", "return", "went", "came", "landed",
                "touched")
_POSSESSIVE_TITLE = re.compile(
    r"'s?\s+(?:\w+\s+){0,2}?(?:minister|ministry|ambassador|president|prime|foreign|"
    r"government|embassy|envoy|delegation|leader|officials?)\b",
    re.I,
)


@dataclass(slots=True)
class Mention:
    """A place mention in the text, with its role for link extraction."""

    start: int
    end: int
    cands: tuple[Candidate, ...]
    place: Place | None = None
    role: str = "endpoint"
    demonym: bool = False
    notes: list[str] = field(default_factory=list)
    sentence: int = -1

    @property
    def ambiguous(self) -> bool:
        """Whether the name fitted places in more than one country."""
        return len({c.place.country for c in self.cands}) > 1


def _cap(text: str, i: int) -> bool:
    return text[i].isupper()


class _Names:
    """The gazetteer's names for one call of :func:`find_mentions`: each name's candidates
    are looked up once per call (nothing is kept between calls)."""

    __slots__ = ("_cands", "_plain", "gaz", "max_len", "names")

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.names = gaz.names
        self.max_len = gaz.max_len
        self._cands: dict[str, tuple[Candidate, ...]] = {}
        self._plain: dict[str, bool] = {}

    def lookup(self, key: str) -> tuple[Candidate, ...]:
        """:meth:`Gazetteer.lookup_key`, remembered for this call."""
        cands = self._cands.get(key)
        if cands is None:
            cands = self._cands[key] = self.gaz.lookup_key(key)
        return cands

    def plain(self, key: str) -> bool:
        """Whether no candidate of the name is a code or a weak name (that the context
        may drop)."""
        plain = self._plain.get(key)
        if plain is None:
            plain = self._plain[key] = not any(c.code or c.weak for c in self.lookup(key))
        return plain


def find_mentions(
    text: str, folded: str, gaz: Gazetteer, spans: list[tuple[int, int, int]]
) -> list[Mention]:
    """Place mentions in ``text`` (``folded`` is :func:`corridors.gazetteer._index.fold` of it).

    ``spans`` are the sentences as ``(start, end, paragraph_start)``; names never run
    across sentences.  Ambiguous names are resolved from the countries the whole text
    mentions unambiguously.
    """
    names = _Names(gaz)
    # ASCII text: its lower-case copy has the same offsets, and tokens are read from it
    lower = folded.lower() if folded.isascii() else None
    out: list[Mention] = []
    for si, (s_start, s_end, para_start) in enumerate(spans):
        toks = _tokens(folded, lower, s_start, s_end)
        found = _sentence_mentions(folded, toks, names, s_start, para_start)
        for m in found:
            m.sentence = si
        out.extend(found)
    _resolve(out, folded)
    return out


def _tokens(folded: str, lower: str | None, s_start: int, s_end: int) -> list[_Tok]:
    """The words of a sentence: (start, end, lower-case word)."""
    if lower is not None:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(lower, s_start, s_end)]
    return [(m.start(), m.end(), m.group().lower())
            for m in _WORD.finditer(folded, s_start, s_end)]


def _dashed(folded: str, a: int, b: int) -> bool:
    """Whether the gap ``folded[a:b]`` is a dash (with spaces around it or not)."""
    gap = folded[a:b]
    return "-" in gap and _DASH.fullmatch(gap) is not None


#: A name glued by a hyphen to a capitalised word ("Kyzyl-Kiya", "Kara-Kulzha"): when that
#: word starts no name of its own, the two are one name the gazetteer lacks.
_UNKNOWN_TAIL = re.compile(r"-[A-Z][a-z]")


#: ... unless the two stand in a route: a chain goes on after the word, or a work named by
#: its ends follows it ("the Khorramshahr-Shalamcheh railroad", "Tbilisi-Absheron-Alat").
_ROUTE_AFTER_TAIL = re.compile(
    r"-[A-Z][\w']+(?:\s[A-Z][\w']+)?(?:\s?-\s?[A-Z]|\s+(?i:railroad|railway|rail\s+line|"
    r"road|highway|motorway|expressway|line|route|corridor|section|stretch|bridge|"
    r"border\s+crossing|crossing|checkpoint)\b)")


def _head_of_unknown_name(folded: str, a: int, b: int, in_chain: bool) -> bool:
    """Whether the name at ``a..b``, glued by a hyphen to a capitalised word the gazetteer
    lacks, starts one longer name: always for a Turkic compound head, else unless the two
    stand in a route (``in_chain``, or :data:`_ROUTE_AFTER_TAIL`)."""
    if not _UNKNOWN_TAIL.match(folded, b):
        return False
    if folded[a:b].lower() in COMPOUND_HEADS:
        return True
    return not (in_chain or _ROUTE_AFTER_TAIL.match(folded, b))


#: "the Russian capital", "the Afghan capital" (not "capital of", "capital city of").
_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:of|city\s+of)\b)")


def _capital(kept: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The demonym's country's capital city as the one candidate, if the gazetteer has it."""
    city = capital_city(kept[0].place.country)
    return (Candidate(city, kept[0].score),) if city is not None else kept


def _sentence_mentions(
    folded: str, toks: list[_Tok], names: _Names, s_start: int, para_start: int
) -> list[Mention]:
    """The place mentions of one sentence: names found, candidates filtered, roles set."""
    found = _name_spans(folded, toks, names)
    if not found:
        return []
    masked = _person_mask(folded, toks)
    mentions: list[Mention] = []
    for j, (a, b, ti, tj, key) in enumerate(found):
        dash_prev = j > 0 and _dashed(folded, found[j - 1][1], a)
        dash_next = j + 1 < len(found) and _dashed(folded, b, found[j + 1][0])
        next_glued = j + 1 < len(found) and found[j + 1][0] == b + 1
        if not next_glued and _head_of_unknown_name(folded, a, b, dash_prev):
            continue  # "Kyzyl-Kiya": the head of a longer name the gazetteer lacks
        if names.plain(key):
            kept = names.lookup(key)
        else:
            kept = tuple(_kept_candidates(names.lookup(key), folded, toks, s_start,
                                          (a, b, ti, tj), dash_prev or dash_next))
        if not kept:
            continue
        end = b
        if kept[0].demonym and (capital := _CAPITAL_AFTER.match(folded, b)):
            kept = _capital(kept)  # "the Russian capital": Moscow
            if not kept[0].demonym:  # the mention is the phrase, as a name would be
                end = capital.end()
        m = Mention(a, end, kept, demonym=kept[0].demonym)
        if _set_role(m, folded, toks, (ti, tj), masked, s_start, para_start, dash_next):
            mentions.append(m)
    # port of X / X port
    for m in mentions:
        if _port_context(folded, m.start, m.end):
            m.cands = tuple(_as_port(c) for c in m.cands)
    return mentions


def _name_spans(
    folded: str, toks: list[_Tok], names: _Names
) -> list[tuple[int, int, int, int, str]]:
    """Longest gazetteer names starting at capitalised tokens: (start, end, first token,
    last token, the name's key)."""
    max_len = names.max_len
    found: list[tuple[int, int, int, int, str]] = []
    i = 0
    n_tok = len(toks)
    while i < n_tok:
        a, _, w = toks[i]
        ml = max_len.get(w, 0) if (folded[a].isupper() or folded[a].isdigit()) else 0
        hit, key = (0, "")
        if ml:
            hit, key = _longest_name(folded, toks, i, min(ml, n_tok - i), names.names)
        # in a chain ("the Uzbekistan-Kyrgyzstan-China railway") a company's name
        # ("China Railway") gives way to the place it starts with
        if hit > 1 and found and found[-1][3] == i - 1 and folded[toks[i - 1][1] : a] in {
                "-", "\u2013"}:
            hit, key = _longest_name(folded, toks, i, hit, names.names, names)
        if hit:
            found.append((a, toks[i + hit - 1][1], i, i + hit - 1, key))
            i += hit
        else:
            i += 1
    return found


#: Lower-case words inside place names ("Mazar-i-Sharif", "Pul-e-Khumri", "Rostov-on-Don").
_NAME_LINKS = frozenset({
    "i", "e", "al", "el", "ul", "ur", "ud", "un", "de", "del", "della", "di", "da", "do", "du",
    "des", "la", "le", "les", "of", "the", "and", "on", "upon", "am", "an", "bin", "ibn",
    "ye", "ar", "as", "az", "ad", "at", "y", "van", "von", "den", "der", "sur", "sous", "en",
})


def _longest_name(
    folded: str, toks: list[_Tok], i: int, most: int,
    names: dict[str, tuple[int, ...]], not_org: _Names | None = None,
) -> tuple[int, str]:
    """How many tokens from ``i`` (at most ``most``) make the longest name in ``names``
    whose words are joined by short gaps, and that name; (0, "") for none.  With
    ``not_org``, names of several words that only companies have (:func:`_org_only`) do
    not count."""
    w = toks[i][2]
    if most == 1:  # most names: one word
        return (1, w) if w in names else (0, "")
    words = [w]
    for k in range(i + 1, i + most):  # the words before the first gap that is too wide
        gap_a, gap_b = toks[k - 1][1], toks[k][0]
        if not (gap_b - gap_a == 1 and folded[gap_a] == " ") and not _GAP_OK.fullmatch(
                folded, gap_a, gap_b):
            break
        if folded[gap_b].islower() and toks[k][2] not in _NAME_LINKS:
            break  # "The bridge connects ...": a name's later words are capitalised
        words.append(toks[k][2])
    for n in range(len(words), 0, -1):
        key = " ".join(words[:n])
        if key in names and not (n > 1 and not_org is not None and _org_only(not_org, key)):
            return n, key
    return 0, ""


def _org_only(names: _Names, key: str) -> bool:
    """Whether every place the name ``key`` fits is a company's."""
    cands = names.lookup(key)
    return bool(cands) and all(c.org for c in cands)


#: "Central and South Asia", "East & West Europe": the first word is half a region's name
#: (so not the town of Central, Louisiana).
_ELIDED_REGION = re.compile(
    r"\s*(?:and|&|or)\s+(?:North|South|East|West|Central|Southeast|South-East|Northeast|"
    r"Southwest|Northwest)(?:ern)?\s+(?:Asia|Europe|Africa|America)\b", re.IGNORECASE)


def _kept_candidates(
    cands: tuple[Candidate, ...], folded: str, toks: list[_Tok], s_start: int,
    span: tuple[int, int, int, int], dashed: bool,
) -> list[Candidate]:
    """The candidates of a name (``cands``) that its context allows: a code only in
    brackets, a chain or before "airport"; a weak name only after a route word or in a
    chain."""
    a, b, ti, tj = span
    surface = folded[a:b]
    prev_w = toks[ti - 1][2] if ti > 0 else ""
    nxt = toks[tj + 1][2] if tj + 1 < len(toks) else ""
    kept: list[Candidate] = []
    for c in cands:
        if c.code:
            if not written_as_code(surface):
                continue
            before, after = folded[max(s_start, a - 1) : a], folded[b : b + 1]
            if not (
                (before == "(" and after == ")")
                or (dashed and (after in "-/)" or before in "-/("))
                or nxt in {"airport", "airports"}
            ):
                continue
        if c.weak and (not (prev_w in {"from", "to", "via", "between", "through", "and", "of"}
                            or dashed) or _ELIDED_REGION.match(folded, b)):
            continue
        kept.append(c)
    return kept


def _set_role(
    m: Mention, folded: str, toks: list[_Tok], tij: tuple[int, int],
    masked: set[int], s_start: int, para_start: int, dash_next: bool,
) -> bool:
    """Set the mention's role (subject, blocked or endpoint); False drops it (part of a
    person's or company's name)."""
    ti, tj = tij
    a, b = m.start, m.end
    top = m.cands[0]
    prev_tok = toks[ti - 1] if ti > 0 else None
    next_tok = toks[tj + 1] if tj + 1 < len(toks) else None
    strong = top.place.kind in {"country", "region", "sea"} or bool(top.demonym)
    # part of a person's name ("Minister ... Abdul Aleem Khan") or a company's
    if not strong and (ti in masked or tj in masked):
        return False
    if not strong and tj == ti and top.place.kind != "port":
        if prev_tok and _adjacent_cap_word(folded, prev_tok, toks, ti - 1, before=True):
            return False
        if next_tok and _adjacent_cap_word(folded, next_tok, toks, tj + 1, before=False):
            return False
    nxt = next_tok[2] if next_tok else ""
    if top.org or (next_tok and nxt in _ORG_AFTER and _cap(folded, next_tok[0])) or (
        prev_tok and prev_tok[2] in _ORG_BEFORE and _cap(folded, prev_tok[0])
        and folded[prev_tok[1] : a].isspace()
    ):
        m.role = "subject"
        m.notes.append("organisation")
        m.place = top.place
    elif folded.startswith("-", b) and _QUALIFIER_AFTER.match(folded, b):
        m.role = "blocked"
    elif m.demonym:
        m.role = "endpoint" if _DEMONYM_ENDPOINT_AFTER.match(folded, b) else "subject"
    elif _is_blocked(folded, m, (s_start, para_start), prev_tok,
                     strong=strong and ti in masked, dash_next=dash_next):
        m.role = "blocked"
    elif folded.startswith("'", b) and _POSSESSIVE_TITLE.match(folded, b):
        m.role = "subject"
    return True


def _is_blocked(
    folded: str, m: Mention, starts: tuple[int, int], prev_tok: _Tok | None, *, strong: bool,
    dash_next: bool,
) -> bool:
    """A visit, venue, title or dateline frame: the place is not a link end.  ``starts``
    are the sentence's and the paragraph's; ``prev_tok`` is the word before the place."""
    a, b = m.start, m.end
    s_start, para_start = starts
    if strong or _vessel_name(folded, a, b):
        return True
    hit = _block_frame(folded, max(s_start, a - 80), a, prev_tok)
    if hit and hit.group(0).lower().lstrip().startswith(_MOVE_FRAMES) and (
        _CARGO_SUBJECT.search(folded, s_start, hit.start())
    ):
        hit = None  # "a trial consignment left Nhava Sheva"; "trucks can travel from Gwadar"
    if hit:
        if _IN_ONLY.fullmatch(hit.group(0)):
            m.notes.append("located-in")  # "traders in Termiz": may still be a subject
        return True
    if a == para_start and _DATELINE_AFTER.match(folded, b) and not dash_next:
        return True
    surface = folded[a:b]
    if a == para_start and surface.isupper() and _CAPS_DATELINE.match(folded, b):
        return True  # "OSH - Kyrgyzstan and Uzbekistan have ...": a dateline, not a chain
    return a == para_start and surface.isupper() and len(surface) > 3


#: A ship's name in quotes: 'the vessel "Turkistan"', 'the ferry "Azerbaijan"', 'the
#: "Rasul Rza" feeder' names a ship, not a place.  The quotes are checked first; these
#: are the words before the opening one and after the closing one.
_OPENING_QUOTES = frozenset("\"\u201c'\u2018")
_CLOSING_QUOTES = frozenset("\"\u201d'\u2019")
_VESSEL_BEFORE = re.compile(
    r"\b(?:ships?|vessels?|ferry|ferries|feeders?|tankers?|boats?|liners?|carriers?|"
    r"ro-ro|ro-pax)\s+(?:named\s+|called\s+)?$", re.IGNORECASE)
_VESSEL_AFTER = re.compile(r"\s+(?:feeder|ferry|ship|vessel|tanker)\b", re.IGNORECASE)


def _vessel_name(folded: str, a: int, b: int) -> bool:
    """Whether the name ``folded[a:b]`` stands in quotes as a ship's name."""
    if not (a > 0 and b < len(folded) and folded[a - 1] in _OPENING_QUOTES
            and folded[b] in _CLOSING_QUOTES):
        return False
    return bool(_VESSEL_BEFORE.search(folded, max(0, a - 31), a - 1)
                or _VESSEL_AFTER.match(folded, b + 1))


def _block_frame(
    folded: str, lo: int, a: int, prev_tok: _Tok | None
) -> re.Match[str] | None:
    """The visit, title or venue frame (:data:`_BLOCK_BEFORE`) that ends right before
    offset ``a``, looked for from ``lo``; two cheap tests first (the last word, the stems).
    ``prev_tok`` is the sentence's word before ``a`` (None for none)."""
    last = _last_word(folded, lo, a, prev_tok)
    if last is None or last not in _BLOCK_LAST:
        return None
    if last not in {"in", "the"}:  # only the "in (the)" frame ends so
        window = folded[lo:a]
        if window.isascii() and not _BLOCK_STEMS.search(window.lower()):
            return None
    return _BLOCK_BEFORE.search(folded, lo, a)


def _last_word(folded: str, lo: int, a: int, prev_tok: _Tok | None) -> str | None:
    """The letters (lower case) that end the 20 characters before ``a`` (from ``lo`` on)
    but for non-word characters (:data:`_LAST_WORD`); a word of letters a space before
    ``a`` is that without a regex."""
    lo = max(lo, a - 20)
    if prev_tok is not None:
        t_a, t_b, w = prev_tok
        if t_a >= lo and t_b == a - 1 and folded[t_b] == " " and w.isalpha():
            return w
    last = _LAST_WORD.search(folded, lo, a)
    return None if last is None else last.group(1).lower()


def _port_context(folded: str, a: int, b: int) -> bool:
    """Whether the name ``folded[a:b]`` stands in "port of X" or "X (sea)port"."""
    after = folded[b : b + 9].lower()
    before = folded[max(0, a - 8) : a].lower()
    return ("port" in after and _PORT_AFTER.match(after) is not None) or (
        "port" in before and _PORT_BEFORE.search(before) is not None)


def _as_port(c: Candidate) -> Candidate:
    """A city candidate read as the city's port (other candidates as they are)."""
    if c.place.kind != "city":
        return c
    p = c.place
    return Candidate(Place(f"{p.name} Port", p.country, "port", p.lat, p.lon, p.id),
                     c.score, c.demonym, c.weak, c.code)


def _adjacent_cap_word(
    folded: str, tok: _Tok, toks: list[_Tok], k: int,
    *, before: bool,
) -> bool:
    """Whether a neighbouring token is a capitalised non-place word glued to the name."""
    if tok[2] in _NEIGHBOURS_OK or not _cap(folded, tok[0]) or tok[2].isdigit():
        return False
    if before and k == 0:
        return False  # the sentence's first word
    gap = folded[tok[1] : toks[k + 1][0]] if before else folded[toks[k - 1][1] : tok[0]]
    return gap == " "


def _person_mask(folded: str, toks: list[_Tok]) -> set[int]:
    """Token indices that follow a title and are capitalised: people's names."""
    masked: set[int] = set()
    n = len(toks)
    for i, (a0, _, w) in enumerate(toks):
        if w not in _TITLES or _inside_name(folded, toks, i, a0):
            continue
        k = i + 1
        while k < n:
            a, _, w2 = toks[k]
            if _NAME_BREAK.search(folded, toks[k - 1][1], a):
                break  # "Minister: Baku-Astara Highway ...": the name ended at the colon
            if _cap(folded, a) and w2 not in {"to", "with", "from", "via", "said"}:
                masked.add(k)
                k += 1
            elif w2 in _TITLE_LINK and k + 1 < n and _cap(folded, toks[k + 1][0]):
                k += 1
            else:
                break
    return masked


def _inside_name(folded: str, toks: list[_Tok], i: int, start: int) -> bool:
    """Whether the title word at token ``i`` ends a capitalised name ("Nur-Sultan", "Nur
    Sultan", the old name of Astana): the word before it, capitalised, joins it by a hyphen
    or a space."""
    if i == 0:
        return False
    a, b, _ = toks[i - 1]
    return _cap(folded, a) and _cap(folded, start) and folded[b:start] in {"-", " "}


def _near(a: Place, b: Place) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return abs(a.lat - b.lat) < 0.5 and abs(a.lon - b.lon) < 0.5


def _clusters(cands: tuple[Candidate, ...]) -> list[list[Candidate]]:
    """Candidates grouped into physical places (a dataset node and the city it sits at)."""
    if len(cands) == 1:  # most names
        return [[cands[0]]]
    out: list[list[Candidate]] = []
    for c in cands:
        for cl in out:
            if _near(cl[0].place, c.place) or cl[0].place == c.place:
                cl.append(c)
                break
        else:
            out.append([c])
    return out


#: Scores of a city of fewer than 50,000 people, and of one of 500,000 or more (the
#: gazetteer scores a city 50 plus its population over five million).
_SMALL_TOWN, _BIG_CITY = 50.01, 50.1
#: A city's score less its population term, and how many times bigger a namesake must be
#: to dwarf it ("London", Ontario beside London: 20 times).
_CITY_BASE, _DWARF_RATIO = 50.0, 5.0


#: Kinds of place that name a country or a part of one ("London, Ontario").
_AREA_NAMES = frozenset({"country", "province"})


def _dwarfed(cand: Candidate, top: float) -> bool:
    """Whether ``cand`` is a town beside a big city of the same name, a small town or one
    a fifth the size or less: a country the text names elsewhere does not make "Amsterdam"
    the town in New York State, nor "London" the one in Ontario (only a country named in
    the same sentence does)."""
    return cand.place.kind == "city" and top >= _BIG_CITY and (
        cand.score < _SMALL_TOWN or top - _CITY_BASE >= _DWARF_RATIO * (cand.score - _CITY_BASE))


def _resolve(mentions: list[Mention], folded: str) -> None:
    """Choose each mention's place, using the countries named unambiguously: first in the
    same sentence ("trucked to Zaranj and onwards to Kandahar"), then in the whole text."""
    context: Counter[str] = Counter()
    local: Counter[tuple[int, str]] = Counter()
    named: Counter[tuple[int, str]] = Counter()  # countries and provinces by name
    clusters = [_clusters(m.cands) for m in mentions]
    for m, cl in zip(mentions, clusters, strict=True):
        if len(cl) == 1:
            group = cl[0]
            countries = {c.place.country for c in group} if len(group) > 1 else (
                group[0].place.country,)
            for country in countries:
                if country is not None:
                    context[country] += 1
                    local[(m.sentence, country)] += 1
                    if group[0].place.kind in _AREA_NAMES:
                        named[(m.sentence, country)] += 1
    for k, (m, cl) in enumerate(zip(mentions, clusters, strict=True)):
        if m.place is not None:
            continue
        best = cl[0]
        if len(cl) > 1:
            m.notes.append("ambiguous")
            # a port joined to a port ("the Kuryk-Alat crossing"): the port reading
            kinds = {c.place.kind for j in (k - 1, k + 1) if 0 <= j < len(mentions)
                     and mentions[j].sentence == m.sentence
                     and (mentions[j].end <= m.start <= mentions[j].end + 6
                          or m.end <= mentions[j].start <= m.end + 6)
                     for c in mentions[j].cands[:1]}

            top = max((g[0].score for g in cl if g[0].place.kind == "city"), default=0.0)
            # a small town beside a big namesake needs its own sentence to name its country
            # and not the namesake's: "from Kolkata to Dhaka" and "representatives of
            # Bangladesh, India and Nepal will travel from Dhaka to Kathmandu" are Dhaka
            big_near = max((local.get((m.sentence, c.place.country or ""), 0)
                            for g in cl if not _dwarfed(g[0], top) for c in g), default=0)

            def weight(group: list[Candidate], si: int = m.sentence,
                       by_port: bool = "port" in kinds, top: float = top,
                       big_near: int = big_near) -> tuple[int, int, int, float]:
                dwarfed = _dwarfed(group[0], top)
                near = 0 if dwarfed and big_near else max(
                    (named if dwarfed else local).get((si, c.place.country or ""), 0)
                    for c in group)
                votes = 0 if dwarfed else max(
                    context.get(c.place.country or "", 0) for c in group)
                port = int(by_port and any(c.place.kind == "port" for c in group))
                return (near, votes, port, group[0].score)

            ranked = sorted(cl, key=weight, reverse=True)
            if weight(ranked[0])[:3] > (0, 0, 0):
                best = ranked[0]
        m.place = best[0].place
    _one_sense(mentions, clusters, folded)


#: A country right after a place ("Poti, Georgia", "Poti in Georgia") or right before it
#: ("Georgia's Poti") says which of the places of that name the text means.
_COUNTRY_AFTER = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?")
_COUNTRY_BEFORE = re.compile(r"(?:'s|\u2019s)\s+(?:(?:port|city|town)\s+of\s+)?")


def _one_sense(mentions: list[Mention], clusters: list[list[list[Candidate]]],
               folded: str) -> None:
    """One place for each ambiguous name in a text.  A mention that names its country
    beside it ("At the port of Poti, Georgia") decides the country of every mention of the
    name, so that "from Poti to Paranagua" is not read as a namesake in Brazil; else a name
    the text uses for a big city names that city wherever the text writes it: a small
    namesake chosen for one mention (Dhāka in India, from a line that names India, in a
    text that reads Dhaka as Bangladesh's capital elsewhere) gives way to it."""
    chosen: dict[tuple[Place, ...], Counter[Place]] = {}
    located: dict[str, str] = {}  # name as written -> the country named beside it
    for k, (m, cl) in enumerate(zip(mentions, clusters, strict=True)):
        if m.place is None:
            continue
        if len(cl) > 1:
            chosen.setdefault(tuple(c.place for c in m.cands), Counter())[m.place] += 1
        beside = _by_its_country(mentions, k, folded)
        if beside is not None and any(g[0].place.country == beside for g in cl):
            located.setdefault(name_key(folded[m.start:m.end]), beside)
    for m, cl in zip(mentions, clusters, strict=True):
        if len(cl) < 2 or m.place is None:
            continue
        country = located.get(name_key(folded[m.start:m.end]))
        there = next((g[0].place for g in cl if g[0].place.country == country), None)
        if there is not None:
            if m.place.country != country:
                m.place = there
            continue
        top = max((g[0].score for g in cl if g[0].place.kind == "city"), default=0.0)
        cand = {c.place: c for g in cl for c in g}
        if m.place not in cand or not _dwarfed(cand[m.place], top):
            continue
        others = [p for p, _ in chosen[tuple(c.place for c in m.cands)].most_common()
                  if p in cand and not _dwarfed(cand[p], top)]
        if others:
            m.place = others[0]


def _by_its_country(mentions: list[Mention], k: int, folded: str) -> str | None:
    """The country named right beside mention ``k`` ("Poti, Georgia", "Poti in Georgia",
    "Georgia's Poti"), if one is."""
    m = mentions[k]
    beside = []
    if k + 1 < len(mentions) and _COUNTRY_AFTER.fullmatch(folded, m.end, mentions[k + 1].start):
        beside.append(mentions[k + 1])
    if k > 0 and _COUNTRY_BEFORE.fullmatch(folded, mentions[k - 1].end, m.start):
        beside.append(mentions[k - 1])
    return next((o.place.country for o in beside if o.place is not None
                 and o.place.kind == "country" and not o.demonym), None)
