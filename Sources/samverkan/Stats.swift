import ArgumentParser
import Foundation
import PartnerRegistry

/// `samverkan stats FILE`: the whole network in numbers.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Sizes by kind, density, centralisation, components, diameter and the most central entities.",
        discussion: """
        The organisation network joins two organisations when they share a group; its distances count steps. \
        Centralisation is Freeman's: 0 when everyone is alike, 1 for a star. The most central organisations \
        and groups are ranked by two-mode betweenness.

        A one-mode network (edge list, GraphML, Pajek) gets the same figures for its own graph, with its cut \
        vertices, bridges and largest core number.

        Exit status: 0 on success, 1 for a registry with errors, 2 when the file cannot be read, 3 when a \
        measure fails or the output cannot be written, 64 a usage error.
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Option(help: "How many of the most central organisations and groups to list.")
    var top: Int = 5

    @Flag(help: "Only the figures linear in the size of the network: skip the all-pairs ones (diameters, path lengths, efficiency, betweenness and closeness centralisation, the most central entities) and the triangle counts (transitivity, clustering).")
    var quick = false

    @Option(help: "Threads for the all-pairs measures (default: all available cores; results do not depend on it).")
    var threads: Int?

    @Flag(help: ArgumentHelp(
        "Every figure exact at any size (one search per organisation; hours on a million memberships).",
        discussion: """
        Without it, a registry of more than --exact-up-to organisations gets the average path length, global \
        efficiency and closeness centralisation estimated from sampled organisations (Hoeffding: each within its \
        stated ± with probability at least 1 - D), the most central entities by estimated betweenness \
        (Riondato–Kornaropoulos, as centrality --epsilon), and no transitivity, clustering or betweenness \
        centralisation. Diameters and radius are found by bounds: up to the threshold exactly, above it within \
        500 searches each (the bounds proven when they do not meet).
        """))
    var exact = false

    @Option(help: ArgumentHelp(
        "The largest number of organisations whose figures are exact without --exact (default 5000).", valueName: "N"))
    var exactUpTo: Int?

    @Option(help: ArgumentHelp(
        "Above --exact-up-to: the additive error of each estimate as a share of its range (0 < E < 1; default 0.03).",
        discussion: "The sampled organisations number ⌈ln(2/D)/(2E²)⌉: 1,665 at the defaults.",
        valueName: "E"))
    var epsilon: Double?

    @Option(help: ArgumentHelp(
        "Above --exact-up-to: the probability that an estimate misses its bound (0 < D < 1; default 0.1).", valueName: "D"))
    var delta: Double?

    @Option(help: ArgumentHelp(
        "Above --exact-up-to: the seed of the sampling (default 0). Same seed, same figures, for any --threads.",
        valueName: "S"))
    var seed: UInt64?

    /// The policy the options ask for.
    var allPairsPolicy: AllPairsPolicy {
        AllPairsPolicy(
            exactUpTo: exact ? .max : exactUpTo ?? AllPairsPolicy.defaultThreshold,
            epsilon: epsilon ?? AllPairsPolicy.defaultEpsilon,
            delta: delta ?? BetweennessEstimation.defaultDelta, seed: seed ?? 0)
    }

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Average clustering over every node (the default), or only over nodes whose clustering is not 0 (--no-count-zeros; one-mode networks).",
        discussion: "NetworkX's average_clustering(G, count_zeros=False)."))
    var countZeros = true

    @Option(help: ArgumentHelp(
        "Average clustering over these nodes only (repeatable; one-mode networks).",
        discussion: "NetworkX's average_clustering(G, nodes=[…]). An ID that is not a node is a usage error.",
        valueName: "ID"))
    var clusteringNodes: [String] = []

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "stats", registryOnly: []) {
        case let .registry(registry):
            if !countZeros || !clusteringNodes.isEmpty {
                throw CLIError.usage(
                    "\(countZeros ? "--clustering-nodes" : "--no-count-zeros") applies to a one-mode network "
                        + "(an edge list, GraphML or Pajek file), not to a registry"
                ).report(command: "stats")
            }
            analysis = registry
        case let .oneMode(network):
            let given = [("--exact", exact), ("--exact-up-to", exactUpTo != nil), ("--epsilon", epsilon != nil),
                         ("--delta", delta != nil), ("--seed", seed != nil)].filter { $0.1 }.map { $0.0 }
            if let first = given.first {
                throw CLIError.usage(
                    "\(first) applies to a registry, not to a one-mode network, whose figures are always exact"
                ).report(command: "stats")
            }
            let stats: OneModeStatistics
            do {
                stats = try network.statistics(
                    top: max(0, top), parallelism: ThreadCount.resolve(threads), countZeros: countZeros,
                    clusteringNodes: clusteringNodes.isEmpty ? nil : clusteringNodes)
            } catch let error as CentralityError {
                throw CLIError.usage(String(describing: error).replacingOccurrences(
                    of: "clustering nodes names", with: "--clustering-nodes names")).report(command: "stats")
            } catch {
                throw CLIError.failure(String(describing: error), status: 3).report(command: "stats")
            }
            return try options.emit(stats, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
        }
        let policy = allPairsPolicy
        // Above the threshold no projection is built: its figures are walked on the two-mode graph.
        if analysis.statisticsAreExact(policy) {
            analysis.announceOrganisationProjection(
                command: "stats", work: quick ? "building it" : "building it and its all-pairs figures",
                alternative: quick ? "Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out." : "--quick leaves out the all-pairs figures. Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out.")
        }
        let bar = ProgressBar()
        let table = options.output.format == .table
        // In table mode the cheap figures are printed as soon as they are
        // known; the all-pairs ones follow in a table of their own.
        var printedQuick = false
        let stats: NetworkStatistics
        do {
            defer { bar.finish() }
            stats = try analysis.statistics(
                top: max(0, top), parallelism: ThreadCount.resolve(threads), depth: quick ? .quick : .full,
                allPairs: policy, progress: bar.statisticsHandler,
                quickFigures: { quickStats in
                    guard table, !quick else { return }
                    try StandardStream.output.writeDisplay(quickStats.text(part: .cheap, style: .standardOutput))
                    printedQuick = true
                })
        } catch let error as StandardStreamError {
            throw error
        } catch {
            throw CLIError.failure(String(describing: error), status: 3).report(command: "stats")
        }
        try options.emit(
            stats, table: { $0.text(part: printedQuick ? .allPairs : .all, style: .standardOutput) }, csv: { $0.csv() })
    }
}

extension NetworkStatistics {
    /// Section, metric and value per row, the value on the sure network
    /// beside it (`sure_value`, empty for an entity not in the sure
    /// network) and whether the two differ (`uncertain`); for an estimated
    /// figure its bound (`error_bound`) and `confidence` (1 − δ), empty
    /// for an exact one.
    func csv() -> String {
        var csv = CSVWriter(header: ["section", "metric", "value", "sure_value", "uncertain", "error_bound", "confidence"])
        for row in rows {
            csv.append([
                row.section, row.metric, row.value, row.sure ?? "", AnalysisOutput.csvFlag(row.uncertain),
                row.estimate.map { "\($0.bound)" } ?? "", row.estimate.map { "\($0.confidence)" } ?? "",
            ])
        }
        return csv.text
    }
}
