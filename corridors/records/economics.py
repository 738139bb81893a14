"""The money, reliability and emission figures of a route: :class:`Economics`.

Computed after routing (:func:`corridors.network.costs.economics_of`) from the route's legs
and crossings; kept as a record so maps, reports and the CLI can read it without importing
the cost model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Economics"]


@dataclass(frozen=True, slots=True)
class Economics:
    """Cost, trip-time distribution and CO2e of moving one loaded 20-ft container (TEU).

    ``cost_usd`` is in US dollars of ``price_year``, split by component
    (``by_component``: linehaul, border, gauge_break, mode_transfer, port, sea_freight,
    air_freight) and aligned with the route's legs (``leg_cost_usd``) and crossings
    (``crossing_cost_usd``).  ``time_p50_h``/``time_p90_h`` are percentiles of door-to-door
    time; ``spread_crossing`` is the crossing whose wait adds most to the spread, with its
    share of the variance.  ``profile`` is the UNESCAP time/cost-distance line: cumulative
    (km, hours, USD) after each leg and each border crossing.
    """

    price_year: int
    cost_usd: float
    by_component: tuple[tuple[str, float], ...]
    leg_cost_usd: tuple[float, ...]
    crossing_cost_usd: tuple[float, ...]
    time_p50_h: float
    time_p90_h: float
    co2e_kg: float
    leg_co2e_kg: tuple[float, ...]
    teu_cargo_t: float
    value_of_time_usd_h: float
    time_h: float
    spread_crossing: str | None = None
    spread_share: float = 0.0
    profile: tuple[tuple[float, float, float], ...] = ()

    @property
    def co2e_kg_per_t(self) -> float:
        return self.co2e_kg / self.teu_cargo_t if self.teu_cargo_t else 0.0

    @property
    def planning_time_index(self) -> float:
        """P90 / P50 trip time (1 = perfectly reliable)."""
        return self.time_p90_h / self.time_p50_h if self.time_p50_h else 1.0

    @property
    def generalized_usd(self) -> float:
        """Cost plus the mean trip time valued at ``value_of_time_usd_h``."""
        return self.cost_usd + self.value_of_time_usd_h * self.time_h

    def to_dict(self) -> dict[str, Any]:
        """The route-level fields of the JSON contract (``cost_usd``, ``time_p50_h``...)."""
        return {
            "cost_usd": round(self.cost_usd, 0),
            "cost_price_year": self.price_year,
            "cost_usd_by_component": {k: round(v, 0) for k, v in self.by_component},
            "generalized_cost_usd": round(self.generalized_usd, 0),
            "value_of_time_usd_per_teu_h": round(self.value_of_time_usd_h, 2),
            "time_p50_h": round(self.time_p50_h, 1),
            "time_p90_h": round(self.time_p90_h, 1),
            "planning_time_index": round(self.planning_time_index, 3),
            "spread_crossing": self.spread_crossing,
            "spread_crossing_share": round(self.spread_share, 3),
            "co2e_kg": round(self.co2e_kg, 0),
            "co2e_kg_per_t": round(self.co2e_kg_per_t, 1),
            "teu_cargo_t": self.teu_cargo_t,
        }
