"""Scenarios: links → route requests (``_model.materialize``), routed today and with the
proposals, compared with today's alternatives; trips (``trips``) and the report and output
files (``report``); scenario files (``scenario_file``), their network edits (``edits``) and
the comparison of scenarios (``compare``)."""

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
from corridors.scenarios.edits import edited_dataset, scenario_network
from corridors.scenarios.scenario_file import Scenario, scenario_from_links
from corridors.scenarios.trips import Trip

__all__ = [
    "MAX_PAIRS",
    "ModelResult",
    "ModelledRoute",
    "RouteRequest",
    "Scenario",
    "Trip",
    "Unmodelled",
    "edited_dataset",
    "load_gateways",
    "materialize",
    "model",
    "scenario_from_links",
    "scenario_network",
    "time_distance_profile",
]
