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
    /// The same counts on the sure network (what is certainly there on the
    /// view's date); nil when the organisation is not in it. Equal to the
    /// counts above when nothing is uncertain.
    public var sure: SureLoad?

    /// The counts themselves, without the sure ones.
    public var counts: SureLoad { SureLoad(groupCount: groupCount, seats: seats, chairs: chairs, convenes: convenes) }

    /// Whether the row is uncertain: the organisation is not in the sure
    /// network, or a count differs there.
    public var uncertain: Bool { sure != counts }

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
        self.sure = counts
    }

    private enum CodingKeys: String, CodingKey {
        case organisation, kind, level, groupCount, seats, chairs, convenes, groups, sure, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organisation = try c.decode(NamedOrganisation.self, forKey: .organisation)
        kind = try c.decode(OrganisationKind.self, forKey: .kind)
        level = try c.decodeIfPresent(GeographicLevel.self, forKey: .level)
        groupCount = try c.decode(Int.self, forKey: .groupCount)
        seats = try c.decode(Int.self, forKey: .seats)
        chairs = try c.decode(Int.self, forKey: .chairs)
        convenes = try c.decode(Int.self, forKey: .convenes)
        groups = try c.decode([NamedGroup].self, forKey: .groups)
        sure = nil
        sure = c.contains(.sure) ? try c.decodeIfPresent(SureLoad.self, forKey: .sure) : counts
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(level, forKey: .level)
        try c.encode(groupCount, forKey: .groupCount)
        try c.encode(seats, forKey: .seats)
        try c.encode(chairs, forKey: .chairs)
        try c.encode(convenes, forKey: .convenes)
        try c.encode(groups, forKey: .groups)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// An organisation's meeting-load counts on one network: the sure side of
/// `OrganisationLoad`.
public struct SureLoad: Hashable, Sendable, Codable {
    public var groupCount: Int
    public var seats: Int
    public var chairs: Int
    public var convenes: Int

    public init(groupCount: Int, seats: Int, chairs: Int, convenes: Int) {
        self.groupCount = groupCount
        self.seats = seats
        self.chairs = chairs
        self.convenes = convenes
    }
}
