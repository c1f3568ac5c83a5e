/// A simple graph in compressed sparse row (CSR) form with dense `Int32`
/// vertex indices `0..<vertexCount`.
///
/// Representation: the neighbours of vertex `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, sorted ascending, and the arc
/// weights (when the graph is weighted) sit at the same positions in
/// `weights`. An undirected edge `{u, v}` is stored as the two arcs `u → v`
/// and `v → u`. A directed graph also keeps the reversed adjacency
/// (`inOffsets`/`inTargets`/`inWeights`) so that predecessors are as cheap
/// to visit as successors.
///
/// Invariants: `offsets.count == vertexCount + 1`, `offsets[0] == 0`,
/// offsets never decrease, every target is in `0..<vertexCount`,
/// `weights` is either empty (unweighted) or as long as `targets`.
/// Parallel edges are merged when the graph is built (weights summed);
/// self-loops are kept only when the builder is asked to keep them.
///
/// Memory: an unweighted undirected graph takes 8 bytes per edge (two
/// `Int32` arcs) plus 8 bytes per vertex (an `Int` offset), plus 8; see
/// `memoryFootprint`.
public struct Graph: Sendable {
    /// Whether edges have a direction.
    public let isDirected: Bool

    /// `.directed` or `.undirected`, as the graph was built.
    public var directedness: Directedness { isDirected ? .directed : .undirected }
    /// Number of vertices; vertices are `0..<vertexCount`.
    public let vertexCount: Int
    /// Row offsets of the out-adjacency, `vertexCount + 1` entries.
    public let offsets: [Int]
    /// Column indices of the out-adjacency.
    public let targets: [Int32]
    /// Arc weights parallel to `targets`, or empty when unweighted.
    public let weights: [Double]
    /// Reverse adjacency of a directed graph (empty when undirected).
    public let inOffsets: [Int]
    public let inTargets: [Int32]
    public let inWeights: [Double]

    /// Number of edges (an undirected edge counts once; a self-loop once).
    public let edgeCount: Int

    /// Whether the graph carries edge weights.
    public var isWeighted: Bool { !weights.isEmpty }

    /// The vertices `0..<vertexCount`.
    public var vertices: Range<Int32> { 0 ..< Int32(vertexCount) }

    /// Builds a graph from an edge list in O(V + E) time and space.
    ///
    /// Rows come out sorted without any comparison sort: the arcs are
    /// bucketed by one endpoint, then scattered into rows of the other
    /// endpoint in ascending order (two counting sorts), and parallel arcs,
    /// now adjacent, are merged in one linear pass.
    ///
    /// - Parameters:
    ///   - vertexCount: number of vertices.
    ///   - edges: pairs of endpoints in `0..<vertexCount`.
    ///   - weights: one weight per edge, or `nil` for an unweighted graph.
    ///   - directedness: `.directed` when `(u, v)` means `u → v` only;
    ///     `.undirected` (default) when it means the edge `{u, v}`.
    ///   - selfLoops: keep self-loops (`.keep`) or drop them (`.drop`).
    /// - Throws: `GraphError` for an endpoint out of range, a weight count
    ///   that differs from the edge count, or a weight that is not finite
    ///   and non-negative.
    /// - Complexity: O(V + E) time; O(V + E) extra space while building
    ///   (one temporary bucket array of E or 2E entries).
    public init(
        vertexCount: Int,
        edges: [(Int32, Int32)],
        weights: [Double]? = nil,
        directedness: Directedness = .undirected,
        selfLoops: SelfLoopPolicy = .drop
    ) throws(GraphError) {
        let directed = directedness == .directed
        if let weights, weights.count != edges.count {
            throw .weightCountMismatch(edges: edges.count, weights: weights.count)
        }
        let buckets = try ArcBuckets(
            vertexCount: vertexCount, edges: edges, weights: weights,
            directed: directed, keepLoops: selfLoops == .keep)
        self.isDirected = directed
        self.vertexCount = buckets.vertexCount
        if directed {
            let (out, rev) = Graph.directedRows(from: buckets)
            self.offsets = out.offsets; self.targets = out.targets; self.weights = out.weights
            self.inOffsets = rev.offsets; self.inTargets = rev.targets; self.inWeights = rev.weights
            self.edgeCount = out.targets.count
        } else {
            let out = Graph.undirectedRows(from: buckets)
            self.offsets = out.offsets; self.targets = out.targets; self.weights = out.weights
            self.inOffsets = []; self.inTargets = []; self.inWeights = []
            self.edgeCount = (out.targets.count - out.loops) / 2 + out.loops
        }
    }

    /// Sorted, merged out- and in-rows of a directed graph from arcs
    /// bucketed by tail.
    private static func directedRows(
        from buckets: ArcBuckets
    ) -> (out: MergedRows, in: MergedRows) {
        let n = buckets.vertexCount
        let arcCount = buckets.rows.count
        let weighted = buckets.isWeighted
        // buckets = rows by tail (unsorted). Scatter into rows by head,
        // visiting tails in ascending order: in-rows come out sorted.
        var inCount = [Int](repeating: 0, count: n + 1)
        for t in buckets.rows { inCount[Int(t) + 1] += 1 }
        for v in 0 ..< n { inCount[v + 1] += inCount[v] }
        var inT = [Int32](repeating: 0, count: arcCount)
        var inW = [Double](repeating: 0, count: weighted ? arcCount : 0)
        Graph.scatter(rowsOffsets: buckets.offsets, rows: buckets.rows, rowWeights: buckets.weights,
                      into: inCount, targets: &inT, weights: &inW)
        // Scatter the sorted in-rows back into out-rows: sorted too.
        var outT = [Int32](repeating: 0, count: arcCount)
        var outW = [Double](repeating: 0, count: weighted ? arcCount : 0)
        Graph.scatter(rowsOffsets: inCount, rows: inT, rowWeights: inW,
                      into: buckets.offsets, targets: &outT, weights: &outW)
        let out = Graph.mergeParallelArcs(offsets: buckets.offsets, targets: consume outT, weights: consume outW)
        let rev = Graph.mergeParallelArcs(offsets: inCount, targets: consume inT, weights: consume inW)
        return (out, rev)
    }

    /// Sorted, merged rows of an undirected graph from arcs bucketed by head.
    private static func undirectedRows(from buckets: ArcBuckets) -> MergedRows {
        let arcCount = buckets.rows.count
        // bucket[row v] holds the tails of arcs into v; by symmetry the
        // out-row sizes equal the bucket sizes.
        var outT = [Int32](repeating: 0, count: arcCount)
        var outW = [Double](repeating: 0, count: buckets.isWeighted ? arcCount : 0)
        Graph.scatter(rowsOffsets: buckets.offsets, rows: buckets.rows, rowWeights: buckets.weights,
                      into: buckets.offsets, targets: &outT, weights: &outW)
        return Graph.mergeParallelArcs(offsets: buckets.offsets, targets: consume outT, weights: consume outW)
    }

    /// Builds a graph from CSR arrays that already satisfy the invariants
    /// (rows sorted, no parallel arcs, symmetric when undirected).
    init(
        validatedCSR vertexCount: Int, directed: Bool,
        offsets: [Int], targets: [Int32], weights: [Double],
        inOffsets: [Int] = [], inTargets: [Int32] = [], inWeights: [Double] = []
    ) {
        self.isDirected = directed
        self.vertexCount = vertexCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.inOffsets = inOffsets
        self.inTargets = inTargets
        self.inWeights = inWeights
        if directed {
            self.edgeCount = targets.count
        } else {
            var loops = 0
            for v in 0 ..< vertexCount {
                for i in offsets[v] ..< offsets[v + 1] where Int(targets[i]) == v { loops += 1 }
            }
            self.edgeCount = (targets.count - loops) / 2 + loops
        }
    }

    /// Whether an edge `(u, v)` is the arc `u → v` or the edge `{u, v}`.
    public enum Directedness: Sendable, Hashable {
        /// `(u, v)` is the arc `u → v`; the graph also keeps the reversed
        /// adjacency.
        case directed
        /// `(u, v)` is the edge `{u, v}`, stored as the arcs `u → v` and `v → u`.
        case undirected
    }

    /// What to do with edges whose two endpoints are the same vertex.
    public enum SelfLoopPolicy: Sendable { case keep, drop }

    /// Moves every entry of row `r` of (`rowsOffsets`, `rows`) into row
    /// `rows[i]` of the output, as target `r`, rows visited in ascending `r`.
    private static func scatter(
        rowsOffsets: [Int], rows: [Int32], rowWeights: [Double],
        into outOffsets: [Int], targets: inout [Int32], weights: inout [Double]
    ) {
        let n = rowsOffsets.count - 1
        let weighted = !rowWeights.isEmpty
        var fill = outOffsets
        fill.withUnsafeMutableBufferPointer { fill in
            targets.withUnsafeMutableBufferPointer { out in
                weights.withUnsafeMutableBufferPointer { outW in
                    rows.withUnsafeBufferPointer { rows in
                        rowWeights.withUnsafeBufferPointer { rowW in
                            rowsOffsets.withUnsafeBufferPointer { ro in
                                for r in 0 ..< n {
                                    for i in ro[r] ..< ro[r + 1] {
                                        let s = Int(rows[i])
                                        let p = fill[s]
                                        fill[s] = p + 1
                                        out[p] = Int32(truncatingIfNeeded: r)
                                        if weighted { outW[p] = rowW[i] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Merges adjacent equal targets in sorted rows, summing their weights;
    /// also counts self-loop arcs.
    private static func mergeParallelArcs(
        offsets: [Int], targets: consuming [Int32], weights: consuming [Double]
    ) -> MergedRows {
        let n = offsets.count - 1
        let weighted = !weights.isEmpty
        var newOffsets = [Int](repeating: 0, count: n + 1)
        // Merged in place: the rows are consumed, not copied.
        var t = consume targets, w = consume weights
        var write = 0, loops = 0
        t.withUnsafeMutableBufferPointer { t in
            w.withUnsafeMutableBufferPointer { w in
                for v in 0 ..< n {
                    let rowStart = write
                    for i in offsets[v] ..< offsets[v + 1] {
                        let x = t[i]
                        if write > rowStart && t[write - 1] == x {
                            if weighted { w[write - 1] += w[i] }
                            continue
                        }
                        t[write] = x
                        if weighted { w[write] = w[i] }
                        if Int(x) == v { loops += 1 }
                        write += 1
                    }
                    newOffsets[v + 1] = write
                }
            }
        }
        if write < t.count {
            t.removeLast(t.count - write)
            if weighted { w.removeLast(w.count - write) }
        }
        return MergedRows(offsets: newOffsets, targets: t, weights: w, loops: loops)
    }

    /// Out-neighbours of `v` (all neighbours when undirected).
    @inlinable
    public func neighbors(of v: Int32) -> ArraySlice<Int32> {
        targets[offsets[Int(v)] ..< offsets[Int(v) + 1]]
    }

    /// In-neighbours of `v` (all neighbours when undirected).
    @inlinable
    public func predecessors(of v: Int32) -> ArraySlice<Int32> {
        isDirected ? inTargets[inOffsets[Int(v)] ..< inOffsets[Int(v) + 1]] : neighbors(of: v)
    }

    /// Number of out-arcs of `v` (the degree when undirected; a self-loop counts once).
    @inlinable
    public func outDegree(_ v: Int32) -> Int { offsets[Int(v) + 1] - offsets[Int(v)] }

    /// Number of in-arcs of `v` (the degree when undirected).
    @inlinable
    public func inDegree(_ v: Int32) -> Int {
        isDirected ? inOffsets[Int(v) + 1] - inOffsets[Int(v)] : outDegree(v)
    }
}

/// Sorted CSR rows without parallel arcs, and how many of their arcs are
/// self-loops.
private struct MergedRows {
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]
    let loops: Int
}

/// The first step of building a `Graph`: the edge list validated and its
/// arcs bucketed by one endpoint (by tail when directed; by head when
/// undirected, each edge `{u, v}` giving the arcs `u → v` and `v → u`),
/// rows in CSR form but not yet sorted, parallel arcs not yet merged.
private struct ArcBuckets {
    let vertexCount: Int
    /// Row offsets, `vertexCount + 1` entries.
    let offsets: [Int]
    /// The other endpoint of each arc, by row.
    let rows: [Int32]
    /// Weights parallel to `rows`, or empty when unweighted.
    let weights: [Double]
    let isWeighted: Bool

    init(
        vertexCount: Int, edges: [(Int32, Int32)], weights: [Double]?, directed: Bool, keepLoops: Bool
    ) throws(GraphError) {
        let n = max(0, vertexCount)
        let offsets = try ArcBuckets.rowOffsets(
            vertexCount: vertexCount, edges: edges, weights: weights, directed: directed, keepLoops: keepLoops)
        self.vertexCount = n
        self.offsets = offsets
        self.isWeighted = weights != nil
        (self.rows, self.weights) = ArcBuckets.fill(
            offsets: offsets, edges: edges, weights: weights, directed: directed, keepLoops: keepLoops)
    }

    /// Validates every edge and counts the arcs per bucket; returns the
    /// prefix sums.
    private static func rowOffsets(
        vertexCount: Int, edges: [(Int32, Int32)], weights: [Double]?, directed: Bool, keepLoops: Bool
    ) throws(GraphError) -> [Int] {
        let n = max(0, vertexCount)
        var firstCount = [Int](repeating: 0, count: n + 1)
        for i in edges.indices {
            let (u, v) = edges[i]
            guard u >= 0, Int(u) < n else { throw .vertexOutOfRange(Int(u), vertexCount: vertexCount) }
            guard v >= 0, Int(v) < n else { throw .vertexOutOfRange(Int(v), vertexCount: vertexCount) }
            if let weights {
                let w = weights[i]
                guard w.isFinite, w >= 0 else { throw .invalidWeight(w, edge: i) }
            }
            if u == v && !keepLoops { continue }
            if directed {
                firstCount[Int(u) + 1] += 1           // bucket by tail
            } else {
                firstCount[Int(v) + 1] += 1           // arc u → v, bucket by head v
                if u != v { firstCount[Int(u) + 1] += 1 }
            }
        }
        for v in 0 ..< n { firstCount[v + 1] += firstCount[v] }
        return firstCount
    }

    /// Puts every arc into its bucket, in edge order.
    private static func fill(
        offsets: [Int], edges: [(Int32, Int32)], weights: [Double]?, directed: Bool, keepLoops: Bool
    ) -> (rows: [Int32], weights: [Double]) {
        let arcCount = offsets[offsets.count - 1]
        let weighted = weights != nil
        var bucket = [Int32](repeating: 0, count: arcCount)
        var bucketW = [Double](repeating: 0, count: weighted ? arcCount : 0)
        var fill = offsets
        for i in edges.indices {
            let (u, v) = edges[i]
            if u == v && !keepLoops { continue }
            let w = weights?[i] ?? 1
            if directed {
                let p = fill[Int(u)]; fill[Int(u)] = p + 1
                bucket[p] = v; if weighted { bucketW[p] = w }
            } else {
                let p = fill[Int(v)]; fill[Int(v)] = p + 1
                bucket[p] = u; if weighted { bucketW[p] = w }
                if u != v {
                    let q = fill[Int(u)]; fill[Int(u)] = q + 1
                    bucket[q] = v; if weighted { bucketW[q] = w }
                }
            }
        }
        return (bucket, bucketW)
    }
}
