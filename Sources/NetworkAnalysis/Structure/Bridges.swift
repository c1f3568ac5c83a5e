/// An edge `{u, v}` of the underlying undirected graph, stored with
/// `u < v`; ordered lexicographically.
public struct Bridge: Sendable, Hashable, Codable, Comparable {
    /// The smaller endpoint.
    public let u: Int32
    /// The larger endpoint.
    public let v: Int32

    /// An edge between `a` and `b`, in either order.
    public init(_ a: Int32, _ b: Int32) {
        u = min(a, b)
        v = max(a, b)
    }

    public static func < (l: Bridge, r: Bridge) -> Bool { (l.u, l.v) < (r.u, r.v) }
}

extension Graph {
    /// The bridges (cut edges): edges whose removal increases the number of
    /// connected components.
    ///
    /// Definition: the edge `{p, c}` with `c` a depth-first-search child of
    /// `p` is a bridge exactly when `low(c) > disc(p)`, i.e. no edge from the
    /// subtree of `c` climbs back to `p` or above (Tarjan 1974). The search is
    /// iterative (explicit stack), so deep graphs cannot overflow the stack.
    ///
    /// Works on the underlying simple undirected graph: a directed graph's
    /// arcs `u → v` and `v → u` count as one edge `{u, v}`. Parallel edges
    /// were already merged when the graph was built, so they never protect
    /// each other. Self-loops and weights are ignored; disconnected graphs are
    /// handled component by component.
    ///
    /// - Returns: the bridges, each with `u < v`, sorted by `(u, v)`.
    /// - Complexity: O(V + E) time and O(V + E) space, where V is the number
    ///   of vertices and E the number of edges.
    ///
    /// Reference: R. E. Tarjan, "A note on finding the bridges of a graph",
    /// Information Processing Letters 2(6), 160–161 (1974),
    /// doi:10.1016/0020-0190(74)90003-9.
    ///
    /// Reproduces the edge set returned by NetworkX `bridges`.
    public func bridges() -> [Bridge] {
        CutSearch(UndirectedAdjacency(self, useWeights: false)).bridges
    }
}
