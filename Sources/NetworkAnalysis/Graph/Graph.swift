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
/// `Int32` arcs) plus 8 bytes per vertex (an `Int` offset).
public struct Graph: Sendable {
    /// Whether edges have a direction.
    public let isDirected: Bool
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

    /// Builds a graph from an edge list in O(V + E) time and space
    /// (counting sort into rows, then per-row sort of neighbours).
    ///
    /// - Parameters:
    ///   - vertexCount: number of vertices.
    ///   - edges: pairs of endpoints in `0..<vertexCount`.
    ///   - weights: one weight per edge, or `nil` for an unweighted graph.
    ///   - directed: whether `(u, v)` means `u → v` only.
    ///   - selfLoops: keep self-loops (`.keep`) or drop them (`.drop`).
    /// - Throws: `GraphError` for an endpoint out of range, a weight count
    ///   that differs from the edge count, or a weight that is not finite
    ///   and non-negative.
    public init(
        vertexCount: Int,
        edges: [(Int32, Int32)],
        weights: [Double]? = nil,
        directed: Bool = false,
        selfLoops: SelfLoopPolicy = .drop
    ) throws(GraphError) {
        if let weights, weights.count != edges.count {
            throw .weightCountMismatch(edges: edges.count, weights: weights.count)
        }
        var kept: [(Int32, Int32, Double)] = []
        kept.reserveCapacity(edges.count)
        for (i, (u, v)) in edges.enumerated() {
            guard u >= 0, Int(u) < vertexCount else { throw .vertexOutOfRange(Int(u), vertexCount: vertexCount) }
            guard v >= 0, Int(v) < vertexCount else { throw .vertexOutOfRange(Int(v), vertexCount: vertexCount) }
            let w = weights?[i] ?? 1
            guard w.isFinite, w >= 0 else { throw .invalidWeight(w, edge: i) }
            if u == v && selfLoops == .drop { continue }
            kept.append((u, v, w))
        }
        self.isDirected = directed
        self.vertexCount = vertexCount
        let hasWeights = weights != nil
        let out = Graph.buildRows(vertexCount: vertexCount, arcs: kept, mirror: !directed, reverse: false)
        self.offsets = out.offsets
        self.targets = out.targets
        self.weights = hasWeights ? out.weights : []
        if directed {
            let rev = Graph.buildRows(vertexCount: vertexCount, arcs: kept, mirror: false, reverse: true)
            self.inOffsets = rev.offsets
            self.inTargets = rev.targets
            self.inWeights = hasWeights ? rev.weights : []
            self.edgeCount = out.targets.count
        } else {
            self.inOffsets = []
            self.inTargets = []
            self.inWeights = []
            var loops = 0
            for v in 0 ..< vertexCount {
                for i in out.offsets[v] ..< out.offsets[v + 1] where Int(out.targets[i]) == v { loops += 1 }
            }
            self.edgeCount = (out.targets.count - loops) / 2 + loops
        }
    }

    /// What to do with edges whose two endpoints are the same vertex.
    public enum SelfLoopPolicy: Sendable { case keep, drop }

    private static func buildRows(
        vertexCount: Int, arcs: [(Int32, Int32, Double)], mirror: Bool, reverse: Bool
    ) -> (offsets: [Int], targets: [Int32], weights: [Double]) {
        var degree = [Int](repeating: 0, count: vertexCount + 1)
        for (u, v, _) in arcs {
            let from = reverse ? v : u
            degree[Int(from) + 1] += 1
            if mirror && u != v { degree[Int(v) + 1] += 1 }
        }
        for v in 0 ..< vertexCount { degree[v + 1] += degree[v] }
        var fill = degree
        var targets = [Int32](repeating: 0, count: degree[vertexCount])
        var weights = [Double](repeating: 0, count: degree[vertexCount])
        for (u, v, w) in arcs {
            let (from, to) = reverse ? (v, u) : (u, v)
            targets[fill[Int(from)]] = to; weights[fill[Int(from)]] = w; fill[Int(from)] += 1
            if mirror && u != v {
                targets[fill[Int(v)]] = u; weights[fill[Int(v)]] = w; fill[Int(v)] += 1
            }
        }
        // Sort each row and merge parallel arcs (summing their weights).
        var outOffsets = [Int](repeating: 0, count: vertexCount + 1)
        var write = 0
        var row: [(Int32, Double)] = []
        for v in 0 ..< vertexCount {
            row.removeAll(keepingCapacity: true)
            for i in degree[v] ..< degree[v + 1] { row.append((targets[i], weights[i])) }
            row.sort { $0.0 < $1.0 }
            var last: Int32 = -1
            for (t, w) in row {
                if t == last { weights[write - 1] += w; continue }
                targets[write] = t; weights[write] = w; write += 1; last = t
            }
            outOffsets[v + 1] = write
        }
        targets.removeLast(targets.count - write)
        weights.removeLast(weights.count - write)
        return (outOffsets, targets, weights)
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

/// Why a graph could not be built.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    case vertexOutOfRange(Int, vertexCount: Int)
    case weightCountMismatch(edges: Int, weights: Int)
    case invalidWeight(Double, edge: Int)

    public var description: String {
        switch self {
        case let .vertexOutOfRange(v, n):
            "vertex \(v) is out of range 0..<\(n)"
        case let .weightCountMismatch(e, w):
            "\(w) weights given for \(e) edges; give one weight per edge"
        case let .invalidWeight(w, edge):
            "edge \(edge) has weight \(w); weights must be finite and non-negative"
        }
    }
}
