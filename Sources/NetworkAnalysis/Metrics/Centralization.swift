/// The vertex measure whose Freeman centralisation to compute.
public enum CentralizationMeasure: Sendable, Hashable {
    /// Degree; denominator `(n − 1)(n − 2)` on raw degrees.
    case degree
    /// Betweenness; denominator `n − 1` on NetworkX-normalised
    /// betweenness (`(n − 1)²(n − 2)/2` on raw undirected values).
    case betweenness
    /// Closeness (Wasserman–Faust normalised, hops); denominator
    /// `(n − 1)(n − 2)/(2n − 3)`.
    case closeness
}

extension Graph {
    /// Freeman centralisation: how much the most central vertex exceeds
    /// the others, relative to the largest possible excess.
    ///
    /// `C = Σ_v (c_max − c_v) / max_G Σ_v (c_max − c_v)`, the maximum over
    /// all graphs with `n` vertices being attained by the star. So the star
    /// scores 1 and any vertex-transitive graph (complete, cycle) 0.
    ///
    /// Denominators (undirected, `n` vertices):
    /// - degree, raw degrees: `(n − 1)(n − 2)`;
    /// - betweenness, NetworkX-normalised scores (÷ `(n − 1)(n − 2)`):
    ///   `n − 1`;
    /// - closeness, NetworkX default scores: `(n − 1)(n − 2)/(2n − 3)`.
    ///
    /// These are the theoretical maxima that igraph's C functions
    /// `igraph_centralization_degree/betweenness/closeness` divide by
    /// (undirected, no loops). On a disconnected graph the closeness scores
    /// are Wasserman–Faust's, so small components do not dominate.
    ///
    /// - Parameters:
    ///   - measure: degree, betweenness or closeness (unweighted).
    ///   - parallelism: threads for betweenness and closeness (the result
    ///     is the same for any value).
    ///   - progress: called as betweenness or closeness sources complete.
    /// - Returns: a number in [0, 1]; 0 when `n < 3`.
    /// - Throws: `AnalysisError.unsupported` for a directed graph;
    ///   `CancellationError` (betweenness and closeness).
    ///
    /// - Complexity: degree O(V + E); betweenness and closeness O(V·(V + E)).
    ///
    /// Reference: L. C. Freeman, "Centrality in social networks: conceptual
    /// clarification", Social Networks 1(3):215–239, 1979,
    /// doi:10.1016/0378-8733(78)90021-7.
    public func freemanCentralization(
        _ measure: CentralizationMeasure, parallelism: Int = 1, progress: ProgressHandler? = nil
    ) throws -> Double {
        guard !isDirected else {
            throw AnalysisError.unsupported(
                measure: "Freeman centralisation", reason: "implemented for undirected graphs; symmetrise the graph first")
        }
        let n = Double(vertexCount)
        guard vertexCount > 2 else { return 0 }
        switch measure {
        case .degree:
            return Graph.centralization(degreeCentrality(normalization: .none).values, maximumSum: (n - 1) * (n - 2))
        case .betweenness:
            return Graph.centralization(try betweennessCentrality(parallelism: parallelism, progress: progress).values, maximumSum: n - 1)
        case .closeness:
            let scores = try closenessCentrality(parallelism: parallelism, progress: progress).values
            return Graph.centralization(scores, maximumSum: (n - 1) * (n - 2) / (2 * n - 3))
        }
    }

    /// `Σ_v (max − c_v) / maximumSum` for any scores, for centralising a
    /// measure with a denominator of your choosing.
    public static func centralization(_ scores: [Double], maximumSum: Double) -> Double {
        guard let top = scores.max(), maximumSum > 0 else { return 0 }
        return scores.reduce(0) { $0 + (top - $1) } / maximumSum
    }
}
