import PartnerRegistry

/// Writes an `ExportGraph` as GraphML (http://graphml.graphdrawing.org/):
/// one `<key>` per attribute with `attr.type` string, int, double or
/// boolean; node IDs are registry IDs; the graph is undirected.
///
/// Read by NetworkX `read_graphml`, igraph `Graph.Read_GraphML` and
/// Gephi. Text is escaped for XML 1.0; characters XML 1.0 cannot hold at
/// all (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) become
/// U+FFFD.
enum GraphMLWriter {
    static func write(_ graph: ExportGraph, to out: inout ExportSink) throws {
        try out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        let graphAttributes = graph.graphAttributes
        for (name, _) in graphAttributes {
            try out.write("  <key id=\"g_\(name)\" for=\"graph\" attr.name=\"\(name)\" attr.type=\"string\"/>\n")
        }
        let nodeAttributes = ExportGraph.nodeAttributes, edgeAttributes = graph.edgeAttributes
        for (i, a) in nodeAttributes.enumerated() {
            try out.write("  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(a.name)\" attr.type=\"\(typeName(a.type))\"/>\n")
        }
        for (i, a) in edgeAttributes.enumerated() {
            try out.write("  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(a.name)\" attr.type=\"\(typeName(a.type))\"/>\n")
        }
        try out.write("  <graph id=\"G\" edgedefault=\"undirected\">\n")
        for (name, value) in graphAttributes {
            try out.write("    <data key=\"g_\(name)\">")
            try out.writeXML(value)
            try out.write("</data>\n")
        }
        var values: [ExportValue?] = []
        for v in 0 ..< graph.nodeCount {
            try out.write("    <node id=\"")
            try out.writeXML(graph.nodeID(v))
            try out.write("\">")
            graph.nodeValues(v, into: &values)
            try data(values, prefix: "n", to: &out)
            try out.write("</node>\n")
        }
        for e in 0 ..< graph.edgeCount {
            let (a, b) = graph.edge(e)
            try out.write("    <edge source=\"")
            try out.writeXML(graph.nodeID(Int(a)))
            try out.write("\" target=\"")
            try out.writeXML(graph.nodeID(Int(b)))
            try out.write("\">")
            graph.edgeValues(e, into: &values)
            try data(values, prefix: "e", to: &out)
            try out.write("</edge>\n")
        }
        try out.write("  </graph>\n</graphml>\n")
        try out.flush()
    }

    private static func data(_ values: [ExportValue?], prefix: String, to out: inout ExportSink) throws {
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            try out.write("<data key=\"\(prefix)\(i)\">")
            switch value {
            case let .string(s): try out.writeXML(s)
            case let .int(n): try out.write(n)
            case let .double(x): try out.write(ExportNumber.text(x))
            case let .bool(b): try out.write(b ? "true" : "false")
            }
            try out.write("</data>")
        }
    }

    static func typeName(_ type: ExportValueType) -> String {
        switch type {
        case .string: "string"
        case .int: "int"
        case .double: "double"
        case .bool: "boolean"
        }
    }
}

/// Numbers as every format writes them: integers without a fraction
/// (`3`), others in Swift's shortest round-trip form.
enum ExportNumber {
    static func text(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}
