"""Benchmark the compact array backend (corridors.network._fastgraph) on a 1M-edge road graph.

The graph is a jittered grid (every node joined to its four neighbours, 3 % of the links
removed, both directions) with edge weights equal to their lengths in metres: the shape and
degree (~4) of a road network.  It is generated once per run, straight into arrays.

Reported: build time and bytes of the CSR arrays, single route query times (median, p90,
with path reconstruction), a 100 x 100 OD matrix, peak resident memory after each stage,
and the same route queries with networkx's Dijkstra (and igraph's, when installed) on the
same graph for comparison.

Run: ``.venv/bin/python benchmarks/bench_fastgraph.py [--edges 1000000] [--no-networkx]``
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time

import numpy as np

from corridors.network._fastgraph import FastGraph


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, MB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def road_like(n_edges: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Directed edges (u, v, metres) of a jittered grid with about ``n_edges`` edges."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n_edges / 4 / 0.97))) + 1
    n = side * side
    xy = np.stack(np.meshgrid(np.arange(side), np.arange(side), indexing="ij"), -1)
    xy = xy.reshape(-1, 2) * 500.0 + rng.uniform(-150, 150, (n, 2))
    idx = np.arange(n).reshape(side, side)
    u = np.concatenate([idx[:, :-1].ravel(), idx[:-1, :].ravel()])
    v = np.concatenate([idx[:, 1:].ravel(), idx[1:, :].ravel()])
    keep = rng.random(u.size) > 0.03
    u, v = u[keep], v[keep]
    w = np.hypot(*(xy[u] - xy[v]).T) * rng.uniform(1.0, 1.3, u.size)  # curvy roads
    u, v, w = np.concatenate([u, v]), np.concatenate([v, u]), np.concatenate([w, w])
    return u[:n_edges], v[:n_edges], w[:n_edges], n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=30)
    ap.add_argument("--od", type=int, default=100)
    ap.add_argument("--no-networkx", action="store_true")
    args = ap.parse_args()

    base = peak_rss_mb()
    t = time.perf_counter()
    u, v, w, n = road_like(args.edges)
    print(f"graph: {n:,} nodes, {u.size:,} directed edges (generated in "
          f"{time.perf_counter() - t:.2f} s)")
    t = time.perf_counter()
    fg = FastGraph.from_arrays(u, v, w, n_nodes=n)
    print(f"FastGraph.from_arrays: {time.perf_counter() - t:.2f} s, arrays "
          f"{fg.nbytes / 2**20:.1f} MB ({fg.nbytes / fg.n_edges:.1f} B/edge); "
          f"peak RSS {peak_rss_mb():.0f} MB (python+numpy+scipy at start: {base:.0f} MB)")

    rng = np.random.default_rng(1)
    pairs = [tuple(int(x) for x in rng.integers(0, n, 2)) for _ in range(args.queries)]
    times = []
    for s, d in pairs:
        t = time.perf_counter()
        fg.shortest_path(s, d)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"route query (array backend): median {statistics.median(times) * 1000:.0f} ms, "
          f"p90 {times[int(0.9 * len(times))] * 1000:.0f} ms over {len(times)} queries; "
          f"peak RSS {peak_rss_mb():.0f} MB")

    origins = [int(x) for x in rng.integers(0, n, args.od)]
    dests = [int(x) for x in rng.integers(0, n, args.od)]
    t = time.perf_counter()
    od = fg.distances(origins, dests)
    print(f"OD matrix {args.od} x {args.od} (array backend): {time.perf_counter() - t:.2f} s, "
          f"{np.isfinite(od).mean():.0%} pairs connected; peak RSS {peak_rss_mb():.0f} MB")

    try:
        import igraph as ig
    except ImportError:
        print("igraph: not installed, skipped")
    else:
        g = ig.Graph(n=n, edges=np.column_stack([u, v]).tolist(), directed=True)
        g.es["w"] = w.tolist()
        times = []
        for s, d in pairs[:10]:
            t = time.perf_counter()
            g.get_shortest_path(s, d, weights="w")
            times.append(time.perf_counter() - t)
        print(f"route query (igraph): median {statistics.median(times) * 1000:.0f} ms")
        del g

    if args.no_networkx:
        return
    import networkx as nx

    t = time.perf_counter()
    graph = nx.DiGraph()
    graph.add_weighted_edges_from(zip(u.tolist(), v.tolist(), w.tolist(), strict=True),
                              weight="length")
    print(f"networkx DiGraph built in {time.perf_counter() - t:.1f} s; "
          f"peak RSS {peak_rss_mb():.0f} MB")
    t = time.perf_counter()
    fg2 = FastGraph.from_networkx(graph, weight="length")
    print(f"FastGraph.from_networkx: {time.perf_counter() - t:.1f} s")
    times = []
    for s, d in pairs[:5]:
        t = time.perf_counter()
        try:
            length = nx.dijkstra_path_length(graph, s, d, weight="length")
        except nx.NetworkXNoPath:
            length = float("inf")
        times.append(time.perf_counter() - t)
        assert abs(fg2.shortest_path(s, d)[0] - length) < 1e-6 * max(1.0, length)
    print(f"route query (networkx Dijkstra): median {statistics.median(times) * 1000:.0f} ms "
          f"over {len(times)} queries (same lengths as the array backend)")


if __name__ == "__main__":
    main()
