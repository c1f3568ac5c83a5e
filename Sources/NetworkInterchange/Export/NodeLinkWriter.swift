import PartnerRegistry

/// Writes an `ExportGraph` as node-link JSON, the shape d3 force layouts
/// and NetworkX `node_link_graph(data, edges="links")` take:
/// `{"directed": false, "multigraph": false, "graph": {…}, "nodes": [{"id": …, …}],
/// "links": [{"source": …, "target": …, …}]}`. Absent values are left out.
enum NodeLinkWriter {
    static func write(_ graph: ExportGraph, to out: inout ExportSink) throws {
        try out.write("{\"directed\": false, \"multigraph\": false, \"graph\": {")
        for (i, (name, value)) in graph.graphAttributes.enumerated() {
            if i > 0 { try out.write(", ") }
            try out.writeJSON(name)
            try out.write(": ")
            try out.writeJSON(value)
        }
        try out.write("},\n\"nodes\": [")
        var values: [ExportValue?] = []
        let nodeAttributes = ExportGraph.nodeAttributes, edgeAttributes = graph.edgeAttributes
        for v in 0 ..< graph.nodeCount {
            try out.write(v == 0 ? "\n{\"id\": " : ",\n{\"id\": ")
            try out.writeJSON(graph.nodeID(v))
            graph.nodeValues(v, into: &values)
            try members(values, nodeAttributes, to: &out)
            try out.write("}")
        }
        try out.write("],\n\"links\": [")
        for e in 0 ..< graph.edgeCount {
            let (a, b) = graph.edge(e)
            try out.write(e == 0 ? "\n{\"source\": " : ",\n{\"source\": ")
            try out.writeJSON(graph.nodeID(Int(a)))
            try out.write(", \"target\": ")
            try out.writeJSON(graph.nodeID(Int(b)))
            graph.edgeValues(e, into: &values)
            try members(values, edgeAttributes, to: &out)
            try out.write("}")
        }
        try out.write("]}\n")
        try out.flush()
    }

    private static func members(_ values: [ExportValue?], _ attributes: [ExportAttribute], to out: inout ExportSink) throws {
        for (value, attribute) in zip(values, attributes) {
            guard let value else { continue }
            try out.write(", ")
            try out.writeJSON(attribute.name)
            try out.write(": ")
            switch value {
            case let .string(s): try out.writeJSON(s)
            case let .int(n): try out.write(n)
            case let .double(x): try out.write(ExportNumber.text(x))
            case let .bool(b): try out.write(b ? "true" : "false")
            }
        }
    }
}
