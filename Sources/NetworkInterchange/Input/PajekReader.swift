import PartnerRegistry

/// Reads a Pajek `.net` network as a one-mode network.
///
/// - `*Vertices n` declares vertices `1…n`; the lines after it give
///   `number ["label"] [x y …]`. Listed vertices take their label (quoted
///   or a bare word) as node ID; unlisted ones their number. When some
///   vertices are listed, all `n` must be (a count that does not match the
///   lines is an error at the `*Vertices` line). Labels must be unique:
///   they become node IDs.
/// - `*Vertices n m` (two-mode: `1…m` on the first side) is read as the
///   same ties, each node getting the attribute `mode` = `1` or `2`.
/// - `*Edges` and `*Arcs`: `a b [weight]` per line, read as undirected
///   ties (so an arc and its reverse are a repeated pair, an error).
/// - `*Edgeslist` and `*Arcslist`: `a b c …` ties `a` to each of `b c …`.
/// - `%` starts a comment line; keywords are case-insensitive; other
///   sections (`*Matrix`, `*Partition`, …) are refused.
///
/// A vertex number outside `1…n` is an error at its position, and so is a
/// count above `maximumVertices` (50 million) or a quote left open. Lines
/// may end in LF, CR LF (as Pajek writes them) or CR; a NUL is an error.
enum PajekReader {
    /// The most vertices a `*Vertices` line may declare. Declared vertices
    /// are cheap (see `OneModeNetwork.Nodes`), but every measure still
    /// keeps a score or two per vertex.
    static let maximumVertices = 50_000_000

    private enum Section { case none, vertices, ties, tieLists }

    static func read(text: String, file: String) throws(RegistryLoadError) -> OneModeNetwork {
        var b = OneModeBuilder(file: file, format: .pajek)
        var section = Section.none
        var declared = 0, firstSide = 0
        var declaredAt = (line: 1, column: 1)
        var labels: [Int: (label: String, line: Int, column: Int)] = [:]
        var tieLines: [(cells: [CSVTable.Cell], list: Bool)] = []
        var sawVertices = false
        for record in tokenize(text, &b) {
            let first = record.cells[0]
            if first.text.hasPrefix("*") {
                let keyword = first.text.lowercased()
                switch keyword {
                case "*vertices":
                    if sawVertices {
                        b.error(.duplicateKey, record.line, first.column, "a second *Vertices line",
                                hint: "declare the vertices once")
                        throw b.diag.loadError()
                    }
                    sawVertices = true
                    let numbers = record.cells.dropFirst().map { Int($0.text) }
                    guard let n = numbers.first ?? nil, n >= 0, numbers.count <= 2, numbers.allSatisfy({ $0 != nil }) else {
                        b.error(.wrongType, record.line, record[1]?.column ?? first.column,
                                "*Vertices needs the number of vertices", hint: "write '*Vertices 15' (or '*Vertices n m' for two-mode)")
                        throw b.diag.loadError()
                    }
                    if n > maximumVertices {
                        b.error(.wrongType, record.line, record.cells[1].column,
                                "*Vertices declares \(n) vertices, more than the limit of \(maximumVertices)",
                                hint: "check the count; a network read here has at most \(maximumVertices) vertices")
                        throw b.diag.loadError()
                    }
                    declared = n
                    firstSide = numbers.count == 2 ? (numbers[1] ?? 0) : 0
                    if numbers.count == 2, firstSide < 0 {
                        b.error(.wrongType, record.line, record.cells[2].column,
                                "the first side (\(firstSide)) is negative",
                                hint: "write '*Vertices n m' with m the size of the first side, 0 ≤ m ≤ n")
                    } else if numbers.count == 2, firstSide > n {
                        b.error(.wrongType, record.line, record.cells[2].column,
                                "the first side (\(firstSide)) is larger than all vertices (\(n))",
                                hint: "write '*Vertices n m' with m the size of the first side, m ≤ n")
                    }
                    declaredAt = (record.line, first.column)
                    section = .vertices
                case "*edges", "*arcs": section = .ties
                case "*edgeslist", "*arcslist": section = .tieLists
                case "*network": section = .none
                default:
                    b.error(.unsupportedFact, record.line, first.column, "the section \(first.text) is not read",
                            hint: "give the ties as *Edges, *Arcs, *Edgeslist or *Arcslist")
                    throw b.diag.loadError()
                }
                continue
            }
            switch section {
            case .none:
                b.error(.malformedSyntax, record.line, first.column, "a line before any *Vertices or *Edges section",
                        hint: "start the file with '*Vertices n'")
            case .vertices:
                guard let v = Int(first.text), v >= 1, v <= declared else {
                    b.error(.unknownReference, record.line, first.column,
                            "'\(first.text)' is not a vertex number in 1…\(declared)",
                            hint: "number the vertices 1 to \(declared), or correct the count on *Vertices (line \(declaredAt.line))")
                    continue
                }
                if let earlier = labels[v] {
                    b.error(.duplicateIdentifier, record.line, first.column, "vertex \(v) is listed twice (first at line \(earlier.line))",
                            hint: "list each vertex once")
                    continue
                }
                let label = record[1]?.text ?? String(v)
                labels[v] = (label, record.line, record[1]?.column ?? first.column)
            case .ties, .tieLists:
                tieLines.append((record.cells, section == .tieLists))
            }
        }
        if !sawVertices {
            b.error(.missingKey, 1, 1, "no *Vertices line", hint: "start the file with '*Vertices n'")
            throw b.diag.loadError()
        }
        if !labels.isEmpty, labels.count != declared {
            b.error(.wrongType, declaredAt.line, declaredAt.column,
                    "*Vertices declares \(declared) vertices but \(labels.count) are listed",
                    hint: "list every vertex, or correct the count to \(labels.count)")
        }
        if labels.isEmpty {
            // Nodes 1…n by number, none stored: any number of isolated
            // vertices costs no more than the count.
            b.numberNodes(count: declared, firstSide: firstSide)
        }
        // Otherwise all n are listed: nodes by label (unique).
        var seen: [String: Int] = [:]
        for v in 1 ... max(1, declared) where !labels.isEmpty {
            let entry = labels[v]
            let id = entry?.label ?? String(v)
            if let other = seen[id], let entry {
                b.error(.duplicateIdentifier, entry.line, entry.column,
                        "the label '\(id)' names vertices \(other) and \(v); labels become node IDs",
                        hint: "give every vertex its own label")
                continue
            }
            seen[id] = v
            var attributes: [String: String] = [:]
            if firstSide > 0 { attributes["mode"] = v <= firstSide ? "1" : "2" }
            b.node(id, label: nil, attributes: attributes)
        }
        if b.diag.hasErrors { throw b.diag.loadError() }
        for (cells, list) in tieLines {
            var ends: [Int32] = []
            var ok = true
            let count = list ? cells.count : min(2, cells.count)
            for c in cells.prefix(count) {
                guard let v = Int(c.text), v >= 1, v <= declared else {
                    b.error(.unknownReference, c.line, c.column,
                            "'\(c.text)' is not a vertex: *Vertices declares \(declared) (line \(declaredAt.line))",
                            hint: "name vertices 1 to \(declared), or raise the count on *Vertices")
                    ok = false
                    continue
                }
                ends.append(Int32(v - 1))
            }
            if cells.count < 2 {
                b.error(.malformedSyntax, cells[0].line, cells[0].column, "a tie needs two vertex numbers",
                        hint: "write 'a b' or 'a b weight'")
                continue
            }
            guard ok else { continue }
            var w = 1.0
            if !list, cells.count >= 3 {
                guard let value = b.weight(cells[2].text, cells[2].line, cells[2].column) else { continue }
                w = value
                b.isWeighted = true
            }
            for other in ends.dropFirst() { b.tie(ends[0], other, weight: w, cells[0].line, cells[0].column) }
        }
        return try b.finish()
    }

    /// Lines split into words (a double-quoted word may hold spaces);
    /// blank lines and `%` comment lines left out. Lines end at LF, CR LF
    /// (as Pajek writes them) or a lone CR. A quote left open at the end of
    /// its line is an error at the quote.
    static func tokenize(_ text: String, _ b: inout OneModeBuilder) -> [CSVTable.Record] {
        var records: [CSVTable.Record] = []
        for (index, line) in OneModeText.lines(text).enumerated() {
            let lineNumber = index + 1
            var cells: [CSVTable.Cell] = []
            var current = String.UnicodeScalarView()
            var start = 0, column = 0, quoteColumn = 0
            var quoted = false, inWord = false
            for s in line {
                column += 1
                if quoted {
                    if s == "\"" { quoted = false } else { current.append(s) }
                    continue
                }
                if s == " " || s == "\t" {
                    if inWord { cells.append(.init(text: String(current), line: lineNumber, column: start)) }
                    current = String.UnicodeScalarView(); inWord = false
                    continue
                }
                if !inWord { inWord = true; start = column }
                if s == "\"" { quoted = true; quoteColumn = column } else { current.append(s) }
            }
            if inWord { cells.append(.init(text: String(current), line: lineNumber, column: start)) }
            guard let first = cells.first, !first.text.hasPrefix("%") else { continue }
            if quoted {
                b.error(.malformedSyntax, lineNumber, quoteColumn, "the quote opened here is not closed on its line",
                        hint: "close the label with \" (a label cannot span lines)")
            }
            records.append(.init(cells: cells, line: lineNumber))
        }
        return records
    }
}
