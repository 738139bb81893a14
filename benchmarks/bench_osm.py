"""Benchmark loading OSM files: corridors' readers against osmnx's own ``graph_from_xml``.

A synthetic but realistic OSM XML extract is generated once per run (a street grid with
primary, secondary and residential ways carrying name/maxspeed tags, full element metadata,
and building outlines that a road graph must skip), then converted to bzip2 XML and to PBF
with pyosmium.  Each reader runs in its own subprocess so its peak memory is its own.

Reported per reader: seconds, throughput in MB/s of the file read, peak resident memory, and
the graph's size.  The XML file's size is also used to give the PBF reader an
"XML-equivalent" throughput (same data, smaller file).

Run: ``.venv/bin/python benchmarks/bench_osm.py [--size-mb 20] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import bz2
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CASES = {
    "osmnx graph_from_xml (own defaults, all ways)": (
        "import osmnx as ox; G = ox.graph_from_xml(PATH)"
    ),
    "corridors load_graph XML, engine=osmnx": (
        "from corridors.osm import load_graph, WayFilter; "
        "G = load_graph(PATH, way_filter=WayFilter('road', road_classes=None), engine='osmnx')"
    ),
    "corridors load_graph XML, engine=osmium": (
        "from corridors.osm import load_graph, WayFilter; "
        "G = load_graph(PATH, way_filter=WayFilter('road', road_classes=None), engine='osmium')"
    ),
    "corridors load_graph XML, osmnx, major roads (default filter)": (
        "from corridors.osm import load_graph; G = load_graph(PATH, engine='osmnx')"
    ),
    "corridors load_graph XML, osmium, major roads (default filter)": (
        "from corridors.osm import load_graph; G = load_graph(PATH, engine='osmium')"
    ),
}
PBF_CASE = (
    "from corridors.osm import load_graph, WayFilter; "
    "G = load_graph(PATH, way_filter=WayFilter('road', road_classes=None))"
)
RUNNER = """
import json, resource, time, warnings
warnings.simplefilter('ignore')
PATH = {path!r}
t = time.perf_counter()
{code}
dt = time.perf_counter() - t
print(json.dumps({{"seconds": dt, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                   "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
META = 'version="3" timestamp="2024-05-01T10:00:00Z" changeset="150000000" user="mapper" uid="1"'


def write_osm(path: Path, size_mb: float) -> None:
    """A street grid with buildings, about ``size_mb`` MB of OSM XML."""
    # ~ 420 bytes of XML per grid cell (node + its share of ways + a building)
    side = int((size_mb * 1e6 / 420) ** 0.5)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" "
                 "generator=\"corridors bench\">\n")
        lat0, lon0, step = 34.0, 71.5, 0.001

        def nid(i: int, j: int) -> int:
            return 1 + i * side + j

        for i in range(side):
            for j in range(side):
                fh.write(f'  <node id="{nid(i, j)}" {META} lat="{lat0 + i * step:.7f}" '
                         f'lon="{lon0 + j * step:.7f}"/>\n')
        bnode = side * side + 1
        buildings = []
        for i in range(0, side - 1, 2):
            for j in range(0, side - 1, 2):
                la, lo = lat0 + (i + 0.3) * step, lon0 + (j + 0.3) * step
                ids = []
                for dla, dlo in ((0, 0), (0, 0.0003), (0.0003, 0.0003), (0.0003, 0)):
                    fh.write(f'  <node id="{bnode}" {META} lat="{la + dla:.7f}" '
                             f'lon="{lo + dlo:.7f}"/>\n')
                    ids.append(bnode)
                    bnode += 1
                buildings.append(ids)
        way = 1

        def road(refs: list[int], k: int) -> None:
            nonlocal way
            cls = "primary" if k % 10 == 0 else "secondary" if k % 5 == 0 else "residential"
            speed = {"primary": 80, "secondary": 60, "residential": 30}[cls]
            fh.write(f'  <way id="{way}" {META}>\n')
            fh.writelines(f'    <nd ref="{r}"/>\n' for r in refs)
            fh.write(f'    <tag k="highway" v="{cls}"/>\n    <tag k="name" v="Street {k}"/>\n'
                     f'    <tag k="maxspeed" v="{speed}"/>\n  </way>\n')
            way += 1

        for i in range(side):
            for start in range(0, side - 1, 20):
                road([nid(i, j) for j in range(start, min(start + 21, side))], i)
                road([nid(j, i) for j in range(start, min(start + 21, side))], i + 1)
        for ids in buildings:
            fh.write(f'  <way id="{way}" {META}>\n')
            fh.writelines(f'    <nd ref="{r}"/>\n' for r in [*ids, ids[0]])
            fh.write('    <tag k="building" v="yes"/>\n  </way>\n')
            way += 1
        fh.write("</osm>\n")


def run_case(code: str, path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", RUNNER.format(path=str(path), code=code)],
                         capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench_routes(pbf: Path, queries: int = 20) -> None:
    """route_osm on the loaded grid: the first query builds the k-d tree and CSR arrays."""
    import random
    import statistics
    import time
    import warnings

    from corridors.osm import WayFilter, load_graph, route_osm

    warnings.simplefilter("ignore")
    graph = load_graph(pbf, way_filter=WayFilter("road", road_classes=None))
    ys = [d["y"] for _, d in graph.nodes(data=True)]
    xs = [d["x"] for _, d in graph.nodes(data=True)]
    rng = random.Random(0)

    def point() -> tuple[float, float]:
        return rng.uniform(min(ys), max(ys)), rng.uniform(min(xs), max(xs))

    t = time.perf_counter()
    route_osm(graph, point(), point())
    first = time.perf_counter() - t
    times = []
    for _ in range(queries):
        a, b = point(), point()
        t = time.perf_counter()
        route_osm(graph, a, b)
        times.append(time.perf_counter() - t)
    print(f"route_osm on that graph ({graph.number_of_edges():,} edges, array backend): first "
          f"query {first:.2f} s (builds the k-d tree and CSR arrays), then median "
          f"{statistics.median(times) * 1000:.0f} ms over {queries} random place pairs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=20.0, help="approximate XML size")
    ap.add_argument("--keep", metavar="DIR", help="keep the generated files here")
    args = ap.parse_args()

    from corridors.osm._pbf import write_pbf

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-osm-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        xml = folder / "grid.osm"
        write_osm(xml, args.size_mb)
        bz = folder / "grid.osm.bz2"
        bz.write_bytes(bz2.compress(xml.read_bytes(), 6))
        pbf = write_pbf(xml, folder / "grid.osm.pbf")
        mb = {p: p.stat().st_size / 1e6 for p in (xml, bz, pbf)}
        print(f"files: {xml.name} {mb[xml]:.1f} MB, {bz.name} {mb[bz]:.1f} MB, "
              f"{pbf.name} {mb[pbf]:.1f} MB")
        rows = []
        for name, code in CASES.items():
            for path in (xml, bz):
                r = run_case(code, path)
                rows.append((f"{name} [{path.name}]", r, mb[path], mb[xml]))
        rows.append(("corridors load_graph PBF (pyosmium)", run_case(PBF_CASE, pbf), mb[pbf],
                     mb[xml]))
        rows.append(("corridors load_graph PBF, major roads (default filter)",
                     run_case("from corridors.osm import load_graph; G = load_graph(PATH)", pbf),
                     mb[pbf], mb[xml]))
        print(f"{'reader [file]':<78} {'s':>6} {'MB/s':>6} {'XML-eq MB/s':>11} "
              f"{'peak MB':>8} {'nodes':>8} {'edges':>8}")
        for name, r, size, xml_size in rows:
            print(f"{name:<78} {r['seconds']:6.2f} {size / r['seconds']:6.1f} "
                  f"{xml_size / r['seconds']:11.1f} {r['peak_mb']:8.0f} "
                  f"{int(r['nodes']):8,} {int(r['edges']):8,}")
        print("(osmnx's graph_from_xml keeps every way, buildings included; corridors keeps "
              "highway=* ways, or with its default filter motorway|trunk|primary only.)")
        bench_routes(pbf)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
