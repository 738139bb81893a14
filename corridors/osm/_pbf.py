"""Read OSM files (PBF, and XML too) with pyosmium into an osmnx-style graph.

osmnx has no PBF reader.  pyosmium is the Python binding of libosmium, the C++ library
maintained by the OpenStreetMap developers themselves and used by osm2pgsql and Nominatim:
it streams a file, keeps only node locations (not Python objects) in its index, filters
ways by tag in C++, and ships wheels for every platform.  pyrosm reads into pandas frames
(and loads the whole extract first); quackosm needs DuckDB and writes GeoParquet.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corridors.errors import InputError
from corridors.osm._common import WAY_TAGS, WayFilter, import_osmium, osmnx_settings

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["graph_from_osmium"]

_ONEWAY = {"yes", "true", "1", "-1", "reverse", "T", "F"}
_REVERSED = {"-1", "reverse", "T"}


def graph_from_osmium(
    path: str | Path, *, way_filter: WayFilter, retain_all: bool = False
) -> nx.MultiDiGraph:
    """Build a road or rail graph from an ``.osm.pbf`` (or ``.osm``/``.osm.bz2``) file.

    The graph has the same shape as osmnx's (see :func:`corridors.osm.load_graph`): oneway
    rules as in osmnx (``oneway=*``, roundabouts; rail is bidirectional), edge ``length`` in
    metres, the largest weakly connected component unless ``retain_all``, simplified.

    Raises
    ------
    InputError
        When the file is corrupt or truncated, or no way matches the filter.
    """
    import networkx as nx

    osmium = import_osmium()
    p = Path(path)
    bidirectional = way_filter.mode == "rail"
    graph: nx.MultiDiGraph = nx.MultiDiGraph(crs="epsg:4326", created_with="corridors/pyosmium")
    coords: dict[int, tuple[float, float]] = {}
    edges: list[tuple[int, int, dict[str, Any]]] = []
    try:
        processor = (
            osmium.FileProcessor(str(p), osmium.osm.NODE | osmium.osm.WAY)
            .with_locations()
            .with_filter(osmium.filter.EntityFilter(osmium.osm.WAY))
            .with_filter(osmium.filter.KeyFilter(way_filter.key))
        )
        for way in processor:
            tags = {t.k: t.v for t in way.tags}
            if not way_filter.matches(tags):
                continue
            refs: list[int] = []
            for nd in way.nodes:
                loc = nd.location
                if not loc.valid():
                    continue  # a way clipped at the extract's edge
                if refs and refs[-1] == nd.ref:
                    continue
                refs.append(nd.ref)
                coords[nd.ref] = (loc.lon, loc.lat)
            if len(refs) < 2:
                continue
            attrs: dict[str, Any] = {"osmid": way.id}
            attrs.update({k: tags[k] for k in WAY_TAGS if k in tags})
            one_way = not bidirectional and (
                tags.get("oneway") in _ONEWAY or tags.get("junction") == "roundabout"
            )
            if one_way and tags.get("oneway") in _REVERSED:
                refs.reverse()
            attrs["oneway"] = one_way
            fwd = {**attrs, "reversed": False}
            edges.extend((u, v, fwd) for u, v in itertools.pairwise(refs))
            if not one_way:
                back = {**attrs, "reversed": True}
                edges.extend((v, u, back) for u, v in itertools.pairwise(refs))
    except RuntimeError as exc:  # libosmium's parse, decompression and format errors
        msg = f"{p.name} cannot be read as OSM data ({exc}); it may be truncated: re-download it."
        raise InputError(msg) from None
    graph.add_nodes_from((n, {"x": x, "y": y}) for n, (x, y) in coords.items())
    graph.add_edges_from((u, v, dict(d)) for u, v, d in edges)
    if graph.number_of_edges():
        with osmnx_settings() as ox:
            graph = ox.distance.add_edge_lengths(graph)
    from corridors.osm._finish import finish_graph

    return finish_graph(graph, way_filter, source=p.name, retain_all=retain_all)


def write_pbf(source: str | Path, target: str | Path) -> Path:
    """Convert an OSM file (XML) to PBF with pyosmium; used to build test and bench files."""
    osmium = import_osmium()
    out = Path(target)
    out.unlink(missing_ok=True)
    with osmium.SimpleWriter(str(out)) as writer:
        for obj in osmium.FileProcessor(str(source)):
            writer.add(obj)
    return out
