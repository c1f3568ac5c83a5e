/// Degree-1 folding for exact betweenness of an undirected, unweighted
/// graph: trees hanging off the rest of the graph are removed leaf by leaf
/// before Brandes' algorithm runs, and what they carried is kept as vertex
/// weights and as closed-form betweenness.
///
/// Folding a vertex `v` whose one remaining neighbour is `u`, where `v`
/// stands for `ω(v)` original vertices (itself and what was folded into
/// it) and `u` for `ω(u)`, in a connected component of `N` vertices: every
/// shortest path from those `ω(v)` vertices to one outside them and
/// outside `u`'s `ω(u)` passes through `u`, once, so `u` gains
/// `2·ω(v)·(N − ω(v) − ω(u))` ordered pairs; pairs between `v`'s and `u`'s
/// earlier trees were counted when those were folded. Then `ω(u) += ω(v)`.
/// On what remains (the core), Brandes' algorithm counts a target `t` as
/// `ω(t)` targets and a source `s` as `ω(s)` sources; every pair with an
/// endpoint inside a folded tree and the other end elsewhere follows the
/// core's shortest paths between the trees' roots.
///
/// Reference: M. Baglioni, F. Geraci, M. Pellegrini & E. Lastres, "Fast
/// exact computation of betweenness centrality in social networks",
/// ASONAM 2012, doi:10.1109/ASONAM.2012.79; A. E. Sariyüce, E. Saule,
/// K. Kaya & Ü. V. Çatalyürek, "Shattering and compressing networks for
/// betweenness centrality", SDM 2013, doi:10.1137/1.9781611972832.76.
struct TreeFolding {
    /// `ω(v)`: the original vertices `v` stands for (1 if nothing was
    /// folded into it); meaningful for core vertices.
    let weight: [Double]
    /// Whether `v` remains for Brandes' algorithm.
    let isCore: [Bool]
    /// The folded trees' betweenness, in ordered pairs (as the engine's sums).
    let sums: [Double]
    /// Number of folded vertices.
    let foldedCount: Int

    /// - Precondition: `graph` is undirected.
    init(_ graph: Graph) {
        let n = graph.vertexCount
        let componentSize: [Double] = {
            let labels = graph.connectedComponents().labels
            var size = [Double](repeating: 0, count: n)
            for v in 0 ..< n { size[Int(labels[v])] += 1 }
            return (0 ..< n).map { size[Int(labels[$0])] }
        }()
        var degree = [Int](repeating: 0, count: n)
        var queue: [Int32] = []
        for v in 0 ..< n {
            for arc in graph.offsets[v] ..< graph.offsets[v + 1] where Int(graph.targets[arc]) != v { degree[v] += 1 }
            if degree[v] == 1 { queue.append(Int32(v)) }
        }
        var weight = [Double](repeating: 1, count: n)
        var isCore = [Bool](repeating: true, count: n)
        var sums = [Double](repeating: 0, count: n)
        var folded = 0
        var head = 0
        while head < queue.count {
            let v = Int(queue[head]); head += 1
            guard isCore[v], degree[v] == 1 else { continue }
            var u = -1
            for arc in graph.offsets[v] ..< graph.offsets[v + 1] {
                let w = Int(graph.targets[arc])
                if w != v && isCore[w] { u = w; break }
            }
            sums[u] += 2 * weight[v] * (componentSize[v] - weight[v] - weight[u])
            weight[u] += weight[v]
            isCore[v] = false; folded += 1
            degree[u] -= 1
            if degree[u] == 1 { queue.append(Int32(u)) }
        }
        self.weight = weight; self.isCore = isCore; self.sums = sums; foldedCount = folded
    }
}
