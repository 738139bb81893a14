"""Trips: one origin–destination pair of a proposal, the single source of its numbers.

A proposal is routed on today's network and with the proposed links; a proposal through a
country is also set against today's alternatives that avoid it.  A :class:`Trip` picks,
once, the route with the proposals and *today's best way* (the same corridor today, or the
fastest alternative, named), so that the headline sentence, the report's table, the
printed table and ``summary.csv`` all quote the same two routes and the same difference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corridors.records.route import Route

__all__ = ["Trip", "economics_columns", "group_trips"]

#: Below this many hours, two routes take "the same" time.
SAME_TIME_H = 0.05


@dataclass
class Trip:
    """A proposal's trip: the route with the proposals and today's best way, named."""

    request: Any  # scenarios.RouteRequest
    existing: Any = None  # ModelledRoute of the same request on today's network
    proposed: Any = None  # ModelledRoute of the same request with the proposed links
    comparisons: list[Any] = field(default_factory=list)  # ModelledRoutes of alternatives
    through: str = ""  # display name of the country the proposal goes through

    @property
    def with_links(self) -> Route | None:
        """The route with the proposed links."""
        return self.proposed.route if self.proposed else None

    @property
    def today(self) -> tuple[Route | None, str]:
        """Today's fastest way and how it goes ("through Afghanistan", "via Iran", "")."""
        own = self.existing.route if self.existing else None
        options: list[tuple[Route, str]] = []
        if own is not None:
            options.append((own, f"through {self.through}" if self.through else ""))
        options += [(c.route, c.request.label) for c in self.comparisons
                    if c.scenario == "existing" and c.route is not None]
        if not options:
            return None, ""
        return min(options, key=lambda o: o[0].time_h)

    @property
    def today_label(self) -> str:
        """"today", "today through Afghanistan", "today via Iran"."""
        how = self.today[1]
        return f"today {how}" if how else "today"

    @property
    def saved_h(self) -> float | None:
        """Hours the proposed links save against today's best way (None if either is absent)."""
        return self._route_difference("time_h")

    @property
    def saved_km(self) -> float | None:
        """Kilometres the proposed links save against today's best way."""
        return self._route_difference("distance_km")

    def _route_difference(self, figure: str) -> float | None:
        today, _ = self.today
        if today is None or self.with_links is None:
            return None
        return float(getattr(today, figure)) - float(getattr(self.with_links, figure))

    def saved(self, field_name: str) -> float | None:
        """Today's best way minus the route with the proposals, in one of the routes'
        economics figures (``cost_usd``, ``time_p90_h``, ``co2e_kg``...); None if either
        route or its economics is missing."""
        today, _ = self.today
        pr = self.with_links
        if today is None or pr is None or today.economics is None or pr.economics is None:
            return None
        return float(getattr(today.economics, field_name) - getattr(pr.economics, field_name))

    @property
    def verdict(self) -> str:
        """``saves``, ``same``, ``slower``, ``new`` (no way today), ``none`` (no route)."""
        if self.with_links is None:
            return "none"
        if self.today[0] is None:
            return "new"
        saved = self.saved_h or 0.0
        if saved > SAME_TIME_H:
            return "saves"
        return "same" if saved >= -SAME_TIME_H else "slower"


def group_trips(modelled: Iterable[Any], country_name: Callable[[str | None], str],
                ) -> list[Trip]:
    """The trips of a model run, in the order of their proposals."""
    trips: dict[tuple[Any, ...], Trip] = {}
    for m in modelled:
        req = m.request
        # a comparison avoids the country its proposal goes through: same trip
        through = req.via_country if req.role == "proposal" else (req.avoid or (None,))[0]
        key = (req.mode, req.origin, req.destination, through, req.via_nodes)
        trip = trips.get(key)
        if trip is None:
            trip = trips[key] = Trip(req, through=country_name(through) if through else "")
        if req.role == "proposal":
            trip.request = req
            setattr(trip, m.scenario, m)
        else:
            trip.comparisons.append(m)
    return [t for t in trips.values() if t.request.role == "proposal"]


def economics_columns(r: Route | None, trip: Trip | None) -> dict[str, Any]:
    """The cost, reliability and CO2e columns of a ``summary.csv`` row (issue 14): the
    route's figures per container and, on a proposal's row, what the proposals save against
    today's best way."""
    e = r.economics if r is not None else None

    def saved(name: str, digits: int) -> float | None:
        v = trip.saved(name) if trip is not None else None
        return round(v, digits) if v is not None else None

    return {
        "cost_usd": round(e.cost_usd, 0) if e else None,
        "cost_price_year": e.price_year if e else None,
        "generalized_cost_usd": round(e.generalized_usd, 0) if e else None,
        "time_p50_h": round(e.time_p50_h, 2) if e else None,
        "time_p90_h": round(e.time_p90_h, 2) if e else None,
        "planning_time_index": round(e.planning_time_index, 3) if e else None,
        "spread_crossing": (e.spread_crossing or "") if e else "",
        "co2e_kg": round(e.co2e_kg, 0) if e else None,
        "co2e_kg_per_t": round(e.co2e_kg_per_t, 1) if e else None,
        "cost_saved_usd": saved("cost_usd", 0),
        "time_p90_saved_h": saved("time_p90_h", 2),
        "co2e_saved_kg": saved("co2e_kg", 0),
    }
