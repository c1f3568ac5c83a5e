extension Graph {
    /// Burt's effective size of every vertex: the number of its contacts
    /// minus their redundancy.
    ///
    /// Definition (Burt 1992, as NetworkX computes it): with mutual weights
    /// `m(i, j) = a(i, j) + a(j, i)`, `p(i, q) = m(i, q) / Σₖ m(i, k)` and
    /// `r(j, q) = m(j, q) / maxₖ m(j, k)`,
    ///
    ///     e(i) = Σ_{j ∈ N(i)} ( 1 − Σ_{q ∈ N(i)} p(i, q) · r(j, q) )
    ///
    /// where `N(i)` is the set of in- and out-neighbours of `i` with positive
    /// mutual weight. For an unweighted undirected graph this equals
    /// Borgatti's `n − 2t/n` (n contacts, t ties among them).
    ///
    /// Values: between 1 and the number of contacts; `NaN` for a vertex
    /// without neighbours (NetworkX's `nan`). Disconnected graphs need no
    /// special treatment. Self-loops are ignored; edges of weight 0 count as
    /// absent.
    ///
    /// - Parameter weighting: `.ignored` (NetworkX `weight=None`) or
    ///   `.weights` (NetworkX `weight="weight"`).
    /// - Returns: `effectiveSize[v]` for every vertex `v`.
    /// - Complexity: O(Σᵥ d(v)²) time, d(v) the number of neighbours of v,
    ///   and O(V + E) space, where V is the number of vertices and E of edges.
    ///
    /// References: R. S. Burt, Structural Holes (1992),
    /// doi:10.4159/9780674029095; S. P. Borgatti, "Structural holes:
    /// unpacking Burt's redundancy measures", Connections 20(1), 35–38 (1997).
    ///
    /// Reproduces NetworkX `effective_size(G, nodes=list(G), weight=…)`, its
    /// per-node code path, which follows Burt's definition and agrees with
    /// UCINET; the one difference is a directed vertex with predecessors but
    /// no successors, which NetworkX's per-node path gives `NaN` and this
    /// scores like any other vertex. NetworkX 3.6.1's vectorised path (taken
    /// when `nodes` is omitted and SciPy is installed) divides by the wrong
    /// axis's maxima and gives other values on weighted and directed graphs
    /// (networkx pull request 8906); with that one-line fix it equals this
    /// function everywhere, which is what the test fixture checks. On
    /// unweighted undirected graphs all paths agree.
    public func effectiveSize(weighting: EdgeWeighting = .ignored) -> [Double] {
        let adj = UndirectedAdjacency(self, useWeights: weighting == .weights)
        let n = vertexCount
        var total = [Double](repeating: 0, count: n)
        var largest = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            for k in adj.range(v) {
                total[v] += adj.mutualWeights[k]
                largest[v] = max(largest[v], adj.mutualWeights[k])
            }
        }
        var share = [Double](repeating: 0, count: n)  // p(i, q) for q ∈ N(i), else 0
        var result = [Double](repeating: .nan, count: n)
        for i in 0 ..< n where total[i] > 0 {
            for k in adj.range(i) where adj.mutualWeights[k] > 0 {
                share[Int(adj.targets[k])] = adj.mutualWeights[k] / total[i]
            }
            var e = 0.0
            for k in adj.range(i) where adj.mutualWeights[k] > 0 {
                let j = Int(adj.targets[k])
                var redundancy = 0.0
                if largest[j] > 0 {
                    for l in adj.range(j) {
                        let q = Int(adj.targets[l])
                        if share[q] > 0 { redundancy += share[q] * (adj.mutualWeights[l] / largest[j]) }
                    }
                }
                e += 1 - redundancy
            }
            for k in adj.range(i) { share[Int(adj.targets[k])] = 0 }
            result[i] = e
        }
        return result
    }
}
