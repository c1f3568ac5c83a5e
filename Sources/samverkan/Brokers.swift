import ArgumentParser
import PartnerRegistry

/// `samverkan brokers FILE`: cut vertices, bridges, constraint, effective size, brokerage roles.
struct BrokersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: "Who holds the network together and who brokers: cut vertices, bridges, constraint, roles.",
        discussion: """
        Cut vertices and bridges of the organisation network and of the network of organisations and \
        groups; Burt's constraint (lower means more brokerage opportunities) and effective size; \
        Gould–Fernandez brokerage roles with each organisation's level as its group. \
        See docs/analysis.md.

        A one-mode network (edge list, GraphML, Pajek) gets its cut vertices, bridges, constraint, effective \
        size and core numbers; --tie-weights reads its weights for constraint and effective size.

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

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "brokers", registryOnly: weighting == .sharedGroups ? ["--weighting shared-groups"] : []) {
        case let .registry(registry):
            if tieWeights {
                throw CLIError.usage("--tie-weights is for one-mode networks; for a registry use --weighting shared-groups")
                    .report(command: "brokers")
            }
            analysis = registry
        case let .oneMode(network):
            return try options.emit(network.brokers(weighted: tieWeights), table: { $0.table() }, csv: { $0.csv() })
        }
        analysis.announceOrganisationProjection(
            command: "brokers", work: "building it and the brokerage measures on it", alternative: "Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out.")
        try options.emit(analysis.brokers(weighting: weighting), table: { $0.table() }, csv: { $0.csv() })
    }
}

extension TieWeighting: ExpressibleByArgument {}

extension BrokerReport {
    /// Cut vertices and bridges, then every organisation's scores.
    func table() -> String {
        var out = AnalysisOutput.heading("What holds the network together\(AnalysisOutput.dateSuffix(asOf))")
        func list<K>(_ items: [Named<K>]) -> String { items.isEmpty ? "none" : AnalysisOutput.names(items) }
        out += "Cut organisations (organisation network): \(list(projectionCutOrganisations))\n"
        out += "Cut organisations (organisations and groups): \(list(twoModeCutOrganisations))\n"
        out += "Cut groups: \(list(twoModeCutGroups))\n"
        let inner = projectionBridges.filter { !$0.isPendant }
        let pendantTies = projectionBridges.count - inner.count
        out += "\n" + AnalysisOutput.heading("Bridging ties between organisations")
        var b = TextTable([("Organisation", .left), ("Organisation", .left), ("Shared groups", .left)])
        for t in inner { b.append([t.first.name, t.second.name, AnalysisOutput.names(t.sharedGroups)]) }
        out += inner.isEmpty ? "none\n" : b.render()
        if pendantTies > 0 { out += "(and \(pendantTies) pendant tie\(pendantTies == 1 ? "" : "s") to organisations with one partner)\n" }
        let memberships = twoModeBridges.filter { !$0.isPendant }
        let pendant = twoModeBridges.count - memberships.count
        out += "\n" + AnalysisOutput.heading("Bridging memberships")
        var m = TextTable([("Organisation", .left), ("Group", .left)])
        for x in memberships { m.append([AnalysisOutput.label(x.organisation), AnalysisOutput.label(x.group)]) }
        out += memberships.isEmpty ? "none\n" : m.render()
        if pendant > 0 { out += "(and \(pendant) pendant membership\(pendant == 1 ? "" : "s"): one-member groups or one-group members)\n" }
        out += "\n" + AnalysisOutput.heading("Brokerage (constraint with \(weighting.rawValue) ties)")
        var t = TextTable([
            ("Organisation", .left), ("Level", .left), ("Partners", .right), ("Constraint", .right),
            ("Eff. size", .right), ("Coord", .right), ("Consult", .right), ("Repr", .right), ("Gate", .right),
            ("Liaison", .right), ("Cut", .left),
        ])
        for o in organisations {
            let cut = o.isCutVertex ? "yes" : o.isTwoModeCutVertex ? "two-mode" : "no"
            t.append([
                AnalysisOutput.label(o.organisation), o.level?.rawValue ?? "–", "\(o.partners)", AnalysisOutput.decimal(o.constraint),
                AnalysisOutput.decimal(o.effectiveSize), "\(o.roles.coordinator)", "\(o.roles.consultant)",
                "\(o.roles.representative)", "\(o.roles.gatekeeper)", "\(o.roles.liaison)", cut,
            ])
        }
        out += t.render()
        return out + AnalysisOutput.notes(Self.explanations)
    }

    /// A row per organisation (cut lists and bridges are in the JSON).
    func csv() -> String {
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "level", "partners", "constraint", "effective_size",
            "coordinator", "consultant", "representative", "gatekeeper", "liaison", "brokerage_total", "cut_vertex",
            "two_mode_cut_vertex", "uncertain",
        ], asOf: asOf)
        for o in organisations {
            w.append([
                o.organisation.id.rawValue, o.organisation.name, o.level?.rawValue ?? "", "\(o.partners)",
                AnalysisOutput.csvNumber(o.constraint), AnalysisOutput.csvNumber(o.effectiveSize),
                "\(o.roles.coordinator)", "\(o.roles.consultant)", "\(o.roles.representative)",
                "\(o.roles.gatekeeper)", "\(o.roles.liaison)", "\(o.roles.total)", "\(o.isCutVertex)",
                "\(o.isTwoModeCutVertex)", AnalysisOutput.csvFlag(o.organisation.uncertain),
            ])
        }
        return w.text
    }
}
