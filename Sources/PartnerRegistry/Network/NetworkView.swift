import NetworkAnalysis

/// The registry's affiliation network as a two-mode graph, ready for the
/// algorithms of `NetworkAnalysis`.
///
/// Representation: organisations are vertices `0 ..< organisations.count`
/// in registry order, groups follow at `organisations.count ..< vertexCount`.
/// An undirected edge joins an organisation and each group it is a member
/// of on the view's date (several memberships of one pair — e.g. two
/// roles — are one edge). Conveners of a group count as members when
/// `filter.conveners` is `.asMembers` (the default).
///
/// The view maps between registry IDs and dense `Int32` vertices through
/// dictionaries (O(1) either way), so results computed on `graph` come
/// back keyed by IDs.
public struct NetworkView: Sendable {
    /// Organisations in vertex order.
    public let organisations: [Organisation]
    /// Groups in vertex order (vertex = `organisations.count + position`).
    public let groups: [Group]
    /// The undirected two-mode graph.
    public let graph: Graph
    /// The view of the registry this network was built from (nil for a
    /// whole file): its date and the certainty it admits.
    public let scope: RegistryScope?
    /// Organisations, groups and ties present only possibly on the view's date.
    public let uncertain: UncertainPresence
    /// Whether each organisation–group edge is only possibly there, keyed
    /// by (organisation vertex, group vertex).
    private let uncertainTies: Set<VertexPair>

    struct VertexPair: Hashable, Sendable { var organisation: Int32, group: Int32 }

    private let organisationVertex: [OrganisationID: Int32]
    private let groupVertex: [GroupID: Int32]

    /// A vertex of the two-mode graph: an organisation or a group.
    public enum Node: Hashable, Sendable, Codable {
        case organisation(OrganisationID)
        case group(GroupID)

        /// The ID as written in the registry.
        public var id: String {
            switch self {
            case let .organisation(o): o.rawValue
            case let .group(g): g.rawValue
            }
        }
    }

    /// Builds the network of `registry` in O(V + E). Pass a registry cut
    /// to a date and a certainty with `Registry.view(_:)` (as
    /// `RegistryAnalysis` does); the whole registry gives the timeless
    /// union.
    public init(registry: Registry, filter: NetworkFilter = .init()) {
        let base = registry
        let orgs = base.organisations.filter { filter.includes($0) }
        let grps = base.groups.filter { filter.includes($0) }
        var orgIndex: [OrganisationID: Int32] = [:]
        orgIndex.reserveCapacity(orgs.count)
        for (i, o) in orgs.enumerated() { orgIndex[o.id] = Int32(i) }
        var grpIndex: [GroupID: Int32] = [:]
        grpIndex.reserveCapacity(grps.count)
        for (j, g) in grps.enumerated() { grpIndex[g.id] = Int32(orgs.count + j) }

        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(base.memberships.count)
        var certainTies = Set<VertexPair>(), possibleTies = Set<VertexPair>()
        let marks = base.uncertain
        for (i, m) in base.memberships.enumerated() {
            if !filter.roles.isEmpty && !filter.roles.contains(m.role) { continue }
            if let o = orgIndex[m.organisation], let g = grpIndex[m.group] {
                edges.append((o, g))
                if !marks.isEmpty {
                    if marks.memberships.contains(i) {
                        possibleTies.insert(VertexPair(organisation: o, group: g))
                    } else {
                        certainTies.insert(VertexPair(organisation: o, group: g))
                    }
                }
            }
        }
        // A role filter keeps a group's listed conveners only when it keeps conveners.
        if filter.conveners == .asMembers, filter.roles.isEmpty || filter.roles.contains(.convener) {
            for g in grps {
                for c in g.conveners {
                    if let o = orgIndex[c], let gv = grpIndex[g.id] {
                        edges.append((o, gv))
                        if !marks.isEmpty {
                            let pair = VertexPair(organisation: o, group: gv)
                            if marks.organisations.contains(c) || marks.groups.contains(g.id) {
                                possibleTies.insert(pair)
                            } else {
                                certainTies.insert(pair)
                            }
                        }
                    }
                }
            }
        }
        // Endpoints come from the index maps above, so they are in range and
        // unweighted: building cannot fail.
        do {
            self.graph = try Graph(vertexCount: orgs.count + grps.count, edges: edges)
        } catch {
            preconditionFailure("membership endpoints are always in range: \(error)")
        }
        self.organisations = orgs
        self.groups = grps
        self.organisationVertex = orgIndex
        self.groupVertex = grpIndex
        self.scope = registry.scope
        self.uncertain = marks
        self.uncertainTies = possibleTies.subtracting(certainTies)
    }

    /// Whether the entity at vertex `v` is present only possibly.
    public func isUncertain(_ v: Int32) -> Bool {
        guard !uncertain.isEmpty else { return false }
        return Int(v) < organisations.count
            ? uncertain.organisations.contains(organisations[Int(v)].id)
            : uncertain.groups.contains(groups[Int(v) - organisations.count].id)
    }

    /// Whether the edge between vertices `a` and `b` (an organisation and
    /// a group, either order) is present only possibly: every membership
    /// behind it is uncertain, or one of its ends is.
    public func isUncertainEdge(_ a: Int32, _ b: Int32) -> Bool {
        guard !uncertain.isEmpty else { return false }
        let (o, g) = Int(a) < organisations.count ? (a, b) : (b, a)
        return isUncertain(o) || isUncertain(g) || uncertainTies.contains(VertexPair(organisation: o, group: g))
    }

    /// Number of organisation vertices (the first side).
    public var organisationCount: Int { organisations.count }
    /// Number of group vertices (the second side).
    public var groupCount: Int { groups.count }

    public func vertex(of id: OrganisationID) -> Int32? { organisationVertex[id] }
    public func vertex(of id: GroupID) -> Int32? { groupVertex[id] }

    /// The registry entity at vertex `v`.
    public func node(_ v: Int32) -> Node {
        Int(v) < organisations.count
            ? .organisation(organisations[Int(v)].id)
            : .group(groups[Int(v) - organisations.count].id)
    }

    /// Display name of the entity at vertex `v`.
    public func name(_ v: Int32) -> String {
        Int(v) < organisations.count ? organisations[Int(v)].name : groups[Int(v) - organisations.count].name
    }

    /// Whether vertex `v` is an organisation.
    public func isOrganisation(_ v: Int32) -> Bool { Int(v) < organisations.count }

    /// The group vertices as a list (the second side of the two-mode graph).
    public var groupVertices: Range<Int32> { Int32(organisations.count) ..< Int32(graph.vertexCount) }
    /// The organisation vertices (the first side).
    public var organisationVertices: Range<Int32> { 0 ..< Int32(organisations.count) }
}

/// Which parts of the registry a network view keeps. Empty sets keep all.
public struct NetworkFilter: Hashable, Sendable, Codable {
    public var organisationKinds: Set<OrganisationKind>
    public var groupKinds: Set<GroupKind>
    /// Levels kept, for organisations and groups alike; entities without a
    /// level are kept.
    public var levels: Set<GeographicLevel>
    /// Membership roles kept (all when empty); a group's listed conveners
    /// are kept when `.convener` is among them.
    public var roles: Set<Role>
    public var conveners: ConvenerPolicy
    /// Organisations standing for a class (attribute `collective: "true"`).
    public var collectives: CollectivePolicy
    /// Organisations kept whatever the kinds, levels and collective policy
    /// say: the organisations a question is about (the two ends of a
    /// connection, the centre of an ego network) stay in the view while
    /// the filter restricts everything around them.
    public var alwaysIncluded: Set<OrganisationID>

    public enum ConvenerPolicy: String, Hashable, Sendable, Codable { case asMembers, ignore }
    public enum CollectivePolicy: String, Hashable, Sendable, Codable { case include, exclude }

    public init(
        organisationKinds: Set<OrganisationKind> = [], groupKinds: Set<GroupKind> = [],
        levels: Set<GeographicLevel> = [], roles: Set<Role> = [], conveners: ConvenerPolicy = .asMembers,
        collectives: CollectivePolicy = .include, alwaysIncluded: Set<OrganisationID> = []
    ) {
        self.organisationKinds = organisationKinds
        self.groupKinds = groupKinds
        self.levels = levels
        self.roles = roles
        self.conveners = conveners
        self.collectives = collectives
        self.alwaysIncluded = alwaysIncluded
    }

    func includes(_ o: Organisation) -> Bool {
        if alwaysIncluded.contains(o.id) { return true }
        return (organisationKinds.isEmpty || organisationKinds.contains(o.kind))
            && (levels.isEmpty || o.level.map(levels.contains) ?? true)
            && (collectives == .include || !o.isCollective)
    }

    func includes(_ g: Group) -> Bool {
        (groupKinds.isEmpty || groupKinds.contains(g.kind)) && (levels.isEmpty || g.level.map(levels.contains) ?? true)
    }
}

extension Organisation {
    /// Whether this organisation stands for a class of organisations the
    /// sources do not enumerate (attribute `collective: "true"`).
    public var isCollective: Bool { attributes["collective"]?.lowercased() == "true" }
}
