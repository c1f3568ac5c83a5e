/// The underlying simple undirected graph of a `Graph`, with NetworkX's
/// "mutual weights": for vertices `u ≠ v`, `a(u, v) + a(v, u)` where `a` is
/// the arc weight (1 when weights are ignored, 0 when the arc is absent).
///
/// Representation: CSR rows like `Graph`, neighbours sorted ascending,
/// self-loops removed, each unordered pair stored in both rows with the same
/// mutual weight. For an undirected graph every mutual weight is twice the
/// edge weight (NetworkX's `mutual_weight` adds `G[u][v]` and `G[v][u]`).
/// For a directed graph the row of `u` is the sorted union of its
/// successors and predecessors (`nx.all_neighbors`).
struct UndirectedAdjacency: Sendable {
    let vertexCount: Int
    let offsets: [Int]
    let targets: [Int32]
    let mutualWeights: [Double]

    /// O(V + E) time and space.
    init(_ graph: Graph, useWeights: Bool) {
        let n = graph.vertexCount
        vertexCount = n
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var mutual: [Double] = []
        targets.reserveCapacity(graph.targets.count + graph.inTargets.count)
        mutual.reserveCapacity(targets.capacity)
        let weighted = useWeights && graph.isWeighted
        for v in 0 ..< n {
            let vv = Int32(v)
            var i = graph.offsets[v]
            let iEnd = graph.offsets[v + 1]
            if graph.isDirected {
                // Merge the sorted successor and predecessor rows.
                var j = graph.inOffsets[v]
                let jEnd = graph.inOffsets[v + 1]
                while i < iEnd || j < jEnd {
                    let a = i < iEnd ? graph.targets[i] : Int32.max
                    let b = j < jEnd ? graph.inTargets[j] : Int32.max
                    let t = min(a, b)
                    var w = 0.0
                    if a == t { w += weighted ? graph.weights[i] : 1; i += 1 }
                    if b == t { w += weighted ? graph.inWeights[j] : 1; j += 1 }
                    if t != vv { targets.append(t); mutual.append(w) }
                }
            } else {
                while i < iEnd {
                    let t = graph.targets[i]
                    if t != vv {
                        targets.append(t)
                        mutual.append(2 * (weighted ? graph.weights[i] : 1))
                    }
                    i += 1
                }
            }
            offsets[v + 1] = targets.count
        }
        self.offsets = offsets
        self.targets = targets
        self.mutualWeights = mutual
    }

    @inline(__always)
    func range(_ v: Int) -> Range<Int> { offsets[v] ..< offsets[v + 1] }

    @inline(__always)
    func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
}
