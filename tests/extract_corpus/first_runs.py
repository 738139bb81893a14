"""Replay the first runs of the locked batches and score them together (issue 12).

Each locked batch of ``real/`` was run once, by the extractor of one commit (its
``first_run.txt`` says which).  This script checks that commit out in a temporary git
worktree, runs its extractor on the batch again (the texts are copied in: the batch's
label commit may be later), and scores every prediction with today's matcher.  Pooled over
many batches, that is the project's best figure for text the rules had never seen, and it
splits by the rule that made each link:

    python tests/extract_corpus/first_runs.py            # every batch in FIRST_RUNS
    python tests/extract_corpus/first_runs.py test24 test25

Printed: strict figures per batch and pooled (as in ``first_run.txt``; a batch can differ by
a link from its file where the gazetteer has since learnt a label's spelling), the same at
the level of place pairs (each link read as every origin-destination pair, so that one link
to "Almaty, Tashkent" and two links to each score alike), precision by rule, and precision
and recall when links under a confidence are left out.  Needs git and the repository's
history; it is a development tool, not a test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(ROOT))

from test_extract_corpus import _gold_place, _matches, _same, greedy_hits  # noqa: E402

from corridors.records.place import Place  # noqa: E402

#: (batch, commit whose extractor made the first run, parts run together): from each
#: batch's ``first_run.txt``.
FIRST_RUNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("test12", "121c236", ("ac", "ad", "ae")),
    ("test13", "e9eeec7", ("af", "ag", "ah")),
    ("test14", "63f6a13", ("ai", "aj", "ak")),
    ("test15", "82aaa13", ("al", "am", "an")),
    ("test16", "813dcbd", ("ao", "ap", "aq")),
    ("test17", "a8ec3ae", ("ar", "as")),
    ("test17", "cb6366b", ("at",)),
    ("test18", "c3746d5", ("au", "av", "aw")),
    ("test19", "643a73e", ("ax", "ay", "az")),
    ("test20", "52c27ea", ("ba", "bb", "bc")),
    ("test21", "505e0aa", ("ca", "cb", "cc")),
    ("test22", "fc9fe60", ("da", "db", "dc")),
    ("test23", "f5b85a1", ("ea", "eb", "ec")),
    ("test24", "8facefd", ("fa", "fb", "fc")),
    ("test25", "c677573", ("ga", "gb", "gc")),
    ("test26", "8104eb9", ("ha", "hb", "hc")),
    ("test27", "75b9b27", ("ia", "ib", "ic")),
    ("test28", "75b9b27", ("ja", "jb", "jc")),
    ("test29", "28cc64f", ("ka", "kb", "kc")),
    ("test30", "28cc64f", ("la", "lb", "lc")),
    ("test31", "73e0ba6", ("ma", "mb", "mc")),
    ("test32", "cde61df", ("na", "nb", "nc")),
    ("test33", "290f37d", ("oa", "ob", "oc")),
    ("test34", "c56e902", ("pa", "pb", "pc")),
    ("test35", "621de80", ("qa", "qb", "qc")),
    ("test36", "48b96ff", ("ra", "rb", "rc")),
    ("test37", "ac240c4", ("sa", "sb", "sc")),
    ("test38", "2cb5cd0", ("ta", "tb", "tc")),
    ("test39", "5400e77", ("ua", "ub", "uc")),
    ("test40", "1ee3e9e", ("va", "vb", "vc")),
    ("test41", "d65b9bf", ("wa", "wb", "wc")),
    ("test42", "0e3bf95", ("xa", "xb", "xc")),
    ("test43", "d00603a", ("ya", "yb", "yc")),
    ("test44", "0dc5c29", ("za", "zb", "zc")),
    ("test45", "e518d83", ("aaa", "aab", "aac")),
    ("test46", "7aa3abe", ("aad", "aae", "aaf")),
    ("test47", "54aa6bf", ("aag", "aah", "aai")),
    ("test48", "5e81ccd", ("aaj", "aak", "aal")),
    ("test49", "d18237f", ("aam", "aan", "aao")),
    ("test50", "e178558", ("aap", "aaq", "aar")),
    ("test51", "cbc9db4", ("aas", "aat", "aau")),
    ("test52", "1988f96", ("aav", "aaw", "aax")),
    ("test53", "216dc63", ("aay", "aaz", "aba")),
    ("test54", "e7743f1", ("abb", "abc", "abd")),
    ("test55", "abe3935", ("abe", "abf", "abg")),
    ("test56", "35912d7", ("abh", "abi", "abj")),
    ("test57", "5d325be", ("abk", "abl", "abm")),
    ("test58", "857db11", ("abn", "abo", "abp")),
    ("test59", "9b166b2", ("abq", "abr", "abs")),
    ("test60", "208208d", ("abt", "abu", "abv")),
    ("test61", "ea59467", ("abw", "abx", "aby")),
    ("test62", "f36c13d", ("abz", "aca", "acb")),
    ("test63", "39c90d9", ("acc", "acd", "ace")),
    ("test64", "8c5499a", ("acf", "acg", "ach")),
)

#: Run inside the worktree: every text's links, places in full, as JSON on stdout.
_DUMP = """
import json, sys
from pathlib import Path
from corridors.extract import extract_links
def place(p):
    return {"name": p.name, "country": p.country, "kind": p.kind, "lat": p.lat, "lon": p.lon}
out = {}
for folder in sys.argv[1:]:
    gold = json.loads((Path(folder) / "gold.json").read_text(encoding="utf-8"))
    for name in sorted(k for k in gold if not k.startswith("_")):
        text = (Path(folder) / f"{name}.txt").read_text(encoding="utf-8")
        out[f"{folder}/{name}"] = [
            {"mode": p.mode, "origins": [place(x) for x in p.origins],
             "destinations": [place(x) for x in p.destinations], "directed": p.directed,
             "rule": getattr(p, "rule", "?"), "confidence": p.confidence}
            for p in extract_links(text)]
print(json.dumps(out))
"""


class _Link:
    """A replayed link in the shape the matcher reads."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.mode: str = data["mode"]
        self.origins = [Place(**p) for p in data["origins"]]
        self.destinations = [Place(**p) for p in data["destinations"]]
        self.directed: bool = data["directed"]
        self.rule: str = data["rule"]
        self.confidence: float = data["confidence"]


def replay(batch: str, commit: str, parts: Sequence[str]) -> dict[str, list[_Link]]:
    """The links the extractor of ``commit`` gives on the batch's parts, by text."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", "-q", "--detach",
                        str(tree), commit], check=True)
        try:
            real = tree / "tests" / "extract_corpus" / "real"
            folders = []
            for part in parts:
                dest = real / batch / part
                dest.mkdir(parents=True, exist_ok=True)
                for f in (HERE / "real" / batch / part).iterdir():
                    (dest / f.name).write_bytes(f.read_bytes())
                folders.append(f"tests/extract_corpus/real/{batch}/{part}")
            done = subprocess.run([sys.executable, "-c", _DUMP, *folders], cwd=tree,
                                  env={**os.environ, "PYTHONPATH": str(tree)},
                                  check=True, capture_output=True, text=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tree)], check=True)
    raw: dict[str, list[dict[str, Any]]] = json.loads(done.stdout)
    return {k.removeprefix("tests/extract_corpus/real/"): [_Link(d) for d in v]
            for k, v in raw.items()}


def _pairs(mode: str, origins: Sequence[Place], destinations: Sequence[Place],
           directed: bool) -> list[tuple[str, Place, Place, bool]]:
    return [(mode, o, d, directed) for o in origins for d in destinations]


def _same_pair(a: tuple[str, Place, Place, bool], b: tuple[str, Place, Place, bool]) -> bool:
    if a[0] != b[0]:
        return False
    if _same(a[1], b[1]) and _same(a[2], b[2]):
        return True
    return not (a[3] and b[3]) and _same(a[1], b[2]) and _same(a[2], b[1])


def score(links: dict[str, list[_Link]]) -> dict[str, Any]:
    """Counts for strict and pair-level matching, per rule and per confidence."""
    c: Counter[str] = Counter()
    by_rule: Counter[tuple[str, bool]] = Counter()
    scored: list[tuple[float, bool]] = []
    for key, preds in links.items():
        folder, name = key.rsplit("/", 1)
        gold = json.loads((HERE / "real" / folder / "gold.json").read_text(
            encoding="utf-8"))[name]
        right = [hit is not None for hit in greedy_hits(preds, gold, _matches)]
        c["tp"] += sum(right)
        c["predicted"] += len(preds)
        c["gold"] += len(gold)
        for p, ok in zip(preds, right, strict=True):
            by_rule[(p.rule, ok)] += 1
            scored.append((p.confidence, ok))
        pp = [x for p in preds for x in _pairs(p.mode, p.origins, p.destinations, p.directed)]
        gp = [x for g in gold for x in _pairs(
            g["mode"], [_gold_place(n) for n in g["origins"]],
            [_gold_place(n) for n in g["destinations"]], g["directed"])]
        c["pair_tp"] += sum(hit is not None for hit in greedy_hits(pp, gp, _same_pair))
        c["pair_predicted"] += len(pp)
        c["pair_gold"] += len(gp)
    return {"counts": c, "by_rule": by_rule, "scored": scored}


def _prf(tp: int, predicted: int, gold: int) -> str:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({tp} of {predicted} predicted, {gold} gold)"


def main() -> None:
    wanted = set(sys.argv[1:])
    total: Counter[str] = Counter()
    rules: Counter[tuple[str, bool]] = Counter()
    scored: list[tuple[float, bool]] = []
    for batch, commit, parts in FIRST_RUNS:
        if wanted and batch not in wanted:
            continue
        result = score(replay(batch, commit, parts))
        c = result["counts"]
        print(f"{batch} {'+'.join(parts)} at {commit}: strict "
              f"{_prf(c['tp'], c['predicted'], c['gold'])}; pairs "
              f"{_prf(c['pair_tp'], c['pair_predicted'], c['pair_gold'])}")
        total += c
        rules += result["by_rule"]
        scored += result["scored"]
    print(f"pooled strict {_prf(total['tp'], total['predicted'], total['gold'])}")
    print(f"pooled pairs  {_prf(total['pair_tp'], total['pair_predicted'], total['pair_gold'])}")
    print("\nrule                   predicted  right     P")
    for rule in sorted({r for r, _ in rules}, key=lambda r: -(rules[(r, True)]
                                                             + rules[(r, False)])):
        n = rules[(rule, True)] + rules[(rule, False)]
        print(f"{rule:22s} {n:>9}  {rules[(rule, True)]:>5}  {rules[(rule, True)] / n:.2f}")
    print("\nmin confidence  " + "strict")
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
        kept = [ok for conf, ok in scored if conf >= t]
        print(f"{t:>14.1f}  {_prf(sum(kept), len(kept), total['gold'])}")


if __name__ == "__main__":
    main()
