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
            mode: map == nil ? "overview" : "map", lang: language.rawValue, title: title, network: Network(v: [], adj: [], organisations: 0))
        var index = EntityIndex()
        var sourceIndex: [SourceID: Int] = [:]
        for (i, s) in registry.sources.enumerated() {
            sourceIndex[s.id] = i
            data.sources.append(SourceEntry(
                id: s.id.rawValue, t: s.title, p: s.publisher, u: SafeURL.plain(s.url), k: s.kind.rawValue))
        }
        func citations(_ list: [Citation]) -> [CitationEntry]? {
            let out = list.compactMap { c in sourceIndex[c.source].map { CitationEntry(s: $0, q: c.quote, n: c.note) } }
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
                t: "o", id: o.id.rawValue, n: o.name, a: o.aliases.isEmpty ? nil : o.aliases,
                k: keys(o.id.rawValue, o.name, o.aliases), kind: "o:" + o.kind.rawValue, kl: words.organisationKind(o.kind),
                lv: o.level?.rawValue, lvl: o.level.map(words.level), u: SafeURL.plain(o.url),
                c: registry.certainty(of: o).rawValue, since: o.validity.since?.description,
                until: o.validity.until?.description, s: citations(o.sources)))
        }
        for g in registry.groups {
            add(MapNodeID(.group, g.id.rawValue), Entity(
                t: "g", id: g.id.rawValue, n: g.name, a: g.aliases.isEmpty ? nil : g.aliases,
                k: keys(g.id.rawValue, g.name, g.aliases), kind: "g:" + g.kind.rawValue, kl: words.groupKind(g.kind),
                lv: g.level?.rawValue, lvl: g.level.map(words.level), u: SafeURL.plain(g.url),
                c: registry.certainty(of: g).rawValue, since: g.validity.since?.description,
                until: g.validity.until?.description, s: citations(g.sources)))
        }
        for x in registry.initiatives {
            add(MapNodeID(.initiative, x.id.rawValue), Entity(
                t: "i", id: x.id.rawValue, n: x.name, a: x.aliases.isEmpty ? nil : x.aliases,
                k: keys(x.id.rawValue, x.name, x.aliases), kind: "i", kl: words.initiative,
                lv: x.level?.rawValue, lvl: x.level.map(words.level), u: SafeURL.plain(x.url),
                c: registry.certainty(of: x).rawValue, since: x.validity.since?.description,
                until: x.validity.until?.description, s: citations(x.sources)))
        }
        for d in registry.documents {
            add(MapNodeID(.document, d.id.rawValue), Entity(
                t: "d", id: d.id.rawValue, n: d.name, a: d.aliases.isEmpty ? nil : d.aliases,
                k: keys(d.id.rawValue, d.name, d.aliases), kind: "d:" + d.kind.rawValue, kl: words.documentKind(d.kind),
                lv: d.level?.rawValue, lvl: d.level.map(words.level), u: SafeURL.plain(d.url),
                c: registry.certainty(of: d).rawValue, since: d.validity.since?.description,
                until: d.validity.until?.description, s: citations(d.sources)))
        }
        let organisationIndex = { (id: OrganisationID) in index.byKey[MapNodeID(.organisation, id.rawValue)] }
        let groupIndex = { (id: GroupID) in index.byKey[MapNodeID(.group, id.rawValue)] }
        for g in registry.groups {
            guard let i = groupIndex(g.id) else { continue }
            let conveners = g.conveners.compactMap(organisationIndex)
            data.entities[i].cv = conveners.isEmpty ? nil : conveners
            data.entities[i].po = g.partOf.flatMap(groupIndex)
        }
        for m in registry.memberships {
            guard let o = organisationIndex(m.organisation), let g = groupIndex(m.group) else { continue }
            data.memberships.append(MembershipEntry(
                o: o, g: g, r: m.role.rawValue, rl: words.role(m.role), c: registry.certainty(of: m).rawValue,
                since: m.validity.since?.description, until: m.validity.until?.description, s: citations(m.sources)))
        }

        let analysis = RegistryAnalysis(registry: registry, scope: .now)
        data.network = network(analysis.view, index)
        data.levels = GeographicLevel.allCases.filter { level in data.entities.contains { $0.lv == level.rawValue } }
            .map { Choice(v: $0.rawValue, l: words.level($0)) }
        var kinds: [String: String] = [:]
        for e in data.entities { kinds[e.kind] = e.kl }
        data.kinds = kinds.keys.sorted().map { Choice(v: $0, l: kinds[$0] ?? $0) }

        if let map {
            for (i, n) in map.union.nodes.enumerated() {
                if let e = index.byKey[n.id] { data.entities[e].svg = map.svgIDs[i] }
            }
            data.edges = map.union.edges.map { edge in
                EdgeEntry(f: index.byKey[edge.from] ?? -1, t: index.byKey[edge.to] ?? -1, c: edge.certainty.rawValue)
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
        return Network(v: vertices, adj: adjacency, organisations: view.organisationCount)
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
