/// The partner registry: organisations, collaboration groups, memberships,
/// initiatives, strategy documents, their sources and the rules they obey.
///
/// A value type. Entities keep the order of the file they were loaded
/// from; lookups by ID go through dictionaries built once at creation, and
/// the memberships of each group and each organisation are kept in a
/// compressed index (offsets into one array of membership positions, as in
/// a CSR graph), so `organisation(_:)`, `members(of:)` and `groups(of:)`
/// cost O(1) plus the size of the answer.
///
/// Invariants: `membershipEndpoints[i]` holds the dense indices of
/// `memberships[i]`'s organisation and group, or -1 where the ID is not in
/// the registry (possible only for registries built in code: the loader
/// never hands out one whose references do not resolve); such memberships
/// stay in `memberships` and are indexed only under the endpoint that
/// exists (`groups(of:)` lists a membership of an unknown group). When an ID occurs twice, the first entity wins lookups.
/// `locations` says where each entity was written, when loaded from a file.
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
    /// The language of the registry's names and of what is drawn from it
    /// (`sv` or `en`): the default language of maps and charts.
    public var language: String?
    /// The kinds, levels and roles the registry is written in: the
    /// package's default vocabulary and what the registry declares.
    public var vocabulary = Vocabulary.default
    /// The view this registry was cut to (`view(_:)`); nil for the whole file.
    public internal(set) var scope: RegistryScope?
    /// What this view holds only possibly (empty for the whole file).
    public internal(set) var uncertain = UncertainPresence()
    /// Where each entity was written (empty for registries built in code).
    public private(set) var locations: RegistryLocations
    /// The encoding the file was read in: Windows-1252 for a CSV file
    /// that is not valid UTF-8 (`TextEncoding.utf8(_:)`), else UTF-8.
    public internal(set) var readEncoding: TextEncoding {
        get { locations.encoding }
        set { locations.encoding = newValue }
    }
    /// For each membership, the dense indices of its organisation (in
    /// `organisations`) and group (in `groups`); -1 for an ID the registry
    /// lacks. Parallel to `memberships`; what graph builders read.
    public private(set) var membershipEndpoints: [MembershipEndpoints]

    private var organisationIndex: [OrganisationID: Int] = [:]
    private var groupIndex: [GroupID: Int] = [:]
    private var initiativeIndex: [InitiativeID: Int] = [:]
    private var documentIndex: [DocumentID: Int] = [:]
    private var sourceIndex: [SourceID: Int] = [:]
    private var ruleIndex: [RuleID: Int] = [:]
    private var membershipsByGroup = MembershipAdjacency()
    private var membershipsByOrganisation = MembershipAdjacency()

    public init(
        title: String? = nil,
        organisations: [Organisation] = [], groups: [Group] = [], memberships: [Membership] = [],
        initiatives: [Initiative] = [], documents: [StrategyDocument] = [], sources: [Source] = [],
        rules: [Rule] = []
    ) {
        self.init(
            title: title, organisations: organisations, groups: groups, memberships: memberships,
            initiatives: initiatives, documents: documents, sources: sources, rules: rules,
            locations: RegistryLocations(), endpoints: nil)
    }

    /// Indexes a loader has already built, so the registry need not
    /// build them again (each must match the arrays it indexes).
    struct PrebuiltIndexes {
        var organisationIndex: [OrganisationID: Int]
        var groupIndex: [GroupID: Int]
        var membershipsByGroup: MembershipAdjacency
    }

    /// The loaders' initialiser: `endpoints`, when given, must be the
    /// dense indices of each membership (they skip 2·M dictionary lookups).
    init(
        title: String?, organisations: [Organisation], groups: [Group], memberships: [Membership],
        initiatives: [Initiative], documents: [StrategyDocument], sources: [Source], rules: [Rule],
        locations: RegistryLocations, endpoints: [MembershipEndpoints]?, prebuilt: PrebuiltIndexes? = nil
    ) {
        self.title = title
        self.organisations = organisations
        self.groups = groups
        self.memberships = memberships
        self.initiatives = initiatives
        self.documents = documents
        self.sources = sources
        self.rules = rules
        self.locations = locations
        self.membershipEndpoints = []
        reindex(endpoints: endpoints, prebuilt: prebuilt)
    }

    private static func firstIndex<ID: Hashable>(_ ids: some Collection<ID>) -> [ID: Int] {
        var index: [ID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        return index
    }

    private mutating func reindex(endpoints: [MembershipEndpoints]?, prebuilt: PrebuiltIndexes?) {
        organisationIndex = prebuilt?.organisationIndex ?? Self.firstIndex(organisations.lazy.map(\.id))
        groupIndex = prebuilt?.groupIndex ?? Self.firstIndex(groups.lazy.map(\.id))
        initiativeIndex = Self.firstIndex(initiatives.lazy.map(\.id))
        documentIndex = Self.firstIndex(documents.lazy.map(\.id))
        sourceIndex = Self.firstIndex(sources.lazy.map(\.id))
        ruleIndex = Self.firstIndex(rules.lazy.map(\.id))
        if let endpoints, endpoints.count == memberships.count {
            membershipEndpoints = endpoints
        } else {
            membershipEndpoints = memberships.map {
                MembershipEndpoints(
                    organisation: organisationIndex[$0.organisation].map(Int32.init) ?? -1,
                    group: groupIndex[$0.group].map(Int32.init) ?? -1)
            }
        }
        membershipsByGroup = prebuilt?.membershipsByGroup
            ?? MembershipAdjacency(vertexCount: groups.count, endpoints: membershipEndpoints, byGroup: true)
        membershipsByOrganisation = MembershipAdjacency(
            vertexCount: organisations.count, endpoints: membershipEndpoints, byGroup: false)
    }

    // MARK: Lookup

    public func organisation(_ id: OrganisationID) -> Organisation? { organisationIndex[id].map { organisations[$0] } }
    public func group(_ id: GroupID) -> Group? { groupIndex[id].map { groups[$0] } }
    public func initiative(_ id: InitiativeID) -> Initiative? { initiativeIndex[id].map { initiatives[$0] } }
    public func document(_ id: DocumentID) -> StrategyDocument? { documentIndex[id].map { documents[$0] } }
    public func source(_ id: SourceID) -> Source? { sourceIndex[id].map { sources[$0] } }
    public func rule(_ id: RuleID) -> Rule? { ruleIndex[id].map { rules[$0] } }

    /// Position of an organisation in `organisations` (its dense index).
    public func index(of id: OrganisationID) -> Int? { organisationIndex[id] }
    /// Position of a group in `groups` (its dense index).
    public func index(of id: GroupID) -> Int? { groupIndex[id] }
    /// Position of an initiative in `initiatives`.
    public func index(of id: InitiativeID) -> Int? { initiativeIndex[id] }
    /// Position of a document in `documents`.
    public func index(of id: DocumentID) -> Int? { documentIndex[id] }
    /// Position of a source in `sources`.
    public func index(of id: SourceID) -> Int? { sourceIndex[id] }
    /// Position of a rule in `rules`.
    public func index(of id: RuleID) -> Int? { ruleIndex[id] }

    /// Whether the registry holds this entity.
    public func contains(_ entity: EntityReference) -> Bool {
        switch entity {
        case let .organisation(id): organisationIndex[id] != nil
        case let .group(id): groupIndex[id] != nil
        case let .initiative(id): initiativeIndex[id] != nil
        case let .document(id): documentIndex[id] != nil
        case let .source(id): sourceIndex[id] != nil
        case let .rule(id): ruleIndex[id] != nil
        }
    }

    // MARK: Locations

    /// Where an entity was written, if the registry was loaded from a file.
    public func location(of entity: EntityReference) -> SourceLocation? {
        switch entity {
        case let .organisation(id): locations.location(locations.organisations, organisationIndex[id])
        case let .group(id): locations.location(locations.groups, groupIndex[id])
        case let .initiative(id): locations.location(locations.initiatives, initiativeIndex[id])
        case let .document(id): locations.location(locations.documents, documentIndex[id])
        case let .source(id): locations.location(locations.sources, sourceIndex[id])
        case let .rule(id): locations.location(locations.rules, ruleIndex[id])
        }
    }

    /// Where `memberships[index]` was written, if known.
    public func location(ofMembershipAt index: Int) -> SourceLocation? {
        locations.location(locations.memberships, index)
    }

    // MARK: Queries

    /// Positions in `memberships` of a group's memberships, in file order.
    public func membershipIndices(of group: GroupID) -> [Int] {
        groupIndex[group].map { membershipsByGroup.items(of: $0) } ?? []
    }

    /// Positions in `memberships` of an organisation's memberships, in file order.
    public func membershipIndices(of organisation: OrganisationID) -> [Int] {
        organisationIndex[organisation].map { membershipsByOrganisation.items(of: $0) } ?? []
    }

    /// The memberships of a group, in file order; only those valid on
    /// `date` when a date is given.
    public func members(of group: GroupID, asOf date: PartialDate? = nil) -> [Membership] {
        membershipIndices(of: group).map { memberships[$0] }.filter { m in date.map(m.validity.contains) ?? true }
    }

    /// The memberships of an organisation, in file order; only those valid
    /// on `date` when a date is given.
    public func groups(of organisation: OrganisationID, asOf date: PartialDate? = nil) -> [Membership] {
        membershipIndices(of: organisation).map { memberships[$0] }
            .filter { m in date.map(m.validity.contains) ?? true }
    }

    /// The registry as it stood on `date`, every fact kept:
    /// `view(RegistryScope(asOf: .date(date)))`.
    ///
    /// - Complexity: O(V + M) for V entities and M memberships.
    public func asOf(_ date: PartialDate) -> Registry {
        view(RegistryScope(asOf: .date(date)))
    }
}

/// The dense indices of one membership's organisation and group.
public struct MembershipEndpoints: Hashable, Sendable {
    /// Index into `Registry.organisations`, or -1.
    public var organisation: Int32
    /// Index into `Registry.groups`, or -1.
    public var group: Int32

    public init(organisation: Int32, group: Int32) {
        self.organisation = organisation
        self.group = group
    }
}

/// Memberships grouped by one endpoint, CSR style: the memberships of
/// vertex v are `items[offsets[v] ..< offsets[v + 1]]`, in file order.
struct MembershipAdjacency: Sendable {
    var offsets: [Int32] = [0]
    var items: [Int32] = []

    init() {}

    /// Counting sort of membership positions by `key`. O(V + M).
    init(vertexCount: Int, endpoints: [MembershipEndpoints], byGroup: Bool) {
        var counts = [Int32](repeating: 0, count: vertexCount + 1)
        for e in endpoints {
            let v = byGroup ? e.group : e.organisation
            if v >= 0 && Int(v) < vertexCount { counts[Int(v) + 1] += 1 }
        }
        for v in 0 ..< vertexCount { counts[v + 1] += counts[v] }
        offsets = counts
        var next = counts
        items = [Int32](repeating: 0, count: Int(counts[vertexCount]))
        for (i, e) in endpoints.enumerated() {
            let v = byGroup ? e.group : e.organisation
            if v >= 0 && Int(v) < vertexCount {
                items[Int(next[Int(v)])] = Int32(i)
                next[Int(v)] += 1
            }
        }
    }

    func items(of vertex: Int) -> [Int] {
        guard vertex >= 0, vertex + 1 < offsets.count else { return [] }
        return items[Int(offsets[vertex]) ..< Int(offsets[vertex + 1])].map(Int.init)
    }
}
