extension Graph {
    /// The core number of every vertex: the largest `k` such that the vertex
    /// belongs to the `k`-core, the maximal subgraph in which every vertex
    /// has degree at least `k`.
    ///
    /// Computed with Batagelj and Zaversnik's bucket algorithm: vertices are
    /// kept bin-sorted by current degree; the vertex of smallest degree is
    /// removed, its core number fixed, and each neighbour of larger degree
    /// moves one bin down in O(1).
    ///
    /// Degree is NetworkX's `G.degree()`: the number of neighbours of an
    /// undirected graph, and in-degree plus out-degree of a directed graph
    /// (so a reciprocated pair counts twice). Weights are ignored. Self-loops
    /// are skipped (NetworkX refuses graphs with self-loops; remove them to
    /// compare). Isolated vertices have core number 0; disconnected graphs
    /// need no special treatment.
    ///
    /// - Returns: `core[v]` for every vertex `v`.
    /// - Complexity: O(V + E) time and O(V) extra space, where V is the
    ///   number of vertices and E the number of edges (arcs when directed).
    ///
    /// Reference: V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores
    /// decomposition of networks", Advances in Data Analysis and
    /// Classification 5, 129–145 (2011), doi:10.1007/s11634-010-0079-y.
    ///
    /// Reproduces NetworkX `core_number`.
    public func coreNumbers() -> [Int] {
        let n = vertexCount
        guard n > 0 else { return [] }
        // Rows to scan per vertex: out-row, plus in-row when directed.
        func forEachNeighbor(_ v: Int, _ body: (Int) -> Void) {
            for i in offsets[v] ..< offsets[v + 1] where Int(targets[i]) != v { body(Int(targets[i])) }
            if isDirected {
                for i in inOffsets[v] ..< inOffsets[v + 1] where Int(inTargets[i]) != v { body(Int(inTargets[i])) }
            }
        }
        var degree = [Int](repeating: 0, count: n)
        var maxDegree = 0
        for v in 0 ..< n {
            var d = 0
            forEachNeighbor(v) { _ in d += 1 }
            degree[v] = d
            maxDegree = max(maxDegree, d)
        }
        // bin[d] = first position of degree-d vertices in `order`.
        var bin = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bin[d + 1] += 1 }
        for d in 0 ..< maxDegree + 1 { bin[d + 1] += bin[d] }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var fill = bin
        for v in 0 ..< n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        for i in 0 ..< n {
            let v = order[i]
            forEachNeighbor(v) { u in
                guard degree[u] > degree[v] else { return }
                let du = degree[u]
                let pu = position[u]
                let pw = bin[du]
                let w = order[pw]
                if u != w {
                    order[pu] = w; position[w] = pu
                    order[pw] = u; position[u] = pw
                }
                bin[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }
}
