/// One organisation's position as a broker in the organisation network.
public struct OrganisationBrokerage: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// The organisation's level, which is its group for brokerage roles
    /// (nil: no level given; all such organisations form one group).
    public var level: GeographicLevel?
    /// Number of partners (organisations sharing at least one group).
    public var partners: Int
    /// Burt's constraint: near 0 for many partners who do not meet each
    /// other, 1 for a single partner, up to 1.125 for two partners who meet
    /// each other (more in weighted cases); lower means more brokerage
    /// opportunity. Nil without partners.
    public var constraint: Double?
    /// Burt's effective size: partners minus their redundancy. Nil without partners.
    public var effectiveSize: Double?
    /// Gould–Fernandez brokerage role counts.
    public var roles: BrokerageRoles
    /// Whether removing the organisation splits the organisation network.
    public var isCutVertex: Bool
    /// Whether removing the organisation splits the two-mode network.
    public var isTwoModeCutVertex: Bool
    /// The same figures on the sure network (what is certainly there on
    /// the view's date), where some of the view is only possibly there;
    /// nil when the organisation is not in the sure network. Equal to the
    /// figures above when nothing is uncertain.
    public var sure: SureBrokerage?

    /// The figures themselves, without the sure ones.
    public var figures: SureBrokerage {
        SureBrokerage(
            partners: partners, constraint: constraint, effectiveSize: effectiveSize, roles: roles,
            isCutVertex: isCutVertex, isTwoModeCutVertex: isTwoModeCutVertex)
    }

    /// Whether the row is uncertain: the organisation is not in the sure
    /// network, or a figure differs there (counts exactly, measures by more
    /// than 1e-12 relative to the larger value).
    public var uncertain: Bool {
        guard let sure else { return true }
        return !sure.matches(figures)
    }

    public init(
        organisation: NamedOrganisation, level: GeographicLevel?, partners: Int, constraint: Double?,
        effectiveSize: Double?, roles: BrokerageRoles, isCutVertex: Bool, isTwoModeCutVertex: Bool
    ) {
        self.organisation = organisation
        self.level = level
        self.partners = partners
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.roles = roles
        self.isCutVertex = isCutVertex
        self.isTwoModeCutVertex = isTwoModeCutVertex
        self.sure = figures
    }

    private enum CodingKeys: String, CodingKey {
        case organisation, level, partners, constraint, effectiveSize, roles, isCutVertex, isTwoModeCutVertex, sure,
            uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organisation = try c.decode(NamedOrganisation.self, forKey: .organisation)
        level = try c.decodeIfPresent(GeographicLevel.self, forKey: .level)
        partners = try c.decode(Int.self, forKey: .partners)
        constraint = try c.decodeIfPresent(Double.self, forKey: .constraint)
        effectiveSize = try c.decodeIfPresent(Double.self, forKey: .effectiveSize)
        roles = try c.decode(BrokerageRoles.self, forKey: .roles)
        isCutVertex = try c.decode(Bool.self, forKey: .isCutVertex)
        isTwoModeCutVertex = try c.decode(Bool.self, forKey: .isTwoModeCutVertex)
        sure = nil
        sure = c.contains(.sure) ? try c.decodeIfPresent(SureBrokerage.self, forKey: .sure) : figures
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(organisation, forKey: .organisation)
        try c.encodeIfPresent(level, forKey: .level)
        try c.encode(partners, forKey: .partners)
        try c.encodeIfPresent(constraint, forKey: .constraint)
        try c.encodeIfPresent(effectiveSize, forKey: .effectiveSize)
        try c.encode(roles, forKey: .roles)
        try c.encode(isCutVertex, forKey: .isCutVertex)
        try c.encode(isTwoModeCutVertex, forKey: .isTwoModeCutVertex)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// An organisation's brokerage figures on one network: the sure side of
/// `OrganisationBrokerage`.
public struct SureBrokerage: Hashable, Sendable, Codable {
    public var partners: Int
    public var constraint: Double?
    public var effectiveSize: Double?
    public var roles: BrokerageRoles
    public var isCutVertex: Bool
    public var isTwoModeCutVertex: Bool

    public init(
        partners: Int, constraint: Double?, effectiveSize: Double?, roles: BrokerageRoles, isCutVertex: Bool,
        isTwoModeCutVertex: Bool
    ) {
        self.partners = partners
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.roles = roles
        self.isCutVertex = isCutVertex
        self.isTwoModeCutVertex = isTwoModeCutVertex
    }

    /// Whether two sets of figures agree: counts and flags exactly,
    /// measures within 1e-12 relative to the larger value.
    func matches(_ other: SureBrokerage) -> Bool {
        func same(_ a: Double?, _ b: Double?) -> Bool {
            switch (a, b) {
            case let (x?, y?): !SureAndPossible(possible: x, sure: y).isUncertain
            case (nil, nil): true
            default: false
            }
        }
        return partners == other.partners && roles == other.roles && isCutVertex == other.isCutVertex
            && isTwoModeCutVertex == other.isTwoModeCutVertex && same(constraint, other.constraint)
            && same(effectiveSize, other.effectiveSize)
    }
}
