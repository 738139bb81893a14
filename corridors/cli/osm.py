"""``corridors osm``: real road and rail networks from OpenStreetMap.

``osm fetch`` downloads the network along a corridor (osmnx, cached, saved as GraphML),
``osm load`` reads a local .osm/.osm.bz2/.osm.pbf file or saved graph and says what is in it,
``osm route`` routes on such a graph, and ``osm circuity`` compares the corridor dataset's
segments with it.  ``corridors route --network osm --osm-file FILE`` routes the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from corridors.cli._options import add_data, add_format, positive_km
from corridors.cli._osm_options import add_way_filter_options, way_filter

if TYPE_CHECKING:  # pragma: no cover
    pass

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "osm",
        help="real road and rail networks from OpenStreetMap (fetch, load, route, circuity)",
        description="Work with OpenStreetMap road and rail graphs along the corridors.",
    )
    osub = p.add_subparsers(dest="osm_command", metavar="ACTION")
    osub.required = True

    f = osub.add_parser(
        "fetch",
        help="download the network within a buffer of a route (needs internet)",
        description="Download the OSM road or rail network within --buffer-km of a line "
        "through PLACEs (names or LAT,LON), of corridor segments (--segment), or of a "
        "route saved with 'corridors route --format geojson' (--route-geojson). Responses "
        "are cached and the graph saved as GraphML, reused on the next call.",
    )
    f.add_argument("places", nargs="*", metavar="PLACE", help="points of the corridor, in order")
    f.add_argument("--segment", action="append", default=[], metavar="ID",
                   help="a corridor dataset segment to follow (repeatable)")
    add_data(f)
    f.add_argument("--route-geojson", metavar="FILE",
                   help="follow the geometry of a route GeoJSON (Feature or FeatureCollection)")
    add_way_filter_options(f)
    f.add_argument("--buffer-km", type=float, default=10.0,
                   help="corridor half-width in km (default 10)")
    f.add_argument("--out", metavar="FILE",
                   help="save the graph here (.graphml or .gpkg) instead of the cache folder")
    f.add_argument("--cache-dir", metavar="DIR",
                   help="folder for osmnx's HTTP cache and saved graphs "
                   "(default: corridors cache folder / osm)")
    f.add_argument("--timeout", type=float, default=180.0, metavar="SECONDS",
                   help="timeout of each Overpass request (default 180)")
    f.add_argument("--refresh", action="store_true",
                   help="rebuild the graph even when a saved one exists")
    add_format(f, ("table", "json"))
    f.set_defaults(func=run, osm_run=_fetch)

    ld = osub.add_parser(
        "load",
        help="read a local .osm/.osm.bz2/.osm.pbf file or saved graph and describe it",
        description="Read an OSM file (XML via osmnx, PBF via pyosmium) or a saved .graphml "
        "graph, keep the chosen road or rail ways, and print what was loaded.",
    )
    ld.add_argument("file", metavar="FILE")
    add_way_filter_options(ld)
    ld.add_argument("--engine", choices=("auto", "osmnx", "osmium"), default="auto",
                    help="reader for XML files (default auto: osmnx for XML, pyosmium for PBF)")
    ld.add_argument("--save", metavar="FILE", help="also save the graph (.graphml or .gpkg)")
    add_format(ld, ("table", "json"))
    ld.set_defaults(func=run, osm_run=_load)

    r = osub.add_parser(
        "route",
        help="route between two places on an OSM graph",
        description="Route on an OSM graph; FROM and TO take a place name or LAT,LON and are "
        "snapped to the nearest graph node. Same as 'corridors route --network osm'.",
    )
    r.add_argument("origin", metavar="FROM")
    r.add_argument("destination", metavar="TO")
    r.add_argument("--osm-file", required=True, metavar="FILE",
                   help="OSM XML/PBF file or saved .graphml graph")
    add_way_filter_options(r)
    r.add_argument("--optimize", choices=("time", "distance"), default="time",
                   help="fastest (default) or shortest")
    r.add_argument("--max-snap-km", type=positive_km, default=10.0,
                   help="refuse places farther than this from the graph (default 10)")
    add_format(r, ("table", "json"))
    r.set_defaults(func=run, osm_run=_route)

    c = osub.add_parser(
        "circuity",
        help="compare corridor segments with the real OSM network",
        description="For each corridor segment of the mode covered by the graph: the "
        "shortest OSM distance through its nodes, its straight-line length, their ratio "
        "(circuity) and the ratio to the dataset's length.",
    )
    c.add_argument("--osm-file", required=True, metavar="FILE",
                   help="OSM XML/PBF file or saved .graphml graph")
    c.add_argument("--segment", action="append", default=[], metavar="ID",
                   help="only these segments (repeatable; default all of the mode)")
    add_way_filter_options(c)
    c.add_argument("--max-snap-km", type=positive_km, default=10.0,
                   help="a node farther than this from the graph is not covered (default 10)")
    add_data(c)
    add_format(c, ("table", "json"))
    c.set_defaults(func=run, osm_run=_circuity)


def run(args: argparse.Namespace) -> int:
    """Dispatch to the chosen ``osm`` action."""
    code: int = args.osm_run(args)
    sys.stdout.flush()
    return code


def _progress(args: argparse.Namespace) -> Any:
    if args.quiet:
        return None
    return lambda msg: print(f"corridors: {msg}", file=sys.stderr, flush=True)


def _print_summary(summary: dict[str, Any], path: str, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps({"file": path, **summary}, ensure_ascii=False, indent=2))
        return
    bbox = summary["bbox"]
    lines = [
        f"{path}: {summary['mode']} graph ({summary['filter'] or 'as saved'})",
        f"  nodes       {summary['nodes']:,}",
        f"  edges       {summary['edges']:,}",
        f"  length      {summary['length_km']:,.1f} km of ways",
        f"  components  {summary['components']}",
    ]
    if bbox:
        lines.append(
            f"  extent      lon {bbox[0]:.4f}..{bbox[2]:.4f}, lat {bbox[1]:.4f}..{bbox[3]:.4f}"
        )
    classes = ", ".join(f"{k} {v}" for k, v in list(summary["classes"].items())[:8])
    lines.append(f"  classes     {classes}")
    print("\n".join(lines))


def _load(args: argparse.Namespace) -> int:
    from corridors.osm import graph_summary, load_graph, save_graph

    graph = load_graph(args.file, way_filter=way_filter(args), retain_all=args.all_components,
                       engine=args.engine)
    if args.save:
        saved = save_graph(graph, args.save)
        if not args.quiet:
            print(f"corridors: saved the graph to {saved}", file=sys.stderr)
    _print_summary(graph_summary(graph), args.file, args.format)
    return 0


def _corridor_points(args: argparse.Namespace) -> list[tuple[float, float]]:
    from corridors.errors import InputError

    sources = sum(bool(x) for x in (args.places, args.segment, args.route_geojson))
    if sources != 1:
        msg = "Give the corridor one way: PLACEs, --segment IDs or --route-geojson FILE."
        raise InputError(msg)
    if args.route_geojson:
        return _geojson_points(args.route_geojson)
    if args.segment:
        from corridors.dataset._load import load_dataset

        ds = load_dataset(args.data)
        segs = {s.id: s for s in ds.segments}
        points: list[tuple[float, float]] = []
        for sid in args.segment:
            if sid not in segs:
                msg = f"No corridor segment has id {sid!r}; see data/segments.csv."
                raise InputError(msg)
            seg = segs[sid]
            for nid in (seg.from_id, *seg.via, seg.to_id):
                pt = (ds.nodes[nid].lat, ds.nodes[nid].lon)
                if not points or points[-1] != pt:
                    points.append(pt)
        return points
    from corridors.osm._route import _resolve

    out = []
    for text in args.places:
        place = _resolve(text, "place")
        assert place.lat is not None and place.lon is not None  # _resolve guarantees it
        out.append((place.lat, place.lon))
    return out


def _first_geometry(doc: Any) -> Any:
    """The geometry of a GeoJSON document: its first feature's, a feature's, or itself."""
    if not isinstance(doc, dict):
        return None
    if doc.get("type") == "FeatureCollection":
        feats = doc.get("features")
        first = feats[0] if isinstance(feats, list) and feats else None
        return first.get("geometry") if isinstance(first, dict) else None
    if doc.get("type") == "Feature":
        return doc.get("geometry")
    return doc.get("geometry", doc)


def _line_coords(geom: Any) -> list[Any]:
    """The positions of a LineString or MultiLineString (empty for anything else)."""
    if not isinstance(geom, dict) or not isinstance(geom.get("coordinates"), list):
        return []
    if geom.get("type") == "LineString":
        return list(geom["coordinates"])
    if geom.get("type") == "MultiLineString":
        return [c for part in geom["coordinates"] if isinstance(part, list) for c in part]
    return []


def _geojson_points(path: str) -> list[tuple[float, float]]:
    from pathlib import Path

    from corridors._latlon import check_point
    from corridors.errors import InputError

    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        msg = f"Cannot read the route GeoJSON {path!r} ({type(exc).__name__})."
        raise InputError(msg) from None
    coords = _line_coords(_first_geometry(doc))
    try:
        points = [check_point(c[1], c[0]) for c in coords]
    except (TypeError, IndexError, KeyError, InputError):
        points = []
    if not points:
        msg = f"The route GeoJSON {path!r} has no LineString geometry to follow."
        raise InputError(msg)
    return points


def _fetch(args: argparse.Namespace) -> int:
    from corridors.osm import fetch_graph, graph_summary

    result = fetch_graph(
        _corridor_points(args),
        way_filter=way_filter(args),
        buffer_km=args.buffer_km,
        folder=args.cache_dir,
        out=args.out,
        timeout_s=args.timeout,
        reuse=not args.refresh,
        retain_all=args.all_components,
        progress=_progress(args),
    )
    _print_summary(graph_summary(result.graph), str(result.path), args.format)
    return 0


def _route(args: argparse.Namespace) -> int:
    from corridors.osm import load_graph, route_osm

    graph = load_graph(args.osm_file, way_filter=way_filter(args), retain_all=args.all_components)
    r = route_osm(graph, args.origin, args.destination, optimize=args.optimize,
                  max_snap_km=args.max_snap_km)
    if args.format == "json":
        print(json.dumps(r.to_dict(), ensure_ascii=False, indent=2))
    else:
        from corridors.cli._route_table import format_route_table

        print(format_route_table(r))
    return 0


def _circuity(args: argparse.Namespace) -> int:
    from corridors.dataset._load import load_dataset
    from corridors.errors import InputError
    from corridors.osm import circuity_summary, dataset_segments, load_graph, segment_circuity

    graph = load_graph(args.osm_file, way_filter=way_filter(args), retain_all=args.all_components)
    mode = str(graph.graph.get("corridors_mode", args.mode))
    segments = dataset_segments(load_dataset(args.data), mode=mode)
    if args.segment:
        known = {s[0] for s in segments}
        missing = [s for s in args.segment if s not in known]
        if missing:
            msg = f"No {mode} segment has id {missing[0]!r}; see data/segments.csv."
            raise InputError(msg)
        segments = [s for s in segments if s[0] in set(args.segment)]
    results = segment_circuity(graph, segments, max_snap_km=args.max_snap_km)
    summary = circuity_summary(results)
    if args.format == "json":
        doc = {"file": args.osm_file, "mode": mode, "summary": summary,
               "segments": [r.to_dict() for r in results]}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0

    def num(x: float | None, spec: str) -> str:
        return "-" if x is None else format(x, spec)

    print(f"{'segment':<16} {'straight km':>11} {'dataset km':>10} {'OSM km':>8} "
          f"{'circuity':>8} {'OSM/dataset':>11}  status")
    for r in results:
        print(f"{r.segment_id:<16} {num(r.straight_km, '11.1f')} {num(r.dataset_km, '10.1f')} "
              f"{num(r.osm_km, '8.1f')} {num(r.circuity, '8.3f')} {num(r.ratio, '11.3f')}  "
              f"{r.status}")
    print(f"\n{summary['measured']} of {summary['segments']} segments covered by the graph; "
          f"median circuity {num(summary['circuity_median'], '.3f')}, "
          f"median OSM/dataset {num(summary['ratio_median'], '.3f')}.")
    return 0
