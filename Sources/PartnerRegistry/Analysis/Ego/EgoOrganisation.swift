/// An organisation in an ego network.
public struct EgoOrganisation: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// Steps from the centre (0 for the centre).
    public var steps: Int
    /// Its groups inside the ego network, in name order.
    public var groups: [NamedGroup]
    /// Steps from the centre in the ego network on the sure network (what
    /// is certainly there on the date); nil when the organisation is not in
    /// that ego network (or the centre is not in the sure network). Equal
    /// to `steps` when nothing is uncertain.
    public var sure: Int?

    /// Whether the organisation is only possibly in the ego network, or
    /// farther from the centre on the sure network.
    public var uncertain: Bool { sure != steps }

    public init(organisation: NamedOrganisation, steps: Int, groups: [NamedGroup]) {
        self.organisation = organisation
        self.steps = steps
        self.groups = groups
        self.sure = steps
    }

    private enum CodingKeys: String, CodingKey { case organisation, steps, groups, sure, uncertain }

    /// Decodes what `encode(to:)` writes; without `sure` (a report written
    /// before sure values), the organisation counts as certain.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            organisation: try c.decode(NamedOrganisation.self, forKey: .organisation),
            steps: try c.decode(Int.self, forKey: .steps), groups: try c.decode([NamedGroup].self, forKey: .groups))
        if c.contains(.sure) { sure = try c.decodeIfPresent(Int.self, forKey: .sure) }
    }

    /// Encodes the organisation with `sure` (null when it is not in the
    /// sure ego network) and `uncertain`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(steps, forKey: .steps)
        try c.encode(groups, forKey: .groups)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}
