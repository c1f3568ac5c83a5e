extension Graph {
    /// One shortest path from `source` to `target`, drawn uniformly at
    /// random among all of them (in hops; weights ignored): each of the
    /// `σ_st` shortest paths comes out with probability `1/σ_st`.
    ///
    /// A balanced bidirectional breadth-first search (Borassi & Natale's
    /// KADABRA sampler) grows a ball around each end, a whole level at a
    /// time, expanding the side whose newest level has the smaller degree
    /// sum, and stops when the balls meet; one of the arcs joining them is
    /// drawn in proportion to the shortest paths through it, and each half
    /// is walked back drawing predecessors in proportion to their path
    /// counts. This is the sampler of `estimatedBetweenness(epsilon:delta:)`.
    ///
    /// - Parameters:
    ///   - source: the first vertex of the path.
    ///   - target: the last vertex of the path.
    ///   - rng: the generator the draws come from.
    /// - Returns: the vertices of the path from `source` to `target`, both
    ///   included; `[source]` when they are the same vertex; `nil` when
    ///   `target` cannot be reached.
    /// - Throws: `PathQueryError.vertexOutOfRange` for a vertex outside the
    ///   graph; `AnalysisError.unsupported` for a directed graph.
    /// - Complexity: O(V + E) time in the worst case, usually far less (the
    ///   two balls stay small); O(V) space. V is the number of vertices, E
    ///   of edges.
    ///
    /// Reference: M. Borassi & E. Natale, "KADABRA is an ADaptive Algorithm
    /// for Betweenness via Random Approximation", ESA 2016,
    /// doi:10.4230/LIPIcs.ESA.2016.20.
    public func randomShortestPath(from source: Int32, to target: Int32, using rng: inout SplitMix64) throws -> [Int32]? {
        try checkPathQueryVertex(source)
        try checkPathQueryVertex(target)
        guard !isDirected else {
            throw AnalysisError.unsupported(
                measure: "random shortest path", reason: "implemented for undirected graphs; symmetrise the graph first")
        }
        if source == target { return [source] }
        let sampler = PathSampler(vertexCount: vertexCount)
        var path = [source]
        let length = withAdjacency { g in
            sampler.sample(g, from: Int(source), to: Int(target), using: &rng) { path.append($0) }
        }
        guard length != nil else { return nil }
        path.append(target)
        return path
    }
}
