"""How far to trust each extracted link: a confidence measured on real articles.

The rules give each link a rough confidence of their own (lower when the mode came from
another sentence, for instance).  On real articles that number says little: links the
rules rated 0.7 were right less often than links rated 0.6.  This module replaces it with
the share of such links that were right on the project's labelled real articles: a
logistic model over a few facts about the link (the rule that found it, its mode and
status, whether its ends are countries or places, how often the text mentions it,
whether only a headline says it, whether an end is a name no gazetteer holds, the rules'
own confidence).

The model is trained by ``tests/extract_corpus/train_confidence.py`` on the development
folders of ``tests/extract_corpus/real/`` and ships as ``confidence_model.json`` beside this
module, with what it was trained on.  Without the file the rules' confidence stays.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from corridors.records.link import ProposedLink

__all__ = ["ConfidenceModel", "calibrated", "link_features", "load_model", "using"]

#: Countries of the embedded corridor network: an end elsewhere is "outside".
_NETWORK = frozenset({"AF", "CN", "IR", "KG", "KZ", "PK", "TJ", "TM", "UZ"})
_AREAS = frozenset({"country", "region", "sea"})
#: How a line ends when it is prose, not a headline.
_PROSE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")", ":", ";")


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """A logistic model over string features, with a note of what it was trained on."""

    weights: dict[str, float]
    bias: float
    trained_on: dict[str, Any]

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {"trained_on": self.trained_on, "bias": self.bias,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConfidenceModel:
        return cls({str(k): float(v) for k, v in data["weights"].items()},
                   float(data["bias"]), dict(data.get("trained_on") or {}))


_override: list[ConfidenceModel | None] = []  # using()'s stack (training, tests)


class using:  # noqa: N801 - a context manager, named like a function
    """``with using(m): ...`` calibrates with ``m``; ``using(None)`` keeps the rules'
    confidence (training reads it as a feature)."""

    def __init__(self, model: ConfidenceModel | None) -> None:
        self.model = model

    def __enter__(self) -> None:
        _override.append(self.model)

    def __exit__(self, *exc: object) -> None:
        _override.pop()


@cache
def load_model() -> ConfidenceModel | None:
    """The shipped model (``confidence_model.json``), or ``None`` when there is none."""
    resource = files("corridors.extract").joinpath("confidence_model.json")
    if not resource.is_file():
        return None
    return ConfidenceModel.from_dict(json.loads(resource.read_text(encoding="utf-8")))


def _level(places: Sequence[Any]) -> str:
    return "area" if all(p.kind in _AREAS for p in places) else "place"


def _headline_only(link: ProposedLink, text: str) -> bool:
    """Whether every sentence that says the link is a line without a closing stop."""
    spans = [(a, b) for a, b, _ in link.mentions] or [(link.start, link.end)]
    return all(not text[a:b].rstrip().endswith(_PROSE_END) for a, b in spans)


def link_features(link: ProposedLink, text: str) -> list[str]:
    """The facts about ``link`` (found in ``text``) that the model weighs."""
    ends = (*link.origins, *link.destinations)
    countries = {p.country for p in ends if p.country}
    n = len(link.mentions) or 1
    feats = [
        f"rule={link.rule}",
        f"mode={link.mode}",
        f"status={link.status}",
        f"levels={_level(link.origins)}|{_level(link.destinations)}",
        f"rule_level={link.rule}|{_level(ends)}",
        f"mentions={min(n, 3)}",
        f"rules_confidence={min(9, max(4, int(link.confidence * 10)))}",
    ]
    flags = {
        "headline-only": _headline_only(link, text),
        "via": bool(link.via),
        "directed": link.directed,
        "list": len(link.origins) > 1 or len(link.destinations) > 1,
        "outside": any(p.kind not in {"region", "sea"} and p.country not in _NETWORK
                       for p in ends),
        "domestic": len(countries) == 1 and _level(ends) == "place",
        # an end no gazetteer holds (read from its frame: "the Nokundi-Mashkel road")
        "unlisted": any(p.lat is None and p.kind not in _AREAS for p in ends),
    }
    return feats + [name for name, on in flags.items() if on]


def calibrated(links: Sequence[ProposedLink], text: str) -> list[ProposedLink]:
    """``links`` with their confidence replaced by the model's (the shipped one unless
    :class:`using` says otherwise); unchanged when there is no model."""
    model = _override[-1] if _override else load_model()
    if model is None:
        return list(links)
    return [replace(link, confidence=round(model.probability(link_features(link, text)), 2))
            for link in links]
