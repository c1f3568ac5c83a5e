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

    public init(id: String, name: String, type: String, kind: String, score: Double, rank: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.kind = kind
        self.score = score
        self.rank = rank
    }
}

/// A centrality measure computed on a registry, highest score first
/// (ties in Swedish name order).
public struct CentralityReport: Hashable, Codable, Sendable {
    public var measure: CentralityMeasure
    public var mode: NetworkMode
    /// The date the registry was viewed at, if any.
    public var asOf: PartialDate?
    /// Rule turning projection weights into lengths (projections only).
    public var lengths: ProjectionLengths?
    /// What the number means, in one line.
    public var explanation: String
    public var scores: [CentralityScore]

    public init(measure: CentralityMeasure, mode: NetworkMode, asOf: PartialDate?, lengths: ProjectionLengths?,
                explanation: String, scores: [CentralityScore]) {
        self.measure = measure
        self.mode = mode
        self.asOf = asOf
        self.lengths = lengths
        self.explanation = explanation
        self.scores = scores
    }
}
