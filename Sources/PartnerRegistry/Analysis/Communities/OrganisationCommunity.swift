/// An organisation's community and core number.
public struct OrganisationCommunity: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// The `number` of its community.
    public var community: Int
    /// Its k-core number in the organisation network (0 without partners).
    public var coreNumber: Int

    public init(organisation: NamedOrganisation, community: Int, coreNumber: Int) {
        self.organisation = organisation
        self.community = community
        self.coreNumber = coreNumber
    }
}
