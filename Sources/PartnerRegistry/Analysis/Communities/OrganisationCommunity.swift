/// An organisation's community and core number.
///
/// At a date where some of the view is only possibly there, the community
/// is the possible network's (communities are found once, on everything
/// that may be there); `dependsOnUncertainTies` says whether the
/// organisation's place in it rests on a tie that is only possibly there,
/// and `sure` holds its core number on the sure network.
public struct OrganisationCommunity: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// The `number` of its community.
    public var community: Int
    /// Its k-core number in the organisation network (0 without partners).
    public var coreNumber: Int
    /// Whether one of its ties in the organisation network (on which the
    /// communities are found) is only possibly there: the partner or the
    /// organisation itself may not be, or every group they share may not.
    public var dependsOnUncertainTies: Bool
    /// Its core number on the sure network; nil when the organisation is
    /// not in it. Equal to `coreNumber` when nothing is uncertain.
    public var sure: SureOrganisationCommunity?

    /// The figures themselves, without the sure ones.
    public var figures: SureOrganisationCommunity { SureOrganisationCommunity(coreNumber: coreNumber) }

    /// Whether the row is uncertain: the organisation is not in the sure
    /// network, or its core number differs there.
    public var uncertain: Bool { sure != figures }

    public init(organisation: NamedOrganisation, community: Int, coreNumber: Int, dependsOnUncertainTies: Bool = false) {
        self.organisation = organisation
        self.community = community
        self.coreNumber = coreNumber
        self.dependsOnUncertainTies = dependsOnUncertainTies
        self.sure = SureOrganisationCommunity(coreNumber: coreNumber)
    }

    private enum CodingKeys: String, CodingKey {
        case organisation, community, coreNumber, dependsOnUncertainTies, sure, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organisation = try c.decode(NamedOrganisation.self, forKey: .organisation)
        community = try c.decode(Int.self, forKey: .community)
        coreNumber = try c.decode(Int.self, forKey: .coreNumber)
        dependsOnUncertainTies = try c.decodeIfPresent(Bool.self, forKey: .dependsOnUncertainTies) ?? false
        sure = nil
        sure = c.contains(.sure)
            ? try c.decodeIfPresent(SureOrganisationCommunity.self, forKey: .sure) : SureOrganisationCommunity(coreNumber: coreNumber)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(community, forKey: .community)
        try c.encode(coreNumber, forKey: .coreNumber)
        try c.encode(dependsOnUncertainTies, forKey: .dependsOnUncertainTies)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// An organisation's figures on the sure network: the sure side of
/// `OrganisationCommunity`. Only the core number: the communities are not
/// found again on the sure network (they would be other communities, and
/// numbering them beside these would compare unrelated things).
public struct SureOrganisationCommunity: Hashable, Sendable, Codable {
    /// The k-core number on the sure organisation network.
    public var coreNumber: Int

    public init(coreNumber: Int) { self.coreNumber = coreNumber }
}
