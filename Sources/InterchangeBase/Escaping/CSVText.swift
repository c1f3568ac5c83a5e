/// The one quoting rule for CSV cells (RFC 4180), for every CSV Samverkan
/// writes: analysis tables, exports, the import sheets, the memberships
/// file.
///
/// A cell is put in double quotes, with each quote doubled, when it holds
/// a comma, a quote, a line feed or a carriage return, or when it starts
/// or ends with a space (a reader that trims unquoted cells, as
/// Samverkan's own memberships reader does, would otherwise lose the
/// space). Every other cell is written as it is. Formula cells are a
/// separate choice (`SpreadsheetCells`), applied before quoting.
///
/// `Umeå, kommun` → `"Umeå, kommun"`; `say "hi"` → `"say ""hi"""`.
package enum CSVText {
    /// Whether `cell` is written in quotes.
    package static func needsQuotes(_ cell: String) -> Bool {
        cell.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || cell.utf8.first == 0x20 || cell.utf8.last == 0x20
    }

    /// Appends `cell` as one CSV cell to `bytes`.
    package static func append(_ cell: String, to bytes: inout [UInt8]) {
        guard needsQuotes(cell) else {
            bytes.append(contentsOf: cell.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for b in cell.utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `cell` as one CSV cell.
    package static func escaped(_ cell: String) -> String {
        needsQuotes(cell) ? escapedString { append(cell, to: &$0) } : cell
    }
}
