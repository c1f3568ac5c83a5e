import ArgumentParser
import Foundation
import PartnerRegistry

/// The registry file and date every command that reads a registry takes:
/// `samverkan <command> FILE [--as-of DATE]`.
///
/// ```swift
/// struct Map: ParsableCommand {
///     @OptionGroup var registry: RegistryOptions
///     func run() throws {
///         let r = try registry.loadRegistry()   // prints diagnostics and exits 1/2 on failure
///     }
/// }
/// ```
struct RegistryOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A registry: YAML, JSON, or a CSV of memberships. '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Use the registry as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"),
        transform: RegistryOptions.parseDate)
    var asOf: PartialDate?

    /// `--as-of`'s parser: a partial date, or a usage error saying how to write one.
    static func parseDate(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(text) else {
            throw ValidationError("'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2015 or 2015-03-01")
        }
        return date
    }

    /// Loads `file` and applies `--as-of`. On failure prints every
    /// diagnostic to standard error and exits: 1 for a file with errors,
    /// 2 for one that cannot be read.
    func loadRegistry() throws -> Registry {
        let registry = try Self.load(path: file)
        return asOf.map(registry.asOf) ?? registry
    }

    /// Loads one file (without `--as-of`), printing diagnostics and
    /// throwing `ExitCode` 1 or 2 on failure.
    static func load(path: String) throws -> Registry {
        do {
            return try RegistryLoader.load(path: path)
        } catch {
            for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
            throw ExitCode(error.isUnreadable ? 2 : 1)
        }
    }
}
