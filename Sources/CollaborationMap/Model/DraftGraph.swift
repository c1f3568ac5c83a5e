import PartnerRegistry

/// The map while it is being built: nodes with an ID index, and edges
/// keyed by ordered node pair so that several facts about one pair merge
/// into one edge. Internal to ``MapBuilder``.
struct DraftGraph {
    struct DraftEdge {
        var edge: MapEdge
        var facts: [String]
    }

    private struct Pair: Hashable {
        var from: MapNodeID
        var to: MapNodeID
    }

    private(set) var nodes: [MapNode] = []
    private(set) var index: [MapNodeID: Int] = [:]
    private(set) var edges: [DraftEdge] = []
    private var edgeIndex: [Pair: Int] = [:]

    /// Adds a node; a second node with the same ID is ignored (the first
    /// one in registry order wins).
    mutating func add(_ node: MapNode) {
        guard index[node.id] == nil else { return }
        index[node.id] = nodes.count
        nodes.append(node)
    }

    subscript(id: MapNodeID) -> MapNode? { index[id].map { nodes[$0] } }

    mutating func setScore(_ score: Double, of id: MapNodeID) {
        if let i = index[id] { nodes[i].score = score }
    }

    mutating func setScale(_ scale: Double, at i: Int) { nodes[i].scale = scale }
    mutating func appendTooltipLine(_ line: String, at i: Int) {
        nodes[i].tooltip += (nodes[i].tooltip.isEmpty ? "" : "\n") + line
    }
    mutating func setCluster(_ cluster: String, at i: Int) { nodes[i].cluster = cluster }

    /// Records that `relation` holds from `a` to `b`. Ignored when either
    /// node is not on the map or `a == b`. A pair already joined keeps one
    /// edge: the stronger relation is drawn, every fact goes in the tooltip.
    /// The edge is as certain as its firmest fact, and uncertain only
    /// when every fact is.
    mutating func relate(
        _ a: MapNodeID, _ b: MapNodeID, _ relation: MapRelation, fact: String, certainty: Certainty = .stated,
        uncertain: Bool = false
    ) {
        guard a != b, index[a] != nil, index[b] != nil else { return }
        let pair = Pair(from: a, to: b)
        if let i = edgeIndex[pair] {
            if relation.strength > edges[i].edge.relation.strength { edges[i].edge.relation = relation }
            if !edges[i].facts.contains(fact) { edges[i].facts.append(fact) }
            edges[i].edge.certainty = min(edges[i].edge.certainty, certainty)
            edges[i].edge.uncertain = edges[i].edge.uncertain && uncertain
        } else {
            edgeIndex[pair] = edges.count
            edges.append(DraftEdge(
                edge: MapEdge(from: a, to: b, relation: relation, certainty: certainty, uncertain: uncertain),
                facts: [fact]))
        }
    }

    /// Whether an edge joins `a` and `b` in either direction.
    func adjacent(_ a: MapNodeID, _ b: MapNodeID) -> Bool {
        edgeIndex[Pair(from: a, to: b)] != nil || edgeIndex[Pair(from: b, to: a)] != nil
    }

    /// Writes each edge's tooltip: "From → To" and one line per fact.
    mutating func finishEdgeTooltips() {
        for i in edges.indices {
            let from = self[edges[i].edge.from]?.label ?? edges[i].edge.from.rawID
            let to = self[edges[i].edge.to]?.label ?? edges[i].edge.to.rawID
            edges[i].edge.tooltip = (["\(from) → \(to)"] + edges[i].facts).joined(separator: "\n")
        }
    }

    // MARK: Naming entities in options

    /// The nodes a key names: `kind:id` names one node; a bare ID names
    /// every node with that registry ID.
    func matches(for key: String) -> [MapNodeID] {
        if let colon = key.firstIndex(of: ":"),
           let kind = MapEntityKind(rawValue: String(key[..<colon])) {
            let id = MapNodeID(kind, String(key[key.index(after: colon)...]))
            return index[id] == nil ? [] : [id]
        }
        return MapEntityKind.allCases.map { MapNodeID($0, key) }.filter { index[$0] != nil }
    }

    /// The one node a key names, or a typed error that says what to write.
    func resolve(_ key: String, option: String) throws(MapError) -> MapNodeID {
        let found = matches(for: key)
        if found.count == 1 { return found[0] }
        if found.count > 1 { throw .ambiguousEntity(key, option: option, kinds: found.map(\.kind)) }
        throw .unknownEntity(key, option: option, suggestion: suggestion(for: key))
    }

    private func suggestion(for key: String) -> String? {
        let bare = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
        var best: (distance: Int, id: String)?
        for node in nodes {
            let d = editDistance(bare, node.id.rawID)
            if d <= max(2, bare.count / 3), d < (best?.distance ?? Int.max) { best = (d, node.id.rawID) }
        }
        return best?.id
    }

    // MARK: Focus

    /// Keeps the nodes within `focus.radius` edges of the organisation.
    mutating func restrict(to focus: MapFocus, words: MapVocabulary) throws(MapError) {
        guard focus.radius >= 0 else { throw .negativeRadius(focus.radius) }
        let start = MapNodeID(.organisation, focus.organisation.rawValue)
        var neighbours = [[Int]](repeating: [], count: nodes.count)
        for e in edges {
            guard let a = index[e.edge.from], let b = index[e.edge.to] else { continue }
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        var distance = [Int](repeating: -1, count: nodes.count)
        guard let origin = index[start] else { throw .focusNotShown(focus.organisation.rawValue) }
        var frontier = [origin]
        distance[origin] = 0
        var step = 0
        while !frontier.isEmpty && step < focus.radius {
            step += 1
            var next: [Int] = []
            for v in frontier {
                for w in neighbours[v] where distance[w] < 0 {
                    distance[w] = step
                    next.append(w)
                }
            }
            frontier = next
        }
        let kept = nodes.indices.filter { distance[$0] >= 0 }
        let keptIDs = Set(kept.map { nodes[$0].id })
        let oldEdges = edges
        nodes = kept.map { nodes[$0] }
        index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        edges = []
        edgeIndex = [:]
        for e in oldEdges where keptIDs.contains(e.edge.from) && keptIDs.contains(e.edge.to) {
            edgeIndex[Pair(from: e.edge.from, to: e.edge.to)] = edges.count
            edges.append(e)
        }
    }

    // MARK: Highlight

    /// Marks the highlighted nodes and edges; everything else is faded.
    mutating func apply(_ highlight: MapHighlight) throws(MapError) {
        var onNodes = Set<MapNodeID>()
        var onEdges = Set<Pair>()
        switch highlight {
        case let .nodes(keys):
            for key in keys { onNodes.insert(try resolve(key, option: "highlight")) }
            for e in edges where onNodes.contains(e.edge.from) && onNodes.contains(e.edge.to) {
                onEdges.insert(Pair(from: e.edge.from, to: e.edge.to))
            }
        case let .path(keys):
            guard keys.count >= 2 else { throw .pathTooShort(keys.count) }
            var ids: [MapNodeID] = []
            for key in keys { ids.append(try resolve(key, option: "highlight")) }
            for step in 1 ..< ids.count {
                let (a, b) = (ids[step - 1], ids[step])
                guard adjacent(a, b) else { throw .pathBroken(from: keys[step - 1], to: keys[step]) }
                onEdges.insert(Pair(from: a, to: b))
                onEdges.insert(Pair(from: b, to: a))
            }
            onNodes = Set(ids)
        }
        for i in nodes.indices { nodes[i].emphasis = onNodes.contains(nodes[i].id) ? .highlighted : .faded }
        for i in edges.indices {
            let on = onEdges.contains(Pair(from: edges[i].edge.from, to: edges[i].edge.to))
            edges[i].edge.emphasis = on ? .highlighted : .faded
        }
    }
}

extension MapRelation {
    /// Which relation is drawn when several hold between the same pair.
    var strength: Int {
        switch self {
        case .membership: 1
        case .leadership: 2
        case .convener: 3
        case .partOf: 1
        case .partnership: 1
        case .funding: 2
        case .runs: 1
        case .basedOn: 1
        case .revises: 2
        case .supersedes: 3
        case .adoptedBy: 1
        case .leadsTo: 1
        }
    }
}

/// Levenshtein distance over Unicode scalars, for "did you mean".
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0 ... b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1 ... a.count {
        current[0] = i
        for j in 1 ... b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
