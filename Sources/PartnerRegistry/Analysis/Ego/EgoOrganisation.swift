/// An organisation in an ego network.
public struct EgoOrganisation: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// Steps from the centre (0 for the centre).
    public var steps: Int
    /// Its groups inside the ego network, in name order.
    public var groups: [NamedGroup]

    public init(organisation: NamedOrganisation, steps: Int, groups: [NamedGroup]) {
        self.organisation = organisation
        self.steps = steps
        self.groups = groups
    }
}
