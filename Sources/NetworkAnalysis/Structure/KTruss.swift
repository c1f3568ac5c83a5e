/// The `k`-truss of a graph: its vertices and ties.
public struct KTruss: Sendable, Hashable, Codable {
    /// The vertices with at least one tie in the truss, ascending.
    public let vertices: [Int32]
    /// The ties, each `u < v`, sorted by `(u, v)`.
    public let edges: [Bridge]
}

extension Graph {
    /// The `k`-truss: the largest subgraph in which every tie lies in at
    /// least `k − 2` triangles of the subgraph (Cohen's definition, which
    /// NetworkX uses), without isolated vertices.
    ///
    /// Ties are peeled: a tie in fewer than `k − 2` triangles is removed,
    /// which lowers its neighbours' counts, until every tie left has
    /// enough. The result does not depend on the order of removal. For
    /// `k ≤ 2` it is every tie. Works on the underlying undirected graph
    /// (NetworkX refuses directed graphs and self-loops; self-loops are
    /// ignored here). Weights are ignored. A bipartite graph has no
    /// triangles, so its `k`-truss for `k ≥ 3` is empty.
    ///
    /// - Returns: the truss's vertices and ties.
    /// - Complexity: O(E · d_max) time to count triangles per tie and to
    ///   peel; O(E) space.
    ///
    /// Reference: J. Cohen, "Trusses: cohesive subgraphs for social network
    /// analysis", National Security Agency technical report (2008).
    ///
    /// Reproduces NetworkX 3.6 `k_truss(G, k)`.
    public func kTruss(_ k: Int) -> KTruss {
        let a = UndirectedAdjacency(self, useWeights: false)
        let n = a.vertexCount
        var neighbours = (0 ..< n).map { v in Set(a.targets[a.offsets[v] ..< a.offsets[v + 1]].map(Int.init)) }
        let need = k - 2
        if need > 0 {
            // Peel ties with too few triangles; a removal re-checks the
            // ties of the triangles it broke.
            var queue: [(Int, Int)] = []
            for u in 0 ..< n { for v in neighbours[u] where v > u { queue.append((u, v)) } }
            while let (u, v) = queue.popLast() {
                guard neighbours[u].contains(v) else { continue }
                let common = neighbours[u].intersection(neighbours[v])
                guard common.count < need else { continue }
                neighbours[u].remove(v)
                neighbours[v].remove(u)
                for w in common { queue.append((min(u, w), max(u, w))); queue.append((min(v, w), max(v, w))) }
            }
        }
        var vertices: [Int32] = []
        var edges: [Bridge] = []
        for u in 0 ..< n where !neighbours[u].isEmpty {
            vertices.append(Int32(u))
            for v in neighbours[u].sorted() where v > u { edges.append(Bridge(Int32(u), Int32(v))) }
        }
        return KTruss(vertices: vertices, edges: edges)
    }
}
