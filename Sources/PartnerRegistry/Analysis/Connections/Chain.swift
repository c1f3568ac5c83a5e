/// A chain of organisations linked through groups:
/// `organisations[0]` and `organisations[1]` both sit in `groups[0]`,
/// `organisations[1]` and `organisations[2]` in `groups[1]`, and so on.
///
/// Invariant: `organisations.count == groups.count + 1`; no organisation
/// and no group appears twice (the chain is a simple path of the two-mode
/// graph).
public struct Chain: Hashable, Sendable, Codable {
    public var organisations: [NamedOrganisation]
    public var groups: [NamedGroup]
    /// Whether the chain passes through an entity or a tie present only
    /// possibly on the analysis date.
    public var uncertain: Bool
    /// Each tie of the chain in order (organisation 0 – group 0, group 0 –
    /// organisation 1, …): its certainty and whether it is only possibly
    /// there on the date. Empty when the chain was built without them.
    public var ties: [ChainTie]

    public init(
        organisations: [NamedOrganisation], groups: [NamedGroup], uncertain: Bool? = nil, ties: [ChainTie] = []
    ) {
        self.organisations = organisations
        self.groups = groups
        self.uncertain = uncertain ?? (organisations.contains(where: \.uncertain) || groups.contains(where: \.uncertain))
        self.ties = ties
    }

    /// Number of steps: groups passed through (1 when the two ends share a group).
    public var steps: Int { groups.count }

    /// The chain in words: `A → [G] → B → [H] → C`; an entity present
    /// only possibly is followed by `(?)`.
    public var text: String {
        var parts: [String] = []
        for (i, o) in organisations.enumerated() {
            parts.append(o.name + (o.uncertain ? " (?)" : ""))
            if i < groups.count { parts.append("[" + groups[i].name + (groups[i].uncertain ? " (?)" : "") + "]") }
        }
        return parts.joined(separator: " → ")
    }
}

/// One tie of a chain: an organisation's seat in a group.
public struct ChainTie: Hashable, Sendable, Codable {
    public var organisation: OrganisationID
    public var group: GroupID
    /// How the registry knows it: the most certain of the memberships (or
    /// the convening) that make the tie.
    public var certainty: Certainty
    /// Whether the tie is only possibly there on the date (it, or either
    /// end, is uncertain).
    public var uncertain: Bool

    public init(organisation: OrganisationID, group: GroupID, certainty: Certainty, uncertain: Bool) {
        self.organisation = organisation
        self.group = group
        self.certainty = certainty
        self.uncertain = uncertain
    }
}
