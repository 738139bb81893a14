"""The scenario file's schema, declared once: the loader validates against it and the
published JSON Schema (``scenario.schema.json``) is generated from it.

Each table of the file (the top level, ``[[links]]``, ``[[lines]]``, ``[[flights]]``,
``[[segments]]``, ``[[crossings]]``, ``[[speeds]]``) is a map of key -> :class:`Field`;
``[parameters]`` is a map of parameter name -> number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from corridors.dataset._load import (
    AIR_STATUSES,
    CROSSING_STATUSES,
    GAUGES,
    ROAD_CLASSES,
    SEGMENT_STATUSES,
    TERRAINS,
)
from corridors.records.link import MODES as LINK_MODES
from corridors.records.link import STATUSES as LINK_STATUSES

__all__ = ["LISTS", "TABLES", "Field", "json_schema"]

#: The longest dwell a crossing may be given (30 days), as in border_crossings.csv.
MAX_DWELL_H = 24 * 30.0


@dataclass(frozen=True)
class Field:
    """One key of a table: its type, whether it is required, its allowed values or range."""

    type: str  # str | number | integer | bool | str_list | place | place_list
    doc: str
    required: bool = False
    enum: tuple[Any, ...] = ()
    lo: float = -math.inf
    hi: float = math.inf
    min_items: int = 0


_NOTE = Field("str", "a free note, kept with the edit")
_SOURCE = Field("str", "where the figure comes from (shown as the source of the route's legs)")

#: The top-level keys (the arrays of tables are listed in :data:`LISTS`).
TOP: dict[str, Field] = {
    "name": Field("str", "a short name for the scenario (used in comparisons)", required=True),
    "description": Field("str", "what the scenario asks"),
    "base": Field("str", "a scenario file this one extends (a path relative to this file)"),
    "drop_links": Field("str_list", "ids of links of the base scenario to leave out"),
}

TABLES: dict[str, dict[str, Field]] = {
    "links": {
        "id": Field("str", "the link's id (L1, L2, ...); given when missing"),
        "mode": Field("str", "transport mode; land = road and rail", required=True,
                      enum=LINK_MODES),
        "from": Field("place_list", "origins: place names or {name, country, kind, lat, lon}",
                      required=True, min_items=1),
        "to": Field("place_list", "destinations", required=True, min_items=1),
        "via": Field("place_list", "places or countries the link passes through"),
        "status": Field("str", "the link's status", enum=LINK_STATUSES),
        "directed": Field("bool", "from -> to (true) or between (false)"),
        "evidence": Field("str", "the sentence that supports the link"),
        "confidence": Field("number", "how sure the extractor was", lo=0.0, hi=1.0),
        "note": _NOTE,
    },
    "lines": {
        "id": Field("str", "an id for the new line (unique in the scenario)", required=True),
        "mode": Field("str", "road or rail", required=True, enum=("road", "rail")),
        "through": Field("str_list", "the places the line runs through, in order",
                         required=True, min_items=2),
        "status": Field("str", "default proposed", enum=SEGMENT_STATUSES),
        "gauge_mm": Field("integer", "rail gauge (default: the gauge of a line already at "
                          "either end)", enum=GAUGES),
        "road_class": Field("str", "road class, which sets its speed (default highway)",
                            enum=ROAD_CLASSES),
        "speed_kmh": Field("number", "the line's own speed, instead of the speed table's",
                           lo=1.0, hi=400.0),
        "terrain": Field("str", "terrain (default hilly)", enum=TERRAINS),
        "length_km": Field("number", "published length; default geodesic x circuity",
                           lo=0.01, hi=20000.0),
        "name": Field("str", "a display name"),
        "source": _SOURCE,
        "note": _NOTE,
    },
    "flights": {
        "from": Field("str", "an airport (IATA code) or a city with one", required=True),
        "to": Field("str", "an airport (IATA code) or a city with one", required=True),
        "status": Field("str", "default proposed", enum=tuple(s for s in AIR_STATUSES
                                                              if s != "historical")),
        "frequency": Field("str", "e.g. '3 weekly'"),
        "carrier": Field("str", "the airline"),
        "source": _SOURCE,
        "note": _NOTE,
    },
    "segments": {
        "id": Field("str", "a segment id of segments.csv (or give from, to and mode)"),
        "mode": Field("str", "with from/to: the mode of the pieces meant",
                      enum=("road", "rail")),
        "from": Field("str", "with to: one end of the stretch (adjacent network places)"),
        "to": Field("str", "with from: the other end"),
        "status": Field("str", "the new status", enum=SEGMENT_STATUSES),
        "remove": Field("bool", "take the segment (or stretch) out of the network"),
        "speed_kmh": Field("number", "the segment's own speed", lo=1.0, hi=400.0),
        "note": _NOTE,
    },
    "crossings": {
        "place": Field("str", "a border crossing of the network", required=True),
        "status": Field("str", "open, restricted or closed", enum=CROSSING_STATUSES),
        "modes": Field("str_list", "with status closed: the modes closed (default all)",
                       enum=("road", "rail")),
        "dwell_road_h": Field("number", "hours a truck waits to cross", lo=0.0,
                              hi=MAX_DWELL_H),
        "dwell_rail_h": Field("number", "hours a train waits to cross", lo=0.0,
                              hi=MAX_DWELL_H),
        "cost_usd": Field("number", "USD per container to cross, both sides (replaces the "
                          "cost tables' figure)", lo=0.0, hi=1_000_000.0),
        "source": _SOURCE,
        "note": _NOTE,
    },
    "speeds": {
        "mode": Field("str", "the speed table's mode", required=True,
                      enum=("road", "rail", "air", "sea")),
        "class": Field("str", "road class or gauge, as in speeds.csv (default: every "
                       "class of the mode)"),
        "terrain": Field("str", "terrain (default any: every terrain)",
                         enum=(*TERRAINS, "any")),
        "speed_kmh": Field("number", "the new speed", required=True, lo=1.0, hi=1000.0),
        "note": _NOTE,
    },
}

#: The arrays of tables, in the order a file lists them.
LISTS = tuple(TABLES)


def _field_schema(f: Field) -> dict[str, Any]:
    place = {"oneOf": [
        {"type": "string", "minLength": 1},
        {"type": "object", "required": ["name"], "additionalProperties": False,
         "properties": {"name": {"type": "string"}, "country": {"type": ["string", "null"]},
                        "kind": {"type": "string"}, "lat": {"type": ["number", "null"]},
                        "lon": {"type": ["number", "null"]}}},
    ]}
    out: dict[str, Any]
    if f.type == "str_list":
        item: dict[str, Any] = {"type": "string"}
        if f.enum:
            item["enum"] = list(f.enum)
        out = {"type": "array", "items": item}
    elif f.type == "place_list":
        out = {"type": "array", "items": place}
    elif f.type == "bool":
        out = {"type": "boolean"}
    else:
        out = {"type": {"str": "string"}.get(f.type, f.type)}
        if f.enum:
            out["enum"] = list(f.enum)
    if f.min_items:
        out["minItems"] = f.min_items
    if math.isfinite(f.lo):
        out["minimum"] = f.lo
    if math.isfinite(f.hi):
        out["maximum"] = f.hi
    out["description"] = f.doc
    return out


def _object(fields: dict[str, Field]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False,
            "required": [k for k, f in fields.items() if f.required],
            "properties": {k: _field_schema(f) for k, f in fields.items()}}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the scenario file (the TOML document read as JSON data)."""
    top = _object(TOP)
    top["properties"].update({name: {"type": "array", "items": _object(fields)}
                              for name, fields in TABLES.items()})
    top["properties"]["parameters"] = {
        "type": "object", "additionalProperties": {"type": "number"},
        "description": "parameters.csv values to change (key = new value)"}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "corridors scenario file",
            "description": "A planner's scenario: the links of a run and edits to the corridor "
                           "network. Written in TOML; see data/examples/ for an example.",
            **top}
