"""The map's JavaScript and CSS: CDN addresses, and local copies for offline maps.

The maps drawn by :mod:`corridors.maps` need only Leaflet (no jQuery, Bootstrap or icon
fonts).  Online, the page loads Leaflet from the CDN folium names.  Offline, the page carries
Leaflet inline, read at render time from an installed package; nothing third-party is copied
into this repository.  Where Leaflet comes from, in order:

1. the folder named by the environment variable ``CORRIDORS_LEAFLET_DIR`` (holding
   ``leaflet.js``, ``leaflet.css`` and ``images/``, e.g. ``node_modules/leaflet/dist`` of the
   npm package ``leaflet@1.9.3``);
2. the PyPI package ``xstatic-leaflet`` (``pip install xstatic-leaflet``).
"""

from __future__ import annotations

import base64
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "LEAFLET_CSS_URL",
    "LEAFLET_JS_URL",
    "LEAFLET_VERSION",
    "LeafletAssets",
    "find_leaflet",
    "inline_assets",
]

log = logging.getLogger(__name__)

#: The Leaflet release folium 0.20 links to; local copies must be this one.
LEAFLET_VERSION = "1.9.3"
LEAFLET_JS_URL = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.js"
LEAFLET_CSS_URL = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.css"


@dataclass(frozen=True, slots=True)
class LeafletAssets:
    """Where a local Leaflet lives and which package provided it."""

    folder: Path
    provider: str

    @property
    def js(self) -> str:
        """``leaflet.js``, safe to put between ``<script>`` tags."""
        text = (self.folder / "leaflet.js").read_text(encoding="utf-8")
        return text.replace("</script", "<\\/script")

    @property
    def css(self) -> str:
        """``leaflet.css`` with its images turned into data URIs."""
        text = (self.folder / "leaflet.css").read_text(encoding="utf-8")

        def data_uri(match: re.Match[str]) -> str:
            name = match.group(1)
            path = self.folder / "images" / name
            if not path.is_file():
                return match.group(0)
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            return f"url(data:image/png;base64,{data})"

        return re.sub(r"url\(images/([A-Za-z0-9_.-]+\.png)\)", data_uri, text).replace(
            "</style", "<\\/style"
        )


def _ok(folder: Path) -> bool:
    return (folder / "leaflet.js").is_file() and (folder / "leaflet.css").is_file()


def find_leaflet() -> LeafletAssets | None:
    """A local copy of Leaflet, or ``None`` if none is installed (see the module's notes)."""
    env = os.environ.get("CORRIDORS_LEAFLET_DIR")
    if env:
        folder = Path(env)
        if _ok(folder):
            return LeafletAssets(folder, f"CORRIDORS_LEAFLET_DIR={folder}")
        log.warning("CORRIDORS_LEAFLET_DIR=%s holds no leaflet.js/leaflet.css", folder)
    try:
        import xstatic.pkg.leaflet as xleaflet  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None
    folder = Path(xleaflet.BASE_DIR)
    version = str(getattr(xleaflet, "VERSION", "?"))
    if not version.startswith(LEAFLET_VERSION):
        log.warning("xstatic-leaflet %s differs from Leaflet %s that folium expects",
                    version, LEAFLET_VERSION)
    if not _ok(folder):
        return None
    return LeafletAssets(folder, f"xstatic-leaflet {version}")


def inline_assets(html: str, assets: LeafletAssets) -> str:
    """Replace the page's Leaflet ``<script src>`` and ``<link>`` with the files themselves.

    Raises
    ------
    ValueError
        If the page does not link Leaflet where expected.
    """
    script = re.compile(r'<script src="' + re.escape(LEAFLET_JS_URL) + r'"></script>')
    link = re.compile(r'<link rel="stylesheet" href="' + re.escape(LEAFLET_CSS_URL) + r'"\s*/>')
    if not script.search(html) or not link.search(html):
        raise ValueError("the page does not link Leaflet from the expected CDN address")
    js, css = assets.js, assets.css
    html = script.sub(lambda _m: f"<script>/* Leaflet {LEAFLET_VERSION} */\n{js}</script>",
                      html, count=1)
    return link.sub(lambda _m: f"<style>/* Leaflet {LEAFLET_VERSION} */\n{css}</style>", html,
                    count=1)
