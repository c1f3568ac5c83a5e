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
    }
}
