/// Which arcs a degree counts in a directed graph (ignored when undirected).
public enum DegreeDirection: Sendable, Hashable {
    /// In-arcs plus out-arcs (NetworkX `degree_centrality` on a DiGraph).
    case all
    /// In-arcs only (NetworkX `in_degree_centrality`).
    case incoming
    /// Out-arcs only (NetworkX `out_degree_centrality`).
    case outgoing
}

/// How degree centrality is scaled.
public enum DegreeNormalization: Sendable, Hashable {
    /// Divided by `n − 1`, the largest simple degree (NetworkX). The default.
    case vertexCount
    /// The raw degree (igraph `degree`).
    case none
}

extension Graph {
    /// Degree centrality: the number of edges at a vertex.
    ///
    /// - Parameters:
    ///   - direction: which arcs to count in a directed graph.
    ///   - normalization: `.vertexCount` (÷ (n − 1), default) or `.none`.
    /// - Returns: one score per vertex. A self-loop adds 2 to the degree of
    ///   an undirected graph and 1 to each of the in- and out-degree of a
    ///   directed one, as in NetworkX and igraph. Weights are ignored.
    ///
    /// **Normalisation.** `d / (n − 1)`; with `.all` on a directed graph
    /// the value can reach 2. A graph with one vertex scores 1 (NetworkX).
    ///
    /// **Reproduces** NetworkX 3.6 `degree_centrality`,
    /// `in_degree_centrality` and `out_degree_centrality`.
    ///
    /// - Complexity: O(V) time (O(V + E) with self-loops); O(V) space.
    ///
    /// Reference: L. C. Freeman, Social Networks 1(3):215–239, 1979,
    /// doi:10.1016/0378-8733(78)90021-7.
    public func degreeCentrality(
        direction: DegreeDirection = .all,
        normalization: DegreeNormalization = .vertexCount
    ) -> VertexScores {
        let n = vertexCount
        if n == 1 && normalization == .vertexCount { return VertexScores([1]) }  // NetworkX's convention
        let scale: Double = normalization == .none ? 1 : 1 / Double(max(1, n - 1))
        var values = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            let u = Int32(v)
            var d: Int
            if isDirected {
                switch direction {
                case .all: d = outDegree(u) + inDegree(u)
                case .incoming: d = inDegree(u)
                case .outgoing: d = outDegree(u)
                }
            } else {
                d = outDegree(u)
                if hasEdge(from: u, to: u) { d += 1 }  // a loop's arc is stored once
            }
            values[v] = Double(d) * scale
        }
        return VertexScores(values)
    }
}
