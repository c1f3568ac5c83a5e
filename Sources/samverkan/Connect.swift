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
        network (edge list, GraphML, Pajek) A and B are nodes (ID or label) and the chains are chains of nodes.

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

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "connect", registryOnly: []) {
        case let .registry(registry): analysis = registry
        case let .oneMode(network):
            let a = try AnalysisOutput.answer("connect") { () throws(ResolutionError) in try network.network.resolve(from) }
            let b = try AnalysisOutput.answer("connect") { () throws(ResolutionError) in try network.network.resolve(to) }
            let link = try AnalysisOutput.answer("connect") { () throws(PathQueryError) in
                try network.connection(from: a, to: b, lengths: longer ? .shortestAndOneLonger : .shortest, limit: limit)
            }
            return try options.emit(link, table: { $0.table() }, csv: { $0.csv() })
        }
        let a = try options.organisation(from, in: analysis, command: "connect")
        let b = try options.organisation(to, in: analysis, command: "connect")
        let link = try AnalysisOutput.answer("connect") { () throws(RegistryAnalysisError) in
            try analysis.connection(from: a, to: b, lengths: longer ? .shortestAndOneLonger : .shortest, limit: limit)
        }
        try options.emit(link, table: { $0.table() }, csv: { $0.csv() })
    }
}

extension Connection {
    /// The shared groups, then the chains, numbered.
    func table() -> String {
        var out = AnalysisOutput.heading("\(from.name) → \(to.name)\(AnalysisOutput.dateSuffix(asOf))")
        out += "Shared groups: " + (sharedGroups.isEmpty ? "none" : AnalysisOutput.names(sharedGroups)) + "\n"
        guard let steps else {
            return out + "No chain of groups connects them.\n"
        }
        let count = shortestChainCount == 1 ? "1 chain" : "\(shortestChainCount) chains"
        out += "Shortest: \(steps) step\(steps == 1 ? "" : "s"), \(count)\n\n"
        let marked = (shortestChains + longerChains).contains(where: \.uncertain)
        var t = TextTable([("#", .right), ("Steps", .right), ("Chain", .left)] + (marked ? [("Presence", .left)] : []))
        let presence = { (c: Chain) in marked ? [AnalysisOutput.presence(c.uncertain)] : [] }
        for (i, c) in shortestChains.enumerated() { t.append(["\(i + 1)", "\(c.steps)", c.text] + presence(c)) }
        for (i, c) in longerChains.enumerated() {
            t.append(["\(shortestChains.count + i + 1)", "\(c.steps)", c.text] + presence(c))
        }
        out += t.render()
        if isTruncated { out += "(more chains exist; raise --limit to list them)\n" }
        return out + AnalysisOutput.notes(Self.explanations + (marked ? [AnalysisOutput.uncertainNote] : []))
    }

    /// A row per chain.
    func csv() -> String {
        var w = CSVWriter(header: ["kind", "number", "steps", "organisation_ids", "group_ids", "chain", "uncertain"], asOf: asOf)
        for (i, c) in shortestChains.enumerated() { w.append(Self.row("shortest", i + 1, c)) }
        for (i, c) in longerChains.enumerated() { w.append(Self.row("longer", i + 1, c)) }
        return w.text
    }

    private static func row(_ kind: String, _ number: Int, _ c: Chain) -> [String] {
        [
            kind, "\(number)", "\(c.steps)", AnalysisOutput.ids(c.organisations), AnalysisOutput.ids(c.groups), c.text,
            AnalysisOutput.csvFlag(c.uncertain),
        ]
    }
}
