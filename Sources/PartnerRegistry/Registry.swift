/// The partner registry: organisations, collaboration groups, memberships,
/// initiatives, strategy documents, their sources and the rules they obey.
///
/// A value type. Entities keep the order of the file they were loaded
/// from; lookups by ID go through dictionaries built once at creation, so
/// `organisation(_:)`, `members(of:)` and `groups(of:)` cost O(1) plus the
/// size of the answer. A registry is only created from data whose
/// references all resolve (the loader never hands out a half-loaded one).
public struct Registry: Sendable {
    public private(set) var organisations: [Organisation]
    public private(set) var groups: [Group]
    public private(set) var memberships: [Membership]
    public private(set) var initiatives: [Initiative]
    public private(set) var documents: [StrategyDocument]
    public private(set) var sources: [Source]
    public private(set) var rules: [Rule]
    /// Title of the registry, shown on maps.
    public var title: String?

    private var organisationIndex: [OrganisationID: Int] = [:]
    private var groupIndex: [GroupID: Int] = [:]
    private var initiativeIndex: [InitiativeID: Int] = [:]
    private var documentIndex: [DocumentID: Int] = [:]
    private var sourceIndex: [SourceID: Int] = [:]
    private var membershipsByGroup: [GroupID: [Int]] = [:]
    private var membershipsByOrganisation: [OrganisationID: [Int]] = [:]

    public init(
        title: String? = nil,
        organisations: [Organisation] = [], groups: [Group] = [], memberships: [Membership] = [],
        initiatives: [Initiative] = [], documents: [StrategyDocument] = [], sources: [Source] = [],
        rules: [Rule] = []
    ) {
        self.title = title
        self.organisations = organisations
        self.groups = groups
        self.memberships = memberships
        self.initiatives = initiatives
        self.documents = documents
        self.sources = sources
        self.rules = rules
        reindex()
    }

    private mutating func reindex() {
        organisationIndex = Dictionary(organisations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        groupIndex = Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        initiativeIndex = Dictionary(initiatives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        documentIndex = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        sourceIndex = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        membershipsByGroup = [:]
        membershipsByOrganisation = [:]
        for (i, m) in memberships.enumerated() {
            membershipsByGroup[m.group, default: []].append(i)
            membershipsByOrganisation[m.organisation, default: []].append(i)
        }
    }

    // MARK: Lookup

    public func organisation(_ id: OrganisationID) -> Organisation? { organisationIndex[id].map { organisations[$0] } }
    public func group(_ id: GroupID) -> Group? { groupIndex[id].map { groups[$0] } }
    public func initiative(_ id: InitiativeID) -> Initiative? { initiativeIndex[id].map { initiatives[$0] } }
    public func document(_ id: DocumentID) -> StrategyDocument? { documentIndex[id].map { documents[$0] } }
    public func source(_ id: SourceID) -> Source? { sourceIndex[id].map { sources[$0] } }

    /// Position of an organisation in `organisations` (its dense index).
    public func index(of id: OrganisationID) -> Int? { organisationIndex[id] }
    /// Position of a group in `groups` (its dense index).
    public func index(of id: GroupID) -> Int? { groupIndex[id] }

    // MARK: Queries

    /// The memberships of a group, in file order; only those valid on
    /// `date` when a date is given.
    public func members(of group: GroupID, asOf date: PartialDate? = nil) -> [Membership] {
        (membershipsByGroup[group] ?? []).map { memberships[$0] }.filter { date == nil || $0.validity.contains(date!) }
    }

    /// The memberships of an organisation, in file order; only those valid
    /// on `date` when a date is given.
    public func groups(of organisation: OrganisationID, asOf date: PartialDate? = nil) -> [Membership] {
        (membershipsByOrganisation[organisation] ?? []).map { memberships[$0] }
            .filter { date == nil || $0.validity.contains(date!) }
    }

    /// The registry as it stood on `date`: entities and memberships whose
    /// validity does not contain the date are left out, and so are
    /// memberships, conveners and participations of entities left out.
    public func asOf(_ date: PartialDate) -> Registry {
        let orgs = organisations.filter { $0.validity.contains(date) }
        let orgIDs = Set(orgs.map(\.id))
        var grps = groups.filter { $0.validity.contains(date) }
        let groupIDs = Set(grps.map(\.id))
        for i in grps.indices {
            grps[i].conveners.removeAll { !orgIDs.contains($0) }
            if let p = grps[i].partOf, !groupIDs.contains(p) { grps[i].partOf = nil }
        }
        let mems = memberships.filter {
            $0.validity.contains(date) && orgIDs.contains($0.organisation) && groupIDs.contains($0.group)
        }
        var inits = initiatives.filter { $0.validity.contains(date) }
        for i in inits.indices {
            inits[i].participants.removeAll { !orgIDs.contains($0.organisation) }
            inits[i].funders.removeAll { !orgIDs.contains($0) }
            if let g = inits[i].group, !groupIDs.contains(g) { inits[i].group = nil }
        }
        let docs = documents.filter { $0.validity.since.map { date.firstDay >= $0.firstDay } ?? true }
        return Registry(
            title: title, organisations: orgs, groups: grps, memberships: mems, initiatives: inits,
            documents: docs, sources: sources, rules: rules)
    }
}
