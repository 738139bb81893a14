"""Every ``corridors`` command in the README's examples runs and exits as documented
(issue 11): 0 unless its comment says ``exit N``.  Synopsis lines (with placeholders) and
commands that need internet or files the README does not ship are left out, with the reason
written here."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from corridors.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
#: Lines not run, and why.
SKIPPED = {
    "osm fetch": "downloads from Overpass (live tests: CORRIDORS_LIVE=1)",
    "region.osm.pbf": "a local OSM extract the README does not ship",
    "TEXT_FILE": "a synopsis line with placeholders",
    "FROM TO": "a synopsis line with placeholders",
    "INPUT": "a synopsis line with placeholders",
    "QUERY": "a synopsis line with placeholders",
    "FROM --hours H": "a synopsis line with placeholders",
    "fetch|load": "a synopsis line with placeholders",
    "out/routes.geojson": "needs the output of command 1 (run in the model test)",
}


def _commands() -> list[tuple[str, int]]:
    text = README.read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = line.strip()
            if not line.startswith("corridors ") or any(k in line for k in SKIPPED):
                continue
            command, _, comment = line.partition("#")
            code = re.search(r"exit (\d)", comment)
            found.append((command.strip(), int(code.group(1)) if code else 0))
    return found


COMMANDS = _commands()


def test_the_readme_has_examples():
    assert len(COMMANDS) >= 10


@pytest.mark.parametrize(("command", "code"), COMMANDS, ids=[c for c, _ in COMMANDS])
def test_readme_command_exits_as_documented(command, code, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    args = shlex.split(command)[1:]
    if "--out" in args:
        args[args.index("--out") + 1] = str(tmp_path / "out")
    assert main(args) == code, capsys.readouterr().err
