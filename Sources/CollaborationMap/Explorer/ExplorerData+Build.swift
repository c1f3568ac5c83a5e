import Foundation
import PartnerRegistry

extension ExplorerData {
    /// Index of every entity by its map key (`organisation:id`, …).
    struct EntityIndex {
        var byKey: [MapNodeID: Int] = [:]
    }

    /// The page's data: entities, sources, memberships, the network
    /// `connect` walks and the tables, all computed here in Swift; the
    /// map parts (`edges`, `clusters`, `years`, SVG ids) when `map` is given.
    ///
    /// - Complexity: dominated by the analyses (brokerage and two-mode
    ///   betweenness, O(V·E) on the two-mode graph; left out in overview
    ///   mode) and by one map model per year.
    static func build(
        registry: Registry, language: MapLanguage, title: String, map: MapParts?, validation: ValidationReport
    ) -> ExplorerData {
        let words = language.words
        var data = ExplorerData(
            mode: map == nil ? "overview" : "map", lang: language.rawValue, title: title,
            words: ExplorerWords.words(for: language), network: Network(vertices: [], adjacency: [], organisations: 0))
        var index = EntityIndex()
        var sourceIndex: [SourceID: Int] = [:]
        for (i, s) in registry.sources.enumerated() {
            sourceIndex[s.id] = i
            data.sources.append(SourceEntry(
                id: s.id.rawValue, title: s.title, publisher: s.publisher, url: SafeURL.plain(s.url), kind: s.kind.rawValue))
        }
        func citations(_ list: [Citation]) -> [CitationEntry]? {
            let out = list.compactMap { c in sourceIndex[c.source].map { CitationEntry(source: $0, quote: c.quote, note: c.note) } }
            return out.isEmpty ? nil : out
        }
        func keys(_ id: String, _ name: String, _ aliases: [String]) -> [String] {
            var seen = Set<String>()
            return ([name] + aliases + [id]).map(Registry.searchKey).filter { !$0.isEmpty && seen.insert($0).inserted }
        }
        func add(_ key: MapNodeID, _ e: Entity) {
            index.byKey[key] = data.entities.count
            data.entities.append(e)
        }
        for o in registry.organisations {
            add(MapNodeID(.organisation, o.id.rawValue), Entity(
                type: "organisation", id: o.id.rawValue, name: o.name, aliases: o.aliases.isEmpty ? nil : o.aliases,
                searchKeys: keys(o.id.rawValue, o.name, o.aliases), kind: "o:" + o.kind.rawValue, kindLabel: words.organisationKind(o.kind),
                level: o.level?.rawValue, levelLabel: o.level.map(words.level), url: SafeURL.plain(o.url),
                certainty: registry.certainty(of: o).rawValue, since: o.validity.since?.description,
                until: o.validity.until?.description, citations: citations(o.sources)))
        }
        for g in registry.groups {
            add(MapNodeID(.group, g.id.rawValue), Entity(
                type: "group", id: g.id.rawValue, name: g.name, aliases: g.aliases.isEmpty ? nil : g.aliases,
                searchKeys: keys(g.id.rawValue, g.name, g.aliases), kind: "g:" + g.kind.rawValue, kindLabel: words.groupKind(g.kind),
                level: g.level?.rawValue, levelLabel: g.level.map(words.level), url: SafeURL.plain(g.url),
                certainty: registry.certainty(of: g).rawValue, since: g.validity.since?.description,
                until: g.validity.until?.description, citations: citations(g.sources)))
        }
        for x in registry.initiatives {
            add(MapNodeID(.initiative, x.id.rawValue), Entity(
                type: "initiative", id: x.id.rawValue, name: x.name, aliases: x.aliases.isEmpty ? nil : x.aliases,
                searchKeys: keys(x.id.rawValue, x.name, x.aliases), kind: "i", kindLabel: words.initiative,
                level: x.level?.rawValue, levelLabel: x.level.map(words.level), url: SafeURL.plain(x.url),
                certainty: registry.certainty(of: x).rawValue, since: x.validity.since?.description,
                until: x.validity.until?.description, citations: citations(x.sources)))
        }
        for d in registry.documents {
            add(MapNodeID(.document, d.id.rawValue), Entity(
                type: "document", id: d.id.rawValue, name: d.name, aliases: d.aliases.isEmpty ? nil : d.aliases,
                searchKeys: keys(d.id.rawValue, d.name, d.aliases), kind: "d:" + d.kind.rawValue, kindLabel: words.documentKind(d.kind),
                level: d.level?.rawValue, levelLabel: d.level.map(words.level), url: SafeURL.plain(d.url),
                certainty: registry.certainty(of: d).rawValue, since: d.validity.since?.description,
                until: d.validity.until?.description, citations: citations(d.sources)))
        }
        let organisationIndex = { (id: OrganisationID) in index.byKey[MapNodeID(.organisation, id.rawValue)] }
        let groupIndex = { (id: GroupID) in index.byKey[MapNodeID(.group, id.rawValue)] }
        for g in registry.groups {
            guard let i = groupIndex(g.id) else { continue }
            let conveners = g.conveners.compactMap(organisationIndex)
            data.entities[i].conveners = conveners.isEmpty ? nil : conveners
            data.entities[i].partOf = g.partOf.flatMap(groupIndex)
        }
        for m in registry.memberships {
            guard let o = organisationIndex(m.organisation), let g = groupIndex(m.group) else { continue }
            data.memberships.append(MembershipEntry(
                organisation: o, group: g, role: m.role.rawValue, roleLabel: words.role(m.role), certainty: registry.certainty(of: m).rawValue,
                since: m.validity.since?.description, until: m.validity.until?.description, citations: citations(m.sources)))
        }

        let analysis = RegistryAnalysis(registry: registry, scope: .now)
        data.network = network(analysis.view, index)
        data.levels = GeographicLevel.allCases.filter { level in data.entities.contains { $0.level == level.rawValue } }
            .map { Choice(value: $0.rawValue, label: words.level($0)) }
        var kinds: [String: String] = [:]
        for e in data.entities { kinds[e.kind] = e.kindLabel }
        data.kinds = kinds.keys.sorted().map { Choice(value: $0, label: kinds[$0] ?? $0) }

        if let map {
            for (i, n) in map.union.nodes.enumerated() {
                if let e = index.byKey[n.id] { data.entities[e].svgID = map.svgIDs[i] }
            }
            data.edges = map.union.edges.map { edge in
                EdgeEntry(from: index.byKey[edge.from] ?? -1, to: index.byKey[edge.to] ?? -1, certainty: edge.certainty.rawValue)
            }
            data.clusters = map.union.clusters.map { c in
                ClusterEntry(title: "cluster_" + map.clusterNames[c.id, default: c.id], nodes: c.nodes.compactMap { index.byKey[$0] })
            }
            data.years = map.years(entities: data.entities.count, index: index)
        }
        let tables = ExplorerTables(analysis: analysis, registry: registry, language: language, entity: index, full: map != nil)
        data.tables = tables.tables(validation: validation)
        data.figures = tables.figures(validation: validation, memberships: data.memberships.count)
        data.top = tables.mostConnected(limit: 60)
        return data
    }

    /// The analysis view's two-mode graph with entity indices.
    private static func network(_ view: NetworkView, _ index: EntityIndex) -> Network {
        var vertices: [Int] = []
        var adjacency: [[Int32]] = []
        for v in 0 ..< Int32(view.graph.vertexCount) {
            let key = switch view.node(v) {
            case let .organisation(id): MapNodeID(.organisation, id.rawValue)
            case let .group(id): MapNodeID(.group, id.rawValue)
            }
            vertices.append(index.byKey[key] ?? -1)
            adjacency.append(Array(view.graph.neighbors(of: v)))
        }
        return Network(vertices: vertices, adjacency: adjacency, organisations: view.organisationCount)
    }
}

/// The map side of the page: the union of all years as laid out, the SVG
/// ids Graphviz was given, and one model per year.
struct MapParts: Sendable {
    var union: MapModel
    var svgIDs: [String]
    var clusterNames: [String: String]
    var labels: [String]
    var models: [MapModel]

    func years(entities: Int, index: ExplorerData.EntityIndex) -> ExplorerData.Years? {
        guard labels.count > 1 else { return nil }
        struct Pair: Hashable { var from: MapNodeID; var to: MapNodeID }
        var edgeIndex: [Pair: Int] = [:]
        for (i, e) in union.edges.enumerated() where edgeIndex[Pair(from: e.from, to: e.to)] == nil {
            edgeIndex[Pair(from: e.from, to: e.to)] = i
        }
        var nodes: [String] = []
        var edges: [String] = []
        for model in models {
            var n = [UInt8](repeating: UInt8(ascii: "0"), count: entities)
            for node in model.nodes {
                if let i = index.byKey[node.id] { n[i] = UInt8(ascii: node.uncertain ? "2" : "1") }
            }
            var e = [UInt8](repeating: UInt8(ascii: "0"), count: union.edges.count)
            for edge in model.edges {
                if let i = edgeIndex[Pair(from: edge.from, to: edge.to)] { e[i] = UInt8(ascii: edge.uncertain ? "2" : "1") }
            }
            nodes.append(String(decoding: n, as: UTF8.self))
            edges.append(String(decoding: e, as: UTF8.self))
        }
        return ExplorerData.Years(labels: labels, nodes: nodes, edges: edges)
    }
}
