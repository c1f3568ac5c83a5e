import ArgumentParser
import PartnerRegistry

/// `samverkan reach FILE A`: partners within k steps, and what a group is worth.
struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "Every partner A reaches within a number of steps, and what A would lose without one group.",
        discussion: """
        A step goes from an organisation through a group to another member: step 1 is the \
        organisations A sits in a group with, step 2 their partners, and so on. With --without GROUP, \
        the partners A would lose, or reach only by a longer way, if that group were dissolved. \
        See docs/analysis.md.

        \(AnalysisOutput.exitCodes)
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Argument(help: ArgumentHelp("The organisation (ID, name or alias).", valueName: "A"))
    var from: String

    @Option(name: .customLong("steps"), help: ArgumentHelp("How many steps out to look.", valueName: "N"))
    var steps = 2

    @Option(name: .customLong("without"), help: ArgumentHelp("A group to imagine dissolved (ID, name or alias).", valueName: "group"))
    var without: String?

    func run() throws {
        let analysis = try options.analysis(command: "reach")
        let a = try options.organisation(from, in: analysis, command: "reach")
        let g = try without.map { try options.group($0, in: analysis, command: "reach") }
        let reach = try AnalysisOutput.answer("reach") { () throws(RegistryAnalysisError) in
            try analysis.reach(from: a, steps: steps, without: g)
        }
        try options.emit(reach, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension PartnerReach {
    /// A row per partner; with `--without`, whether it is lost and its steps after.
    func csv() -> String {
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "steps", "via_ids", "via_names", "lost", "steps_without",
            "uncertain",
        ], asOf: asOf)
        let lostIDs = Set(lost.map(\.organisation.id))
        let after = Dictionary(uniqueKeysWithValues: lengthened.map { ($0.organisation.id, $0.stepsAfter) })
        for p in partners {
            var lostCell = "", afterCell = ""
            if without != nil {
                let isLost = lostIDs.contains(p.organisation.id)
                lostCell = isLost ? "true" : "false"
                afterCell = isLost ? "" : "\(after[p.organisation.id] ?? p.steps)"
            }
            w.append([
                p.organisation.id.rawValue, p.organisation.name, "\(p.steps)", AnalysisOutput.ids(p.via),
                AnalysisOutput.csvNames(p.via), lostCell, afterCell,
                // Reached only possibly: the partner, or every group it is reached through.
                AnalysisOutput.csvFlag(p.organisation.uncertain || (!p.via.isEmpty && p.via.allSatisfy(\.uncertain))),
            ])
        }
        return w.text
    }
}
