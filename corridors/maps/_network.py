"""The network under the routes: a dataset's segments, air links and border crossings.

Links in service are drawn in every scenario; links not yet built only in the scenarios with
the proposals.  Border crossings are sized by their dwell time and coloured by their status
(open, seasonal, restricted, closed), with the season from ``crossing_seasons.csv``.
"""

from __future__ import annotations

import logging
from typing import Any

from corridors.maps._features import (
    CROSSING_STATUSES,
    MODE_LABELS,
    STATUS_LABELS,
    MapData,
    _line,
    _point,
    crossing_size,
    e,
    hours,
    num,
)
from corridors.maps._views import MODE_COLORS, LegView, dash_for, display_coords, geodesic_arc
from corridors.maps._views import status_class as _status_class

__all__ = ["add_network"]

log = logging.getLogger(__name__)


def _seasons(network: Any) -> dict[str, Any]:
    path = getattr(network, "path", None)
    if path is None:
        return {}
    from corridors.dataset import load_seasons
    from corridors.errors import DataError

    try:
        return load_seasons(path)
    except (DataError, OSError) as exc:  # the map still draws without seasons
        log.warning("No crossing seasons on the map: %s", exc)
        return {}


def add_network(data: MapData, network: Any) -> dict[str, dict[str, Any]]:
    """Draw a dataset's segments, air links and border crossings thin, under the routes.

    Returns the crossings drawn, by name (a route's crossing of the same name is not drawn
    again).
    """
    if not hasattr(network, "segments") and hasattr(network, "dataset"):
        network = network.dataset  # a CorridorNetwork: draw the dataset it was built from
    nodes = getattr(network, "nodes", {}) or {}
    planned = [i for i, s in enumerate(data.scenarios) if s != "existing"] or None

    def sc(status: str) -> list[int] | None:
        return None if _status_class(status) == "existing" else planned

    def node_name(node_id: str) -> str:
        node = nodes.get(node_id)
        return str(getattr(node, "name", node_id))

    for seg in getattr(network, "segments", ()) or ():
        coords = [(float(x), float(y)) for x, y in getattr(seg, "coords", ())]
        if len(coords) < 2:
            continue
        mode = seg.mode if seg.mode in MODE_COLORS else "road"
        data.mode(mode)
        data.statuses.add(seg.status)
        shown = display_coords(LegView(mode, seg.status, "", "", 0.0, 0.0, tuple(coords)),
                               tolerance=0.01)
        label = seg.name or seg.ref or ""
        tip = (f"{e(label)}{'<br>' if label else ''}{e(node_name(seg.from_id))} – "
               f"{e(node_name(seg.to_id))}<br>{e(mode)} · {e(seg.status.replace('_', ' '))}"
               f" · {num(float(seg.length_km or 0), 'km')}<br>source: {e(seg.source)}")
        data.add(f"Network: {MODE_LABELS[mode].lower()} "
                 f"({STATUS_LABELS[_status_class(seg.status)]})",
                 _line(shown, color=MODE_COLORS[mode], weight=2, opacity=0.55,
                       dash=dash_for(seg.status), tip=tip, sc=sc(seg.status)))
    airports = getattr(network, "airports", {}) or {}
    for link in getattr(network, "air_links", ()) or ():
        a, b = airports.get(link.from_iata), airports.get(link.to_iata)
        if a is None or b is None:
            continue
        data.mode("air")
        data.statuses.add(link.status)
        arc = [(round(x, 4), round(y, 4)) for x, y in geodesic_arc((a.lon, a.lat),
                                                                   (b.lon, b.lat))]
        tip = (f"{e(a.iata)} – {e(b.iata)}<br>air · {e(link.status)}"
               f"{' · ' + e(link.carrier) if getattr(link, 'carrier', None) else ''}"
               f"<br>source: {e(link.source)}")
        data.add(f"Network: air ({STATUS_LABELS[_status_class(link.status)]})",
                 _line(arc, color=MODE_COLORS["air"], weight=1.5, opacity=0.5,
                       dash=dash_for(link.status), tip=tip, sc=sc(link.status)))
    return _add_crossings(data, network, nodes)


def _add_crossings(data: MapData, network: Any, nodes: dict[str, Any]
                   ) -> dict[str, dict[str, Any]]:
    seasons = _seasons(network)
    drawn: dict[str, dict[str, Any]] = {}
    for node_id, bx in (getattr(network, "crossings", {}) or {}).items():
        node = nodes.get(node_id)
        if node is None:
            continue
        data.kinds.add("border_crossing")
        dwell = [(mode, h) for mode, h in (("road", getattr(bx, "dwell_road_h", None)),
                                           ("rail", getattr(bx, "dwell_rail_h", None)))
                 if getattr(bx, mode, False)]
        dwell_text = ", ".join(f"{mode} {hours(float(h))}" if h is not None else
                               f"{mode}: default" for mode, h in dwell)
        status = str(getattr(bx, "status", "") or "open")
        season = seasons.get(node_id)
        when = season.describe() if season is not None else ""
        if status == "open" and season is not None and season.seasonal:
            status = "seasonal"
        kind = status if status in CROSSING_STATUSES else "open"
        data.crossing_statuses.add(kind)
        known = [float(h) for _m, h in dwell if h is not None]
        text = (f"<b>{e(node.name)}</b><br>border crossing {e('–'.join(bx.countries))}"
                f"<br>status: <b>{e(status)}</b>{' (' + e(when) + ')' if when else ''}"
                f"<br>dwell: {e(dwell_text or '—')}")
        pop = (f"<div class=cor-pop>{text}<br>source: "
               f"{e(getattr(bx, 'dwell_source', None) or '—')}"
               f"{'<br>season: ' + e(season.source) if season and season.source else ''}"
               "</div>")
        data.add("Border crossings", _point(float(node.lon), float(node.lat),
                                            kind="border_crossing", tip=text, pop=pop,
                                            sz=crossing_size(max(known, default=0.0)),
                                            st=kind))
        drawn[str(node.name)] = {"status": kind}
    return drawn
