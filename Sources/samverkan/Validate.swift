import ArgumentParser
import CollaborationMap
import Foundation
import PartnerRegistry

/// `samverkan validate FILE...`: loads each registry, reports every
/// problem and every broken rule, and sums up what a valid file holds.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check registry files: syntax, references, dates, certainty and the rules they state.",
        discussion: """
        Every problem is printed to standard error as file:line:column: error: message, with the fix. \
        A valid file gets a one-line summary on standard output. Rules are checked on the whole file \
        unless --as-of, --all-time or --certainty chooses a view. Quotes are checked against sources' \
        local copies ('file:'), which must lie in the registry's folder or below, or under --sources-dir.

        Exit status: 0 when every file is valid (warnings allowed), 1 when any has errors or breaks an \
        error-severity rule, 2 when a file cannot be read, 3 when the output cannot be written (a warning \
        that could not be written included), 64 a usage error.
        """)

    @OptionGroup var registry: RegistryOptions

    @Argument(help: ArgumentHelp("More registry files to check.", valueName: "file"))
    var moreFiles: [String] = []

    @Option(name: .customLong("sources-dir"), help: ArgumentHelp(
        "The folder that sources' local copies ('file:') must lie in. Default: each registry's own folder "
            + "(the working directory for standard input); files outside it are not read.",
        valueName: "dir"))
    var sourcesDir: String?

    @Flag(name: .long, help: "Treat warnings (quotes not found in their source, quotes that do not name what they support, warning-severity rules) as errors.")
    var strict = false

    func run() throws {
        var status: Int32 = 0
        for path in [registry.file] + moreFiles {
            status = max(status, try check(path))
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The view rules are checked on: the whole file unless one is asked for.
    private var scope: RegistryScope {
        registry.asOfOption == nil && !registry.allTime && registry.certainty == .all ? .allTime : registry.scope
    }

    /// Checks one file; its exit status.
    private func check(_ path: String) throws -> Int32 {
        let loaded: Registry
        do {
            loaded = try RegistryLoader.load(path: path)
        } catch {
            for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
            if error.isUnreadable { return 2 }
            let count = error.errorCount
            printToStandardError("\(name(path)): invalid: \(count) \(count == 1 ? "error" : "errors")")
            return 1
        }
        let base = path == "-"
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            : URL(fileURLWithPath: path).deletingLastPathComponent()
        let root = sourcesDir.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let report = loaded.validate(
            baseDirectory: base, sourcesRoot: root, scope: scope, strictness: strict ? .strict : .lenient)
        for warning in ColourDifference.warnings(for: loaded) { printToStandardError(warning.description) }
        let lines = report.lines(name: name(path))
        for line in lines.dropLast() { printToStandardError(line) }
        guard report.isValid else {
            printToStandardError(report.verdict(name: name(path)))
            return 1
        }
        try StandardStream.output.writeDisplay(report.verdict(name: name(path)) + "\n")
        return 0
    }

    private func name(_ path: String) -> String { path == "-" ? RegistryLoader.standardInputName : path }
}
