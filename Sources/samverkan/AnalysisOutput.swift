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

    /// A number for CSV: shortest exact form, empty for nil.
    static func csvNumber(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }

    /// The `uncertain` column of a CSV: "true" or "false".
    static func csvFlag(_ uncertain: Bool) -> String { uncertain ? "true" : "false" }

    /// IDs joined for a CSV cell.
    static func ids<K>(_ items: [Named<K>]) -> String { items.map(\.id.rawValue).joined(separator: ";") }

    /// Names joined for a CSV cell.
    static func csvNames<K>(_ items: [Named<K>]) -> String { items.map(\.name).joined(separator: ";") }
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
