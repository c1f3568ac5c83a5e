/// Overlap in the network: pairs of groups with members in common, groups
/// contained in others, and pairs of organisations with groups in common.
///
/// Produced by `RegistryAnalysis.overlaps(scope:minShared:order:limit:)`;
/// each list is sorted as asked (`order`) and holds at most `limit`
/// entries, the first in that order; the totals count every entry, listed
/// or not. A section left out by `scope` is empty, with a total of 0.
public struct OverlapReport: Hashable, Sendable, Codable {
    /// The date the registry was seen on, if any.
    public var asOf: AsOf
    /// The least number of shared members (or groups) a pair needs to be listed.
    public var minShared: Int
    /// How the pair lists are sorted.
    public var order: OverlapOrder
    /// Pairs of groups sharing at least `minShared` members.
    public var groupPairs: [GroupOverlap]
    /// Groups whose members all sit in another group (whatever `minShared`).
    public var containments: [GroupContainment]
    /// Pairs of organisations sharing at least `minShared` groups.
    public var organisationPairs: [OrganisationOverlap]
    /// The most entries listed in each list; nil when every entry is listed.
    public var limit: Int?
    /// Pairs of groups sharing at least `minShared` members, listed or not.
    public var groupPairTotal: Int
    /// Containments, listed or not.
    public var containmentTotal: Int
    /// Pairs of organisations sharing at least `minShared` groups, listed or not.
    public var organisationPairTotal: Int
    /// The registry's language (`sv`, `en`), for words beside the figures.
    public var language: String?

    public init(
        asOf: AsOf, minShared: Int, order: OverlapOrder, groupPairs: [GroupOverlap],
        containments: [GroupContainment], organisationPairs: [OrganisationOverlap]
    ) {
        self.asOf = asOf
        self.minShared = minShared
        self.order = order
        self.groupPairs = groupPairs
        self.containments = containments
        self.organisationPairs = organisationPairs
        limit = nil
        groupPairTotal = groupPairs.count
        containmentTotal = containments.count
        organisationPairTotal = organisationPairs.count
    }

    /// Whether some list holds fewer entries than it counts.
    public var isCut: Bool {
        groupPairs.count < groupPairTotal || containments.count < containmentTotal
            || organisationPairs.count < organisationPairTotal
    }

    /// What the numbers mean, one line each, for people reading a table.
    public static let explanations: [String] = [
        "jaccard — shared members ÷ members of either group; 1 means the same members, 0 none in common",
        "overlap — shared members ÷ members of the smaller group; 1 means the smaller group sits inside the larger",
        "contained — every member of the group also sits in the other: the forum adds no new meeting place",
        "member list partial — the registry records only some members of one of the groups (member-list: partial): "
            + "not judged identical or redundant",
    ]

    /// Whether some listed pair or containment has a figure that differs on
    /// the sure network (or rests on an entity not in it).
    public var hasUncertainRows: Bool {
        groupPairs.contains { $0.uncertain } || containments.contains { $0.uncertain }
            || organisationPairs.contains { $0.uncertain }
    }
}
