import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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
/// Parsed by Foundation's `XMLParser`, which reports the line and column
/// of each element; those are the error positions.
enum GraphMLReader {
    static func read(data: Data, file: String) throws(RegistryLoadError) -> OneModeNetwork {
        let delegate = Delegate(file: file)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if !parsed, delegate.problems.isEmpty {
            let error = parser.parserError.map { String(describing: ($0 as NSError).localizedDescription) } ?? "unknown error"
            delegate.problems.append(Diagnostic(
                .error, code: .malformedSyntax,
                at: SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
                message: "malformed XML: \(error)", hint: "check that every tag is closed and every attribute quoted"))
        }
        return try delegate.finish()
    }

    /// A declared `<key>`.
    private struct Key {
        var name: String
        var domain: String
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

    private final class Delegate: NSObject, XMLParserDelegate {
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
        private var sawSyntaxError = false

        init(file: String) { self.file = file }

        private func fail(_ parser: XMLParser, _ message: String, hint: String, code: Diagnostic.Code = .malformedSyntax) {
            problems.append(Diagnostic(
                .error, code: code,
                at: SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
                message: message, hint: hint))
            if problems.count >= 100 { parser.abortParsing() }
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            defer { stack.append(local) }
            switch local {
            case "graphml":
                sawGraphML = true
            case "key":
                guard let id = attributes["id"] else {
                    return fail(parser, "a <key> without an id", hint: "give every key an id=\"…\"")
                }
                keys[id] = Key(name: attributes["attr.name"] ?? id, domain: attributes["for"] ?? "all")
            case "graph":
                graphs += 1
                if stack.contains("node") || graphs > 1 {
                    return fail(parser, "a second or nested <graph>", hint: "keep one flat graph per file",
                                code: .unsupportedFact)
                }
                if attributes["edgedefault"] == "directed" {
                    fail(parser, "a directed graph (edgedefault=\"directed\"); ties are read undirected here",
                         hint: "write edgedefault=\"undirected\" if the ties have no direction", code: .unsupportedFact)
                }
            case "node" where stack.last == "graph":
                guard let id = attributes["id"], !id.isEmpty else {
                    return fail(parser, "a <node> without an id", hint: "give every node an id=\"…\"", code: .missingKey)
                }
                current = Element(id: id, line: parser.lineNumber, column: parser.columnNumber)
            case "edge" where stack.last == "graph":
                guard let s = attributes["source"], let t = attributes["target"] else {
                    return fail(parser, "an <edge> without source or target",
                                hint: "give every edge source=\"…\" and target=\"…\" naming node ids", code: .missingKey)
                }
                if attributes["directed"] == "true" {
                    fail(parser, "a directed edge (directed=\"true\"); ties are read undirected here",
                         hint: "remove directed=\"true\"", code: .unsupportedFact)
                }
                var e = Element(id: attributes["id"] ?? "", line: parser.lineNumber, column: parser.columnNumber)
                e.source = s
                e.target = t
                current = e
            case "data" where current != nil:
                dataKey = attributes["key"]
                text = ""
            case "hyperedge", "port":
                fail(parser, "<\(local)> is not supported", hint: "use plain nodes and edges", code: .unsupportedFact)
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            // Only the first: what follows a syntax error is mostly its echo.
            guard !sawSyntaxError else { return }
            sawSyntaxError = true
            fail(parser, "malformed XML: \(Self.words(parseError))",
                 hint: "check that every tag is closed, every attribute quoted and every & written &amp;")
        }

        /// What libxml2's error number (the code `XMLParser` reports on
        /// Linux) means, in words.
        static func words(_ error: any Error) -> String {
            let code = (error as NSError).code
            let known: [Int: String] = [
                4: "the document is empty", 5: "the document does not end where it should (a tag left open, or text after the end)",
                9: "a character that XML does not allow", 23: "an entity reference without its ';'",
                26: "an undeclared entity (write & as &amp;)", 38: "a '<' inside an attribute value",
                39: "an attribute value without its opening quote", 40: "an attribute value without its closing quote",
                41: "an attribute without a value", 42: "an attribute given twice", 65: "a space is missing",
                68: "a name is missing", 73: "'>' is missing", 76: "a closing tag that does not match the open one",
                77: "the file ends inside a tag",
            ]
            return known[code] ?? "libxml2 error \(code)"
        }

        func parserDidEndDocument(_ parser: XMLParser) {
            if let open = stack.last, !sawSyntaxError {
                fail(parser, "the file ends inside <\(open)>", hint: "close <\(open)>; the file may be cut short")
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let closing = name.split(separator: ":").last.map(String.init) ?? name
            let local = stack.popLast() ?? closing
            if local != closing {
                return fail(parser, "</\(closing)> closes <\(local)>", hint: "close <\(local)> first (or make it <\(local) … />)")
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

        func finish() throws(RegistryLoadError) -> OneModeNetwork {
            if problems.isEmpty, !sawGraphML {
                problems.append(Diagnostic(
                    .error, code: .malformedSyntax, at: SourceLocation(file: file, line: 1, column: 1),
                    message: "no <graphml> element: this is not a GraphML file",
                    hint: "pass --input-format for another format"))
            }
            if !problems.isEmpty { throw RegistryLoadError(diagnostics: problems) }
            var b = OneModeBuilder(file: file, format: .graphml)
            for n in nodes {
                if b.vertex(n.id) != nil {
                    b.error(.duplicateIdentifier, n.line, n.column, "node id '\(n.id)' is declared twice",
                            hint: "give each node its own id")
                    continue
                }
                var attributes: [String: String] = [:]
                for (k, v) in n.data {
                    guard let key = keys[k] else {
                        b.error(.unknownKey, n.line, n.column, "data key '\(k)' is not declared",
                                hint: "declare it with <key id=\"\(k)\" for=\"node\" attr.name=\"…\"/>")
                        continue
                    }
                    attributes[key.name] = v
                }
                let label = attributes["label"] ?? attributes["name"]
                b.node(n.id, label: label?.isEmpty == false ? label : nil, attributes: attributes)
            }
            let weightKeys = Set(keys.filter { $0.value.name == "weight" && $0.value.domain != "node" }.map(\.key))
            for e in edges {
                var ends: [Int32] = []
                for id in [e.source, e.target] {
                    if let v = b.vertex(id) {
                        ends.append(v)
                    } else {
                        b.error(.unknownReference, e.line, e.column,
                                "edge \(e.id.isEmpty ? "" : "'\(e.id)' ")names node '\(id)', which the file does not declare",
                                hint: "add <node id=\"\(id)\"/> to the graph, or correct the edge's source/target")
                    }
                }
                var w = 1.0
                if let k = e.data.keys.first(where: weightKeys.contains), let text = e.data[k] {
                    guard let value = b.weight(text, e.line, e.column) else { continue }
                    w = value
                    b.isWeighted = true
                }
                if ends.count == 2 { b.tie(ends[0], ends[1], weight: w, e.line, e.column) }
            }
            return try b.finish()
        }
    }
}
