/// Which path lengths `allShortestPaths(from:to:lengths:limit:allowed:)` lists.
public enum PathLengths: Sendable, Hashable {
    /// Only the shortest paths.
    case shortest
    /// The shortest paths and, separately, the simple paths exactly one edge
    /// longer (the "almost shortest" chains an analyst may also want).
    case shortestAndOneLonger
}

/// The shortest chains between two vertices: their length, how many there
/// are, and the paths themselves up to a limit.
///
/// Every path is a vertex sequence from `source` to `target` inclusive.
/// Lists are in lexicographic order of their vertex sequences.
public struct PathEnumeration: Sendable, Hashable, Codable {
    public let source: Int32
    public let target: Int32
    /// The hop distance from `source` to `target`, or nil when `target`
    /// cannot be reached through allowed vertices.
    public let distance: Int?
    /// The number of distinct shortest paths, counted without enumerating
    /// them; saturates at `Int.max`. 0 when unreachable.
    public let shortestPathCount: Int
    /// The shortest paths (length `distance`), at most `limit` of them.
    public let shortestPaths: [[Int32]]
    /// The simple paths of length `distance + 1`, at most `limit` of them;
    /// empty unless asked for with `.shortestAndOneLonger`.
    public let longerPaths: [[Int32]]
    /// Whether either list stopped at the limit with paths left unlisted.
    public let isTruncated: Bool

    public init(
        source: Int32, target: Int32, distance: Int?, shortestPathCount: Int,
        shortestPaths: [[Int32]], longerPaths: [[Int32]], isTruncated: Bool
    ) {
        self.source = source
        self.target = target
        self.distance = distance
        self.shortestPathCount = shortestPathCount
        self.shortestPaths = shortestPaths
        self.longerPaths = longerPaths
        self.isTruncated = isTruncated
    }
}

extension Graph {
    /// All shortest paths from `source` to `target` (and, on request, the
    /// simple paths one edge longer), restricted to allowed vertices.
    ///
    /// Definition: a path may pass only through vertices in `allowed`
    /// (`source` and `target` themselves are always allowed). Its length is
    /// its number of edges; weights are ignored. Directed graphs are followed
    /// along their arcs.
    ///
    /// Method: one breadth-first search backwards from `target` gives every
    /// vertex's hop distance `t(v)` to the target (stopping at the level of
    /// `source`). The shortest paths form the DAG of steps `v → w` with
    /// `t(w) = t(v) − 1`; a depth-first walk of that DAG from `source`,
    /// taking neighbours in ascending order, lists the paths in lexicographic
    /// order without dead ends, and a dynamic programme over the same DAG
    /// counts them. Paths of length `d + 1` are listed by a depth-first
    /// search that keeps the path simple and prunes any step `w` with
    /// `depth(w) + t(w) > d + 1`.
    ///
    /// - Parameters:
    ///   - source: first vertex of every path.
    ///   - target: last vertex of every path.
    ///   - lengths: `.shortest`, or `.shortestAndOneLonger` to also list the
    ///     simple paths of length `d + 1`.
    ///   - limit: the most paths listed in each of the two lists (≥ 0);
    ///     `isTruncated` tells when more exist.
    ///   - allowed: the vertices paths may pass through; `nil` for all.
    /// - Returns: the distance, the number of shortest paths and the lists.
    ///   `source == target` gives distance 0 and the single path `[source]`.
    /// - Throws: `PathQueryError` when a vertex is out of range or `limit`
    ///   is negative.
    /// - Complexity: O(V + E) for the search and the count, plus O(P·d) to
    ///   list P shortest paths of length d. Listing the longer paths is a
    ///   pruned search whose cost can grow with the number of near-shortest
    ///   walks it explores, bounded in practice by `limit`. O(V) space besides
    ///   the output. V is the number of vertices, E of edges.
    ///
    /// Reproduces NetworkX `all_shortest_paths(G, source, target)` (as a set;
    /// NetworkX's order is not specified) and, for the longer paths, the
    /// paths of length `d + 1` among `all_simple_paths(G, source, target,
    /// cutoff=d + 1)`; on `G.subgraph(allowed ∪ {source, target})` when
    /// restricted.
    public func allShortestPaths(
        from source: Int32, to target: Int32, lengths: PathLengths = .shortest,
        limit: Int = 1000, allowed: VertexSubset? = nil
    ) throws(PathQueryError) -> PathEnumeration {
        try checkPathQueryVertex(source)
        try checkPathQueryVertex(target)
        guard limit >= 0 else { throw .negativeLimit(limit) }
        if source == target {
            return PathEnumeration(
                source: source, target: target, distance: 0, shortestPathCount: 1,
                shortestPaths: limit > 0 ? [[source]] : [], longerPaths: [], isTruncated: limit == 0)
        }
        let toTarget = HopSearch(self, from: target, maxSteps: Int.max, reverse: true, allowed: allowed, terminal: source)
        let dist = toTarget.distance
        let ds = dist[Int(source)]
        guard ds > 0 else {
            return PathEnumeration(
                source: source, target: target, distance: nil, shortestPathCount: 0,
                shortestPaths: [], longerPaths: [], isTruncated: false)
        }
        let d = Int(ds)
        let shortest = listShortestPaths(from: source, to: target, distance: d, hops: dist, limit: limit)
        let longer = lengths == .shortestAndOneLonger
            ? listPathsOneLonger(from: source, to: target, distance: d, hops: dist, limit: limit)
            : PathList(paths: [], isTruncated: false)
        return PathEnumeration(
            source: source, target: target, distance: d,
            shortestPathCount: countShortestPaths(from: source, to: target, search: toTarget),
            shortestPaths: shortest.paths, longerPaths: longer.paths,
            isTruncated: shortest.isTruncated || longer.isTruncated)
    }

    /// The number of shortest paths from `source` to `target` by a dynamic
    /// programme over the DAG of steps `v → w` with `t(w) = t(v) − 1`:
    /// `count(v) = Σ count(w)`, in the search's order (nearest the target
    /// first); saturates at `Int.max`.
    private func countShortestPaths(from source: Int32, to target: Int32, search toTarget: HopSearch) -> Int {
        let dist = toTarget.distance
        var count = [Int](repeating: 0, count: vertexCount)
        count[Int(target)] = 1
        for v in toTarget.order where v != target {
            let dv = dist[Int(v)]
            var c = 0
            for w in neighbors(of: v) where dist[Int(w)] == dv - 1 && w != source {
                let (sum, overflow) = c.addingReportingOverflow(count[Int(w)])
                c = overflow ? Int.max : sum
            }
            count[Int(v)] = c
        }
        return count[Int(source)]
    }

    /// The shortest paths (of `d` edges) in lexicographic order, at most
    /// `limit`: a depth-first walk of the shortest-path DAG from `source`,
    /// `hops[v]` being v's distance to `target`.
    private func listShortestPaths(
        from source: Int32, to target: Int32, distance d: Int, hops dist: [Int32], limit: Int
    ) -> PathList {
        var shortest: [[Int32]] = []
        var truncated = false
        var path: [Int32] = [source]
        var next: [Int] = [offsets[Int(source)]]
        while let v = path.last {
            if v == target {
                if shortest.count == limit { truncated = true; break }
                shortest.append(path)
                path.removeLast(); next.removeLast()
                continue
            }
            let i = next[next.count - 1]
            guard i < offsets[Int(v) + 1] else { path.removeLast(); next.removeLast(); continue }
            next[next.count - 1] = i + 1
            let w = targets[i]
            if Int(dist[Int(w)]) == d - path.count && w != source {
                path.append(w)
                next.append(offsets[Int(w)])
            }
        }
        return PathList(paths: shortest, isTruncated: truncated)
    }

    /// The simple paths of `d + 1` edges in lexicographic order, at most
    /// `limit`: a depth-first search that keeps the path simple and prunes
    /// any step `w` with `depth(w) + hops[w] > d + 1`.
    private func listPathsOneLonger(
        from source: Int32, to target: Int32, distance d: Int, hops dist: [Int32], limit: Int
    ) -> PathList {
        let bound = d + 1
        return simplePaths(from: source, to: target, limit: limit) { _, _, w, edges in
            let dw = Int(dist[Int(w)])
            return dw >= 0 && edges + dw <= bound
        } keeps: { edges in edges == bound }
    }

    /// The simple paths from `source` to `target` in lexicographic order,
    /// at most `limit`: a depth-first search that keeps the path simple and
    /// takes a step `v → w` (the arc at `i` from the path's last vertex
    /// `v`, `edges` steps from `source`) only where `admits(v, i, w,
    /// edges)`; a path reaching `target` in `edges` steps is listed where
    /// `keeps(edges)`.
    func simplePaths(
        from source: Int32, to target: Int32, limit: Int, admits: (Int32, Int, Int32, Int) -> Bool,
        keeps: (Int) -> Bool = { _ in true }
    ) -> PathList {
        var paths: [[Int32]] = []
        var truncated = false
        var onPath = [Bool](repeating: false, count: vertexCount)
        onPath[Int(source)] = true
        var path: [Int32] = [source]
        var next: [Int] = [offsets[Int(source)]]
        search: while let v = path.last {
            let i = next[next.count - 1]
            guard i < offsets[Int(v) + 1] else {
                onPath[Int(v)] = false
                path.removeLast(); next.removeLast()
                continue
            }
            next[next.count - 1] = i + 1
            let w = targets[i]
            guard !onPath[Int(w)], admits(v, i, w, path.count) else { continue }
            if w == target {
                guard keeps(path.count) else { continue }
                if paths.count == limit { truncated = true; break search }
                paths.append(path + [target])
                continue
            }
            onPath[Int(w)] = true
            path.append(w)
            next.append(offsets[Int(w)])
        }
        return PathList(paths: paths, isTruncated: truncated)
    }
}

/// Paths listed up to a limit, and whether more exist.
struct PathList {
    var paths: [[Int32]]
    var isTruncated: Bool
}

/// Why a path or reach query could not be answered.
public enum PathQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case vertexOutOfRange(Int32, vertexCount: Int)
    case removedVertexIsSource(Int32)
    case negativeStepBound(Int)
    case negativeLimit(Int)
    /// The paths one step longer were asked for with ties of unequal
    /// lengths, where "one step longer" has no meaning.
    case longerPathsNeedHops

    public var description: String {
        switch self {
        case let .vertexOutOfRange(v, n):
            "vertex \(v) is not in the graph (vertices are 0..<\(n))"
        case let .removedVertexIsSource(v):
            "vertex \(v) is both the source and the vertex to remove; choose a different vertex to remove"
        case let .negativeStepBound(k):
            "the step bound is \(k); give a number of steps of 0 or more"
        case let .negativeLimit(n):
            "the path limit is \(n); give a limit of 0 or more"
        case .longerPathsNeedHops:
            "the chains one step longer are defined when every tie counts one step; drop the weights or the longer chains"
        }
    }
}
