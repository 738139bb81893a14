"""The map written by a wheel installed outside the repository opens in a real browser, draws
its routes offline and logs no error (issue 10).  ``.ci/install-check.sh`` builds and installs
the wheel, writes the map and sets ``CORRIDORS_INSTALLED_MAP``; elsewhere this is skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_browser_maps import Visit, browser  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser

MAP = os.environ.get("CORRIDORS_INSTALLED_MAP")


@pytest.mark.skipif(not MAP, reason="set by .ci/install-check.sh after installing the wheel")
def test_the_installed_wheels_map_opens_offline(browser):  # noqa: F811
    page_path = Path(str(MAP))
    visit = Visit(browser)
    visit.page.goto(page_path.resolve().as_uri())
    visit.page.wait_for_selector(".leaflet-interactive", timeout=20_000)
    drawn = visit.page.locator("path.leaflet-interactive").count()
    assert drawn > 10
    assert visit.errors == []
    assert not [u for u in visit.blocked if "leaflet" in u]  # Leaflet is inlined
