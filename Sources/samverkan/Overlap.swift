import ArgumentParser
import PartnerRegistry

/// `samverkan overlap FILE`: pairs of groups sharing members, contained
/// groups, pairs of organisations sharing groups.
struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "Which groups share members, which are contained in others, which organisations meet where.",
        discussion: """
        For every pair of groups with members in common: the shared members, the Jaccard index \
        (shared ÷ everyone in either) and the overlap coefficient (shared ÷ the smaller group). \
        Groups whose members all sit in another group are listed as contained (redundant forums). \
        For every pair of organisations: the groups they share. Each list shows the first --limit entries \
        (1,000 unless told; 'all' for every one) and says how many there are in all: the table in a line \
        under its heading, JSON in groupPairTotal, containmentTotal and organisationPairTotal, CSV in the \
        pair_total column. See docs/analysis.md.

        \(AnalysisOutput.exitCodes)
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Flag(name: .customLong("groups"), help: "List only group pairs and contained groups.")
    var groupsOnly = false

    @Flag(name: .customLong("organisations"), help: "List only organisation pairs.")
    var organisationsOnly = false

    @Option(name: .customLong("min-shared"), help: ArgumentHelp("List only pairs sharing at least N.", valueName: "N"))
    var minShared = 1

    @Option(name: .customLong("sort"), help: "Sort pairs by: jaccard (highest first), shared (most first), name.")
    var order: OverlapOrder = .jaccard

    @Option(name: .customLong("limit"), help: ArgumentHelp(PairLimit.help, valueName: "N|all"))
    var limit: PairLimit = .standard

    func run() throws {
        let analysis = try options.analysis(command: "overlap")
        let scope: OverlapScope = groupsOnly == organisationsOnly ? .all : groupsOnly ? .groups : .organisations
        let report = try AnalysisOutput.answer("overlap") { () throws(RegistryAnalysisError) in
            try analysis.overlaps(scope: scope, minShared: minShared, order: order, limit: limit.count)
        }
        if options.output.format != .table, report.isCut {
            printToStandardError("samverkan overlap: " + report.cutSummary)
        }
        try options.emit(report, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension OverlapOrder: ExpressibleByArgument {}

extension OverlapReport {
    /// One CSV: a row per pair, `pair` telling group pairs from organisation
    /// pairs; `pair_total` counts the pairs of the row's kind, so fewer rows
    /// than that means the list was cut (`--limit`). Each figure has its
    /// value on the sure network beside it (`sure_…`; empty where one of the
    /// pair is not in it), and `uncertain` marks a row whose figures differ
    /// there.
    func csv() -> String {
        var w = CSVWriter(header: [
            "pair", "first_id", "first_name", "second_id", "second_name", "first_size", "sure_first_size",
            "second_size", "sure_second_size", "shared_count", "sure_shared_count", "jaccard", "sure_jaccard",
            "overlap_coefficient", "sure_overlap_coefficient", "containment", "sure_containment", "shared_ids",
            "sure_shared_ids", "shared_names", "sure_shared_names", "first_uncertain", "second_uncertain", "uncertain",
            "pair_total",
        ], asOf: asOf)
        func count(_ n: Int?) -> String { n.map { "\($0)" } ?? "" }
        for p in groupPairs {
            let s = p.sure
            w.append([
                "groups", p.first.id.rawValue, p.first.name, p.second.id.rawValue, p.second.name, "\(p.firstSize)",
                count(s?.firstSize), "\(p.secondSize)", count(s?.secondSize), "\(p.sharedCount)", count(s?.sharedCount),
                AnalysisOutput.csvNumber(p.jaccard), AnalysisOutput.csvNumber(s?.jaccard),
                AnalysisOutput.csvNumber(p.overlapCoefficient), AnalysisOutput.csvNumber(s?.overlapCoefficient),
                p.containment?.rawValue ?? "", s?.containment?.rawValue ?? "",
                AnalysisOutput.ids(p.sharedMembers), s.map { AnalysisOutput.ids($0.sharedMembers) } ?? "",
                AnalysisOutput.csvNames(p.sharedMembers), s.map { AnalysisOutput.csvNames($0.sharedMembers) } ?? "",
                AnalysisOutput.csvFlag(p.first.uncertain), AnalysisOutput.csvFlag(p.second.uncertain),
                AnalysisOutput.csvFlag(p.uncertain), "\(groupPairTotal)",
            ])
        }
        for p in organisationPairs {
            let s = p.sure
            w.append([
                "organisations", p.first.id.rawValue, p.first.name, p.second.id.rawValue, p.second.name,
                "\(p.firstGroupCount)", count(s?.firstGroupCount), "\(p.secondGroupCount)", count(s?.secondGroupCount),
                "\(p.sharedCount)", count(s?.sharedCount), AnalysisOutput.csvNumber(p.jaccard),
                AnalysisOutput.csvNumber(s?.jaccard), AnalysisOutput.csvNumber(p.overlapCoefficient),
                AnalysisOutput.csvNumber(s?.overlapCoefficient), "", "", AnalysisOutput.ids(p.sharedGroups),
                s.map { AnalysisOutput.ids($0.sharedGroups) } ?? "", AnalysisOutput.csvNames(p.sharedGroups),
                s.map { AnalysisOutput.csvNames($0.sharedGroups) } ?? "", AnalysisOutput.csvFlag(p.first.uncertain),
                AnalysisOutput.csvFlag(p.second.uncertain), AnalysisOutput.csvFlag(p.uncertain),
                "\(organisationPairTotal)",
            ])
        }
        return w.text
    }
}
