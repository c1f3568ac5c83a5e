/// One organisation's neighbourhood: its groups, the organisations it
/// meets there, their groups, and so on out to a radius.
///
/// Radius `r` keeps every organisation within `r` steps (organisation →
/// group → organisation is one step) and every group on the way: the
/// groups of the centre (step 1), the groups of its partners (step 2), …,
/// up to the groups where the organisations at step `r` are met. It is
/// the two-mode graph's ball of radius `2r` around the centre, with all
/// memberships among what it keeps.
///
/// Produced by `RegistryAnalysis.egoNetwork(of:radius:)`.
public struct EgoNetwork: Hashable, Sendable, Codable {
    /// The date the registry was seen on, if any.
    public var asOf: PartialDate?
    public var center: NamedOrganisation
    public var radius: Int
    /// The organisations kept, the centre first (step 0), then by step and name.
    public var organisations: [EgoOrganisation]
    /// The groups kept, by step, then name.
    public var groups: [EgoGroup]

    public init(
        asOf: PartialDate?, center: NamedOrganisation, radius: Int, organisations: [EgoOrganisation],
        groups: [EgoGroup]
    ) {
        self.asOf = asOf
        self.center = center
        self.radius = radius
        self.organisations = organisations
        self.groups = groups
    }

    /// Number of memberships inside the ego network.
    public var membershipCount: Int { groups.reduce(0) { $0 + $1.members.count } }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "step — groups passed through from the centre; an organisation at step 1 sits in a group with the centre, a group at step 1 is one of the centre's own",
    ]
}

/// An organisation in an ego network.
public struct EgoOrganisation: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// Steps from the centre (0 for the centre).
    public var steps: Int
    /// Its groups inside the ego network, in name order.
    public var groups: [NamedGroup]

    public init(organisation: NamedOrganisation, steps: Int, groups: [NamedGroup]) {
        self.organisation = organisation
        self.steps = steps
        self.groups = groups
    }
}

/// A group in an ego network, with all its members (who are all inside).
public struct EgoGroup: Hashable, Sendable, Codable {
    public var group: NamedGroup
    /// 1 for the centre's own groups, 2 for its partners' groups, …
    public var steps: Int
    /// Its members, in name order.
    public var members: [NamedOrganisation]

    public init(group: NamedGroup, steps: Int, members: [NamedOrganisation]) {
        self.group = group
        self.steps = steps
        self.members = members
    }
}
