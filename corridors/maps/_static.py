"""Static images for reports: a PNG map of routes and the time/distance chart of a route.

matplotlib runs on its non-interactive Agg canvas (no display needed); files are written
atomically.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corridors._io import atomic_write_bytes
from corridors._optional import require
from corridors.errors import InputError
from corridors.maps._features import LABEL_FRACTIONS, along
from corridors.maps._views import (
    MODE_COLORS,
    RouteView,
    country_outlines,
    display_coords,
    status_class,
    views_of,
)

__all__ = ["static_figure", "static_map", "time_distance_chart"]

_DASH_MPL: dict[str, Any] = {"existing": "-", "under_construction": (0, (1, 2)),
                             "planned": (0, (4, 2.5)), "proposed": (0, (4, 2.5)),
                             "agreed": (0, (4, 2.5))}


#: Line styles that tell apart several routes on one time/distance chart.
_ROUTE_STYLES: list[Any] = ["-", (0, (5, 2)), (0, (1, 1.5)), (0, (6, 2, 1, 2))]


def _pyplot() -> Any:
    require("matplotlib").use("Agg", force=False)
    return require("matplotlib.pyplot")


def _save(fig: Any, path: str | os.PathLike[str], dpi: int) -> Path:
    from matplotlib.text import Text

    from corridors.errors import InputError

    # Names and titles come from input files: "$...$" in them is text, not mathtext.
    for artist in fig.findobj(Text):
        artist.set_parse_math(False)
    buf = io.BytesIO()
    fmt = Path(path).suffix.lstrip(".").lower() or "png"
    if fmt not in fig.canvas.get_supported_filetypes():
        raise InputError(f"Cannot write a {fmt!r} image ({path}); use .png, .svg or .pdf.")
    fig.savefig(buf, format=fmt, dpi=dpi, bbox_inches="tight",
                metadata={"Software": None} if fmt == "png" else None)
    return atomic_write_bytes(path, buf.getvalue())


def _linestyle(status: str) -> Any:
    return _DASH_MPL.get(status, "-" if status_class(status) == "existing" else (0, (4, 2.5)))


def static_map(
    routes: Iterable[Any],
    path: str | os.PathLike[str],
    *,
    links: Any = None,
    title: str | None = None,
    labels: bool = True,
    dpi: int = 150,
) -> Path:
    """Draw routes over the country outlines to a PNG (or SVG/PDF, by the file's suffix).

    Lines are coloured by mode, solid where existing and dashed where proposed or planned;
    cities, border crossings and airports are marked; legs carry distance labels along
    their line.  Labels are placed by priority (route ends, then long legs, then country
    names), each where it overlaps no text already placed, or left out.  A scale bar, the
    title and the credits sit clear of the map's axes.

    Parameters
    ----------
    routes
        Routes or route features, as for :func:`~corridors.maps.route_map`.
    path
        Where to write the image.
    links
        The ``links.json`` document (unused in the picture; accepted for symmetry).
    title
        Title above the map.
    labels
        Put distance labels on long legs.
    dpi
        Resolution of a raster image.

    Returns
    -------
    pathlib.Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from corridors.maps._demo import demo_routes
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> static_map(demo_routes(), folder / "map.png").name
    'map.png'
    """
    plt = _pyplot()
    fig = static_figure(routes, links=links, title=title, labels=labels)
    try:
        return _save(fig, path, dpi)
    finally:
        plt.close(fig)


@dataclass
class _Label:
    """A text to place: candidate anchors (x, y in data coordinates, offset dx, dy in points,
    horizontal alignment), best first."""

    text: str
    at: list[tuple[float, float, float, float, str]]
    priority: float
    style: dict[str, Any]


def static_figure(routes: Iterable[Any], *, links: Any = None, title: str | None = None,
                  labels: bool = True) -> Any:
    """The figure :func:`static_map` saves, with its labels placed (see there).

    The placed labels carry the gid ``corridors-label``; the caller closes the figure.
    """
    plt = _pyplot()
    views = views_of(routes, links)
    fig, ax = plt.subplots(figsize=(10, 7.5))
    bounds = [b for b in (v.bounds() for v in views) if b is not None]
    if bounds:
        west, south = min(b[0] for b in bounds), min(b[1] for b in bounds)
        east, north = max(b[2] for b in bounds), max(b[3] for b in bounds)
    else:
        west, south, east, north = 44.0, 23.0, 90.0, 50.0
    pad = max(east - west, north - south) * 0.08 + 0.5
    west, east, south, north = west - pad, east + pad, south - pad, north + pad
    texts = _draw_outlines(ax, (west, south, east, north))
    modes, statuses, kinds, more = _draw_routes(ax, views, labels)
    _legend(ax, modes, statuses, kinds)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.set_facecolor("#dfe8ef")
    ax.tick_params(labelsize=7)
    ax.set_xlabel("longitude (°E)", fontsize=8)
    ax.set_ylabel("latitude (°N)", fontsize=8)
    scale = _scale_bar(ax, west, east, south, north)
    if title:
        ax.set_title(title, fontsize=12, pad=10)
    _place_labels(fig, ax, [*more, *texts], fixed=[scale])
    _credits(fig, ax)
    return fig


def _draw_routes(ax: Any, views: list[RouteView], labels: bool
                 ) -> tuple[list[str], set[str], set[str], list[_Label]]:
    """Lines with a white casing, place markers; the labels they want, to be placed."""
    modes: list[str] = []
    statuses: set[str] = set()
    places: dict[str, tuple[float, float, str]] = {}
    wanted: dict[tuple[float, float], _Label] = {}
    for view in views:
        for leg in view.legs:
            pts = display_coords(leg)
            if len(pts) < 2:
                continue
            mode = leg.mode if leg.mode in MODE_COLORS else "road"
            if mode != "transfer" and mode not in modes:
                modes.append(mode)
            statuses.add(status_class(leg.status))
            xs, ys = zip(*pts, strict=True)
            ax.plot(xs, ys, color="white", lw=5.0, solid_capstyle="round", zorder=3)
            ax.plot(xs, ys, color=MODE_COLORS[mode], lw=2.8, ls=_linestyle(leg.status),
                    solid_capstyle="round", zorder=4)
            if labels and leg.mode != "transfer" and leg.distance_km >= 40.0:
                at = [(*along(pts, f), 0.0, 0.0, "center") for f in LABEL_FRACTIONS]
                wanted.setdefault((round(at[0][0], 2), round(at[0][1], 2)), _Label(
                    f"{leg.distance_km:,.0f} km", at, 10.0 - leg.distance_km / 1e4,
                    {"fontsize": 7, "va": "center", "zorder": 8,
                     "bbox": {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "#888",
                              "lw": 0.5, "alpha": 0.9}}))
            for name, (x, y) in ((leg.from_name, pts[0]), (leg.to_name, pts[-1])):
                kind = "airport" if leg.mode == "air" else "city"
                places.setdefault(name, (x, y, kind))
        for c in view.crossings:
            if c.lon is not None and c.lat is not None:
                places[c.name] = (c.lon, c.lat, "border_crossing")
    ends = {v.from_name for v in views} | {v.to_name for v in views}
    kinds = set()
    for name, (x, y, kind) in places.items():
        kinds.add(kind)
        if kind == "border_crossing":
            ax.plot(x, y, marker="s", ms=5, mfc="#444", mec="white", mew=1, zorder=6)
        elif kind == "airport":
            ax.plot(x, y, marker="^", ms=6, mfc="#333", mec="white", mew=1, zorder=6)
        else:
            ax.plot(x, y, marker="o", ms=6 if name in ends else 4, mfc="#222",
                    mec="white", mew=1, zorder=6)
        if name in ends:
            # To the right of the marker, else left, above or below it.
            wanted[(x, y)] = _Label(name, [(x, y, 5, 2, "left"), (x, y, -5, 2, "right"),
                                           (x, y, 0, 8, "center"), (x, y, 0, -12, "center")],
                                    0.0, {"fontsize": 9, "fontweight": "bold", "zorder": 9,
                                          "path_effects": _halo()})
    return modes, statuses, kinds, list(wanted.values())


def _legend(ax: Any, modes: list[str], statuses: set[str], kinds: set[str]) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=MODE_COLORS[m], lw=2.8, label=m) for m in modes]
    handles.append(Line2D([], [], color="#555", lw=2.2, label="existing"))
    if "proposed" in statuses:
        handles.append(Line2D([], [], color="#555", lw=2.2, ls=(0, (4, 2.5)),
                              label="proposed / planned"))
    marks = {"city": ("o", "#222", "city"), "border_crossing": ("s", "#444",
                                                                 "border crossing"),
             "airport": ("^", "#333", "airport")}
    for kind in ("city", "border_crossing", "airport"):
        if kind in kinds:
            mk, col, lab = marks[kind]
            handles.append(Line2D([], [], ls="", marker=mk, mfc=col, mec="white", ms=7,
                                  label=lab))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
              framealpha=0.92, borderaxespad=0.0)


def _overlaps(a: Any, b: Any, gap: float = 1.0) -> bool:
    return not (a.x1 + gap <= b.x0 or b.x1 + gap <= a.x0 or a.y1 + gap <= b.y0
                or b.y1 + gap <= a.y0)


def _place_labels(fig: Any, ax: Any, wanted: list[_Label], fixed: list[Any]) -> None:
    """Put each label, by priority, at its first candidate where it overlaps no text placed
    yet and stays inside the axes; leave it out where there is none."""
    fig.canvas.draw()  # the axes take their final place (aspect) only when drawn
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed = [t.get_window_extent(renderer) for t in fixed]
    for label in sorted(wanted, key=lambda lb: lb.priority):
        for x, y, dx, dy, ha in label.at:
            text = ax.annotate(label.text, (x, y), xytext=(dx, dy), textcoords="offset points",
                               ha=ha, annotation_clip=True, gid="corridors-label",
                               **label.style)
            text.set_parse_math(False)
            box = text.get_window_extent(renderer)
            patch = text.get_bbox_patch()
            if patch is not None:
                text.update_bbox_position_size(renderer)
                box = patch.get_window_extent(renderer)
            inside = (frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0
                      and box.y1 <= frame.y1)
            if inside and not any(_overlaps(box, other) for other in placed):
                placed.append(box)
                break
            text.remove()


def _credits(fig: Any, ax: Any) -> None:
    """The outlines' credit, under the x-axis label and clear of it."""
    renderer = fig.canvas.get_renderer()
    below = ax.xaxis.label.get_window_extent(renderer).y0 - 4
    right = ax.get_window_extent(renderer).x1
    fig.text(right / fig.bbox.width, below / fig.bbox.height,
             "Outlines: Natural Earth (public domain)", ha="right", va="top", fontsize=6,
             color="#666")


def _halo() -> list[Any]:
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=3, foreground="white")]


def _draw_outlines(ax: Any, bbox: tuple[float, float, float, float]) -> list[_Label]:
    """The country outlines; their names, to be placed last (see ``_place_labels``)."""
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath
    from shapely import box
    from shapely.geometry import shape

    view = box(*bbox)
    names = []
    for feature in country_outlines()["features"]:
        geom = shape(feature["geometry"])
        if not geom.intersects(view):
            continue
        polys = list(getattr(geom, "geoms", [geom]))
        for poly in polys:
            verts: list[tuple[float, float]] = []
            codes: list[Any] = []
            for ring in (poly.exterior, *poly.interiors):
                pts = list(ring.coords)
                verts += pts
                codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(pts) - 2) + \
                    [MplPath.CLOSEPOLY]
            ax.add_patch(PathPatch(MplPath(verts, codes), fc="#f4f1ea", ec="#8a8a8a", lw=0.6,
                                   zorder=1))
        visible = geom.intersection(view)
        name = feature["properties"].get("name")
        if name and feature["properties"].get("iso_a2") and visible.area > view.area * 0.02:
            c = visible.representative_point()
            names.append(_Label(name.upper(), [(c.x, c.y, 0.0, 0.0, "center")],
                                100.0 - visible.area / 1e3,
                                {"fontsize": 7, "color": "#9a9a9a", "va": "center",
                                 "zorder": 2}))
    return names


def _scale_bar(ax: Any, west: float, east: float, south: float, north: float) -> Any:
    lat = south + (north - south) * 0.06
    km_per_deg = 111.32 * math.cos(math.radians(lat))
    target = (east - west) * km_per_deg / 5
    length = next(v for v in (50, 100, 200, 250, 500, 1000, 2000, 5000) if v >= target * 0.6)
    x1 = east - (east - west) * 0.04
    x0 = x1 - length / km_per_deg
    ax.plot([x0, x1], [lat, lat], color="#222", lw=2.5, solid_capstyle="butt", zorder=9)
    return ax.annotate(f"{length:,} km", ((x0 + x1) / 2, lat), xytext=(0, 4),
                       textcoords="offset points", ha="center", fontsize=7, zorder=9,
                       path_effects=_halo(), gid="corridors-scale")


def time_distance_chart(
    route: Any,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    dpi: int = 150,
) -> Path:
    """Draw a route's cumulative time against cumulative distance (UNESCAP style).

    Moving legs are sloped lines coloured by mode; border crossings and transshipments are
    vertical steps, labelled with their hours.

    Parameters
    ----------
    route
        A :class:`~corridors.records.Route` or a GeoJSON route feature; a list of them
        draws one line each (e.g. existing against proposed).
    path
        Where to write the image.
    title
        Title of the chart (default: the route's ends).
    dpi
        Resolution of a raster image.

    Returns
    -------
    pathlib.Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from corridors.maps._demo import demo_routes
    >>> road, rail, air = demo_routes()
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> time_distance_chart([road, rail], folder / "td.png").name
    'td.png'
    """
    plt = _pyplot()
    from matplotlib.lines import Line2D

    items = route if isinstance(route, list) else [route]
    views = views_of(items)
    if not views or not any(v.legs for v in views):
        raise InputError("The route has no legs to chart.")
    fig, ax = plt.subplots(figsize=(8.5, 5.2))
    try:
        modes: list[str] = []
        kinds: set[str] = set()
        route_handles: list[Any] = []
        width = max(sum(st[2] for st in _steps(v)) for v in views) or 1.0
        for n, view in enumerate(views):
            steps = _steps(view)
            style = _ROUTE_STYLES[n % len(_ROUTE_STYLES)] if len(views) > 1 else "-"
            d = t = 0.0
            for kind, label, dist, hours, mode in steps:
                if kind == "leg":
                    color = MODE_COLORS.get(mode, "#333")
                    if mode not in modes:
                        modes.append(mode)
                    ax.plot([d, d + dist], [t, t + hours], color=color, lw=2.4, ls=style,
                            solid_capstyle="round")
                    d, t = d + dist, t + hours
                else:
                    kinds.add(kind)
                    color = "#c2185b" if kind == "border" else "#444"
                    ax.plot([d, d], [t, t + hours], color=color, lw=2.4,
                            solid_capstyle="butt")
                    right = d > width * 0.7
                    ax.annotate(f"{label} {hours:.1f} h", (d, t + hours / 2),
                                xytext=(-4 if right else 4, 0), textcoords="offset points",
                                fontsize=7, va="center", ha="right" if right else "left",
                                color=color, path_effects=_halo())
                    t += hours
            ax.annotate(f"{d:,.0f} km\n{t:,.1f} h", (d, t), xytext=(5, 0),
                        textcoords="offset points", ha="left", va="center", fontsize=8,
                        fontweight="bold", path_effects=_halo())
            if len(views) > 1:
                crossing = ", ".join(c for c in view.countries) if view.countries else ""
                route_handles.append(Line2D([], [], color="#555", lw=2.0, ls=style, label=(
                    f"{view.title}: {view.mode}, {view.scenario}"
                    + (f" ({crossing})" if crossing else ""))))
        ax.set_xlabel("cumulative distance (km)")
        ax.set_ylabel("cumulative time (h)")
        ax.set_xlim(0, width * 1.12)
        ax.set_ylim(0, ax.get_ylim()[1] * (1.08 + 0.07 * len(route_handles)))
        ax.grid(True, color="#ddd", lw=0.6)
        ax.set_axisbelow(True)
        handles = [Line2D([], [], color=MODE_COLORS.get(m, "#333"), lw=2.4, label=m)
                   for m in modes]
        if "border" in kinds:
            handles.append(Line2D([], [], color="#c2185b", lw=2.4, label="border crossing"))
        if "transship" in kinds:
            handles.append(Line2D([], [], color="#444", lw=2.4, label="transshipment"))
        ax.legend(handles=route_handles + handles, loc="upper left", fontsize=8)
        first = views[0]
        ax.set_title(title or f"Time/distance: {first.from_name} → {first.to_name}",
                     fontsize=11)
        return _save(fig, path, dpi)
    finally:
        plt.close(fig)


def _steps(view: RouteView) -> list[tuple[str, str, float, float, str]]:
    """(kind, label, km, hours, mode) in route order: legs, border and transshipment stops."""
    by_end: dict[str, list[tuple[str, float]]] = {}
    for c in view.crossings:
        by_end.setdefault(c.name, []).append((c.name, c.dwell_h))
    # Where transshipment happens: transfer legs, changes of mode or of rail gauge.
    breaks: list[int] = []
    moving = list(view.legs)
    for i, leg in enumerate(moving):
        if leg.mode == "transfer" or (i > 0 and moving[i - 1].mode != "transfer" and (
            moving[i - 1].mode != leg.mode
            or (leg.mode == "rail" and moving[i - 1].gauge_mm and leg.gauge_mm
                and moving[i - 1].gauge_mm != leg.gauge_mm)
        )):
            breaks.append(i)
    share = view.transship_h / len(breaks) if breaks and view.transship_h > 0 else 0.0
    steps: list[tuple[str, str, float, float, str]] = []
    for i, leg in enumerate(moving):
        if i in breaks and share:
            steps.append(("transship", "transshipment", 0.0, share, ""))
        if leg.mode != "transfer" or leg.distance_km > 0 or leg.time_h > 0:
            steps.append(("leg", "", leg.distance_km, leg.time_h, leg.mode))
        for name, dwell in by_end.pop(leg.to_name, []):
            if dwell > 0:
                steps.append(("border", name, 0.0, dwell, ""))
    for rest in by_end.values():  # crossings not found on a leg end: charge them at the end
        steps.extend(("border", name, 0.0, dwell, "") for name, dwell in rest if dwell > 0)
    if view.transship_h > 0 and not breaks:
        steps.append(("transship", "transshipment", 0.0, view.transship_h, ""))
    return steps
