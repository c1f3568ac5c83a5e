/// How Katz centrality is scaled.
public enum KatzNormalization: Sendable, Hashable {
    /// Euclidean norm 1 (NetworkX `normalized=True`). The default.
    case unitLength
    /// The raw fixed point `x = α·Aᵀx + β`.
    case none
}

extension Graph {
    /// Katz centrality: `x_v = α·Σ_{u → v} w_uv·x_u + β_v`, the weighted
    /// count of walks ending at `v`, longer walks damped by powers of α.
    ///
    /// Iterates `x ← α·Aᵀx + β` from 0 until `Σ|x − x_prev| < n·tolerance`,
    /// then scales. Converges only when `α < 1/λ_max` (λ_max the largest
    /// eigenvalue of A).
    ///
    /// - Parameters:
    ///   - alpha: the attenuation factor (default 0.1, NetworkX).
    ///   - beta: the exogenous score of every vertex (default 1), or
    ///     `betaPerVertex` one per vertex.
    ///   - weights: `.ignored` (default) or `.weights`.
    ///   - normalization: `.unitLength` (default, NetworkX) or `.none`.
    ///   - maxIterations: default 1000 (NetworkX).
    ///   - tolerance: default 1e-6 (NetworkX).
    /// - Returns: one score per vertex.
    /// - Throws: `AnalysisError.failedToConverge` (e.g. α ≥ 1/λ_max);
    ///   `CancellationError`.
    ///
    /// **Reproduces** NetworkX 3.6 `katz_centrality` (same iteration and
    /// stopping rule); with a tight tolerance `katz_centrality_numpy`.
    ///
    /// - Complexity: O(k·(V + E)) time for k iterations; O(V) space.
    ///
    /// Reference: L. Katz, "A new status index derived from sociometric
    /// analysis", Psychometrika 18(1):39–43, 1953, doi:10.1007/BF02289026.
    public func katzCentrality(
        alpha: Double = 0.1,
        beta: Double = 1,
        betaPerVertex: [Double]? = nil,
        weights weighting: EdgeWeighting = .ignored,
        normalization: KatzNormalization = .unitLength,
        maxIterations: Int = 1000,
        tolerance: Double = 1e-6
    ) throws -> VertexScores {
        let n = vertexCount
        if let betaPerVertex, betaPerVertex.count != n {
            throw AnalysisError.lengthMismatch(name: "betaPerVertex", count: betaPerVertex.count, vertexCount: n)
        }
        let b = betaPerVertex ?? [Double](repeating: beta, count: n)
        let w = arcWeights(weighting, direction: .incoming)
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        if Task.isCancelled { throw CancellationError() }
        for iteration in 0 ..< maxIterations {
            if iteration & 15 == 15, Task.isCancelled { throw CancellationError() }
            withAdjacency(.incoming) { g in
                x.withUnsafeBufferPointer { x in
                    next.withUnsafeMutableBufferPointer { y in
                        for v in 0 ..< n {
                            var s = 0.0
                            if let w {
                                for arc in g.arcs(v) { s += x[g.target(arc)] * w[arc] }
                            } else {
                                for arc in g.arcs(v) { s += x[g.target(arc)] }
                            }
                            y[v] = alpha * s + b[v]
                        }
                    }
                }
            }
            var change = 0.0
            for v in 0 ..< n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                if normalization == .unitLength { EigenvectorScaling.unitLength.apply(&x) }
                return VertexScores(x)
            }
        }
        throw AnalysisError.failedToConverge(measure: "Katz centrality", iterations: maxIterations)
    }
}
