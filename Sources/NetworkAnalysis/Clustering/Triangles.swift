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

extension Graph {
    /// Every triangle of the underlying simple undirected graph, once: three
    /// vertices joined pairwise, as `(a, b, c)` with `a < b < c`, in
    /// increasing order of `a`, then `b`, then `c`.
    ///
    /// Read as ``triangleCounts()`` reads the graph (a directed graph as
    /// undirected, self-loops, parallel ties and weights ignored), so that
    /// `triangleCounts()[v]` is the number of listed triangles with `v`.
    ///
    /// - Returns: the triangles.
    /// - Complexity: O(Σ_v d(v)²) time; O(V) extra space besides the list.
    ///
    /// Reproduces NetworkX 3.6 `all_triangles` (which yields them in
    /// another order).
    public func triangles() -> [(Int32, Int32, Int32)] {
        let a = UndirectedAdjacency(self, useWeights: false)
        let n = a.vertexCount
        var mark = [Bool](repeating: false, count: n)
        var result: [(Int32, Int32, Int32)] = []
        for u in 0 ..< n {
            let row = a.offsets[u] ..< a.offsets[u + 1]
            for i in row { mark[Int(a.targets[i])] = true }
            let later = row.map { Int(a.targets[$0]) }.filter { $0 > u }.sorted()
            for v in later {
                var thirds: [Int] = []
                for j in a.offsets[v] ..< a.offsets[v + 1] {
                    let w = Int(a.targets[j])
                    if w > v, mark[w] { thirds.append(w) }
                }
                for w in thirds.sorted() { result.append((Int32(u), Int32(v), Int32(w))) }
            }
            for i in row { mark[Int(a.targets[i])] = false }
        }
        return result
    }
}

extension Graph {
    /// The generalized degree of every vertex: for each `k`, how many of its
    /// ties lie in exactly `k` triangles (`result[v][k]`; only the `k`
    /// that occur are keys). The counts add up to the vertex's degree, and
    /// Σ_k k·count is twice its number of triangles.
    ///
    /// Read as ``triangleCounts()`` reads the graph (a directed graph as
    /// undirected, self-loops, parallel ties and weights ignored).
    ///
    /// - Returns: one dictionary per vertex.
    /// - Complexity: O(Σ_v d(v)²) time; O(V) extra space besides the result.
    ///
    /// Reference: V. Zlatić, D. Garlaschelli, G. Caldarelli, "Networks with
    /// arbitrary edge multiplicities", EPL 97(2):28005 (2012),
    /// doi:10.1209/0295-5075/97/28005.
    ///
    /// Reproduces NetworkX 3.6 `generalized_degree`.
    public func generalizedDegree() -> [[Int: Int]] {
        let a = UndirectedAdjacency(self, useWeights: false)
        let n = a.vertexCount
        var mark = [Bool](repeating: false, count: n)
        var result = [[Int: Int]](repeating: [:], count: n)
        for u in 0 ..< n {
            let row = a.offsets[u] ..< a.offsets[u + 1]
            for i in row { mark[Int(a.targets[i])] = true }
            for i in row {
                let v = Int(a.targets[i])
                var shared = 0
                for j in a.offsets[v] ..< a.offsets[v + 1] where mark[Int(a.targets[j])] { shared += 1 }
                result[u][shared, default: 0] += 1
            }
            for i in row { mark[Int(a.targets[i])] = false }
        }
        return result
    }
}
