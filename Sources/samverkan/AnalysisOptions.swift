import ArgumentParser
import Foundation
import PartnerRegistry

extension OrganisationKind: ExpressibleByArgument {}
extension GroupKind: ExpressibleByArgument {}
extension GeographicLevel: ExpressibleByArgument {}

/// The kind and level filters every analysis command takes.
struct NetworkFilterOptions: ParsableArguments {
    @Option(
        name: .customLong("organisation-kind"),
        help: ArgumentHelp("Keep only organisations of this kind (repeatable).", valueName: "kind"))
    var organisationKinds: [OrganisationKind] = []

    @Option(
        name: .customLong("group-kind"),
        help: ArgumentHelp("Keep only groups of this kind (repeatable).", valueName: "kind"))
    var groupKinds: [GroupKind] = []

    @Option(
        name: .customLong("level"),
        help: ArgumentHelp(
            "Keep only organisations and groups at this level; those without a level stay (repeatable).",
            valueName: "level"))
    var levels: [GeographicLevel] = []

    /// The filter these options describe.
    var filter: NetworkFilter {
        NetworkFilter(organisationKinds: Set(organisationKinds), groupKinds: Set(groupKinds), levels: Set(levels))
    }
}

/// Output helpers shared by the analysis commands.
enum AnalysisOutput {
    /// The exit codes, as every analysis command's help states them.
    static let exitCodes = """
        Exit status: 0 success; 1 the registry is invalid, an organisation or group \
        is not found (or not there on the --as-of date), or a number is out of range; \
        2 the file cannot be read.
        """

    /// Pretty JSON with sorted keys (`JSONOutput`, as every command
    /// writes it): what the library's Codable types decode.
    static func json(_ value: some Encodable) throws -> String {
        try JSONOutput.encode(value) + "\n"
    }

    /// A section heading, bold on a terminal.
    static func heading(_ text: String) -> String {
        Terminal.stdoutIsTTY ? "\u{1B}[1m" + text + "\u{1B}[0m\n" : text + "\n"
    }

    /// One-line explanations of the numbers, dimmed on a terminal.
    static func notes(_ lines: [String]) -> String {
        "\n" + lines.map { Terminal.dim($0) }.joined(separator: "\n") + "\n"
    }

    /// A number with three decimals ("0.667"); "–" for nil.
    static func decimal(_ x: Double?) -> String {
        guard let x else { return "–" }
        return String(format: "%.3f", x)
    }

    /// A number for CSV: shortest exact form, empty for nil.
    static func csvNumber(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }

    /// Names joined for a table cell.
    static func names<K>(_ items: [Named<K>]) -> String { items.map(\.name).joined(separator: ", ") }

    /// IDs joined for a CSV cell.
    static func ids<K>(_ items: [Named<K>]) -> String { items.map(\.id.rawValue).joined(separator: ";") }

    /// Names joined for a CSV cell.
    static func csvNames<K>(_ items: [Named<K>]) -> String { items.map(\.name).joined(separator: ";") }

    /// "1 group", "2 groups".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// "as of 2015" or nothing.
    static func dateSuffix(_ date: PartialDate?) -> String { date.map { " (as of \($0))" } ?? "" }
}

extension TextTable {
    /// A table from (title, alignment) pairs.
    init(_ columns: [(String, Alignment)]) {
        self.init(columns.map { Column(title: $0.0, alignment: $0.1) })
    }
}

/// The registry, filters and format every analysis command takes, and
/// the one place that turns them into a `RegistryAnalysis`.
struct AnalysisCommandOptions: ParsableArguments {
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var filters: NetworkFilterOptions
    @OptionGroup var output: FormatOptions

    /// Loads the registry (printing diagnostics and exiting 1 or 2 on
    /// failure) and prepares the analysis on `--as-of` with the filters.
    func analysis() throws -> RegistryAnalysis {
        let loaded = try RegistryOptions.load(path: registry.file)
        return RegistryAnalysis(registry: loaded, asOf: registry.asOf, filter: filters.filter)
    }

    /// The organisation `query` names (ID, name or alias), or exit 1 with a suggestion.
    func organisation(_ query: String, in analysis: RegistryAnalysis, command: String) throws -> OrganisationID {
        try AnalysisOutput.answer(command) { () throws(ResolutionError) in
            try analysis.undatedRegistry.resolveOrganisation(query)
        }
    }

    /// The group `query` names (ID, name or alias), or exit 1 with a suggestion.
    func group(_ query: String, in analysis: RegistryAnalysis, command: String) throws -> GroupID {
        try AnalysisOutput.answer(command) { () throws(ResolutionError) in try analysis.undatedRegistry.resolveGroup(query) }
    }

    /// Prints `value` in the chosen format.
    func emit<T: Encodable>(_ value: T, table: (T) -> String, csv: (T) -> String) throws {
        let text: String
        switch output.format {
        case .table: text = table(value)
        case .json: text = try AnalysisOutput.json(value)
        case .csv: text = csv(value)
        }
        print(text, terminator: "")
    }
}

extension AnalysisOutput {
    /// Runs a question for `command`; a `RegistryAnalysisError` or
    /// `ResolutionError` is printed to standard error as
    /// `samverkan <command>: <message>` and ends the command with exit status 1.
    static func answer<T, E: Error>(_ command: String, _ body: () throws(E) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CLIError.usage(String(describing: error)).report(command: command)
        }
    }
}
