import PartnerRegistry

/// Turns a registry and options into a ``MapModel``. Pure and
/// deterministic: no dictionaries are iterated for output order, every
/// list follows the registry's order or a fixed order of kinds.
struct MapBuilder {
    let registry: Registry
    let options: MapOptions
    let words: MapVocabulary
    let language: MapLanguage

    init(registry: Registry, options: MapOptions) {
        self.registry = registry.view(options.scope)
        self.options = options
        self.language = options.language(for: registry)
        self.words = language.words.with(registry.vocabulary)
    }

    /// A score as the map's language writes it: four decimals, with a
    /// decimal comma in Swedish.
    private func number(_ value: Double) -> String {
        language.decimal(String(format: "%.4f", value))
    }

    /// A measure's name in the reader's words ("mellanhand" for
    /// betweenness); a name that is no measure stays as given.
    private func measureName(_ name: String) -> String {
        CentralityMeasure(rawValue: name).map { MeasureWords($0, language: language).name.lowercased() } ?? name
    }

    // MARK: Build

    func build() throws(MapError) -> MapModel {
        try options.grouping.check(against: registry)
        let selection = try topSelection()
        if options.focus == nil { try checkSize(nodeCount(selection)) }
        var graph = nodes(selection)
        addEdges(to: &graph)
        if let focus = options.focus {
            try graph.restrict(to: focus, words: words)
            try checkSize(graph.nodes.count)
        }
        try applySizing(to: &graph)
        if let highlight = options.highlight { try graph.apply(highlight) }
        let clusters = assignClusters(&graph)
        var model = MapModel(
            title: options.title ?? registry.title ?? words.defaultTitle,
            subtitle: subtitle(graph),
            nodes: graph.nodes,
            edges: graph.edges.map(\.edge),
            clusters: clusters,
            legend: legend(graph))
        model.footer = footer(graph)
        model.organisationLooks = KindLook.looks(registry.vocabulary, .organisationKinds)
        model.groupLooks = KindLook.looks(registry.vocabulary, .groupKinds)
        model.organisationKindOrder = registry.vocabulary.ids(.organisationKinds)
        return model
    }

    // MARK: Nodes

    private func nodes(_ selection: Selection?) -> DraftGraph {
        var graph = DraftGraph()
        let kinds = options.kinds
        if kinds.contains(.organisation) {
            for org in registry.organisations where selection?.organisations.contains(org.id) ?? true {
                var node = MapNode(
                    id: MapNodeID(.organisation, org.id.rawValue), label: org.name,
                    category: .organisation(org.kind), level: org.level,
                    tooltip: tooltip(for: org), url: SafeURL.sanitised(org.url))
                node.uncertain = registry.uncertain.organisations.contains(org.id)
                graph.add(node)
            }
        }
        if kinds.contains(.group) {
            for group in registry.groups where selection?.groups.contains(group.id) ?? true {
                var node = MapNode(
                    id: MapNodeID(.group, group.id.rawValue), label: group.name,
                    category: .group(group.kind), level: group.level,
                    tooltip: tooltip(for: group), url: SafeURL.sanitised(group.url))
                node.uncertain = registry.uncertain.groups.contains(group.id)
                graph.add(node)
            }
        }
        if kinds.contains(.initiative) {
            for initiative in registry.initiatives {
                graph.add(MapNode(
                    id: MapNodeID(.initiative, initiative.id.rawValue), label: initiative.name,
                    category: .initiative, level: initiative.level,
                    tooltip: tooltip(for: initiative), url: SafeURL.sanitised(initiative.url)))
            }
        }
        if kinds.contains(.document) {
            for document in registry.documents {
                graph.add(MapNode(
                    id: MapNodeID(.document, document.id.rawValue), label: document.name,
                    category: .document(document.kind), level: document.level,
                    tooltip: tooltip(for: document), url: SafeURL.sanitised(document.url)))
            }
        }
        return graph
    }

    // MARK: Size

    /// What ``MapOptions/top`` keeps.
    struct Selection {
        var organisations: Set<OrganisationID>
        var groups: Set<GroupID>
    }

    /// The `top` organisations by score (when sizing by score), then by the
    /// number of groups they are members of, then registry order; and every
    /// group they are members of. `nil` when `top` is not set.
    func topSelection() throws(MapError) -> Selection? {
        guard let top = options.top else { return nil }
        guard top >= 1 else { throw .invalidTop(top) }
        var groupsOf: [OrganisationID: Set<GroupID>] = [:]
        for m in registry.memberships { groupsOf[m.organisation, default: []].insert(m.group) }
        var scores: [String: Double] = [:]
        if case let .score(given, _, _) = options.sizing { scores = given }
        func score(_ id: OrganisationID) -> Double {
            let value = scores[MapNodeID(.organisation, id.rawValue).description] ?? scores[id.rawValue]
            return value.flatMap { $0.isFinite ? $0 : nil } ?? -.infinity
        }
        let ranked = registry.organisations.enumerated()
            .map { (position: $0.offset, id: $0.element.id, score: score($0.element.id),
                    degree: groupsOf[$0.element.id]?.count ?? 0) }
            .sorted { ($0.score, $0.degree, $1.position) > ($1.score, $1.degree, $0.position) }
        let organisations = Set(ranked.prefix(top).map(\.id))
        var groups = Set<GroupID>()
        for id in organisations { groups.formUnion(groupsOf[id] ?? []) }
        return Selection(organisations: organisations, groups: groups)
    }

    /// The nodes the map will have before a focus is applied.
    private func nodeCount(_ selection: Selection?) -> Int {
        var count = 0
        if options.kinds.contains(.organisation) {
            count += selection?.organisations.count ?? registry.organisations.count
        }
        if options.kinds.contains(.group) {
            count += selection.map { s in registry.groups.count { s.groups.contains($0.id) } } ?? registry.groups.count
        }
        if options.kinds.contains(.initiative) { count += registry.initiatives.count }
        if options.kinds.contains(.document) { count += registry.documents.count }
        return count
    }

    private func checkSize(_ nodes: Int) throws(MapError) {
        if let limit = options.sizeLimit, nodes > limit { throw .tooLarge(nodes: nodes, limit: limit) }
    }

    // MARK: Edges

    private func addEdges(to graph: inout DraftGraph) {
        func org(_ id: OrganisationID) -> MapNodeID { MapNodeID(.organisation, id.rawValue) }
        func grp(_ id: GroupID) -> MapNodeID { MapNodeID(.group, id.rawValue) }
        func ini(_ id: InitiativeID) -> MapNodeID { MapNodeID(.initiative, id.rawValue) }
        func doc(_ id: DocumentID) -> MapNodeID { MapNodeID(.document, id.rawValue) }
        func actor(_ a: Actor) -> MapNodeID {
            switch a {
            case let .organisation(id): org(id)
            case let .group(id): grp(id)
            }
        }

        let marks = registry.uncertain
        for (i, m) in registry.memberships.enumerated() {
            // What a role means comes from the vocabulary: roles that
            // count as chair are drawn as leadership, as convener as convening.
            let relation: MapRelation = m.role.counts(as: .convener, in: registry.vocabulary) ? .convener
                : m.role.counts(as: .chair, in: registry.vocabulary) ? .leadership : .membership
            var fact = "\(words.relation(.membership)) (\(words.role(m.role)))"
            if let dates = Self.describe(m.validity) { fact += ", \(dates)" }
            graph.relate(
                org(m.organisation), grp(m.group), relation, fact: fact, certainty: registry.certainty(of: m),
                uncertain: marks.memberships.contains(i))
        }
        for group in registry.groups {
            for convener in group.conveners {
                graph.relate(
                    org(convener), grp(group.id), .convener, fact: words.relation(.convener),
                    certainty: registry.certainty(convener: convener, of: group),
                    uncertain: marks.organisations.contains(convener) || marks.groups.contains(group.id))
            }
            if let parent = group.partOf {
                graph.relate(grp(group.id), grp(parent), .partOf, fact: words.relation(.partOf))
            }
            for document in group.basedOn {
                graph.relate(grp(group.id), doc(document), .basedOn, fact: words.relation(.basedOn))
            }
        }
        for initiative in registry.initiatives {
            if let group = initiative.group {
                graph.relate(grp(group), ini(initiative.id), .runs, fact: words.relation(.runs),
                             certainty: registry.certainty(of: initiative))
            }
            for p in initiative.participants {
                graph.relate(org(p.organisation), ini(initiative.id), .partnership,
                             fact: "\(words.relation(.partnership)) (\(words.participationRole(p.role)))",
                             certainty: registry.certainty(of: p))
            }
            for funder in initiative.funders {
                graph.relate(org(funder), ini(initiative.id), .funding, fact: words.relation(.funding))
            }
        }
        for initiative in registry.initiatives {
            for document in initiative.leadsTo {
                graph.relate(ini(initiative.id), doc(document), .leadsTo, fact: words.relation(.leadsTo))
            }
        }
        for document in registry.documents {
            let certainty = { (other: DocumentID) in registry.certainty(relationTo: other, of: document) }
            for other in document.basedOn {
                graph.relate(doc(document.id), doc(other), .basedOn, fact: words.relation(.basedOn),
                             certainty: certainty(other))
            }
            for other in document.revises {
                graph.relate(doc(document.id), doc(other), .revises, fact: words.relation(.revises),
                             certainty: certainty(other))
            }
            for other in document.supersedes {
                graph.relate(doc(document.id), doc(other), .supersedes, fact: words.relation(.supersedes),
                             certainty: certainty(other))
            }
            for adopter in document.adoptedBy {
                graph.relate(actor(adopter), doc(document.id), .adoptedBy, fact: words.relation(.adoptedBy))
            }
        }
        graph.finishEdgeTooltips()
    }

    // MARK: Sizing

    private func applySizing(to graph: inout DraftGraph) throws(MapError) {
        guard case let .score(scores, name, sure) = options.sizing else { return }
        // Sorted keys: a key that reaches a node twice (raw and qualified)
        // resolves the same way on every run.
        var sureOf: [MapNodeID: Double?] = [:]
        for key in scores.keys.sorted() {
            guard let value = scores[key] else { continue }
            guard value.isFinite else { throw .invalidScore(key, value) }
            for id in graph.matches(for: key) {
                graph.setScore(value, of: id)
                sureOf[id] = sure[key]
            }
        }
        // The possible value sizes the node; where the sure one differs,
        // the tooltip gives both: "mellanhand 0,7385 (säkert 0,3018)".
        for i in graph.nodes.indices {
            guard let score = graph.nodes[i].score, case let .some(sureValue) = sureOf[graph.nodes[i].id] else { continue }
            let shown = sureValue.map(number) ?? "–"
            graph.appendTooltipLine("\(measureName(name)) \(number(score)) (\(words.sure) \(shown))", at: i)
        }
        let shown = graph.nodes.compactMap(\.score)
        guard let low = shown.min(), let high = shown.max(), high > low else { return }
        for i in graph.nodes.indices {
            if let s = graph.nodes[i].score { graph.setScale(1 + (s - low) / (high - low), at: i) }
        }
    }

    // MARK: Clusters

    private func assignClusters(_ graph: inout DraftGraph) -> [MapCluster] {
        var clusters: [MapCluster] = []
        var position: [String: Int] = [:]
        func place(_ node: Int, in id: String, label: String) {
            let at: Int
            if let existing = position[id] {
                at = existing
            } else {
                at = clusters.count
                position[id] = at
                clusters.append(MapCluster(id: id, label: label, nodes: []))
            }
            clusters[at].nodes.append(graph.nodes[node].id)
            graph.setCluster(id, at: node)
        }
        // Entities without a tie on the map go to one labelled area of
        // their own (last), not into a level or attribute cluster.
        var tied = Set<MapNodeID>()
        for e in graph.edges {
            tied.insert(e.edge.from)
            tied.insert(e.edge.to)
        }
        let untied = Set(graph.nodes.map(\.id).filter { !tied.contains($0) })
        switch options.grouping {
        case .none:
            break
        case .level:
            for level in registry.vocabulary.ids(.levels).reversed().map(GeographicLevel.init(rawValue:)) {
                for i in graph.nodes.indices where graph.nodes[i].id.kind == .organisation
                    && graph.nodes[i].level == level && !untied.contains(graph.nodes[i].id) {
                    place(i, in: "level-\(level.rawValue)", label: words.levelCluster(level))
                }
            }
        case let .attribute(name):
            var values: [String: [Int]] = [:]
            for i in graph.nodes.indices where graph.nodes[i].id.kind == .organisation
                && !untied.contains(graph.nodes[i].id) {
                if let org = registry.organisation(OrganisationID(graph.nodes[i].id.rawID)),
                   let value = org.attributes[name] {
                    values[value, default: []].append(i)
                }
            }
            for (n, value) in values.keys.sorted().enumerated() {
                for i in values[value] ?? [] { place(i, in: "attribute-\(n + 1)", label: value) }
            }
        }
        for i in graph.nodes.indices where untied.contains(graph.nodes[i].id) {
            place(i, in: MapCluster.untiedID, label: words.untied(options.scope.asOf != .allTime))
        }
        return clusters
    }

    // MARK: Legend and subtitle

    private func legend(_ graph: DraftGraph) -> MapLegend {
        var legend = MapLegend(title: words.legend)
        var orgKinds = Set<OrganisationKind>()
        var groupKinds: [GroupKind] = []
        var firstDocument: DocumentKind?
        var hasInitiative = false
        for node in graph.nodes {
            switch node.category {
            case let .organisation(kind): orgKinds.insert(kind)
            case let .group(kind):
                if !groupKinds.contains(kind) { groupKinds.append(kind) }
            case .initiative: hasInitiative = true
            case let .document(kind): firstDocument = firstDocument ?? kind
            }
        }
        for kind in registry.vocabulary.ids(.organisationKinds).map(OrganisationKind.init(rawValue:)) where orgKinds.contains(kind) {
            legend.nodes.append(.init(category: .organisation(kind), label: words.organisationKind(kind)))
        }
        // Groups share one fill, so one entry; a group kind with a colour of
        // its own gets an entry of its own, named by its label.
        let vocabulary = registry.vocabulary
        let declared = vocabulary.ids(.groupKinds).map(GroupKind.init(rawValue:)).filter {
            groupKinds.contains($0) && vocabulary.term($0.rawValue, in: .groupKinds)?.colour != nil
        }
        if let plain = groupKinds.first(where: { !declared.contains($0) }) {
            legend.nodes.append(.init(category: .group(plain), label: words.group))
        }
        for kind in declared { legend.nodes.append(.init(category: .group(kind), label: words.groupKind(kind))) }
        if hasInitiative { legend.nodes.append(.init(category: .initiative, label: words.initiative)) }
        if let firstDocument {
            legend.nodes.append(.init(category: .document(firstDocument), label: words.documentKind(.other)))
        }
        let relations = Set(graph.edges.map(\.edge.relation))
        for relation in MapRelation.allCases where relations.contains(relation) {
            legend.edges.append(.init(relation: relation, label: words.relation(relation)))
        }
        let edges = graph.edges.map(\.edge)
        if edges.contains(where: { $0.certainty == .inferred }) { legend.strokes.append(.inferred) }
        if edges.contains(where: { $0.certainty == .external }) { legend.strokes.append(.external) }
        if edges.contains(where: \.uncertain) || graph.nodes.contains(where: \.uncertain) {
            legend.strokes.append(.uncertain)
        }
        legend.strokeLabels = legend.strokes.map { words.stroke($0) }
        if case let .score(_, name, sure) = options.sizing {
            let measure = CentralityMeasure(rawValue: name).map { MeasureWords($0, language: language) }
            legend.notes.append(words.nodeSize(measure.map { "\($0.name.lowercased()) (\(name)), \($0.explanation)" } ?? name))
            if sure.keys.contains(where: { !graph.matches(for: $0).isEmpty }) {
                legend.notes.append(words.possibleSize)
            }
        }
        if options.highlight != nil { legend.notes.append(words.faded) }
        if orgKinds.count > MapTheme.organisationPalette.count { legend.notes.append(words.repeatedFills) }
        return legend
    }

    /// The date shown, the sources with their titles, the ties drawn by
    /// certainty, and the version of the tool (a constant, so the bytes
    /// stay the same from one run to the next).
    private func footer(_ graph: DraftGraph) -> [String] {
        var lines: [String] = []
        let date = switch options.scope.asOf {
        case .now: words.now
        case let .date(d): d.description
        case .allTime: words.allTimeShort
        }
        lines.append("\(words.shows): \(date)")
        for s in registry.sources {
            let about = [s.publisher, s.kind.counts(as: .external, in: registry.vocabulary) ? words.external : nil].compactMap { $0 }
            lines.append("\(words.source): " + s.title + (about.isEmpty ? "" : " (" + about.joined(separator: ", ") + ")"))
        }
        var counts: [Certainty: Int] = [:]
        var uncertain = 0
        for e in graph.edges {
            counts[e.edge.certainty, default: 0] += 1
            if e.edge.uncertain { uncertain += 1 }
        }
        lines.append(words.tieCounts(counts[.stated] ?? 0, counts[.inferred] ?? 0, counts[.external] ?? 0, uncertain))
        lines.append("Samverkan \(CollaborationMap.toolVersion)")
        return lines
    }

    private func subtitle(_ graph: DraftGraph) -> [String] {
        var lines = [Self.dateLine(options.scope.asOf, words: words)]
        if options.scope.certainty != .all { lines.append(words.certaintyShown(options.scope.certainty)) }
        if let focus = options.focus {
            let name = registry.organisation(focus.organisation)?.name ?? focus.organisation.rawValue
            lines.append(words.egoNetwork(name, focus.radius))
        }
        return lines
    }

    /// The subtitle's first line, the date the map shows: "As of 2009",
    /// "As of now (what has not ended)", or the all-time line. The
    /// explorer page shows the same line for each step of its slider.
    static func dateLine(_ asOf: AsOf, words: MapVocabulary) -> String {
        switch asOf {
        case .now: "\(words.asOf) \(words.now)"
        case let .date(date): "\(words.asOf) \(date)"
        case .allTime: words.allTime
        }
    }

    static func describe(_ validity: Validity) -> String? {
        switch (validity.since, validity.until) {
        case (nil, nil): nil
        case let (since?, nil): "\(since)–"
        case let (nil, until?): "–\(until)"
        case let (since?, until?): "\(since)–\(until)"
        }
    }
}
