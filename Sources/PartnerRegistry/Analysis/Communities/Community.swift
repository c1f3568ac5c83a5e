/// One community: organisations that share groups more among themselves
/// than with the rest.
public struct Community: Hashable, Sendable, Codable {
    /// 1 for the largest community, 2 for the next, …
    public var number: Int
    /// Members, in name order.
    public var members: [NamedOrganisation]
    /// Groups whose members all belong to this community, in name order.
    public var groups: [NamedGroup]

    public init(number: Int, members: [NamedOrganisation], groups: [NamedGroup]) {
        self.number = number
        self.members = members
        self.groups = groups
    }
}
