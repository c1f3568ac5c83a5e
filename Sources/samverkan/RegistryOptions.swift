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
        help: ArgumentHelp(
            "The date to describe: 'now' (the default: what has not ended), or YYYY, YYYY-MM, YYYY-MM-DD "
                + "(what existed then; what only possibly did is marked uncertain).",
            valueName: "date"),
        transform: RegistryOptions.parseAsOf)
    var asOfOption: AsOf?

    @Flag(name: .customLong("all-time"), help: "Describe everything the registry ever held, ended or not, as one network.")
    var allTime = false

    @Option(help: ArgumentHelp(
        "Which facts count: 'stated' (quoted from a primary source), 'inferred' (stated and read from the source), "
            + "'all' (also facts whose only source is external).",
        valueName: "stated|inferred|all"))
    var certainty: CertaintyFilter = .all

    /// `--as-of`'s parser: `now` or a partial date, or a usage error saying how to write one.
    static func parseAsOf(_ text: String) throws -> AsOf {
        guard let value = AsOf(text), value != .allTime else {
            throw ValidationError(
                "'\(text)' is not a date; write now, YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2015 or 2015-03-01 "
                    + "(for every date at once use --all-time)")
        }
        return value
    }

    func validate() throws {
        if allTime, asOfOption != nil {
            throw ValidationError("--as-of and --all-time contradict each other; give one of them")
        }
    }

    /// The date described: `--as-of`, `--all-time`, or now.
    var asOf: AsOf { allTime ? .allTime : asOfOption ?? .now }

    /// The view every command applies: date and certainty.
    var scope: RegistryScope { RegistryScope(asOf: asOf, certainty: certainty) }

    /// Loads `file` and applies the view (date and certainty). On failure
    /// prints every diagnostic to standard error and exits: 1 for a file
    /// with errors, 2 for one that cannot be read.
    func loadRegistry() throws -> Registry {
        try Self.load(path: file).view(scope)
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
