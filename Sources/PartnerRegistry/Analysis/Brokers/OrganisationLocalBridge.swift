/// A local bridge of the organisation network: two partner organisations
/// that have no partner in common, so that no third organisation closes
/// a triangle over their tie.
public struct OrganisationLocalBridge: Hashable, Sendable, Codable {
    /// The one first in name order.
    public var first: NamedOrganisation
    public var second: NamedOrganisation
    /// The fewest ties on a path between them that does not use their own
    /// tie; nil when there is none (the tie is a bridge). NetworkX
    /// `local_bridges(G, with_span=True)`, whose infinite span is nil here.
    public var span: Int?
    /// Not a local bridge with this span on the sure network (absent
    /// there, closed by a triangle, or with another span); false when
    /// nothing is uncertain.
    public var uncertain: Bool = false

    public init(first: NamedOrganisation, second: NamedOrganisation, span: Int?) {
        self.first = first
        self.second = second
        self.span = span
    }
}

/// A block (biconnected component) of the organisation network.
public struct OrganisationBlock: Hashable, Sendable, Codable {
    /// The organisations, in name order.
    public var members: [NamedOrganisation]
    /// Not a block of the sure network (some of it is only possibly
    /// there, or it is held together only by possible ties); false when
    /// nothing is uncertain.
    public var uncertain: Bool = false

    public init(members: [NamedOrganisation]) { self.members = members }
}
