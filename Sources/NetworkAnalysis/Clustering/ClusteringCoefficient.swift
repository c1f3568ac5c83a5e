import Foundation  // cbrt

extension Graph {
    /// Local clustering coefficient: the fraction of pairs of a vertex's
    /// neighbours that are themselves adjacent.
    ///
    /// - Undirected, unweighted: `c_v = 2·T(v) / (d(v)·(d(v) − 1))` with
    ///   `T(v)` the triangles through `v` and `d(v)` its degree without
    ///   self-loops.
    /// - Undirected, weighted (`.weights`): the geometric mean of Onnela et
    ///   al., `c_v = Σ_{u,w} (ŵ_vu·ŵ_uw·ŵ_wv)^{1/3} / (d(v)·(d(v) − 1))`, the
    ///   sum over ordered neighbour pairs, `ŵ = w / max w` (max over all
    ///   edges of the graph).
    /// - Directed, unweighted: Fagiolo's `c_v = T(v) / (2·(d_tot(d_tot − 1) −
    ///   2·d_↔))`, counting directed triangles of any orientation.
    ///
    /// Vertices of degree < 2 (and without triangles) score 0.
    ///
    /// - Parameter weighting: the `weights:` argument, `.ignored` (default) or `.weights`.
    /// - Returns: one score per vertex.
    /// - Throws: `AnalysisError.unsupported` for weighted clustering of a
    ///   directed graph.
    ///
    /// **Reproduces** NetworkX 3.6 `clustering` (igraph
    /// `transitivity_local_undirected(mode="zero")` for the unweighted case).
    ///
    /// - Complexity: O(Σ_v d(v)²) time; O(V) space.
    ///
    /// References: D. J. Watts & S. H. Strogatz, Nature 393:440–442, 1998,
    /// doi:10.1038/30918; J.-P. Onnela et al., Phys. Rev. E 71:065103, 2005,
    /// doi:10.1103/PhysRevE.71.065103; G. Fagiolo, Phys. Rev. E 76:026107,
    /// 2007, doi:10.1103/PhysRevE.76.026107.
    public func clusteringCoefficient(weights weighting: EdgeWeighting = .ignored) throws -> VertexScores {
        let n = vertexCount
        var result = [Double](repeating: 0, count: n)
        if isDirected {
            guard arcWeights(weighting) == nil else {
                throw AnalysisError.unsupported(
                    measure: "weighted clustering", reason: "only undirected graphs; drop the weights or symmetrise the graph")
            }
            // m[k] = a_vk + a_kv for the current v.
            var m = [Int](repeating: 0, count: n)
            for v in 0 ..< n {
                for i in offsets[v] ..< offsets[v + 1] where Int(targets[i]) != v { m[Int(targets[i])] += 1 }
                for i in inOffsets[v] ..< inOffsets[v + 1] where Int(inTargets[i]) != v { m[Int(inTargets[i])] += 1 }
                var t = 0, dtot = 0, bidirectional = 0
                var touched: [Int] = []
                for i in offsets[v] ..< offsets[v + 1] where Int(targets[i]) != v { touched.append(Int(targets[i])) }
                for i in inOffsets[v] ..< inOffsets[v + 1] where Int(inTargets[i]) != v { touched.append(Int(inTargets[i])) }
                dtot = touched.count
                for j in Set(touched) {
                    if m[j] == 2 { bidirectional += 1 }
                    var s = 0
                    for i in offsets[j] ..< offsets[j + 1] where Int(targets[i]) != j { s += m[Int(targets[i])] }
                    for i in inOffsets[j] ..< inOffsets[j + 1] where Int(inTargets[i]) != j { s += m[Int(inTargets[i])] }
                    t += m[j] * s
                }
                for j in touched { m[j] = 0 }
                let denominator = 2 * (dtot * (dtot - 1) - 2 * bidirectional)
                result[v] = t == 0 ? 0 : Double(t) / Double(denominator)
            }
            return VertexScores(result)
        }
        let w = arcWeights(weighting)
        if let w {
            let maxWeight = w.max() ?? 1
            var mark = [Double](repeating: -1, count: n)  // ŵ_vk, or -1
            for v in 0 ..< n {
                var degree = 0
                for i in offsets[v] ..< offsets[v + 1] where Int(targets[i]) != v {
                    mark[Int(targets[i])] = w[i] / maxWeight; degree += 1
                }
                var total = 0.0
                for i in offsets[v] ..< offsets[v + 1] where Int(targets[i]) != v {
                    let u = Int(targets[i]), wvu = w[i] / maxWeight
                    for j in offsets[u] ..< offsets[u + 1] {
                        let k = Int(targets[j])
                        if k != u, k != v, mark[k] >= 0 { total += cbrt(wvu * (w[j] / maxWeight) * mark[k]) }
                    }
                }
                for i in offsets[v] ..< offsets[v + 1] { mark[Int(targets[i])] = -1 }
                result[v] = total == 0 ? 0 : total / Double(degree * (degree - 1))
            }
        } else {
            let (triangles, degrees) = orderedTriangleCounts()
            for v in 0 ..< n where triangles[v] > 0 {
                result[v] = Double(triangles[v]) / Double(degrees[v] * (degrees[v] - 1))
            }
        }
        return VertexScores(result)
    }

    /// Per vertex of an undirected graph: twice its triangles (ordered
    /// neighbour pairs that are adjacent) and its degree without loops.
    func orderedTriangleCounts() -> (triangles: [Int], degrees: [Int]) {
        let n = vertexCount
        var mark = [Bool](repeating: false, count: n)
        var triangles = [Int](repeating: 0, count: n)
        var degrees = [Int](repeating: 0, count: n)
        withAdjacency { g in
            for v in 0 ..< n {
                var degree = 0
                for arc in g.arcs(v) where g.target(arc) != v { mark[g.target(arc)] = true; degree += 1 }
                var t = 0
                for arc in g.arcs(v) {
                    let u = g.target(arc)
                    if u == v { continue }
                    for arc2 in g.arcs(u) where mark[g.target(arc2)] { t += 1 }
                }
                for arc in g.arcs(v) { mark[g.target(arc)] = false }
                triangles[v] = t
                degrees[v] = degree
            }
        }
        return (triangles, degrees)
    }
}
