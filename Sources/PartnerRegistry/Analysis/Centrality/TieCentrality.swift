import NetworkAnalysis

/// One end of a ranked tie.
public struct TieEnd: Hashable, Codable, Sendable {
    /// The registry ID (a node's ID in a one-mode network).
    public var id: String
    public var name: String
    public var type: CentralityEntityType
}

/// One tie's score in a ranking of ties (`--measure edge-betweenness`).
///
/// As for `CentralityScore`, at a date where some of the registry is only
/// possibly there the score is computed on both networks: `score` on the
/// possible one, `sure` on the sure one (nil when the tie is not in it).
public struct TieScore: Hashable, Codable, Sendable {
    /// The end first in name order.
    public var first: TieEnd
    public var second: TieEnd
    /// The score on the possible network and on the sure one.
    public var values: SureAndPossible<Double>
    /// 1 for the highest score; equal scores share a rank.
    public var rank: Int

    /// The score on the possible network.
    public var score: Double { values.possible }
    /// The score on the sure network; nil when the tie is not in it.
    public var sure: Double? { values.sure }
    /// The tie is not in the sure network, or its two values differ.
    public var uncertain: Bool { values.isUncertain }

    private enum CodingKeys: String, CodingKey { case first, second, score, sure, uncertain, rank }

    public init(first: TieEnd, second: TieEnd, values: SureAndPossible<Double>, rank: Int) {
        self.first = first
        self.second = second
        self.values = values
        self.rank = rank
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        first = try c.decode(TieEnd.self, forKey: .first)
        second = try c.decode(TieEnd.self, forKey: .second)
        values = SureAndPossible(possible: try c.decode(Double.self, forKey: .score), sure: try c.decodeIfPresent(Double.self, forKey: .sure))
        rank = try c.decode(Int.self, forKey: .rank)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(first, forKey: .first)
        try c.encode(second, forKey: .second)
        try c.encode(score, forKey: .score)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
        try c.encode(rank, forKey: .rank)
    }
}

/// Ties ranked by a tie measure: edge betweenness, the share of shortest
/// paths between all pairs that run along the tie (NetworkX
/// `edge_betweenness_centrality`, `normalized=True`: divided by n(n − 1)).
///
/// Produced by `RegistryAnalysis.tieCentrality(_:progress:)`,
/// `MembershipNetwork.tieCentrality(_:progress:)` and
/// `OneModeAnalysis.tieCentrality(_:progress:)`.
public struct TieCentralityReport: Hashable, Codable, Sendable {
    public var measure: CentralityMeasure
    /// The registry's graph it ran on; nil for a one-mode network.
    public var mode: NetworkMode?
    /// The date the registry was seen on; nil for a one-mode network.
    public var asOf: AsOf?
    /// How weights became lengths (a projection or a weighted one-mode
    /// network); nil when every tie has length 1.
    public var lengths: ProjectionLengths?
    public var explanation: String
    /// Highest first; equal scores in Swedish name order of the ends.
    public var ties: [TieScore]
    /// The registry's language (`sv`, `en`), for words beside the figures.
    public var language: String?

    public init(
        measure: CentralityMeasure, mode: NetworkMode?, asOf: AsOf?, lengths: ProjectionLengths?, explanation: String,
        ties: [TieScore]
    ) {
        self.measure = measure
        self.mode = mode
        self.asOf = asOf
        self.lengths = lengths
        self.explanation = explanation
        self.ties = ties
    }
}

extension CentralityKernel {
    /// Edge betweenness of every tie of `graph` (NetworkX normalised, or
    /// the raw sum with `normalized` false), weights read through
    /// `options.lengths` when `weighted`: 1/w, w itself or one step.
    static func tieValues(_ options: CentralityOptions, on graph: Graph, weighted: Bool) throws -> [EdgeScore] {
        guard options.measure == .edgeBetweenness else { throw CentralityError.notATieMeasure(options.measure) }
        try options.validate(weighted: weighted && graph.isWeighted)
        if graph.vertexCount == 0 { return [] }
        let rule: EdgeLength = if weighted && graph.isWeighted {
            switch options.lengths {
            case .hops: .hops
            case .inverseWeight: .inverseWeight
            case .weight: .weight
            }
        } else {
            .hops
        }
        return try graph.edgeBetweennessCentrality(
            lengths: rule, normalization: options.normalized ? .pairs : .none,
            sources: options.sources(vertexCount: graph.vertexCount), parallelism: options.parallelism)
    }

    /// The tie values on `twoMode` or its projection, the ends as
    /// two-mode vertices.
    static func tieValues(_ options: CentralityOptions, on twoMode: TwoModeGraph) throws -> [(Int32, Int32, Double)] {
        if options.sourceSample != nil { throw CentralityError.sourceSampleNeedsOneMode }
        switch options.mode {
        case .twoMode:
            return try tieValues(options, on: twoMode.graph, weighted: false).map { ($0.source, $0.target, $0.value) }
        case .organisations, .groups:
            let projection = twoMode.projection(onto: options.mode == .organisations ? .top : .bottom)
            return try tieValues(options, on: projection.graph, weighted: true).map {
                (projection.vertices[Int($0.source)], projection.vertices[Int($0.target)], $0.value)
            }
        }
    }

    /// The ranked ties: `values` with their ends named by `end`, and the
    /// sure value of each from `sure` (keyed by the ends' IDs, sorted).
    static func rankTies(
        _ values: [(Int32, Int32, Double)], limit: Int?, end: (Int32) -> TieEnd, sure: [[String]: Double]?
    ) -> [TieScore] {
        let ends = values.map { v -> (TieEnd, TieEnd) in
            let (a, b) = (end(v.0), end(v.1))
            let swap = a.name != b.name ? SwedishCollation.areInIncreasingOrder(b.name, a.name) : b.id < a.id
            return swap ? (b, a) : (a, b)
        }
        return CentralityRanking.places(values.map(\.2), limit: limit) { "\(ends[$0].0.name) \(ends[$0].1.name)" }.map { place in
            let (a, b) = ends[place.index]
            let value = values[place.index].2
            let bounds = sure.map { SureAndPossible(possible: value, sure: $0[[a.id, b.id].sorted()]) }
                ?? SureAndPossible(certain: value)
            return TieScore(first: a, second: b, values: bounds, rank: place.rank)
        }
    }

    /// The explanation of a tie ranking on `mode` (nil: a one-mode
    /// network), with what the scale and weights change, as for entities.
    static func tieExplanation(_ options: CentralityOptions, mode: NetworkMode?, weighted: Bool) -> String {
        let base = tieExplanation(mode)
        guard let note = options.scaleNote(weighted: weighted) else { return base }
        return base + " [\(note)]"
    }

    static func tieExplanation(_ mode: NetworkMode?) -> String {
        switch mode {
        case nil: "edge-betweenness: share of shortest paths between all pairs of nodes that run along the tie"
        case .twoMode?:
            "edge-betweenness: share of shortest paths between all pairs of entities that run along the membership (the two-mode graph read as one network, NetworkX normalised)"
        case _?: "edge-betweenness: share of shortest paths between all pairs of entities that run along the tie"
        }
    }
}

extension RegistryAnalysis {
    /// Ranks the ties of the two-mode graph (memberships) or of a
    /// projection by a tie measure (`options.measure ==
    /// .edgeBetweenness`), as `centrality(_:progress:)` ranks entities:
    /// the same options, lengths and limit, and where some of the view is
    /// only possibly there the sure value beside each tie (nil for a tie
    /// not in the sure network).
    ///
    /// - Throws: `CentralityError.notATieMeasure` for a vertex measure;
    ///   `CentralityError.estimateNeedsBetweenness` for an estimate.
    /// - Complexity: O(V·E) (O(V·E + V² log V) on weighted lengths), plus
    ///   building the projection.
    ///
    /// Reproduces NetworkX `edge_betweenness_centrality` on the graph
    /// (`weight="distance"`, distance = 1/weight, on a projection unless
    /// `lengths` is `.hops`).
    public func tieCentrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws -> TieCentralityReport {
        let values = try CentralityKernel.tieValues(options, on: try view.twoModeGraph())
        var sure: [[String]: Double]?
        if let sureAnalysis {
            var all = options
            all.limit = nil
            let sureValues = try CentralityKernel.tieValues(all, on: try sureAnalysis.view.twoModeGraph())
            sure = Dictionary(sureValues.map { ([sureAnalysis.view.node($0.0).id, sureAnalysis.view.node($0.1).id].sorted(), $0.2) },
                              uniquingKeysWith: { a, _ in a })
        }
        let ties = CentralityKernel.rankTies(values, limit: options.limit, end: { v in
            TieEnd(id: view.node(v).id, name: view.name(v), type: view.isOrganisation(v) ? .organisation : .group)
        }, sure: sure)
        var report = TieCentralityReport(
            measure: options.measure, mode: options.mode, asOf: asOf, lengths: options.mode == .twoMode ? nil : options.lengths,
            explanation: CentralityKernel.tieExplanation(options, mode: options.mode, weighted: options.mode != .twoMode),
            ties: ties)
        report.language = registry.language
        return report
    }
}

extension MembershipNetwork {
    /// The ties ranked as `RegistryAnalysis.tieCentrality` ranks them for
    /// the registry of this CSV of memberships.
    public func tieCentrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws -> TieCentralityReport {
        let values = try CentralityKernel.tieValues(options, on: graph)
        let top = organisations.count
        let ties = CentralityKernel.rankTies(values, limit: options.limit, end: { v in
            Int(v) < top
                ? TieEnd(id: organisations[Int(v)].rawValue, name: organisationNames[Int(v)], type: .organisation)
                : TieEnd(id: groups[Int(v) - top].rawValue, name: groupNames[Int(v) - top], type: .group)
        }, sure: nil)
        return TieCentralityReport(
            measure: options.measure, mode: options.mode, asOf: .now, lengths: options.mode == .twoMode ? nil : options.lengths,
            explanation: CentralityKernel.tieExplanation(options, mode: options.mode, weighted: options.mode != .twoMode),
            ties: ties)
    }
}

extension OneModeAnalysis {
    /// The network's ties ranked by a tie measure; weights become lengths
    /// through `options.lengths` as for betweenness.
    public func tieCentrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws -> TieCentralityReport {
        let values = try CentralityKernel.tieValues(options, on: graph, weighted: network.isWeighted)
            .map { ($0.source, $0.target, $0.value) }
        let ties = CentralityKernel.rankTies(values, limit: options.limit, end: { v in
            let n = network.nodes[Int(v)]
            return TieEnd(id: n.id, name: n.name, type: .node)
        }, sure: nil)
        return TieCentralityReport(
            measure: options.measure, mode: nil, asOf: nil, lengths: network.isWeighted ? options.lengths : nil,
            explanation: CentralityKernel.tieExplanation(options, mode: nil, weighted: network.isWeighted), ties: ties)
    }
}
