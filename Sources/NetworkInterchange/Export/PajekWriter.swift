import PartnerRegistry

/// Writes an `ExportGraph` as a Pajek network (`.net`).
///
/// Two-mode: `*Vertices n m`, n vertices in all, the first m of them
/// organisations (the first mode), then the groups; igraph's reader gives
/// the first m vertices `type` false and the rest true. Projections:
/// `*Vertices n` and `*Edges` lines `a b w` with the weight. Vertex
/// labels are the registry IDs in double quotes (IDs are slugs, so no
/// quote or line break can occur; a label is cleaned all the same:
/// `"` → `'`, control characters → space). Pajek carries nothing else:
/// names, kinds, levels, roles, dates, certainty and sources are lost.
enum PajekWriter {
    static func write(_ graph: ExportGraph, to out: inout ExportSink) throws {
        if graph.mode == .twoMode {
            try out.write("*Vertices \(graph.nodeCount) \(graph.topCount)\n")
        } else {
            try out.write("*Vertices \(graph.nodeCount)\n")
        }
        for v in 0 ..< graph.nodeCount {
            try out.write("\(v + 1) \"\(label(graph.nodeID(v)))\"\n")
        }
        try out.write("*Edges\n")
        for e in 0 ..< graph.edgeCount {
            let (a, b) = graph.edge(e)
            if graph.mode == .twoMode {
                try out.write("\(a + 1) \(b + 1)\n")
            } else {
                try out.write("\(a + 1) \(b + 1) \(ExportNumber.text(graph.edgeWeights[e]))\n")
            }
        }
        try out.flush()
    }

    static func label(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            if s == "\"" { return "'" }
            if s.value < 0x20 || s.value == 0x7F || s.value == 0x2028 || s.value == 0x2029 { return " " }
            return s
        }))
    }
}
