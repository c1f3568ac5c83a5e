import ArgumentParser
import NetworkAnalysis
import PartnerRegistry

/// `samverkan connect FILE A B`: which networks connect two organisations.
struct ConnectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Which networks connect A and B: shared groups, or the shortest chains of groups between them.",
        discussion: """
        Lists the groups both sit in and every shortest chain A → group → organisation → … → B \
        (up to --limit; the number of chains is always counted). --longer adds the chains one step longer. \
        Restrict the groups chains may pass through with --group-kind and --level; A and B themselves \
        are always kept. Organisations are named by ID, name or alias. See docs/analysis.md. In a one-mode \
        network (edge list, GraphML, Pajek) A and B are nodes (ID or label) and the chains are chains of nodes; \
        there --weights strength or length finds the chains of least total length instead of fewest ties.

        \(AnalysisOutput.exitCodes)
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Argument(help: ArgumentHelp("The first organisation (ID, name or alias).", valueName: "A"))
    var from: String

    @Argument(help: ArgumentHelp("The second organisation (ID, name or alias).", valueName: "B"))
    var to: String

    @Option(name: .customLong("limit"), help: ArgumentHelp("List at most N chains of each length.", valueName: "N"))
    var limit = 20

    @Flag(name: .customLong("longer"), help: "Also list the chains one step longer than the shortest.")
    var longer = false

    @Option(help: ArgumentHelp(
        "In a weighted one-mode network, what a tie's weight is: none (the default: every tie is one step), a strength (length 1/w) or a length (w).",
        discussion: "As centrality's --weights for the path measures. A registry's chains run through groups, whose ties carry no weights."))
    var weights: TieWeights?

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "connect", registryOnly: []) {
        case let .registry(registry):
            if let weights, weights != .none {
                throw CLIError.usage(
                    "--weights \(weights.rawValue) applies to a weighted one-mode network; a registry's chains run through groups, whose ties carry no weights")
                    .report(command: "connect")
            }
            analysis = registry
        case let .oneMode(network):
            let a = try AnalysisOutput.answer("connect") { () throws(ResolutionError) in try network.network.resolve(from) }
            let b = try AnalysisOutput.answer("connect") { () throws(ResolutionError) in try network.network.resolve(to) }
            let link = try AnalysisOutput.answer("connect") { () throws(PathQueryError) in
                try network.connection(
                    from: a, to: b, lengths: longer ? .shortestAndOneLonger : .shortest, limit: limit, weights: weights ?? .none)
            }
            return try options.emit(link, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
        }
        let a = try options.organisation(from, in: analysis, command: "connect")
        let b = try options.organisation(to, in: analysis, command: "connect")
        let link = try AnalysisOutput.answer("connect") { () throws(RegistryAnalysisError) in
            try analysis.connection(from: a, to: b, lengths: longer ? .shortestAndOneLonger : .shortest, limit: limit)
        }
        try options.emit(link, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension Connection {
    /// A row per chain.
    func csv() -> String {
        var w = CSVWriter(header: [
            "kind", "number", "steps", "organisation_ids", "group_ids", "chain", "uncertain", "tie_certainty",
            "tie_uncertain", "sure_steps",
        ], asOf: asOf)
        for (i, c) in shortestChains.enumerated() { w.append(row("shortest", i + 1, c)) }
        for (i, c) in longerChains.enumerated() { w.append(row("longer", i + 1, c)) }
        return w.text
    }

    private func row(_ kind: String, _ number: Int, _ c: Chain) -> [String] {
        [
            kind, "\(number)", "\(c.steps)", AnalysisOutput.ids(c.organisations), AnalysisOutput.ids(c.groups), c.text,
            AnalysisOutput.csvFlag(c.uncertain), c.ties.map(\.certainty.rawValue).joined(separator: ";"),
            c.ties.map { AnalysisOutput.csvFlag($0.uncertain) }.joined(separator: ";"), sureSteps.map { "\($0)" } ?? "",
        ]
    }
}
