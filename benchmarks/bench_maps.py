"""Speed and size of the maps: the example's interactive map, static image and chart.

Run ``.venv/bin/python benchmarks/bench_maps.py``.  Prints medians and file sizes; these are
measurements, not tests.  It models the bundled example text (``corridors.model``) and maps
every route over the whole network, as ``corridors model`` does, then the three demo routes
alone.  The size budget for the example's offline map is 2 MB.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "data" / "examples" / "kazakhstan-pakistan-meeting.txt"


def _median(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _sizes(label: str, routes: Any, links: Any, network: Any, out: Path) -> None:
    from corridors.maps import map_html, route_map

    fmap = route_map(routes, links=links, network=network)
    offline = map_html(fmap, offline=True).encode("utf-8")
    online = map_html(route_map(routes, links=links, network=network), offline=False)
    bare = map_html(route_map(routes, links=links), offline=False)
    print(f"{label}: offline page {len(offline) / 1e6:.2f} MB "
          f"(online {len(online.encode()) / 1e6:.2f} MB, "
          f"without network {len(bare.encode()) / 1e6:.2f} MB; budget 2 MB)")
    (out / f"{label}.html").write_bytes(offline)


def main() -> None:
    sys.path.insert(0, str(REPO))
    import corridors
    from corridors.maps import route_map, save_map, static_map, time_distance_chart
    from corridors.maps._demo import demo_routes

    out = Path(tempfile.mkdtemp(prefix="bench-maps-"))
    result = corridors.model(EXAMPLE.read_text(encoding="utf-8"))
    features = result.features()
    links = {"links": [lk.to_dict() if hasattr(lk, "to_dict") else lk for lk in result.links]}
    network = corridors.load_network()
    print(f"example: {len(features)} routes, "
          f"{sum(len(f['geometry']['coordinates']) for f in features):,} route vertices")
    _sizes("example", features, links, network, out)
    demo = demo_routes()
    _sizes("demo", demo, None, None, out)

    t = _median(lambda: route_map(features, links=links, network=network), 5)
    print(f"route_map, example with network: median {t * 1000:.0f} ms")
    t = _median(lambda: save_map(route_map(features, links=links, network=network),
                                 out / "m.html"), 5)
    print(f"route_map + save_map (offline), example: median {t * 1000:.0f} ms")
    t = _median(lambda: save_map(route_map(demo), out / "d.html"), 10)
    print(f"route_map + save_map (offline), 3 demo routes: median {t * 1000:.0f} ms")
    t = _median(lambda: static_map(features, out / "m.png"), 3)
    print(f"static_map PNG, example: median {t * 1000:.0f} ms "
          f"({(out / 'm.png').stat().st_size / 1e3:.0f} kB)")
    t = _median(lambda: time_distance_chart(demo[1], out / "td.png"), 5)
    print(f"time_distance_chart PNG: median {t * 1000:.0f} ms")
    print(f"files in {out}")


if __name__ == "__main__":
    main()
