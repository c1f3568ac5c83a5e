/// A tie of the organisation projection: two organisations that share groups.
public struct OrganisationTie: Hashable, Sendable, Codable {
    /// The one first in name order.
    public var first: NamedOrganisation
    public var second: NamedOrganisation
    /// The groups they share, in name order.
    public var sharedGroups: [NamedGroup]
    /// Whether losing the tie only strands one organisation (its only partner).
    public var isPendant: Bool

    public init(first: NamedOrganisation, second: NamedOrganisation, sharedGroups: [NamedGroup], isPendant: Bool) {
        self.first = first
        self.second = second
        self.sharedGroups = sharedGroups
        self.isPendant = isPendant
    }
}
