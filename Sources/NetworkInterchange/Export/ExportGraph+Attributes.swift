import PartnerRegistry

/// The attributes every graph format carries, in one schema, so that
/// GraphML, GEXF, node-link JSON, the Gephi/Kumu CSV and Neo4j say the
/// same things under the same names.
///
/// Multi-valued attributes (`aliases`, `sources`, `role` of an edge with
/// several ties, …) are one string, values joined by `;` with `\;` and
/// `\\` escaping (`ValueList`). Absent values are left out (no `<data>`,
/// no JSON key, an empty CSV cell).
extension ExportGraph {
    /// Node attributes, in the order formats declare them.
    static let nodeAttributes: [ExportAttribute] = [
        .init(name: "label", type: .string),
        .init(name: "entity", type: .string),
        .init(name: "bipartite", type: .int),
        .init(name: "kind", type: .string),
        .init(name: "kind_label", type: .string),
        .init(name: "level", type: .string),
        .init(name: "level_label", type: .string),
        .init(name: "aliases", type: .string),
        .init(name: "url", type: .string),
        .init(name: "since", type: .string),
        .init(name: "until", type: .string),
        .init(name: "unknown_end", type: .bool),
        .init(name: "certainty", type: .string),
        .init(name: "reason", type: .string),
        .init(name: "sources", type: .string),
        .init(name: "source_titles", type: .string),
        .init(name: "source_urls", type: .string),
        .init(name: "conveners", type: .string),
        .init(name: "part_of", type: .string),
        .init(name: "uncertain", type: .bool),
    ]

    /// Edge attributes of the two-mode graph.
    static let twoModeEdgeAttributes: [ExportAttribute] = [
        .init(name: "role", type: .string),
        .init(name: "role_label", type: .string),
        .init(name: "since", type: .string),
        .init(name: "until", type: .string),
        .init(name: "unknown_end", type: .bool),
        .init(name: "certainty", type: .string),
        .init(name: "reason", type: .string),
        .init(name: "sources", type: .string),
        .init(name: "source_titles", type: .string),
        .init(name: "source_urls", type: .string),
        .init(name: "ties", type: .int),
        .init(name: "weight", type: .double),
        .init(name: "uncertain", type: .bool),
    ]

    /// Edge attributes of a projection: the weight.
    static let projectionEdgeAttributes: [ExportAttribute] = [.init(name: "weight", type: .double)]

    var edgeAttributes: [ExportAttribute] {
        mode == .twoMode ? Self.twoModeEdgeAttributes : Self.projectionEdgeAttributes
    }

    /// Fills `values` (one per `nodeAttributes`) for vertex `v`.
    func nodeValues(_ v: Int, into values: inout [ExportValue?]) {
        values.removeAll(keepingCapacity: true)
        let r = registry
        var conveners: [String] = [], partOf: String?, uncertain: Bool
        if isOrganisation(v) {
            let o = r.organisations[organisations[v]]
            appendCore(of: o, entity: "organisation", into: &values)
            uncertain = r.uncertain.organisations.contains(o.id)
        } else {
            let g = r.groups[groups[v - organisations.count]]
            appendCore(of: g, entity: "group", into: &values)
            uncertain = r.uncertain.groups.contains(g.id)
            conveners = g.conveners.map(\.rawValue)
            partOf = g.partOf?.rawValue
        }
        values.append(conveners.isEmpty ? nil : .string(ValueList.join(conveners)))
        values.append(partOf.map { .string($0) })
        values.append(.bool(uncertain))
    }

    /// The node attributes an organisation and a group share, `label`
    /// through `source_urls`, from the entity's core.
    private func appendCore<E: RegistryEntity>(of e: E, entity: String, into values: inout [ExportValue?]) {
        func text(_ s: String?) -> ExportValue? { s.map { .string($0) } }
        let c = e.core
        values.append(.string(c.name))
        values.append(.string(entity))
        values.append(.int(e is Organisation ? 0 : 1))
        values.append(.string(c.kind.rawValue))
        values.append(.string(label(c.kind)))
        values.append(text(c.level?.rawValue))
        values.append(text(c.level.map(label)))
        values.append(c.aliases.isEmpty ? nil : .string(ValueList.join(c.aliases)))
        values.append(text(c.url))
        values.append(text(c.validity.since?.description))
        values.append(text(c.validity.until?.description))
        values.append(.bool(c.validity.until == nil && c.validity.unknownEnd != nil))
        values.append(.string(registry.certainty(of: c.sources, c.assessment).rawValue))
        values.append(text(c.assessment?.reason))
        appendSources(c.sources.map(\.source), into: &values)
    }

    /// A kind's, level's or role's label in the registry's language (its
    /// vocabulary's), for readers of the export who do not know the IDs.
    private func label<T: VocabularyTerm>(_ term: T) -> String {
        registry.vocabulary.label(term.rawValue, in: T.section, language: registry.language ?? "en")
    }

    private func appendSources(_ ids: [SourceID], into values: inout [ExportValue?]) {
        var seen = Set<SourceID>(), unique: [SourceID] = []
        for id in ids where seen.insert(id).inserted { unique.append(id) }
        let sources = unique.compactMap { registry.source($0) }
        values.append(unique.isEmpty ? nil : .string(ValueList.join(unique.map(\.rawValue))))
        values.append(sources.isEmpty ? nil : .string(ValueList.join(sources.map(\.title))))
        let urls = sources.map { $0.url ?? "" }
        values.append(urls.allSatisfy(\.isEmpty) ? nil : .string(ValueList.join(urls)))
    }

    /// Fills `values` (one per `edgeAttributes`) for edge `e`.
    func edgeValues(_ e: Int, into values: inout [ExportValue?]) {
        values.removeAll(keepingCapacity: true)
        guard mode == .twoMode else {
            values.append(.double(edgeWeights[e]))
            return
        }
        let r = registry
        let (o, g) = edge(e)
        let group = r.groups[Int(g) - topCount]
        var roles: [String] = [], reasons: [String] = [], sources: [SourceID] = []
        var since: PartialDate?, until: PartialDate?
        var undatedStart = false, openEnd = false, unknownEnd = false
        var certainty = Certainty.external
        var allUncertain = true
        for t in ties(of: e) {
            let tieValidity: Validity, tieCertainty: Certainty, reason: String?, role: String
            if t >= 0 {
                let m = r.memberships[Int(t)]
                (tieValidity, role, reason) = (m.validity, m.role.rawValue, m.assessment?.reason)
                tieCertainty = r.certainty(of: m)
                sources += m.sources.map(\.source)
                if !r.uncertain.memberships.contains(Int(t)) { allUncertain = false }
            } else {
                let c = r.organisations[Int(o)].id
                (tieValidity, role, reason) = (Validity(), Role.convener.rawValue, group.convenerAssessments[c]?.reason)
                tieCertainty = r.certainty(convener: c, of: group)
                sources += group.sources.map(\.source)
                allUncertain = false
            }
            if !roles.contains(role) { roles.append(role) }
            if let reason, !reasons.contains(reason) { reasons.append(reason) }
            certainty = min(certainty, tieCertainty)
            if let s = tieValidity.since { since = since.map { min($0, s) } ?? s } else { undatedStart = true }
            if let u = tieValidity.until {
                until = until.map { max($0, u) } ?? u
            } else if tieValidity.unknownEnd != nil {
                unknownEnd = true
            } else {
                openEnd = true
            }
        }
        let untilValue = (openEnd || unknownEnd) ? nil : until
        let uncertain = r.uncertain.isEmpty ? false
            : allUncertain || r.uncertain.organisations.contains(r.organisations[Int(o)].id)
                || r.uncertain.groups.contains(group.id)
        values.append(.string(ValueList.join(roles)))
        values.append(.string(ValueList.join(roles.map { label(Role(rawValue: $0)) })))
        values.append(undatedStart ? nil : since.map { .string($0.description) })
        values.append(untilValue.map { .string($0.description) })
        values.append(.bool(unknownEnd && !openEnd))
        values.append(.string(certainty.rawValue))
        // One reason is the text itself; several (an edge of several ties) a list.
        values.append(reasons.isEmpty ? nil : .string(reasons.count == 1 ? reasons[0] : ValueList.join(reasons)))
        appendSources(sources, into: &values)
        values.append(.int(ties(of: e).count))
        values.append(.double(edgeWeights[e]))
        values.append(.bool(uncertain))
    }

    /// Graph-level facts: the registry's title, the view and the mode.
    var graphAttributes: [(String, String)] {
        var out: [(String, String)] = []
        if let title = registry.title { out.append(("name", title)) }
        out.append(("as_of", scope.asOf == .allTime ? "all-time" : scope.asOf.description))
        out.append(("certainty", scope.certainty.rawValue))
        out.append(("mode", mode.rawValue))
        return out
    }
}
