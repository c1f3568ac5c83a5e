import ArgumentParser
import CollaborationMap
import Foundation
import PartnerRegistry

/// `samverkan report FILE -o karta.html`: the explorer page.
struct ReportCommand: AsyncParsableCommand, ChecksCommandLine {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the explorer: one self-contained HTML page with the map, search, panels, year slider and tables.",
        discussion: """
        The page works offline, opened from disk, and loads nothing: the map is inline SVG, the data one JSON \
        block, script and style inline and allowed by hash in a Content-Security-Policy. Above --overview-above \
        entities it shows an overview and draws neighbourhoods instead of the whole map. See docs/explorer.md.

        Exit status: 0 on success, 1 for a registry with errors, 2 when the registry cannot be read, 3 when \
        Graphviz fails or the page cannot be written, 64 a usage error (e.g. -o naming the registry).
        """)

    @Argument(help: ArgumentHelp(
        "A registry: YAML, JSON, or a CSV of memberships. '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Where to write the page; '-' or nothing writes to standard output. Written atomically.", valueName: "file"))
    var output: String?

    @Option(help: "Language of the page (default: the registry's language: field, else en).")
    var language: MapLanguage?

    @Option(help: "Title of the page (default: the registry's title).")
    var title: String?

    @Option(name: .customLong("overview-above"), help: ArgumentHelp(
        "Above this many entities, show an overview and neighbourhoods instead of laying out the whole map.",
        valueName: "N"))
    var overviewAbove: Int = ExplorerOptions.defaultOverviewThreshold

    func checkCommandLine() throws(CLIError) {
        guard overviewAbove >= 0 else {
            throw .usage("--overview-above must be 0 or more, got \(overviewAbove)")
        }
    }

    func run() async throws {
        let registry = try RegistryOptions.load(path: file, command: "report")
        let base = file == "-"
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            : URL(fileURLWithPath: file).deletingLastPathComponent()
        let page = ExplorerPage(registry: registry, options: ExplorerOptions(
            language: language, title: title, overviewThreshold: overviewAbove, baseDirectory: base))
        do {
            if let output, output != "-" {
                try await page.write(to: URL(fileURLWithPath: output))
            } else {
                try StandardStream.output.write(try await page.render())
            }
        } catch let error as StandardStreamError {
            throw error
        } catch {
            throw CLIError.failure(String(describing: error), status: 3).report(command: "report")
        }
    }
}

extension ReportCommand: WritesFiles {
    var inputFiles: [String] { [file] }
    var plannedOutputs: [PlannedOutput] { output.map { [PlannedOutput(path: $0, what: "the page", shape: .file)] } ?? [] }
}
