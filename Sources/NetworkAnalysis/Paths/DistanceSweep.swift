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
        for v in sources ?? [] where v < 0 || Int(v) >= n {
            throw AnalysisError.vertexOutOfRange(v, vertexCount: n)
        }
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
}
