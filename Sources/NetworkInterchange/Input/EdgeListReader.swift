import PartnerRegistry

/// Reads an edge list: one tie per line, `source,target[,weight]`.
///
/// - CSV (`separator: .comma`): RFC 4180 quoting; a first line
///   `source,target` or `source,target,weight` (any case) is a header and
///   fixes the number of columns; without one the first row does.
/// - Whitespace (`.edgelist`, `.txt`): `source target [weight]` separated by
///   spaces or tabs, no header, `#` starting a comment (NetworkX
///   `read_edgelist`'s layout).
///
/// Node IDs are the texts of the first two columns, in order of first
/// appearance. Rows that miss a column, weights that are not numbers
/// above 0, self-loops and repeated pairs are errors (see
/// `OneModeBuilder`), each at its line and column.
enum EdgeListReader {
    enum Separator { case comma, whitespace }

    /// Whether the first line of `bytes` is a CSV header whose first
    /// column is `source` (an edge list's, perhaps misspelt after that).
    static func startsWithSourceColumn(_ bytes: some Collection<UInt8>) -> Bool {
        firstCells(bytes).first == "source"
    }

    /// The first line's comma-separated cells, trimmed and lower-cased.
    private static func firstCells(_ bytes: some Collection<UInt8>) -> [String] {
        var line: [UInt8] = []
        for b in bytes {
            if b == 0x0A || b == 0x0D { break }
            line.append(b)
        }
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        let cells = String(decoding: line, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
            .map { String($0.trimming(" \t\"").lowercased()) }
        return cells.count >= 2 ? cells : []
    }

    static func read(text: String, file: String, separator: Separator) throws(RegistryLoadError) -> OneModeNetwork {
        var b = OneModeBuilder(file: file, format: .edgelist)
        let records = separator == .comma ? try CSVTable(text: text, file: file, dialect: CSVTable.commas).records : whitespaceRecords(text)
        var rows = records[...]
        var columns: Int?
        var hasHeader = false
        if separator == .comma, let first = rows.first {
            let names = first.cells.map { $0.text.trimmingSpaces.lowercased() }
            if names == ["source", "target"] || names == ["source", "target", "weight"] {
                columns = names.count
                hasHeader = true
                rows = rows.dropFirst()
            } else if names.first == "source" || names.dropFirst().first == "target" {
                let cell = first.cells[min(2, first.cells.count - 1)]
                b.error(.unknownKey, first.line, cell.column,
                        "the header '\(names.joined(separator: ","))' is not an edge list's",
                        hint: "write 'source,target' or 'source,target,weight'")
                throw b.diag.loadError()
            }
        }
        for row in rows {
            let expected = columns ?? min(3, max(2, row.cells.count))
            if columns == nil { columns = expected }
            guard row.cells.count >= 2 else {
                let c = row.cells[0]
                b.error(.malformedCSV, row.line, c.column + c.text.unicodeScalars.count,
                        "this line has one column; an edge list needs a source and a target",
                        hint: separator == .comma
                            ? "write 'source,target' (or 'source,target,weight') on every line"
                            : "write 'source target' (or 'source target weight') on every line")
                continue
            }
            if row.cells.count > 3 || (row.cells.count == 3 && expected == 2) {
                let c = row.cells[expected]
                b.error(.malformedCSV, row.line, c.column, "this line has \(row.cells.count) columns; expected \(expected)"
                        + (hasHeader ? "" : " (as on the first line)"),
                        hint: Self.columnsHint(expected: expected, hasHeader: hasHeader, separator: separator))
                continue
            }
            let s = row.cells[0], t = row.cells[1]
            var ok = true
            for c in [s, t] where c.text.trimmingSpaces.isEmpty {
                b.error(.missingKey, row.line, c.column, "empty node ID", hint: "name both ends of the tie")
                ok = false
            }
            var w = 1.0
            if row.cells.count == 3 {
                let cell = row.cells[2]
                if cell.text.trimmingSpaces.isEmpty {
                    if expected == 3 { w = 1 }
                } else if let value = b.weight(cell.text, row.line, cell.column) {
                    w = value
                    b.isWeighted = true
                } else {
                    ok = false
                }
            } else if expected == 3 {
                let c = row.cells[1]
                b.error(.malformedCSV, row.line, c.column + c.text.unicodeScalars.count,
                        "this line has 2 columns; the header has 3 (source, target, weight)",
                        hint: "add the weight, or leave it empty after a comma ('a,b,') for weight 1")
                ok = false
            }
            guard ok else { continue }
            let u = b.node(s.text.trimmingSpaces), v = b.node(t.text.trimmingSpaces)
            b.tie(u, v, weight: w, row.line, s.column)
        }
        return try b.finish()
    }

    /// How to mend a line with more columns than `expected`.
    private static func columnsHint(expected: Int, hasHeader: Bool, separator: Separator) -> String {
        switch (expected, hasHeader, separator) {
        case (2, true, _): "remove the extra column, or add a 'weight' column to the header"
        case (2, false, .comma): "give every line the same columns: 'source,target' or 'source,target,weight' throughout"
        case (2, false, .whitespace): "give every line the same columns: 'source target' or 'source target weight' throughout"
        case (_, _, .comma): "an edge list has source, target and weight; put a value with commas in double quotes"
        case (_, _, .whitespace): "an edge list has source, target and weight; a node ID cannot hold a space here"
        }
    }

    /// Whitespace-separated fields per line; `#` to the end of the line is
    /// a comment; blank lines are skipped. Lines end at LF, CR LF or CR.
    static func whitespaceRecords(_ text: String) -> [CSVTable.Record] {
        var records: [CSVTable.Record] = []
        for (index, line) in OneModeText.lines(text).enumerated() {
            let lineNumber = index + 1
            var cells: [CSVTable.Cell] = []
            var current = String.UnicodeScalarView()
            var start = 0
            var column = 0
            for s in line {
                column += 1
                if s == "#" { break }
                if s == " " || s == "\t" {
                    if !current.isEmpty { cells.append(.init(text: String(current), line: lineNumber, column: start)) }
                    current = String.UnicodeScalarView()
                } else {
                    if current.isEmpty { start = column }
                    current.append(s)
                }
            }
            if !current.isEmpty { cells.append(.init(text: String(current), line: lineNumber, column: start)) }
            if !cells.isEmpty { records.append(.init(cells: cells, line: lineNumber)) }
        }
        return records
    }
}
