extension Graph {
    /// The power-iteration loop shared by eigenvector centrality, Katz
    /// centrality and PageRank: `x ← step(x)` from `start` until
    /// `Σ|x − x_prev| < n·tolerance` (NetworkX's stopping rule), checking
    /// for cancellation every 16 iterations.
    ///
    /// - Parameters:
    ///   - measure: the name `AnalysisError.failedToConverge` reports.
    ///   - step: writes the next vector into its second argument (of the
    ///     same length as the first; its old contents are garbage).
    /// - Returns: the first vector that passes the test.
    /// - Throws: `AnalysisError.failedToConverge` after `maxIterations`;
    ///   `CancellationError`.
    /// - Complexity: `maxIterations` calls of `step`, plus O(V) per
    ///   iteration; O(V) space.
    func powerIteration(
        measure: String,
        from start: [Double],
        maxIterations: Int,
        tolerance: Double,
        step: (_ x: [Double], _ next: inout [Double]) -> Void
    ) throws -> [Double] {
        let n = start.count
        var x = start
        var next = [Double](repeating: 0, count: n)
        if Task.isCancelled { throw CancellationError() }
        for iteration in 0 ..< maxIterations {
            if iteration & 15 == 15, Task.isCancelled { throw CancellationError() }
            step(x, &next)
            var change = 0.0
            for v in 0 ..< n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalysisError.failedToConverge(measure: measure, iterations: maxIterations)
    }

    /// One multiplication by the transposed (weighted) adjacency matrix:
    /// `y[v] = combine(v, initial(v) + Σ_{u → v} w_uv·input[u])`, summing
    /// the in-arcs in CSR order (unit weights when `weights` is `nil`).
    ///
    /// - Complexity: O(V + E) time; no allocation.
    func multiplyIncoming(
        _ input: [Double],
        weights: [Double]?,
        into y: inout [Double],
        initial: (_ v: Int) -> Double,
        combine: (_ v: Int, _ sum: Double) -> Double
    ) {
        let n = vertexCount
        withAdjacency(.incoming) { g in
            input.withUnsafeBufferPointer { x in
                y.withUnsafeMutableBufferPointer { y in
                    for v in 0 ..< n {
                        var s = initial(v)
                        if let weights {
                            for arc in g.arcs(v) { s += x[g.target(arc)] * weights[arc] }
                        } else {
                            for arc in g.arcs(v) { s += x[g.target(arc)] }
                        }
                        y[v] = combine(v, s)
                    }
                }
            }
        }
    }
}
