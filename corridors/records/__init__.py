"""Records: the plain data that flows through the pipeline, each with ``to_dict`` and
``from_dict`` for the JSON contract.

:class:`Place` (and :class:`PlaceMention`) → :class:`ProposedLink` (what a text proposes) →
:class:`Route` with its :class:`Leg` and :class:`Crossing` records (what the network gives).
The model's own records (requests, trips, results) live in :mod:`corridors.scenarios`.
"""

from __future__ import annotations

from corridors.records.economics import Economics
from corridors.records.link import MODES, STATUSES, ProposedLink
from corridors.records.place import PLACE_KINDS, Place, PlaceMention
from corridors.records.route import Crossing, Leg, Route

__all__ = [
    "MODES",
    "PLACE_KINDS",
    "STATUSES",
    "Crossing",
    "Economics",
    "Leg",
    "Place",
    "PlaceMention",
    "ProposedLink",
    "Route",
]
