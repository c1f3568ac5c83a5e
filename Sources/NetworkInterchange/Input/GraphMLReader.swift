import Foundation
import PartnerRegistry

/// Reads a one-mode GraphML file (http://graphml.graphdrawing.org/): the
/// `node`s of the first `graph`, by `id`, and its `edge`s, read as
/// undirected ties.
///
/// Data keys declared `for="node"` (or `all`) become node attributes under
/// their `attr.name` (a `label` or `name` key gives the node its label); an
/// edge key named `weight` gives the ties their weights. Edges may come
/// before the nodes they name; an edge naming a node the file never
/// declares is an error at the edge (NetworkX would add the node
/// silently). A `graph` with `edgedefault="directed"` is refused: ties are
/// read undirected, and reading arcs as ties would merge or double them.
/// Nested graphs, hyperedges and ports are refused.
///
/// Parsed by libxml2's SAX2 parser (`XMLEventParser`), of any size that
/// fits in memory. Entities are not expanded and external ones never
/// read: a reference to one is an error at the reference, since its text
/// would be missing from a label or value. Positions are the parser's
/// (the end of each element's start tag); malformed XML is reported with
/// libxml2's first complaint, in words.
enum GraphMLReader {
    static func read(data: Data, file: String) throws(RegistryLoadError) -> NetworkInput {
        let delegate = Delegate(file: file)
        if let failure = XMLEventParser.parse(data, handler: delegate), !failure.isEntityEcho {
            delegate.problems.append(Diagnostic(
                .error, code: .malformedSyntax,
                at: SourceLocation(file: file, line: failure.position.line, column: failure.position.column),
                message: "malformed XML: \(failure.message)", hint: hint(failure.code)))
        } else if delegate.problems.isEmpty {
            delegate.endOfDocument()
        }
        return try delegate.finish()
    }

    /// How to mend the XML error with libxml2's `code`.
    static func hint(_ code: Int) -> String {
        switch code {
        case 28, 29, 89: "write the text itself; entities are not expanded here"
        case 97, 108: "write version=\"1.0\": GraphML needs nothing from XML 1.1"
        case 32, 79, 81: "save the file as UTF-8"
        default: "check that every tag is closed, every attribute quoted and every & written &amp;"
        }
    }

    /// A declared `<key>`.
    private struct Key {
        var name: String
        var domain: String
        /// `attr.type` (boolean, int, double, string, …).
        var type: String
    }

    /// A node or edge as found, with its position.
    private struct Element {
        var id: String
        var source = ""
        var target = ""
        var data: [String: String] = [:]
        var line: Int
        var column: Int
    }

    private final class Delegate: XMLEventHandler {
        typealias Position = XMLEventParser.Position
        let file: String
        var problems: [Diagnostic] = []
        private var keys: [String: Key] = [:]
        private var nodes: [Element] = []
        private var edges: [Element] = []
        private var stack: [String] = []
        private var current: Element?
        private var dataKey: String?
        private var text = ""
        private var graphs = 0
        private var sawGraphML = false

        init(file: String) { self.file = file }

        var isDone: Bool { problems.count >= 100 }

        private func fail(_ at: Position, _ message: String, hint: String, code: Diagnostic.Code = .malformedSyntax) {
            problems.append(Diagnostic(
                .error, code: code, at: SourceLocation(file: file, line: at.line, column: at.column),
                message: message, hint: hint))
        }

        func start(_ local: String, attributes: [String: String], at: Position) {
            defer { stack.append(local) }
            switch local {
            case "graphml":
                sawGraphML = true
            case "key":
                guard let id = attributes["id"] else {
                    return fail(at, "a <key> without an id", hint: "give every key an id=\"…\"")
                }
                keys[id] = Key(
                    name: attributes["attr.name"] ?? id, domain: attributes["for"] ?? "all", type: attributes["attr.type"] ?? "string")
            case "graph":
                graphs += 1
                if stack.contains("node") || graphs > 1 {
                    return fail(at, "a second or nested <graph>", hint: "keep one flat graph per file", code: .unsupportedFact)
                }
                if attributes["edgedefault"] == "directed" {
                    fail(at, "a directed graph (edgedefault=\"directed\"); ties are read undirected here",
                         hint: "write edgedefault=\"undirected\" if the ties have no direction", code: .unsupportedFact)
                }
            case "node" where stack.last == "graph":
                guard let id = attributes["id"], !id.isEmpty else {
                    return fail(at, "a <node> without an id", hint: "give every node an id=\"…\"", code: .missingKey)
                }
                current = Element(id: id, line: at.line, column: at.column)
            case "edge" where stack.last == "graph":
                guard let s = attributes["source"], let t = attributes["target"] else {
                    return fail(at, "an <edge> without source or target",
                                hint: "give every edge source=\"…\" and target=\"…\" naming node ids", code: .missingKey)
                }
                if attributes["directed"] == "true" {
                    fail(at, "a directed edge (directed=\"true\"); ties are read undirected here",
                         hint: "remove directed=\"true\"", code: .unsupportedFact)
                }
                var e = Element(id: attributes["id"] ?? "", line: at.line, column: at.column)
                e.source = s
                e.target = t
                current = e
            case "data" where current != nil:
                dataKey = attributes["key"]
                text = ""
            case "hyperedge", "port":
                fail(at, "<\(local)> is not supported", hint: "use plain nodes and edges", code: .unsupportedFact)
            default:
                break
            }
        }

        func entityReference(_ name: String, external: Bool, at: Position) {
            let inside = stack.last.map { " in <\($0)>" } ?? ""
            if external {
                fail(at, "the external entity '&\(name);'\(inside) is not read: its text would be left out",
                     hint: "write the text itself; external entities are never fetched (they could read any file)",
                     code: .unsupportedFact)
            } else {
                fail(at, "entity expansion refused: '&\(name);'\(inside) would be left out",
                     hint: "write the text itself instead of an entity declared in the DOCTYPE", code: .unsupportedFact)
            }
        }

        /// The end of a well-formed document: an element left open is cut short.
        func endOfDocument() {
            if let open = stack.last {
                fail(Position(line: 1, column: 1), "the file ends inside <\(open)>",
                     hint: "close <\(open)>; the file may be cut short")
            }
        }

        func characters(_ string: String) {
            if dataKey != nil { text += string }
        }

        func end(_ closing: String, at: Position) {
            let local = stack.popLast() ?? closing
            if local != closing {
                return fail(at, "</\(closing)> closes <\(local)>", hint: "close <\(local)> first (or make it <\(local) … />)")
            }
            switch local {
            case "data":
                if let key = dataKey { current?.data[key] = text }
                dataKey = nil
            case "node" where stack.last == "graph":
                if let c = current { nodes.append(c) }
                current = nil
            case "edge" where stack.last == "graph":
                if let c = current { edges.append(c) }
                current = nil
            default:
                break
            }
        }

        func finish() throws(RegistryLoadError) -> NetworkInput {
            if problems.isEmpty, !sawGraphML { problems.append(GraphElements.missingRoot("graphml", "GraphML", file: file)) }
            if !problems.isEmpty { throw RegistryLoadError(diagnostics: problems) }
            var graph = GraphElements(file: file, format: .graphml)
            // The side of a two-mode file: a node key `bipartite`
            // (NetworkX), or a boolean one named `type` (igraph).
            let sideKey = keys.first { $0.value.domain != "edge" && $0.value.name == "bipartite" }
                ?? keys.first { $0.value.domain != "edge" && $0.value.name == "type" && $0.value.type == "boolean" }
            graph.sideAttribute = sideKey?.value.name
            var undeclared: [Diagnostic] = []
            for n in nodes {
                var attributes: [String: String] = [:]
                for (k, v) in n.data {
                    guard let key = keys[k] else {
                        undeclared.append(Diagnostic(
                            .error, code: .unknownKey, at: SourceLocation(file: file, line: n.line, column: n.column),
                            message: "data key '\(k)' is not declared",
                            hint: "declare it with <key id=\"\(k)\" for=\"node\" attr.name=\"…\"/>"))
                        continue
                    }
                    attributes[key.name] = v
                }
                graph.nodes.append(GraphElements.Node(
                    id: n.id, label: attributes["label"] ?? attributes["name"], attributes: attributes,
                    side: sideKey.flatMap { n.data[$0.key] }, line: n.line, column: n.column))
            }
            if !undeclared.isEmpty { throw RegistryLoadError(diagnostics: undeclared) }
            let weightKeys = Set(keys.filter { $0.value.name == "weight" && $0.value.domain != "node" }.map(\.key))
            for e in edges {
                graph.edges.append(GraphElements.Edge(
                    id: e.id, source: e.source, target: e.target,
                    weight: e.data.keys.first(where: weightKeys.contains).flatMap { e.data[$0] }, line: e.line, column: e.column))
            }
            return try graph.network()
        }
    }
}
