extension Graph {
    /// Weights of the out-arcs of `v`, parallel to `neighbors(of:)`
    /// (empty when the graph is unweighted).
    public func weights(of v: Int32) -> ArraySlice<Double> {
        isWeighted ? weights[offsets[Int(v)] ..< offsets[Int(v) + 1]] : []
    }

    /// The position of arc `u → v` in `targets`/`weights`, or `nil` when
    /// there is no such arc. O(log deg(u)) by binary search in the sorted row.
    public func arcIndex(from u: Int32, to v: Int32) -> Int? {
        var lo = offsets[Int(u)], hi = offsets[Int(u) + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            let t = targets[mid]
            if t == v { return mid }
            if t < v { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Whether there is an arc `u → v` (an edge `{u, v}` when undirected).
    public func hasEdge(from u: Int32, to v: Int32) -> Bool { arcIndex(from: u, to: v) != nil }

    /// The weight of arc `u → v`: its stored weight, 1 in an unweighted
    /// graph, `nil` when there is no such arc.
    public func weight(from u: Int32, to v: Int32) -> Double? {
        guard let i = arcIndex(from: u, to: v) else { return nil }
        return isWeighted ? weights[i] : 1
    }

    /// The edges, each once: `u → v` for a directed graph, `u ≤ v` for an
    /// undirected one, in ascending `(source, target)` order.
    public var edgeList: [WeightedEdge] {
        var list: [WeightedEdge] = []
        list.reserveCapacity(edgeCount)
        for u in 0 ..< vertexCount {
            for i in offsets[u] ..< offsets[u + 1] {
                let v = targets[i]
                if !isDirected && Int(v) < u { continue }
                list.append(WeightedEdge(source: Int32(u), target: v, weight: isWeighted ? weights[i] : 1))
            }
        }
        return list
    }

    /// Bytes held by the adjacency arrays (offsets, targets, weights and,
    /// for a directed graph, the reversed copies), not counting the few
    /// words of the struct itself.
    ///
    /// For an unweighted undirected graph with V vertices and E edges (no
    /// self-loops) this is `8·E + 8·(V + 1)`: two 4-byte `Int32` arcs per
    /// edge and one 8-byte offset per vertex plus one. Weights add 8 bytes
    /// per arc; a directed graph stores each arc twice (out and in).
    public var memoryFootprint: Int {
        let intSize = MemoryLayout<Int>.stride, indexSize = MemoryLayout<Int32>.stride
        let weightSize = MemoryLayout<Double>.stride
        return (offsets.count + inOffsets.count) * intSize
            + (targets.count + inTargets.count) * indexSize
            + (weights.count + inWeights.count) * weightSize
    }
}
