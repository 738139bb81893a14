"""Names resolved against the corridor network: routing endpoints, ``--via``, ``--avoid``,
and ``corridors places`` searches.  The world gazetteer that reads texts is
:mod:`corridors.gazetteer`."""

from __future__ import annotations

from typing import Any

from corridors.gazetteer._index import check_query_length
from corridors.records.place import Place

__all__ = [
    "node_place",
    "resolve_country",
    "resolve_node",
    "search",
]


def _network(network: Any) -> Any:
    if network is not None:
        return network
    from corridors.network._graph import load_network

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
    from corridors.network._graph import normalize_name

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
    from corridors.network._graph import normalize_name

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
    from corridors.gazetteer._index import resolve_place

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

    from corridors.network._graph import normalize_name

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
