/// A group within reach.
public struct ReachedGroup: Hashable, Sendable, Codable {
    public var group: NamedGroup
    /// 1 for the organisation's own groups, 2 for its partners' groups, …
    public var steps: Int
    /// The same on the sure network (what is certainly there on the date);
    /// nil when the sure network does not reach the group within the step
    /// bound, or does not hold it. Equal to `steps` when nothing is
    /// uncertain.
    public var sure: Int?

    /// Whether the distance is uncertain: the group is not within reach on
    /// the sure network, or farther away there.
    public var uncertain: Bool { sure != steps }

    public init(group: NamedGroup, steps: Int) {
        self.group = group
        self.steps = steps
        self.sure = steps
    }

    private enum CodingKeys: String, CodingKey { case group, steps, sure, uncertain }

    /// Decodes what `encode(to:)` writes; without `sure` (a report written
    /// before sure values), the distance counts as certain.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(group: try c.decode(NamedGroup.self, forKey: .group), steps: try c.decode(Int.self, forKey: .steps))
        if c.contains(.sure) { sure = try c.decodeIfPresent(Int.self, forKey: .sure) }
    }

    /// Encodes the group with `sure` (null when it is not within reach on
    /// the sure network) and `uncertain`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(group, forKey: .group)
        try c.encode(steps, forKey: .steps)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}
