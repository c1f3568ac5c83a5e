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
    public var asOf: AsOf
    public var center: NamedOrganisation
    public var radius: Int
    /// The organisations kept, the centre first (step 0), then by step and name.
    public var organisations: [EgoOrganisation]
    /// The groups kept, by step, then name.
    public var groups: [EgoGroup]

    public init(
        asOf: AsOf, center: NamedOrganisation, radius: Int, organisations: [EgoOrganisation],
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
