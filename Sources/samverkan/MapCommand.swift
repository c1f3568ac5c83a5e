import ArgumentParser
import CollaborationMap
import Foundation
import InterchangeBase
import PartnerRegistry

extension LayoutEngine: ExpressibleByArgument {}
extension MapFormat: ExpressibleByArgument {}
extension MapEntityKind: ExpressibleByArgument {}
extension MapLanguage: ExpressibleByArgument {}
extension EndedDrawing: ExpressibleByArgument {}
extension SheetFormat: ExpressibleByArgument {}
extension MapPage: ExpressibleByArgument {}
extension MapLayout: ExpressibleByArgument {}

/// `samverkan map FILE -o OUT.svg`: draws the collaboration map.
struct MapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the collaboration map (Samarbetskartan) through Graphviz: SVG, PNG, PDF or DOT.",
        discussion: """
        Organisations are clustered by level (or --cluster-by ATTRIBUTE), groups, initiatives and documents \
        are nodes of their own, and edges show membership, convening, participation, funding and document \
        lineage. The same registry and options always give byte-identical output. A one-mode network (edge \
        list, GraphML, Pajek) is drawn as its nodes and ties; the registry's options do not apply to it.

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

    @Option(help: "Threads for the --size-by measure (default: all available cores; results do not depend on it).")
    var threads: Int?

    @Option(help: ArgumentHelp(
        "Draw only the N organisations in the most groups (or with the highest --size-by score) and their groups.",
        valueName: "N"))
    var top: Int?

    @Option(name: .customLong("max-nodes"), help: ArgumentHelp(
        "Refuse a map of more nodes than this at once (default \(MapOptions.defaultSizeLimit), about a minute of layout).",
        valueName: "N"))
    var maxNodes: Int = MapOptions.defaultSizeLimit

    @Option(help: "Title of the map (default: the registry's title).")
    var title: String?

    @Option(help: "Language of legend, cluster titles, tooltips and notes (default: the registry's language: field, else en).")
    var language: MapLanguage?

    @Option(help: "Seed of the randomised layouts (neato, fdp, sfdp).")
    var seed: Int = 1

    @Option(help: ArgumentHelp(
        "Page of PNG and PDF output, landscape: size, margins and font scale (default: screen for PNG, a3 for PDF; "
            + "SVG and DOT at their natural size unless given). With --years: the page of the sheet (default a3).",
        valueName: "a4|a3|screen"))
    var page: MapPage?

    @Option(help: ArgumentHelp(
        "Place entities as on every other date of the registry (shared: one layout of all dates, so maps of two "
            + "dates compare side by side) or lay the map out for its date alone (date). Shared needs --engine dot "
            + "and applies without --focus, --top and --size-by.",
        valueName: "shared|date"))
    var layout: MapLayout = .shared

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Draw one map per year into the directory -o names (DIR/2003.svg … DIR/now.svg, and DIR/sheet.svg: a grid "
            + "of up to six years a page, DIR/sheet-2.svg … for more), every entity in the same place in each: "
            + "e.g. --years 2003,2009,2015,now.",
        valueName: "year,…"))
    var years: String?

    @Option(help: "With --years: draw what is not there in a year as a faint ghost, or hide it.")
    var ended: EndedDrawing = .ghost

    @Option(name: .customLong("sheet-format"), parsing: .upToNextOption, help: ArgumentHelp(
        "With --years: also write DIR/sheet.png and/or DIR/sheet.pdf, converted from sheet.svg with rsvg-convert "
            + "(repeatable, or several values).",
        valueName: "png|pdf"))
    var sheetFormats: [SheetFormat] = []

    @OptionGroup var input: InputFormatOption
    var inputFormat: InputFormat? { input.inputFormat }

    func run() async throws {
        do {
            try await draw()
        } catch let error as CLIError {
            throw error.report(command: "map")
        }
    }

    private func draw() async throws {
        if let network = try oneModeInput() { return try await drawOneMode(network) }
        if let output, years != nil { return try await drawYears(into: output) }
        let loaded = try RegistryOptions.load(path: registry.file, command: "map")
        for warning in ColourDifference.warnings(for: loaded) { printToStandardError(warning.description) }
        var options = MapOptions(engine: engine, language: language, seed: seed, page: page, layout: layout)
        options.scope = registry.scope
        options.title = title
        options.top = top
        options.sizeLimit = maxNodes
        if !include.isEmpty { options.kinds = Set(include) }
        options.kinds.subtract(exclude)
        options.grouping = MapGrouping(parsing: clusterBy)
        let analysis = RegistryAnalysis(registry: loaded, scope: registry.scope)
        do {
            if let focus { options.focus = MapFocus(organisation: try loaded.resolveOrganisation(focus), radius: radius) }
            if !highlight.isEmpty { options.highlight = .nodes(try highlight.map { try loaded.mapKey(for: $0) }) }
            if !path.isEmpty { options.highlight = .path(try path.map { try loaded.mapKey(for: $0) }) }
            if connect.count == 2 {
                let link = try analysis.connection(
                    from: try loaded.resolveOrganisation(connect[0]), to: try loaded.resolveOrganisation(connect[1]))
                options.highlight = try MapHighlight(connection: link)
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.option(error)
        }

        if let sizeBy {
            do {
                options.sizing = NodeSizing(report: try analysis.centrality(
                    CentralityOptions(sizeBy, parallelism: ThreadCount.resolve(threads))))
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
        try await write(map)
    }

    /// Writes `map` to `-o` (atomically) or standard output in the chosen format.
    func write(_ map: CollaborationMap) async throws {
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
    /// `--years`: one map per year from one layout, and the sheet, into
    /// the directory `output` (`checkCommandLine()` has checked the options).
    private func drawYears(into output: String) async throws {
        let dates = try yearDates()
        let loaded = try RegistryOptions.load(path: registry.file, command: "map")
        var options = MapOptions(engine: .dot, language: language, seed: seed, page: page)
        options.scope = registry.scope
        options.title = title
        if !include.isEmpty { options.kinds = Set(include) }
        options.kinds.subtract(exclude)
        options.grouping = MapGrouping(parsing: clusterBy)
        let maps: YearMaps
        do {
            maps = try YearMaps(registry: loaded, years: dates, options: options, ended: ended)
        } catch {
            throw CLIError.usage(error.description)
        }
        let directory = URL(fileURLWithPath: output, isDirectory: true)
        let set: YearMapSet
        do {
            set = try await maps.render()
        } catch {
            throw CLIError.failure(String(describing: error), status: 3)
        }
        // The conversions run before anything is written: a missing converter leaves no partial output.
        var converted: [(String, Data)] = []
        let converter = SheetConverter()
        var formats: [SheetFormat] = []
        for format in sheetFormats where !formats.contains(format) { formats.append(format) }
        for format in formats {
            let names = YearMaps.sheetNames(for: set.maps.count, extension: format.fileExtension)
            for (name, sheet) in zip(names, set.sheets) {
                do {
                    converted.append((name, try converter.convert(sheet, to: format, page: set.page)))
                } catch {
                    throw CLIError.failure(error.description, status: 3)
                }
            }
        }
        do {
            _ = try set.write(to: directory)
            for (name, data) in converted {
                try OutputFile.write(data, to: directory.appendingPathComponent(name))
            }
        } catch {
            throw CLIError.failure(String(describing: error), status: 3)
        }
    }
}
