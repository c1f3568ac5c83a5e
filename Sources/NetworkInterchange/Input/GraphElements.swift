import PartnerRegistry

/// The nodes and edges a graph file (GraphML, GEXF) holds, as read, with
/// their positions; `network()` applies the policy every reader shares
/// (`OneModeBuilder`) and, when the file marks each node's side, reads it
/// as a two-mode network.
///
/// **Two-mode files.** A node attribute marks the side: `bipartite` with
/// the values 0 and 1 (NetworkX's convention), or a boolean `type`
/// (igraph's: false, true). Side 0 (false) are the organisations, side 1
/// (true) the groups, and each tie a membership: the file is read as a
/// registry, so every two-mode measure applies. Every node must then have
/// a side, every tie must join the two sides, and no tie may carry a
/// weight (a membership has none): each is an error at its element. Any
/// other `type` attribute is an ordinary attribute.
struct GraphElements {
    struct Node {
        var id: String
        var label: String?
        var attributes: [String: String]
        /// The side attribute's text, if the node has one.
        var side: String?
        var line: Int
        var column: Int
    }

    struct Edge {
        var id: String
        var source: String
        var target: String
        var weight: String?
        var line: Int
        var column: Int
    }

    let file: String
    let format: InputFormat
    var nodes: [Node] = []
    var edges: [Edge] = []
    /// The side attribute's name when the file declares one (`bipartite`
    /// or a boolean `type`); nodes then carry `side`.
    var sideAttribute: String?

    /// The error for a document whose root element is not the format's:
    /// "no <gexf> element: this is not a GEXF file".
    static func missingRoot(_ element: String, _ format: String, file: String) -> Diagnostic {
        Diagnostic(.error, code: .malformedSyntax, at: SourceLocation(file: file, line: 1, column: 1),
                   message: "no <\(element)> element: this is not a \(format) file", hint: "pass --input-format for another format")
    }

    /// The one-mode network, or the two-mode registry, or every problem.
    func network() throws(RegistryLoadError) -> NetworkInput {
        if let sideAttribute, nodes.contains(where: { $0.side != nil }) {
            return .registry(try twoMode(sideAttribute))
        }
        var b = OneModeBuilder(file: file, format: format)
        for n in nodes {
            if b.vertex(n.id) != nil {
                b.error(.duplicateIdentifier, n.line, n.column, "node id '\(n.id)' is declared twice",
                        hint: "give each node its own id")
                continue
            }
            b.node(n.id, label: n.label?.isEmpty == false ? n.label : nil, attributes: n.attributes)
        }
        for e in edges {
            var ends: [Int32] = []
            for id in [e.source, e.target] {
                if let v = b.vertex(id) { ends.append(v) } else { b.error(.unknownReference, e.line, e.column, dangling(e, id), hint: fix(id)) }
            }
            var w = 1.0
            if let text = e.weight {
                guard let value = b.weight(text, e.line, e.column) else { continue }
                w = value
                b.isWeighted = true
            }
            if ends.count == 2 { b.tie(ends[0], ends[1], weight: w, e.line, e.column) }
        }
        return .oneMode(try b.finish())
    }

    private func dangling(_ e: Edge, _ id: String) -> String {
        "edge \(e.id.isEmpty ? "" : "'\(e.id)' ")names node '\(id)', which the file does not declare"
    }

    private func fix(_ id: String) -> String {
        format == .gexf
            ? "add <node id=\"\(id)\"/> to <nodes>, or correct the edge's source/target"
            : "add <node id=\"\(id)\"/> to the graph, or correct the edge's source/target"
    }

    /// The side of a node from its attribute text: false for 0/false,
    /// true for 1/true, nil for anything else.
    static func side(_ text: String) -> Bool? {
        switch text.trimmingSpaces.lowercased() {
        case "0", "0.0", "false": false
        case "1", "1.0", "true": true
        default: nil
        }
    }

    private func twoMode(_ attribute: String) throws(RegistryLoadError) -> Registry {
        var diag = DiagnosticCollector(file: file, limit: 100)
        func error(_ code: Diagnostic.Code, _ line: Int, _ column: Int, _ message: String, _ hint: String) {
            diag.add(Diagnostic(.error, code: code, at: SourceLocation(file: file, line: line, column: column),
                                message: message, hint: hint))
        }
        var sideOf: [String: Bool] = [:]
        var organisations: [Organisation] = [], groups: [Group] = []
        for n in nodes {
            let id = n.id.canonicalComposition
            if sideOf[id] != nil {
                error(.duplicateIdentifier, n.line, n.column, "node id '\(n.id)' is declared twice", "give each node its own id")
                continue
            }
            guard let text = n.side, let side = Self.side(text) else {
                error(.missingKey, n.line, n.column,
                      n.side.map { "node '\(n.id)' has \(attribute) '\($0)'; a two-mode file's sides are 0 and 1" }
                          ?? "node '\(n.id)' has no \(attribute): in a two-mode file every node has a side",
                      "give it \(attribute) \(attribute == "type" ? "false (organisation) or true (group)" : "0 (organisation) or 1 (group)"), "
                          + "or remove the attribute from every node to read the file one-mode")
                continue
            }
            sideOf[id] = side
            var attributes = n.attributes
            attributes[attribute] = nil
            let name = (n.label?.isEmpty == false ? n.label! : n.id).canonicalComposition
            if side {
                groups.append(Group(core: .init(id: GroupID(id), name: name, kind: .other, attributes: attributes)))
            } else {
                organisations.append(Organisation(core: .init(id: OrganisationID(id), name: name, kind: .other,
                                                              attributes: attributes)))
            }
        }
        var memberships: [Membership] = []
        var seen: [String: Int] = [:]
        let declared = Set(nodes.map { $0.id.canonicalComposition })
        for e in edges {
            let source = e.source.canonicalComposition, target = e.target.canonicalComposition
            var known = true
            for id in [source, target] where !declared.contains(id) {
                error(.unknownReference, e.line, e.column, dangling(e, id), fix(id))
                known = false
            }
            guard known, let a = sideOf[source], let b = sideOf[target] else { continue }
            if e.weight != nil {
                error(.unsupportedFact, e.line, e.column, "a weighted tie in a two-mode file; a membership carries no weight",
                      "remove the weight, or the \(attribute) attribute to read the file one-mode with weights")
                continue
            }
            if a == b {
                error(.unsupportedFact, e.line, e.column,
                      "a tie between '\(source)' and '\(target)', both on side \(a ? 1 : 0); a two-mode network ties only across its sides",
                      "remove the tie, or the \(attribute) attribute to read the file one-mode")
                continue
            }
            let (o, g) = a ? (target, source) : (source, target)
            let key = o + "\u{1F}" + g
            if let first = seen[key] {
                error(.duplicateMembership, e.line, e.column,
                      "a second tie between '\(o)' and '\(g)' (the first is at line \(first))",
                      "keep one edge per pair; ties are undirected")
                continue
            }
            seen[key] = e.line
            memberships.append(Membership(organisation: OrganisationID(o), group: GroupID(g)))
        }
        if diag.hasErrors { throw diag.loadError() }
        return Registry(organisations: organisations, groups: groups, memberships: memberships)
    }
}
