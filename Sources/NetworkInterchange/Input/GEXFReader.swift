import Foundation
import PartnerRegistry

/// Reads a GEXF file (1.1, 1.2 or 1.3; https://gexf.net), as Gephi and
/// NetworkX write it: the `node`s of its `graph`, by `id` (label from
/// `label`), their attribute values (`attvalue` by the `attribute` it is
/// `for`, titled by the attribute's `title`, with the declared `default`
/// where a node gives none), and its `edge`s as undirected ties, weighted
/// by `weight`.
///
/// A `graph` whose `defaultedgetype` is `directed`, or an edge whose
/// `type` is `directed`, is refused at the element (ties are read
/// undirected; `mutual` is read as undirected). Nested nodes
/// (hierarchies) are refused. A node attribute titled `bipartite`, or a
/// boolean one titled `type`, marks a two-mode file (`GraphElements`).
/// Visual attributes (`viz:`), spells and `meta` are skipped.
///
/// Parsed by libxml2's SAX2 parser (`XMLEventParser`), as GraphML is:
/// entities are never expanded, positions are the ends of start tags.
enum GEXFReader {
    static func read(data: Data, file: String) throws(RegistryLoadError) -> NetworkInput {
        let delegate = Delegate(file: file)
        if let failure = XMLEventParser.parse(data, handler: delegate), !failure.isEntityEcho {
            delegate.problems.append(Diagnostic(
                .error, code: .malformedSyntax,
                at: SourceLocation(file: file, line: failure.position.line, column: failure.position.column),
                message: "malformed XML: \(failure.message)", hint: GraphMLReader.hint(failure.code)))
        } else if delegate.problems.isEmpty, let open = delegate.openElement {
            delegate.problems.append(Diagnostic(
                .error, code: .malformedSyntax, at: SourceLocation(file: file, line: 1, column: 1),
                message: "the file ends inside <\(open)>", hint: "close <\(open)>; the file may be cut short"))
        }
        return try delegate.finish()
    }

    /// A declared node or edge attribute.
    private struct Attribute {
        var title: String
        var type: String
        var defaultValue: String?
    }

    private final class Delegate: XMLEventHandler {
        typealias Position = XMLEventParser.Position
        let file: String
        var problems: [Diagnostic] = []
        private var graph: GraphElements
        private var attributes: [String: Attribute] = [:]
        /// The class (`node`, `edge`) of the `<attributes>` being read.
        private var attributeClass: String?
        /// The attribute whose `<default>` is being read.
        private var attributeID: String?
        private var stack: [String] = []
        private var node: GraphElements.Node?
        private var nodeValues: [String: String] = [:]
        private var text = ""
        private var sawGEXF = false
        private var graphs = 0
        private var defaultEdgeType = "undirected"

        init(file: String) {
            self.file = file
            graph = GraphElements(file: file, format: .gexf)
        }

        var isDone: Bool { problems.count >= 100 }
        var openElement: String? { stack.last }

        private func fail(_ at: Position, _ message: String, hint: String, code: Diagnostic.Code = .malformedSyntax) {
            problems.append(Diagnostic(
                .error, code: code, at: SourceLocation(file: file, line: at.line, column: at.column),
                message: message, hint: hint))
        }

        func start(_ local: String, attributes a: [String: String], at: Position) {
            defer { stack.append(local) }
            switch local {
            case "gexf":
                sawGEXF = true
            case "graph":
                graphs += 1
                if graphs > 1 {
                    return fail(at, "a second <graph>", hint: "keep one graph per file", code: .unsupportedFact)
                }
                defaultEdgeType = a["defaultedgetype"] ?? "undirected"
                if defaultEdgeType == "directed" {
                    fail(at, "a directed graph (defaultedgetype=\"directed\"); ties are read undirected here",
                         hint: "write defaultedgetype=\"undirected\" if the ties have no direction", code: .unsupportedFact)
                }
            case "attributes" where stack.last == "graph":
                attributeClass = a["class"] ?? "node"
            case "attribute" where stack.last == "attributes":
                guard let id = a["id"] else {
                    return fail(at, "an <attribute> without an id", hint: "give every attribute an id=\"…\"", code: .missingKey)
                }
                attributeID = attributeClass == "node" ? id : nil
                if attributeClass == "node" {
                    self.attributes[id] = Attribute(title: a["title"] ?? id, type: a["type"] ?? "string")
                }
            case "default" where stack.last == "attribute":
                text = ""
            case "node" where stack.last == "nodes":
                if stack.contains("node") {
                    return fail(at, "a node inside a node (a hierarchy)", hint: "flatten the graph: one level of nodes",
                                code: .unsupportedFact)
                }
                guard let id = a["id"], !id.isEmpty else {
                    return fail(at, "a <node> without an id", hint: "give every node an id=\"…\"", code: .missingKey)
                }
                node = GraphElements.Node(id: id, label: a["label"], attributes: [:], side: nil, line: at.line, column: at.column)
                nodeValues = [:]
            case "attvalue" where stack.last == "attvalues" && node != nil:
                guard let key = a["for"] ?? a["id"], let value = a["value"] else {
                    return fail(at, "an <attvalue> without for or value", hint: "write <attvalue for=\"…\" value=\"…\"/>",
                                code: .missingKey)
                }
                guard self.attributes[key] != nil else {
                    return fail(at, "attribute '\(key)' is not declared",
                                hint: "declare it in <attributes class=\"node\"> with <attribute id=\"\(key)\" title=\"…\"/>",
                                code: .unknownKey)
                }
                if nodeValues[key] == nil { nodeValues[key] = value }
            case "edge" where stack.last == "edges":
                guard let s = a["source"], let t = a["target"] else {
                    return fail(at, "an <edge> without source or target",
                                hint: "give every edge source=\"…\" and target=\"…\" naming node ids", code: .missingKey)
                }
                if (a["type"] ?? defaultEdgeType) == "directed", defaultEdgeType != "directed" {
                    fail(at, "a directed edge (type=\"directed\"); ties are read undirected here",
                         hint: "remove type=\"directed\"", code: .unsupportedFact)
                }
                graph.edges.append(GraphElements.Edge(
                    id: a["id"] ?? "", source: s, target: t, weight: a["weight"], line: at.line, column: at.column))
            default:
                break
            }
        }

        func entityReference(_ name: String, external: Bool, at: Position) {
            let inside = stack.last.map { " in <\($0)>" } ?? ""
            fail(at, external
                    ? "the external entity '&\(name);'\(inside) is not read: its text would be left out"
                    : "entity expansion refused: '&\(name);'\(inside) would be left out",
                 hint: "write the text itself instead of an entity", code: .unsupportedFact)
        }

        func characters(_ string: String) {
            if stack.last == "default" { text += string }
        }

        func end(_ closing: String, at: Position) {
            let local = stack.popLast() ?? closing
            if local != closing {
                return fail(at, "</\(closing)> closes <\(local)>", hint: "close <\(local)> first (or make it <\(local) … />)")
            }
            switch local {
            case "default":
                if let id = attributeID { attributes[id]?.defaultValue = text }
            case "attribute":
                attributeID = nil
            case "attributes":
                attributeClass = nil
            case "node" where stack.last == "nodes":
                guard var n = node else { return }
                for (id, attribute) in attributes {
                    if let value = nodeValues[id] ?? attribute.defaultValue { n.attributes[attribute.title] = value }
                }
                node = n
                graph.nodes.append(n)
                node = nil
            default:
                break
            }
        }

        func finish() throws(RegistryLoadError) -> NetworkInput {
            if problems.isEmpty, !sawGEXF { problems.append(GraphElements.missingRoot("gexf", "GEXF", file: file)) }
            if !problems.isEmpty { throw RegistryLoadError(diagnostics: problems) }
            // The side of a two-mode file: a node attribute titled
            // `bipartite` (NetworkX), or a boolean one titled `type`.
            let side = attributes.values.first { $0.title == "bipartite" }
                ?? attributes.values.first { $0.title == "type" && $0.type == "boolean" }
            if let side {
                graph.sideAttribute = side.title
                for i in graph.nodes.indices { graph.nodes[i].side = graph.nodes[i].attributes[side.title] }
            }
            return try graph.network()
        }
    }
}
