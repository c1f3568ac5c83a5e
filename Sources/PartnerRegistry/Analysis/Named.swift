/// An entity named in an analysis result: its registry ID and its display
/// name, so that a result can be printed, sorted by name or decoded by a
/// script without the registry at hand. Encoded as `{"id": …, "name": …}`.
public struct Named<Kind: IdentifierKind>: Hashable, Sendable, Codable {
    public var id: Identifier<Kind>
    public var name: String

    public init(id: Identifier<Kind>, name: String) {
        self.id = id
        self.name = name
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
