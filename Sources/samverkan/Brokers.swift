import ArgumentParser
import PartnerRegistry

/// `samverkan brokers FILE`: cut vertices, bridges, constraint, effective size, brokerage roles.
struct BrokersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: "Who holds the network together and who brokers: cut vertices, bridges, constraint, roles.",
        discussion: """
        Cut vertices and bridges of the organisation network and of the network of organisations and \
        groups; the organisation network's blocks (biconnected components) and local bridges (ties whose ends \
        share no partner, with the span of the shortest detour); Burt's constraint (lower means more brokerage opportunities) and effective size; \
        Gould–Fernandez brokerage roles with each organisation's level as its group. \
        See docs/analysis.md.

        A one-mode network (edge list, GraphML, Pajek) gets its cut vertices, bridges, blocks, local bridges, \
        constraint, effective size and core numbers; --tie-weights reads its weights for constraint and effective size, \
        --weights for the local bridges' span (besides the ties counted, its length: 1/w for strength, w for length, \
        NetworkX's local_bridges(G, with_span=True, weight="weight")).

        \(AnalysisOutput.exitCodes)
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Option(
        name: .customLong("weighting"),
        help: "Ties for constraint and effective size: unweighted, or shared-groups (weighed by groups shared).")
    var weighting: TieWeighting = .unweighted

    @Flag(
        name: .customLong("tie-weights"),
        help: "One-mode input: weigh constraint and effective size by the file's tie weights.")
    var tieWeights = false

    @Option(help: ArgumentHelp(
        "One-mode input: the local bridges' span in weights too: strength (length 1/w), length (w), or none (ties only, the default).",
        discussion: """
        The span always counts the ties of the shortest other way between the ends; with strength or length it \
        also gives that way's least total length (NetworkX local_bridges(G, with_span=True, weight="weight") is \
        --weights length). Constraint and effective size read weights with --tie-weights, whatever this says.
        """))
    var weights: TieWeights?

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "brokers", registryOnly: weighting == .sharedGroups ? ["--weighting shared-groups"] : []) {
        case let .registry(registry):
            if tieWeights {
                throw CLIError.usage("--tie-weights is for one-mode networks; for a registry use --weighting shared-groups")
                    .report(command: "brokers")
            }
            if let weights {
                throw CLIError.usage("--weights \(weights.rawValue) is for one-mode networks: it reads a file's tie weights for the local bridges' span")
                    .report(command: "brokers")
            }
            analysis = registry
        case let .oneMode(network):
            return try options.emit(network.brokers(weighted: tieWeights, spans: weights?.lengths ?? .hops), table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
        }
        analysis.announceOrganisationProjection(
            command: "brokers", work: "building it and the brokerage measures on it", alternative: "Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out.")
        try options.emit(analysis.brokers(weighting: weighting), table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension TieWeighting: ExpressibleByArgument {}

extension BrokerReport {
    /// A row per organisation (cut lists, bridges, blocks and local bridges
    /// are in the JSON).
    func csv() -> String {
        // Each figure, then its value on the sure network (sure_…; empty
        // for an organisation not in it).
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "level", "partners", "sure_partners", "constraint", "sure_constraint",
            "effective_size", "sure_effective_size", "coordinator", "sure_coordinator", "consultant", "sure_consultant",
            "representative", "sure_representative", "gatekeeper", "sure_gatekeeper", "liaison", "sure_liaison",
            "brokerage_total", "sure_brokerage_total", "cut_vertex", "two_mode_cut_vertex", "uncertain",
        ], asOf: asOf)
        for o in organisations {
            let s = o.sure
            func count(_ n: Int?) -> String { n.map { "\($0)" } ?? "" }
            w.append([
                o.organisation.id.rawValue, o.organisation.name, o.level?.rawValue ?? "", "\(o.partners)", count(s?.partners),
                AnalysisOutput.csvNumber(o.constraint), AnalysisOutput.csvNumber(s?.constraint),
                AnalysisOutput.csvNumber(o.effectiveSize), AnalysisOutput.csvNumber(s?.effectiveSize),
                "\(o.roles.coordinator)", count(s?.roles.coordinator), "\(o.roles.consultant)", count(s?.roles.consultant),
                "\(o.roles.representative)", count(s?.roles.representative), "\(o.roles.gatekeeper)",
                count(s?.roles.gatekeeper), "\(o.roles.liaison)", count(s?.roles.liaison), "\(o.roles.total)",
                count(s?.roles.total), "\(o.isCutVertex)", "\(o.isTwoModeCutVertex)", AnalysisOutput.csvFlag(o.uncertain),
            ])
        }
        return w.text
    }
}
