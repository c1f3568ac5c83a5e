/// How the edge weights of a one-mode projection are computed.
public enum ProjectionWeighting: Sendable, Hashable {
    /// The number of shared neighbours (NetworkX
    /// `bipartite.weighted_projected_graph`). The default.
    case sharedNeighbors
    /// Newman's collaboration weighting: `Σ_k 1/(deg(k) − 1)` over shared
    /// neighbours `k`, so a large group ties its members less strongly
    /// (NetworkX `bipartite.collaboration_weighted_projected_graph`).
    case newman
    /// Shared neighbours divided by the size of the other side (NetworkX
    /// `weighted_projected_graph(ratio=True)`).
    case sharedNeighborRatio
}
extension TwoModeGraph {
    /// The one-mode projection onto `side`: two vertices of that side are
    /// joined when they share at least one neighbour on the other side,
    /// with a weight set by `weighting`.
    ///
    /// - Parameters:
    ///   - side: the side to keep (`.top`: organisations joined by shared
    ///     groups).
    ///   - weighting: `.sharedNeighbors` (default), `.newman` or
    ///     `.sharedNeighborRatio`.
    /// - Returns: the projection; isolated vertices of the side are kept.
    ///
    /// Built row by row straight into CSR with a dense accumulator (no
    /// edge list, no hashing), so each row costs its two-step walk plus a
    /// sort of its neighbours.
    ///
    /// **Reproduces** NetworkX 3.6 `bipartite.weighted_projected_graph` and
    /// `collaboration_weighted_projected_graph`.
    ///
    /// - Complexity: O(Σ_k deg(k)² + P log Δ) time, the sum over vertices `k`
    ///   of the other side, for P projected arcs and maximum projected degree
    ///   Δ; O(V + P) space.
    ///
    /// Reference: M. E. J. Newman, "Scientific collaboration networks. II",
    /// Phys. Rev. E 64:016132, 2001, doi:10.1103/PhysRevE.64.016132.
    public func projection(onto side: TwoModeSide, weighting: ProjectionWeighting = .sharedNeighbors) -> Projection {
        let kept = vertices(of: side)
        let n = graph.vertexCount
        var local = [Int32](repeating: -1, count: n)
        for (i, v) in kept.enumerated() { local[Int(v)] = Int32(i) }
        // Contribution of each vertex of the other side.
        var contribution = [Double](repeating: 1, count: n)
        switch weighting {
        case .sharedNeighbors: break
        case .newman:
            for k in vertices(of: side.opposite) {
                let d = graph.outDegree(k)
                contribution[Int(k)] = d > 1 ? 1 / Double(d - 1) : 0
            }
        case .sharedNeighborRatio:
            let other = max(1, count(of: side.opposite))
            for k in vertices(of: side.opposite) { contribution[Int(k)] = 1 / Double(other) }
        }
        var offsets = [Int](repeating: 0, count: kept.count + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var accumulator = [Double](repeating: 0, count: kept.count)
        var seen = [Bool](repeating: false, count: kept.count)
        var touched: [Int32] = []
        graph.withAdjacency { g in
            for (i, u) in kept.enumerated() {
                touched.removeAll(keepingCapacity: true)
                for arc in g.arcs(Int(u)) {
                    let k = g.target(arc)
                    let c = contribution[k]
                    for arc2 in g.arcs(k) {
                        let v = Int(local[g.target(arc2)])
                        if v == i || v < 0 { continue }
                        if !seen[v] { seen[v] = true; touched.append(Int32(v)) }
                        accumulator[v] += c
                    }
                }
                touched.sort()
                for v in touched {
                    targets.append(v)
                    weights.append(accumulator[Int(v)])
                    accumulator[Int(v)] = 0
                    seen[Int(v)] = false
                }
                offsets[i + 1] = targets.count
            }
        }
        let projected = Graph(
            validatedCSR: kept.count, directed: false, offsets: offsets, targets: targets, weights: weights)
        return Projection(graph: projected, vertices: kept)
    }
}
