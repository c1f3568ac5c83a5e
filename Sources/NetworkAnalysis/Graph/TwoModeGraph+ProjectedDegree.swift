extension TwoModeGraph {
    /// The degree of every vertex of `side` in the one-mode projection onto
    /// that side (the number of other vertices of the side it shares a
    /// neighbour with), computed from the two-mode graph without building
    /// the projection.
    ///
    /// - Returns: one degree per vertex of `vertices(of: side)`, in that
    ///   order: `projection(onto: side).graph.outDegree(i)` for every `i`.
    /// - Complexity: O(Σ_k deg(k)²) time, the sum over vertices `k` of the
    ///   other side; O(V) space, where the projection needs O(V + P) for P
    ///   projected arcs (quadratic in the degree of a hub: a vertex of the
    ///   other side with n neighbours makes a clique of n).
    public func projectedDegrees(onto side: TwoModeSide) -> [Int] {
        var degrees = [Int](repeating: 0, count: vertices(of: side).count)
        // Each tie is walked both ways, so each end counts it once.
        forEachProjectedTie(onto: side) { u, _ in degrees[u] += 1 }
        return degrees
    }

    /// An upper bound on the edges of the projection onto `side`, in
    /// O(V): every vertex `k` of the other side ties its deg(k) neighbours
    /// pairwise, Σ_k deg(k)(deg(k) − 1)/2; pairs meeting in several `k`
    /// are counted once per `k`. Exact when no two vertices of `side`
    /// share more than one neighbour (a star: one hub in n groups gives
    /// n(n − 1)/2).
    public func projectionEdgeBound(onto side: TwoModeSide) -> Int {
        vertices(of: side.opposite).reduce(0) { sum, k in
            let d = graph.outDegree(k)
            return sum + d * (d - 1) / 2
        }
    }

    /// The number of edges of the projection onto `side`, without building
    /// it: half the sum of `projectedDegrees(onto:)`.
    /// - Complexity: as `projectedDegrees(onto:)`.
    public func projectionEdgeCount(onto side: TwoModeSide) -> Int {
        projectedDegrees(onto: side).reduce(0, +) / 2
    }
}

extension TwoModeGraph {
    /// Calls `body(u, v)` once for each ordered pair of distinct vertices
    /// of `side` that share a vertex of the other side — each tie of the
    /// projection onto `side` both ways — without building the projection.
    /// `u` and `v` are positions in `vertices(of: side)`.
    ///
    /// - Complexity: O(Σ_k d(k)²) time over the other side's vertices `k`,
    ///   O(V) space: each vertex's co-members are found through its
    ///   neighbours with a marker array.
    public func forEachProjectedTie(onto side: TwoModeSide, _ body: (Int, Int) -> Void) {
        let kept = vertices(of: side)
        var local = [Int32](repeating: -1, count: graph.vertexCount)
        for (i, v) in kept.enumerated() { local[Int(v)] = Int32(i) }
        var seen = [Bool](repeating: false, count: kept.count)
        var touched: [Int32] = []
        graph.withAdjacency { g in
            for (i, u) in kept.enumerated() {
                for arc in g.arcs(Int(u)) {
                    for arc2 in g.arcs(g.target(arc)) {
                        let v = Int(local[g.target(arc2)])
                        if v == i || v < 0 || seen[v] { continue }
                        seen[v] = true
                        touched.append(Int32(v))
                    }
                }
                for v in touched {
                    seen[Int(v)] = false
                    body(i, Int(v))
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
    }
}
