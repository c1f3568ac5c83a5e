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
        For every pair of organisations: the groups they share. See docs/analysis.md.

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

    func run() throws {
        let analysis = try options.analysis(command: "overlap")
        let scope: OverlapScope = groupsOnly == organisationsOnly ? .all : groupsOnly ? .groups : .organisations
        let report = try AnalysisOutput.answer("overlap") { () throws(RegistryAnalysisError) in
            try analysis.overlaps(scope: scope, minShared: minShared, order: order)
        }
        try options.emit(report, table: { $0.table() }, csv: { $0.csv() })
    }
}

extension OverlapOrder: ExpressibleByArgument {}

extension OverlapReport {
    /// Aligned tables: group pairs, contained groups, organisation pairs.
    func table() -> String {
        var out = ""
        if !groupPairs.isEmpty || !containments.isEmpty {
            out += AnalysisOutput.heading("Groups sharing members\(AnalysisOutput.dateSuffix(asOf))")
            var t = TextTable([
                ("Group", .left), ("Group", .left), ("Shared", .right), ("Jaccard", .right), ("Overlap", .right),
                ("Shared members", .left),
            ])
            for p in groupPairs {
                t.append([
                    AnalysisOutput.label(p.first), AnalysisOutput.label(p.second), "\(p.sharedCount)",
                    AnalysisOutput.decimal(p.jaccard),
                    AnalysisOutput.decimal(p.overlapCoefficient), AnalysisOutput.names(p.sharedMembers),
                ])
            }
            out += groupPairs.isEmpty ? "none\n" : t.render()
            out += "\n" + AnalysisOutput.heading("Groups contained in another (every member also sits in the other)")
            var c = TextTable([("Group", .left), ("Contained in", .left), ("Members", .right), ("Of", .right), ("", .left)])
            for x in containments {
                c.append([
                    AnalysisOutput.label(x.contained), AnalysisOutput.label(x.container), "\(x.containedSize)",
                    "\(x.containerSize)",
                    x.kind == .identical ? "identical members" : "",
                ])
            }
            out += containments.isEmpty ? "none\n" : c.render()
        }
        if !organisationPairs.isEmpty {
            if !out.isEmpty { out += "\n" }
            out += AnalysisOutput.heading("Organisations sharing groups\(AnalysisOutput.dateSuffix(asOf))")
            var t = TextTable([
                ("Organisation", .left), ("Organisation", .left), ("Shared", .right), ("Jaccard", .right),
                ("Overlap", .right), ("Shared groups", .left),
            ])
            for p in organisationPairs {
                t.append([
                    AnalysisOutput.label(p.first), AnalysisOutput.label(p.second), "\(p.sharedCount)",
                    AnalysisOutput.decimal(p.jaccard),
                    AnalysisOutput.decimal(p.overlapCoefficient), AnalysisOutput.names(p.sharedGroups),
                ])
            }
            out += t.render()
        }
        if out.isEmpty { out = "No pairs share \(minShared) or more.\n" }
        return out + AnalysisOutput.notes(Self.explanations)
    }

    /// One CSV: a row per pair, `pair` telling group pairs from organisation pairs.
    func csv() -> String {
        var w = CSVWriter(header: [
            "pair", "first_id", "first_name", "second_id", "second_name", "first_size", "second_size",
            "shared_count", "jaccard", "overlap_coefficient", "containment", "shared_ids", "shared_names",
            "first_uncertain", "second_uncertain",
        ], asOf: asOf)
        for p in groupPairs {
            w.append([
                "groups", p.first.id.rawValue, p.first.name, p.second.id.rawValue, p.second.name, "\(p.firstSize)",
                "\(p.secondSize)", "\(p.sharedCount)", AnalysisOutput.csvNumber(p.jaccard),
                AnalysisOutput.csvNumber(p.overlapCoefficient), p.containment?.rawValue ?? "",
                AnalysisOutput.ids(p.sharedMembers), AnalysisOutput.csvNames(p.sharedMembers),
                AnalysisOutput.csvFlag(p.first.uncertain), AnalysisOutput.csvFlag(p.second.uncertain),
            ])
        }
        for p in organisationPairs {
            w.append([
                "organisations", p.first.id.rawValue, p.first.name, p.second.id.rawValue, p.second.name,
                "\(p.firstGroupCount)", "\(p.secondGroupCount)", "\(p.sharedCount)", AnalysisOutput.csvNumber(p.jaccard),
                AnalysisOutput.csvNumber(p.overlapCoefficient), "", AnalysisOutput.ids(p.sharedGroups),
                AnalysisOutput.csvNames(p.sharedGroups), AnalysisOutput.csvFlag(p.first.uncertain), AnalysisOutput.csvFlag(p.second.uncertain),
            ])
        }
        return w.text
    }
}
