"""Agreement between two labellers on the same real articles (issue 12).

The second labeller's links (``second_labels.json``, labelled blind to the first labels and
to the extractor) are scored against the first labels (each part's ``gold.json``) with the
same matcher as the extractor: a link agrees when the mode and the origin and destination
sets agree (either way round when either link is undirected).  Precision here is the share
of the second labeller's links the first labeller also has; recall the other way round; F1
is symmetric.  Run ``.venv/bin/python tests/extract_corpus/real/agreement/score_agreement.py``
(round 3's sample, ``second_labels.json``) or with ``second_labels_round4.json`` (24 texts of
test12-test14), ``second_labels_round8.json`` (24 texts of test22-test25), or
``second_labels_round15a.json`` and ``second_labels_round15b.json`` (two samples of 24
texts of test43-test49).
``--extractor`` scores the extractor's links on the same texts instead.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REAL = HERE.parent
sys.path.insert(0, str(REAL.parents[1]))  # tests/, for the corpus matcher

from test_extract_corpus import _gold_place, _matches  # noqa: E402

from corridors.records.place import Place  # noqa: E402


@dataclass
class _Labelled:
    """A labelled link in the shape the matcher reads."""

    mode: str
    origins: list[Place]
    destinations: list[Place]
    via: list[Place]
    status: str
    directed: bool


def _as_link(label: dict[str, Any]) -> _Labelled:
    def places(key: str) -> list[Place]:
        return [_gold_place(n) for n in label[key]]

    return _Labelled(label["mode"], places("origins"), places("destinations"), places("via"),
                     label["status"], label["directed"])


def agreement(labels_file: str = "second_labels.json") -> dict[str, Any]:
    """Counts and figures of agreement over the texts the second labeller labelled."""
    second: dict[str, list[dict[str, Any]]] = json.loads(
        (HERE / labels_file).read_text(encoding="utf-8"))
    both = n_first = n_second = status_same = 0
    for path, labels in sorted(second.items()):
        if path.startswith("_"):
            continue
        part, name = path.rsplit("/", 1)
        first = json.loads((REAL / part / "gold.json").read_text(encoding="utf-8"))[
            name.removesuffix(".txt")]
        n_first += len(first)
        n_second += len(labels)
        left = list(range(len(first)))
        for label in labels:
            link = _as_link(label)
            hit = next((i for i in left if _matches(link, first[i])), None)  # type: ignore[arg-type]
            if hit is not None:
                left.remove(hit)
                both += 1
                status_same += link.status == first[hit]["status"]
    precision = both / n_second if n_second else 1.0
    recall = both / n_first if n_first else 1.0
    return {
        "texts": sum(1 for k in second if not k.startswith("_")),
        "first_links": n_first, "second_links": n_second, "agreed": both,
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "status_agreement": status_same / both if both else 0.0,
    }


def extractor_on_sample(labels_file: str = "second_labels.json") -> dict[str, Any]:
    """The extractor's figures against the first labels on the same texts."""
    from corridors.extract._pipeline import extract_links

    second = json.loads((HERE / labels_file).read_text(encoding="utf-8"))
    tp = n_first = n_pred = 0
    for path in sorted(k for k in second if not k.startswith("_")):
        part, name = path.rsplit("/", 1)
        first = json.loads((REAL / part / "gold.json").read_text(encoding="utf-8"))[
            name.removesuffix(".txt")]
        preds = extract_links((REAL / path).read_text(encoding="utf-8"))
        n_first += len(first)
        n_pred += len(preds)
        left = list(range(len(first)))
        for p in preds:
            hit = next((i for i in left if _matches(p, first[i])), None)
            if hit is not None:
                left.remove(hit)
                tp += 1
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_first if n_first else 1.0
    return {"texts": sum(1 for k in second if not k.startswith("_")), "gold_links": n_first,
            "predicted_links": n_pred, "tp": tp, "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    labels = args[0] if args else "second_labels.json"
    result = extractor_on_sample(labels) if "--extractor" in sys.argv else agreement(labels)
    print(json.dumps(result, indent=2))
