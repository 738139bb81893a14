"""Route endpoints: a name, a country, a place or a point, resolved to a network node (a
point or an outside town joined to the nearest node, within a stated distance)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corridors import settings
from corridors._latlon import check_point, parse_latlon
from corridors.errors import CorridorsError, InputError, NoRouteError
from corridors.network._graph import CorridorNetwork
from corridors.network.places import node_place, resolve_country, resolve_node
from corridors.records.place import Place

__all__ = ["MAX_SNAP_KM", "End", "Endpoint", "as_list", "resolve_end"]

#: A place a route may start, end or pass at.
Endpoint = str | Place | tuple[float, float]

#: A point farther than this from every network node that serves the mode is refused:
#: the answer would be about another place (a tunable of :mod:`corridors.settings`).
MAX_SNAP_KM = settings.MAX_SNAP_KM


def as_list(items: Any, what: str) -> list[Any]:
    """``via``/``avoid`` as a list: a single name or place is one item, never its letters."""
    if items is None:
        return []
    is_point = isinstance(items, tuple) and len(items) == 2 and all(
        isinstance(x, int | float) for x in items)
    if isinstance(items, str | Place) or is_point:
        return [items]
    if not isinstance(items, Sequence | set | frozenset):
        raise TypeError(f"{what} takes a place or a list of places, not {items!r}.")
    return list(items)


@dataclass(frozen=True)
class End:
    place: Place
    node: str | None  # network node id, or None for a bare point
    access_km: float = 0.0  # straight-line km from a point to its snapped node
    note: str | None = None


def resolve_end(net: CorridorNetwork, item: Endpoint, mode: str) -> End:
    latlon: tuple[float, float] | None = None
    checked: object = item
    if isinstance(checked, list):
        item = tuple(checked)
    elif not isinstance(checked, Place | str | tuple):
        raise TypeError(f"A place is a name, a Place or a (lat, lon) pair, not {checked!r}.")
    if isinstance(item, Place):
        if item.id and item.id in net.dataset.nodes:
            return End(node_place(net, item.id), item.id)
        if item.kind == "country" and item.country:
            item = item.country
        elif item.lat is not None and item.lon is not None:
            latlon = check_point(item.lat, item.lon, shown=item.name)
        else:
            item = item.name
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"A point is a (lat, lon) pair, not {item!r}.")
        latlon = check_point(item[0], item[1])
    if isinstance(item, str):
        latlon = parse_latlon(item)
        if latlon is None:
            try:
                nid = resolve_node(item, network=net)
            except CorridorsError as exc:
                code = resolve_country(item, network=net)
                if code is None:
                    known = _world_place(net, item, exc)
                    if known is None:
                        raise
                    return _join(net, known, mode)
                cap = next(
                    (n for n in net.dataset.nodes.values() if n.country == code and n.capital), None
                )
                if cap is None:
                    raise InputError(
                        f"{item} has no capital in the corridor network; name one of its cities."
                    ) from None
                return End(
                    node_place(net, cap.id), cap.id, note=f"{item} taken as its capital, {cap.name}"
                )
            return End(node_place(net, nid), nid)
    if latlon is None:
        raise TypeError(f"Cannot read {item!r} as a place.")
    lat, lon = latlon
    return _join(net, Place(f"{lat:.4f},{lon:.4f}", None, "point", lat, lon), mode)


def _world_place(net: CorridorNetwork, name: str, exc: CorridorsError) -> Place | None:
    """A place the world gazetteer knows, inside the network's countries, for a name the
    network lacks; None when the name is unknown, ambiguous in the network, or elsewhere."""
    from corridors.errors import UnknownPlaceError

    if not isinstance(exc, UnknownPlaceError) or exc.suggestions:
        return None
    from corridors.gazetteer._index import resolve_place

    place = resolve_place(name)
    if place is None or place.lat is None or place.lon is None:
        return None
    if place.kind in ("country", "region") or place.country not in net.dataset.countries():
        return None
    return place


def _join(net: CorridorNetwork, place: Place, mode: str) -> End:
    """Join a place that is not a network node to the nearest node that serves ``mode``."""
    from corridors.network._graph import nearest_nodes

    if place.lat is None or place.lon is None:
        raise InputError(f"{place.name} has no coordinates to join it to the network.")
    for km, nid in nearest_nodes(net, place.lat, place.lon):
        if net.states_for(nid, mode):
            n = net.dataset.nodes[nid]
            if km > MAX_SNAP_KM:
                raise InputError(
                    f"{place.name} is {km:,.0f} km from the nearest {mode} node of the network "
                    f"({n.name}); points farther than {MAX_SNAP_KM:,.0f} km are not joined.")
            if place.country is None:
                place = Place(place.name, n.country, place.kind, place.lat, place.lon)
            note = f"{place.name} joined to the network at {n.name} ({km:.0f} km away)"
            return End(place, nid, km, note=note)
    raise NoRouteError(f"No {mode} node of the network is near {place.name}.")
