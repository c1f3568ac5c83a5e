import ArgumentParser
import Foundation
import PartnerRegistry

/// `samverkan validate FILE...`: loads each registry, reports every
/// problem and every broken rule, and sums up what a valid file holds.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check registry files: syntax, references, dates and the rules they state.",
        discussion: """
        Every problem is printed to standard error as file:line:column: error: message, with the fix. \
        A valid file gets a one-line summary on standard output.

        Exit status: 0 when every file is valid (warnings allowed), 1 when any has errors or breaks an \
        error-severity rule, 2 when a file cannot be read, 3 when the output cannot be written (a warning \
        that could not be written included), 64 a usage error.
        """)

    @OptionGroup var registry: RegistryOptions

    @Argument(help: ArgumentHelp("More registry files to check.", valueName: "file"))
    var moreFiles: [String] = []

    @Flag(name: .long, help: "Treat warnings (quotes not found in their source, warning-severity rules) as errors.")
    var strict = false

    func run() throws {
        var status: Int32 = 0
        for path in [registry.file] + moreFiles {
            status = max(status, try check(path))
        }
        if status != 0 { throw ExitCode(status) }
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
        let view = registry.asOf.map(loaded.asOf) ?? loaded
        let base = path == "-"
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            : URL(fileURLWithPath: path).deletingLastPathComponent()
        let quoteWarnings = loaded.checkQuotes(baseDirectory: base)
        for warning in quoteWarnings { printToStandardError(warning.description) }
        let violations = view.checkRules()
        for v in violations {
            printToStandardError(v.location == nil ? "\(name(path)): \(v)" : v.description)
        }
        let errors = violations.filter { $0.severity == .error }.count
        let warnings = violations.count - errors + quoteWarnings.count
        if errors > 0 || (strict && warnings > 0) {
            let parts = (errors > 0 ? [plural(errors, "rule violation")] : [])
                + (warnings > 0 ? [plural(warnings, "warning") + (strict ? " (--strict)" : "")] : [])
            printToStandardError("\(name(path)): invalid: " + parts.joined(separator: ", "))
            return 1
        }
        try StandardStream.output.writeLine("\(name(path)): valid: \(summary(view)); \(plural(view.rules.count, "rule")) checked"
            + (warnings > 0 ? ", \(plural(warnings, "warning"))" : "")
            + (registry.asOf.map { " (as of \($0))" } ?? ""))
        return 0
    }

    private func name(_ path: String) -> String { path == "-" ? RegistryLoader.standardInputName : path }

    private func summary(_ r: Registry) -> String {
        [
            plural(r.organisations.count, "organisation"), plural(r.groups.count, "group"),
            plural(r.memberships.count, "membership"), plural(r.initiatives.count, "initiative"),
            plural(r.documents.count, "document"), plural(r.sources.count, "source"),
        ].joined(separator: ", ")
    }

    private func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
