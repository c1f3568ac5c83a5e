import PartnerRegistry

/// Restricts the map to one organisation's ego network.
///
/// The radius counts edges of the map, whatever their relation: radius 1
/// is the organisation with its groups, initiatives and documents;
/// radius 2 adds the co-members of those groups and the other participants
/// of those initiatives; and so on. Edges are kept between every pair of
/// kept nodes. Kinds excluded by ``MapOptions/kinds`` are neither shown nor
/// walked through.
public struct MapFocus: Hashable, Sendable, Codable {
    public var organisation: OrganisationID
    public var radius: Int

    public init(organisation: OrganisationID, radius: Int = 2) {
        self.organisation = organisation
        self.radius = radius
    }
}
