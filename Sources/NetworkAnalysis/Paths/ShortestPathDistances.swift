/// Shortest-path distances from one source vertex.
public struct ShortestPathDistances: Sendable, Equatable {
    /// The source vertex.
    public let source: Int32
    /// `distances[v]`: the length of a shortest path from `source` to `v`,
    /// `+∞` when `v` is unreachable.
    public let distances: [Double]

    /// The distance to `v`, or `nil` when unreachable.
    public func distance(to v: Int32) -> Double? {
        let d = distances[Int(v)]
        return d.isFinite ? d : nil
    }
}

extension Graph {
    /// Single-source shortest-path distances: breadth-first search for
    /// `.hops`, Dijkstra's algorithm (binary heap) for a weight rule.
    ///
    /// - Parameters:
    ///   - source: the start vertex.
    ///   - lengths: `.hops` (default) or a weight rule (weights must be
    ///     non-negative, which `Graph` guarantees).
    ///   - direction: follow arcs forward (`.outgoing`, default) or backward.
    /// - Returns: one distance per vertex, `+∞` when unreachable.
    /// - Throws: `AnalysisError.vertexOutOfRange`.
    ///
    /// **Reproduces** NetworkX 3.6 `single_source_shortest_path_length` and
    /// `single_source_dijkstra_path_length`.
    ///
    /// - Complexity: O(V + E) for BFS, O((V + E) log V) for Dijkstra; O(V) space.
    ///
    /// Reference: E. W. Dijkstra, "A note on two problems in connexion with
    /// graphs", Numer. Math. 1:269–271, 1959, doi:10.1007/BF01386390.
    public func distances(
        from source: Int32, lengths: EdgeLength = .hops, direction: ArcDirection = .outgoing
    ) throws -> ShortestPathDistances {
        guard source >= 0, Int(source) < vertexCount else {
            throw AnalysisError.vertexOutOfRange(source, vertexCount: vertexCount)
        }
        let arcLengths = arcLengths(lengths, direction: direction)
        let ws = SearchWorkspace(vertexCount: vertexCount)
        var result = [Double](repeating: .infinity, count: vertexCount)
        withAdjacency(direction, lengths: arcLengths) { g in
            if arcLengths != nil {
                ws.dijkstra(g, from: Int(source))
                for i in 0 ..< ws.reached { let v = Int(ws.order[i]); result[v] = ws.node[v].distance }
            } else {
                ws.breadthFirst(g, from: Int(source))
                for i in 0 ..< ws.reached { let v = Int(ws.order[i]); result[v] = Double(ws.hops[v]) }
            }
        }
        return ShortestPathDistances(source: source, distances: result)
    }
}
