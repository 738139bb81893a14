"""The map in a real headless browser: Debian's Chromium driven by Playwright for Python.

The page is opened from a file with the network cut off: only map tiles are answered (with a
blank image, as a tile server would); any other request outside the file fails the test.
The offline page must draw from what it carries; the online page gets Leaflet from the npm
package ``leaflet@1.9.3`` (``.ci/browser-setup.sh`` installs it in ``build/npm``) in place of
the CDN.  Each test checks that the route layers are drawn, that the page logs no errors and
that no script from the input runs, and saves a screenshot (to ``$CORRIDORS_SCREENSHOTS``
when set, else the test's temporary folder).

Needs: ``apt-get install chromium``, ``pip install playwright`` (its own browser download is
not used), ``npm install --prefix build/npm leaflet@1.9.3``.  Outside CI, a missing piece
skips these tests; in CI (``CI`` set) it fails them.
"""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corridors.maps import route_map, save_map
from corridors.maps._assets import LEAFLET_VERSION, find_leaflet
from corridors.maps._demo import demo_routes

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CORRIDORS_CHROMIUM", "/usr/bin/chromium")
NPM_DIR = Path(os.environ.get("CORRIDORS_NPM_DIR", REPO / "build" / "npm" / "node_modules"))
CDN_PREFIX = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/"
# A 1x1 transparent PNG, served for every map tile.
BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} (run .ci/browser-setup.sh)")
    pytest.skip(what)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: pip install playwright")
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        _missing(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CORRIDORS_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Visit:
    """A page opened with the network cut off, recording what it asked for and logged."""

    def __init__(self, browser: Any, serve_cdn: bool = False) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        self.tiles = 0
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.serve_cdn = serve_cdn

    def _console(self, msg: Any) -> None:
        if msg.type in ("error", "warning"):
            self.errors.append(f"console.{msg.type}: {msg.text} {msg.location}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        url: str = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        elif "tile.openstreetmap.org" in url:
            self.tiles += 1
            route.fulfill(status=200, content_type="image/png", body=BLANK_PNG)
        elif self.serve_cdn and url.startswith(CDN_PREFIX):
            name = url[len(CDN_PREFIX):].partition("?")[0]
            local = NPM_DIR / "leaflet" / "dist" / name
            if local.is_file():
                ctype = "text/css" if local.suffix == ".css" else (
                    "image/png" if local.suffix == ".png" else "application/javascript")
                route.fulfill(status=200, content_type=ctype, body=local.read_bytes())
            else:
                self.blocked.append(url)
                route.abort()
        else:
            self.blocked.append(url)
            route.abort()

    def open(self, path: Path) -> Any:
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.querySelectorAll('path.leaflet-interactive')"
                                    ".length > 0", timeout=10_000)
        self.page.wait_for_timeout(300)
        return self.page

    def route_paths(self, color: str) -> int:
        return int(self.page.evaluate(
            "c => [...document.querySelectorAll('path.leaflet-interactive')]"
            ".filter(p => p.getAttribute('stroke') === c && "
            "p.getAttribute('stroke-width') === '5').length", color))

    def click_route(self, color: str, at: float = 0.3) -> None:
        """Click a point on the first drawn route line of this colour, as a person would."""
        xy = self.page.evaluate(
            """([c, at]) => {
                const p = [...document.querySelectorAll('path.leaflet-interactive')]
                  .find(p => p.getAttribute('stroke') === c &&
                             p.getAttribute('stroke-width') === '5');
                const pt = p.getPointAtLength(p.getTotalLength() * at);
                const m = p.getScreenCTM();
                return [pt.x * m.a + pt.y * m.c + m.e, pt.x * m.b + pt.y * m.d + m.f];
            }""",
            [color, at],
        )
        self.page.mouse.move(xy[0], xy[1])
        self.page.mouse.click(xy[0], xy[1])
        self.page.wait_for_selector(".leaflet-popup-content", timeout=5_000)
        self.page.wait_for_timeout(400)  # the popup fades in


def _markers_painted(page: Any) -> float:
    """Share of city markers whose centre pixel on screen is really painted dark."""
    from io import BytesIO

    import matplotlib.image as mpimg

    centres = page.evaluate(
        """() => [...document.querySelectorAll('path.leaflet-interactive')]
            .filter(p => p.getAttribute('fill') === '#222222')
            .map(p => { const r = p.getBoundingClientRect();
                        return [r.x + r.width / 2, r.y + r.height / 2]; })
            .filter(([x, y]) => x > 0 && y > 0 && x < innerWidth && y < innerHeight)""")
    assert centres, "no city markers on screen"
    img = mpimg.imread(BytesIO(page.screenshot()))
    dark = [img[int(y), int(x), :3].max() < 0.35 for x, y in centres]
    return sum(dark) / len(dark)


def _lines_painted(page: Any, color: str) -> float:
    """Share of route lines of this colour that are really that colour on screen."""
    from io import BytesIO

    import matplotlib.image as mpimg

    points = page.evaluate(
        """c => [...document.querySelectorAll('path.leaflet-interactive')]
            .filter(p => p.getAttribute('stroke') === c &&
                         p.getAttribute('stroke-width') === '5' &&
                         !p.getAttribute('stroke-dasharray'))
            .map(p => { const pt = p.getPointAtLength(p.getTotalLength() * 0.3);
                        const m = p.getScreenCTM();
                        return [pt.x * m.a + pt.y * m.c + m.e, pt.x * m.b + pt.y * m.d + m.f];
                      })
            .filter(([x, y]) => x > 0 && y > 0 && x < innerWidth && y < innerHeight)""",
        color)
    assert points, f"no solid {color} lines on screen"
    img = mpimg.imread(BytesIO(page.screenshot()))
    want = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    hits = [max(abs(img[int(y), int(x), k] - want[k]) for k in range(3)) < 0.12
            for x, y in points]
    return sum(hits) / len(hits)


def _scenario(page: Any, name: str) -> None:
    """Pick a scenario in the side panel's switch, by its name."""
    page.locator(".cor-switch label", has_text=name).locator("input").check()
    page.wait_for_timeout(300)


def _check_drawn(visit: Visit, page: Any) -> None:
    # The page opens on the network with the proposals: the proposed rail and air routes.
    assert visit.route_paths("#009e73") >= 3, "rail route legs not drawn"
    assert visit.route_paths("#0072b2") >= 1, "air route not drawn"
    assert visit.route_paths("#d55e00") == 0, "today's road route drawn with the proposals"
    # Country outlines drawn (on a canvas of their own), the legend and layer switcher shown.
    painted = page.evaluate(
        """() => Math.max(0, ...[...document.querySelectorAll('.leaflet-overlay-pane canvas')]
            .map(c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
                        return n / (c.width * c.height); }))""")
    assert painted > 0.2, painted
    assert page.locator(".cor-legend").is_visible()
    # The layer switcher starts collapsed, its list still there.
    assert page.locator(".leaflet-control-layers-list").is_hidden()
    labels = page.locator(".leaflet-control-layers-overlays label").all_text_contents()
    assert any("Routes: road (existing)" in t for t in labels), labels
    assert page.locator(".leaflet-control-scale-line").is_visible()
    assert page.locator(".cor-lbl-km").count() >= 3  # distance labels
    _scenario(page, "Today")
    assert visit.route_paths("#d55e00") >= 5, "road route legs not drawn"
    assert visit.route_paths("#009e73") == 0, "proposed rail route drawn today"
    assert _markers_painted(page) > 0.8
    assert _lines_painted(page, "#d55e00") >= 0.5  # route lines visible over their casing


def test_offline_map_draws_without_network(browser: Any, tmp_path: Path, shots: Path) -> None:
    if find_leaflet() is None:
        _missing("no local Leaflet to inline: pip install xstatic-leaflet")
    road, rail, air = demo_routes()
    path = save_map(route_map([(road, {"evidence": "A road through Afghanistan."}), rail, air],
                              title="Offline demo"), tmp_path / "offline.html")
    visit = Visit(browser)
    page = visit.open(path)
    _check_drawn(visit, page)
    visit.click_route("#d55e00")
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "Lahore → Tashkent" in popup
    assert page.locator(".leaflet-popup-content svg.cor-chart").count() == 1  # time chart
    # Clicking the route marks its row in the side panel.
    assert page.locator(".cor-table tr.sel").inner_text().startswith("Lahore → Tashkent")
    assert "Torkham" in popup
    assert "A road through Afghanistan." in popup
    page.screenshot(path=str(shots / "map-offline.png"))
    assert visit.blocked == [], visit.blocked  # nothing but tiles was asked for
    assert visit.errors == [], visit.errors
    assert visit.dialogs == []


def test_online_map_with_cdn_served_from_npm(browser: Any, tmp_path: Path,
                                             shots: Path) -> None:
    if not (NPM_DIR / "leaflet" / "dist" / "leaflet.js").is_file():
        _missing(f"npm leaflet@{LEAFLET_VERSION} not in {NPM_DIR}")
    path = save_map(route_map(demo_routes()), tmp_path / "online.html", offline=False)
    visit = Visit(browser, serve_cdn=True)
    page = visit.open(path)
    _check_drawn(visit, page)
    assert visit.tiles > 0
    assert page.evaluate("L.version") == LEAFLET_VERSION
    page.screenshot(path=str(shots / "map-online.png"))
    assert visit.blocked == [], visit.blocked
    assert visit.errors == [], visit.errors


def test_hostile_input_runs_no_script(browser: Any, tmp_path: Path, shots: Path) -> None:
    from corridors.records.place import Place
    from corridors.records.route import Crossing, Leg, Route

    a = Place(f"Lahore{SCRIPT}", "PK", "city", 31.52, 74.36)
    b = Place(f"Kabul{IMG}", "AF", "city", 34.56, 69.21)
    bx = f"Torkham{IMG}"
    legs = (
        Leg("road", a.name, bx, 430.0, 8.0, "existing", ref=SCRIPT, name=IMG,
            source=f"`${{alert(1)}}` {SCRIPT}",
            coords=((74.36, 31.52), (72.5, 33.8), (71.09, 34.1))),
        Leg("road", bx, b.name, 225.0, 5.0, "existing", source=IMG,
            coords=((71.09, 34.1), (70.45, 34.43), (69.21, 34.56))),
    )
    route = Route(a, b, "road", "existing", "time", legs,
                  crossings=(Crossing(bx, ("PK", "AF"), 8.0, lat=34.1, lon=71.09),),
                  countries=("PK", "AF"), notes=(SCRIPT,))
    path = save_map(route_map([(route, {"evidence": f"{SCRIPT} {IMG}"})], title=IMG),
                    tmp_path / "hostile.html", offline=find_leaflet() is not None)
    visit = Visit(browser, serve_cdn=True)
    page = visit.open(path)
    visit.click_route("#d55e00")
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert SCRIPT in popup  # shown as text, not run
    names = page.locator(".cor-lbl-city span").all_text_contents()
    assert any(IMG in t for t in names), names
    assert page.locator(".cor-title").inner_text() == IMG
    assert page.locator(".cor-table").inner_text().count(SCRIPT) == 1
    assert page.locator("img[src='x']").count() == 0
    page.screenshot(path=str(shots / "map-hostile.png"))
    assert visit.dialogs == [], visit.dialogs
    assert visit.errors == [], visit.errors


def test_example_map_with_network(browser: Any, tmp_path: Path, shots: Path) -> None:
    """The map ``corridors model`` makes of the bundled example text, network included."""
    import corridors

    text = (REPO / "data" / "examples" / "kazakhstan-pakistan-meeting.txt").read_text(
        encoding="utf-8")
    result = corridors.model(text)
    fmap = route_map(result.features(), links={"links": [
        lk.to_dict() if hasattr(lk, "to_dict") else lk for lk in result.links]},
        network=corridors.load_network(), title="Kazakhstan–Pakistan meeting")
    path = save_map(fmap, tmp_path / "example.html", offline=find_leaflet() is not None)
    assert path.stat().st_size < 2_000_000
    visit = Visit(browser, serve_cdn=True)
    page = visit.open(path)
    page.wait_for_timeout(500)
    page.screenshot(path=str(shots / "map-example.png"))
    assert visit.route_paths("#d55e00") > 10
    assert visit.errors == [], visit.errors
    assert visit.dialogs == []


MAP = "(() => { for (const k in window) { if (k.startsWith('map_') && window[k] && " \
      "window[k].getZoom) return window[k]; } })()"

#: The boxes of the labels on screen, and the pairs of them that overlap.
LABEL_BOXES = """() => {
  const r = [...document.querySelectorAll('.cor-lbl span')]
    .filter(s => getComputedStyle(s.parentElement).display !== 'none')
    .map(s => { const b = s.getBoundingClientRect();
                return [s.textContent, b.x, b.y, b.width, b.height]; })
    .filter(b => b[3] > 0 && b[1] + b[3] > 0 && b[2] + b[4] > 0 &&
                 b[1] < innerWidth && b[2] < innerHeight);
  const bad = [];
  for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {
    const a = r[i], b = r[j];
    if (a[1] < b[1] + b[3] && b[1] < a[1] + a[3] && a[2] < b[2] + b[4] && b[2] < a[2] + a[4])
      bad.push([a[0], b[0]]);
  }
  return {shown: r.length, overlaps: bad};
}"""


def _route_lines(page: Any) -> list[str]:
    """The geometry of the route lines drawn (thick ones), sorted."""
    return sorted(page.evaluate(
        """() => [...document.querySelectorAll('path.leaflet-interactive')]
            .filter(p => p.getAttribute('stroke-width') === '5').map(p => p.getAttribute('d'))"""))


@pytest.fixture(scope="module")
def example_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``map.html`` as ``corridors model`` writes it for the bundled example text."""
    import corridors
    from corridors.scenarios.report import _map_page

    text = (REPO / "data" / "examples" / "kazakhstan-pakistan-meeting.txt").read_text(
        encoding="utf-8")
    path = tmp_path_factory.mktemp("example") / "map.html"
    path.write_text(_map_page(corridors.model(text)), encoding="utf-8")
    return path


def test_example_labels_never_overlap(browser: Any, example_page: Path, shots: Path) -> None:
    assert example_page.stat().st_size < 1_500_000
    visit = Visit(browser, serve_cdn=True)
    page = visit.open(example_page)
    start = page.evaluate(f"() => {MAP}.getZoom()")
    for scenario in ("With the proposals", "Today"):
        _scenario(page, scenario)
        for zoom in (start, start + 1, start + 2):
            page.evaluate(f"z => {MAP}.setZoom(z, {{animate: false}})", zoom)
            page.wait_for_timeout(250)
            boxes = page.evaluate(LABEL_BOXES)
            assert boxes["overlaps"] == [], (scenario, zoom, boxes)
            assert boxes["shown"] >= 3, (scenario, zoom, boxes)
            if scenario == "Today":
                page.screenshot(path=str(shots / f"map-example-today-z{zoom}.png"))
    assert visit.errors == [], visit.errors


def test_example_scenario_switch_and_table(browser: Any, example_page: Path,
                                           shots: Path) -> None:
    visit = Visit(browser, serve_cdn=True)
    page = visit.open(example_page)
    assert page.locator(".cor-headlines li").count() >= 3
    proposed = _route_lines(page)
    _scenario(page, "Today")
    today = _route_lines(page)
    assert proposed and today and proposed != today
    # A row of the table: its route is drawn, highlighted, and its popup opens.
    row = page.locator(".cor-table tr", has_text="air, Lahore → Almaty").first
    row.click()
    page.wait_for_selector(".leaflet-popup-content", timeout=5_000)
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "Lahore → Almaty" in popup
    assert "existing" in popup  # today's route, as the switch says
    assert page.locator(".leaflet-popup-content svg.cor-chart").count() >= 1
    assert "sel" in (row.get_attribute("class") or "")
    assert page.evaluate(
        """() => [...document.querySelectorAll('path.leaflet-interactive')]
            .some(p => p.getAttribute('stroke-width') === '9' &&
                       p.getAttribute('stroke') !== '#ffffff')""")
    # With the proposals, the same row shows the proposed route.
    _scenario(page, "With the proposals")
    assert len(_route_lines(page)) == len(proposed)
    row.click()
    page.wait_for_selector(".leaflet-popup-content", timeout=5_000)
    assert "proposed" in page.locator(".leaflet-popup-content").inner_text()
    page.screenshot(path=str(shots / "map-example-row.png"))
    # The panel folds away.
    page.locator(".cor-toggle").click()
    assert page.locator(".cor-panel-body").is_hidden()
    assert visit.errors == [], visit.errors
    assert visit.dialogs == []


def test_hostile_side_panel_is_text(browser: Any, tmp_path: Path) -> None:
    from corridors.maps._demo import demo_routes

    road = demo_routes()[0]
    rid = "{{ 7*7 }}</script>"
    panel = {"headlines": [SCRIPT, IMG], "columns": [IMG, "{{ 7*7 }}"],
             "caption": SCRIPT,
             "rows": [{"cells": [SCRIPT, IMG], "routes": {"existing": rid}}]}
    path = save_map(route_map([(road, {"route_id": rid})], panel=panel, title=SCRIPT),
                    tmp_path / "panel.html", offline=find_leaflet() is not None)
    visit = Visit(browser, serve_cdn=True)
    page = visit.open(path)
    assert page.locator(".cor-headlines li").all_inner_texts() == [SCRIPT, IMG]
    assert page.locator(".cor-table th").all_inner_texts() == [IMG, "{{ 7*7 }}"]
    assert page.locator(".cor-title").inner_text() == SCRIPT
    page.locator(".cor-table tr[tabindex]", has_text=IMG).click()
    page.wait_for_selector(".leaflet-popup-content", timeout=5_000)
    assert "Lahore → Tashkent" in page.locator(".leaflet-popup-content").inner_text()
    assert page.locator("img[src='x']").count() == 0
    assert "49" not in page.locator(".cor-panel").inner_text()
    assert visit.dialogs == [], visit.dialogs
    assert visit.errors == [], visit.errors
