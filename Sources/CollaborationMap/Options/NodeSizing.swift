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
    ///
    /// At a date where some of the registry is only possibly there, the
    /// scores are those of the possible network (what sizes the nodes),
    /// and `sure` holds, for each key whose score differs on the sure
    /// network, the value there, or nil when the entity is not in it; a
    /// key not in `sure` has no other value. Each such node's tooltip
    /// ends with both: "mellanhand 0,7385 (säkert 0,3018)".
    case score([String: Double], name: String, sure: [String: Double?] = [:])
}

extension NodeSizing {
    /// Sizes nodes by a centrality ranking (`samverkan map --size-by`):
    /// each score keyed by its entity's map key, the possible value
    /// sizing the node and the sure one (where the two differ,
    /// `CentralityScore.uncertain`) going to its tooltip; where a key
    /// occurs twice the larger score counts.
    public init(report: CentralityReport) {
        var scores: [String: CentralityScore] = [:]
        for s in report.scores where (scores[s.mapKey]?.score ?? -.infinity) < s.score { scores[s.mapKey] = s }
        var sure: [String: Double?] = [:]
        for (key, s) in scores where s.uncertain { sure[key] = .some(s.sure) }
        self = .score(scores.mapValues(\.score), name: report.measure.rawValue, sure: sure)
    }
}
