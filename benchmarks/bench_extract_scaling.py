"""Extraction on link-dense text at 50 KB, 200 KB and 2 MB: time, memory, scaling ratio.

Run ``.venv/bin/python benchmarks/bench_extract_scaling.py``.  For each size it prints the
median wall time of several repeats (warm process: the gazetteer is loaded first), the
peak resident memory of a fresh process that loads the gazetteer, makes the text and
extracts it once (``ru_maxrss``), and the peak of the memory that extraction allocates
(tracemalloc, a second run); then the ratio of the
200 KB time to the 50 KB time (4 for linear work, 16 for quadratic).

``--code DIR`` measures the ``corridors`` package found in DIR instead of this checkout
(to compare with an older version); ``--sizes`` and ``--repeat`` change what is run.  The
text comes from :mod:`linkdense` (distinct city pairs, varied wording).  These are
measurements, not tests.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SIZES = {"50KB": 50_000, "200KB": 200_000, "2MB": 2_000_000}

_CHILD = """
import json, resource, sys, time, tracemalloc
sys.path[:0] = [{code!r}, {here!r}]
from linkdense import link_dense_text
from corridors.extract._pipeline import extract_links
extract_links("Flights from Lahore to Almaty.")
text = link_dense_text({size})
links = extract_links(text)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
extract_links(text)
traced = tracemalloc.get_traced_memory()[1]
print(json.dumps({{"links": len(links), "peak_kb": peak, "traced": traced}}))
"""


def _memory(code: Path, size: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD.format(code=str(code), here=str(HERE), size=size)],
        capture_output=True, text=True, check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=REPO, help="folder holding corridors/")
    ap.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    ap.add_argument("--repeat", type=int, default=5, help="repeats (2 MB: at most 3)")
    ap.add_argument("--no-memory", action="store_true", help="skip the memory subprocesses")
    args = ap.parse_args()

    sys.path[:0] = [str(args.code), str(HERE)]
    from linkdense import link_dense_text

    from corridors.extract._pipeline import extract_links

    extract_links("Flights from Lahore to Almaty.")  # warm: gazetteer loaded
    print(f"corridors from {args.code}")
    medians: dict[str, float] = {}
    for label in args.sizes:
        size = SIZES[label]
        text = link_dense_text(size)
        times = []
        n = 0
        for _ in range(min(args.repeat, 3) if size > 1_000_000 else args.repeat):
            t0 = time.perf_counter()
            n = len(extract_links(text))
            times.append(time.perf_counter() - t0)
        medians[label] = statistics.median(times)
        line = (f"{label:>6}: {n:6,} links, median {medians[label]:7.2f} s of {len(times)} "
                f"(min {min(times):.2f}, max {max(times):.2f})")
        if not args.no_memory:
            mem = _memory(args.code, size)
            line += (f"; peak RSS {mem['peak_kb'] / 1024:4.0f} MB, extraction's peak "
                     f"{mem['traced'] / 2**20:.0f} MB (tracemalloc)")
        print(line, flush=True)
    if "50KB" in medians and "200KB" in medians:
        print(f"ratio 200KB/50KB: {medians['200KB'] / medians['50KB']:.2f} "
              "(linear 4, quadratic 16; target at most 4.5)")


if __name__ == "__main__":
    main()
