import ArgumentParser
import CollaborationMap
import Foundation
import PartnerRegistry

extension LayoutEngine: ExpressibleByArgument {}
extension MapFormat: ExpressibleByArgument {}
extension MapEntityKind: ExpressibleByArgument {}
extension MapLanguage: ExpressibleByArgument {}

/// `samverkan map FILE -o OUT.svg`: draws the collaboration map.
struct MapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the collaboration map (Samarbetskartan) through Graphviz: SVG, PNG, PDF or DOT.",
        discussion: """
        Organisations are clustered by level (or --cluster-by ATTRIBUTE), groups, initiatives and documents \
        are nodes of their own, and edges show membership, convening, participation, funding and document \
        lineage. The same registry and options always give byte-identical output.

        Exit status: 0 on success, 1 for a registry with errors or an option naming something not on the \
        map, 2 when the registry cannot be read, 3 when Graphviz fails or the output cannot be written, \
        64 a usage error (e.g. -o naming the registry, or --format contradicting the file's extension).
        """)

    @OptionGroup var registry: RegistryOptions

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Where to write the map; '-' or nothing writes to standard output. Written atomically.", valueName: "file"))
    var output: String?

    @Option(help: "Output format (default: from the file extension, else svg).")
    var format: MapFormat?

    @Option(help: "Graphviz layout engine.")
    var engine: LayoutEngine = .dot

    @Option(name: .customLong("cluster-by"), help: ArgumentHelp(
        "Cluster organisations by 'level', by 'none', or by the named attribute (e.g. sector).", valueName: "level|none|attribute"))
    var clusterBy: String = "level"

    @Option(name: .customLong("include"), help: "Show only these kinds of entity (repeatable).")
    var include: [MapEntityKind] = []

    @Option(name: .customLong("exclude"), help: "Leave out these kinds of entity (repeatable).")
    var exclude: [MapEntityKind] = []

    @Option(name: .customLong("highlight"), help: ArgumentHelp(
        "Bring forward these organisations or groups (ID or name; repeatable); the rest is faded.", valueName: "entity"))
    var highlight: [String] = []

    @Option(name: .customLong("path"), parsing: .upToNextOption, help: ArgumentHelp(
        "Highlight a chain of entities joined by edges, e.g. --path trafikverket trafikverkets-turistgrupp vasterbottensturism.",
        valueName: "entity"))
    var path: [String] = []

    @Option(name: .customLong("connect"), parsing: .upToNextOption, help: ArgumentHelp(
        "Highlight what connects two organisations: the groups they share, else every shortest chain between them.",
        valueName: "organisation"))
    var connect: [String] = []

    @Option(name: .customLong("focus"), help: ArgumentHelp(
        "Show only this organisation's ego network (ID or name).", valueName: "organisation"))
    var focus: String?

    @Option(help: "Radius of the ego network shown with --focus, in edges.")
    var radius: Int = 2

    @Option(name: .customLong("size-by"), help: ArgumentHelp(
        "Size nodes by a two-mode centrality measure.",
        valueName: "measure"))
    var sizeBy: CentralityMeasure?

    @Option(help: "Title of the map (default: the registry's title).")
    var title: String?

    @Option(help: "Language of legend, cluster titles and tooltips.")
    var language: MapLanguage = .english

    @Option(help: "Seed of the randomised layouts (neato, fdp, sfdp).")
    var seed: Int = 1

    func run() async throws {
        do {
            try await draw()
        } catch let error as CLIError {
            throw error.report(command: "map")
        }
    }

    private func draw() async throws {
        let loaded = try registry.loadRegistry()
        var options = MapOptions(engine: engine, language: language, seed: seed)
        options.asOf = registry.asOf
        options.title = title
        if !include.isEmpty { options.kinds = Set(include) }
        options.kinds.subtract(exclude)
        switch clusterBy {
        case "level": options.grouping = .level
        case "none": options.grouping = .none
        default: options.grouping = .attribute(clusterBy)
        }
        do {
            if let focus { options.focus = MapFocus(organisation: try loaded.resolveOrganisation(focus), radius: radius) }
            if !highlight.isEmpty { options.highlight = .nodes(try highlight.map { try loaded.mapKey(for: $0) }) }
            if !path.isEmpty { options.highlight = .path(try path.map { try loaded.mapKey(for: $0) }) }
            if !connect.isEmpty { options.highlight = .nodes(try connection(in: loaded)) }
        } catch {
            throw CLIError.option(error)
        }

        if let sizeBy {
            do {
                let report = try loaded.centrality(sizeBy, mode: .twoMode, asOf: registry.asOf)
                let scores = Dictionary(report.scores.map { ("\($0.type):\($0.id)", $0.score) }, uniquingKeysWith: max)
                options.sizing = .score(scores, name: sizeBy.rawValue)
            } catch {
                throw CLIError.failure("--size-by \(sizeBy.rawValue): \(error)", status: 3)
            }
        }
        let map: CollaborationMap
        do {
            map = try CollaborationMap(registry: loaded, options: options)
        } catch {
            throw CLIError.option(error)
        }
        let destination = output.flatMap { $0 == "-" ? nil : URL(fileURLWithPath: $0) }
        let chosen = format ?? destination.flatMap { MapFormat(fileExtension: $0.pathExtension) } ?? .svg
        do {
            if let destination {
                try await map.write(to: destination, format: chosen)
            } else {
                try StandardStream.output.write(try await map.render(format: chosen))
            }
        } catch let error as StandardStreamError {
            throw error
        } catch {
            throw CLIError.failure(String(describing: error), status: 3)
        }
    }
}

extension MapCommand {
    /// Map keys of the two organisations of `--connect` and what joins
    /// them: their shared groups, else every shortest chain's entities.
    func connection(in loaded: Registry) throws -> [String] {
        guard connect.count == 2 else {
            throw CLIError.usage("--connect takes two organisations, got \(connect.count)")
        }
        let a = try loaded.resolveOrganisation(connect[0])
        let b = try loaded.resolveOrganisation(connect[1])
        let analysis = RegistryAnalysis(registry: loaded, asOf: registry.asOf)
        let found = try analysis.connection(from: a, to: b)
        guard found.isConnected else {
            throw CLIError.notFound("no chain of shared groups connects '\(a)' and '\(b)'"
                + (registry.asOf.map { " as of \($0)" } ?? ""))
        }
        var keys = ["organisation:\(a)", "organisation:\(b)"] + found.sharedGroups.map { "group:\($0.id)" }
        for chain in found.shortestChains {
            keys += chain.organisations.map { "organisation:\($0.id)" } + chain.groups.map { "group:\($0.id)" }
        }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}

extension Registry {
    /// The map's key (`kind:id`) of an organisation, group, initiative or
    /// document named by ID or name; organisations first, then groups.
    func mapKey(for query: String) throws -> String {
        if let id = try? resolveOrganisation(query) { return "organisation:\(id)" }
        if let id = try? resolveGroup(query) { return "group:\(id)" }
        if let id = try? resolveInitiative(query) { return "initiative:\(id)" }
        if let id = try? resolveDocument(query) { return "document:\(id)" }
        // Report the organisation resolver's message: it carries the suggestions.
        _ = try resolveOrganisation(query)
        return query
    }
}
