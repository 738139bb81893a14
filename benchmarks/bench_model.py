"""``corridors model`` on the bundled example as a cold process, split by stage.

Run: python benchmarks/bench_model.py [TEXT_FILE]

Each run is a new Python process with the network and gazetteer caches warm (they are built
once, on the first run, which is timed separately).  Target: median < 5 s.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEXT = REPO / "data" / "examples" / "kazakhstan-pakistan-meeting.txt"

STAGES = r"""
import json, sys, time
t0 = time.perf_counter()
from corridors import scenarios
from corridors.cli.model import read_text_input
t_import = time.perf_counter() - t0
text, label = read_text_input(sys.argv[1])
res = scenarios.model(text, source_name=label)
res.write(sys.argv[2])
out = {"import": t_import, **res.timings}
out["total"] = time.perf_counter() - t0
print(json.dumps(out))
"""


def main() -> None:
    text = Path(sys.argv[1]) if len(sys.argv) > 1 else TEXT
    exe = shutil.which("corridors") or str(Path(sys.executable).with_name("corridors"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CORRIDORS_CACHE_DIR": str(Path(tmp) / "cache")}
        out = str(Path(tmp) / "out")
        t0 = time.perf_counter()
        subprocess.run([exe, "-q", "model", str(text), "--out", out], env=env, check=True,
                       capture_output=True)
        first = time.perf_counter() - t0
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run([exe, "-q", "model", str(text), "--out", out], env=env, check=True,
                           capture_output=True)
            runs.append(time.perf_counter() - t0)
        stages: dict[str, list[float]] = {}
        for _ in range(5):
            res = subprocess.run([sys.executable, "-c", STAGES, str(text), out], env=env,
                                 check=True, capture_output=True, text=True)
            for k, v in json.loads(res.stdout.strip().splitlines()[-1]).items():
                stages.setdefault(k, []).append(v)
        sizes = {p.name: p.stat().st_size for p in Path(out).iterdir()}
    print(f"corridors model {text.name}: cold process median {statistics.median(runs):.2f} s "
          f"(min {min(runs):.2f}); first run building the caches {first:.2f} s")
    print("stage medians: " + ", ".join(f"{k} {statistics.median(v) * 1000:.0f} ms"
                                        for k, v in stages.items()))
    print("output sizes: " + ", ".join(f"{k} {v / 1024:.0f} KiB" for k, v in sorted(sizes.items())))


if __name__ == "__main__":
    main()
