/// One entity's score in a centrality ranking.
public struct CentralityScore: Hashable, Codable, Sendable {
    /// The registry ID.
    public var id: String
    public var name: String
    /// `organisation` or `group`.
    public var type: String
    /// The entity's kind (`municipality`, `council` …).
    public var kind: String
    public var score: Double
    /// 1 for the highest score; equal scores share a rank.
    public var rank: Int
    /// Present only possibly on the view's date.
    public var uncertain: Bool

    public init(
        id: String, name: String, type: String, kind: String, score: Double, rank: Int, uncertain: Bool = false
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.kind = kind
        self.score = score
        self.rank = rank
        self.uncertain = uncertain
    }

    private enum CodingKeys: String, CodingKey { case id, name, type, kind, score, rank, uncertain }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(String.self, forKey: .type)
        kind = try c.decode(String.self, forKey: .kind)
        score = try c.decode(Double.self, forKey: .score)
        rank = try c.decode(Int.self, forKey: .rank)
        uncertain = try c.decodeIfPresent(Bool.self, forKey: .uncertain) ?? false
    }

    /// The map's key of the scored entity (`organisation:id`, `group:id`).
    public var mapKey: String { "\(type):\(id)" }
}

/// A centrality measure computed on a registry, highest score first
/// (ties in Swedish name order).
public struct CentralityReport: Hashable, Codable, Sendable {
    public var measure: CentralityMeasure
    public var mode: NetworkMode
    /// The date the registry was viewed at.
    public var asOf: AsOf
    /// Rule turning projection weights into lengths (projections only).
    public var lengths: ProjectionLengths?
    /// What the number means, in one line.
    public var explanation: String
    public var scores: [CentralityScore]
    /// How the scores were estimated and the guarantee on their scale;
    /// nil when they are exact.
    public var estimate: BetweennessEstimateSummary?

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
}
