import PartnerRegistry

/// Writes an `ExportGraph` as GEXF 1.3 (namespace http://gexf.net/1.3),
/// `mode="dynamic"`, `timeformat="date"`: every node and edge carries the
/// days it exists as `<spell>`s, so Gephi's timeline plays the registry's
/// history.
///
/// Spells are inclusive day intervals: a partial start is its first day
/// (`since: 2015` → `start="2015-01-01"`), a partial end its last day
/// (`until: 2015` → `end="2015-12-31"`), an end the source does not date
/// is an open spell (no `end`) with `unknown_end` true, or ends the day
/// before the bound the file or its sources give; a successor's start
/// ends its predecessor. An undated node or edge has no spells (it exists
/// throughout). An edge lives while one of its ties and both its ends do.
/// So a node or edge is alive on a date exactly when `--as-of DATE`
/// keeps it. Projection edges carry no spells (the projection of a date
/// is `--as-of DATE --mode …`).
enum GEXFWriter {
    static func write(_ graph: ExportGraph, to out: inout ExportSink) throws {
        try out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>samverkan</creator>
                <description>
            """)
        try out.writeXML(graph.graphAttributes.map { "\($0.0): \($0.1)" }.joined(separator: "; "))
        try out.write("""
            </description>
              </meta>
              <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">
                <attributes class="node" mode="static">

            """)
        let nodeAttributes = ExportGraph.nodeAttributes.filter { $0.name != "label" }
        for (i, a) in nodeAttributes.enumerated() {
            try out.write("      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(typeName(a.type))\"/>\n")
        }
        try out.write("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
        let edgeAttributes = graph.edgeAttributes.filter { $0.name != "weight" }
        for (i, a) in edgeAttributes.enumerated() {
            try out.write("      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(typeName(a.type))\"/>\n")
        }
        try out.write("    </attributes>\n    <nodes>\n")
        var values: [ExportValue?] = []
        for v in 0 ..< graph.nodeCount {
            graph.nodeValues(v, into: &values)
            try out.write("      <node id=\"")
            try out.writeXML(graph.nodeID(v))
            try out.write("\" label=\"")
            try out.writeXML(graph.nodeName(v))
            try out.write("\">")
            try attvalues(Array(values.dropFirst()), to: &out)
            try spells(graph.spans(ofNode: v), to: &out)
            try out.write("</node>\n")
        }
        try out.write("    </nodes>\n    <edges>\n")
        let weightIndex = graph.edgeAttributes.firstIndex { $0.name == "weight" }
        for e in 0 ..< graph.edgeCount {
            let (a, b) = graph.edge(e)
            graph.edgeValues(e, into: &values)
            try out.write("      <edge id=\"\(e)\" source=\"")
            try out.writeXML(graph.nodeID(Int(a)))
            try out.write("\" target=\"")
            try out.writeXML(graph.nodeID(Int(b)))
            if let weightIndex, case let .double(w)? = values[weightIndex] {
                try out.write("\" weight=\"\(ExportNumber.text(w))")
                values.remove(at: weightIndex)
            }
            try out.write("\">")
            try attvalues(values, to: &out)
            try spells(graph.spans(ofEdge: e), to: &out)
            try out.write("</edge>\n")
        }
        try out.write("    </edges>\n  </graph>\n</gexf>\n")
        try out.flush()
    }

    private static func attvalues(_ values: [ExportValue?], to out: inout ExportSink) throws {
        guard values.contains(where: { $0 != nil }) else { return }
        try out.write("<attvalues>")
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            try out.write("<attvalue for=\"\(i)\" value=\"")
            switch value {
            case let .string(s): try out.writeXML(s)
            case let .int(n): try out.write(n)
            case let .double(x): try out.write(ExportNumber.text(x))
            case let .bool(b): try out.write(b ? "true" : "false")
            }
            try out.write("\"/>")
        }
        try out.write("</attvalues>")
    }

    private static func spells(_ spans: [DaySpan], to out: inout ExportSink) throws {
        guard spans != [.always] else { return }
        try out.write("<spells>")
        for s in spans {
            try out.write("<spell")
            if let start = s.start { try out.write(" start=\"\(DaySpan.text(start))\"") }
            if let end = s.end { try out.write(" end=\"\(DaySpan.text(end))\"") }
            try out.write("/>")
        }
        try out.write("</spells>")
    }

    private static func typeName(_ type: ExportValueType) -> String {
        switch type {
        case .string: "string"
        case .int: "integer"
        case .double: "double"
        case .bool: "boolean"
        }
    }
}
