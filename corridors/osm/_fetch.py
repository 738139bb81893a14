"""Download the OSM road or rail network along a corridor with osmnx, and keep it."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corridors.errors import CorridorsError, InputError
from corridors.osm._common import WayFilter, default_osm_dir, osmnx_settings

if TYPE_CHECKING:
    from types import ModuleType

    import networkx as nx
    from shapely import Polygon

__all__ = ["FetchResult", "corridor_polygon", "fetch_graph"]

log = logging.getLogger(__name__)

#: Widest corridor buffer accepted, km (wider asks Overpass for whole countries).
MAX_BUFFER_KM = 100.0

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What :func:`fetch_graph` got: the graph, where it is saved, and how it was obtained.

    ``requests`` counts the Overpass requests made for this graph and ``downloaded`` those
    that went to the network (the rest came from osmnx's cache); both are 0 when the saved
    graph was reused.
    """

    graph: nx.MultiDiGraph
    path: Path
    reused: bool
    requests: int
    downloaded: int


def corridor_polygon(points: Sequence[tuple[float, float]], buffer_km: float = 10.0) -> Polygon:
    """The area within ``buffer_km`` of a line through ``(lat, lon)`` points, in lon/lat.

    The buffer is drawn in an azimuthal equidistant projection centred on the points, so
    its width is true to within 0.5 % for corridors up to 1,500 km from the centre.

    Examples
    --------
    >>> poly = corridor_polygon([(34.0, 71.5), (34.5, 69.2)], buffer_km=10)
    >>> poly.geom_type, poly.is_valid
    ('Polygon', True)
    """
    import numpy as np
    import shapely
    from pyproj import Transformer
    from shapely import LineString, Point

    if not points:
        msg = "A corridor needs at least one (lat, lon) point."
        raise InputError(msg)
    if not 0 < buffer_km <= MAX_BUFFER_KM:
        msg = f"The corridor buffer must be between 0 and {MAX_BUFFER_KM:g} km, not {buffer_km:g}."
        raise InputError(msg)
    for lat, lon in points:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            msg = f"({lat}, {lon}) is not a valid (lat, lon) point."
            raise InputError(msg)
    lat0 = sum(p[0] for p in points) / len(points)
    lon0 = sum(p[1] for p in points) / len(points)
    aeqd = f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +datum=WGS84 +units=m"
    fwd = Transformer.from_crs("EPSG:4326", aeqd, always_xy=True).transform
    back = Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True).transform
    xy = [fwd(lon, lat) for lat, lon in points]
    line = LineString(xy) if len(set(xy)) > 1 else Point(xy[0])
    area = line.buffer(buffer_km * 1000.0, quad_segs=8).segmentize(5000.0)
    poly: Polygon = shapely.transform(
        area, lambda xy: np.column_stack(back(xy[:, 0], xy[:, 1]))
    )
    return poly


def _cache_key(poly: Polygon, filt: WayFilter) -> str:
    from shapely import set_precision

    h = hashlib.sha256()
    h.update(set_precision(poly, 1e-5).wkb)
    h.update(filt.overpass.encode())
    h.update(filt.mode.encode())
    return h.hexdigest()[:16]


@contextmanager
def _counting_requests(ox: ModuleType, progress: Progress | None,
                       total: int) -> Iterator[dict[str, int]]:
    """Wrap osmnx's Overpass request to count requests and report progress."""
    counts = {"requests": 0, "downloaded": 0}
    overpass = getattr(ox, "_overpass", None)
    original = getattr(overpass, "_overpass_request", None)
    if overpass is None or original is None:  # pragma: no cover - osmnx internals moved
        yield counts
        return
    cache = Path(ox.settings.cache_folder)

    @functools.wraps(original)
    def wrapper(data: Any) -> Any:
        before = len(list(cache.glob("*.json"))) if cache.is_dir() else 0
        result = original(data)
        after = len(list(cache.glob("*.json"))) if cache.is_dir() else 0
        counts["requests"] += 1
        fresh = after > before
        counts["downloaded"] += int(fresh)
        if progress is not None:
            n = len(result.get("elements", ())) if isinstance(result, dict) else 0
            how = "downloaded" if fresh else "from cache"
            progress(f"Overpass request {counts['requests']}/{total}: {n:,} elements ({how})")
        return result

    overpass._overpass_request = wrapper
    try:
        yield counts
    finally:
        overpass._overpass_request = original


def _request_total(ox: ModuleType, poly: Polygon) -> int:
    try:
        proj, crs = ox.projection.project_geometry(poly)
        buffered, _ = ox.projection.project_geometry(proj.buffer(500), crs=crs, to_latlong=True)
        return len(ox._overpass._make_overpass_polygon_coord_strs(buffered))
    except Exception:  # pragma: no cover - only used for the progress message
        return 0


def _download(ox: ModuleType, poly: Polygon, filt: WayFilter, *,
              retain_all: bool) -> nx.MultiDiGraph:
    with warnings.catch_warnings():
        # osmnx warns that a long corridor is split into many requests: the progress
        # messages say so instead
        warnings.filterwarnings(
            "ignore", message=r"This area is .* max query area size", category=UserWarning
        )
        graph: nx.MultiDiGraph = ox.graph_from_polygon(
            poly,
            network_type="all",
            custom_filter=filt.overpass,
            retain_all=retain_all,
            simplify=False,
            truncate_by_edge=True,
        )
    return graph


def fetch_graph(
    points: Sequence[tuple[float, float]],
    *,
    mode: str = "road",
    way_filter: WayFilter | None = None,
    buffer_km: float = 10.0,
    folder: str | os.PathLike[str] | None = None,
    out: str | os.PathLike[str] | None = None,
    timeout_s: float = 180.0,
    reuse: bool = True,
    retain_all: bool = False,
    progress: Progress | None = None,
) -> FetchResult:
    """Download the road or rail network within ``buffer_km`` of a route, and save it.

    Parameters
    ----------
    points
        The route's ``(lat, lon)`` points in order (a corridor link's ends and vias, or a
        route's geometry).
    mode
        ``"road"`` or ``"rail"``.
    way_filter
        Which ways to ask Overpass for; default ``WayFilter(mode)`` (motorway, trunk and
        primary roads, or ``railway=rail``).  Rail keeps gauge, electrified, maxspeed, usage
        and service tags.
    buffer_km
        Half-width of the corridor.
    folder
        Where osmnx's HTTP cache (``http/``) and saved graphs (``graphs/``) live; default
        :func:`~corridors.osm.default_osm_dir`.
    out
        Save the graph here instead (``.graphml``, or ``.gpkg`` for GIS use; a GeoPackage is
        not reused).
    timeout_s
        Timeout of each Overpass request.
    reuse
        Return the saved graph when this corridor and filter were fetched before.
    retain_all
        Keep every connected component instead of only the largest.
    progress
        Called with a one-line message per step (the CLI prints them).

    Returns
    -------
    FetchResult
        The graph and the path it is saved at.

    Raises
    ------
    InputError
        When the filter matches nothing in the corridor.
    CorridorsError
        When a download fails or times out; the message says how many responses were cached
        and that running the same call again resumes from them.
    """
    import requests

    filt = way_filter or WayFilter(mode)
    poly = corridor_polygon(points, buffer_km)
    base = Path(folder) if folder is not None else default_osm_dir()
    key = _cache_key(poly, filt)
    target = Path(out) if out is not None else base / "graphs" / f"{filt.mode}-{key}.graphml"
    say = progress or (lambda _msg: None)
    if reuse and target.suffix == ".graphml" and target.is_file():
        from corridors.osm._load import load_graph

        say(f"Reusing saved graph {target}")
        return FetchResult(load_graph(target), target, True, 0, 0)

    http_cache = base / "http"
    settings: dict[str, Any] = {
        "cache_folder": http_cache,
        "use_cache": True,
        "requests_timeout": timeout_s,
    }
    with osmnx_settings(**settings) as ox:
        if filt.mode == "rail":
            ox.settings.bidirectional_network_types = [
                *ox.settings.bidirectional_network_types, "all",
            ]
        total = _request_total(ox, poly)
        say(f"Fetching {filt.describe()} within {buffer_km:g} km of the corridor "
            f"({total} Overpass request(s); cache {http_cache})")
        with _counting_requests(ox, progress, total) as counts:
            try:
                graph = _download(ox, poly, filt, retain_all=retain_all)
            except ox._errors.InsufficientResponseError:
                msg = (
                    f"OpenStreetMap has no {filt.describe()} ways within {buffer_km:g} km of the "
                    "corridor; choose other classes or a wider buffer."
                )
                raise InputError(msg) from None
            except (requests.exceptions.RequestException, ox._errors.ResponseStatusCodeError,
                    TimeoutError, ConnectionError) as exc:
                done = counts["requests"]
                msg = (
                    f"Downloading from Overpass failed after {done} of {total or '?'} request(s) "
                    f"({type(exc).__name__}); the {done} finished response(s) are cached in "
                    f"{http_cache}: run the same command again to resume, or raise the timeout."
                )
                raise CorridorsError(msg) from None
            except ValueError as exc:
                if "no graph nodes" not in str(exc).lower():
                    raise
                msg = (
                    f"The {filt.describe()} ways found leave no graph inside the corridor "
                    f"({buffer_km:g} km buffer); widen the buffer or choose other classes."
                )
                raise InputError(msg) from None
    from corridors.osm._finish import finish_graph
    from corridors.osm._load import save_graph

    graph = finish_graph(graph, filt, source="the corridor", retain_all=retain_all)
    graph.graph["corridors_buffer_km"] = buffer_km

    save_graph(graph, target)
    say(f"Saved {graph.number_of_nodes():,} nodes and {graph.number_of_edges():,} edges "
        f"to {target}")
    return FetchResult(graph, target, False, counts["requests"], counts["downloaded"])
