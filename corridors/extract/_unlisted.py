"""Places named in a transport frame that the mention finder did not read.

Real articles name small towns, stations, districts and border posts that no gazetteer
holds ("the Nokundi-Mashkel road", "the Halkalı–Kapıkule railway", "from Kamila Bazaar to
Summer Nullah"), spell known ones another way ("Towrgondi", "Khunjrab"), or use names the
mention finder leaves out as words or people's names.  A capitalised name in one of the
frames below is a place, in this order:

1. the gazetteer's place of that name in one of the countries the text names;
2. the gazetteer's place it spells another way (same consonant skeleton, :func:`skeleton`)
   in one of those countries;
3. a place the same text names that it misspells ("Ayodhyaya" for Ayodhya,
   :func:`misspelt`);
4. else a :class:`Place` with no country and no position: a link can end there, and the
   model lists it as one it cannot route.

A port the text names in full ("the Port of Duqm") is also found by its bare name
("Duqm") anywhere in the text (:func:`port_short_forms`): the gazetteer holds the world's
ports under their full names only.

The frames are a table (:data:`FRAMES`): each is a pattern with named groups ``a`` and
``b`` for the two names (``b`` optional where one name is enough: "the al-Wadeah border
crossing") and the words that must follow or surround them, and the kind of place a name
the gazetteer lacks becomes.  A name is never
a common word, a title or an organisation's (:data:`NOT_NAMES` and the gazetteer's tables).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from itertools import accumulate

from corridors.extract._places import Mention
from corridors.gazetteer._index import Candidate, fold, gazetteer, name_key
from corridors.gazetteer._tables import COMMON_WORDS, NOT_PLACES, ORGANISATIONS, PERSON_NAMES
from corridors.records.place import Place

__all__ = ["FRAMES", "NOT_NAMES", "unlisted_mentions"]

#: Kinds of place that are areas: a framed name is never one, nor misspells one.
_AREAS = frozenset({"country", "region", "sea"})
#: One capitalised name of one to three words ("Nokundi", "Kamila Bazaar", "Dera Baba
#: Nanak"); a word may follow a short particle ("Uch-Turfan") or hold one ("Mazar-e-Sharif").
_WORD = r"(?:[A-Z][a-z]{1,2}-)?[A-Z][a-z'\u2019]+(?:-[a-z]{1,2}-[A-Z][a-z]+)?"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
_DASH = r"\s?[-\u2013\u2014]\s?"
#: What a dash-joined chain of names is ("the Nokundi-Mashkel road").
#: Either case: a road's proper name ("the Muzaffarabad-Mansehra Expressway") counts too.
_WORK = (r"(?i:(?:(?:high-speed|new|main|double-track|dual|\d+(?:\.\d+)?\s?-?km)\s+)?"
         r"(?:road|highway|motorway|expressway|railway|railroad|rail\s+line|rail\s+link|"
         r"railway\s+line|line|section|stretch|track|route|shipping\s+line|ferry\s+line|"
         r"ferry|bridge)\b)")
#: Where the first place lies, said after it ("between Khokhrapar in Pakistan and ...").
_IN = rf"(?:\sin\s(?:the\s)?{_NAME})?"
#: A noun that may stand after the name in a from-to frame ("from Vose district").
_KIND = r"(?:\s(?:district|town|village|station|city|area|bazaar|border\s+crossing))?"
#: The noun after a border crossing's name ("land border crossing", "crossing point",
#: "border passage", "checkpoint"), in either case.
_CROSSING = (r"(?i:(?:(?:land|road)\s+)?(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|"
             r"border\s+(?:post|passage|point|gate|terminal))\b)")


@dataclass(frozen=True, slots=True)
class Frame:
    """A transport frame: ``pattern`` has groups ``a`` and ``b`` (maybe unmatched) for the
    names; the sentence must also hold a transport word when ``needs_mode``; a name the
    gazetteer lacks becomes a place of ``kind``."""

    name: str
    pattern: re.Pattern[str]
    needs_mode: bool
    kind: str = "city"


FRAMES: tuple[Frame, ...] = (
    # "the Nokundi-Mashkel road", "the Darbaza – Maktaaral railway", "Barskoon-Uch-Turfan-Aksu
    # road": the chain's names (the middle ones too) become places
    Frame("dash-chain",
          re.compile(rf"(?P<a>{_NAME})(?P<mid>(?:{_DASH}{_NAME})*?){_DASH}(?P<b>{_NAME})"
                     rf"(?:\s\([^()]{{1,25}}\))?\s+{_WORK}"),
          needs_mode=False),
    # "from Kamila Bazaar to Summer Nullah", "from Islamkot to Chhor"
    Frame("from-to",
          re.compile(rf"\bfrom\s(?:the\s(?:town|city|village|district|port)\sof\s)?"
                     rf"(?P<a>{_NAME}){_KIND}{_IN}\s(?:up\s|all\sthe\sway\s)?to\s"
                     rf"(?:the\s(?:town|city|village|district|port)\sof\s)?(?P<b>{_NAME})"),
          needs_mode=True),
    # "left Mundra port in Gujarat for Sorokovaya station"
    Frame("left-for",
          re.compile(rf"\b(?:left|leaves|leave|departed|departs)\s(?:the\s)?(?P<a>{_NAME})"
                     rf"(?:\s(?:port|station|terminal))?(?:\s(?:in|at)\s{_NAME})?\sfor\s"
                     rf"(?:the\s)?(?P<b>{_NAME})"),
          needs_mode=True),
    # "between Kishmanja and Pechus", "between Sibi and Harnai"
    Frame("between",
          re.compile(rf"\bbetween\s(?:the\s)?(?P<a>{_NAME}){_KIND}{_IN}\sand\s(?:the\s)?"
                     rf"(?P<b>{_NAME})"),
          needs_mode=True),
    # "the al-Wadeah border crossing", "the King Hussein Bridge (Allenby) Crossing": a
    # border crossing the gazetteer lacks; its countries are the two its sentence names
    # (:func:`~corridors.extract._crossings.crossing_links`)
    Frame("crossing",
          re.compile(rf"(?P<a>{_NAME})(?:\s\((?P<b>{_NAME})\))?\s+{_CROSSING}"),
          needs_mode=False, kind="border_crossing"),
)

#: Capitalised words that are not places when the gazetteer lacks them.
NOT_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "the", "this", "that", "these", "those", "it", "he",
    "she", "they", "we", "a", "an", "in", "on", "at", "by", "for", "phase", "package",
    "section", "stage", "lot", "part", "mr", "mrs", "ms", "dr", "president", "minister",
    "prime", "chairman", "ministry", "railways", "railway", "airlines", "airways", "air",
    "company", "corporation", "authority", "bank", "group", "limited", "ltd", "government",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "new", "old", "grand", "great", "national",
    "international", "highway", "road", "motorway", "line", "corridor", "express",
    "station", "terminal", "airport", "border", "republic", "federation", "province",
    "region", "district", "trans", "belt", "silk", "sino", "indo", "euro", "state",
    "federal", "city", "port", "day", "week", "year", "today", "yesterday", "tomorrow",
    "first", "second", "third", "last", "next", "one", "two", "three", "four", "five",
    "project", "programme", "program", "plan", "deal", "agreement", "talks", "summit",
    "meeting", "forum", "council", "committee", "commission", "office", "department",
    "university", "institute", "centre", "center", "agency", "news", "press", "times",
    "post", "daily", "tribune", "dawn", "reuters", "xinhua", "tass", "trend", "read",
    "more", "also", "see", "photo", "file", "source", "sources", "asian", "european",
    "development", "economic", "cooperation", "organization", "organisation", "union",
    "world", "global", "chinese", "russian", "iranian", "turkish", "afghan", "pakistani",
    "indian", "and", "or", "but", "with", "from", "to", "via", "eid", "ramadan",
    "covid", "coronavirus", "taliban", "islamic", "emirate", "pak",
})

_BLOCKED = NOT_NAMES | COMMON_WORDS | NOT_PLACES | PERSON_NAMES | frozenset(
    word.lower() for name in ORGANISATIONS for word in re.findall(r"[A-Za-z]+", name))
_MODE_WORD = re.compile(
    r"\b(?:roads?|highways?|motorways?|expressways?|rail\w*|trains?|tracks?|lines?|"
    r"flights?|fl(?:y|ies|ew|own|ying)|air\w*|ferr\w*|ship\w*|vessels?|bus\w*|truck\w*|"
    r"lorr\w*|convoy|route|bridge|"
    r"tunnel|pass|crossing|kkh)\b", re.I)


def unlisted_mentions(text: str, folded: str, mentions: list[Mention],
                      spans: list[tuple[int, int, int]]) -> list[Mention]:
    """``mentions`` with a mention added for every name a frame of :data:`FRAMES` calls a
    place and the gazetteer did not find, in order of position."""
    taken = _Taken([(m.start, m.end) for m in mentions])
    countries = frozenset(m.place.country for m in mentions
                          if m.place is not None and m.place.country)
    # the text's own places, each once, for names it misspells ("Ayodhyaya")
    own = {name_key(m.place.name): m.place for m in mentions
           if m.place is not None and m.place.lat is not None and m.place.kind not in _AREAS}
    added: dict[int, Mention] = {}
    for si, (s_start, s_end, _) in enumerate(spans):
        has_mode = _MODE_WORD.search(folded, s_start, s_end) is not None
        for frame in FRAMES:
            if frame.needs_mode and not has_mode:
                continue
            for match in frame.pattern.finditer(folded, s_start, s_end):
                for a, b in _glued(folded, [_trimmed(n) for n in _names(match, folded)],
                                   taken):
                    if a in added or taken.overlaps(a, b) or not _is_name(folded[a:b]):
                        continue
                    added[a] = _mention(text[a:b], a, b, si, countries, own, frame.kind)
    for m in port_short_forms(folded, mentions, spans, taken):
        added.setdefault(m.start, m)
    if not added:
        return mentions
    return sorted([*mentions, *added.values()], key=lambda m: m.start)


#: A port named in full: "Port of Duqm", "Hamad Port".
_FULL_PORT = re.compile(r"Port of (?P<a>[A-Z][\w'-]+)|(?P<b>[A-Z][\w'-]+) Port")


def port_short_forms(folded: str, mentions: list[Mention], spans: list[tuple[int, int, int]],
                     taken: _Taken) -> list[Mention]:
    """Mentions of a port by its bare name ("Duqm") in a text that names it in full ("the
    Port of Duqm"), where the bare name is no place of the gazetteer's (it holds a world
    port under its full names only)."""
    short: dict[str, Mention] = {}
    for m in mentions:
        full = _FULL_PORT.fullmatch(folded, m.start, m.end)
        if full is not None and m.place is not None and m.place.kind == "port":
            name = full["a"] or full["b"]
            if _is_name(name) and not gazetteer().lookup_key(name_key(name)):
                short.setdefault(name, m)
    starts = [a for a, _, _ in spans]
    out: list[Mention] = []
    for name, m in short.items():
        for hit in re.finditer(rf"\b{re.escape(name)}\b", folded):
            a, b = hit.span()
            if not taken.overlaps(a, b):
                found = Mention(a, b, m.cands, place=m.place, notes=["short form"])
                found.sentence = bisect_left(starts, a + 1) - 1
                out.append(found)
    return out


def _names(match: re.Match[str], folded: str) -> list[tuple[int, int, str]]:
    """The names a frame's match holds (``a``, the chain's middle, ``b``), with spans."""
    spans = [match.span("a")]
    if "mid" in match.re.groupindex and match.group("mid"):
        lo = match.start("mid")
        spans += [(lo + m.start(), lo + m.end())
                  for m in re.finditer(_NAME, match.group("mid"))]
    if match.group("b") is not None:  # a frame's second name may be optional
        spans.append(match.span("b"))
    return [(a, b, folded[a:b]) for a, b in spans]


#: A word this short glued to another by a bare hyphen is part of one name ("Kyzyl-Kiya",
#: "Myrza-Ake"); two longer words are two places ("Nokundi-Mashkel").
GLUED_WORD = 4


def _glued(folded: str, spans: list[tuple[int, int]], taken: _Taken) -> list[tuple[int, int]]:
    """``spans`` with names joined by a bare hyphen merged into one name when one of them is
    a short word, neither is a mention already and not both are places the gazetteer holds
    ("Kyzyl-Kiya" is one name; "Baku-Astara" two places)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and folded[out[-1][1]:a] == "-" and not taken.overlaps(out[-1][0], b) and min(
                out[-1][1] - out[-1][0], b - a) <= GLUED_WORD and not (
                _known(folded[out[-1][0]:out[-1][1]]) and _known(folded[a:b])):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _known(name: str) -> bool:
    """Whether the gazetteer holds a place of that name."""
    return bool(gazetteer().lookup_key(name_key(name)))


def _trimmed(span: tuple[int, int, str]) -> tuple[int, int]:
    """The span without the leading words that are no names ("The Darbaza": Darbaza)."""
    a, b, name = span
    for word in re.finditer(r"\S+\s*", name):
        if word.group().strip().lower() not in _BLOCKED:
            return a + word.start(), b
    return b, b


class _Taken:
    """The spans of the mentions found already, asked whether a span overlaps one of them
    in logarithmic time (a long text holds thousands)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end = list(accumulate((e for _, e in spans), max))

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a span ``a..b`` shares a character with a mention: of the mentions that
        start before ``b``, the one that ends last ends after ``a``."""
        k = bisect_left(self.starts, b) - 1
        return k >= 0 and self.max_end[k] > a


def _is_name(name: str) -> bool:
    """Whether no word of ``name`` is a common word, title or organisation."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    return bool(words) and not any(w in _BLOCKED for w in words) and len(words[0]) > 2


#: A last word that names the facility of a place, not the place.
_FACILITY_TAIL = re.compile(r"\s+(?:Island|Port|Station|Airport)$")


def _mention(name: str, a: int, b: int, sentence: int, countries: frozenset[str],
             own: dict[str, Place], kind: str) -> Mention:
    """The mention of ``name``, a place because its frame says so: the gazetteer's place of
    that name or spelling ("Towrgondi" for Torghundi) in one of the text's ``countries``,
    or one of the text's ``own`` places that it misspells ("Ayodhyaya"), else a place with
    no country and no position."""
    head = _FACILITY_TAIL.sub("", name)  # "Qeshm Island", "Khasab Port": Qeshm, Khasab
    cand = (_held(name, countries) or _held(head, countries) or spelt_as(name, countries)
            or misspelt(name, own))
    place = cand.place if cand else Place(name, None, kind, None, None)
    m = Mention(a, b, (cand or Candidate(place, 0.0),), place=place,
                notes=["framed" if cand else "unlisted"])
    m.sentence = sentence
    return m


def _held(name: str, countries: frozenset[str]) -> Candidate | None:
    """The gazetteer's best place called ``name`` in one of ``countries`` (a name the
    mention finder left out, as a word or a person's name, that a frame calls a place)."""
    return next((c for c in gazetteer().lookup_key(name_key(name)) if _usable(c, countries)),
                None)


def _usable(c: Candidate, countries: frozenset[str]) -> bool:
    return (c.place.country in countries and not (c.demonym or c.code or c.org)
            and c.place.kind not in _AREAS)


#: Letter groups that transliterations write in several ways, and their one form.
_SOUNDS = (("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("zh", "j"), ("dj", "j"),
           ("ph", "f"), ("q", "k"), ("x", "h"), ("ou", "u"))
_SILENT = re.compile(r"[aeiouwyh]")
#: Skeletons shorter than this match too many names.
MIN_SKELETON = 4
#: How alike a name and a spelling it may stand for must be (difflib's ratio): "Towrgondi"
#: and "Torghundi" 0.78, "Nokundi" and "Nokkundi" 0.93; "Makhinjauri" and "Manzhuur" (an
#: alternate name of Manzhouli, same consonants) 0.53.
MIN_LIKENESS = 0.7


def skeleton(name: str) -> str:
    """The consonants of ``name`` in one transliteration, first letter kept, doubled
    letters single: "Khunjrab" and "Khunjerab" are both ``hnjrb``."""
    s = re.sub(r"[^a-z]", "", fold(name).lower())
    for group, one in _SOUNDS:
        s = s.replace(group, one)
    if not s:
        return ""
    s = s[0] + _SILENT.sub("", s[1:])
    return re.sub(r"(.)\1+", r"\1", s)


@cache
def _skeletons() -> dict[str, tuple[str, ...]]:
    """Skeleton -> the gazetteer's one-word names of cities, ports and crossings."""
    gaz = gazetteer()
    index: dict[str, list[str]] = {}
    for key in gaz.names:
        if " " not in key and len(key) > MIN_SKELETON:
            index.setdefault(skeleton(key), []).append(key)
    return {k: tuple(v) for k, v in index.items() if len(k) >= MIN_SKELETON}


#: How alike a name must be to a place the same text names, with the same first letter, to
#: be read as that place misspelt (difflib's ratio): "Ayodhyaya" and Ayodhya 0.88, "Sukkar"
#: and Sukkur 0.83, "Silvas" and Sivas 0.91; "Tongjiang" is no Heilongjiang (0.76), nor
#: "Sohrab" Surab (0.73): two towns on one road.
MIN_LIKENESS_IN_TEXT = 0.8


def misspelt(name: str, own: dict[str, Place]) -> Candidate | None:
    """The place of ``own`` (the text's places by :func:`name_key`) most like ``name``, if
    it starts with the same letter and is like enough: a text that writes a place two ways
    names one place."""
    spelt = name_key(name)
    if len(spelt) <= MIN_SKELETON:
        return None
    likeness, key = max(((_likeness(spelt, k), k) for k in own if k[:1] == spelt[:1]),
                        default=(0.0, ""))
    return Candidate(own[key], 0.0) if likeness >= MIN_LIKENESS_IN_TEXT else None


def _likeness(a: str, b: str) -> float:
    """difflib's ratio of ``a`` and ``b`` where its cheap upper bounds reach
    :data:`MIN_LIKENESS_IN_TEXT`, else 0 (a long text names hundreds of places)."""
    matcher = SequenceMatcher(None, a, b)
    if (matcher.real_quick_ratio() < MIN_LIKENESS_IN_TEXT
            or matcher.quick_ratio() < MIN_LIKENESS_IN_TEXT):
        return 0.0
    return matcher.ratio()


def spelt_as(name: str, countries: frozenset[str]) -> Candidate | None:
    """The place that ``name`` spells another way, when exactly one of the gazetteer's
    places with its skeleton lies in one of ``countries`` and its name is like ``name``."""
    key = skeleton(name)
    if len(key) < MIN_SKELETON:
        return None
    gaz = gazetteer()
    spelt = name_key(name)
    found: dict[tuple[str, str | None], Candidate] = {}
    # each place's name most like ``name`` among those that share its skeleton
    likeness: dict[tuple[str, str | None], float] = {}
    for k in _skeletons().get(key, ()):
        # a name's best candidate in the text's countries (as a mention would resolve)
        best = next((c for c in gaz.lookup_key(k) if _usable(c, countries) and not c.weak),
                    None)
        if best is not None:
            at = (name_key(best.place.name), best.place.country)
            found.setdefault(at, best)
            likeness[at] = max(likeness.get(at, 0.0), SequenceMatcher(None, spelt, k).ratio())
    if len(found) != 1:
        return None
    (at, best), = found.items()
    # same consonants, another word: "Makhinjauri" is no "Manzhuur" (Manzhouli)
    return best if likeness[at] >= MIN_LIKENESS else None
