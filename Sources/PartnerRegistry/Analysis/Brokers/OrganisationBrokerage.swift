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

/// How often an organisation brokers between two of its partners who have
/// no tie of their own, by the levels (local, regional, national,
/// international) of the three (Gould & Fernandez 1989).
///
/// For a partner `a`, the broker `b` and a partner `c` not tied to `a`:
/// coordinator — all three at the same level; consultant — `a` and `c` at
/// one level, the broker at another; representative — `a` at the broker's
/// level, `c` elsewhere; gatekeeper — `c` at the broker's level, `a`
/// elsewhere; liaison — three different levels. Ties are undirected, so
/// every such pair is counted in both directions (a → c and c → a): the
/// coordinator, consultant and liaison counts are even, and the
/// representative and gatekeeper counts equal.
public struct BrokerageRoles: Hashable, Sendable, Codable {
    public var coordinator: Int
    public var consultant: Int
    public var representative: Int
    public var gatekeeper: Int
    public var liaison: Int
    /// All brokerages, whatever the role.
    public var total: Int

    public init(coordinator: Int, consultant: Int, representative: Int, gatekeeper: Int, liaison: Int) {
        self.coordinator = coordinator
        self.consultant = consultant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.total = coordinator + consultant + representative + gatekeeper + liaison
    }
}
