"""A compact array backend for shortest paths on large graphs.

A :class:`FastGraph` holds a weighted directed graph as compressed sparse rows (CSR): one
``float64`` weight and one ``int32`` column index per edge, one ``int32`` row pointer per node
(``int64`` past 2**31), and optionally one edge key per edge so paths can name the networkx
edges they use.  Memory is therefore proportional to the number of edges (about 12-20 bytes
each) instead of networkx's several hundred bytes per edge, and queries run in compiled code
(:func:`scipy.sparse.csgraph.dijkstra`).

Build one from any networkx graph with a weight attribute (:meth:`FastGraph.from_networkx`) or
straight from edge arrays (:meth:`FastGraph.from_arrays`), then ask for a route
(:meth:`FastGraph.shortest_path`) or an origin-destination matrix (:meth:`FastGraph.distances`).
Parallel edges keep the lightest one, as networkx's Dijkstra does on multigraphs.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_array
from scipy.sparse.csgraph import dijkstra

from corridors.errors import InputError, NoRouteError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FastGraph", "WeightSpec"]

#: An edge attribute name, or a function ``(u, v, data) -> weight`` called once per edge
#: (``data`` is that one edge's attribute dict, also on multigraphs); a weight of ``None``
#: hides the edge, as in networkx.
WeightSpec = str | Callable[[Any, Any, dict[str, Any]], float | None]

_NO_PRED = -9999  # scipy's marker for "no predecessor"
_DEFAULT_CHUNK_BYTES = 64 * 2**20


class FastGraph:
    """A weighted directed graph stored as CSR arrays, for fast Dijkstra queries.

    Parameters
    ----------
    indptr, indices, weights
        The CSR arrays: the edges leaving node ``i`` are ``indices[indptr[i]:indptr[i+1]]``
        with weights ``weights[indptr[i]:indptr[i+1]]``.  Use the ``from_*`` constructors
        rather than building these by hand.
    nodes
        The node labels in index order, or ``None`` when the labels are the indices
        ``0 .. n-1`` themselves (saves a dict on large generated graphs).
    keys
        Per-edge keys aligned with ``indices`` (networkx multigraph keys), or ``None``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", length=2.0)
    >>> G.add_edge("b", "c", length=2.0)
    >>> G.add_edge("a", "c", length=5.0)
    >>> fg = FastGraph.from_networkx(G, weight="length")
    >>> fg.shortest_path("a", "c")
    (4.0, ['a', 'b', 'c'])
    """

    __slots__ = ("_index", "_keys", "_matrix", "_nodes")

    def __init__(
        self,
        indptr: npt.NDArray[np.integer[Any]],
        indices: npt.NDArray[np.integer[Any]],
        weights: npt.NDArray[np.float64],
        *,
        nodes: Sequence[Hashable] | None = None,
        keys: npt.NDArray[Any] | None = None,
    ) -> None:
        n = len(indptr) - 1
        if nodes is not None and len(nodes) != n:
            msg = f"FastGraph got {len(nodes)} node labels for {n} rows; they must match."
            raise InputError(msg)
        self._matrix = csr_array((weights, indices, indptr), shape=(n, n))
        self._nodes: list[Hashable] | None = list(nodes) if nodes is not None else None
        self._index: dict[Hashable, int] | None = (
            {node: i for i, node in enumerate(self._nodes)} if self._nodes is not None else None
        )
        self._keys = keys

    # -- construction ------------------------------------------------------------------

    @classmethod
    def from_arrays(
        cls,
        sources: npt.ArrayLike,
        targets: npt.ArrayLike,
        weights: npt.ArrayLike,
        *,
        n_nodes: int | None = None,
        nodes: Sequence[Hashable] | None = None,
        keys: npt.ArrayLike | None = None,
        directed: bool = True,
    ) -> FastGraph:
        """Build from parallel arrays of edge sources, targets and weights (node indices).

        Parameters
        ----------
        sources, targets
            Integer node indices in ``0 .. n_nodes-1``.
        weights
            Non-negative finite edge weights.
        n_nodes
            Number of nodes; default ``len(nodes)`` or one more than the largest index.
        nodes
            Labels of the nodes in index order (default: the indices themselves).
        keys
            Optional per-edge keys returned by :meth:`shortest_path_edges`.
        directed
            When False every edge is added in both directions.

        Returns
        -------
        FastGraph
            The graph; of parallel edges only the lightest is kept.
        """
        u = np.asarray(sources, dtype=np.int64)
        v = np.asarray(targets, dtype=np.int64)
        w = np.asarray(weights, dtype=np.float64)
        k = None if keys is None else np.asarray(keys)
        if not (u.shape == v.shape == w.shape) or u.ndim != 1:
            msg = "FastGraph.from_arrays needs sources, targets and weights of one length."
            raise InputError(msg)
        if k is not None and k.shape != u.shape:
            msg = "FastGraph.from_arrays needs one key per edge."
            raise InputError(msg)
        if w.size and (not np.all(np.isfinite(w)) or w.min() < 0):
            msg = "Edge weights must be finite and non-negative for Dijkstra."
            raise InputError(msg)
        if n_nodes is None:
            n_nodes = len(nodes) if nodes is not None else (int(max(u.max(), v.max())) + 1
                                                            if u.size else 0)
        if u.size and (min(u.min(), v.min()) < 0 or max(u.max(), v.max()) >= n_nodes):
            msg = f"Edge endpoints must be node indices in 0..{n_nodes - 1}."
            raise InputError(msg)
        if not directed:
            u, v = np.concatenate([u, v]), np.concatenate([v, u])
            w = np.concatenate([w, w])
            if k is not None:
                k = np.concatenate([k, k])
        # Sort by (source, target, weight); the first of each (source, target) run is the
        # lightest parallel edge.  Building the CSR arrays ourselves keeps explicit zero
        # weights as edges (scipy would sum duplicates).
        order = np.lexsort((w, v, u))
        u, v, w = u[order], v[order], w[order]
        if k is not None:
            k = k[order]
        if u.size:
            first = np.ones(u.size, dtype=bool)
            first[1:] = (u[1:] != u[:-1]) | (v[1:] != v[:-1])
            u, v, w = u[first], v[first], w[first]
            if k is not None:
                k = k[first]
        # int32 indices while they fit: scipy needs indptr and indices of one dtype
        index_dtype = np.int32 if max(n_nodes, u.size) < 2**31 - 1 else np.int64
        indptr: npt.NDArray[np.integer[Any]] = np.zeros(n_nodes + 1, dtype=index_dtype)
        np.cumsum(np.bincount(u, minlength=n_nodes), out=indptr[1:])
        return cls(indptr, v.astype(index_dtype), w, nodes=nodes, keys=k)

    @classmethod
    def from_networkx(cls, graph: nx.Graph[Any], weight: WeightSpec = "length") -> FastGraph:
        """Build from a networkx graph (directed or not, multigraph or not).

        Parameters
        ----------
        graph
            Any networkx graph.
        weight
            Edge attribute holding the weight, or a function ``(u, v, data) -> weight`` (see
            :data:`WeightSpec`).  Undirected graphs get both directions.

        Returns
        -------
        FastGraph
            The graph, with the networkx node labels and (for multigraphs) edge keys.

        Raises
        ------
        InputError
            When an edge lacks the weight attribute or has a negative or non-numeric weight.
        """
        nodes = list(graph.nodes)
        index = {node: i for i, node in enumerate(nodes)}
        src: list[int] = []
        dst: list[int] = []
        wts: list[float] = []
        keys: list[Any] | None = [] if graph.is_multigraph() else None
        edges: Iterable[tuple[Any, ...]] = (
            graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
        )
        for edge in edges:
            u, v, data = edge[0], edge[1], edge[-1]
            w = _edge_weight(u, v, data, weight)
            if w is None:
                continue
            src.append(index[u])
            dst.append(index[v])
            wts.append(w)
            if keys is not None:
                keys.append(edge[2])
        key_array = None
        if keys is not None:
            key_array = np.asarray(keys) if all(type(k) is int for k in keys) else _objects(keys)
        return cls.from_arrays(
            src,
            dst,
            wts,
            n_nodes=len(nodes),
            nodes=nodes,
            keys=key_array,
            directed=graph.is_directed(),
        )

    # -- size --------------------------------------------------------------------------

    @property
    def n_nodes(self) -> int:
        """Number of nodes."""
        return int(self._matrix.shape[0])

    @property
    def n_edges(self) -> int:
        """Number of directed edges stored (parallel edges counted once)."""
        return int(self._matrix.nnz)

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays (node labels and their index not counted)."""
        m = self._matrix
        size = int(m.data.nbytes + m.indices.nbytes + m.indptr.nbytes)
        if self._keys is not None:
            size += int(self._keys.nbytes)
        return size

    def node_index(self, node: Hashable) -> int:
        """The row index of ``node``; raises :class:`InputError` when it is not in the graph."""
        if self._index is not None:
            try:
                return self._index[node]
            except KeyError:
                pass
        elif isinstance(node, int | np.integer) and 0 <= int(node) < self.n_nodes:
            return int(node)
        msg = f"Node {node!r} is not in the graph."
        raise InputError(msg)

    def node_label(self, i: int) -> Hashable:
        """The label of the node at row ``i``."""
        return self._nodes[i] if self._nodes is not None else i

    # -- queries -----------------------------------------------------------------------

    def _tree(self, source: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int32]]:
        dist, pred = dijkstra(self._matrix, directed=True, indices=source,
                              return_predecessors=True)
        return dist, pred

    def _path_indices(self, source: Hashable, target: Hashable) -> tuple[float, list[int]]:
        s, t = self.node_index(source), self.node_index(target)
        if s == t:
            return 0.0, [s]
        dist, pred = self._tree(s)
        if not math.isfinite(dist[t]):
            msg = f"No path from {source!r} to {target!r} in the graph."
            raise NoRouteError(msg)
        path = [t]
        while path[-1] != s:
            p = int(pred[path[-1]])
            if p == _NO_PRED:  # pragma: no cover - impossible when dist is finite
                msg = f"No path from {source!r} to {target!r} in the graph."
                raise NoRouteError(msg)
            path.append(p)
        path.reverse()
        return float(dist[t]), path

    def _edges_of(self, path: list[int]) -> list[tuple[Hashable, Hashable, Any]]:
        indptr, indices = self._matrix.indptr, self._matrix.indices
        edges: list[tuple[Hashable, Hashable, Any]] = []
        for a, b in itertools.pairwise(path):
            key = None
            if self._keys is not None:
                lo, hi = int(indptr[a]), int(indptr[a + 1])
                pos = lo + int(np.flatnonzero(indices[lo:hi] == b)[0])
                key = self._keys[pos]
                key = key.item() if isinstance(key, np.generic) else key
            edges.append((self.node_label(a), self.node_label(b), key))
        return edges

    def paths_from(
        self, source: Hashable, targets: Sequence[Hashable]
    ) -> list[tuple[float, list[tuple[Hashable, Hashable, Any]]] | None]:
        """Lightest paths from one source to several targets, with one Dijkstra run.

        Returns
        -------
        list
            Per target, ``(weight, [(u, v, key), ...])`` as :meth:`shortest_path_edges`, or
            ``None`` when it is unreachable.
        """
        s = self.node_index(source)
        ts = [self.node_index(t) for t in targets]
        dist, pred = self._tree(s)
        out: list[tuple[float, list[tuple[Hashable, Hashable, Any]]] | None] = []
        for t in ts:
            if not math.isfinite(dist[t]):
                out.append(None)
                continue
            path = [t]
            while path[-1] != s:
                path.append(int(pred[path[-1]]))
            path.reverse()
            out.append((float(dist[t]), self._edges_of(path)))
        return out

    def shortest_path(self, source: Hashable, target: Hashable) -> tuple[float, list[Hashable]]:
        """The lightest path from ``source`` to ``target`` and its total weight.

        Returns
        -------
        tuple
            ``(weight, [source, ..., target])`` with node labels.

        Raises
        ------
        NoRouteError
            When ``target`` cannot be reached from ``source``.
        InputError
            When either node is not in the graph.
        """
        length, path = self._path_indices(source, target)
        return length, [self.node_label(i) for i in path]

    def shortest_path_edges(
        self, source: Hashable, target: Hashable
    ) -> tuple[float, list[tuple[Hashable, Hashable, Any]]]:
        """Like :meth:`shortest_path` but as edges ``(u, v, key)``.

        ``key`` is the networkx key of the lightest parallel edge used (``None`` for graphs
        built without keys), so ``G.edges[u, v, key]`` gives back its attributes.
        """
        length, path = self._path_indices(source, target)
        return length, self._edges_of(path)

    def distances(
        self,
        sources: Sequence[Hashable],
        targets: Sequence[Hashable] | None = None,
        *,
        chunk_bytes: int = _DEFAULT_CHUNK_BYTES,
    ) -> npt.NDArray[np.float64]:
        """Origin-destination matrix of lightest-path weights (``inf`` where unreachable).

        Parameters
        ----------
        sources
            Origin nodes (rows of the result).
        targets
            Destination nodes (columns); default all nodes.
        chunk_bytes
            Origins are solved in batches whose full distance rows fit in this many bytes,
            so memory stays bounded on large graphs.

        Returns
        -------
        numpy.ndarray
            ``len(sources) x len(targets)`` float64 array.
        """
        src = np.fromiter((self.node_index(s) for s in sources), dtype=np.int64)
        cols = (
            None
            if targets is None
            else np.fromiter((self.node_index(t) for t in targets), dtype=np.int64)
        )
        width = self.n_nodes if cols is None else len(cols)
        out = np.empty((len(src), width), dtype=np.float64)
        batch = max(1, chunk_bytes // max(1, 8 * self.n_nodes))
        for lo in range(0, len(src), batch):
            rows = dijkstra(self._matrix, directed=True, indices=src[lo : lo + batch])
            rows = np.atleast_2d(rows)
            out[lo : lo + batch] = rows if cols is None else rows[:, cols]
        return out


def _edge_weight(u: Any, v: Any, data: dict[str, Any], weight: WeightSpec) -> float | None:
    if callable(weight):
        value = weight(u, v, data)
        if value is None:
            return None
        name = "the weight function's value"
    else:
        if weight not in data:
            msg = f"Edge ({u!r}, {v!r}) has no {weight!r} attribute to use as its weight."
            raise InputError(msg)
        value = data[weight]
        name = f"its {weight!r}"
    try:
        w = float(value)
    except (TypeError, ValueError):
        msg = f"Edge ({u!r}, {v!r}) has a non-numeric weight: {name} is {value!r}."
        raise InputError(msg) from None
    if not math.isfinite(w) or w < 0:
        msg = f"Edge ({u!r}, {v!r}) has a negative or infinite weight: {name} is {value!r}."
        raise InputError(msg)
    return w


def _objects(values: list[Any]) -> npt.NDArray[np.object_]:
    arr = np.empty(len(values), dtype=object)
    arr[:] = values
    return arr
