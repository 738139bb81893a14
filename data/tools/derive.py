"""Figures of ``parameters.csv`` derived from the other tables, recomputed by ``check.py``.

- ``circuity_<mode>_<terrain>``: the median, over this dataset's segments of that mode and
  terrain with a published length, of published length / WGS84 geodesic length through the
  segment's nodes (groups with fewer than two such segments take a documented fallback,
  which is written out in the parameter's source text and not recomputed here).
- ``air_taxi_h``: mean of (reported block time - geodesic distance / cruise speed) over the
  two flights whose block time was reported (see the parameter's source text).
"""
from __future__ import annotations

import itertools
import statistics

import airportsdata
from pyproj import Geod

_G = Geod(ellps="WGS84")
#: (from, to, reported block time h) of the flights behind ``air_taxi_h``.
BLOCK_TIMES = (("LHE", "ALA", 2.0), ("ISB", "TAS", 2.0))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return float(_G.inv(lon1, lat1, lon2, lat2)[2]) / 1000.0


def circuity_medians(nodes: dict[str, dict[str, str]],
                     segments: list[dict[str, str]]) -> dict[str, float]:
    """``circuity_<mode>_<terrain>`` -> median ratio, for groups of two or more segments."""
    groups: dict[str, list[float]] = {}
    for s in segments:
        if not s["length_km"]:
            continue
        path = [s["from"], *filter(None, s["via"].split("|")), s["to"]]
        geo = sum(_km(float(nodes[a]["lat"]), float(nodes[a]["lon"]),
                      float(nodes[b]["lat"]), float(nodes[b]["lon"]))
                  for a, b in itertools.pairwise(path))
        groups.setdefault(f"circuity_{s['mode']}_{s['terrain']}", []).append(
            float(s["length_km"]) / geo)
    return {k: statistics.median(v) for k, v in groups.items() if len(v) >= 2}


def air_taxi_h(cruise_kmh: float) -> float:
    """The taxi/climb/descent allowance implied by the reported block times."""
    ap = airportsdata.load("IATA")
    return statistics.mean(
        h - _km(ap[a]["lat"], ap[a]["lon"], ap[b]["lat"], ap[b]["lon"]) / cruise_kmh
        for a, b, h in BLOCK_TIMES)


def derived_parameters(nodes: dict[str, dict[str, str]], cruise_kmh: float,
                       segments: list[dict[str, str]]) -> dict[str, float]:
    """Every derived parameter this module can recompute."""
    out = circuity_medians(nodes, segments)
    out["air_taxi_h"] = air_taxi_h(cruise_kmh)
    return out
