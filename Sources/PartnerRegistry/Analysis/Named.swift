/// An entity named in an analysis result: its registry ID and its display
/// name, so that a result can be printed, sorted by name or decoded by a
/// script without the registry at hand. Encoded as
/// `{"id": …, "name": …, "uncertain": false}`; `uncertain` is true when
/// the entity is present only possibly on the analysis date.
public struct Named<Kind: IdentifierKind>: Hashable, Sendable, Codable {
    public var id: Identifier<Kind>
    public var name: String
    /// Present only possibly on the view's date (see `Presence.uncertain`).
    public var uncertain: Bool

    public init(id: Identifier<Kind>, name: String, uncertain: Bool = false) {
        self.id = id
        self.name = name
        self.uncertain = uncertain
    }

    private enum CodingKeys: String, CodingKey { case id, name, uncertain }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Identifier<Kind>.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        uncertain = try c.decodeIfPresent(Bool.self, forKey: .uncertain) ?? false
    }
}

/// An organisation named in a result.
public typealias NamedOrganisation = Named<OrganisationKindTag>
/// A group named in a result.
public typealias NamedGroup = Named<GroupKindTag>

extension Named where Kind == OrganisationKindTag {
    public init(_ organisation: Organisation) { self.init(id: organisation.id, name: organisation.name) }
}

extension Named where Kind == GroupKindTag {
    public init(_ group: Group) { self.init(id: group.id, name: group.name) }
}
