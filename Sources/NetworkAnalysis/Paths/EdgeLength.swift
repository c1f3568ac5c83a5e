/// How edge weights turn into path lengths for shortest-path measures
/// (betweenness, closeness, harmonic, distances, diameter, …).
///
/// NetworkX's path measures take `weight=None` (every edge has length 1)
/// by default and otherwise read the weight *as a distance*. When weights
/// are strengths (more shared groups = closer), `.inverseWeight` turns
/// them into distances.
public enum EdgeLength: Sendable, Hashable {
    /// Every edge has length 1; weights are ignored (NetworkX `weight=None`,
    /// igraph `weights=None`). The default.
    case hops
    /// The weight is the length (NetworkX `weight="weight"`, igraph
    /// `weights=`). On an unweighted graph every edge has length 1.
    case weight
    /// The length is `1 / weight`, for weights that measure strength
    /// (e.g. the number of shared groups of a projection). An edge of
    /// weight 0 has infinite length: no shortest path uses it.
    case inverseWeight

    /// Whether this rule needs Dijkstra on `graph` (else BFS suffices).
    func isWeighted(on graph: Graph) -> Bool { self != .hops && graph.isWeighted }
}

extension Graph {
    /// Arc lengths parallel to the chosen adjacency, or `nil` when every
    /// arc has length 1.
    func arcLengths(_ rule: EdgeLength, direction: ArcDirection = .outgoing) -> [Double]? {
        guard rule.isWeighted(on: self) else { return nil }
        let w = (direction == .incoming && isDirected) ? inWeights : weights
        switch rule {
        case .hops: return nil
        case .weight: return w
        case .inverseWeight: return w.map { $0 > 0 ? 1 / $0 : .infinity }
        }
    }
}
