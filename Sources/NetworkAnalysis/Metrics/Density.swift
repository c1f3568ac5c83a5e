extension Graph {
    /// Density: the share of possible edges that are present.
    ///
    /// `2m / (n(n − 1))` undirected, `m / (n(n − 1))` directed, with `m`
    /// the edge count (self-loops included, so a graph with loops can
    /// exceed 1) and 0 when `n ≤ 1`.
    ///
    /// - Complexity: O(1).
    ///
    /// **Reproduces** NetworkX 3.6 `density`.
    public var density: Double {
        let n = Double(vertexCount), m = Double(edgeCount)
        guard vertexCount > 1 else { return 0 }
        return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }
}
