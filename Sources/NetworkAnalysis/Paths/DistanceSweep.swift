/// Runs one single-source search per vertex and reduces each search to
/// one number, in parallel chunks writing to distinct output slots.
enum DistanceSweep {
    /// For each vertex `v`: a BFS (unit lengths) or Dijkstra from `v` over
    /// `direction`, then `reduce(workspace, v, weighted)` into `result[v]`.
    ///
    /// With `sources`, only those vertices are searched from, and
    /// `result[i]` belongs to `sources[i]`; a source outside the graph
    /// throws `AnalysisError.vertexOutOfRange`.
    static func perVertex<T>(
        graph: Graph, lengths: EdgeLength, direction: ArcDirection, parallelism: Int,
        progress: ProgressHandler?, initial: T, sources: [Int32]? = nil,
        reduce: @escaping (SearchWorkspace, Int, Bool) -> T
    ) throws -> [T] {
        let n = graph.vertexCount
        try checkSources(sources, vertexCount: n)
        let count = sources?.count ?? n
        let arcLengths = graph.arcLengths(lengths, direction: direction)
        let weighted = arcLengths != nil
        let bounds = ParallelChunks.chunkBounds(count: count, memoryPerChunk: 0)
        var result = [T](repeating: initial, count: count)
        try graph.withAdjacency(direction, lengths: arcLengths) { g in
            try result.withUnsafeMutableBufferPointer { out in
                let out = UncheckedBox(out)
                try ParallelChunks.run(
                    chunkCount: bounds.count, parallelism: parallelism,
                    unitsInChunk: { bounds[$0].count }, totalUnits: count, progress: progress,
                    makeWorkspace: { SearchWorkspace(vertexCount: n) }
                ) { ws, chunk in
                    for i in bounds[chunk] {
                        let v = sources.map { Int($0[i]) } ?? i
                        if weighted { ws.dijkstra(g, from: v) } else { ws.breadthFirst(g, from: v) }
                        out.value[i] = reduce(ws, v, weighted)
                    }
                }
            }
        }
        return result
    }

    /// Sum of the distances to the vertices the last search reached.
    static func distanceSum(_ ws: SearchWorkspace, weighted: Bool) -> Double {
        var total = 0.0
        if weighted {
            for i in 0 ..< ws.reached { total += ws.node[Int(ws.order[i])].distance }
        } else {
            var hops = 0
            for i in 0 ..< ws.reached { hops &+= Int(ws.hops[Int(ws.order[i])]) }
            total = Double(hops)
        }
        return total
    }

    /// Every source's `HopTotals` (unit lengths over `direction`), from
    /// bit-parallel searches of `MultiSourceWorkspace.width` sources at a
    /// time.
    ///
    /// Without `sources`, every vertex is a source, `result[v]` is `v`'s,
    /// and batches follow a breadth-first order of the vertices, so that
    /// the sources searched together are near one another and their
    /// frontiers overlap. With `sources`, batches follow the list and
    /// `result[i]` belongs to `sources[i]`. Batches depend only on the graph
    /// and the list, and each writes only its sources' slots, so results
    /// are the same for every `parallelism`.
    static func hopTotals(
        graph: Graph, direction: ArcDirection, parallelism: Int,
        progress: ProgressHandler?, sources: [Int32]? = nil
    ) throws -> [HopTotals] {
        let n = graph.vertexCount
        try checkSources(sources, vertexCount: n)
        let order = sources ?? graph.withAdjacency(direction) { breadthFirstOrder($0) }
        let count = order.count
        let width = MultiSourceWorkspace.width
        let batchCount = (count + width - 1) / width
        let bounds = ParallelChunks.chunkBounds(count: batchCount, memoryPerChunk: 0)
        var batched = [HopTotals](repeating: HopTotals(), count: count)
        try graph.withAdjacency(direction) { g in
            try order.withUnsafeBufferPointer { order in
                try batched.withUnsafeMutableBufferPointer { out in
                    let out = UncheckedBox(out)
                    try ParallelChunks.run(
                        chunkCount: bounds.count, parallelism: parallelism,
                        unitsInChunk: { min(count, bounds[$0].upperBound * width) - bounds[$0].lowerBound * width },
                        totalUnits: count, progress: progress,
                        makeWorkspace: { MultiSourceWorkspace(vertexCount: n) }
                    ) { ws, chunk in
                        for batch in bounds[chunk] {
                            let slots = batch * width ..< min(count, (batch + 1) * width)
                            ws.search(
                                g, from: UnsafeBufferPointer(rebasing: order[slots]),
                                into: UnsafeMutableBufferPointer(rebasing: out.value[slots]))
                        }
                    }
                }
            }
        }
        guard sources == nil else { return batched }
        var result = batched
        for (i, v) in order.enumerated() { result[Int(v)] = batched[i] }
        return result
    }

    /// Vertices in breadth-first order over `g`, each unreached vertex in
    /// index order starting a new search.
    private static func breadthFirstOrder(_ g: AdjacencyView) -> [Int32] {
        let n = g.vertexCount
        var order = [Int32](repeating: 0, count: n)
        var placed = [Bool](repeating: false, count: n)
        var tail = 0, head = 0
        for root in 0 ..< n where !placed[root] {
            placed[root] = true
            order[tail] = Int32(truncatingIfNeeded: root); tail += 1
            while head < tail {
                let v = Int(order[head]); head += 1
                for arc in g.arcs(v) {
                    let w = g.target(arc)
                    if !placed[w] { placed[w] = true; order[tail] = Int32(truncatingIfNeeded: w); tail += 1 }
                }
            }
        }
        return order
    }

    private static func checkSources(_ sources: [Int32]?, vertexCount n: Int) throws {
        for v in sources ?? [] where v < 0 || Int(v) >= n {
            throw AnalysisError.vertexOutOfRange(v, vertexCount: n)
        }
    }
}
