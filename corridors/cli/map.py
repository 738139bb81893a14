"""``corridors map INPUT --out FILE.html``: draw routes or links on an interactive map."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from corridors.cli._options import add_data

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``map`` command."""
    p = subparsers.add_parser(
        "map",
        help="draw routes or proposed links on an interactive HTML map",
        description=(
            "Draw an interactive map (HTML) of the routes in a routes.geojson, of the links in "
            "a links.json (routed when a routes.geojson sits beside it, else as straight "
            "lines), or of the links a text proposes (extracted and routed first). The page "
            "carries Leaflet inline when a local copy is installed (xstatic-leaflet), so it "
            "works offline; --png adds a static image for reports."
        ),
    )
    p.add_argument("input", metavar="INPUT", help="a text file, links.json or routes.geojson")
    p.add_argument("--out", "-o", required=True, metavar="FILE.html", help="map to write")
    p.add_argument("--png", metavar="FILE.png", help="also write a static image of the map")
    p.add_argument("--title", help="title shown on the map")
    p.add_argument(
        "--tiles",
        default="OpenStreetMap",
        help="background tiles: a folium tile name, or 'none' for outlines only "
        "(default OpenStreetMap; tiles need internet, outlines do not)",
    )
    p.add_argument("--no-outlines", action="store_true", help="leave out country outlines")
    p.add_argument("--no-labels", action="store_true", help="leave out distance labels")
    add_data(p)
    p.add_argument(
        "--online",
        action="store_true",
        help="link Leaflet from its CDN instead of inlining it (smaller file, needs internet)",
    )
    p.set_defaults(func=run)


def _load_json(path: Path) -> Any:
    from corridors.errors import InputError

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} looks like JSON but cannot be read ({exc}).") from exc


def _inputs(path: Path) -> tuple[list[Any], Any]:
    """(routes, links) for the map, from any of the three kinds of INPUT."""
    from corridors.errors import CorridorsError, InputError
    from corridors.maps import links_from_json, routes_from_geojson
    from corridors.maps._views import desire_lines

    if not path.is_file():
        raise InputError(f"No such file: {path}.")
    looks_json = path.suffix.lower() in (".json", ".geojson")
    if not looks_json:
        head = path.read_bytes()[:1].strip()
        looks_json = head in (b"{", b"[")
    if looks_json:
        data = _load_json(path)
        if isinstance(data, dict) and data.get("type") == "FeatureCollection":
            routes: list[Any] = routes_from_geojson(path)
            sibling = path.with_name("links.json")
            links = links_from_json(sibling) if sibling.is_file() else None
            return routes, links
        if isinstance(data, dict) and isinstance(data.get("links"), list):
            links = links_from_json(path)
            sibling = path.with_name("routes.geojson")
            if sibling.is_file():
                return list(routes_from_geojson(sibling)), links
            return list(desire_lines(links)), links
        raise InputError(f"{path} is neither a routes.geojson (FeatureCollection) nor a "
                         "links.json ({'links': [...]}).")
    from corridors.cli._text_input import read_article

    text, _label = read_article(str(path))
    try:
        scenarios = importlib.import_module("corridors.scenarios._model")
    except ImportError as exc:
        raise CorridorsError("Mapping a text needs corridors.scenarios._model, which this "
                             "installation lacks; map a links.json or routes.geojson instead."
                             ) from exc
    result = scenarios.model(text)
    found = [lk.to_dict() for lk in result.links]
    if hasattr(result, "features"):  # features carry link ids, roles and evidence
        return list(result.features()), {"links": found}
    return list(result.routes_list), {"links": found}


def run(args: argparse.Namespace) -> int:
    """Write the map (and the static image when asked); print what was written."""
    from corridors._io import check_output_file
    from corridors.maps import check_tiles, route_map, save_map, static_map

    check_output_file(args.out, (".html", ".htm"), "--out")
    if args.png:
        check_output_file(args.png, (".png",), "--png")
    tiles = check_tiles(args.tiles)
    routes, links = _inputs(Path(args.input))
    fmap = route_map(routes, links=links, outlines=not args.no_outlines, tiles=tiles,
                     labels=not args.no_labels, title=args.title)
    out = save_map(fmap, args.out, offline=not args.online)
    size = out.stat().st_size
    print(f"{out}: {len(routes)} route(s), {size / 1e6:.2f} MB", file=sys.stdout)
    if args.png:
        png = static_map(routes, args.png, links=links, title=args.title,
                         labels=not args.no_labels)
        print(f"{png}: static map", file=sys.stdout)
    return 0
