extension TwoModeGraph {
    /// Two-mode degree centrality: a vertex's degree divided by the size of
    /// the *other* side, the most neighbours it could have (Borgatti &
    /// Everett 1997).
    ///
    /// - Returns: one score per vertex of `graph`, in [0, 1]; 0 when the
    ///   other side is empty.
    ///
    /// **Reproduces** NetworkX 3.6 `bipartite.degree_centrality`.
    ///
    /// - Complexity: O(V) time and space.
    ///
    /// Reference: S. P. Borgatti & M. G. Everett, "Network analysis of
    /// 2-mode data", Social Networks 19(3):243–269, 1997,
    /// doi:10.1016/S0378-8733(96)00301-2.
    public func degreeCentrality() -> VertexScores {
        let other: [TwoModeSide: Double] = [.top: Double(bottomVertices.count), .bottom: Double(topVertices.count)]
        return VertexScores((0 ..< graph.vertexCount).map { v in
            let size = other[sides[v]] ?? 0
            return size == 0 ? 0 : Double(graph.outDegree(Int32(v))) / size
        })
    }
}
