/// One community: organisations that share groups more among themselves
/// than with the rest.
public struct Community: Hashable, Sendable, Codable {
    /// 1 for the largest community, 2 for the next, …
    public var number: Int
    /// Members, in name order.
    public var members: [NamedOrganisation]
    /// Groups whose members all belong to this community, in name order.
    public var groups: [NamedGroup]
    /// Members with a tie that is only possibly there
    /// (`OrganisationCommunity.dependsOnUncertainTies`): their membership
    /// of the community rests on something uncertain. 0 when nothing is.
    public var membersOnUncertainTies: Int

    public init(number: Int, members: [NamedOrganisation], groups: [NamedGroup], membersOnUncertainTies: Int = 0) {
        self.number = number
        self.members = members
        self.groups = groups
        self.membersOnUncertainTies = membersOnUncertainTies
    }

    private enum CodingKeys: String, CodingKey { case number, members, groups, membersOnUncertainTies }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        members = try c.decode([NamedOrganisation].self, forKey: .members)
        groups = try c.decode([NamedGroup].self, forKey: .groups)
        membersOnUncertainTies = try c.decodeIfPresent(Int.self, forKey: .membersOnUncertainTies) ?? 0
    }
}
