/// How closeness is scaled, and so how unreachable vertices are treated.
public enum ClosenessNormalization: Sendable, Hashable {
    /// Wasserman & Faust's improved formula for disconnected graphs:
    /// `((r − 1) / Σd) · ((r − 1) / (n − 1))`, with `r` the number of
    /// vertices reachable (including the vertex). NetworkX's default
    /// (`wf_improved=True`). The default.
    case wassermanFaust
    /// `(r − 1) / Σd`: the inverse mean distance to the reachable vertices
    /// only (NetworkX `wf_improved=False`; igraph `normalized=True`).
    case reachable
    /// `1 / Σd`, the raw inverse farness (igraph `normalized=False`).
    case inverseSum
}

extension Graph {
    /// Closeness centrality: how near a vertex is to the others, the
    /// inverse of its total distance `Σd` to the vertices it can reach.
    ///
    /// - Parameters:
    ///   - lengths: `.hops` (default) or a weight rule; weights are
    ///     distances (NetworkX `distance=`).
    ///   - direction: for a directed graph, `.incoming` (default) uses
    ///     distances *to* the vertex (NetworkX); `.outgoing` distances
    ///     *from* it (igraph's default `mode="out"`).
    ///   - normalization: see `ClosenessNormalization`.
    ///   - parallelism: threads to use (results do not depend on it).
    ///   - progress: called after each chunk of vertices.
    /// - Returns: one score per vertex; 0 for a vertex that reaches no
    ///   other vertex (igraph reports NaN there).
    /// - Throws: `CancellationError` when the calling task is cancelled.
    ///
    /// **Normalisation.** With `n` vertices and `r` reachable (counting the
    /// vertex), `.wassermanFaust` gives `(r−1)²/((n−1)·Σd)`, which is the
    /// classical `(n−1)/Σd` on a connected graph; on a disconnected graph it
    /// weights by the share of the graph reached, so small components do
    /// not score 1.
    ///
    /// **Reproduces** NetworkX 3.6 `closeness_centrality` (default);
    /// igraph `closeness` with `.reachable`/`.inverseSum` and `.outgoing`.
    ///
    /// - Complexity: O(V·(V + E)) unweighted, O(V·(E + V log V)) weighted;
    ///   O(V) space per thread. Unweighted, the searches run 64 at a time
    ///   as bit-parallel breadth-first searches (`MultiSourceWorkspace`),
    ///   which share each level's arc scans.
    ///
    /// Reference: L. C. Freeman, "Centrality in social networks:
    /// conceptual clarification", Social Networks 1(3):215–239, 1979,
    /// doi:10.1016/0378-8733(78)90021-7; S. Wasserman & K. Faust, *Social
    /// Network Analysis*, Cambridge UP 1994, doi:10.1017/CBO9780511815478.
    public func closenessCentrality(
        lengths: EdgeLength = .hops,
        direction: ArcDirection = .incoming,
        normalization: ClosenessNormalization = .wassermanFaust,
        parallelism: Int = 1,
        progress: ProgressHandler? = nil
    ) throws -> VertexScores {
        VertexScores(try closenessScores(
            of: nil, lengths: lengths, direction: direction, normalization: normalization,
            parallelism: parallelism, progress: progress))
    }

    /// The same scores for the listed vertices only, in their order: one
    /// search per listed vertex, so a seeded sample of a huge graph costs
    /// its share of the full computation (igraph's `vertices=` argument).
    ///
    /// - Throws: `AnalysisError.vertexOutOfRange` for a vertex not in the
    ///   graph; `CancellationError`.
    /// - Complexity: O(k·(V + E)) for k listed vertices (Dijkstra:
    ///   O(k·(E + V log V))); O(V) space per thread.
    public func closenessCentrality(
        of vertices: [Int32],
        lengths: EdgeLength = .hops,
        direction: ArcDirection = .incoming,
        normalization: ClosenessNormalization = .wassermanFaust,
        parallelism: Int = 1,
        progress: ProgressHandler? = nil
    ) throws -> [Double] {
        try closenessScores(
            of: vertices, lengths: lengths, direction: direction, normalization: normalization,
            parallelism: parallelism, progress: progress)
    }

    private func closenessScores(
        of vertices: [Int32]?, lengths: EdgeLength, direction: ArcDirection,
        normalization: ClosenessNormalization, parallelism: Int, progress: ProgressHandler?
    ) throws -> [Double] {
        let n = vertexCount
        func score(_ total: Double, _ reached: Int) -> Double {
            guard total > 0, n > 1 else { return 0 }
            let reachedOthers = Double(reached - 1)
            switch normalization {
            case .wassermanFaust: return (reachedOthers / total) * (reachedOthers / Double(n - 1))
            case .reachable: return reachedOthers / total
            case .inverseSum: return 1 / total
            }
        }
        guard lengths.isWeighted(on: self) else {
            return try DistanceSweep.hopTotals(
                graph: self, direction: direction, parallelism: parallelism, progress: progress, sources: vertices
            ).map { score(Double($0.distanceSum), $0.reached) }
        }
        let values = try DistanceSweep.perVertex(
            graph: self, lengths: lengths, direction: direction, parallelism: parallelism, progress: progress,
            initial: 0.0, sources: vertices
        ) { ws, _, weighted in
            score(DistanceSweep.distanceSum(ws, weighted: weighted), ws.reached)
        }
        return values
    }
}
