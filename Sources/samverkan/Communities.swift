import ArgumentParser
import NetworkAnalysis
import PartnerRegistry

/// `samverkan communities FILE`: Louvain communities, modularity and k-cores.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Communities of organisations (Louvain, seeded) with modularity, and k-core numbers.",
        discussion: """
        Runs on the organisation network, ties weighed by the number of shared groups. The same \
        --seed gives the same communities every time. See docs/analysis.md. A one-mode network (edge list, \
        GraphML, Pajek) is divided as it is, its weights read as strengths.

        \(AnalysisOutput.exitCodes)
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Option(name: .customLong("seed"), help: ArgumentHelp("Fixes Louvain's visiting order.", valueName: "N"))
    var seed: UInt64 = 0

    @Option(
        name: .customLong("resolution"),
        help: ArgumentHelp("Above 1 favours smaller communities, below 1 larger ones.", valueName: "X"))
    var resolution = 1.0

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "communities", registryOnly: []) {
        case let .registry(registry): analysis = registry
        case let .oneMode(network):
            let report = try AnalysisOutput.answer("communities") { () throws(CommunityError) in
                try network.communities(seed: seed, resolution: resolution)
            }
            return try options.emit(report, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
        }
        analysis.announceOrganisationProjection(
            command: "communities", work: "building it and finding communities on it", alternative: "Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out.")
        let report = try AnalysisOutput.answer("communities") { () throws(RegistryAnalysisError) in
            try analysis.communities(seed: seed, resolution: resolution)
        }
        try options.emit(report, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension CommunityReport {
    func csv() -> String {
        // The core number on the sure network beside it (empty for an
        // organisation not in it); `uncertain` is the row's: not in the sure
        // network, or another core number there.
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "community", "core_number", "sure_core_number", "uncertain",
            "depends_on_uncertain_ties",
        ], asOf: asOf)
        for x in organisations {
            w.append([
                x.organisation.id.rawValue, x.organisation.name, "\(x.community)", "\(x.coreNumber)",
                x.sure.map { "\($0.coreNumber)" } ?? "", AnalysisOutput.csvFlag(x.uncertain),
                AnalysisOutput.csvFlag(x.dependsOnUncertainTies),
            ])
        }
        return w.text
    }
}
