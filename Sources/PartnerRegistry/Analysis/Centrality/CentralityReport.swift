/// What a scored entity is: an organisation or a group of a registry (or
/// of a CSV of memberships), or a node of a one-mode network.
public enum CentralityEntityType: String, Hashable, Codable, Sendable, CustomStringConvertible {
    case organisation, group, node

    public var description: String { rawValue }
}

/// One entity's score in a centrality ranking.
///
/// At a date where some of the registry is only possibly there, the score
/// is computed on both networks (`SureAndPossible`): `score` is the value
/// on the possible network, `sure` the value on the sure network (nil when
/// the entity is not in it). JSON carries both (`"score"`, `"sure"`, null
/// when absent); a one-mode network has no dates, so its `sure` is its
/// `score`.
public struct CentralityScore: Hashable, Codable, Sendable {
    /// The registry ID (a node's ID in a one-mode network).
    public var id: String
    public var name: String
    public var type: CentralityEntityType
    /// The entity's kind (`municipality`, `council` …).
    public var kind: String
    /// The score on the possible network and on the sure one.
    public var values: SureAndPossible<Double>
    /// 1 for the highest score; equal scores share a rank.
    public var rank: Int

    /// The score on the possible network: everything that may be there.
    public var score: Double {
        get { values.possible }
        set { values.possible = newValue }
    }

    /// The score on the sure network; nil when the entity is not in it.
    public var sure: Double? {
        get { values.sure }
        set { values.sure = newValue }
    }

    /// Whether the score is uncertain: the entity is not in the sure
    /// network, or its two values differ (`SureAndPossible.isUncertain`).
    public var uncertain: Bool { values.isUncertain }

    /// A score with both values.
    public init(
        id: String, name: String, type: CentralityEntityType, kind: String, values: SureAndPossible<Double>, rank: Int
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.kind = kind
        self.values = values
        self.rank = rank
    }

    /// A score that rests on nothing uncertain (its sure value is the same).
    public init(id: String, name: String, type: CentralityEntityType, kind: String, score: Double, rank: Int) {
        self.init(id: id, name: name, type: type, kind: kind, values: SureAndPossible(certain: score), rank: rank)
    }

    private enum CodingKeys: String, CodingKey { case id, name, type, kind, score, sure, rank, uncertain }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(CentralityEntityType.self, forKey: .type)
        kind = try c.decode(String.self, forKey: .kind)
        // null: a score that is not a number (betweenness of the one sampled source without endpoints).
        let score = try c.decodeIfPresent(Double.self, forKey: .score) ?? .nan
        values = SureAndPossible(
            possible: score, sure: c.contains(.sure) ? try c.decodeIfPresent(Double.self, forKey: .sure) : score)
        rank = try c.decode(Int.self, forKey: .rank)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(kind, forKey: .kind)
        if score.isNaN { try c.encodeNil(forKey: .score) } else { try c.encode(score, forKey: .score) }
        if let sure, sure.isNaN { try c.encodeNil(forKey: .sure) } else { try c.encode(sure, forKey: .sure) }
        try c.encode(rank, forKey: .rank)
        try c.encode(uncertain, forKey: .uncertain)
    }

    /// The map's key of the scored entity (`organisation:id`, `group:id`).
    public var mapKey: String { "\(type.rawValue):\(id)" }
}

/// A centrality ranking, highest score first (ties in Swedish name order,
/// then in the network's own order: `CentralityRanking`), of a registry's
/// view, of a CSV of memberships or of a one-mode network: one type for
/// all three, told apart by `mode` and `asOf` (a registry's) or `input`
/// and `weighted` (a one-mode network's). Each score's `type` says what
/// it ranks.
public struct CentralityReport: Hashable, Codable, Sendable {
    public var measure: CentralityMeasure
    /// The graph of a registry measured; nil for a one-mode network.
    public var mode: NetworkMode?
    /// The date the registry was viewed at; nil for a one-mode network.
    public var asOf: AsOf?
    /// `one-mode` for a one-mode network; nil for a registry.
    public var input: String?
    /// Whether a one-mode network's ties carry weights; nil for a registry.
    public var weighted: Bool?
    /// Rule turning weights into lengths (projections and weighted
    /// one-mode networks only).
    public var lengths: ProjectionLengths?
    /// What the number means, in one line.
    public var explanation: String
    public var scores: [CentralityScore]
    /// How the scores were estimated and the guarantee on their scale;
    /// nil when they are exact.
    public var estimate: BetweennessEstimateSummary?
    /// The registry's language (`sv`, `en`), for words beside the scores;
    /// nil when the registry names none, and for a one-mode network.
    public var language: String?

    /// A registry's (or a CSV of memberships') ranking.
    public init(measure: CentralityMeasure, mode: NetworkMode, asOf: AsOf, lengths: ProjectionLengths?,
                explanation: String, scores: [CentralityScore], estimate: BetweennessEstimateSummary? = nil) {
        self.measure = measure
        self.mode = mode
        self.asOf = asOf
        self.lengths = lengths
        self.explanation = explanation
        self.scores = scores
        self.estimate = estimate
    }

    /// A one-mode network's ranking.
    public init(measure: CentralityMeasure, weighted: Bool, lengths: ProjectionLengths?, explanation: String,
                scores: [CentralityScore], estimate: BetweennessEstimateSummary? = nil) {
        self.measure = measure
        self.input = "one-mode"
        self.weighted = weighted
        self.lengths = lengths
        self.explanation = explanation
        self.scores = scores
        self.estimate = estimate
    }

    /// Whether the ranking is of a one-mode network.
    public var isOneMode: Bool { input != nil }
}
