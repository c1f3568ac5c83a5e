/// A partner within reach.
public struct ReachedPartner: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// Steps on a shortest chain to the partner.
    public var steps: Int
    /// The groups in which the partner is met on the last step of a
    /// shortest chain, in name order.
    public var via: [NamedGroup]
    /// Steps on a shortest chain among what is certainly there on the date
    /// (the sure network), with every group present; nil when the sure
    /// network does not reach the partner within the step bound, or does
    /// not hold it or the organisation reaching out. Equal to `steps` when
    /// nothing is uncertain.
    public var sure: Int?

    /// Whether the distance is uncertain: the partner is not within reach
    /// on the sure network, or farther away there.
    public var uncertain: Bool { sure != steps }

    public init(organisation: NamedOrganisation, steps: Int, via: [NamedGroup]) {
        self.organisation = organisation
        self.steps = steps
        self.via = via
        self.sure = steps
    }

    private enum CodingKeys: String, CodingKey { case organisation, steps, via, sure, uncertain }

    /// Decodes what `encode(to:)` writes; without `sure` (a report written
    /// before sure values), the distance counts as certain.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            organisation: try c.decode(NamedOrganisation.self, forKey: .organisation),
            steps: try c.decode(Int.self, forKey: .steps), via: try c.decode([NamedGroup].self, forKey: .via))
        if c.contains(.sure) { sure = try c.decodeIfPresent(Int.self, forKey: .sure) }
    }

    /// Encodes the partner with `sure` (null when it is not within reach on
    /// the sure network) and `uncertain`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(steps, forKey: .steps)
        try c.encode(via, forKey: .via)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}
