import ArgumentParser

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
}
