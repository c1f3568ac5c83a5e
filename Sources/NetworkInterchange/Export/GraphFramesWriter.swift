import InterchangeBase
import PartnerRegistry

/// Writes `vertices.csv`, `edges.csv` and `graph.csv`: a graph in the shape
/// GraphFrames (Apache Spark's graph package) builds a `GraphFrame` from,
/// a vertex DataFrame with an `id` column and an edge DataFrame with `src`
/// and `dst` columns, every other column an attribute.
///
/// `vertices.csv`: `id` (the registry ID), `name` (the schema's `label`),
/// then the node schema of every graph format (`entity`, `bipartite`,
/// `kind`, `level`, …, `uncertain`). `edges.csv`: `src` (the organisation
/// in two-mode), `dst` (the group), then the edge schema (`role`, `since`,
/// `until`, …, `ties`, `weight`, `uncertain`; a projection's edges carry
/// `weight` only). Each undirected edge is written once; GraphFrames'
/// algorithms that follow direction (PageRank, BFS) want both directions,
/// which the job in examples/spark/ adds. `graph.csv`: `attribute,value`
/// rows naming the view (`name`, `as_of`, `certainty`, `mode`), so that an
/// `uncertain` cell can be read against the date it is about.
///
/// UTF-8, RFC 4180 quoting (`CSVText`), `\n` line ends. Spark's CSV reader
/// needs `escape='"'` (its default escape is `\`) and `multiLine=True` for
/// a quoted line break. Cells are exact, as Spark and pandas read them, so
/// the files are not safe to open in a spreadsheet (`SpreadsheetCells.exact`).
enum GraphFramesWriter {
    static func write(_ graph: ExportGraph, to directory: inout some ExportDirectory) throws {
        let nodeAttributes = ExportGraph.nodeAttributes.filter { $0.name != "label" }
        var values: [ExportValue?] = []
        try directory.file("vertices.csv") { out in
            try out.writeCSVRow(["id", "name"] + nodeAttributes.map(\.name))
            for v in 0 ..< graph.nodeCount {
                graph.nodeValues(v, into: &values)
                try out.writeCSVRow([graph.nodeID(v), graph.nodeName(v)] + values.dropFirst().map(GephiCSVWriter.cell))
            }
            try out.flush()
        }
        try directory.file("edges.csv") { out in
            try out.writeCSVRow(["src", "dst"] + graph.edgeAttributes.map(\.name))
            for e in 0 ..< graph.edgeCount {
                let (a, b) = graph.edge(e)
                graph.edgeValues(e, into: &values)
                try out.writeCSVRow([graph.nodeID(Int(a)), graph.nodeID(Int(b))] + values.map(GephiCSVWriter.cell))
            }
            try out.flush()
        }
        try directory.file("graph.csv") { out in
            try out.writeCSVRow(["attribute", "value"])
            for (name, value) in graph.graphAttributes { try out.writeCSVRow([name, value]) }
            try out.flush()
        }
    }
}
