import ArgumentParser
import Foundation
import InterchangeBase
import NetworkInterchange
import PartnerRegistry

/// `samverkan import SHEETS… -o registry.yaml`: spreadsheets → registry.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn the sheets organisations.csv, groups.csv and memberships.csv (+ sources.csv, registry.csv) into a registry YAML.",
        discussion: """
        Name the sheets one by one or the directory that holds them. Every cell is checked; each problem is \
        reported at its file:line:column and nothing is written. The registry is written in sheet order with \
        short forms, a '#' comment on each value the import guessed (a kind from the name, an empty level), \
        and checked by loading it back before it is written (atomically). See docs/interchange.md.

        Exit status: 0 on success, 1 for sheets with errors, 2 when a sheet cannot be read, 3 when the \
        registry cannot be written, 64 a usage error (e.g. a file that is not one of the sheets).
        """)

    @Argument(help: ArgumentHelp("The sheets, or one directory holding them.", valueName: "sheets"))
    var sheets: [String]

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Where to write the registry YAML; '-' or nothing writes to standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let files: SheetImport.Files
        switch SheetImport.Files.find(sheets) {
        case let .success(found): files = found
        case let .failure(problem): throw CLIError.usage(problem.description).report(command: "import")
        }
        let imported: SheetImport
        do {
            imported = try SheetImport.read(files)
        } catch {
            for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
            throw ExitCode(error.isUnreadable ? 2 : 1)
        }
        for path in imported.readAsWindows1252 {
            printToStandardError(Diagnostic(
                .warning, code: .encodingGuessed, at: SourceLocation(file: path, line: 1, column: 1),
                message: "the sheet is not valid UTF-8, so it was read as Windows-1252",
                hint: TextEncoding.fallbackHint).description)
        }
        let yaml: String
        do {
            yaml = try imported.yaml()
            // What is written must load: the same checks `validate` runs.
            _ = try RegistryLoader.load(contents: yaml, fileName: output ?? "<stdout>", format: .yaml)
        } catch let error as RegistryLoadError {
            for diagnostic in error.diagnostics { printToStandardError("samverkan import: the registry would not load: \(diagnostic)") }
            throw ExitCode(1)
        } catch {
            throw CLIError.failure("cannot write the registry: \(error)", status: 3).report(command: "import")
        }
        guard let output, output != "-" else {
            return try StandardStream.output.write(yaml)
        }
        do {
            try OutputFile.write(Data(yaml.utf8), to: URL(fileURLWithPath: output))
        } catch {
            throw CLIError.failure(String(describing: error), status: 3).report(command: "import")
        }
        let r = imported.registry
        func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        printToStandardError(
            "wrote \(output): \(counted(r.organisations.count, "organisation")), \(counted(r.groups.count, "group")), "
                + "\(counted(r.memberships.count, "membership")), \(counted(r.sources.count, "source"))"
                + (imported.guesses.isEmpty ? "" : "; \(imported.guesses.count) guessed or empty values commented"))
    }
}

extension ImportCommand: ChecksCommandLine {
    /// `-o` names a file when given.
    func checkCommandLine() throws(CLIError) {
        if let output, output.isEmpty { throw .usage("-o needs a file name, or '-' for standard output") }
    }
}

extension ImportCommand: WritesFiles {
    /// The sheets the import reads: those found in the directory named, or
    /// the files named one by one.
    var inputFiles: [String] {
        guard case let .success(files) = SheetImport.Files.find(sheets) else { return sheets }
        return files.all
    }

    var inputNoun: String { "the sheet" }

    var plannedOutputs: [PlannedOutput] { output.map { [PlannedOutput(path: $0, what: "the registry", shape: .file)] } ?? [] }
}
