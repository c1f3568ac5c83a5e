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
    ///   - beta: the exogenous score of every vertex (default 1).
    ///   - betaPerVertex: one exogenous score per vertex instead of `beta`,
    ///     or `nil` (default).
    ///   - weighting: the `weights:` argument, `.ignored` (default) or `.weights`.
    ///   - normalization: `.unitLength` (default, NetworkX) or `.none`.
    ///   - initial: the `start:` argument, one number per vertex (NetworkX
    ///     `nstart`, used as given); nil: all 0.
    ///   - maxIterations: default 10 000 (NetworkX's is 1000).
    ///   - tolerance: stop when `Σ|x − x_prev| < n·tolerance` on the raw
    ///     scores. The default, ``Graph/convergedTolerance`` (1e-14), gives
    ///     the fixed point (within 1e-10 of `katz_centrality_numpy`'s linear
    ///     solve on the reference graphs); NetworkX's default is 1e-6.
    /// - Returns: one score per vertex.
    /// - Throws: `AnalysisError.failedToConverge` (e.g. α ≥ 1/λ_max);
    ///   `CancellationError`.
    ///
    /// **Reproduces** NetworkX 3.6 `katz_centrality` (same iteration and
    /// stopping rule: `tolerance: 1e-6, maxIterations: 1000` gives its
    /// default numbers); at the default tolerance `katz_centrality_numpy`.
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
        start initial: [Double]? = nil,
        maxIterations: Int = 10_000,
        tolerance: Double = Graph.convergedTolerance
    ) throws -> VertexScores {
        let n = vertexCount
        if let betaPerVertex, betaPerVertex.count != n {
            throw AnalysisError.lengthMismatch(name: "betaPerVertex", count: betaPerVertex.count, vertexCount: n)
        }
        let b = betaPerVertex ?? [Double](repeating: beta, count: n)
        let w = arcWeights(weighting, direction: .incoming)
        if let initial, initial.count != n {
            throw AnalysisError.lengthMismatch(name: "start", count: initial.count, vertexCount: n)
        }
        let start = initial ?? [Double](repeating: 0, count: n)
        var x = try powerIteration(
            measure: "Katz centrality", from: start, maxIterations: maxIterations, tolerance: tolerance
        ) { x, next in
            // x ← α·Aᵀx + β
            multiplyIncoming(x, weights: w, into: &next, initial: { _ in 0 }, combine: { alpha * $1 + b[$0] })
        }
        if normalization == .unitLength { EigenvectorScaling.unitLength.apply(&x) }
        return VertexScores(x)
    }
}
