import InterchangeBase
import PartnerRegistry

/// A delimited-text file read into records of positioned cells, through
/// InterchangeBase's one reader (`DelimitedTokenizer`): fields separated
/// by the dialect's separator (the sheets detect `,`, `;` or tab from
/// their header; edge lists use commas), optionally in double quotes,
/// `""` a literal quote inside quotes, records ended by `\n`, `\r\n` or a
/// lone `\r`, a byte-order mark skipped.
///
/// Every cell keeps the line and column it starts on (columns count
/// Unicode scalars from 1) so that a reader can point at it. Cells keep
/// their spaces (the readers trim what they read). Blank lines are
/// skipped. A quote left open, or text after a closing quote, is an
/// error positioned where it happens; every such error in the file is
/// reported, not only the first.
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

    /// The sheets' dialect: the separator read from the header, spaces kept.
    static let sheets = DelimitedDialect(separator: .detect, trimsSpaces: false)
    /// Comma-separated, spaces kept (edge lists).
    static let commas = DelimitedDialect(separator: .comma, trimsSpaces: false)

    var records: [Record] = []

    /// Splits `text` into records; the structural problems found are
    /// thrown together as positioned diagnostics.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    init(text: String, file: String, dialect: DelimitedDialect = CSVTable.sheets) throws(RegistryLoadError) {
        var text = text
        let problems: [DelimitedTextProblem] = text.withUTF8 { utf8 in
            let buf = UnsafeRawBufferPointer(utf8)
            var tokens = DelimitedTokenizer(buf, dialect: dialect)
            var cells: [DelimitedCell] = []
            var scratch: [UInt8] = []
            // Columns are counted on from the previous cell of the same
            // line, so a long row costs its length once.
            var lineStart = -1, counted = 0, column = 1
            func columnOf(_ cell: DelimitedCell) -> Int {
                if cell.lineStart != lineStart || cell.rawStart < counted {
                    lineStart = cell.lineStart; counted = cell.lineStart; column = 1
                }
                while counted < cell.rawStart {
                    if buf[counted] & 0xC0 != 0x80 { column += 1 }
                    counted += 1
                }
                return column
            }
            reading: while !tokens.atEnd {
                switch tokens.nextRecord(&cells) {
                case .unclosed: break reading
                case .blank, .broken: continue
                case .cells:
                    // A line of one empty cell (`""` too) holds nothing.
                    if cells.count == 1 && cells[0].isEmpty { continue }
                    let record = cells.map { cell in
                        Cell(text: cell.withContent(buf, &scratch) { String(decoding: $0, as: UTF8.self) },
                             line: cell.line, column: columnOf(cell))
                    }
                    records.append(Record(cells: record, line: cells[0].line))
                }
            }
            return tokens.problems
        }
        guard problems.isEmpty else {
            throw RegistryLoadError(diagnostics: problems.map { problem in
                Diagnostic(.error, code: .malformedCSV, at: SourceLocation(file: file, line: problem.line, column: problem.column),
                           message: problem.message, hint: problem.hint)
            })
        }
    }
}
