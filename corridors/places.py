"""Places: the :class:`Place` record shared by the gazetteer, the network and the routes.

A place is anything a link or a route can start at, end at or pass through: a city, a
country, a region, an airport, a port, a border crossing, a station, a province or a sea.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "MAX_QUERY_CHARS",
    "PLACE_KINDS",
    "Place",
    "PlaceMention",
    "check_query_length",
    "node_place",
    "resolve_country",
    "resolve_node",
    "search",
]

#: The kinds a :class:`Place` may have (the JSON contract's ``kind`` field, plus ``point``
#: for a bare ``LAT,LON`` coordinate given as a route endpoint).
PLACE_KINDS = frozenset(
    {
        "city",
        "country",
        "region",
        "airport",
        "port",
        "border_crossing",
        "station",
        "province",
        "sea",
        "point",
    }
)


@dataclass(frozen=True, slots=True)
class Place:
    """A named place.

    Parameters
    ----------
    name
        Display name ("Lahore", "Kazakhstan", "Central Asia").
    country
        ISO 3166-1 alpha-2 code, or ``None`` for regions and seas.
    kind
        One of :data:`PLACE_KINDS`.
    lat, lon
        WGS84 position (a representative point for countries and regions), or ``None``.
    id
        Identifier of the corridor-network node this place is, when it is one.
    members
        For a region: the ISO2 codes of its member countries.
    """

    name: str
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    id: str | None = None
    members: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape: name, country, kind, lat, lon."""
        return {
            "name": self.name,
            "country": self.country,
            "kind": self.kind,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place as mentioned in a text: the place and the character span of the mention."""

    place: Place
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The place's JSON shape plus ``text``, ``start`` and ``end``."""
        return {**self.place.to_dict(), "text": self.text, "start": self.start, "end": self.end}


# ----------------------------------------------------------------------------- resolution
# Resolution of names against the corridor network (routing endpoints, --via, --avoid).
# The world gazetteer used to read texts is :mod:`corridors.gazetteer`.

#: Longest place name (characters) that lookups accept; a longer query is an error, not a
#: long fuzzy search.
MAX_QUERY_CHARS = 200


def check_query_length(query: str) -> None:
    """Raise :class:`~corridors.errors.InputError` (a ``ValueError``) for a place name longer
    than :data:`MAX_QUERY_CHARS` characters."""
    if len(query) > MAX_QUERY_CHARS:
        from corridors.errors import InputError

        raise InputError(f"A place name of {len(query)} characters is too long "
                         f"(at most {MAX_QUERY_CHARS}).")


def _network(network: Any) -> Any:
    if network is not None:
        return network
    from corridors.network import load_network

    return load_network()


def node_place(network: Any, node_id: str) -> Place:
    """The :class:`Place` of a corridor-network node."""
    n = network.dataset.nodes[node_id]
    return Place(n.name, n.country, n.kind, n.lat, n.lon, id=n.id)


def _split_hint(query: str) -> tuple[str, str | None]:
    if "," in query:
        head, _, tail = query.rpartition(",")
        tail = tail.strip()
        if tail and not tail.replace(".", "").replace("-", "").strip().isdigit():
            return head.strip(), tail
    return query.strip(), None


def _country_code(network: Any, text: str | None) -> str | None:
    from corridors.network import normalize_name

    if not text:
        return None
    code: str | None = network.country_names.get(normalize_name(text))
    return code


def resolve_country(query: str, *, network: Any = None) -> str | None:
    """The ISO2 code of a country named in ``query`` ("Afghanistan", "AF", "AFG"), or None."""
    check_query_length(query)
    return _country_code(_network(network), query)


def resolve_node(query: str, *, country: str | None = None, network: Any = None) -> str:
    """The network node id a name refers to.

    ``query`` may be a name, an alias or transliteration, a node id, an IATA/ICAO code of
    a city's airport, or ``"Name, CC"`` / ``"Name, Country"`` with a country hint.

    Raises
    ------
    UnknownPlaceError
        Nothing matches; the error carries close suggestions.
    AmbiguousPlaceError
        Several nodes match and no country hint separates them.
    """
    import difflib

    from corridors.errors import AmbiguousPlaceError, InputError, UnknownPlaceError
    from corridors.network import normalize_name

    net = _network(network)
    if not query or not query.strip():
        raise InputError("An empty place name was given.")
    check_query_length(query)
    name, hint = _split_hint(query)
    if hint is not None and country is None:
        country = _country_code(net, hint)
        if country is None:
            name = query.strip()  # the comma was part of the name
    elif country is not None:
        country = _country_code(net, country) or country.upper()
    ids = list(net.names.get(normalize_name(name), []))
    if country:
        ids = [i for i in ids if net.dataset.nodes[i].country == country]
    if len(ids) == 1:
        return str(ids[0])
    if len(ids) > 1:
        nodes = [net.dataset.nodes[i] for i in ids]
        raise AmbiguousPlaceError(query, [f"{n.name}, {n.country} ({n.kind})" for n in nodes])
    keys = difflib.get_close_matches(normalize_name(name), list(net.names), n=5, cutoff=0.72)
    seen: list[str] = []
    for k in keys:
        for i in net.names[k]:
            label = f"{net.dataset.nodes[i].name}, {net.dataset.nodes[i].country}"
            if label not in seen:
                seen.append(label)
    if not seen:
        reason = _outside_coverage(net, name)
        if reason:
            raise UnknownPlaceError(query, reason=reason)
    raise UnknownPlaceError(query, seen[:5])


def _outside_coverage(net: Any, name: str) -> str | None:
    """A sentence saying that the world gazetteer knows ``name`` but the network does not."""
    from corridors.errors import CorridorsError
    from corridors.gazetteer import resolve_place

    try:
        place = resolve_place(name)
    except CorridorsError:
        return None
    if place is None:
        return None
    where = f", {place.country}" if place.country else ""
    covered = ", ".join(sorted(net.country_display.values()))
    return (f"{place.name}{where} ({place.kind}) is outside the corridor network, which covers "
            f"{covered}; name a network place or give LAT,LON.")


def search(
    query: str, *, country: str | None = None, limit: int = 10, network: Any = None
) -> list[Place]:
    """Network places whose name or alias contains ``query`` (folded), best first.

    Examples
    --------
    >>> [p.name for p in search("mazar")][:1]
    ['Mazar-i-Sharif']
    """
    import difflib

    from corridors.network import normalize_name

    check_query_length(query)
    net = _network(network)
    q = normalize_name(query)
    code = _country_code(net, country) or (country.upper() if country else None)
    scored: dict[str, float] = {}
    for key, ids in net.names.items():
        if q and q in key:
            score = 2.0 + (1.0 if key.startswith(q) else 0.0) + (1.0 if key == q else 0.0)
        else:
            score = difflib.SequenceMatcher(None, q, key).ratio()
            if score < 0.75:
                continue
        for i in ids:
            if code and net.dataset.nodes[i].country != code:
                continue
            scored[i] = max(scored.get(i, 0.0), score)
    best = sorted(scored, key=lambda i: (-scored[i], net.dataset.nodes[i].name))
    return [node_place(net, i) for i in best[:limit]]
