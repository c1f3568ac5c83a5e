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

    public init(organisations: [NamedOrganisation], groups: [NamedGroup], uncertain: Bool? = nil) {
        self.organisations = organisations
        self.groups = groups
        self.uncertain = uncertain ?? (organisations.contains(where: \.uncertain) || groups.contains(where: \.uncertain))
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
