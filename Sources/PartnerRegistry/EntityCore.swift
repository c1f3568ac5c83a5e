/// The facts an organisation and a group both have, held once: identity,
/// names, place, dates, attributes, citations, certainty and lineage.
///
/// `Organisation` and `Group` each hold one (`core`) beside their own
/// fields, so the readers, writers and exports handle these fields once
/// for both. Encoded with the same keys as the entity's own fields.
public struct EntityCore<Tag: IdentifierKind, Kind: VocabularyTerm>: Hashable, Sendable, Codable {
    /// The entity's ID.
    public var id: Identifier<Tag>
    /// The entity's name.
    public var name: String
    /// What kind of organisation or group it is.
    public var kind: Kind
    /// Other names it goes by.
    public var aliases: [String]
    /// The geographic level it works at.
    public var level: GeographicLevel?
    /// Its web address.
    public var url: String?
    /// When it existed.
    public var validity: Validity
    /// Free-form attributes from the file.
    public var attributes: [String: String]
    /// Where its facts come from.
    public var sources: [Citation]
    /// Certainty stated by the file; nil takes it from `sources`.
    public var assessment: Assessment?
    /// Entities of its type this one replaced (renamed, merged into it).
    public var replaces: [Identifier<Tag>]
    /// Entities of its type that took this one's place.
    public var succeededBy: [Identifier<Tag>]

    /// A core with the given fields; each parameter sets the field of the same name.
    ///
    /// - Parameters:
    ///   - id: The entity's ID.
    ///   - name: Its name.
    ///   - kind: Its kind.
    ///   - aliases: Other names it goes by.
    ///   - level: The geographic level it works at.
    ///   - url: Its web address.
    ///   - validity: When it existed.
    ///   - attributes: Free-form attributes.
    ///   - sources: Where its facts come from.
    ///   - assessment: Certainty stated by the file.
    ///   - replaces: Entities it replaced.
    ///   - succeededBy: Entities that took its place.
    public init(
        id: Identifier<Tag>, name: String, kind: Kind, aliases: [String] = [], level: GeographicLevel? = nil,
        url: String? = nil, validity: Validity = .init(), attributes: [String: String] = [:], sources: [Citation] = [],
        assessment: Assessment? = nil, replaces: [Identifier<Tag>] = [], succeededBy: [Identifier<Tag>] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.level = level
        self.url = url
        self.validity = validity
        self.attributes = attributes
        self.sources = sources
        self.assessment = assessment
        self.replaces = replaces
        self.succeededBy = succeededBy
    }
}

/// An organisation or a group: an entity built on an `EntityCore`. The
/// shared fields are the core's, reached through the entity as before
/// (`organisation.name`, `group.validity`).
public protocol RegistryEntity: Identifiable, Hashable, Sendable where ID == Identifier<Tag> {
    /// The entity type its IDs name.
    associatedtype Tag: IdentifierKind
    /// Its kinds.
    associatedtype Kind: VocabularyTerm
    /// The fields an organisation and a group share.
    var core: EntityCore<Tag, Kind> { get set }
}

extension RegistryEntity {
    /// The entity's ID.
    @inlinable public var id: Identifier<Tag> {
        get { core.id }
        set { core.id = newValue }
    }

    /// The entity's name.
    @inlinable public var name: String {
        get { core.name }
        set { core.name = newValue }
    }

    /// What kind of organisation or group it is.
    @inlinable public var kind: Kind {
        get { core.kind }
        set { core.kind = newValue }
    }

    /// Other names it goes by.
    @inlinable public var aliases: [String] {
        get { core.aliases }
        set { core.aliases = newValue }
    }

    /// The geographic level it works at.
    @inlinable public var level: GeographicLevel? {
        get { core.level }
        set { core.level = newValue }
    }

    /// Its web address.
    @inlinable public var url: String? {
        get { core.url }
        set { core.url = newValue }
    }

    /// When it existed.
    @inlinable public var validity: Validity {
        get { core.validity }
        set { core.validity = newValue }
    }

    /// Free-form attributes from the file.
    @inlinable public var attributes: [String: String] {
        get { core.attributes }
        set { core.attributes = newValue }
    }

    /// Where its facts come from.
    @inlinable public var sources: [Citation] {
        get { core.sources }
        set { core.sources = newValue }
    }

    /// Certainty stated by the file; nil takes it from `sources`.
    @inlinable public var assessment: Assessment? {
        get { core.assessment }
        set { core.assessment = newValue }
    }

    /// Entities of its type this one replaced (renamed, merged into it).
    @inlinable public var replaces: [Identifier<Tag>] {
        get { core.replaces }
        set { core.replaces = newValue }
    }

    /// Entities of its type that took this one's place.
    @inlinable public var succeededBy: [Identifier<Tag>] {
        get { core.succeededBy }
        set { core.succeededBy = newValue }
    }
}
