"""Train, cross-validate and check the link confidence of
:mod:`corridors.extract._confidence` on the labelled real articles.

Every link the extractor reports on a development text of ``real/`` is an example: right
(it matches a gold link, with the project's matcher) or wrong.  The model is a logistic
regression over :func:`~corridors.extract._confidence.link_features`, fitted by gradient
descent with an L2 penalty (standard library only).

    python tests/extract_corpus/train_confidence.py --cv 6      # held-out folders, by fold
    python tests/extract_corpus/train_confidence.py --write     # train on all, ship it
    python tests/extract_corpus/train_confidence.py --check real/test14/ai ...
        # how the shipped confidence fares on folders it was not trained on

Cross-validation holds out whole folders (labelling batches), so no article is both
trained and scored on.  It prints a reliability table (links grouped by confidence: how
many, the mean confidence, the share right), the Brier score of the calibrated and of
the rules' own confidence, and precision and recall when links under a threshold are
dropped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(ROOT))

from test_extract_corpus import REAL_DEV_FOLDERS, _matches  # noqa: E402

from corridors.extract._confidence import (  # noqa: E402
    ConfidenceModel,
    link_features,
    load_model,
    using,
)
from corridors.extract._pipeline import extract_links  # noqa: E402

MODEL_PATH = ROOT / "corridors" / "extract" / "confidence_model.json"
MIN_COUNT = 3  # features seen fewer times are dropped
L2 = 0.01
STEPS = 300
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)

#: (features, right, the rules' confidence, the shipped confidence)
Example = tuple[list[str], int, float, float]


def examples(folders: Sequence[str]) -> tuple[list[Example], int]:
    """The examples of the folders' texts, and how many gold links they hold."""
    out: list[Example] = []
    gold_links = 0
    for folder in folders:
        path = HERE / folder if (HERE / folder).is_dir() else HERE / "real" / folder
        gold_all: dict[str, Any] = json.loads((path / "gold.json").read_text(encoding="utf-8"))
        for name, gold in gold_all.items():
            if name.startswith("_"):
                continue
            gold_links += len(gold)
            text = (path / f"{name}.txt").read_text(encoding="utf-8")
            with using(None):
                raw = extract_links(text)
            shipped = extract_links(text)
            unmatched = list(range(len(gold)))
            for p, q in zip(raw, shipped, strict=True):
                hit = next((i for i in unmatched if _matches(p, gold[i])), None)
                if hit is not None:
                    unmatched.remove(hit)
                out.append((link_features(p, text), int(hit is not None), p.confidence,
                            q.confidence))
    return out, gold_links


def train(data: Sequence[Example], trained_on: dict[str, Any]) -> ConfidenceModel:
    """Logistic regression by gradient descent (Adagrad steps) with an L2 penalty."""
    counts = Counter(f for feats, *_ in data for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    rows = [([f for f in set(feats) if f in counts and counts[f] >= MIN_COUNT], y)
            for feats, y, *_ in data]
    w = dict.fromkeys(vocab, 0.0)
    hist = dict.fromkeys(vocab, 1e-8)
    bias, hist_b, n = 0.0, 1e-8, len(rows)
    for _ in range(STEPS):
        grad = {f: L2 * w[f] for f in vocab}
        grad_b = 0.0
        for feats, y in rows:
            z = bias + sum(w[f] for f in feats)
            err = (1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y) / n
            grad_b += err
            for f in feats:
                grad[f] += err
        for f, g in grad.items():
            hist[f] += g * g
            w[f] -= 0.5 * g / math.sqrt(hist[f])
        hist_b += grad_b * grad_b
        bias -= 0.5 * grad_b / math.sqrt(hist_b)
    return ConfidenceModel({f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3},
                           round(bias, 4), trained_on)


def report(label: str, scored: Sequence[tuple[float, int, float]], gold_links: int) -> None:
    """Reliability table, Brier scores and precision/recall by threshold."""
    print(f"\n== {label}: {len(scored)} links, {sum(y for _, y, _ in scored)} right, "
          f"{gold_links} gold")
    print("confidence   links  mean conf  share right")
    for step in range(5):
        lo, hi = step / 5, (step + 1) / 5
        group = [(p, y) for p, y, _ in scored if min(int(p * 5), 4) == step]
        if group:
            mean = sum(p for p, _ in group) / len(group)
            right = sum(y for _, y in group) / len(group)
            print(f"{lo:.1f}-{hi:.1f}    {len(group):>6}  {mean:>9.2f}  {right:>11.2f}")
    brier = sum((p - y) ** 2 for p, y, _ in scored) / len(scored)
    brier_rules = sum((r - y) ** 2 for _, y, r in scored) / len(scored)
    print(f"Brier score: {brier:.3f} (the rules' own confidence: {brier_rules:.3f})")
    print("min confidence  kept  right     P     R    F1")
    for t in THRESHOLDS:
        kept = [y for p, y, _ in scored if p >= t]
        tp = sum(kept)
        prec = tp / len(kept) if kept else 1.0
        rec = tp / gold_links if gold_links else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{t:>14.1f}  {len(kept):>4}  {tp:>5}  {prec:.2f}  {rec:.2f}  {f1:.2f}")


def cross_validate(k: int) -> None:
    folds = [list(REAL_DEV_FOLDERS[i::k]) for i in range(k)]
    scored: list[tuple[float, int, float]] = []
    gold_total = 0
    for i, held in enumerate(folds):
        rest = [f for j, fold in enumerate(folds) if j != i for f in fold]
        model = train(examples(rest)[0], {})
        data, gold = examples(held)
        gold_total += gold
        scored += [(model.probability(feats), y, rules) for feats, y, rules, _ in data]
    report(f"{k}-fold cross-validation by folder", scored, gold_total)


def check(folders: Sequence[str]) -> None:
    data, gold = examples(folders)
    report("shipped model on " + ", ".join(folders),
           [(shipped, y, rules) for _, y, rules, shipped in data], gold)


def write() -> None:
    data, gold = examples(REAL_DEV_FOLDERS)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True, check=False).stdout.strip()
    model = train(data, {
        "folders": [f"tests/extract_corpus/real/{f}" for f in REAL_DEV_FOLDERS],
        "links": len(data), "right": sum(y for _, y, *_ in data), "gold_links": gold,
        "date": dt.date.today().isoformat(), "commit": commit,
        "method": "logistic regression, tests/extract_corpus/train_confidence.py",
    })
    MODEL_PATH.write_text(json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n",
                          encoding="utf-8")
    load_model.cache_clear()
    print(f"{len(data)} links ({sum(y for _, y, *_ in data)} right), "
          f"{len(model.weights)} weights -> {MODEL_PATH.relative_to(ROOT)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cv", type=int, default=0, help="hold out folders in this many folds")
    ap.add_argument("--write", action="store_true", help="train on all and ship the model")
    ap.add_argument("--check", nargs="*", default=[], help="folders to check the model on")
    args = ap.parse_args()
    if args.cv:
        cross_validate(args.cv)
    if args.write:
        write()
    if args.check:
        check(args.check)


if __name__ == "__main__":
    main()
