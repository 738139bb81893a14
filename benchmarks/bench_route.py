"""Routing benchmarks on the bundled network (run: python benchmarks/bench_route.py).

Reports medians over repeated runs; the machine is shared and noisy, so compare medians and
ratios, not single runs.

* warm route query (network in memory): target median < 5 ms;
* ``corridors route Lahore Almaty --mode road`` as a cold process, network cache warm:
  target median < 0.6 s (and the same with the cache cold, for reference);
* all-pairs road OD matrix over every city node: target < 2 s;
* cost, P50/P90 and CO2e (issue 14): the time ``economics_of`` adds to each route, warm
  ``--optimize cost``/``generalized`` queries (target < 5 ms), and the cold
  ``python -m corridors route Karachi Tashkent --optimize cost --format json`` against
  ``python -c "import networkx"`` (target < 3x).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _median_ms(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    import corridors
    from corridors.network._graph import load_network

    net = load_network()
    ds = net.dataset
    print(f"network: {len(ds.nodes)} nodes, {len(ds.segments)} segments, "
          f"{len(net.states)} graph states, {len(net.edges)} directed edges")

    cases = [("Lahore", "Almaty", "road"), ("Karachi", "Tashkent", "road"),
             ("Islamabad", "Kashgar", "road"), ("Peshawar", "Termez", "rail"),
             ("Lahore", "Almaty", "air"), ("Karachi", "Dushanbe", "multimodal")]
    for a, b, mode in cases:
        sc = "proposed" if mode in ("rail", "air") else "existing"
        med, best = _median_ms(lambda a=a, b=b, mode=mode, sc=sc: corridors.route(
            a, b, mode=mode, scenario=sc, network=net), 50)
        print(f"warm route {a}->{b} {mode:<10} median {med:6.2f} ms  (min {best:.2f})")
    med, best = _median_ms(lambda: corridors.route("Lahore", "Almaty", alternatives=3,
                                                   network=net), 20)
    print(f"warm route Lahore->Almaty road with 3 alternatives  median {med:6.2f} ms")

    med, best = _median_ms(lambda: corridors.od_matrix(mode="road", network=net), 5)
    n = sum(1 for x in ds.nodes.values() if x.kind == "city")
    print(f"all-pairs road OD matrix ({n} cities)  median {med:7.1f} ms")

    _bench_costs(net)

    exe = shutil.which("corridors") or str(Path(sys.executable).with_name("corridors"))
    cmd = [exe, "route", "Lahore", "Almaty", "--mode", "road"]
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "CORRIDORS_CACHE_DIR": cache}
        cold = []
        for _ in range(3):
            shutil.rmtree(cache, ignore_errors=True)
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            cold.append(time.perf_counter() - t0)
        warm = []
        for _ in range(10):
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            warm.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    python_start = time.perf_counter() - t0
    print(f"cold process `corridors route Lahore Almaty --mode road`: median "
          f"{statistics.median(warm):.3f} s with the network cache, "
          f"{statistics.median(cold):.3f} s building the cache (bare python start "
          f"{python_start:.3f} s)")


def _bench_costs(net) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the cost model's share of a route query, and cost-optimized queries."""
    import corridors
    from corridors.network.costs import economics_of

    for a, b, mode in (("Lahore", "Almaty", "road"), ("Peshawar", "Termez", "rail"),
                       ("Karachi", "Dushanbe", "multimodal")):
        r = corridors.route(a, b, mode=mode, scenario="proposed", network=net)
        med, _ = _median_ms(lambda r=r: economics_of(r, net.dataset), 200)
        print(f"economics_of {a}->{b} {mode:<10} ({len(r.legs)} legs)  median {med:6.3f} ms")
        for opt in ("cost", "generalized"):
            med, _ = _median_ms(lambda a=a, b=b, mode=mode, opt=opt: corridors.route(
                a, b, mode=mode, scenario="proposed", optimize=opt, network=net), 50)
            print(f"warm route {a}->{b} {mode:<10} --optimize {opt:<11} median {med:6.2f} ms")
    here = Path(__file__).resolve().parents[1]
    cmd = [sys.executable, "-m", "corridors", "route", "Karachi", "Tashkent", "--mode", "road",
           "--optimize", "cost", "--format", "json"]
    subprocess.run(cmd, check=True, capture_output=True, cwd=here)  # warm the network cache
    cli, nx_import = [], []
    for _ in range(7):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=here)
        cli.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import networkx"], check=True)
        nx_import.append(time.perf_counter() - t0)
    c, n = statistics.median(cli), statistics.median(nx_import)
    print(f"cold `route Karachi Tashkent --optimize cost --format json`: median {c:.3f} s; "
          f"`import networkx` {n:.3f} s; ratio {c / n:.2f} (target < 3)")


if __name__ == "__main__":
    main()
