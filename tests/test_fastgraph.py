"""The compact array backend agrees with networkx and keeps its promises on edge cases."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corridors.errors import InputError, NoRouteError
from corridors.network._fastgraph import FastGraph


@st.composite
def weighted_digraphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    n = draw(st.integers(min_value=1, max_value=12))
    edges = draw(
        st.lists(
            st.tuples(
                st.integers(0, n - 1),
                st.integers(0, n - 1),
                st.floats(min_value=0.0, max_value=100.0, allow_nan=False),
            ),
            max_size=40,
        )
    )
    g = nx.MultiDiGraph()
    g.add_nodes_from(f"n{i}" for i in range(n))
    for u, v, w in edges:
        g.add_edge(f"n{u}", f"n{v}", length=w)
    return g


@settings(max_examples=60, deadline=None)
@given(weighted_digraphs(), st.data())
def test_matches_networkx_on_random_multigraphs(g: nx.MultiDiGraph, data: st.DataObject) -> None:
    fg = FastGraph.from_networkx(g, weight="length")
    nodes = list(g.nodes)
    s = data.draw(st.sampled_from(nodes))
    t = data.draw(st.sampled_from(nodes))
    try:
        expected = nx.dijkstra_path_length(g, s, t, weight="length")
    except nx.NetworkXNoPath:
        with pytest.raises(NoRouteError):
            fg.shortest_path(s, t)
        return
    length, path = fg.shortest_path(s, t)
    assert length == pytest.approx(expected)
    assert path[0] == s and path[-1] == t
    # the path is a real path of that length, using the lightest parallel edges
    _, edges = fg.shortest_path_edges(s, t)
    total = sum(g.edges[u, v, k]["length"] for u, v, k in edges)
    assert total == pytest.approx(expected)


@settings(max_examples=30, deadline=None)
@given(weighted_digraphs())
def test_od_matrix_matches_networkx(g: nx.MultiDiGraph) -> None:
    fg = FastGraph.from_networkx(g, weight="length")
    nodes = list(g.nodes)
    od = fg.distances(nodes, nodes, chunk_bytes=8)  # one origin per batch
    for i, s in enumerate(nodes):
        lengths = nx.single_source_dijkstra_path_length(g, s, weight="length")
        for j, t in enumerate(nodes):
            assert od[i, j] == pytest.approx(lengths.get(t, math.inf))


def test_undirected_graph_gets_both_directions() -> None:
    g = nx.Graph()
    g.add_edge("a", "b", w=1.5)
    g.add_edge("b", "c", w=2.0)
    fg = FastGraph.from_networkx(g, weight="w")
    assert fg.shortest_path("c", "a") == (3.5, ["c", "b", "a"])
    assert fg.n_edges == 4


def test_zero_weight_edges_are_edges() -> None:
    fg = FastGraph.from_arrays([0, 1], [1, 2], [0.0, 0.0])
    assert fg.shortest_path(0, 2) == (0.0, [0, 1, 2])


def test_parallel_edges_keep_lightest_key() -> None:
    g = nx.MultiDiGraph()
    g.add_edge(1, 2, key=0, length=10.0)
    g.add_edge(1, 2, key=7, length=3.0)
    fg = FastGraph.from_networkx(g)
    assert fg.shortest_path_edges(1, 2) == (3.0, [(1, 2, 7)])


def test_callable_weight_and_hidden_edges() -> None:
    g = nx.DiGraph()
    g.add_edge("a", "b", length=1.0, closed=True)
    g.add_edge("a", "c", length=5.0)
    g.add_edge("c", "b", length=5.0)
    fg = FastGraph.from_networkx(
        g, weight=lambda u, v, d: None if d.get("closed") else d["length"] * 2
    )
    assert fg.shortest_path("a", "b") == (20.0, ["a", "c", "b"])


def test_same_source_and_target() -> None:
    fg = FastGraph.from_arrays([0], [1], [1.0])
    assert fg.shortest_path(1, 1) == (0.0, [1])


def test_unreachable_is_no_route_and_inf_in_matrix() -> None:
    fg = FastGraph.from_arrays([0], [1], [1.0], n_nodes=3)
    with pytest.raises(NoRouteError):
        fg.shortest_path(1, 0)
    od = fg.distances([0, 1], [1, 2])
    assert od[0, 0] == 1.0 and math.isinf(od[0, 1]) and math.isinf(od[1, 1])


def test_distances_to_all_nodes() -> None:
    fg = FastGraph.from_arrays([0, 1], [1, 2], [1.0, 2.0])
    np.testing.assert_allclose(fg.distances([0]), [[0.0, 1.0, 3.0]])


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"sources": [0], "targets": [1], "weights": [-1.0]}, "non-negative"),
        ({"sources": [0], "targets": [1], "weights": [math.nan]}, "finite"),
        ({"sources": [0, 1], "targets": [1], "weights": [1.0]}, "one length"),
        ({"sources": [0], "targets": [5], "weights": [1.0], "n_nodes": 3}, "0..2"),
    ],
)
def test_from_arrays_rejects_bad_input(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(InputError, match=match):
        FastGraph.from_arrays(**kwargs)  # type: ignore[arg-type]


def test_from_networkx_rejects_missing_or_bad_weights() -> None:
    g = nx.DiGraph()
    g.add_edge("a", "b")
    with pytest.raises(InputError, match="no 'length' attribute"):
        FastGraph.from_networkx(g)
    g.edges["a", "b"]["length"] = "far"
    with pytest.raises(InputError, match="non-numeric"):
        FastGraph.from_networkx(g)
    g.edges["a", "b"]["length"] = -3
    with pytest.raises(InputError, match="negative"):
        FastGraph.from_networkx(g)


def test_unknown_node() -> None:
    fg = FastGraph.from_networkx(nx.path_graph(3), weight=lambda u, v, d: 1.0)
    with pytest.raises(InputError, match="not in the graph"):
        fg.shortest_path(0, 99)
    fg2 = FastGraph.from_arrays([0], [1], [1.0])
    with pytest.raises(InputError, match="not in the graph"):
        fg2.shortest_path(0, 5)


def test_memory_is_proportional_to_edges() -> None:
    rng = np.random.default_rng(1)
    n, m = 10_000, 40_000
    fg = FastGraph.from_arrays(rng.integers(0, n, m), rng.integers(0, n, m), rng.random(m))
    # float64 weight + int32 index per edge, int32 pointer per node
    assert fg.nbytes <= 12 * m + 4 * (n + 1)


def test_paths_from_one_source_to_many() -> None:
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", length=1.0)
    g.add_edge("b", "c", length=1.0)
    g.add_edge("a", "c", length=5.0)
    g.add_node("z")
    fg = FastGraph.from_networkx(g)
    to_c, to_a, to_z = fg.paths_from("a", ["c", "a", "z"])
    assert to_c == (2.0, [("a", "b", 0), ("b", "c", 0)])
    assert to_a == (0.0, [])
    assert to_z is None
