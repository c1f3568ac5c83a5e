import ArgumentParser
import Foundation
import NetworkInterchange
import PartnerRegistry

/// The registry file and date every command that reads a registry takes:
/// `samverkan <command> FILE [--as-of DATE]`.
///
/// ```swift
/// struct Map: ParsableCommand {
///     @OptionGroup var registry: RegistryOptions
///     func run() throws {
///         let r = try RegistryOptions.load(path: registry.file, command: "map")   // exits 1/2/64 on failure
///     }
/// }
/// ```
struct RegistryOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A registry: YAML, JSON, or a CSV of memberships. '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(
        name: .customLong("as-of"), parsing: .unconditional,
        help: ArgumentHelp(
            "The date to describe: 'now' (the default: what has not ended), or YYYY, YYYY-MM, YYYY-MM-DD "
                + "(what existed then; what only possibly did is marked uncertain).",
            valueName: "date"))
    var asOfText: String?

    /// The date `--as-of` names, nil when it is not given
    /// (`checkCommandLine()` has refused one that is not a date).
    var asOfOption: AsOf? { asOfText.flatMap { try? Self.parseAsOf($0) } }

    @Flag(name: .customLong("all-time"), help: "Describe everything the registry ever held, ended or not, as one network.")
    var allTime = false

    @Option(help: ArgumentHelp(
        "Which facts count: 'stated' (quoted from a primary source), 'inferred' (stated and read from the source), "
            + "'all' (also facts whose only source is external).",
        valueName: "stated|inferred|all"))
    var certainty: CertaintyFilter = .all

    /// `--as-of`'s parser (`DateArgument`).
    static func parseAsOf(_ text: String) throws(CLIError) -> AsOf {
        try DateArgument.asOf(text, option: "--as-of", hint: "for every date at once use --all-time")
    }

    /// `--as-of` is a date and not given with `--all-time`; the command that
    /// holds these options calls this from its `checkCommandLine()`.
    func checkCommandLine() throws(CLIError) {
        if let asOfText { _ = try Self.parseAsOf(asOfText) }
        if allTime, asOfOption != nil {
            throw .usage("--as-of and --all-time contradict each other; give one of them")
        }
    }

    /// The date described: `--as-of`, `--all-time`, or now.
    var asOf: AsOf { allTime ? .allTime : asOfOption ?? .now }

    /// The view every command applies: date and certainty.
    var scope: RegistryScope { RegistryScope(asOf: asOf, certainty: certainty) }

    /// Loads one file (without `--as-of`), printing diagnostics and
    /// throwing `ExitCode` 1 or 2 on failure (`unreadable` for both when
    /// given). A one-mode network (an edge list, GraphML, Pajek) is a
    /// usage error (exit 64) that says `command` needs a registry, rather
    /// than the memberships reader's complaints about its columns.
    static func load(path: String, command: String, unreadable: Int32? = nil) throws -> Registry {
        let input: NetworkInput
        do {
            input = try NetworkInput.load(path: path)
        } catch {
            for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
            throw ExitCode(unreadable ?? (error.isUnreadable ? 2 : 1))
        }
        switch input {
        case let .registry(registry): return registry
        case let .oneMode(network):
            throw CLIError.usage(
                "'\(path)' is a one-mode network (\(network.format.rawValue)); \(command) needs a registry of "
                    + "organisations and groups (YAML, JSON or a CSV of memberships with organisation and group "
                    + "columns). Centrality, stats, brokers, communities, connect and map read one-mode networks")
                .report(command: command)
        }
    }
}
