/// One organisation's meeting load.
public struct OrganisationLoad: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    public var kind: OrganisationKind
    public var level: GeographicLevel?
    /// Distinct groups it sits in (convening counts as sitting in, unless
    /// the filter ignores conveners).
    public var groupCount: Int
    /// Memberships it holds (each role in a group is a seat; convening a
    /// group without a listed membership is one seat).
    public var seats: Int
    /// Distinct groups it chairs or vice-chairs.
    public var chairs: Int
    /// Distinct groups it convenes or hosts (role `convener` or listed as a convener).
    public var convenes: Int
    /// The groups it sits in, in name order.
    public var groups: [NamedGroup]

    public init(
        organisation: NamedOrganisation, kind: OrganisationKind, level: GeographicLevel?, groupCount: Int, seats: Int,
        chairs: Int, convenes: Int, groups: [NamedGroup]
    ) {
        self.organisation = organisation
        self.kind = kind
        self.level = level
        self.groupCount = groupCount
        self.seats = seats
        self.chairs = chairs
        self.convenes = convenes
        self.groups = groups
    }
}
