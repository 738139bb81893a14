"""Scenarios: links → route requests (``_model.materialize``), routed today and with the
proposals, compared with today's alternatives; trips (``trips``) and the report and output
files (``report``)."""

from __future__ import annotations

from corridors.scenarios._model import (
    MAX_PAIRS,
    ModelledRoute,
    ModelResult,
    RouteRequest,
    Unmodelled,
    load_gateways,
    materialize,
    model,
    time_distance_profile,
)
from corridors.scenarios.trips import Trip

__all__ = [
    "MAX_PAIRS",
    "ModelResult",
    "ModelledRoute",
    "RouteRequest",
    "Trip",
    "Unmodelled",
    "load_gateways",
    "materialize",
    "model",
    "time_distance_profile",
]
