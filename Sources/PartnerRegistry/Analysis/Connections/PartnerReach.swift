/// Every partner an organisation reaches within a number of steps, and, on
/// request, what it would lose if one group were dissolved.
///
/// A step goes from an organisation through a group to another member:
/// partners at step 1 sit in a group with the organisation, partners at
/// step 2 sit in a group with one of those, and so on. Produced by
/// `RegistryAnalysis.reach(from:steps:without:)`.
///
/// At a date where some of the registry is only possibly there, the reach
/// is also measured on the sure network (what certainly is): each partner
/// and group carries its distance there (`sure`), and `sure` sums it up.
public struct PartnerReach: Hashable, Sendable, Codable {
    /// The date the registry was seen on, if any.
    public var asOf: AsOf
    public var from: NamedOrganisation
    /// The step bound.
    public var steps: Int
    /// Partners within `steps` steps, by step, then name.
    public var partners: [ReachedPartner]
    /// Groups the organisation reaches within the bound (a group's step is
    /// the step of the partners met in it), by step, then name.
    public var groups: [ReachedGroup]
    /// The group imagined dissolved, if any.
    public var without: NamedGroup?
    /// Partners out of reach without that group (with their former step), by step, then name.
    public var lost: [ReachedPartner]
    /// Partners still within reach without that group but farther away, by former step, then name.
    public var lengthened: [LengthenedReach]
    /// The same reach on the sure network; nil when the organisation
    /// itself is not in it. Equal to `figures` when nothing is uncertain.
    public var sure: SureReach?
    /// The registry's language (`sv`, `en`), for the word beside a sure
    /// value; nil when the registry names none.
    public var language: String?
    /// When the organisation has no tie in the view: what became of its
    /// memberships (`RegistryAnalysis.untied(_:in:)`); nil otherwise.
    public var untied: UntiedOrganisation?

    public init(
        asOf: AsOf, from: NamedOrganisation, steps: Int, partners: [ReachedPartner], groups: [ReachedGroup],
        without: NamedGroup?, lost: [ReachedPartner], lengthened: [LengthenedReach]
    ) {
        self.asOf = asOf
        self.from = from
        self.steps = steps
        self.partners = partners
        self.groups = groups
        self.without = without
        self.lost = lost
        self.lengthened = lengthened
        self.sure = nil
        self.sure = figures
    }

    /// The reach itself in the shape of its sure side: the counts of
    /// `partners` and `groups`, and who is lost or farther away.
    public var figures: SureReach {
        SureReach(
            partners: partners.count, groups: groups.count, lost: lost.map(\.organisation), lengthened: lengthened)
    }

    /// Whether the organisation reaching out is itself only possibly
    /// there on the date: not in the sure network, so nothing is surely
    /// within its reach.
    public var existsOnlyInPossibleNetwork: Bool { sure == nil }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "steps — groups passed through to meet the partner; 1 means they sit in a group together",
        "via — the groups where the partner is met on the last step",
    ]

    private enum CodingKeys: String, CodingKey {
        case asOf, from, steps, partners, groups, without, lost, lengthened, sure, language, untied
    }

    /// Decodes what `encode(to:)` writes; without `sure` (a report written
    /// before sure values), the reach counts as certain.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            asOf: try c.decode(AsOf.self, forKey: .asOf), from: try c.decode(NamedOrganisation.self, forKey: .from),
            steps: try c.decode(Int.self, forKey: .steps), partners: try c.decode([ReachedPartner].self, forKey: .partners),
            groups: try c.decode([ReachedGroup].self, forKey: .groups),
            without: try c.decodeIfPresent(NamedGroup.self, forKey: .without),
            lost: try c.decode([ReachedPartner].self, forKey: .lost),
            lengthened: try c.decode([LengthenedReach].self, forKey: .lengthened))
        if c.contains(.sure) { sure = try c.decodeIfPresent(SureReach.self, forKey: .sure) }
        language = try c.decodeIfPresent(String.self, forKey: .language)
        untied = try c.decodeIfPresent(UntiedOrganisation.self, forKey: .untied)
    }

    /// Encodes the reach with `sure` (null when the organisation is not in
    /// the sure network).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(from, forKey: .from)
        try c.encode(steps, forKey: .steps)
        try c.encode(partners, forKey: .partners)
        try c.encode(groups, forKey: .groups)
        try c.encodeIfPresent(without, forKey: .without)
        try c.encode(lost, forKey: .lost)
        try c.encode(lengthened, forKey: .lengthened)
        try c.encode(sure, forKey: .sure)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(untied, forKey: .untied)
    }
}

/// An organisation's reach on the sure network: the sure side of
/// `PartnerReach` (the distance to each partner and group is on the
/// entries themselves).
public struct SureReach: Hashable, Sendable, Codable {
    /// Partners within the step bound on the sure network.
    public var partners: Int
    /// Groups within the step bound on the sure network.
    public var groups: Int
    /// Partners the sure network loses without the dissolved group, by
    /// step, then name: none without a group, or when the group is itself
    /// only possibly there.
    public var lost: [NamedOrganisation]
    /// Partners the sure network reaches only farther away without the
    /// dissolved group, by former step, then name.
    public var lengthened: [LengthenedReach]

    public init(partners: Int, groups: Int, lost: [NamedOrganisation], lengthened: [LengthenedReach]) {
        self.partners = partners
        self.groups = groups
        self.lost = lost
        self.lengthened = lengthened
    }
}
