"""The example text's five outputs stay what they were (issue 10: the package move changed no
behaviour).  The fixture holds a digest of each output, normalised for what legitimately
varies between runs (the date, stage timings, folium's random element ids).

When a change is meant to alter the outputs, regenerate the fixture and say why in the
commit message:  .venv/bin/python tests/test_example_outputs.py --update
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "example_outputs.json"
NAMES = ("links.json", "routes.geojson", "summary.csv", "report.md", "map.html")
_VARYING = [
    (re.compile(r"Made by corridors \S+ on \d{4}-\d{2}-\d{2}"),
     "Made by corridors VERSION on DATE"),
    (re.compile(r"^Timings: .*$", re.M), "Timings: ..."),
    (re.compile(r"_[0-9a-f]{32}"), "_ID"),
]


def normalise(text: str) -> str:
    for pattern, replacement in _VARYING:
        text = pattern.sub(replacement, text)
    return text


def digests(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256(normalise((folder / name).read_text(encoding="utf-8"))
                                 .encode("utf-8")).hexdigest() for name in NAMES}


def run_example(out: Path) -> dict[str, str]:
    from corridors.cli import main
    from corridors.settings import example_text

    assert main(["model", str(example_text()), "--out", str(out), "-q"]) == 0
    return digests(out)


def test_example_outputs_are_unchanged(tmp_path, capsys):
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    got = run_example(tmp_path)
    capsys.readouterr()
    changed = [name for name in NAMES if got[name] != expected[name]]
    assert changed == [], (f"{changed} changed; if meant, run "
                           "'python tests/test_example_outputs.py --update'")


if __name__ == "__main__" and "--update" in sys.argv:
    with tempfile.TemporaryDirectory() as tmp:
        FIXTURE.parent.mkdir(exist_ok=True)
        FIXTURE.write_text(json.dumps(run_example(Path(tmp)), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE}")
