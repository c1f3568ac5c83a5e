/// Two-mode eigenvector centrality: scores for both sides and the
/// singular value that links them.
public struct TwoModeEigenvector: Sendable, Equatable, Codable {
    /// One score per vertex of the two-mode graph: top vertices hold the
    /// leading left singular vector, bottom vertices the leading right one.
    public var scores: VertexScores
    /// The largest singular value σ of the top × bottom matrix.
    public var singularValue: Double
}

extension TwoModeGraph {
    /// Two-mode eigenvector centrality (Bonacich 1991; UCINET's 2-mode
    /// eigenvector): the leading singular vectors of the top × bottom
    /// incidence matrix `B`. A top vertex is central when it belongs to
    /// central bottom vertices and vice versa: `σ·x = B·y`, `σ·y = Bᵀ·x`.
    ///
    /// Computed by alternating power iteration (`y ← Bᵀx`, `x ← By`, both
    /// normalised), i.e. power iteration on `BBᵀ`, whose eigenvalues are
    /// σ² ≥ 0, so it cannot oscillate the way `Ax` can on a bipartite graph.
    ///
    /// - Parameters:
    ///   - scaling: `.unitLength` (default: each side's vector has
    ///     Euclidean norm 1, as numpy's SVD), `.maximumOne` (each side's
    ///     largest entry 1) or `.sumOne`; applied to each side separately.
    ///   - maxIterations: default 10 000.
    ///   - tolerance: stop when the top vector moves less than this in
    ///     L1 norm (default 1e-13).
    /// - Returns: scores (≥ 0) and σ.
    /// - Throws: `AnalysisError.failedToConverge` (e.g. two equal leading
    ///   singular values); `CancellationError`.
    ///
    /// **Reproduces** `numpy.linalg.svd` of NetworkX's
    /// `bipartite.biadjacency_matrix`, sign chosen non-negative. Membership
    /// weights are used when the graph has them.
    ///
    /// - Complexity: O(k·(V + E)) for k iterations; O(V) space.
    ///
    /// Reference: P. Bonacich, "Simultaneous group and individual
    /// centralities", Social Networks 13(2):155–168, 1991,
    /// doi:10.1016/0378-8733(91)90018-O; Borgatti & Everett 1997,
    /// doi:10.1016/S0378-8733(96)00301-2.
    public func eigenvectorCentrality(
        scaling: EigenvectorScaling = .unitLength,
        maxIterations: Int = 10_000,
        tolerance: Double = 1e-13
    ) throws -> TwoModeEigenvector {
        let n = graph.vertexCount
        let w = graph.isWeighted ? graph.weights : nil
        var x = [Double](repeating: 0, count: n)
        for v in topVertices { x[Int(v)] = 1 }
        func normalize(_ side: [Int32], _ x: inout [Double]) -> Double {
            var s = 0.0
            for v in side { s += x[Int(v)] * x[Int(v)] }
            let norm = s.squareRoot()
            if norm > 0 { for v in side { x[Int(v)] /= norm } }
            return norm
        }
        func multiply(into side: [Int32], _ x: inout [Double]) {
            for v in side {
                var s = 0.0
                for i in graph.offsets[Int(v)] ..< graph.offsets[Int(v) + 1] {
                    s += x[Int(graph.targets[i])] * (w?[i] ?? 1)
                }
                x[Int(v)] = s
            }
        }
        _ = normalize(topVertices, &x)
        var sigma = 0.0
        if Task.isCancelled { throw CancellationError() }
        for iteration in 0 ..< maxIterations {
            if iteration & 63 == 63, Task.isCancelled { throw CancellationError() }
            let previous = topVertices.map { x[Int($0)] }
            multiply(into: bottomVertices, &x)
            sigma = normalize(bottomVertices, &x)
            multiply(into: topVertices, &x)
            _ = normalize(topVertices, &x)
            var change = 0.0
            for (i, v) in topVertices.enumerated() { change += abs(x[Int(v)] - previous[i]) }
            if change < tolerance {
                if scaling != .unitLength {
                    var top = topVertices.map { x[Int($0)] }, bottom = bottomVertices.map { x[Int($0)] }
                    scaling.apply(&top); scaling.apply(&bottom)
                    for (i, v) in topVertices.enumerated() { x[Int(v)] = top[i] }
                    for (i, v) in bottomVertices.enumerated() { x[Int(v)] = bottom[i] }
                }
                return TwoModeEigenvector(scores: VertexScores(x), singularValue: sigma)
            }
        }
        throw AnalysisError.failedToConverge(measure: "two-mode eigenvector centrality", iterations: maxIterations)
    }
}
