extension Graph {
    /// The articulation points (cut vertices): vertices whose removal, with
    /// their edges, increases the number of connected components.
    ///
    /// Definition: `v` is a cut vertex when some two other vertices of its
    /// component are connected only through `v`. Found with Hopcroft and
    /// Tarjan's lowpoint method: in a depth-first search tree, a non-root
    /// `v` is a cut vertex when some child `c` has `low(c) ≥ disc(v)`; the
    /// root is one when it has at least two children. The search is
    /// iterative (explicit stack), so deep graphs cannot overflow the stack.
    ///
    /// Works on the underlying undirected graph: a directed graph's arcs are
    /// taken as undirected edges (NetworkX refuses directed graphs here).
    /// Self-loops and weights are ignored. A disconnected graph is handled
    /// component by component; isolated vertices are never cut vertices.
    ///
    /// - Returns: the cut vertices in ascending order.
    /// - Complexity: O(V + E) time and O(V + E) space, where V is the number
    ///   of vertices and E the number of edges.
    ///
    /// Reference: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient
    /// algorithms for graph manipulation", Communications of the ACM 16(6),
    /// 372–378 (1973), doi:10.1145/362248.362272.
    ///
    /// Reproduces the set returned by NetworkX `articulation_points`.
    public func articulationPoints() -> [Int32] {
        CutSearch(UndirectedAdjacency(self, useWeights: false)).cutVertices
    }
}
