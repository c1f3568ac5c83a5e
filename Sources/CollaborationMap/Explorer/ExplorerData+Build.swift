import Foundation
import PartnerRegistry

extension ExplorerData {
    /// Index of every entity by its map key (`organisation:id`, …).
    struct EntityIndex {
        var byKey: [MapNodeID: Int] = [:]
    }

    /// The page's data: entities, sources, memberships, the network
    /// `connect` walks and, for every step of the slider, what is there and
    /// the figures and tables, all computed here in Swift; the map parts
    /// (`edges`, `clusters`, SVG ids, map edges per step) when `map` is given.
    ///
    /// - Complexity: per step, dominated by the analyses (brokerage and
    ///   two-mode betweenness, O(V·E) on the two-mode graph; left out in
    ///   overview mode), each computed on the possible and the sure network.
    static func build(
        registry: Registry, language: MapLanguage, title: String, years: [AsOf], map: MapParts?,
        validation: ValidationReport
    ) -> ExplorerData {
        let words = language.words.with(registry.vocabulary)
        let explorerWords = ExplorerWords.words(for: language)
        let lifecycles = ExplorerLifecycle(registry: registry, language: language)
        var lifecycleIndex: [String: Int] = [:]
        /// The index of a lifecycle text in `data.lifecycles`, added when new.
        func lifecycle(_ text: String) -> Int {
            if let i = lifecycleIndex[text] { return i }
            lifecycleIndex[text] = data.lifecycles.count
            data.lifecycles.append(text)
            return data.lifecycles.count - 1
        }
        var data = ExplorerData(
            mode: map == nil ? "overview" : "map", lang: language.rawValue, title: title,
            words: explorerWords,
            steps: Steps(labels: [], names: [], captions: [], entities: StepCodes(), memberships: StepCodes(),
                         figures: [], notes: [], top: []),
            network: Network(vertices: [], adjacency: [], organisations: 0, ties: StepCodes()))
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
        var categories: [String: NodeCategory] = [:]
        func add(_ key: MapNodeID, _ e: Entity, _ category: NodeCategory) {
            index.byKey[key] = data.entities.count
            data.entities.append(e)
            if categories[e.kind] == nil { categories[e.kind] = category }
        }
        for o in registry.organisations {
            add(MapNodeID(.organisation, o.id.rawValue), Entity(
                type: "organisation", id: o.id.rawValue, name: o.name, aliases: o.aliases.isEmpty ? nil : o.aliases,
                searchKeys: keys(o.id.rawValue, o.name, o.aliases), kind: "o:" + o.kind.rawValue, kindLabel: words.organisationKind(o.kind),
                level: o.level?.rawValue, levelLabel: o.level.map(words.level), url: SafeURL.plain(o.url),
                certainty: registry.certainty(of: o).rawValue, since: o.validity.since?.description,
                until: o.validity.until?.description, lifecycle: lifecycle(lifecycles.text(o)), citations: citations(o.sources)), .organisation(o.kind))
        }
        for g in registry.groups {
            add(MapNodeID(.group, g.id.rawValue), Entity(
                type: "group", id: g.id.rawValue, name: g.name, aliases: g.aliases.isEmpty ? nil : g.aliases,
                searchKeys: keys(g.id.rawValue, g.name, g.aliases), kind: "g:" + g.kind.rawValue, kindLabel: words.groupKind(g.kind),
                level: g.level?.rawValue, levelLabel: g.level.map(words.level), url: SafeURL.plain(g.url),
                certainty: registry.certainty(of: g).rawValue, since: g.validity.since?.description,
                until: g.validity.until?.description, lifecycle: lifecycle(lifecycles.text(g)), citations: citations(g.sources)), .group(g.kind))
        }
        for x in registry.initiatives {
            add(MapNodeID(.initiative, x.id.rawValue), Entity(
                type: "initiative", id: x.id.rawValue, name: x.name, aliases: x.aliases.isEmpty ? nil : x.aliases,
                searchKeys: keys(x.id.rawValue, x.name, x.aliases), kind: "i", kindLabel: words.initiative,
                level: x.level?.rawValue, levelLabel: x.level.map(words.level), url: SafeURL.plain(x.url),
                certainty: registry.certainty(of: x).rawValue, since: x.validity.since?.description,
                until: x.validity.until?.description, lifecycle: lifecycle(lifecycles.text(x)), citations: citations(x.sources)), .initiative)
        }
        for d in registry.documents {
            add(MapNodeID(.document, d.id.rawValue), Entity(
                type: "document", id: d.id.rawValue, name: d.name, aliases: d.aliases.isEmpty ? nil : d.aliases,
                searchKeys: keys(d.id.rawValue, d.name, d.aliases), kind: "d:" + d.kind.rawValue, kindLabel: words.documentKind(d.kind),
                level: d.level?.rawValue, levelLabel: d.level.map(words.level), url: SafeURL.plain(d.url),
                certainty: registry.certainty(of: d).rawValue, since: d.validity.since?.description,
                until: d.validity.until?.description, lifecycle: lifecycle(lifecycles.text(d)), citations: citations(d.sources)), .document(d.kind))
        }
        let organisationIndex = { (id: OrganisationID) in index.byKey[MapNodeID(.organisation, id.rawValue)] }
        let groupIndex = { (id: GroupID) in index.byKey[MapNodeID(.group, id.rawValue)] }
        for g in registry.groups {
            guard let i = groupIndex(g.id) else { continue }
            let conveners = g.conveners.compactMap(organisationIndex)
            data.entities[i].conveners = conveners.isEmpty ? nil : conveners
            data.entities[i].partOf = g.partOf.flatMap(groupIndex)
        }
        // The registry's membership i is the page's membership entry[i] (nil when an end is unknown).
        var entry = [Int?](repeating: nil, count: registry.memberships.count)
        for (i, m) in registry.memberships.enumerated() {
            guard let o = organisationIndex(m.organisation), let g = groupIndex(m.group) else { continue }
            entry[i] = data.memberships.count
            data.memberships.append(MembershipEntry(
                organisation: o, group: g, role: m.role.rawValue, roleLabel: words.role(m.role), certainty: registry.certainty(of: m).rawValue,
                since: m.validity.since?.description, until: m.validity.until?.description, lifecycle: lifecycle(lifecycles.text(m)),
                citations: citations(m.sources)))
        }

        let union = RegistryAnalysis(registry: registry, scope: .allTime)
        data.network = network(union.view, index)
        let unionTies = union.ties().map { TieKey(organisation: $0.organisation, group: $0.group) }
        data.levels = registry.vocabulary.ids(.levels).map(GeographicLevel.init(rawValue:)).filter { level in data.entities.contains { $0.level == level.rawValue } }
            .map { Choice(value: $0.rawValue, label: words.level($0)) }
        var kinds: [String: String] = [:]
        for e in data.entities { kinds[e.kind] = e.kindLabel }
        data.kinds = kinds.keys.sorted().map { Choice(value: $0, label: kinds[$0] ?? $0) }

        var edgeCodes: StepCodes?
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
            edgeCodes = StepCodes()
            data.legend = legend(map.union, kinds: data.kinds, categories: categories, language: language)
        }

        var stepTables: [ExplorerData.Table] = []
        for (k, asOf) in years.enumerated() {
            let analysis = RegistryAnalysis(registry: registry, asOf: asOf)
            data.steps.labels.append(asOf.description)
            data.steps.names.append(asOf == .now ? explorerWords.now : asOf.description)
            data.steps.captions.append(MapBuilder.dateLine(asOf, words: words))
            data.steps.entities.append(entityCodes(analysis.registry, count: data.entities.count, index))
            data.steps.memberships.append(membershipCodes(
                registry, viewed: analysis.registry, entry: entry, count: data.memberships.count))
            data.network.ties.append(tieCodes(analysis, union: unionTies))
            if let map { edgeCodes?.append(map.edgeCodes(step: k)) }
            let tables = ExplorerTables(analysis: analysis, language: language, entity: index, full: map != nil)
            data.steps.figures.append(tables.figures(validation: validation))
            data.steps.notes.append(tables.sureNote)
            data.steps.top.append(tables.mostConnected(limit: 60))
            for (n, (table, part)) in tables.tables().enumerated() {
                if k == 0 { stepTables.append(table) }
                stepTables[n].parts.append(part)
            }
        }
        data.steps.edges = edgeCodes
        data.tables = stepTables + ExplorerTables.validationTables(validation, language: language, entity: index)
        return data
    }

    /// The page's legend: the kinds of `kinds` with the swatch each has on
    /// the map (the theme fitted to the map as `DOTEncoder` fits it), the
    /// relations and strokes of the map's own legend, and the outline of
    /// what is not there at the step.
    static func legend(
        _ map: MapModel, kinds: [Choice], categories: [String: NodeCategory], language: MapLanguage
    ) -> Legend {
        let theme = MapTheme.standard.fitted(to: map)
        let explorerWords = ExplorerWords.words(for: language)
        // Organisations, groups, initiatives, documents: as the kind filter groups them.
        let typeOrder = ["o", "g", "i", "d"]
        let ordered = kinds.enumerated().sorted { a, b in
            let x = typeOrder.firstIndex(of: String(a.element.value.prefix(1))) ?? typeOrder.count
            let y = typeOrder.firstIndex(of: String(b.element.value.prefix(1))) ?? typeOrder.count
            return (x, a.offset) < (y, b.offset)
        }.map(\.element)
        let entries = ordered.compactMap { choice -> LegendKind? in
            guard let category = categories[choice.value] else { return nil }
            let style = theme.style(for: category)
            return LegendKind(
                kind: choice.value, label: choice.label, shape: style.shape, rounded: style.rounded,
                fill: style.fill, border: style.border, text: style.text)
        }
        let lines = map.legend.edges.map { entry in
            let style = theme.style(for: entry.relation)
            return LegendLine(
                label: entry.label, color: style.color, style: style.style == "bold" ? "solid" : style.style,
                width: style.penwidth)
        }
        var strokes = zip(map.legend.strokes, map.legend.strokeLabels).map { LegendStroke(stroke: $0.rawValue, label: $1) }
        strokes.append(LegendStroke(stroke: "absent", label: explorerWords.absentStroke))
        return Legend(title: map.legend.title, kinds: entries, lines: lines, strokes: strokes)
    }

    /// An organisation–group pair, to find a tie of the union among a step's ties.
    struct TieKey: Hashable {
        var organisation: OrganisationID
        var group: GroupID
    }

    /// Each entity's code at a step: 0 not in the view, 2 marked uncertain, 1 there for certain.
    private static func entityCodes(_ viewed: Registry, count: Int, _ index: EntityIndex) -> [UInt8] {
        var codes = [UInt8](repeating: 0, count: count)
        let marks = viewed.uncertain
        func set(_ key: MapNodeID, _ uncertain: Bool) { if let i = index.byKey[key] { codes[i] = uncertain ? 2 : 1 } }
        for o in viewed.organisations { set(MapNodeID(.organisation, o.id.rawValue), marks.organisations.contains(o.id)) }
        for g in viewed.groups { set(MapNodeID(.group, g.id.rawValue), marks.groups.contains(g.id)) }
        for x in viewed.initiatives { set(MapNodeID(.initiative, x.id.rawValue), marks.initiatives.contains(x.id)) }
        for d in viewed.documents { set(MapNodeID(.document, d.id.rawValue), marks.documents.contains(d.id)) }
        return codes
    }

    /// Each membership's code at a step. The view keeps the file's
    /// memberships in file order (a subsequence), so walking both lists
    /// together finds each kept one: the view's membership `j` is the
    /// file's first membership equal to it after the one matched before
    /// (equal memberships are the same fact twice, present alike).
    private static func membershipCodes(_ registry: Registry, viewed: Registry, entry: [Int?], count: Int) -> [UInt8] {
        var codes = [UInt8](repeating: 0, count: count)
        var j = 0
        for (i, m) in registry.memberships.enumerated() where j < viewed.memberships.count && viewed.memberships[j] == m {
            if let e = entry[i] { codes[e] = viewed.uncertain.memberships.contains(j) ? 2 : 1 }
            j += 1
        }
        assert(j == viewed.memberships.count, "the view keeps the file's memberships in file order")
        return codes
    }

    /// Each union tie's code at a step: 0 not there, 1–3 there for certain
    /// (stated, inferred, external), 4–6 only possibly there.
    private static func tieCodes(_ analysis: RegistryAnalysis, union: [TieKey]) -> [UInt8] {
        var here: [TieKey: UInt8] = [:]
        here.reserveCapacity(analysis.view.graph.edgeCount)
        for tie in analysis.ties() {
            let certainty: UInt8 = switch tie.certainty {
            case .stated: 1
            case .inferred: 2
            case .external: 3
            }
            here[TieKey(organisation: tie.organisation, group: tie.group)] = tie.uncertain ? certainty + 3 : certainty
        }
        return union.map { here[$0] ?? 0 }
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
        return Network(vertices: vertices, adjacency: adjacency, organisations: view.organisationCount, ties: StepCodes())
    }
}

/// The map side of the page: the union of all years as laid out, the SVG
/// ids Graphviz was given, and one model per step.
struct MapParts: Sendable {
    var union: MapModel
    var svgIDs: [String]
    var clusterNames: [String: String]
    var models: [MapModel]

    /// Each union edge's code in the model of step `k`: 0 not drawn, 1
    /// drawn, 2 drawn as only possibly there.
    func edgeCodes(step k: Int) -> [UInt8] {
        struct Pair: Hashable { var from: MapNodeID; var to: MapNodeID }
        var edgeIndex: [Pair: Int] = [:]
        for (i, e) in union.edges.enumerated() where edgeIndex[Pair(from: e.from, to: e.to)] == nil {
            edgeIndex[Pair(from: e.from, to: e.to)] = i
        }
        var codes = [UInt8](repeating: 0, count: union.edges.count)
        for edge in models[k].edges {
            if let i = edgeIndex[Pair(from: edge.from, to: edge.to)] { codes[i] = edge.uncertain ? 2 : 1 }
        }
        return codes
    }
}
