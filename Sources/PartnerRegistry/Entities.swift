/// Where a fact comes from: a source declared in the registry's `sources`
/// section, with an optional verbatim quote and note.
public struct Citation: Hashable, Sendable, Codable {
    /// The declared source.
    public var source: SourceID
    /// A short verbatim quote of the source that states the fact.
    public var quote: String?
    /// Anything a reader should know (e.g. "public fact, not in the seed").
    public var note: String?

    public init(source: SourceID, quote: String? = nil, note: String? = nil) {
        self.source = source
        self.quote = quote
        self.note = note
    }
}

/// A document or public record that facts are taken from.
public struct Source: Hashable, Sendable, Codable, Identifiable {
    public var id: SourceID
    public var title: String
    public var publisher: String?
    public var url: String?
    /// A path to a local copy, relative to the registry file.
    public var file: String?
    /// Primary (the registry's own source text) or external (a public
    /// list consulted alongside it); decides what its citations support.
    public var kind: SourceKind
    /// The date the source describes (a web page read in 2015 describes
    /// 2015): an entity it calls former is absent from this date on.
    public var describes: PartialDate?

    public init(
        id: SourceID, title: String, publisher: String? = nil, url: String? = nil, file: String? = nil,
        kind: SourceKind = .primary, describes: PartialDate? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.file = file
        self.kind = kind
        self.describes = describes
    }
}

/// An organisation: an agency, company, municipality, tourism organisation …
///
/// Its fields are those of its `core` (ID, name, kind, aliases, level, URL,
/// dates, attributes, sources, certainty, lineage), reached as
/// `organisation.name` and so on.
public struct Organisation: RegistryEntity, Codable {
    /// The entity type its IDs name.
    public typealias Tag = OrganisationKindTag
    /// The fields it shares with a group.
    public var core: EntityCore<OrganisationKindTag, OrganisationKind>

    /// An organisation of the given core.
    /// - Parameter core: Its fields.
    public init(core: EntityCore<OrganisationKindTag, OrganisationKind>) {
        self.core = core
    }

    /// An organisation with the given fields; each parameter sets the
    /// field of the same name (see `EntityCore`).
    ///
    /// - Parameters:
    ///   - id: Its ID.
    ///   - name: Its name.
    ///   - kind: Its kind.
    ///   - aliases: Other names it goes by.
    ///   - level: The geographic level it works at.
    ///   - url: Its web address.
    ///   - validity: When it existed.
    ///   - attributes: Free-form attributes.
    ///   - sources: Where its facts come from.
    ///   - assessment: Certainty stated by the file.
    ///   - replaces: Organisations it replaced.
    ///   - succeededBy: Organisations that took its place.
    public init(
        id: OrganisationID, name: String, kind: OrganisationKind, aliases: [String] = [],
        level: GeographicLevel? = nil, url: String? = nil, validity: Validity = .init(),
        attributes: [String: String] = [:], sources: [Citation] = [], assessment: Assessment? = nil,
        replaces: [OrganisationID] = [], succeededBy: [OrganisationID] = []
    ) {
        self.init(core: EntityCore(
            id: id, name: name, kind: kind, aliases: aliases, level: level, url: url, validity: validity,
            attributes: attributes, sources: sources, assessment: assessment, replaces: replaces,
            succeededBy: succeededBy))
    }

    /// Reads the core's keys, as if they were the organisation's own.
    /// - Parameter decoder: The decoder to read from.
    public init(from decoder: any Decoder) throws {
        core = try EntityCore(from: decoder)
    }

    /// Writes the core's keys, as if they were the organisation's own.
    /// - Parameter encoder: The encoder to write to.
    public func encode(to encoder: any Encoder) throws {
        try core.encode(to: encoder)
    }
}

/// A collaboration group: a council, network, partnership, conference …
///
/// The fields it shares with an organisation are those of its `core`,
/// reached as `group.name` and so on; its own are below.
public struct Group: RegistryEntity, Codable {
    /// The entity type its IDs name.
    public typealias Tag = GroupKindTag
    /// The fields it shares with an organisation.
    public var core: EntityCore<GroupKindTag, GroupKind>
    /// Organisations that convene or host the group.
    public var conveners: [OrganisationID]
    /// A larger group or programme this one is part of.
    public var partOf: GroupID?
    /// Documents the group was formed from or works on.
    public var basedOn: [DocumentID]
    /// The certainty of a convener's part, where the file states it
    /// (`convener: [{organisation: x, certainty: inferred, reason: …}]`).
    public var convenerAssessments: [OrganisationID: Assessment]
    /// Whether the registry's list of members is the whole list; nil when
    /// the file does not say (read as complete).
    public var memberList: MemberList?

    /// Whether the file records only some of the group's members
    /// (`member-list: partial`): no finding may rest on who is missing.
    public var hasPartialMemberList: Bool { memberList?.extent == .partial }

    /// A group of the given core and fields of its own.
    ///
    /// - Parameters:
    ///   - core: The fields it shares with an organisation.
    ///   - conveners: Organisations that convene or host it.
    ///   - partOf: A larger group it is part of.
    ///   - basedOn: Documents it was formed from or works on.
    ///   - convenerAssessments: The certainty of a convener's part.
    ///   - memberList: Whether its list of members is whole.
    public init(
        core: EntityCore<GroupKindTag, GroupKind>, conveners: [OrganisationID] = [], partOf: GroupID? = nil,
        basedOn: [DocumentID] = [], convenerAssessments: [OrganisationID: Assessment] = [:],
        memberList: MemberList? = nil
    ) {
        self.core = core
        self.conveners = conveners
        self.partOf = partOf
        self.basedOn = basedOn
        self.convenerAssessments = convenerAssessments
        self.memberList = memberList
    }

    /// A group with the given fields; each parameter sets the field of the
    /// same name (see `EntityCore` for the shared ones).
    ///
    /// - Parameters:
    ///   - id: Its ID.
    ///   - name: Its name.
    ///   - kind: Its kind.
    ///   - aliases: Other names it goes by.
    ///   - level: The geographic level it works at.
    ///   - url: Its web address.
    ///   - validity: When it existed.
    ///   - conveners: Organisations that convene or host it.
    ///   - partOf: A larger group it is part of.
    ///   - basedOn: Documents it was formed from or works on.
    ///   - attributes: Free-form attributes.
    ///   - sources: Where its facts come from.
    ///   - assessment: Certainty stated by the file.
    ///   - convenerAssessments: The certainty of a convener's part.
    ///   - replaces: Groups it replaced.
    ///   - succeededBy: Groups that took its place.
    ///   - memberList: Whether its list of members is whole.
    public init(
        id: GroupID, name: String, kind: GroupKind, aliases: [String] = [],
        level: GeographicLevel? = nil, url: String? = nil, validity: Validity = .init(),
        conveners: [OrganisationID] = [], partOf: GroupID? = nil, basedOn: [DocumentID] = [],
        attributes: [String: String] = [:], sources: [Citation] = [], assessment: Assessment? = nil,
        convenerAssessments: [OrganisationID: Assessment] = [:], replaces: [GroupID] = [], succeededBy: [GroupID] = [],
        memberList: MemberList? = nil
    ) {
        self.init(
            core: EntityCore(
                id: id, name: name, kind: kind, aliases: aliases, level: level, url: url, validity: validity,
                attributes: attributes, sources: sources, assessment: assessment, replaces: replaces,
                succeededBy: succeededBy),
            conveners: conveners, partOf: partOf, basedOn: basedOn, convenerAssessments: convenerAssessments,
            memberList: memberList)
    }

    private enum CodingKeys: String, CodingKey {
        case conveners, partOf, basedOn, convenerAssessments, memberList
    }

    /// Reads the core's keys and the group's own, side by side.
    /// - Parameter decoder: The decoder to read from.
    public init(from decoder: any Decoder) throws {
        core = try EntityCore(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        conveners = try c.decode([OrganisationID].self, forKey: .conveners)
        partOf = try c.decodeIfPresent(GroupID.self, forKey: .partOf)
        basedOn = try c.decode([DocumentID].self, forKey: .basedOn)
        convenerAssessments = try c.decode([OrganisationID: Assessment].self, forKey: .convenerAssessments)
        memberList = try c.decodeIfPresent(MemberList.self, forKey: .memberList)
    }

    /// Writes the core's keys and the group's own, side by side.
    /// - Parameter encoder: The encoder to write to.
    public func encode(to encoder: any Encoder) throws {
        try core.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(conveners, forKey: .conveners)
        try c.encodeIfPresent(partOf, forKey: .partOf)
        try c.encode(basedOn, forKey: .basedOn)
        try c.encode(convenerAssessments, forKey: .convenerAssessments)
        try c.encodeIfPresent(memberList, forKey: .memberList)
    }
}

/// An organisation's seat in a group, with its role and dates.
public struct Membership: Hashable, Sendable, Codable {
    public var organisation: OrganisationID
    public var group: GroupID
    public var role: Role
    /// Whether the member's representative has a mandate from home to
    /// enter into agreements on the organisation's behalf.
    public var mandate: Bool?
    public var validity: Validity
    public var sources: [Citation]
    /// Certainty stated by the file; nil takes it from `sources`.
    public var assessment: Assessment?

    public init(
        organisation: OrganisationID, group: GroupID, role: Role = .member, mandate: Bool? = nil,
        validity: Validity = .init(), sources: [Citation] = [], assessment: Assessment? = nil
    ) {
        self.assessment = assessment
        self.organisation = organisation
        self.group = group
        self.role = role
        self.mandate = mandate
        self.validity = validity
        self.sources = sources
    }
}

/// An organisation taking part in an initiative.
public struct Participation: Hashable, Sendable, Codable {
    public var organisation: OrganisationID
    public var role: ParticipationRole
    public var sources: [Citation]
    /// Certainty stated by the file; nil takes it from `sources`.
    public var assessment: Assessment?
    /// For a collective (an organisation standing for a class), how many
    /// of its members take part; rules count this number instead of 1.
    public var count: Int?

    public init(
        organisation: OrganisationID, role: ParticipationRole = .participant, sources: [Citation] = [],
        assessment: Assessment? = nil, count: Int? = nil
    ) {
        self.assessment = assessment
        self.count = count
        self.organisation = organisation
        self.role = role
        self.sources = sources
    }
}

/// An initiative (satsning): a joint effort with participants and funders.
public struct Initiative: Hashable, Sendable, Codable, Identifiable {
    public var id: InitiativeID
    public var name: String
    /// What sort of initiative it is, from the registry's vocabulary.
    public var kind: InitiativeKind?
    public var aliases: [String]
    public var level: GeographicLevel?
    public var url: String?
    public var validity: Validity
    public var participants: [Participation]
    public var funders: [OrganisationID]
    /// The group that decided on or runs the initiative.
    public var group: GroupID?
    public var attributes: [String: String]
    public var sources: [Citation]
    /// Certainty stated by the file; nil takes it from `sources`.
    public var assessment: Assessment?
    /// Documents the initiative led to (a development process that
    /// produced a strategy).
    public var leadsTo: [DocumentID]

    public init(
        id: InitiativeID, name: String, kind: InitiativeKind? = nil, aliases: [String] = [],
        level: GeographicLevel? = nil, url: String? = nil, validity: Validity = .init(),
        participants: [Participation] = [], funders: [OrganisationID] = [], group: GroupID? = nil,
        attributes: [String: String] = [:], sources: [Citation] = [], assessment: Assessment? = nil,
        leadsTo: [DocumentID] = []
    ) {
        self.kind = kind
        self.assessment = assessment
        self.leadsTo = leadsTo
        self.id = id
        self.name = name
        self.aliases = aliases
        self.level = level
        self.url = url
        self.validity = validity
        self.participants = participants
        self.funders = funders
        self.group = group
        self.attributes = attributes
        self.sources = sources
    }
}

/// Who adopted or produced a document: an organisation or a group.
public enum Actor: Hashable, Sendable, Codable {
    case organisation(OrganisationID)
    case group(GroupID)
}

/// A strategy document and its lineage.
public struct StrategyDocument: Hashable, Sendable, Codable, Identifiable {
    public var id: DocumentID
    public var name: String
    public var kind: DocumentKind
    public var aliases: [String]
    public var level: GeographicLevel?
    public var url: String?
    /// When the document was worked out (`since`) and adopted or ended (`until`).
    public var validity: Validity
    public var basedOn: [DocumentID]
    public var revises: [DocumentID]
    public var supersedes: [DocumentID]
    public var adoptedBy: [Actor]
    public var attributes: [String: String]
    public var sources: [Citation]
    /// Certainty stated by the file; nil takes it from `sources`.
    public var assessment: Assessment?
    /// The certainty of a relation to another document (revises,
    /// supersedes, based-on), where the file states it.
    public var relationAssessments: [DocumentID: Assessment]
    /// The certainty of an `adopted-by` entry, where the file states it;
    /// otherwise the document's sources decide.
    public var adoptionAssessments: [Actor: Assessment]
    /// When the document stopped being in force without a successor
    /// (`ended: 2012`, `ended: unknown`); nil while in force.
    public var end: DocumentEnd?

    public init(
        id: DocumentID, name: String, kind: DocumentKind, aliases: [String] = [],
        level: GeographicLevel? = nil, url: String? = nil, validity: Validity = .init(),
        basedOn: [DocumentID] = [], revises: [DocumentID] = [], supersedes: [DocumentID] = [],
        adoptedBy: [Actor] = [], attributes: [String: String] = [:], sources: [Citation] = [],
        assessment: Assessment? = nil, relationAssessments: [DocumentID: Assessment] = [:], end: DocumentEnd? = nil,
        adoptionAssessments: [Actor: Assessment] = [:]
    ) {
        self.assessment = assessment
        self.relationAssessments = relationAssessments
        self.adoptionAssessments = adoptionAssessments
        self.end = end
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.level = level
        self.url = url
        self.validity = validity
        self.basedOn = basedOn
        self.revises = revises
        self.supersedes = supersedes
        self.adoptedBy = adoptedBy
        self.attributes = attributes
        self.sources = sources
    }
}

/// How a document stopped being in force other than by a successor.
public enum DocumentEnd: Hashable, Sendable, Codable {
    /// Ended on a known (partial) date: in force to its last day.
    case on(PartialDate)
    /// Ended on a date the source does not give; surely gone from
    /// `before` on, when known.
    case unknown(before: PartialDate?)
}

/// What a group's `members:` list covers: all of its members, or only some
/// (the source lists them "däribland … osv.", among them … etc.). A
/// partial list keeps every analysis from calling the group identical to
/// another or redundant.
public struct MemberList: Hashable, Sendable, Codable {
    /// Whether the list is whole or partial.
    public enum Extent: String, Hashable, Sendable, Codable, CaseIterable {
        case complete, partial
    }

    public var extent: Extent
    /// Why the list is partial, in the file's words.
    public var reason: String?
    /// The words of the source that show it (its "däribland … osv.").
    public var sources: [Citation]

    public init(_ extent: Extent, reason: String? = nil, sources: [Citation] = []) {
        self.extent = extent
        self.reason = reason
        self.sources = sources
    }
}
