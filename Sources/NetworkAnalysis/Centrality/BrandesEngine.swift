/// Brandes' algorithm over a list of sources, chunked for (optionally
/// parallel) execution with a reduction in fixed chunk order
/// (`ChunkOrderSum`), so the sums are bit-identical for every `parallelism`.
enum BrandesEngine {
    enum Target { case vertices, arcs }

    /// Unscaled sums over `sources` of the single-source dependencies:
    /// one entry per vertex (`.vertices`) or per out-arc (`.arcs`).
    ///
    /// Unweighted vertex sums run on a degree-sorted renumbering
    /// (`LocalityOrder`); when `sources` is every vertex of an undirected
    /// graph, without endpoints or cutoff, trees are folded first
    /// (`TreeFolding`) and only the rest is searched.
    static func sums(
        graph: Graph, lengths: EdgeLength, sources: [Int32], allSources: Bool = false, endpoints: Bool, cutoff: Double?,
        target: Target, parallelism: Int, progress: ProgressHandler?
    ) throws -> [Double] {
        let n = graph.vertexCount
        let arcLengths = graph.arcLengths(lengths)
        let weighted = arcLengths != nil
        if let cutoff, !(cutoff >= 0) {
            throw AnalysisError.invalidParameter(name: "cutoff", value: "\(cutoff)", expected: "a length ≥ 0, or nil for none")
        }
        let maxDepth: Int32 = cutoff.map { $0 >= Double(Int32.max) ? .max : Int32($0.rounded(.down)) } ?? .max
        let maxLength = cutoff ?? .infinity
        let renumbered = !weighted && target == .vertices
        let folding = renumbered && allSources && !graph.isDirected && !endpoints && cutoff == nil
            ? TreeFolding(graph) : nil
        let order = renumbered ? LocalityOrder(outAdjacencyOf: graph, keeping: folding?.isCore) : nil
        let sources: [Int32] = if let order {
            folding != nil ? (0 ..< Int32(order.vertexCount)).map { $0 } : sources.map { order.newNumber[Int($0)] }
        } else {
            sources
        }
        // Empty when nothing is folded: every vertex then counts once.
        let weights: [Double] = folding.map { f in order!.oldNumber.map { f.weight[Int($0)] } } ?? []
        let searched = order?.vertexCount ?? n
        // Folded vertices count as sources already done.
        let folded = folding?.foldedCount ?? 0
        var shiftedProgress = progress
        if folded > 0, let report = progress {
            shiftedProgress = { @Sendable (p: Progress) in
                report(Progress(completed: p.completed + folded, total: p.total + folded))
            }
        }
        let progress = shiftedProgress
        let size = target == .vertices ? searched : graph.targets.count
        let bounds = ParallelChunks.chunkBounds(count: sources.count, memoryPerChunk: max(1, size) * 8)
        let sum = ChunkOrderSum(size: size)
        let run = { (body: (AdjacencyView) throws -> Void) throws in
            if let order { try order.withAdjacency(body) } else { try graph.withAdjacency(.outgoing, lengths: arcLengths, body) }
        }
        try run { g in
            try ParallelChunks.run(
                chunkCount: bounds.count, parallelism: parallelism,
                unitsInChunk: { bounds[$0].count }, totalUnits: sources.count, progress: progress,
                makeWorkspace: {
                    SearchWorkspace(
                        vertexCount: searched, arcCount: weighted || target == .arcs ? 0 : g.targets.count,
                        symmetric: !graph.isDirected)
                }
            ) { ws, chunk in
                var partial = [Double](repeating: 0, count: size)
                partial.withUnsafeMutableBufferPointer { acc in
                    weights.withUnsafeBufferPointer { weights in
                        for i in bounds[chunk] {
                            let s = Int(sources[i])
                            if weighted {
                                ws.countingDijkstra(g, from: s, maxLength: maxLength)
                            } else {
                                ws.countingBreadthFirst(g, from: s, maxDepth: maxDepth)
                            }
                            ws.accumulate(
                                g, source: s, weighted: weighted, endpoints: endpoints,
                                vertexSums: target == .vertices ? acc.baseAddress : nil,
                                arcSums: target == .arcs ? acc.baseAddress : nil,
                                vertexWeights: weights.isEmpty ? nil : weights.baseAddress)
                        }
                    }
                }
                sum.add(partial, chunk: chunk)
            }
        }
        let total = sum.result()
        if let order {
            var original = folding?.sums ?? [Double](repeating: 0, count: n)
            for i in 0 ..< size { original[Int(order.oldNumber[i])] += total[i] }
            return original
        }
        return total
    }

    /// NetworkX's `_rescale` factors: (for sampled sources, for the other
    /// vertices). `N` is `n` with endpoints, `n - 1` without.
    static func scale(
        vertexCount n: Int, directed: Bool, normalized: Bool, endpoints: Bool, sampleSize k: Int?
    ) -> (source: Double, other: Double) {
        let bigN = endpoints ? n : n - 1
        guard bigN >= 2 else { return (1, 1) }
        let kSource = Double(k ?? bigN)
        let N = Double(bigN)
        let correction: Double = directed ? 1 : 2
        if k == nil || endpoints {
            let s = normalized ? 1 / (kSource * (N - 1)) : N / (kSource * correction)
            return (s, s)
        }
        if normalized {
            return (kSource > 1 ? 1 / ((kSource - 1) * (N - 1)) : .nan, 1 / (kSource * (N - 1)))
        }
        return (kSource > 1 ? N / ((kSource - 1) * correction) : .nan, N / (kSource * correction))
    }
}
