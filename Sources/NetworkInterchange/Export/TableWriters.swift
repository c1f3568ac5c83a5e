import InterchangeBase
import PartnerRegistry

/// A directory an export writes its files into, one file at a time.
public protocol ExportDirectory {
    /// Writes the file `name` with what `body` appends to the sink.
    mutating func file(_ name: String, _ body: (inout ExportSink) throws -> Void) throws
}

/// Writes `nodes.csv` and `edges.csv`, the node and edge tables Gephi's
/// spreadsheet import (Data Laboratory) takes: `Id`, `Label` and one column
/// per attribute; `Source`, `Target`, `Type` (`Undirected`), `Weight` and
/// one column per edge attribute. Kumu reads `nodes.csv` as elements (its
/// `ID`/`Label` columns); for connections it wants `From`/`To` as the first
/// two headers (docs/interchange.md says how). Cells are exact, as those
/// tools import them, so the files are not safe to open in a spreadsheet
/// (`SpreadsheetCells.exact`).
enum GephiCSVWriter {
    static func write(_ graph: ExportGraph, to directory: inout some ExportDirectory) throws {
        let nodeAttributes = ExportGraph.nodeAttributes.filter { $0.name != "label" }
        let edgeAttributes = graph.edgeAttributes
        let weightIndex = edgeAttributes.firstIndex { $0.name == "weight" }
        var values: [ExportValue?] = []
        try directory.file("nodes.csv") { out in
            try out.writeCSVRow(["Id", "Label"] + nodeAttributes.map(\.name))
            for v in 0 ..< graph.nodeCount {
                graph.nodeValues(v, into: &values)
                try out.writeCSVRow([graph.nodeID(v), graph.nodeName(v)] + values.dropFirst().map(cell))
            }
            try out.flush()
        }
        try directory.file("edges.csv") { out in
            let others = edgeAttributes.indices.filter { $0 != weightIndex }
            try out.writeCSVRow(["Source", "Target", "Type", "Id", "Weight"] + others.map { edgeAttributes[$0].name })
            for e in 0 ..< graph.edgeCount {
                let (a, b) = graph.edge(e)
                graph.edgeValues(e, into: &values)
                let weight = weightIndex.map { cell(values[$0]) } ?? "1"
                try out.writeCSVRow(
                    [graph.nodeID(Int(a)), graph.nodeID(Int(b)), "Undirected", String(e), weight]
                        + others.map { cell(values[$0]) })
            }
            try out.flush()
        }
    }

    static func cell(_ value: ExportValue?) -> String {
        switch value {
        case nil: ""
        case let .string(s)?: s
        case let .int(n)?: String(n)
        case let .double(x)?: ExportNumber.text(x)
        case let .bool(b)?: b ? "true" : "false"
        }
    }
}

/// Writes the registry's facts as the sheets `samverkan import` reads:
/// `organisations.csv`, `groups.csv`, `memberships.csv`, `sources.csv`
/// `registry.csv` (the title, the language and the vocabulary's start) and
/// `vocabulary.csv` (the kinds, levels and roles the registry declares), UTF-8, RFC 4180 quoting, `\n` line ends, rows in registry order.
/// Made to be opened in a spreadsheet: a cell that one would run as a
/// formula (`=`, `+`, `-`, `@`, tab or carriage return first) is written
/// with a leading `'`, which `SheetImport` removes again
/// (`SpreadsheetCells.guarded`).
///
/// Multi-valued cells are `;`-separated with `\;` and `\\` escapes; an
/// empty cell is an absent value; `until` is a date or `unknown`.
/// `certainty` is written where the sheets would not derive the same
/// certainty without quotes (a fact the file marks, or one stated by a
/// quote: quotes are not carried), so that importing the sheets gives
/// every fact its certainty. Not carried: quotes and notes of citations,
/// the certainty of a date, an unknown end's `before`, attributes,
/// successions, the certainty of a convener's part, documents and
/// initiatives.
enum SheetsWriter {
    static func write(_ registry: Registry, to directory: inout some ExportDirectory) throws {
        let r = registry
        func list(_ values: [String]) -> String { ValueList.join(values) }
        func until(_ v: Validity) -> String {
            if let u = v.until { return u.description }
            return v.unknownEnd == nil ? "" : "unknown"
        }
        /// The certainty cell: what the file states, or `stated` where
        /// only a quote (not carried) makes the fact stated.
        func certainty(_ citations: [Citation], _ assessment: Assessment?) -> (String, String) {
            if let assessment { return (assessment.certainty.rawValue, assessment.reason ?? "") }
            let effective = r.certainty(of: citations, nil)
            let unquoted = r.certainty(of: citations.map { Citation(source: $0.source) }, nil)
            return (effective == unquoted ? "" : effective.rawValue, "")
        }
        func sources(_ citations: [Citation]) -> String {
            var seen = Set<SourceID>()
            return list(citations.map(\.source).filter { seen.insert($0).inserted }.map(\.rawValue))
        }
        try directory.file("organisations.csv") { out in
            try out.writeCSVRow(["id", "name", "kind", "level", "aliases", "url", "since", "until", "certainty", "reason", "sources"])
            for o in r.organisations {
                let (c, reason) = certainty(o.sources, o.assessment)
                try out.writeCSVRow([
                    o.id.rawValue, o.name, o.kind.rawValue, o.level?.rawValue ?? "", list(o.aliases), o.url ?? "",
                    o.validity.since?.description ?? "", until(o.validity), c, reason, sources(o.sources),
                ], formulas: .guarded)
            }
            try out.flush()
        }
        try directory.file("groups.csv") { out in
            try out.writeCSVRow([
                "id", "name", "kind", "level", "aliases", "url", "conveners", "part_of", "since", "until", "certainty",
                "reason", "sources",
            ])
            for g in r.groups {
                let (c, reason) = certainty(g.sources, g.assessment)
                try out.writeCSVRow([
                    g.id.rawValue, g.name, g.kind.rawValue, g.level?.rawValue ?? "", list(g.aliases), g.url ?? "",
                    list(g.conveners.map(\.rawValue)), g.partOf?.rawValue ?? "", g.validity.since?.description ?? "",
                    until(g.validity), c, reason, sources(g.sources),
                ], formulas: .guarded)
            }
            try out.flush()
        }
        try directory.file("memberships.csv") { out in
            try out.writeCSVRow(["organisation", "group", "role", "since", "until", "certainty", "reason", "sources"])
            for m in r.memberships {
                let (c, reason) = certainty(m.sources, m.assessment)
                try out.writeCSVRow([
                    m.organisation.rawValue, m.group.rawValue, m.role.rawValue, m.validity.since?.description ?? "",
                    until(m.validity), c, reason, sources(m.sources),
                ], formulas: .guarded)
            }
            try out.flush()
        }
        try directory.file("sources.csv") { out in
            try out.writeCSVRow(["id", "title", "publisher", "url", "kind", "describes"])
            for s in r.sources {
                try out.writeCSVRow([
                    s.id.rawValue, s.title, s.publisher ?? "", s.url ?? "", s.kind.rawValue, s.describes?.description ?? "",
                ], formulas: .guarded)
            }
            try out.flush()
        }
        try directory.file("registry.csv") { out in
            try out.writeCSVRow(["title", "language", "vocabulary"])
            try out.writeCSVRow([r.title ?? "", r.language ?? "", r.vocabulary.startsEmpty ? "empty" : ""], formulas: .guarded)
            try out.flush()
        }
        try directory.file("vocabulary.csv") { out in
            // What the registry declares, section by section; English and
            // Swedish columns always, other languages when a term has one.
            let declared = r.vocabulary.declared
            let terms = Vocabulary.Section.allCases.flatMap { section in declared.terms(section).map { (section, $0) } }
            let others = Set(terms.flatMap { Array($0.1.labels.keys) + Array($0.1.plurals.keys) + Array($0.1.headings.keys) })
                .subtracting(["en", "sv"]).sorted()
            let languages = ["en", "sv"] + others
            let kinds = ["label", "plural", "heading"]
            try out.writeCSVRow(
                ["section", "id"] + kinds.flatMap { k in languages.map { "\(k)_\($0)" } } + ["colour", "shape", "counts_as"])
            for (section, t) in terms {
                let texts = [t.labels, t.plurals, t.headings].flatMap { m in languages.map { m[$0] ?? "" } }
                try out.writeCSVRow(
                    [section.rawValue, t.id] + texts + [t.colour ?? "", t.shape ?? "", list(t.countsAs)], formulas: .guarded)
            }
            try out.flush()
        }
    }
}
