/// A membership that is a bridge of the two-mode graph: ending it splits
/// the network.
public struct MembershipBridge: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    public var group: NamedGroup
    /// Whether ending the membership only strands one side (the
    /// organisation's only group, or the group's only member).
    public var isPendant: Bool

    public init(organisation: NamedOrganisation, group: NamedGroup, isPendant: Bool) {
        self.organisation = organisation
        self.group = group
        self.isPendant = isPendant
    }
}
