import ArgumentParser
import Foundation
import InterchangeBase
import PartnerRegistry

/// Output helpers shared by the analysis commands.
enum AnalysisOutput {
    /// The exit codes, as every analysis command's help states them.
    static let exitCodes = """
        Exit status: 0 success; 1 the registry is invalid, or an organisation or group \
        is not found (or not there on the --as-of date); 2 the file cannot be read; \
        3 the output cannot be written; 64 a usage error (an unknown option, a number out of range).
        """

    /// Pretty JSON with sorted keys (`JSONOutput`, as every command
    /// writes it): what the library's Codable types decode.
    static func json(_ value: some Encodable) throws -> String {
        try JSONOutput.encode(value) + "\n"
    }

    /// A section heading, bold on a terminal.
    static func heading(_ text: String) -> String {
        let text = TerminalText.neutralised(text)
        return Terminal.stdoutIsTTY ? "\u{1B}[1m" + text + "\u{1B}[0m\n" : text + "\n"
    }

    /// One-line explanations of the numbers, dimmed on a terminal.
    static func notes(_ lines: [String]) -> String {
        "\n" + lines.map { Terminal.dim(TerminalText.neutralised($0)) }.joined(separator: "\n") + "\n"
    }

    /// A number with three decimals ("0.667"); "–" for nil.
    static func decimal(_ x: Double?) -> String {
        guard let x else { return "–" }
        return String(format: "%.3f", x)
    }

    /// A number for CSV: shortest exact form, empty for nil.
    static func csvNumber(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }

    /// Names joined for a table cell; a name present only possibly on the
    /// date is followed by "(?)".
    static func names<K>(_ items: [Named<K>]) -> String { items.map(label).joined(separator: ", ") }

    /// A name for a table cell: "(?)" after an entity present only possibly.
    static func label<K>(_ item: Named<K>) -> String { item.name + (item.uncertain ? " (?)" : "") }

    /// The presence column of a table: "uncertain" or nothing.
    static func presence(_ uncertain: Bool) -> String { uncertain ? "uncertain" : "" }

    /// The `uncertain` column of a CSV: "true" or "false".
    static func csvFlag(_ uncertain: Bool) -> String { uncertain ? "true" : "false" }

    /// The line under a table with uncertain entries.
    static let uncertainNote = "(?) / uncertain: present only possibly on this date (its sources describe a later date, or do not date its end)"

    /// The line under a table whose figures have a sure value beside them.
    static func sureNote(language: String?) -> String {
        let word = SureAndPossible<Double>.sureWord(language: language)
        return "(\(word) x): the figure on what is certainly there on this date, where it differs; "
            + "– where the entity itself is only possibly there"
    }

    /// IDs joined for a CSV cell.
    static func ids<K>(_ items: [Named<K>]) -> String { items.map(\.id.rawValue).joined(separator: ";") }

    /// Names joined for a CSV cell.
    static func csvNames<K>(_ items: [Named<K>]) -> String { items.map(\.name).joined(separator: ";") }

    /// "1 group", "2 groups".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// " (as of now)", " (as of 2015)", " (all time)": every output says
    /// which date it describes.
    static func dateSuffix(_ asOf: AsOf) -> String { asOf == .allTime ? " (all time)" : " (as of \(asOf))" }
}

extension TextTable {
    /// A table from (title, alignment) pairs.
    init(_ columns: [(String, Alignment)]) {
        self.init(columns.map { Column(title: $0.0, alignment: $0.1) })
    }
}

extension AnalysisOutput {
    /// Runs a question for `command`; a `RegistryAnalysisError` or
    /// `ResolutionError` is printed to standard error as
    /// `samverkan <command>: <message>` and ends the command with exit status
    /// 1, or 64 for a number out of range (`CLIError.option`).
    static func answer<T, E: Error>(_ command: String, _ body: () throws(E) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CLIError.option(error).report(command: command)
        }
    }
}
