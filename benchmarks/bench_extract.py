"""Speed of extraction: warm seed text, throughput at several sizes, cold CLI process.

Run ``.venv/bin/python benchmarks/bench_extract.py``.  Prints medians; these are
measurements, not tests.  The seed article is read from ``../shared/seed/`` when present,
else the bundled example text stands in for it.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed" / "kazakhstan-pakistan-2025-04-29.txt"
EXAMPLE = REPO / "data" / "examples" / "kazakhstan-pakistan-meeting.txt"
CORPUS = REPO / "tests" / "extract_corpus"


def _median_time(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    sys.path.insert(0, str(REPO))
    from corridors.extract._pipeline import extract_links

    seed_path = SEED if SEED.exists() else EXAMPLE
    seed = seed_path.read_text(encoding="utf-8")
    extract_links(seed)  # warm: gazetteer loaded
    warm = _median_time(lambda: extract_links(seed), 50)
    print(f"warm extraction of {seed_path.name} ({len(seed):,} chars): "
          f"median {warm * 1000:.1f} ms (target < 20 ms)")

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] + [seed]
    unit = "\n\n".join(texts) + "\n\n"
    print("throughput (mixed news text, repeated):")
    for size in (100_000, 400_000, 1_600_000):
        big = (unit * (size // len(unit) + 1))[:size]
        t = _median_time(lambda big=big: extract_links(big), 3)
        print(f"  {size / 1000:>6.0f} KB: median {t:6.2f} s = {size / t / 1000:6.0f} KB/s "
              f"({t / size * 1e6:.2f} s per MB)")

    cmd = [sys.executable, "-m", "corridors", "extract", str(EXAMPLE), "--format", "json"]
    subprocess.run(cmd, capture_output=True, check=True, cwd=REPO)  # cache filled
    cold = _median_time(
        lambda: subprocess.run(cmd, capture_output=True, check=True, cwd=REPO), 7
    )
    print(f"cold `corridors extract` process: median {cold:.2f} s (target < 1.5 s)")


if __name__ == "__main__":
    main()
