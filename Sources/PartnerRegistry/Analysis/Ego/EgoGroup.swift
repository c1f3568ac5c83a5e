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
