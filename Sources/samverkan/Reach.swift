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
    /// A row per partner, with its steps on the sure network beside its
    /// steps (`sure_steps`, empty when the sure network does not reach it);
    /// with `--without`, whether it is lost and its steps after, each also
    /// on the sure network. `uncertain`: a value of the row differs on the
    /// sure network, or the partner is not within reach there.
    func csv() -> String {
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "steps", "sure_steps", "via_ids", "via_names", "lost", "sure_lost",
            "steps_without", "sure_steps_without", "uncertain",
        ], asOf: asOf)
        let lostIDs = Set(lost.map(\.organisation.id))
        let after = Dictionary(uniqueKeysWithValues: lengthened.map { ($0.organisation.id, $0.stepsAfter) })
        let sureLost = Set(sure?.lost.map(\.id) ?? [])
        let sureAfter = Dictionary(uniqueKeysWithValues: (sure?.lengthened ?? []).map { ($0.organisation.id, $0.stepsAfter) })
        func steps(_ n: Int?) -> String { n.map { "\($0)" } ?? "" }
        for p in partners {
            var lostCell = "", afterCell = "", sureLostCell = "", sureAfterCell = ""
            if without != nil {
                let isLost = lostIDs.contains(p.organisation.id)
                lostCell = AnalysisOutput.csvFlag(isLost)
                afterCell = isLost ? "" : "\(after[p.organisation.id] ?? p.steps)"
                // On the sure network: only a partner it reaches can be lost there.
                if let sureSteps = p.sure {
                    let isSurelyLost = sureLost.contains(p.organisation.id)
                    sureLostCell = AnalysisOutput.csvFlag(isSurelyLost)
                    sureAfterCell = isSurelyLost ? "" : steps(sureAfter[p.organisation.id] ?? sureSteps)
                }
            }
            w.append([
                p.organisation.id.rawValue, p.organisation.name, "\(p.steps)", steps(p.sure), AnalysisOutput.ids(p.via),
                AnalysisOutput.csvNames(p.via), lostCell, sureLostCell, afterCell, sureAfterCell,
                AnalysisOutput.csvFlag(p.uncertain || lostCell != sureLostCell || afterCell != sureAfterCell),
            ])
        }
        return w.text
    }
}
