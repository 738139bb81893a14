"""The package layout: imports run one way through the pipeline's stages, with no cycle;
no module over 800 lines and no function over 100 lines of code (docstrings aside) (issue 10).

The stages are DESIGN.md's, with one change: maps sit below scenarios, because the model
writes map.html; maps need only records and the dataset, so nothing imports upward.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "corridors"

#: The pipeline's stages, lowest first: a module may import its own stage or a lower one.
LAYERS: list[tuple[str, ...]] = [
    ("corridors.errors", "corridors.settings", "corridors._io", "corridors._format",
     "corridors._latlon", "corridors._optional", "corridors._cache", "corridors.records"),
    ("corridors.gazetteer", "corridors.dataset"),
    ("corridors.extract", "corridors.network"),
    ("corridors.maps",),
    ("corridors.scenarios", "corridors.osm"),
    ("corridors.cli", "corridors.__main__", "corridors"),
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The corridors modules a module imports at run time (TYPE_CHECKING blocks aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
            and _is_type_checking(node) for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("corridors")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("corridors"):
            base = str(node.module)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)
    return {m for m in found if m in modules}


def _layer(module: str) -> int:
    best = max((prefix for layer in LAYERS for prefix in layer
                if module == prefix or module.startswith(prefix + ".")), key=len)
    return next(i for i, layer in enumerate(LAYERS) if best in layer)


@pytest.fixture(scope="module")
def graph() -> nx.DiGraph:
    modules = _modules()
    g = nx.DiGraph()
    for name, path in modules.items():
        g.add_node(name)
        for target in _imports(path, set(modules)):
            if target != name:
                g.add_edge(name, target)
    return g


def test_no_import_cycle(graph):
    cycles = list(nx.simple_cycles(graph))
    assert cycles == [], cycles[:5]


def test_imports_run_down_the_pipeline(graph):
    upward = [(a, b) for a, b in graph.edges if _layer(b) > _layer(a)]
    assert upward == []


def test_no_module_over_800_lines():
    long = {name: n for name, p in _modules().items()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 800}
    assert long == {}


def _code_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """A function's lines from its signature to its end, its docstring left out."""
    body = node.body
    doc = (len(body) > 1 and isinstance(body[0], ast.Expr)
           and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str))
    doc_lines = (body[0].end_lineno or body[0].lineno) - body[0].lineno + 1 if doc else 0
    return (node.end_lineno or node.lineno) - node.lineno + 1 - doc_lines


def test_no_function_over_100_lines():
    long = []
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = _code_lines(node)
                if length > 100:
                    long.append(f"{name}.{node.name}: {length} lines")
    assert long == []
