import DequeModule

/// A vertex found by a bounded breadth-first search, with its hop distance
/// from the source.
public struct ReachedVertex: Sendable, Hashable, Codable {
    public let vertex: Int32
    /// Number of edges (arcs) on a shortest allowed path from the source.
    public let distance: Int

    public init(vertex: Int32, distance: Int) {
        self.vertex = vertex
        self.distance = distance
    }
}

/// Every vertex within `maxSteps` hops of `source`, with its distance.
public struct Reach: Sendable, Hashable, Codable {
    public let source: Int32
    public let maxSteps: Int
    /// The reached vertices sorted by `(distance, vertex)`; the source comes
    /// first with distance 0.
    public let reached: [ReachedVertex]

    public init(source: Int32, maxSteps: Int, reached: [ReachedVertex]) {
        self.source = source
        self.maxSteps = maxSteps
        self.reached = reached
    }

    /// The distance of `v`, or nil when `v` is not within reach. O(R) for R
    /// reached vertices.
    public func distance(to v: Int32) -> Int? {
        reached.first { $0.vertex == v }?.distance
    }
}

/// A vertex whose hop distance from the source grew when a vertex was removed.
public struct DistanceChange: Sendable, Hashable, Codable {
    public let vertex: Int32
    /// Distance with every vertex present.
    public let before: Int
    /// Distance without the removed vertex (still within the step bound).
    public let after: Int

    public init(vertex: Int32, before: Int, after: Int) {
        self.vertex = vertex
        self.before = before
        self.after = after
    }
}

/// What a source loses within a step bound when one vertex is removed.
public struct ReachLoss: Sendable, Hashable, Codable {
    public let source: Int32
    public let removed: Int32
    public let maxSteps: Int
    /// Vertices within reach before the removal and out of reach after it,
    /// with their former distance; sorted by `(distance, vertex)`. The
    /// removed vertex itself is not listed.
    public let lost: [ReachedVertex]
    /// Vertices still within reach but farther away; sorted by
    /// `(before, vertex)`.
    public let lengthened: [DistanceChange]

    public init(source: Int32, removed: Int32, maxSteps: Int, lost: [ReachedVertex], lengthened: [DistanceChange]) {
        self.source = source
        self.removed = removed
        self.maxSteps = maxSteps
        self.lost = lost
        self.lengthened = lengthened
    }
}

extension Graph {
    /// All vertices within `maxSteps` hops of `source`, with their hop
    /// distances.
    ///
    /// Definition: the distance of `v` is the least number of edges on a path
    /// `source → … → v` whose vertices other than `source` all lie in
    /// `allowed`; `v` is reported when that distance is at most `maxSteps`.
    /// Directed graphs are followed along their arcs (out-neighbours).
    /// Weights are ignored. Vertices in other components are simply not
    /// reached.
    ///
    /// - Parameters:
    ///   - source: the start vertex (always allowed).
    ///   - maxSteps: the hop bound `k ≥ 0`.
    ///   - allowed: the vertices paths may use; `nil` for all.
    /// - Returns: the reached vertices sorted by `(distance, vertex)`,
    ///   starting with `source` at distance 0.
    /// - Throws: `PathQueryError` when `source` is out of range or
    ///   `maxSteps` is negative.
    /// - Complexity: O(V + E) time in the worst case (only the explored
    ///   ball is visited, plus an O(R log R) sort of the R reached vertices),
    ///   O(V) space, where V is the number of vertices and E of edges.
    ///
    /// Reproduces NetworkX `single_source_shortest_path_length(G, source,
    /// cutoff=maxSteps)` (on `G.subgraph(allowed ∪ {source})` when restricted).
    public func reach(from source: Int32, within maxSteps: Int, allowed: VertexSubset? = nil) throws(PathQueryError) -> Reach {
        try checkPathQueryVertex(source)
        guard maxSteps >= 0 else { throw .negativeStepBound(maxSteps) }
        let search = HopSearch(self, from: source, maxSteps: maxSteps, reverse: false, allowed: allowed)
        return Reach(source: source, maxSteps: maxSteps, reached: search.reachedSorted())
    }

    /// What `source` would lose within `maxSteps` hops if vertex `removed`
    /// disappeared: the vertices no longer within reach, and those whose
    /// distance grows.
    ///
    /// Two bounded breadth-first searches from `source`, one with and one
    /// without `removed` (as `reach(from:within:allowed:)`); the removed
    /// vertex itself is not listed as lost. Directed graphs are followed
    /// along their arcs; weights are ignored.
    ///
    /// - Throws: `PathQueryError` when a vertex is out of range, `removed`
    ///   equals `source`, or `maxSteps` is negative.
    /// - Complexity: O(V + E) time and O(V) space, where V is the number of
    ///   vertices and E of edges.
    public func reachLoss(
        from source: Int32, removing removed: Int32, within maxSteps: Int, allowed: VertexSubset? = nil
    ) throws(PathQueryError) -> ReachLoss {
        try checkPathQueryVertex(source)
        try checkPathQueryVertex(removed)
        guard removed != source else { throw .removedVertexIsSource(source) }
        guard maxSteps >= 0 else { throw .negativeStepBound(maxSteps) }
        let before = HopSearch(self, from: source, maxSteps: maxSteps, reverse: false, allowed: allowed)
        let after = HopSearch(self, from: source, maxSteps: maxSteps, reverse: false, allowed: allowed, blocked: removed)
        var lost: [ReachedVertex] = []
        var lengthened: [DistanceChange] = []
        for r in before.reachedSorted() where r.vertex != removed {
            let d = after.distance[Int(r.vertex)]
            if d < 0 {
                lost.append(r)
            } else if Int(d) > r.distance {
                lengthened.append(DistanceChange(vertex: r.vertex, before: r.distance, after: Int(d)))
            }
        }
        return ReachLoss(source: source, removed: removed, maxSteps: maxSteps, lost: lost, lengthened: lengthened)
    }

    func checkPathQueryVertex(_ v: Int32) throws(PathQueryError) {
        guard v >= 0, Int(v) < vertexCount else { throw .vertexOutOfRange(v, vertexCount: vertexCount) }
    }
}

/// Breadth-first hop distances from one vertex, with a step bound, a vertex
/// restriction, an optional blocked vertex and an optional terminal vertex.
///
/// A vertex `w` can be entered when `w ≠ blocked` and `w` is allowed or is
/// the terminal; the terminal is entered but never expanded, and once it is
/// reached no vertex at its distance or beyond is expanded. With `reverse`
/// the search follows arcs backwards (predecessors), giving distances *to*
/// the start vertex. O(V + E) time, O(V) space.
struct HopSearch {
    /// `distance[v]` in hops, or -1 when not reached.
    var distance: [Int32]
    /// Reached vertices in visiting order (non-decreasing distance).
    var order: [Int32]

    init(
        _ graph: Graph, from start: Int32, maxSteps: Int, reverse: Bool,
        allowed: VertexSubset?, blocked: Int32? = nil, terminal: Int32? = nil
    ) {
        distance = [Int32](repeating: -1, count: graph.vertexCount)
        order = [start]
        distance[Int(start)] = 0
        var bound = maxSteps
        var queue: Deque<Int32> = [start]
        let useIn = reverse && graph.isDirected
        let rowOffsets = useIn ? graph.inOffsets : graph.offsets
        let rowTargets = useIn ? graph.inTargets : graph.targets
        while let v = queue.popFirst() {
            let dv = Int(distance[Int(v)])
            if dv >= bound { continue }
            if v == terminal && v != start { continue }
            for i in rowOffsets[Int(v)] ..< rowOffsets[Int(v) + 1] {
                let w = rowTargets[i]
                guard distance[Int(w)] < 0, w != blocked else { continue }
                guard w == terminal || allowed?.contains(w) ?? true else { continue }
                distance[Int(w)] = Int32(dv + 1)
                order.append(w)
                if w == terminal { bound = min(bound, dv + 1) }
                queue.append(w)
            }
        }
    }

    func reachedSorted() -> [ReachedVertex] {
        order.map { ReachedVertex(vertex: $0, distance: Int(distance[Int($0)])) }
            .sorted { ($0.distance, $0.vertex) < ($1.distance, $1.vertex) }
    }
}
