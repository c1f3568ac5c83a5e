import ArgumentParser
import InterchangeBase
import PartnerRegistry

/// How a command prints its result.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Columns aligned for the terminal; colour only when stdout is a TTY.
    case table
    /// JSON that decodes into the library's Codable result types.
    case json
    /// RFC 4180 CSV with a header row.
    case csv
}

/// Shared `--format` option.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: an aligned table, JSON of the library's result types, or CSV.")
    var format: OutputFormat = .table

    @OptionGroup var csvCells: CSVCellOptions

    /// `--csv-raw` goes with `--format csv`; the command that holds these
    /// options calls this from its `checkCommandLine()`.
    func checkCommandLine() throws(CLIError) { try csvCells.check(format: format) }
}

/// Shared `--csv-raw` flag of every command with `--format csv`.
struct CSVCellOptions: ParsableArguments {
    @Flag(name: .customLong("csv-raw"), help: ArgumentHelp(
        "With --format csv: write every cell exactly. By default a cell beginning with =, +, -, @, tab or "
            + "carriage return (a number such as -0.5 excepted) gets a leading ', so that a spreadsheet opening "
            + "the file shows it as text instead of running it as a formula (CSV injection)."))
    var raw = false

    /// How the CSV treats cells a spreadsheet would run.
    var formulas: SpreadsheetCells { raw ? .exact : .guarded }

    /// `--csv-raw` without `--format csv` is a usage error.
    func check(format: OutputFormat?) throws(CLIError) {
        if raw, format != .csv {
            throw .usage("--csv-raw applies to --format csv; add --format csv or leave --csv-raw out")
        }
    }

    /// `body`'s CSV, its formula cells as `--csv-raw` chooses.
    func csv(_ body: () throws -> String) rethrows -> String {
        try CSVWriter.$outputFormulas.withValue(formulas, operation: body)
    }
}
