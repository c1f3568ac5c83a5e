import Foundation
import InterchangeBase
import PartnerRegistry

/// Writes RFC 4180 CSV: a header row, then one row per record, each cell
/// quoted by InterchangeBase's one rule (`CSVText`: commas, quotes, line
/// breaks, a leading or trailing space).
///
/// Analysis CSV is opened in spreadsheets as often as it is read by
/// scripts, so a cell a spreadsheet would run as a formula (`=`, `+`, `-`,
/// `@`, tab or carriage return first; a number such as `-0.5` excepted)
/// gets a leading `'` by default (`SpreadsheetCells.guarded`); `--csv-raw`
/// writes exact values.
///
/// CSV for a file or a pipe is otherwise exact; CSV for a terminal
/// (`neutralise`, by default when standard output is one) shows control
/// and bidi characters as `<U+XXXX>`, as tables do.
struct CSVWriter {
    /// How the CSV being written treats formula cells: `.guarded` unless
    /// `FormatOptions.csv(_:)` runs the output with `--csv-raw`'s `.exact`.
    /// Task-local, so that the commands' many `csv()` functions need no
    /// parameter for it.
    @TaskLocal static var outputFormulas: SpreadsheetCells = .guarded

    private(set) var text = ""
    let neutralise: Bool
    let formulas: SpreadsheetCells
    /// The date the rows describe, written as a last `as_of` column on
    /// every row (`now`, `2010`, `all-time`), so that each row says it.
    private(set) var asOf: AsOf?

    init(
        header: [String], asOf: AsOf? = nil, neutralise: Bool = Terminal.stdoutIsTerminal,
        formulas: SpreadsheetCells = CSVWriter.outputFormulas
    ) {
        self.neutralise = neutralise
        self.formulas = formulas
        append(header + (asOf == nil ? [] : ["as_of"]))
        self.asOf = asOf
    }

    mutating func append(_ fields: [String]) {
        let dated = asOf.map { fields + [$0 == .allTime ? "all-time" : $0.description] } ?? fields
        let guarded = dated.map(formulas.written)
        let fields = neutralise ? guarded.map(TerminalText.neutralised) : guarded
        text += fields.map(CSVWriter.escape).joined(separator: ",") + "\n"
    }

    /// One cell, by the one quoting rule (`CSVText`).
    static func escape(_ field: String) -> String { CSVText.escaped(field) }
}
