import PartnerRegistry

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

extension NodeSizing {
    /// Sizes nodes by a centrality ranking (`samverkan map --size-by`):
    /// each score keyed by its entity's map key; where a key occurs twice
    /// the larger score counts.
    public init(report: CentralityReport) {
        let scores = Dictionary(report.scores.map { ($0.mapKey, $0.score) }, uniquingKeysWith: max)
        self = .score(scores, name: report.measure.rawValue)
    }
}
