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
/// At a date where some of the registry is only possibly there, the ego
/// network is also taken on the sure network (what certainly is): each
/// organisation and group carries its step there (`sure`, nil when it is
/// only possibly in the ego network), and `sure` counts that network.
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
    /// The counts of the ego network on the sure network; nil when the
    /// centre itself is not in it. Equal to `figures` when nothing is
    /// uncertain.
    public var sure: SureEgoNetwork?
    /// The registry's language (`sv`, `en`), for the word beside a sure
    /// value; nil when the registry names none.
    public var language: String?
    /// When the centre has no tie in the view: what became of its
    /// memberships (`RegistryAnalysis.untied(_:in:)`); nil otherwise.
    public var untied: UntiedOrganisation?

    public init(
        asOf: AsOf, center: NamedOrganisation, radius: Int, organisations: [EgoOrganisation],
        groups: [EgoGroup]
    ) {
        self.asOf = asOf
        self.center = center
        self.radius = radius
        self.organisations = organisations
        self.groups = groups
        self.sure = nil
        self.sure = figures
    }

    /// Number of memberships inside the ego network.
    public var membershipCount: Int { groups.reduce(0) { $0 + $1.members.count } }

    /// The counts of the ego network itself, in the shape of its sure side.
    public var figures: SureEgoNetwork {
        SureEgoNetwork(organisations: organisations.count, groups: groups.count, memberships: membershipCount)
    }

    /// Whether the centre is itself only possibly there on the date: not
    /// in the sure network, so it has no sure ego network.
    public var existsOnlyInPossibleNetwork: Bool { sure == nil }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "step — groups passed through from the centre; an organisation at step 1 sits in a group with the centre, a group at step 1 is one of the centre's own",
    ]

    private enum CodingKeys: String, CodingKey { case asOf, center, radius, organisations, groups, sure, language, untied }

    /// Decodes what `encode(to:)` writes; without `sure` (a report written
    /// before sure values), the ego network counts as certain.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            asOf: try c.decode(AsOf.self, forKey: .asOf), center: try c.decode(NamedOrganisation.self, forKey: .center),
            radius: try c.decode(Int.self, forKey: .radius),
            organisations: try c.decode([EgoOrganisation].self, forKey: .organisations),
            groups: try c.decode([EgoGroup].self, forKey: .groups))
        if c.contains(.sure) { sure = try c.decodeIfPresent(SureEgoNetwork.self, forKey: .sure) }
        language = try c.decodeIfPresent(String.self, forKey: .language)
        untied = try c.decodeIfPresent(UntiedOrganisation.self, forKey: .untied)
    }

    /// Encodes the ego network with `sure` (null when the centre is not in
    /// the sure network).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(center, forKey: .center)
        try c.encode(radius, forKey: .radius)
        try c.encode(organisations, forKey: .organisations)
        try c.encode(groups, forKey: .groups)
        try c.encode(sure, forKey: .sure)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(untied, forKey: .untied)
    }
}

/// The size of an ego network on the sure network: the sure side of
/// `EgoNetwork` (each entity's step there is on the entity itself).
public struct SureEgoNetwork: Hashable, Sendable, Codable {
    /// Organisations in the sure ego network, the centre included.
    public var organisations: Int
    public var groups: Int
    /// Memberships among them on the sure network.
    public var memberships: Int

    public init(organisations: Int, groups: Int, memberships: Int) {
        self.organisations = organisations
        self.groups = groups
        self.memberships = memberships
    }
}
