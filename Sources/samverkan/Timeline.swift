import ArgumentParser
import CollaborationMap
import Foundation
import PartnerRegistry

extension TimelineInterval: ExpressibleByArgument {}
extension TimelineMeasure: ExpressibleByArgument {}

/// `samverkan timeline FILE [--from DATE] [--to DATE|now] [--every year|month]`:
/// the network's figures and each organisation's score, step by step.
struct TimelineCommand: ParsableCommand, ChecksCommandLine {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "The network over time: size, density, components, centralisation and each organisation's score per step.",
        discussion: """
        Each step is the view of one date, as --as-of gives it (a year is its first day), and 'now' — what has \
        not ended — is a step of its own after the dated ones: it can differ from the last year, since \
        something that ended on an unknown date is uncertain before its bound and absent now. Counts present \
        only possibly are shown as such ("18 (1 uncertain)"), and every other figure with its value on what \
        is surely there beside it where the two differ ("161 (sure 9)"). The second table follows each \
        organisation's degree or betweenness on the organisation network, with its sure value likewise \
        ('–' an organisation not in the network then). -o FILE.svg draws both as a line chart.

        Exit status: 0 on success; 1 for a registry with errors; 2 when the file cannot be read; 3 when a \
        measure fails or the chart cannot be written; 64 for a wrong command line (a date that cannot be \
        read, --from after --to).
        """)

    @Argument(help: ArgumentHelp(
        "A registry: YAML, JSON, or a CSV of memberships. '-' reads standard input.", valueName: "file"))
    var file: String

    @Option(name: .customLong("from"), parsing: .unconditional, help: ArgumentHelp(
        "The first step: YYYY, YYYY-MM or YYYY-MM-DD (default: the earliest date the file writes).", valueName: "date"))
    var fromText: String?

    @Option(name: .customLong("to"), parsing: .unconditional, help: ArgumentHelp(
        "The last step: 'now' (the default; dated steps run through the latest date the file writes, then now) or a date.",
        valueName: "date|now"))
    var toText: String?

    /// The date `--from` names (`checkCommandLine()` has refused one that is not a date).
    var from: PartialDate? { fromText.flatMap { try? Self.parseDate($0) } }

    /// The date `--to` names, or now.
    var to: AsOf { toText.flatMap { try? Self.parseEnd($0) } ?? .now }

    @Option(help: "One step per year or per month.")
    var every: TimelineInterval = .year

    @Option(help: "The score followed for each organisation, on the organisation network.")
    var measure: TimelineMeasure = .degree

    @Option(help: ArgumentHelp(
        "What a tie's weight (shared groups) is for betweenness: a strength (the default: length 1/w), a length (w), or nothing (one step per tie).",
        discussion: "As centrality's --weights; degree does not read weights."))
    var weights: TieWeights?

    @Option(help: "The same for betweenness alone, as before: 1/shared groups (strength), one step per tie (none), or the shared groups themselves (length).")
    var lengths: ProjectionLengths?

    /// The path lengths `--weights` or `--lengths` ask for.
    var pathLengths: ProjectionLengths { weights?.lengths ?? lengths ?? .inverseWeight }

    @Option(help: ArgumentHelp(
        "Which facts count: 'stated', 'inferred' (stated and inferred), 'all'.", valueName: "stated|inferred|all"))
    var certainty: CertaintyFilter = .all

    @OptionGroup var filters: NetworkFilterOptions

    @Option(help: "Output format: an aligned table, JSON (the library's Timeline), or CSV. With -o and no --format nothing is printed.")
    var format: OutputFormat?

    @OptionGroup var csvCells: CSVCellOptions

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Draw the timeline as a line chart to this file (written atomically): SVG, or PNG/PDF by the extension "
            + "(.png, .pdf; converted with rsvg-convert).", valueName: "file.svg"))
    var output: String?

    @Option(help: "Language of the chart's text (default: the registry's language: field, else en).")
    var language: MapLanguage?

    @Option(help: "Threads for betweenness and the distance measures (default: all available cores; results do not depend on it).")
    var threads: Int?

    static func parseDate(_ text: String) throws(CLIError) -> PartialDate { try DateArgument.date(text, option: "--from") }

    static func parseEnd(_ text: String) throws(CLIError) -> AsOf {
        if text.lowercased() == "now" { return .now }
        return .date(try DateArgument.date(text, option: "--to"))
    }

    func checkCommandLine() throws(CLIError) {
        if let fromText { _ = try Self.parseDate(fromText) }
        if let toText { _ = try Self.parseEnd(toText) }
        if let from, let end = to.date, from.firstDay > end.lastDay {
            throw .usage("--from \(from) is after --to \(end); give a --from on or before --to")
        }
        if let output, output.isEmpty { throw .usage("-o needs a file name") }
        try checkThreads(threads)
        try csvCells.check(format: format)
        if let weights, let lengths, weights.lengths != lengths {
            throw .usage("--weights \(weights.rawValue) and --lengths \(lengths.rawValue) contradict each other; give one of them")
        }
    }

    func run() throws {
        let registry = try RegistryOptions.load(path: file, command: "timeline")
        let filter = try filters.filter(for: registry, command: "timeline")
        // Every step is measured on the organisations' projection; the
        // union of all dates is the largest it can be.
        RegistryAnalysis(registry: registry, scope: RegistryScope(asOf: .allTime, certainty: certainty), filter: filter)
            .announceOrganisationProjection(
                command: "timeline", work: "building it for every step and measuring on it",
                alternative: "Narrow the view (--group-kind, --level) or the steps (--from, --to, --every year).")
        let timeline: Timeline
        do {
            timeline = try Timeline(
                registry: registry, from: from, to: to, every: every, certainty: certainty, filter: filter,
                measure: measure, lengths: pathLengths, parallelism: ThreadCount.resolve(threads))
        } catch let error as TimelineError {
            throw CLIError.usage(error.description).report(command: "timeline")
        } catch {
            throw CLIError.failure(String(describing: error), status: 3).report(command: "timeline")
        }
        if let output {
            var chart = TimelineChart(
                timeline: timeline, language: language ?? MapOptions(language: nil).language(for: registry),
                title: registry.title)
            chart.vocabulary = registry.vocabulary
            let url = URL(fileURLWithPath: output)
            if let converted = SheetFormat(rawValue: url.pathExtension.lowercased()) {
                do {
                    try SheetConverter().write(Data(chart.svg.utf8), as: converted, to: url)
                } catch {
                    throw CLIError.failure(error.description, status: 3).report(command: "timeline")
                }
            } else {
                do {
                    try chart.write(to: url)
                } catch {
                    throw CLIError.failure(error.description, status: 3).report(command: "timeline")
                }
            }
        }
        guard output == nil || format != nil else { return }
        let text: String
        switch format ?? .table {
        case .table: text = DisplayText.safe(timeline.text(style: .standardOutput), styled: Terminal.stdoutIsTTY)
        case .json: text = try AnalysisOutput.json(timeline)
        case .csv: text = csvCells.csv { timeline.csv() }
        }
        try StandardStream.output.write(text)
    }
}

extension TimelineCommand: WritesFiles {
    var inputFiles: [String] { [file] }
    var plannedOutputs: [PlannedOutput] { output.map { [PlannedOutput(path: $0, what: "the chart", shape: .file)] } ?? [] }
}

extension Timeline {
    /// "2003", "2015-03", "now".
    static func label(_ asOf: AsOf) -> String { asOf.description }

    /// Two CSV tables separated by an empty line: one row per step, then
    /// one row per organisation and step. Each figure of the organisation
    /// network and each score has its value on the sure network beside it
    /// (`sure …`, `sure_<measure>`; empty for an organisation not in it).
    func csv() -> String {
        var a = CSVWriter(header: [
            "step", "organisations", "uncertain organisations", "groups", "uncertain groups", "ties", "uncertain ties",
            "organisation ties", "sure organisation ties", "density", "sure density", "components", "sure components",
            "isolated", "sure isolated", "degree centralisation", "sure degree centralisation",
            "betweenness centralisation", "sure betweenness centralisation", "average path length",
            "sure average path length",
        ])
        for s in steps {
            let sure = s.sure
            a.append([
                Self.label(s.asOf), "\(s.organisations)", "\(s.uncertainOrganisations)", "\(s.groups)",
                "\(s.uncertainGroups)", "\(s.ties)", "\(s.uncertainTies)", "\(s.organisationTies)",
                "\(sure.organisationTies)", AnalysisOutput.csvNumber(s.density), AnalysisOutput.csvNumber(sure.density),
                "\(s.components)", "\(sure.components)", "\(s.isolated)", "\(sure.isolated)",
                AnalysisOutput.csvNumber(s.degreeCentralization), AnalysisOutput.csvNumber(sure.degreeCentralization),
                AnalysisOutput.csvNumber(s.betweennessCentralization),
                AnalysisOutput.csvNumber(sure.betweennessCentralization), AnalysisOutput.csvNumber(s.averagePathLength),
                AnalysisOutput.csvNumber(sure.averagePathLength),
            ])
        }
        var b = CSVWriter(header: [
            "step", "id", "name", "kind", measure.rawValue, "sure_\(measure.rawValue)", "present", "uncertain",
        ])
        for s in steps.indices {
            for o in organisations {
                b.append([
                    Self.label(steps[s].asOf), o.id, o.name, o.kind, AnalysisOutput.csvNumber(o.scores[s]),
                    AnalysisOutput.csvNumber(o.sure[s]), o.scores[s] == nil ? "false" : "true",
                    AnalysisOutput.csvFlag(o.uncertain[s]),
                ])
            }
        }
        return a.text + "\n" + b.text
    }
}
