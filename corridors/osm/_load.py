"""Load OSM road and rail graphs from local files, save them, and summarise them."""

from __future__ import annotations

import logging
import os
import tempfile
import xml.sax
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from corridors.errors import InputError
from corridors.osm._common import WayFilter, osmnx_settings
from corridors.osm._finish import finish_graph

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "GRAPH_SUFFIXES",
    "XML_SUFFIXES",
    "graph_summary",
    "load_graph",
    "save_graph",
]

log = logging.getLogger(__name__)

#: File name endings read as OSM XML (osmnx reads bzip2-compressed XML directly).
XML_SUFFIXES = (".osm", ".osm.bz2", ".xml", ".osm.xml")
#: File name endings read as saved graphs.
GRAPH_SUFFIXES = (".graphml",)
PBF_SUFFIXES = (".osm.pbf", ".pbf")


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(PBF_SUFFIXES):
        return "pbf"
    if name.endswith(XML_SUFFIXES):
        return "xml"
    if name.endswith(GRAPH_SUFFIXES):
        return "graphml"
    msg = (
        f"Cannot tell the format of {path.name!r}: use a .osm, .osm.bz2, .osm.pbf or "
        ".graphml file."
    )
    raise InputError(msg)


def load_graph(
    path: str | os.PathLike[str],
    *,
    mode: str = "road",
    way_filter: WayFilter | None = None,
    retain_all: bool = False,
    engine: str = "auto",
) -> nx.MultiDiGraph:
    """Read a road or rail graph from an OSM file or a saved graph.

    Parameters
    ----------
    path
        ``.osm`` / ``.osm.bz2`` XML (read with osmnx's :func:`osmnx.graph_from_xml`),
        ``.osm.pbf`` (read with pyosmium, which streams the file) or a ``.graphml`` graph
        saved by :func:`save_graph` or :func:`corridors.osm.fetch_graph`.
    mode
        ``"road"`` or ``"rail"``; rail graphs are bidirectional.
    way_filter
        Which ways to keep; default ``WayFilter(mode)`` (major roads, or ``railway=rail``).
        Ignored for ``.graphml``, which is returned as saved.
    retain_all
        Keep every connected component instead of only the largest.
    engine
        ``"auto"`` (osmnx for XML, pyosmium for PBF), ``"osmnx"`` or ``"osmium"``; pyosmium
        also reads XML, several times faster than osmnx.

    Returns
    -------
    networkx.MultiDiGraph
        An osmnx-style graph: nodes with ``x``/``y`` (lon/lat), edges with ``length`` (m),
        ``osmid``, ``geometry`` where simplified, and the tags in
        :data:`~corridors.osm.WAY_TAGS`; ``graph["crs"]`` is EPSG:4326.

    Raises
    ------
    InputError
        When the file is missing, unreadable, truncated or corrupt, or when no way in it
        matches the filter.

    Examples
    --------
    >>> from corridors.osm import load_graph
    >>> G = load_graph("West-Oakland.osm.bz2", way_filter=WayFilter("road", road_classes=None))
    ... # doctest: +SKIP
    """
    p = Path(path)
    if not p.is_file():
        msg = f"OSM file {str(p)!r} does not exist."
        raise InputError(msg)
    kind = _kind(p)
    filt = way_filter or WayFilter(mode)
    if engine not in {"auto", "osmnx", "osmium"}:
        msg = f"Unknown OSM reading engine {engine!r}; use auto, osmnx or osmium."
        raise InputError(msg)
    if kind == "graphml":
        return _load_graphml(p)
    if kind == "pbf" or engine == "osmium":
        from corridors.osm._pbf import graph_from_osmium

        return graph_from_osmium(p, way_filter=filt, retain_all=retain_all)
    return _graph_from_xml(p, filt, retain_all=retain_all)


def _graph_from_xml(path: Path, filt: WayFilter, *, retain_all: bool) -> nx.MultiDiGraph:
    with osmnx_settings() as ox:
        try:
            graph = ox.graph_from_xml(
                path, bidirectional=filt.mode == "rail", simplify=False, retain_all=True
            )
        except (xml.sax.SAXParseException, ElementTree.ParseError) as exc:
            msg = (
                f"{path.name} is not well-formed OSM XML ({_xml_problem(exc)}); it may be "
                "truncated: re-download or re-export the file."
            )
            raise InputError(msg) from None
        except (EOFError, OSError) as exc:
            msg = (
                f"{path.name} cannot be read: it looks truncated or is not bzip2/XML ({exc}); "
                "re-download the file."
            )
            raise InputError(msg) from None
        except ox._errors.InsufficientResponseError:
            msg = f"{path.name} holds no OSM nodes or ways; check that it is the right file."
            raise InputError(msg) from None
        # osmnx turned every way into edges: keep those the filter wants
        drop = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True)
                if not filt.matches(d)]
        graph.remove_edges_from(drop)
        return finish_graph(graph, filt, source=path.name, retain_all=retain_all)


def _xml_problem(exc: Exception) -> str:
    if isinstance(exc, xml.sax.SAXParseException):
        return f"line {exc.getLineNumber()}: {exc.getMessage()}"
    return str(exc)


def _load_graphml(path: Path) -> nx.MultiDiGraph:
    with osmnx_settings() as ox:
        try:
            graph: nx.MultiDiGraph = ox.load_graphml(path)
        except (xml.sax.SAXParseException, SyntaxError, ValueError, KeyError, OSError) as exc:
            msg = (
                f"{path.name} is not a graph saved by corridors or osmnx ({type(exc).__name__}); "
                "delete it and fetch or load the data again."
            )
            raise InputError(msg) from None
    if graph.number_of_edges() == 0:
        msg = f"The saved graph {path.name} has no edges; delete it and fetch again."
        raise InputError(msg)
    return graph


def save_graph(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Save a graph as GraphML (reloadable) or GeoPackage (for GIS), atomically.

    The file is written under a temporary name in the target folder and renamed when
    complete, so an interrupted save never leaves a partial file.

    Parameters
    ----------
    graph
        An osmnx-style graph.
    path
        Ends in ``.graphml`` or ``.gpkg``.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in {".graphml", ".gpkg"}:
        msg = f"Cannot save a graph as {target.name!r}: use a .graphml or .gpkg file name."
        raise InputError(msg)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with osmnx_settings() as ox:
            if suffix == ".graphml":
                ox.save_graphml(graph, tmp)
            else:
                tmp.unlink()  # the GeoPackage driver wants to create the file itself
                ox.save_graph_geopackage(graph, tmp, directed=True)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def graph_summary(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts and extent of a graph, for ``corridors osm load`` and logs.

    Returns
    -------
    dict
        ``mode``, ``filter``, ``nodes``, ``edges``, ``length_km`` (sum over directed edges
        divided by two for two-way ways), ``components``, ``bbox`` (west, south, east,
        north) and ``classes`` (way class -> edge count).
    """
    import networkx as nx

    mode = graph.graph.get("corridors_mode", "road")
    key = "railway" if mode == "rail" else "highway"
    classes: Counter[str] = Counter()
    length_m = 0.0
    for _, _, data in graph.edges(data=True):
        value = data.get(key)
        for v in value if isinstance(value, list) else [value]:
            classes[str(v)] += 1
        oneway = data.get("oneway") in {True, "True"}
        length_m += float(data.get("length", 0.0)) * (1.0 if oneway else 0.5)
    xs = [float(d["x"]) for _, d in graph.nodes(data=True)]
    ys = [float(d["y"]) for _, d in graph.nodes(data=True)]
    bbox = (min(xs), min(ys), max(xs), max(ys)) if xs else None
    return {
        "mode": mode,
        "filter": graph.graph.get("corridors_filter"),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "length_km": round(length_m / 1000.0, 3),
        "components": nx.number_weakly_connected_components(graph) if len(graph) else 0,
        "bbox": bbox,
        "classes": dict(classes.most_common()),
    }
