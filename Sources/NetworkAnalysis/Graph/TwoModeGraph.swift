
/// A two-mode (bipartite) graph: an undirected `Graph` whose vertices are
/// split into two sides, every edge joining a top vertex to a bottom one.
///
/// Representation: `graph` holds all vertices with dense indices; `sides`
/// says which side each vertex is on. The invariant "no edge inside a
/// side" is checked when the value is made, so every algorithm may rely on
/// it. Weights of `graph`, if any, are kept but the two-mode measures (as
/// NetworkX's) ignore them.
public struct TwoModeGraph: Sendable {
    /// The underlying undirected graph of both sides.
    public let graph: Graph
    /// `sides[v]`: the side of vertex `v`.
    public let sides: [TwoModeSide]
    /// The top vertices, ascending.
    public let topVertices: [Int32]
    /// The bottom vertices, ascending.
    public let bottomVertices: [Int32]

    /// Wraps an undirected graph, with the vertices listed in `bottom` on
    /// the bottom side and all others on top.
    ///
    /// - Throws: `TwoModeError` when the graph is directed, a vertex of
    ///   `bottom` is out of range, or an edge joins two vertices of one side.
    /// - Complexity: O(V + E).
    public init(graph: Graph, bottom: [Int32]) throws(TwoModeError) {
        guard !graph.isDirected else { throw .directedGraph }
        var sides = [TwoModeSide](repeating: .top, count: graph.vertexCount)
        for v in bottom {
            guard v >= 0, Int(v) < graph.vertexCount else {
                throw .vertexOutOfRange(v, vertexCount: graph.vertexCount)
            }
            sides[Int(v)] = .bottom
        }
        for u in 0 ..< graph.vertexCount {
            for v in graph.neighbors(of: Int32(u)) where Int(v) >= u && sides[Int(v)] == sides[u] {
                throw .edgeInsideSide(Int32(u), v, side: sides[u])
            }
        }
        self.graph = graph
        self.sides = sides
        self.topVertices = sides.indices.filter { sides[$0] == .top }.map { Int32($0) }
        self.bottomVertices = sides.indices.filter { sides[$0] == .bottom }.map { Int32($0) }
    }

    /// Builds a two-mode graph from memberships `(top, bottom)` given in
    /// each side's own numbering: top vertex `i` becomes vertex `i`, bottom
    /// vertex `j` becomes vertex `topCount + j`.
    ///
    /// - Parameters:
    ///   - topCount: number of top vertices (e.g. organisations).
    ///   - bottomCount: number of bottom vertices (e.g. groups).
    ///   - memberships: pairs `(i, j)`, `i` in `0..<topCount`, `j` in
    ///     `0..<bottomCount`. Repeated pairs merge (weights summed).
    ///   - weights: one weight per membership, or `nil`.
    /// - Throws: `TwoModeError` for an index out of range or a bad weight.
    /// - Complexity: O(V + E).
    public init(
        topCount: Int, bottomCount: Int, memberships: [(Int32, Int32)], weights: [Double]? = nil
    ) throws(TwoModeError) {
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(memberships.count)
        for (i, j) in memberships {
            guard i >= 0, Int(i) < topCount else { throw .vertexOutOfRange(i, vertexCount: topCount) }
            guard j >= 0, Int(j) < bottomCount else { throw .vertexOutOfRange(j, vertexCount: bottomCount) }
            edges.append((i, Int32(topCount) + j))
        }
        let graph: Graph
        do {
            graph = try Graph(vertexCount: topCount + bottomCount, edges: edges, weights: weights)
        } catch {
            throw .graph(error)
        }
        self.graph = graph
        self.sides = [TwoModeSide](repeating: .top, count: topCount)
            + [TwoModeSide](repeating: .bottom, count: bottomCount)
        self.topVertices = (0 ..< Int32(topCount)).map { $0 }
        self.bottomVertices = (Int32(topCount) ..< Int32(topCount + bottomCount)).map { $0 }
    }

    /// The vertices of `side`, ascending.
    public func vertices(of side: TwoModeSide) -> [Int32] { side == .top ? topVertices : bottomVertices }

    /// Number of vertices on `side`.
    public func count(of side: TwoModeSide) -> Int { vertices(of: side).count }

    /// Two-mode density: `E / (n_top · n_bottom)`, the share of possible
    /// memberships present; 0 when a side is empty.
    ///
    /// **Reproduces** NetworkX 3.6 `bipartite.density`.
    /// - Complexity: O(1).
    public var density: Double {
        let possible = topVertices.count * bottomVertices.count
        return possible == 0 ? 0 : Double(graph.edgeCount) / Double(possible)
    }
}
