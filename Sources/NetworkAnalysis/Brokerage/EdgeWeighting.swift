/// Whether a structural measure reads the graph's edge weights.
///
/// `.weighted` on an unweighted graph uses weight 1 for every edge, as
/// NetworkX does when the named weight attribute is missing.
public enum EdgeWeighting: Sendable, Hashable, Codable {
    /// Every edge counts 1 (NetworkX `weight=None`).
    case unweighted
    /// Edges count their weight (NetworkX `weight="weight"`).
    case weighted
}
