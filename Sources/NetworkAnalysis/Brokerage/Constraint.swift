extension Graph {
    /// Burt's constraint of every vertex: how much a vertex's ties are
    /// concentrated on contacts that are themselves tied to each other.
    ///
    /// Definition (Burt 1992, as NetworkX computes it): with mutual weights
    /// `m(i, j) = a(i, j) + a(j, i)` (`a` the arc weight, 1 unweighted, 0
    /// absent) and normalised mutual weights `p(i, j) = m(i, j) / Σₖ m(i, k)`
    /// over the neighbours `k` of `i`,
    ///
    ///     c(i) = Σ_{j ∈ N(i)} ( p(i, j) + Σ_{q ∈ N(i)} p(i, q) · p(q, j) )²
    ///
    /// where `N(i)` is the set of in- and out-neighbours of `i` with positive
    /// mutual weight. For an undirected graph `m(i, j)` is twice the edge
    /// weight, which cancels in `p`.
    ///
    /// Values: 1 for a pendant vertex, lower for brokers whose contacts are
    /// not connected; `NaN` for a vertex without neighbours (NetworkX's
    /// `nan`). Disconnected graphs need no special treatment (the measure is
    /// local to each ego network). Self-loops are ignored (NetworkX would
    /// count them in the normalising sum); edges of weight 0 count as absent.
    ///
    /// - Parameter weighting: `.ignored` (NetworkX `weight=None`) or
    ///   `.weights` (NetworkX `weight="weight"`).
    /// - Returns: `constraint[v]` for every vertex `v`.
    /// - Complexity: O(Σᵥ d(v)²) time, d(v) the number of neighbours of v
    ///   (at most O(V·E)), and O(V + E) space, where V is the number of
    ///   vertices and E of edges.
    ///
    /// Reference: R. S. Burt, Structural Holes: The Social Structure of
    /// Competition, Harvard University Press (1992),
    /// doi:10.4159/9780674029095.
    ///
    /// Reproduces NetworkX `constraint(G, weight=…)` as computed with SciPy
    /// installed (its vectorised path). NetworkX's per-node path gives the
    /// same values except `NaN` for a directed vertex with predecessors but
    /// no successors.
    public func burtConstraint(weighting: EdgeWeighting = .ignored) -> [Double] {
        let adj = UndirectedAdjacency(self, useWeights: weighting == .weights)
        let n = vertexCount
        var total = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            for k in adj.range(v) { total[v] += adj.mutualWeights[k] }
        }
        @inline(__always) func p(_ k: Int, from v: Int) -> Double {
            total[v] > 0 ? adj.mutualWeights[k] / total[v] : 0
        }
        var direct = [Double](repeating: 0, count: n)   // p(i, j) for j ∈ N(i)
        var indirect = [Double](repeating: 0, count: n) // Σ_q p(i, q) p(q, j)
        var isNeighbor = [Bool](repeating: false, count: n)
        var result = [Double](repeating: .nan, count: n)
        for i in 0 ..< n where total[i] > 0 {
            for k in adj.range(i) where adj.mutualWeights[k] > 0 {
                let j = Int(adj.targets[k])
                isNeighbor[j] = true
                direct[j] = p(k, from: i)
                indirect[j] = 0
            }
            for k in adj.range(i) where adj.mutualWeights[k] > 0 {
                let q = Int(adj.targets[k])
                let piq = direct[q]
                for l in adj.range(q) {
                    let j = Int(adj.targets[l])
                    if isNeighbor[j] { indirect[j] += piq * p(l, from: q) }
                }
            }
            var c = 0.0
            for k in adj.range(i) where adj.mutualWeights[k] > 0 {
                let j = Int(adj.targets[k])
                let local = direct[j] + indirect[j]
                c += local * local
                isNeighbor[j] = false
            }
            result[i] = c
        }
        return result
    }
}
