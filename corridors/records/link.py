"""Links: the :class:`ProposedLink` record, a transport link that a text proposes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from corridors.records.place import Place

__all__ = ["MODES", "STATUSES", "ProposedLink"]

#: Link modes of the JSON contract.
MODES = ("air", "road", "rail", "sea", "land")
#: Link statuses of the JSON contract.
STATUSES = ("proposed", "agreed", "planned", "under_construction", "existing", "rejected")


@dataclass(frozen=True, slots=True)
class ProposedLink:
    """A transport link a text proposes (or reports as agreed, existing, rejected...).

    Parameters
    ----------
    id
        ``"L1"``, ``"L2"``, ... in order of appearance.
    mode
        One of :data:`MODES`; ``"land"`` means road and rail.
    modes
        The modes, one or several (``("road", "rail")`` for land).
    origins, destinations, via
        Places; regions carry their member countries in :attr:`Place.members`.
    status
        One of :data:`STATUSES`.
    directed
        ``True`` for "from A to B", ``False`` for "between A and B".
    evidence_text, start, end
        The supporting sentence and its character span in the input.
    confidence
        0..1: how sure the rules are (lower when the mode came from another sentence,
        or the structure is loose).
    status_detail
        Finer status when the text says it: ``"resumed"``, ``"cancelled"``,
        ``"suspended"``, ``"negated"``; else ``None``.
    rule
        The name of the rule that found the link (for explanation and debugging).
    mentions
        Every sentence that mentions the link, as ``(start, end, status)`` in order; the
        evidence is the mention whose status was kept (a later, more specific status such
        as "under construction" or "cancelled" replaces a generic one).
    """

    id: str
    mode: str
    modes: tuple[str, ...]
    origins: tuple[Place, ...]
    destinations: tuple[Place, ...]
    via: tuple[Place, ...]
    status: str
    directed: bool
    evidence_text: str
    start: int
    end: int
    confidence: float
    status_detail: str | None = None
    rule: str = ""
    mentions: tuple[tuple[int, int, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape (plus ``status_detail`` when set)."""
        d: dict[str, Any] = {
            "id": self.id,
            "mode": self.mode,
            "modes": list(self.modes),
            "origins": [p.to_dict() for p in self.origins],
            "destinations": [p.to_dict() for p in self.destinations],
            "via": [p.to_dict() for p in self.via],
            "status": self.status,
            "directed": self.directed,
            "evidence": {"text": self.evidence_text, "start": self.start, "end": self.end},
            "confidence": self.confidence,
        }
        if self.status_detail:
            d["status_detail"] = self.status_detail
        if len(self.mentions) > 1:
            d["mentions"] = [{"start": a, "end": b, "status": st} for a, b, st in self.mentions]
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProposedLink:
        """A link from its JSON shape (:meth:`to_dict`, as in ``links.json``)."""
        ev = data.get("evidence") or {}
        mode = str(data["mode"])
        return cls(
            id=str(data.get("id") or ""),
            mode=mode,
            modes=tuple(data.get("modes") or ([mode] if mode != "land" else ["road", "rail"])),
            origins=tuple(Place.from_dict(p) for p in data.get("origins") or ()),
            destinations=tuple(Place.from_dict(p) for p in data.get("destinations") or ()),
            via=tuple(Place.from_dict(p) for p in data.get("via") or ()),
            status=str(data.get("status") or "proposed"),
            directed=bool(data.get("directed", True)),
            evidence_text=str(ev.get("text") or ""),
            start=int(ev.get("start") or 0),
            end=int(ev.get("end") or 0),
            confidence=float(data.get("confidence") or 0.5),
            status_detail=data.get("status_detail"),
            mentions=tuple((int(m["start"]), int(m["end"]), str(m["status"]))
                           for m in data.get("mentions") or ()),
        )
