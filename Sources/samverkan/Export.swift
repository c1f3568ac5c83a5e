import ArgumentParser
import Foundation
import NetworkInterchange
import PartnerRegistry

extension ExportFormat: ExpressibleByArgument {}

/// `samverkan export FILE --format F -o OUT`: the registry in the formats
/// of Gephi, NetworkX, igraph, Pajek/UCINET, Kumu, Neo4j, Spark (GraphFrames)
/// and spreadsheets.
struct ExportCommand: ParsableCommand, ChecksCommandLine {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the registry as GraphML, GEXF, node-link JSON, Pajek, CSV tables, sheets, Neo4j or GraphFrames CSV.",
        discussion: """
        Single-file formats (graphml, gexf, node-link, pajek) write the file -o names, or standard output \
        with '-o -' or no -o. Directory formats (csv, sheets, neo4j, graphframes) need -o DIR: the directory is written \
        whole beside the target and renamed into place, with a manifest (.samverkan-export) of its files; an \
        existing non-empty directory is replaced only with --force, and only when it is an earlier export \
        (it holds the manifest and nothing else the manifest does not list). Every date is carried by default (GEXF spells hold the whole history); --as-of exports \
        the network of one date. Kinds, levels, roles, dates, certainty and sources travel as attributes where \
        the format has them; docs/interchange.md says what each format loses. Documents and initiatives are \
        not exported (standard error says how many were left out).

        Exit status: 0 on success, 1 for a registry with errors, 2 when the file cannot be read, 3 when the \
        output cannot be written, 64 a usage error (e.g. -o naming the registry, or a directory format without -o).
        """)

    @Argument(help: ArgumentHelp(
        "A registry: YAML, JSON, or a CSV of memberships. '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(help: "The format to write.")
    var format: ExportFormat

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Where to write: a file for graphml, gexf, node-link and pajek ('-' or nothing: standard output); "
                + "a directory for csv, sheets, neo4j and graphframes.",
            valueName: "path"))
    var output: String?

    @Option(help: "The graph: two-mode, or the organisations' or groups' projection (weighted by shared groups or members).")
    var mode: NetworkMode = .twoMode

    @Option(
        name: .customLong("as-of"), parsing: .unconditional,
        help: ArgumentHelp(
            "Export the network of one date: 'now' (what has not ended) or YYYY, YYYY-MM, YYYY-MM-DD. "
                + "Without it every date is carried.",
            valueName: "date"))
    var asOfText: String?

    /// The date `--as-of` names, nil when it is not given
    /// (`checkCommandLine()` has refused one that is not a date).
    var asOf: AsOf? { asOfText.flatMap { try? RegistryOptions.parseAsOf($0) } }

    @Option(help: ArgumentHelp(
        "Which facts count: 'stated', 'inferred' (stated and inferred) or 'all'.", valueName: "stated|inferred|all"))
    var certainty: CertaintyFilter = .all

    @Flag(help: "Replace a non-empty output directory that an earlier export wrote (csv, sheets, neo4j, graphframes).")
    var force = false

    func checkCommandLine() throws(CLIError) {
        if let asOfText { _ = try RegistryOptions.parseAsOf(asOfText) }
        if format.writesDirectory {
            guard let output, output != "-", !output.isEmpty else {
                throw .usage(
                    "--format \(format.rawValue) writes several files: give a directory with -o DIR/")
            }
        } else if let output, output.isEmpty {
            throw .usage("-o needs a file name, or '-' for standard output")
        }
        if format == .sheets, mode != .twoMode {
            throw .usage(ExportError.modeNotSupported(format, mode).description)
        }
    }

    func run() throws {
        let registry = try RegistryOptions.load(path: file, command: "export")
        let scope = RegistryScope(asOf: asOf ?? .allTime, certainty: certainty)
        if mode != .twoMode, let size = try? RegistryAnalysis(registry: registry, scope: scope).projectionSize(mode) {
            printToStandardError(size.notice(
                command: "export", work: "building and writing it",
                alternative: "--mode two-mode (the default) writes the organisation–group graph instead."))
        }
        let export: RegistryExport
        do {
            export = try RegistryExport(
                registry: registry, format: format,
                options: ExportOptions(scope: scope, mode: mode))
        } catch {
            throw CLIError.usage(error.description).report(command: "export")
        }
        do {
            if format.writesDirectory, let output {
                try ExportDirectoryWriter.write(to: URL(fileURLWithPath: output, isDirectory: true), force: force) {
                    try export.write(to: &$0)
                }
            } else if let output, output != "-" {
                try ExportFile.write(to: URL(fileURLWithPath: output)) { try export.write(to: &$0) }
            } else {
                var sink = ExportSink { try StandardStream.output.write(Data($0)) }
                try export.write(to: &sink)
                try sink.flush()
            }
        } catch let error as StandardStreamError {
            throw error
        } catch {
            throw CLIError.failure("\(error)", status: StandardStream.writeFailureStatus).report(command: "export")
        }
        let (initiatives, documents) = export.leftOut
        if initiatives + documents > 0 {
            printToStandardError(
                "samverkan export: \(documents) document\(documents == 1 ? "" : "s") and \(initiatives) "
                    + "initiative\(initiatives == 1 ? "" : "s") left out (\(format.rawValue) holds organisations, "
                    + "groups and their ties)")
        }
    }
}

extension ExportCommand: WritesFiles {
    var inputFiles: [String] { [file] }
    var plannedOutputs: [PlannedOutput] {
        guard let output else { return [] }
        return [PlannedOutput(path: output, what: "the export", shape: format.writesDirectory ? .wholeDirectory : .file)]
    }
}
