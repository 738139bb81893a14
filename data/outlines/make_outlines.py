"""Rebuild ``countries.geojson`` from the npm package world-atlas (Natural Earth, 1:50m).

Run from the repository root after ``npm install world-atlas@2.0.2`` (``.ci/browser-setup.sh``
installs it into ``build/npm``)::

    .venv/bin/python data/outlines/make_outlines.py build/npm/node_modules/world-atlas

The TopoJSON is decoded here (quantized, delta-encoded arcs), the countries that touch the
corridor region are clipped to :data:`BBOX`, simplified, and written with their ISO codes.
The output is deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pycountry
import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

#: (west, south, east, north) of the region kept, degrees.
BBOX = (30.0, 15.0, 110.0, 58.0)
#: Douglas-Peucker tolerance, degrees (about 2 km).
TOLERANCE = 0.02
#: Decimal places kept in coordinates (about 100 m).
PRECISION = 3

HERE = Path(__file__).resolve().parent


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts[1:] if out else pts)
    return out


def _geometry(obj: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> dict[str, Any]:
    if obj["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(r, arcs) for r in obj["arcs"]]}
    return {
        "type": "MultiPolygon",
        "coordinates": [[_ring(r, arcs) for r in poly] for poly in obj["arcs"]],
    }


def _round(geom: BaseGeometry) -> dict[str, Any]:
    def rnd(c: Any) -> Any:
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], float):
            return [round(c[0], PRECISION), round(c[1], PRECISION)]
        return [rnd(x) for x in c]

    g = mapping(geom)
    return {"type": g["type"], "coordinates": rnd(g["coordinates"])}


def build(world_atlas: Path) -> dict[str, Any]:
    """The clipped, simplified FeatureCollection built from a world-atlas folder."""
    topo = json.loads((world_atlas / "countries-50m.json").read_text(encoding="utf-8"))
    version = json.loads((world_atlas / "package.json").read_text(encoding="utf-8"))["version"]
    arcs = _decode_arcs(topo)
    features = []
    for obj in topo["objects"]["countries"]["geometries"]:
        if obj.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        geom = shape(_geometry(obj, arcs)).buffer(0)
        clipped = shapely.clip_by_rect(geom, *BBOX)
        if clipped.is_empty:
            continue
        simple = clipped.simplify(TOLERANCE, preserve_topology=True)
        if simple.is_empty or simple.area < 0.01:
            continue
        country = pycountry.countries.get(numeric=obj.get("id", "")) if obj.get("id") else None
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": obj["properties"]["name"],
                    "iso_a2": country.alpha_2 if country else None,
                    "iso_a3": country.alpha_3 if country else None,
                    "iso_n3": obj.get("id"),
                },
                "geometry": _round(simple),
            }
        )
    features.sort(key=lambda f: f["properties"]["name"])
    return {
        "type": "FeatureCollection",
        "name": "countries",
        "source": f"Natural Earth 1:50m admin-0 countries via npm world-atlas@{version}",
        "bbox": list(BBOX),
        "features": features,
    }


def main(argv: list[str]) -> int:
    """Write ``countries.geojson`` beside this script."""
    world_atlas = Path(argv[1] if len(argv) > 1 else "build/npm/node_modules/world-atlas")
    fc = build(world_atlas)
    out = HERE / "countries.geojson"
    text = json.dumps(fc, separators=(",", ":"), ensure_ascii=False)
    out.write_text(text + "\n", encoding="utf-8")
    print(f"{out}: {len(fc['features'])} countries, {len(text) / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
