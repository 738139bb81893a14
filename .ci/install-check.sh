#!/usr/bin/env bash
# Issue 10: build the wheel and the sdist, install the wheel into a fresh virtual environment
# and, from a folder outside the repository with no CORRIDORS_* variable set, run route,
# places, reach, model on the packaged example, and map.  Leaves the map's path in
# $CORRIDORS_INSTALLED_MAP for the browser test (tests/test_browser_installed_map.py).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work/venv" "$work/buildenv"' EXIT

python3 -m venv "$work/buildenv"
"$work/buildenv/bin/pip" install -q build
rm -rf dist
"$work/buildenv/bin/python" -m build -q --sdist --wheel --outdir dist >/dev/null
ls dist/*.whl dist/*.tar.gz

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q dist/*.whl
mkdir -p "$work/run"
cd "$work/run"
run() { env -u CORRIDORS_DATA_DIR -u CORRIDORS_CACHE_DIR "$work/venv/bin/corridors" "$@"; }
run route Lahore Almaty > route.txt
run places Kabul > places.txt
run reach Peshawar --hours 30 > reach.txt
example="$("$work/venv/bin/python" -c 'from corridors.settings import example_text; print(example_text())')"
case "$example" in "$repo"*) echo "the example was found in the repository, not in the wheel"; exit 1;; esac
run model "$example" --out out -q > model.txt
"$work/venv/bin/python" -c 'from corridors.extract._confidence import load_model
assert load_model() is not None, "confidence_model.json is missing from the wheel"'
run map out/routes.geojson --out map.html > map.txt
for f in out/links.json out/routes.geojson out/summary.csv out/report.md out/map.html map.html; do
  test -s "$f" || { echo "missing $f"; exit 1; }
done
echo "installed wheel: route, places, reach, model and map ran from $work/run"
echo "$work/run/map.html" > "$repo/.ci-installed-map"
