extension Graph {
    /// The number of triangles through every vertex of the underlying
    /// simple undirected graph.
    ///
    /// A triangle is three vertices joined pairwise. A directed graph is
    /// read as undirected (an arc either way is a tie); NetworkX refuses
    /// directed graphs here. Self-loops and weights are ignored. A bipartite
    /// graph (the two-mode graph of a registry) has no triangles at all.
    ///
    /// - Returns: `triangles[v]` for every vertex `v`.
    /// - Complexity: O(Σ_v d(v)²) time; O(V) extra space.
    ///
    /// Reproduces NetworkX 3.6 `triangles`.
    public func triangleCounts() -> [Int] {
        let a = UndirectedAdjacency(self, useWeights: false)
        let n = a.vertexCount
        var mark = [Bool](repeating: false, count: n)
        var result = [Int](repeating: 0, count: n)
        for v in 0 ..< n {
            let row = a.offsets[v] ..< a.offsets[v + 1]
            for i in row { mark[Int(a.targets[i])] = true }
            var pairs = 0
            for i in row {
                let u = Int(a.targets[i])
                for j in a.offsets[u] ..< a.offsets[u + 1] where mark[Int(a.targets[j])] { pairs += 1 }
            }
            result[v] = pairs / 2
            for i in row { mark[Int(a.targets[i])] = false }
        }
        return result
    }
}
