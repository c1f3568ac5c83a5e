/// A partner within reach.
public struct ReachedPartner: Hashable, Sendable, Codable {
    public var organisation: NamedOrganisation
    /// Steps on a shortest chain to the partner.
    public var steps: Int
    /// The groups in which the partner is met on the last step of a
    /// shortest chain, in name order.
    public var via: [NamedGroup]

    public init(organisation: NamedOrganisation, steps: Int, via: [NamedGroup]) {
        self.organisation = organisation
        self.steps = steps
        self.via = via
    }
}
