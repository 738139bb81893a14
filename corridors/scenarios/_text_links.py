"""Links a text proposes that the dataset lacks, as hypothetical segments.

When a text proposes a road or rail link between named places ("a railway from Quetta to
Kandahar") and the dataset's proposed network does not already offer it, the model adds
hypothetical segments so that the *proposed* scenario contains the proposal:

1. the chain origin → via places → destination gets a border crossing wherever it changes
   country (the open crossing of that pair of countries, preferring one open to the mode,
   with the shortest detour);
2. each consecutive pair of the chain is joined directly unless the proposed network already
   joins them within :data:`DETOUR_FACTOR` times the direct estimate.

Each added segment has status ``proposed``, a length estimated as geodesic length × the
dataset's circuity for the mode on hilly terrain, and the text's sentence as its source.
So a line the dataset knows (the Trans-Afghan railway, say) is routed on its sourced
alignment, never on a straight shortcut, while a line it lacks is drawn as the text says.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from corridors.dataset._load import Dataset, Piece, Segment, geodesic_km
from corridors.errors import CorridorsError

if TYPE_CHECKING:  # pragma: no cover
    from corridors.network._graph import CorridorNetwork

__all__ = ["DETOUR_FACTOR", "TEXT_STATUSES", "text_segments"]

#: Statuses of a text's link that make it a proposal to add.
TEXT_STATUSES = frozenset({"proposed", "agreed", "planned", "under_construction"})
#: The network "already offers" a proposed link when its shortest path between the two
#: places is at most this many times the link's own estimated length.
DETOUR_FACTOR = 2.0
TERRAIN = "hilly"


def _crossing_between(ds: Dataset, a: str, b: str, mode: str) -> str | None:
    na, nb = ds.nodes[a], ds.nodes[b]
    pair = {na.country, nb.country}
    best: tuple[bool, float, str] | None = None
    for bc in ds.crossings.values():
        if set(bc.countries) != pair or bc.status == "closed":
            continue
        c = ds.nodes[bc.node_id]
        detour = (geodesic_km(na.lat, na.lon, c.lat, c.lon)
                  + geodesic_km(c.lat, c.lon, nb.lat, nb.lon))
        key = (not (bc.rail if mode == "rail" else bc.road), detour, bc.node_id)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _gauge(ds: Dataset, a: str, b: str) -> int:
    """The gauge of a rail line already at ``a`` (else ``b``), else the country's main one."""
    for node in (a, b):
        for seg in ds.segments:
            if seg.mode == "rail" and seg.gauge_mm and node in seg.node_ids:
                return seg.gauge_mm
    lengths: dict[int, float] = {}
    for seg in ds.segments:
        if seg.mode == "rail" and seg.gauge_mm and ds.nodes[seg.from_id].country == \
                ds.nodes[a].country:
            lengths[seg.gauge_mm] = lengths.get(seg.gauge_mm, 0.0) + seg.length_km
    return max(lengths, key=lambda g: lengths[g]) if lengths else 1435


def _segment(ds: Dataset, mode: str, a: str, b: str, link_id: str, evidence: str) -> Segment:
    na, nb = ds.nodes[a], ds.nodes[b]
    circuity = ds.param(f"circuity_{mode}_{TERRAIN}")
    km = geodesic_km(na.lat, na.lon, nb.lat, nb.lon) * circuity
    return Segment(
        id=f"text:{link_id}:{mode}:{a}-{b}", mode=mode, from_id=a, to_id=b, via=(),
        name=f"proposed in the text ({link_id})", ref=f"text {link_id}", status="proposed",
        road_class="highway" if mode == "road" else None,
        gauge_mm=_gauge(ds, a, b) if mode == "rail" else None, terrain=TERRAIN,
        length_km=km, length_estimated=True,
        length_source=f"estimate: geodesic x circuity {circuity:g} "
                      f"(circuity_{mode}_{TERRAIN}); the text gives no alignment",
        circuity=circuity, source=f"hypothetical, from the text: {evidence}"[:300], notes="",
        pieces=(Piece(a, b, km, ((na.lon, na.lat), (nb.lon, nb.lat))),),
    )


def _offered(net: CorridorNetwork, mode: str, a: str, b: str, direct_km: float) -> bool:
    from corridors.network.routing import route

    try:
        r = route(a, b, mode=mode, scenario="proposed", optimize="distance", network=net)
    except CorridorsError:
        return False
    return r.distance_km <= DETOUR_FACTOR * direct_km


def text_segments(net: CorridorNetwork,
                  chains: Iterable[tuple[str, str, Sequence[str], str]]) -> list[Segment]:
    """Hypothetical segments for ``(link_id, mode, node chain, evidence)`` chains."""
    ds = net.dataset
    out: list[Segment] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    for link_id, mode, chain, evidence in chains:
        if mode not in ("road", "rail") or len(chain) < 2:
            continue
        full: list[str] = [chain[0]]
        for a, b in itertools.pairwise(chain):
            if ds.nodes[a].country != ds.nodes[b].country:
                c = _crossing_between(ds, a, b, mode)
                if c is None:
                    break  # no crossing between the two countries: nothing sensible to add
                if c not in (a, b):
                    full.append(c)
            full.append(b)
        else:
            for a, b in itertools.pairwise(full):
                key = (mode, frozenset((a, b)))
                if a == b or key in seen:
                    continue
                seen.add(key)
                seg = _segment(ds, mode, a, b, link_id, evidence)
                if not _offered(net, mode, a, b, seg.length_km):
                    out.append(seg)
    return out
