/// What decides the size of a node.
public enum NodeSizing: Hashable, Sendable, Codable {
    /// Every node of a kind has the same size.
    case uniform
    /// Nodes grow with a score the caller computed (e.g. betweenness
    /// centrality from `NetworkAnalysis`), keyed by registry ID or by
    /// `kind:id`. Scores are scaled linearly from the smallest to the
    /// largest shown score; nodes without a score get the smallest size.
    /// Keys that name no node on the map are ignored (the scores may have
    /// been computed on a larger network). `name` is shown in the legend.
    case score([String: Double], name: String)
}
