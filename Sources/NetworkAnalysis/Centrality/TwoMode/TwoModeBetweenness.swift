extension TwoModeGraph {
    /// Two-mode betweenness centrality: raw (unweighted) betweenness divided
    /// by the largest value a vertex of its side can have in a two-mode
    /// graph with these side sizes (Borgatti & Everett 1997).
    ///
    /// With `n` vertices on the vertex's side and `m` on the other,
    /// `s, t = divmod(n − 1, m)`, the maximum is
    /// `½·[m²(s+1)² + m(s+1)(2t − s − 1) − t(2s − t + 3)]`.
    /// The raw value counts each unordered pair once (NetworkX
    /// `betweenness_centrality(normalized=False)`).
    ///
    /// - Parameters:
    ///   - parallelism: threads to use (results do not depend on it).
    ///   - progress: called after each chunk of sources.
    /// - Returns: one score per vertex of `graph`.
    /// - Throws: `CancellationError`.
    ///
    /// **Reproduces** NetworkX 3.6 `bipartite.betweenness_centrality`.
    /// Weights are ignored. Where the maximum is 0 (a side too small for
    /// any vertex to lie between others, e.g. one organisation and one
    /// group) every score is 0; NetworkX divides by zero there.
    ///
    /// - Complexity: O(V·(V + E)) time; O(V) space per thread.
    ///
    /// Reference: S. P. Borgatti & M. G. Everett, Social Networks
    /// 19(3):243–269, 1997, doi:10.1016/S0378-8733(96)00301-2.
    public func betweennessCentrality(parallelism: Int = 1, progress: ProgressHandler? = nil) throws -> VertexScores {
        let raw = try graph.betweennessCentrality(
            normalization: .none, parallelism: parallelism, progress: progress)
        let maxTop = betweennessMaximum(.top), maxBottom = betweennessMaximum(.bottom)
        return VertexScores((0 ..< graph.vertexCount).map { v in
            let maximum = sides[v] == .top ? maxTop : maxBottom
            return maximum > 0 ? raw[v] / maximum : 0
        })
    }

    /// The largest raw betweenness (unordered pairs, endpoints excluded) a
    /// vertex of `side` can have in a two-mode graph with these side sizes,
    /// the denominator of `betweennessCentrality(parallelism:progress:)`:
    /// with `n` vertices on `side` and `m` on the other and
    /// `s, t = divmod(n − 1, m)`,
    /// `½·[m²(s+1)² + m(s+1)(2t − s − 1) − t(2s − t + 3)]`
    /// (Borgatti & Everett 1997); NaN when the other side is empty.
    public func betweennessMaximum(_ side: TwoModeSide) -> Double {
        let n = Double(count(of: side)), m = Double(count(of: side.opposite))
        guard m > 0 else { return .nan }
        let s = ((n - 1) / m).rounded(.down), t = n - 1 - s * m
        return ((m * m) * ((s + 1) * (s + 1)) + (m * (s + 1) * (2 * t - s - 1)) - (t * ((2 * s) - t + 3))) / 2
    }
}
