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

    @Option(
        name: .customLong("k-truss"),
        help: ArgumentHelp(
            "Instead of communities, list the K-truss: members and ties where every tie is in at least K − 2 triangles.",
            valueName: "K"))
    var kTruss: Int?

    @Option(help: "With --k-truss, a registry's network: organisations (the default) or groups.")
    var mode: NetworkMode?

    @Flag(help: ArgumentHelp(
        "Instead of communities, list every triangle: three nodes tied pairwise (one-mode networks).",
        discussion: "NetworkX's all_triangles(G), each triangle once, its nodes in name order."))
    var triangles = false

    func run() throws {
        if triangles { return try listTriangles() }
        if let kTruss { return try truss(kTruss) }
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

extension CommunitiesCommand {
    /// `--k-truss K`: the truss of the chosen projection or of the one-mode network.
    private func truss(_ k: Int) throws {
        let report: KTrussReport
        switch try options.input(command: "communities", registryOnly: mode == nil ? [] : ["--mode"]) {
        case let .registry(analysis):
            let mode = mode ?? .organisations
            if mode == .organisations {
                analysis.announceOrganisationProjection(
                    command: "communities", work: "building it and finding its k-truss",
                    alternative: "Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out.")
            }
            report = try analysis.kTruss(k, mode: mode)
        case let .oneMode(network): report = network.kTruss(k)
        }
        try options.emit(report, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension CommunitiesCommand {
    /// `--triangles`: every triangle of a one-mode network.
    private func listTriangles() throws {
        if kTruss != nil {
            throw CLIError.usage("--triangles and --k-truss each list something else; give one").report(command: "communities")
        }
        switch try options.input(command: "communities", registryOnly: mode == nil ? [] : ["--mode"]) {
        case .registry:
            throw CLIError.usage(
                "--triangles lists the triangles of a one-mode network (an edge list, GraphML or Pajek file), not of a registry"
            ).report(command: "communities")
        case let .oneMode(network):
            try options.emit(network.triangles(), table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
        }
    }
}

extension OneModeTriangleReport {
    /// A row per triangle: its three nodes' IDs and names.
    func csv() -> String {
        var w = CSVWriter(header: ["first_id", "first_name", "second_id", "second_name", "third_id", "third_name"])
        for t in triangles { w.append(t.flatMap { [$0.id, $0.name] }) }
        return w.text
    }
}

extension KTrussReport {
    /// A row per tie of the truss (members without ties are not in it).
    func csv() -> String {
        var w = CSVWriter(header: ["first_id", "first_name", "second_id", "second_name", "uncertain"], asOf: asOf)
        for t in ties { w.append([t.firstID, t.first, t.secondID, t.second, AnalysisOutput.csvFlag(t.uncertain)]) }
        return w.text
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
