extension Graph {
    /// The onion layer of every vertex: the round in which the onion
    /// decomposition peels it off, a refinement of the core numbers.
    ///
    /// Isolated vertices form layer 1 (and the layers after them start at
    /// 2). Then, round after round, every remaining vertex whose degree
    /// among the remaining ones is at most the current core `k` is removed
    /// and gets the round's layer; `k` starts at 1 and rises to the
    /// smallest remaining degree whenever that exceeds it. Vertices of one
    /// core number thus fall into one or more consecutive layers, the
    /// later ones deeper inside the core.
    ///
    /// Degree is counted as in ``coreNumbers()`` (neighbours; in- plus
    /// out-neighbours of a directed graph, which NetworkX refuses);
    /// weights are ignored and self-loops skipped (NetworkX refuses graphs
    /// with self-loops).
    ///
    /// - Returns: `layer[v]` for every vertex `v`, from 1.
    /// - Complexity: O(V + E) time, plus O(V) each time `k` rises (at most
    ///   O(√E) times); O(V) extra space.
    ///
    /// Reference: L. Hébert-Dufresne, J. A. Grochow, A. Allard, "Multi-scale
    /// structure and topological anomaly detection via a new network
    /// statistic: the onion decomposition", Scientific Reports 6, 31708
    /// (2016), doi:10.1038/srep31708.
    ///
    /// Reproduces NetworkX `onion_layers`.
    public func onionLayers() -> [Int] {
        let n = vertexCount
        guard n > 0 else { return [] }
        var degree = [Int](repeating: 0, count: n)
        for v in 0 ..< n { forEachCoreNeighbor(v) { _ in degree[v] += 1 } }
        var layer = [Int](repeating: 0, count: n)
        var remaining = n
        var currentLayer = 1
        for v in 0 ..< n where degree[v] == 0 {
            layer[v] = 1
            remaining -= 1
        }
        if remaining < n { currentLayer = 2 }
        var core = 1
        var queued = [Bool](repeating: false, count: n)
        var frontier: [Int] = []
        func collect() {
            for v in 0 ..< n where layer[v] == 0 && degree[v] <= core {
                frontier.append(v)
                queued[v] = true
            }
        }
        collect()
        while remaining > 0 {
            if frontier.isEmpty {
                var smallest = Int.max
                for v in 0 ..< n where layer[v] == 0 { smallest = min(smallest, degree[v]) }
                core = max(core, smallest)
                collect()
            }
            for v in frontier { layer[v] = currentLayer }
            remaining -= frontier.count
            var next: [Int] = []
            for v in frontier {
                forEachCoreNeighbor(v) { u in
                    guard layer[u] == 0 else { return }
                    degree[u] -= 1
                    if !queued[u], degree[u] <= core {
                        queued[u] = true
                        next.append(u)
                    }
                }
            }
            frontier = next
            currentLayer += 1
        }
        return layer
    }

    /// Whether each vertex belongs to the k-corona for k its core number:
    /// it has exactly `core[v]` neighbours whose core number is at least
    /// its own (NetworkX `k_corona(G, k)` is the vertices with `core[v] ==
    /// k` for which this holds).
    ///
    /// - Parameter core: ``coreNumbers()`` of this graph.
    /// - Returns: one flag per vertex.
    /// - Complexity: O(V + E).
    ///
    /// Reproduces NetworkX `k_corona` (the membership, for every k at once).
    public func inKCorona(core: [Int]) -> [Bool] {
        (0 ..< vertexCount).map { v in
            var inside = 0
            forEachCoreNeighbor(v) { u in if core[u] >= core[v] { inside += 1 } }
            return inside == core[v]
        }
    }

    /// The neighbours degree-based core measures count: the out-row, plus
    /// the in-row of a directed graph, self-loops skipped.
    func forEachCoreNeighbor(_ v: Int, _ body: (Int) -> Void) {
        for i in offsets[v] ..< offsets[v + 1] where Int(targets[i]) != v { body(Int(targets[i])) }
        if isDirected {
            for i in inOffsets[v] ..< inOffsets[v + 1] where Int(inTargets[i]) != v { body(Int(inTargets[i])) }
        }
    }
}
