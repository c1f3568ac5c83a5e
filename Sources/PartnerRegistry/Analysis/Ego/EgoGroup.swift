/// A group in an ego network, with all its members (who are all inside).
public struct EgoGroup: Hashable, Sendable, Codable {
    public var group: NamedGroup
    /// 1 for the centre's own groups, 2 for its partners' groups, …
    public var steps: Int
    /// Its members, in name order.
    public var members: [NamedOrganisation]
    /// Its step in the ego network on the sure network (what is certainly
    /// there on the date); nil when the group is not in that ego network
    /// (or the centre is not in the sure network). Equal to `steps` when
    /// nothing is uncertain.
    public var sure: Int?

    /// Whether the group is only possibly in the ego network, or farther
    /// from the centre on the sure network.
    public var uncertain: Bool { sure != steps }

    public init(group: NamedGroup, steps: Int, members: [NamedOrganisation]) {
        self.group = group
        self.steps = steps
        self.members = members
        self.sure = steps
    }

    private enum CodingKeys: String, CodingKey { case group, steps, members, sure, uncertain }

    /// Decodes what `encode(to:)` writes; without `sure` (a report written
    /// before sure values), the group counts as certain.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            group: try c.decode(NamedGroup.self, forKey: .group), steps: try c.decode(Int.self, forKey: .steps),
            members: try c.decode([NamedOrganisation].self, forKey: .members))
        if c.contains(.sure) { sure = try c.decodeIfPresent(Int.self, forKey: .sure) }
    }

    /// Encodes the group with `sure` (null when it is not in the sure ego
    /// network) and `uncertain`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(group, forKey: .group)
        try c.encode(steps, forKey: .steps)
        try c.encode(members, forKey: .members)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}
