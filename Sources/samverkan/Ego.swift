import ArgumentParser
import PartnerRegistry

/// `samverkan ego FILE A`: one organisation's neighbourhood.
struct EgoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ego",
        abstract: "One organisation's groups, co-members, their groups, … out to a radius.",
        discussion: """
        Radius 1: A's groups and the organisations in them; radius 2 adds their groups and members; \
        and so on. CSV output is the ego network's membership list. See docs/analysis.md.

        \(AnalysisOutput.exitCodes)
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Argument(help: ArgumentHelp("The organisation at the centre (ID, name or alias).", valueName: "A"))
    var center: String

    @Option(name: .customLong("radius"), help: ArgumentHelp("Steps out from the centre.", valueName: "N"))
    var radius = 1

    func run() throws {
        let analysis = try options.analysis(command: "ego")
        let a = try options.organisation(center, in: analysis, command: "ego")
        let ego = try AnalysisOutput.answer("ego") { () throws(RegistryAnalysisError) in try analysis.egoNetwork(of: a, radius: radius) }
        try options.emit(ego, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension EgoNetwork {
    /// The ego network as an edge list: a row per membership inside it,
    /// each step with its step on the sure network beside it
    /// (`sure_organisation_step`, `sure_group_step`; empty when the entity
    /// is only possibly in the ego network).
    func csv() -> String {
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "organisation_step", "sure_organisation_step", "group_id",
            "group_name", "group_step", "sure_group_step", "organisation_uncertain", "group_uncertain",
        ], asOf: asOf)
        let stepOf = Dictionary(uniqueKeysWithValues: organisations.map { ($0.organisation.id, $0) })
        func step(_ n: Int?) -> String { n.map { "\($0)" } ?? "" }
        for g in groups {
            for m in g.members {
                let o = stepOf[m.id]
                w.append([
                    m.id.rawValue, m.name, step(o?.steps), step(o?.sure), g.group.id.rawValue, g.group.name,
                    "\(g.steps)", step(g.sure), AnalysisOutput.csvFlag(m.uncertain),
                    AnalysisOutput.csvFlag(g.group.uncertain),
                ])
            }
        }
        return w.text
    }
}
