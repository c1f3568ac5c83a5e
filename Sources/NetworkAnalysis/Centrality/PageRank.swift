extension Graph {
    /// PageRank: the stationary distribution of a random walk that follows
    /// an out-arc (chosen in proportion to its weight) with probability
    /// `damping`, and otherwise jumps to a vertex drawn from the
    /// personalisation vector.
    ///
    /// Iterates `x ← α·(xᵀP + (Σ_{dangling} x)·d) + (1 − α)·p` from the
    /// uniform vector, where `P` is the row-normalised weight matrix, `p` the
    /// personalisation and `d` the dangling distribution (both normalised
    /// to sum 1). An undirected edge is a pair of opposite arcs.
    ///
    /// - Parameters:
    ///   - damping: α in [0, 1], default 0.85.
    ///   - personalization: one non-negative number per vertex (not all 0),
    ///     or `nil` for uniform teleportation.
    ///   - dangling: where the walk goes from a vertex without out-arcs (or
    ///     whose out-weights sum to 0): one number per vertex, or `nil` to
    ///     use the personalisation (NetworkX).
    ///   - weighting: the `weights:` argument, `.weights` (default, as
    ///     NetworkX's `weight="weight"`) or `.ignored`.
    ///   - maxIterations: default 10 000 (NetworkX's is 100).
    ///   - tolerance: stop when `Σ|x − x_prev| < n·tolerance`. The default,
    ///     ``Graph/convergedTolerance`` (1e-14), gives the fixed point
    ///     (within 1e-10 of igraph's PRPACK and NetworkX with `tol=1e-14`
    ///     on the reference graphs); NetworkX's default 1e-6 stops about
    ///     1e-5 short of it.
    /// - Returns: one score per vertex; the scores sum to 1.
    /// - Throws: `AnalysisError` for a bad parameter or no convergence;
    ///   `CancellationError`.
    ///
    /// **Reproduces** NetworkX 3.6 `pagerank` (same iteration and stopping
    /// rule: `tolerance: 1e-6, maxIterations: 100` gives its default
    /// numbers); at the default tolerance, igraph's PRPACK `pagerank`.
    ///
    /// - Complexity: O(k·(V + E)) time for k iterations; O(V) space.
    ///
    /// Reference: S. Brin & L. Page, "The anatomy of a large-scale
    /// hypertextual Web search engine", Computer Networks and ISDN Systems
    /// 30(1–7):107–117, 1998, doi:10.1016/S0169-7552(98)00110-X.
    public func pageRank(
        damping: Double = 0.85,
        personalization: [Double]? = nil,
        dangling: [Double]? = nil,
        weights weighting: EdgeWeighting = .weights,
        maxIterations: Int = 10_000,
        tolerance: Double = Graph.convergedTolerance
    ) throws -> VertexScores {
        let n = vertexCount
        guard n > 0 else { return VertexScores([]) }
        guard damping >= 0, damping <= 1 else {
            throw AnalysisError.invalidParameter(name: "damping", value: "\(damping)", expected: "a number in 0...1")
        }
        func distribution(_ v: [Double]?, _ name: String) throws -> [Double]? {
            guard let v else { return nil }
            guard v.count == n else { throw AnalysisError.lengthMismatch(name: name, count: v.count, vertexCount: n) }
            guard v.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw AnalysisError.invalidParameter(name: name, value: "a negative or non-finite entry", expected: "non-negative numbers")
            }
            let total = v.reduce(0, +)
            guard total > 0 else {
                throw AnalysisError.invalidParameter(name: name, value: "all zeros", expected: "at least one positive entry")
            }
            return v.map { $0 / total }
        }
        let p = try distribution(personalization, "personalization") ?? [Double](repeating: 1 / Double(n), count: n)
        let d = try distribution(dangling, "dangling") ?? p
        let outW = arcWeights(weighting, direction: .outgoing)
        let inW = arcWeights(weighting, direction: .incoming)
        // Inverse out-strength; 0 marks a dangling vertex.
        var inverseStrength = [Double](repeating: 0, count: n)
        var danglingVertices: [Int] = []
        for v in 0 ..< n {
            var s = 0.0
            if let outW { for i in offsets[v] ..< offsets[v + 1] { s += outW[i] } } else { s = Double(outDegree(Int32(v))) }
            if s != 0 { inverseStrength[v] = 1 / s } else { danglingVertices.append(v) }
        }
        let start = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        let x = try powerIteration(
            measure: "PageRank", from: start, maxIterations: maxIterations, tolerance: tolerance
        ) { x, next in
            // x ← α·(xᵀP + (Σ_dangling x)·d) + (1 − α)·p
            var danglingMass = 0.0
            for v in danglingVertices { danglingMass += x[v] }
            for v in 0 ..< n { share[v] = x[v] * inverseStrength[v] }
            multiplyIncoming(share, weights: inW, into: &next, initial: { _ in 0 }) { v, s in
                damping * (s + danglingMass * d[v]) + (1 - damping) * p[v]
            }
        }
        return VertexScores(x)
    }
}
