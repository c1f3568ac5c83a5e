/// Whether a non-path measure (eigenvector, PageRank, Katz, clustering)
/// reads the edge weights as strengths.
public enum EdgeWeighting: Sendable, Hashable, Codable {
    /// Every edge counts 1 (NetworkX `weight=None`).
    case ignored
    /// Each edge counts its weight (NetworkX `weight="weight"`); an
    /// unweighted graph behaves as with `.ignored`.
    case weights
}

extension Graph {
    /// Weights of the chosen adjacency when `weighting` uses them and the
    /// graph has them; `nil` means every arc weighs 1.
    func arcWeights(_ weighting: EdgeWeighting, direction: ArcDirection = .outgoing) -> [Double]? {
        guard weighting == .weights, isWeighted else { return nil }
        return direction == .incoming && isDirected ? inWeights : weights
    }
}
