"""The cost half of the UNESCAP time/cost-distance chart: cumulative cost against distance.

Drawn from a route's cost profile (``Route.economics.profile``, or the ``profile`` property
of a ``routes.geojson`` feature): sloped lines for line haul and freight, vertical steps at
border crossings and transshipments.  Kept apart from :mod:`corridors.maps._static` so the
time chart and this one can change independently.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

from corridors.errors import InputError

__all__ = ["cost_distance_chart", "cost_profile"]

_STYLES = ("-", "--", ":", "-.")


def cost_profile(route: Any) -> list[tuple[float, float, float]]:
    """Cumulative (km, hours, USD) points of a route or GeoJSON route feature ([] if none)."""
    if isinstance(route, dict):
        rows = (route.get("properties") or {}).get("profile") or []
        return [(float(a), float(b), float(c)) for a, b, c in rows]
    eco = getattr(route, "economics", None)
    return list(eco.profile) if eco is not None else []


def _label(route: Any, n: int) -> str:
    if isinstance(route, dict):
        p = route.get("properties") or {}
        return f"{p.get('from', '?')} - {p.get('to', '?')} ({p.get('scenario', n + 1)})"
    return f"{route.origin.name} - {route.destination.name} ({route.scenario})"


def cost_distance_chart(
    route: Any,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    dpi: int = 150,
) -> Path:
    """Draw cumulative cost per container against cumulative distance (UNESCAP style).

    ``route`` is a :class:`~corridors.records.Route` with economics or a GeoJSON route
    feature; a list of them draws one line each (e.g. existing against proposed).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from corridors import route
    >>> r = route("Lahore", "Islamabad", mode="road")
    >>> cost_distance_chart(r, pathlib.Path(tempfile.mkdtemp()) / "cd.png").name
    'cd.png'
    """
    from corridors.maps._static import _pyplot, _save

    items = route if isinstance(route, list) else [route]
    profiles = [(r, cost_profile(r)) for r in items]
    if not any(len(p) > 1 for _, p in profiles):
        raise InputError("The route has no cost profile to chart (no economics computed).")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8.5, 5.2))
    try:
        for n, (r, prof) in enumerate(profiles):
            if len(prof) < 2:
                continue
            xs, ys = [p[0] for p in prof], [p[2] for p in prof]
            ax.plot(xs, ys, ls=_STYLES[n % len(_STYLES)], lw=2.2, label=_label(r, n))
            for (x0, _, c0), (x1, _, c1) in itertools.pairwise(prof):
                if x1 == x0 and c1 - c0 >= 1:  # a step: border or transshipment
                    ax.annotate(f"+{c1 - c0:,.0f}", (x1, c1), fontsize=7,
                                textcoords="offset points", xytext=(3, -3))
        ax.set_xlabel("cumulative distance (km)")
        ax.set_ylabel("cumulative cost per container (USD)")
        first = items[0]
        ax.set_title(title or f"Cost-distance: {_label(first, 0)}")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8, loc="upper left")
        return _save(fig, path, dpi)
    finally:
        plt.close(fig)
