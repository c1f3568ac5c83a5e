/// The shortest chains between two vertices when ties have lengths: the
/// length of the shortest chains, how many there are, and the chains
/// themselves up to a limit.
///
/// Every path is a vertex sequence from `source` to `target` inclusive,
/// listed in lexicographic order of the sequences.
public struct WeightedPathEnumeration: Sendable, Hashable, Codable {
    public let source: Int32
    public let target: Int32
    /// The length of a shortest path (the sum of its ties' lengths), or
    /// nil when `target` cannot be reached.
    public let length: Double?
    /// The fewest ties on any shortest path; nil when unreachable.
    public let fewestSteps: Int?
    /// The number of distinct shortest paths, counted without listing
    /// them; saturates at `Int.max`. 0 when unreachable.
    public let shortestPathCount: Int
    /// The shortest paths, at most `limit` of them.
    public let shortestPaths: [[Int32]]
    /// Whether the list stopped at the limit with paths left unlisted.
    public let isTruncated: Bool
}

extension Graph {
    /// All shortest paths from `source` to `target` when each tie's
    /// length comes from its weight by `lengths`.
    ///
    /// Definition: a path's length is the sum of its ties' lengths
    /// (`EdgeLength`); the shortest paths are those of the least length.
    /// Two lengths count as equal when they differ by at most 1e-12 of the
    /// larger, so that 1/3 + 1/3 + 1/3 and 1 tie although floating point
    /// sums them differently (NetworkX compares the sums exactly, which
    /// gives the same paths whenever the sums are exact, as with integer
    /// lengths).
    ///
    /// Method: Dijkstra's algorithm backwards from `target` gives every
    /// vertex's distance `t(v)` to the target. A step `v → w` is on a
    /// shortest path when `t(v) = ℓ(v, w) + t(w)`; those steps form a DAG
    /// (ties of length 0 excepted, see below). A depth-first walk of it
    /// from `source`, neighbours in ascending order, lists the paths in
    /// lexicographic order; a dynamic programme over the vertices in the
    /// order Dijkstra settled them counts them and the fewest steps.
    ///
    /// Ties of length 0 (a weight 0 read as a length) can make the steps
    /// on shortest paths cyclic: the walk keeps every path simple, and the
    /// count follows the settle order, so it counts each simple path once.
    ///
    /// - Parameters:
    ///   - source: first vertex of every path.
    ///   - target: last vertex of every path.
    ///   - lengths: how a tie's weight becomes its length; `.hops` (or an
    ///     unweighted graph) gives the same paths as
    ///     `allShortestPaths(from:to:lengths:limit:allowed:)`.
    ///   - limit: the most paths listed (≥ 0).
    /// - Returns: the length, the fewest steps, the number of shortest
    ///   paths and the list. `source == target` gives length 0 and the
    ///   single path `[source]`.
    /// - Throws: `PathQueryError` when a vertex is out of range or `limit`
    ///   is negative.
    /// - Complexity: O((V + E) log V) for the search, O(V + E) for the
    ///   count, plus the walk, which visits only steps on shortest paths:
    ///   O(P·d) to list P paths of d steps. O(V) space besides the output.
    ///
    /// Reproduces NetworkX `all_shortest_paths(G, source, target,
    /// weight=…)` (as a set), with the length attribute holding 1/w for
    /// `.inverseWeight`.
    public func allShortestPaths(
        from source: Int32, to target: Int32, weighted lengths: EdgeLength, limit: Int = 1000
    ) throws(PathQueryError) -> WeightedPathEnumeration {
        try checkPathQueryVertex(source)
        try checkPathQueryVertex(target)
        guard limit >= 0 else { throw .negativeLimit(limit) }
        if source == target {
            return WeightedPathEnumeration(
                source: source, target: target, length: 0, fewestSteps: 0, shortestPathCount: 1,
                shortestPaths: limit > 0 ? [[source]] : [], isTruncated: limit == 0)
        }
        // Lengths of the out-arcs, parallel to `targets` (all 1 for hops).
        let arc = arcLengths(lengths, direction: .outgoing) ?? [Double](repeating: 1, count: targets.count)
        let reverse = isDirected ? ArcDirection.incoming : .outgoing
        let ws = SearchWorkspace(vertexCount: vertexCount)
        var toTarget = [Double](repeating: .infinity, count: vertexCount)
        var settled: [Int32] = []
        // Undirected, the arcs backwards are the arcs forwards: their lengths are `arc`.
        let backward = isDirected ? arcLengths(lengths, direction: reverse) ?? arc : arc
        withAdjacency(reverse, lengths: backward) { g in
            ws.dijkstra(g, from: Int(target))
            settled.reserveCapacity(ws.reached)
            for i in 0 ..< ws.reached {
                let v = ws.order[i]
                toTarget[Int(v)] = ws.node[Int(v)].distance
                settled.append(Int32(v))
            }
        }
        let total = toTarget[Int(source)]
        guard total.isFinite else {
            return WeightedPathEnumeration(
                source: source, target: target, length: nil, fewestSteps: nil, shortestPathCount: 0,
                shortestPaths: [], isTruncated: false)
        }
        func onShortestPath(_ v: Int32, _ i: Int) -> Bool {
            let w = targets[i]
            let via = arc[i] + toTarget[Int(w)]
            guard via.isFinite else { return false }
            return abs(via - toTarget[Int(v)]) <= 1e-12 * max(via, toTarget[Int(v)])
        }
        // Count and fewest steps, nearest the target first.
        var position = [Int](repeating: Int.max, count: vertexCount)
        for (k, v) in settled.enumerated() { position[Int(v)] = k }
        var count = [Int](repeating: 0, count: vertexCount)
        var steps = [Int](repeating: Int.max, count: vertexCount)
        count[Int(target)] = 1
        steps[Int(target)] = 0
        for v in settled where v != target {
            var c = 0, s = Int.max
            for i in offsets[Int(v)] ..< offsets[Int(v) + 1] where onShortestPath(v, i) {
                let w = targets[i]
                guard position[Int(w)] < position[Int(v)], w != source else { continue }
                let (sum, overflow) = c.addingReportingOverflow(count[Int(w)])
                c = overflow ? Int.max : sum
                if steps[Int(w)] != Int.max { s = min(s, steps[Int(w)] + 1) }
            }
            count[Int(v)] = c
            steps[Int(v)] = s
        }
        // The paths, in lexicographic order: steps along shortest paths only.
        let listed = simplePaths(from: source, to: target, limit: limit) { v, i, _, _ in onShortestPath(v, i) }
        return WeightedPathEnumeration(
            source: source, target: target, length: total,
            fewestSteps: steps[Int(source)] == Int.max ? nil : steps[Int(source)],
            shortestPathCount: count[Int(source)], shortestPaths: listed.paths, isTruncated: listed.isTruncated)
    }
}
