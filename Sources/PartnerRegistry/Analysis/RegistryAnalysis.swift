import NetworkAnalysis

/// The analysts' questions about a registry — who overlaps with whom, how
/// two organisations are connected, who brokers, who carries the meeting
/// load, which communities form, what an organisation's neighbourhood
/// looks like — answered on one dated, filtered view of the network.
///
/// Every answer is a `Codable` value keyed by registry IDs (with display
/// names alongside), computed by the algorithms of `NetworkAnalysis` on
/// the registry's two-mode graph (organisations and groups, joined by
/// memberships) or on its organisation projection (organisations joined by
/// shared groups, weighted by how many). The CLI's commands print these
/// values; a library user gets the same answers without it.
///
/// ```swift
/// let analysis = RegistryAnalysis(registry: registry, scope: RegistryScope(asOf: .date(PartialDate(year: 2010)!)))
/// let link = try analysis.connection(from: "trafikverket", to: "umea")
/// ```
///
/// Time and certainty: the analysis sees the registry through `scope`
/// (`Registry.view(_:)`). By default that is **now** — what has not
/// ended, as the registry last describes it — with every fact; a date
/// includes what existed then, marking what only possibly did
/// (`Named.uncertain`); `.allTime` is the timeless union. Filter: `NetworkFilter` keeps organisations and groups of
/// chosen kinds and levels and memberships of chosen roles; conveners count
/// as members by default. Organisations a question names explicitly (the
/// ends of a connection, the centre of an ego network) are kept even when
/// the filter would leave them out.
public struct RegistryAnalysis: Sendable {
    /// The registry as seen through `scope`.
    public let registry: Registry
    /// The date and certainty the analysis looks at.
    public let scope: RegistryScope
    /// The date the analysis looks at (`scope.asOf`).
    public var asOf: AsOf { scope.asOf }
    /// Which organisations, groups and memberships count.
    public let filter: NetworkFilter
    /// The two-mode network the questions are asked of.
    public let view: NetworkView
    /// How results sort names (Swedish order).
    let names: NameOrder
    /// The registry as given, without the date applied: resolve names
    /// against it, so that an entity that exists but not on `asOf` gets
    /// an error that says so.
    public let undatedRegistry: Registry

    /// Prepares the analysis of `registry` through `scope` with `filter`.
    /// - Complexity: O(V + M) for V entities and M memberships.
    public init(registry: Registry, scope: RegistryScope = .now, filter: NetworkFilter = .init()) {
        self.undatedRegistry = registry
        self.registry = registry.view(scope)
        self.scope = scope
        self.filter = filter
        self.view = NetworkView(registry: self.registry, filter: filter)
        self.names = NameOrder(self.registry)
    }

    /// Prepares the analysis of `registry` on `asOf`, keeping facts of the
    /// certainty `certainty` admits.
    public init(
        registry: Registry, asOf: AsOf, certainty: CertaintyFilter = .all, filter: NetworkFilter = .init()
    ) {
        self.init(registry: registry, scope: RegistryScope(asOf: asOf, certainty: certainty), filter: filter)
    }

    /// Prepares the analysis of a registry already seen through `scope`.
    init(viewed: Registry, scope: RegistryScope, filter: NetworkFilter, undated: Registry) {
        self.undatedRegistry = undated
        self.registry = viewed
        self.scope = scope
        self.filter = filter
        self.view = NetworkView(registry: viewed, filter: filter)
        self.names = NameOrder(viewed)
    }

    /// The same questions asked of the sure network: the view without
    /// what it holds only possibly (`Registry.removingUncertain()`), with
    /// the same scope and filter. Nil when nothing in the view is
    /// uncertain, so that every figure has one value.
    public var sureAnalysis: RegistryAnalysis? {
        guard !registry.uncertain.isEmpty else { return nil }
        return RegistryAnalysis(
            viewed: registry.removingUncertain(), scope: scope, filter: filter, undated: undatedRegistry)
    }

    /// The organisation projection of `view`.
    public var projection: OrganisationProjection { OrganisationProjection(view) }

    // MARK: Resolving IDs

    /// Checks that `id` names an organisation present on the analysis date.
    func checkOrganisation(_ id: OrganisationID) throws(RegistryAnalysisError) {
        guard registry.organisation(id) == nil else { return }
        if let o = undatedRegistry.organisation(id) {
            throw .organisationNotValid(
                id, name: o.name, scope: scope,
                reason: absence(certainty: undatedRegistry.certainty(of: o), validity: o.validity))
        }
        throw .unknownOrganisation(id)
    }

    /// Why an entity of this certainty and lifetime is not in the view.
    func absence(certainty: Certainty, validity: Validity) -> Absence {
        if !scope.certainty.admits(certainty) { return .certainty(certainty) }
        switch scope.asOf {
        case .allTime:
            return .outsideView
        case .now:
            if let until = validity.until { return .ended(until) }
            if validity.unknownEnd != nil { return .endedOnAnUnknownDate }
            return .succeeded
        case let .date(date):
            if let since = validity.since, date.firstDay < since.firstDay { return .notYetBegun(since) }
            if let until = validity.until, date.firstDay > until.lastDay { return .ended(until) }
            if validity.unknownEnd != nil { return .endedOnAnUnknownDate }
            return .succeeded
        }
    }

    /// A view that holds `ids` whatever the filter says: `view` itself when
    /// it already does, else a view with those organisations pinned.
    func view(including ids: [OrganisationID]) throws(RegistryAnalysisError) -> NetworkView {
        for id in ids { try checkOrganisation(id) }
        if ids.allSatisfy({ view.vertex(of: $0) != nil }) { return view }
        var pinned = filter
        pinned.alwaysIncluded.formUnion(ids)
        return NetworkView(registry: registry, filter: pinned)
    }

    /// The vertex of group `id` in `view`, or why it has none.
    func groupVertex(_ id: GroupID, in view: NetworkView) throws(RegistryAnalysisError) -> Int32 {
        if let v = view.vertex(of: id) { return v }
        if let g = registry.group(id) { throw .groupFilteredOut(id, name: g.name) }
        if let g = undatedRegistry.group(id) {
            throw .groupNotValid(
                id, name: g.name, scope: scope,
                reason: absence(certainty: undatedRegistry.certainty(of: g), validity: g.validity))
        }
        throw .unknownGroup(id)
    }
}

extension NetworkView {
    /// The organisation at organisation vertex `v`, named.
    func namedOrganisation(_ v: Int32) -> NamedOrganisation {
        let o = organisations[Int(v)]
        return NamedOrganisation(id: o.id, name: o.name, uncertain: uncertain.organisations.contains(o.id))
    }

    /// The group at group position `j` (`groups[j]`, vertex `organisationCount + j`), named.
    func namedGroup(position j: Int32) -> NamedGroup {
        let g = groups[Int(j)]
        return NamedGroup(id: g.id, name: g.name, uncertain: uncertain.groups.contains(g.id))
    }

    /// The group at two-mode vertex `v`, named.
    func namedGroup(vertex v: Int32) -> NamedGroup { namedGroup(position: v - Int32(organisationCount)) }
}
