"""Circuity: how much longer the real OSM network is than the corridor's segments."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from corridors.errors import InputError, NoRouteError
from corridors.osm._snap import DEFAULT_MAX_SNAP_KM, _fastgraph, _straight_km, snap

if TYPE_CHECKING:
    import networkx as nx

    from corridors.network._fastgraph import FastGraph

__all__ = ["SegmentCircuity", "circuity_summary", "dataset_segments", "segment_circuity"]

@dataclass(frozen=True, slots=True)
class SegmentCircuity:
    """How a corridor segment compares with the real network.

    ``straight_km`` is the great-circle distance through the segment's nodes in order;
    ``osm_km`` the shortest OSM distance through the same nodes (snapped); ``circuity`` their
    ratio (the factor to apply to straight lines); ``ratio`` ``osm_km`` over the dataset's
    ``length_km``.  ``status`` is ``ok``, ``not_covered`` (a node is off the graph) or
    ``no_path`` (its nodes are in parts of the graph that do not connect).
    """

    segment_id: str
    straight_km: float
    dataset_km: float | None
    osm_km: float | None
    circuity: float | None
    ratio: float | None
    snap_km: float | None
    status: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None, nd: int) -> float | None:
            return None if x is None else round(x, nd)

        return {
            "segment": self.segment_id,
            "straight_km": r(self.straight_km, 1),
            "dataset_km": r(self.dataset_km, 1),
            "osm_km": r(self.osm_km, 1),
            "circuity": r(self.circuity, 3),
            "ratio": r(self.ratio, 3),
            "snap_km": r(self.snap_km, 2),
            "status": self.status,
            "note": self.note,
        }


def segment_circuity(
    graph: nx.MultiDiGraph,
    segments: Iterable[tuple[str, Sequence[tuple[float, float]], float | None]],
    *,
    max_snap_km: float | None = DEFAULT_MAX_SNAP_KM,
) -> list[SegmentCircuity]:
    """Compare corridor segments with the shortest OSM distance through their nodes.

    Parameters
    ----------
    graph
        A road or rail OSM graph covering the segments.
    segments
        ``(segment_id, [(lat, lon) of its nodes in order], length_km or None)``; see
        :func:`dataset_segments` for the bundled dataset.
    max_snap_km
        Nodes farther than this from the graph make the segment ``not_covered``.

    Returns
    -------
    list of SegmentCircuity
        One per segment, in input order.
    """
    fast: FastGraph | None = None
    out: list[SegmentCircuity] = []
    for seg_id, points, dataset_km in segments:
        pts = [(float(a), float(b)) for a, b in points]
        straight = _straight_km(pts)
        try:
            snapped = snap(graph, pts, max_km=max_snap_km)
        except InputError as exc:
            out.append(SegmentCircuity(seg_id, straight, dataset_km, None, None, None, None,
                                       "not_covered", str(exc)))
            continue
        snap_km = max(km for _, km in snapped)
        if fast is None:
            fast = _fastgraph(graph, "length")
        total = 0.0
        status, note = "ok", ""
        for (a, _), (b, _) in itertools.pairwise(snapped):
            try:
                length, _path = fast.shortest_path(a, b)
            except NoRouteError:
                status = "no_path"
                note = "its nodes lie in parts of the OSM graph that do not connect"
                break
            total += length / 1000.0
        if status != "ok":
            out.append(SegmentCircuity(seg_id, straight, dataset_km, None, None, None,
                                       snap_km, status, note))
            continue
        circuity = total / straight if straight > 0 else None
        ratio = total / dataset_km if dataset_km else None
        out.append(SegmentCircuity(seg_id, straight, dataset_km, total, circuity, ratio,
                                   snap_km, "ok"))
    return out


def circuity_summary(results: Sequence[SegmentCircuity]) -> dict[str, Any]:
    """Median and spread of the circuity over the segments that could be measured."""
    values = sorted(r.circuity for r in results if r.circuity is not None)
    ratios = sorted(r.ratio for r in results if r.ratio is not None)
    return {
        "segments": len(results),
        "measured": len(values),
        "circuity_median": round(statistics.median(values), 3) if values else None,
        "circuity_min": round(values[0], 3) if values else None,
        "circuity_max": round(values[-1], 3) if values else None,
        "ratio_median": round(statistics.median(ratios), 3) if ratios else None,
    }


def dataset_segments(
    dataset: Any, *, mode: str = "road"
) -> list[tuple[str, list[tuple[float, float]], float | None]]:
    """Adapter from :func:`corridors.dataset._load.load_dataset`'s result to
    :func:`segment_circuity`'s input: each segment of ``mode`` with its nodes' (lat, lon)."""
    out: list[tuple[str, list[tuple[float, float]], float | None]] = []
    for seg in dataset.segments:
        if seg.mode != mode:
            continue
        ids = [seg.from_id, *seg.via, seg.to_id]
        pts = [(float(dataset.nodes[i].lat), float(dataset.nodes[i].lon)) for i in ids]
        out.append((seg.id, pts, float(seg.length_km) if seg.length_km else None))
    return out
