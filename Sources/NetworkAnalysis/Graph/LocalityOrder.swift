/// A renumbering of a graph's vertices (or of a subset of them) for memory
/// locality, with the out-adjacency rewritten in the new numbers (rows
/// sorted ascending; arcs to vertices left out are dropped).
///
/// Vertices are numbered by decreasing out-degree, ties by their old
/// number, so the high-degree vertices that most arcs lead to share a few
/// cache lines; this is the "degree sort" of locality studies of graph
/// traversals (e.g. Wei, Yu, Lu & Lin, "Speedup Graph Processing by Graph
/// Ordering", SIGMOD 2016, doi:10.1145/2882903.2915220, which compares it
/// with other orders).
struct LocalityOrder {
    /// `newNumber[v]`: the new number of old vertex `v`, -1 if left out.
    let newNumber: [Int32]
    /// `oldNumber[i]`: the old vertex numbered `i`.
    let oldNumber: [Int32]
    let offsets: [Int]
    let targets: [Int32]
    /// The number of vertices kept.
    var vertexCount: Int { oldNumber.count }

    /// - Parameter keeping: which vertices to keep (all when nil).
    init(outAdjacencyOf graph: Graph, keeping: [Bool]? = nil) {
        let n = graph.vertexCount
        let degree = (0 ..< n).map { graph.offsets[$0 + 1] - graph.offsets[$0] }
        let old = (0 ..< n).filter { keeping?[$0] ?? true }.map(Int32.init).sorted { a, b in
            let da = degree[Int(a)], db = degree[Int(b)]
            return da != db ? da > db : a < b
        }
        var new = [Int32](repeating: -1, count: n)
        for (i, v) in old.enumerated() { new[Int(v)] = Int32(i) }
        var offs = [Int](repeating: 0, count: old.count + 1)
        var tgts = [Int32]()
        tgts.reserveCapacity(graph.targets.count)
        for i in 0 ..< old.count {
            let v = Int(old[i])
            let start = tgts.count
            for arc in graph.offsets[v] ..< graph.offsets[v + 1] {
                let w = new[Int(graph.targets[arc])]
                if w >= 0 { tgts.append(w) }
            }
            tgts[start...].sort()
            offs[i + 1] = tgts.count
        }
        newNumber = new; oldNumber = old; offsets = offs; targets = tgts
    }

    /// The rewritten adjacency, for the duration of `body`.
    func withAdjacency<R>(_ body: (AdjacencyView) throws -> R) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                try body(AdjacencyView(
                    offsets: o, targets: t, lengths: UnsafeBufferPointer(start: nil, count: 0),
                    vertexCount: oldNumber.count))
            }
        }
    }
}
