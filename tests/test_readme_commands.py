"""Every ``corridors`` command in the README's examples runs and exits as documented
(issue 11): 0 unless its comment says ``exit N``.  The commands of one code block run in
order in one folder (a block may write a file that a later line reads, ``> mine.toml``).
Synopsis lines (with placeholders) and commands that need internet or files the README does
not ship are left out, with the reason written here."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from corridors.cli import main

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
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
    "A.toml B.toml": "a synopsis line with placeholders",
    "article.txt": "a placeholder for the reader's own text and edits",
    "out/routes.geojson": "needs the output of command 1 (run in the model test)",
}


def _blocks() -> list[list[tuple[str, int]]]:
    text = README.read_text(encoding="utf-8")
    blocks = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        commands = []
        for raw in block.replace("\\\n", " ").splitlines():
            line = raw.strip()
            if not line.startswith("corridors ") or any(k in line for k in SKIPPED):
                continue
            command, _, comment = line.partition("#")
            code = re.search(r"exit (\d)", comment)
            commands.append((command.strip(), int(code.group(1)) if code else 0))
        if commands:
            blocks.append(commands)
    return blocks


BLOCKS = _blocks()


def _run(command: str, folder: Path) -> tuple[int, str]:
    args = shlex.split(command)[1:]
    target = None
    if ">" in args:
        at = args.index(">")
        target, args = folder / args[at + 1], args[:at]
    args = [str(REPO / a) if a.startswith("data/") else a for a in args]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(args)
    if target is not None:
        target.write_text(out.getvalue(), encoding="utf-8")
    return code, out.getvalue()


def test_the_readme_has_examples():
    assert sum(len(b) for b in BLOCKS) >= 15


@pytest.mark.parametrize("block", BLOCKS, ids=[b[0][0][:60] for b in BLOCKS])
def test_readme_commands_exit_as_documented(block, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for command, expected in block:
        code, _ = _run(command, tmp_path)
        assert code == expected, (command, capsys.readouterr().err)
