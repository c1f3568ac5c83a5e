/// A CSV file read into records of positioned cells (RFC 4180: fields
/// separated by commas, optionally in double quotes, `""` a literal quote
/// inside quotes, records ended by `\n`, `\r\n` or a lone `\r`).
///
/// Every cell keeps the line and column it starts on (columns count
/// Unicode scalars from 1) so that a reader can point at it. Blank lines
/// are skipped. A quote left open, or text after a closing quote, is an
/// error positioned where it happens.
struct CSVTable {
    /// One field and where it starts.
    struct Cell {
        var text: String
        var line: Int
        var column: Int
    }

    /// One record (a row), with the line it starts on.
    struct Record {
        var cells: [Cell]
        var line: Int

        /// The cell at `index`, or nil when the row is shorter.
        subscript(index: Int) -> Cell? { index < cells.count ? cells[index] : nil }
    }

    var records: [Record] = []

    /// Splits `text` into records; the first problem found is thrown as a
    /// positioned diagnostic.
    init(text: String, file: String) throws(RegistryLoadError) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        var line = 1, column = 1
        var cells: [Cell] = []
        var recordLine = 1
        var field = String.UnicodeScalarView()
        var fieldLine = 1, fieldColumn = 1
        var fieldStarted = false
        func fail(_ message: String, _ hint: String, _ l: Int, _ c: Int) -> RegistryLoadError {
            RegistryLoadError(diagnostics: [Diagnostic(
                .error, code: .malformedCSV, at: SourceLocation(file: file, line: l, column: c),
                message: message, hint: hint)])
        }
        func endField() {
            cells.append(Cell(text: String(field), line: fieldLine, column: fieldColumn))
            field = String.UnicodeScalarView()
            fieldStarted = false
        }
        func endRecord() {
            let blank = cells.isEmpty || (cells.count == 1 && cells[0].text.isEmpty)
            if !blank { records.append(Record(cells: cells, line: recordLine)) }
            cells = []
        }
        var afterComma = false
        while i < scalars.count {
            let s = scalars[i]
            if !fieldStarted, s != "\n", s != "\r" {
                fieldStarted = true
                fieldLine = line; fieldColumn = column
                if cells.isEmpty { recordLine = line }
                if s == "\"" {
                    // A quoted field: up to the closing quote.
                    let openLine = line, openColumn = column
                    i += 1; column += 1
                    var closed = false
                    while i < scalars.count {
                        let q = scalars[i]
                        if q == "\"" {
                            if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                                field.append("\""); i += 2; column += 2; continue
                            }
                            i += 1; column += 1; closed = true; break
                        }
                        let lineEnd = q == "\n" || (q == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n"))
                        if lineEnd { line += 1; column = 1 } else { column += 1 }
                        field.append(q); i += 1
                    }
                    guard closed else {
                        throw fail("the quote opened here is never closed", "close it with \"", openLine, openColumn)
                    }
                    if i < scalars.count, scalars[i] != ",", scalars[i] != "\n", scalars[i] != "\r" {
                        throw fail(
                            "text after the closing quote of a quoted field",
                            "write a quote inside a quoted field as \"\" and put the whole field in quotes", line, column)
                    }
                    afterComma = false
                    continue
                }
            }
            switch s {
            case ",":
                if !fieldStarted { fieldLine = line; fieldColumn = column }
                endField(); i += 1; column += 1
                afterComma = true
                // The (possibly empty) field after the comma starts here.
                fieldLine = line; fieldColumn = column
            case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                i += 1
            case "\n", "\r":
                if fieldStarted || afterComma { endField() }
                afterComma = false
                endRecord()
                i += 1; line += 1; column = 1
            default:
                afterComma = false
                field.append(s); i += 1; column += 1
            }
        }
        if fieldStarted || afterComma { endField() }
        if !cells.isEmpty { endRecord() }
    }
}
