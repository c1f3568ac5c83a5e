/// Every partner an organisation reaches within a number of steps, and, on
/// request, what it would lose if one group were dissolved.
///
/// A step goes from an organisation through a group to another member:
/// partners at step 1 sit in a group with the organisation, partners at
/// step 2 sit in a group with one of those, and so on. Produced by
/// `RegistryAnalysis.reach(from:steps:without:)`.
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
    }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "steps — groups passed through to meet the partner; 1 means they sit in a group together",
        "via — the groups where the partner is met on the last step",
    ]
}
