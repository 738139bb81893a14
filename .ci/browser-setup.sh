#!/usr/bin/env bash
# Install what the map tests need on a fresh Debian machine; quick when all is there.
#   - Debian's chromium (Playwright's own browser download is not possible here);
#   - Playwright for Python (the driver only) and xstatic-leaflet (Leaflet 1.9.3, inlined
#     into offline maps), plus nbclient/ipykernel to execute the notebooks;
#   - the npm packages leaflet@1.9.3 (served in place of the CDN in the browser test) and
#     world-atlas@2.0.2 (source of data/outlines), into build/npm/node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q "playwright>=1.40" "xstatic-leaflet==1.9.3.*" \
  "nbclient>=0.10" "nbformat>=5.9" "ipykernel>=6.29"

if [ ! -f build/npm/node_modules/leaflet/dist/leaflet.js ] \
   || [ ! -f build/npm/node_modules/world-atlas/countries-50m.json ]; then
  mkdir -p build/npm
  [ -f build/npm/package.json ] || echo '{"private": true}' > build/npm/package.json
  npm install --prefix build/npm --no-audit --no-fund --silent \
    leaflet@1.9.3 world-atlas@2.0.2
fi

chromium --version 2>/dev/null || true
