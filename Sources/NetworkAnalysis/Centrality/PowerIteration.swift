extension Graph {
    /// The default tolerance of eigenvector centrality, PageRank and Katz
    /// centrality, 1e-14 in NetworkX's per-vertex stopping rule
    /// (`Σ|x − x_prev| < n·tolerance`): the iteration runs to the answer,
    /// not to NetworkX's default 1e-6. On the reference graphs the scores
    /// are within 1e-10 of NetworkX with `tol=1e-14`, of its NumPy/SciPy
    /// solvers and of igraph's ARPACK/PRPACK. Pass a looser tolerance
    /// (NetworkX's 1e-6 reproduces its default numbers) to trade precision
    /// for iterations.
    public static let convergedTolerance = 1e-14

    /// The power-iteration loop shared by eigenvector centrality, Katz
    /// centrality and PageRank: `x ← step(x)` from `start` until
    /// `Σ|x − x_prev| < n·tolerance` (NetworkX's stopping rule), checking
    /// for cancellation every 16 iterations.
    ///
    /// It also stops when the change has reached the rounding floor of
    /// the vector, `Σ|x − x_prev| ≤ n·8ε·max|x|` (ε the machine epsilon):
    /// past that point further iterations only move the last bits, so a
    /// tolerance below what doubles can resolve (the default
    /// ``Graph/convergedTolerance`` on a vector of large entries, as Katz's
    /// raw scores can be) converges instead of running out of iterations.
    ///
    /// - Parameters:
    ///   - measure: the name `AnalysisError.failedToConverge` reports.
    ///   - step: writes the next vector into its second argument (of the
    ///     same length as the first; its old contents are garbage).
    /// - Returns: the first vector that passes the test.
    /// - Throws: `AnalysisError.failedToConverge` after `maxIterations`, or
    ///   as soon as the vector overflows; `CancellationError`.
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
            var change = 0.0, largest = 0.0
            for v in 0 ..< n {
                change += abs(next[v] - x[v])
                largest = max(largest, abs(next[v]))
            }
            swap(&x, &next)
            // A diverging iteration (Katz with α ≥ 1/λ_max) overflows: stop at once.
            guard change.isFinite, largest.isFinite else {
                throw AnalysisError.failedToConverge(measure: measure, iterations: iteration + 1)
            }
            if change < Double(n) * tolerance || change <= Double(n) * 8 * Double.ulpOfOne * largest { return x }
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
