extension Graph {
    /// Transitivity (global clustering coefficient): `3 × triangles /
    /// connected triples`, the probability that two neighbours of a vertex
    /// are adjacent, over all such pairs.
    ///
    /// - Returns: the ratio, 0 when there are no triangles.
    /// - Throws: `AnalysisError.unsupported` for a directed graph.
    ///
    /// **Reproduces** NetworkX 3.6 `transitivity` and igraph
    /// `transitivity_undirected`. Self-loops and weights are ignored.
    ///
    /// - Complexity: O(Σ_v d(v)²) time; O(V) space.
    ///
    /// Reference: M. E. J. Newman, S. H. Strogatz & D. J. Watts, Phys. Rev. E
    /// 64:026118, 2001, doi:10.1103/PhysRevE.64.026118.
    public func transitivity() throws -> Double {
        guard !isDirected else {
            throw AnalysisError.unsupported(measure: "transitivity", reason: "defined for undirected graphs only")
        }
        let (t, d) = orderedTriangleCounts()
        let triangles = t.reduce(0, +)
        let triples = d.reduce(0) { $0 + $1 * ($1 - 1) }
        return triangles == 0 ? 0 : Double(triangles) / Double(triples)
    }
}
