import ArgumentParser
import Foundation
import NetworkAnalysis
import PartnerRegistry

extension CentralityMeasure: ExpressibleByArgument {}
extension NetworkMode: ExpressibleByArgument {}
extension ProjectionLengths: ExpressibleByArgument {}
extension TieWeights: ExpressibleByArgument {}
extension CertaintyFilter: ExpressibleByArgument {}

/// `--normalized` (the default) or `--raw`: degree and betweenness as
/// shares or as counts and sums.
enum CentralityScale: String, EnumerableFlag {
    case normalized, raw

    static func help(for value: CentralityScale) -> ArgumentHelp? {
        switch value {
        case .normalized:
            "Degree and betweenness normalised (the default): NetworkX's normalized=True; Borgatti–Everett on the two-mode graph."
        case .raw:
            "Degree as a count of ties, betweenness and edge betweenness as the sum over pairs of nodes (NetworkX normalized=False, igraph's values)."
        }
    }
}

/// `samverkan centrality FILE --measure NAME`: who sits at the centre.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank organisations and groups by a centrality measure.",
        discussion: """
        In two-mode mode (the default) organisations and groups are the two sides of one graph and degree, \
        closeness and betweenness are normalised as NetworkX's bipartite module does (Borgatti–Everett). \
        With --mode organisations or groups the measure runs on the projection, weighted by shared groups \
        (or members); path measures turn a weight w into the length 1/w unless --weights length (w itself) or \
        --weights none (one step per tie) is given. --raw gives degree as a count and betweenness and edge betweenness unnormalised, \
        --endpoints counts a path's ends, --no-wf-improved leaves closeness unscaled (docs/analysis.md has the table). \
        A projection in which one organisation (or group) alone makes more than 1,000,000 ties (it sits in \
        1,415 groups, or has 1,415 members) is announced on standard error before it is built; degree is \
        counted on the two-mode graph without building it.

        A one-mode network (an edge list, GraphML or Pajek file; docs/interchange.md) is ranked as it is: \
        its nodes, its ties, its weights read as for a projection. --mode and the registry's date, certainty \
        and kind options do not apply to it.

        Exit status: 0 on success, 1 for a registry with errors, 2 when the file cannot be read, 3 when a \
        measure fails (e.g. does not converge) or the output cannot be written, 64 a usage error (e.g. --top 0).
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Option(help: "The measure.")
    var measure: CentralityMeasure = .betweenness

    @Option(help: "A registry's graph: two-mode (the default), or the organisations' or groups' projection.")
    var mode: NetworkMode?

    @Option(help: ArgumentHelp(
        "What a tie's weight is, for every measure: a strength (the default), a length, or nothing.",
        discussion: """
        strength: path measures (betweenness, closeness, harmonic, eccentricity) use the length 1/w; pagerank, eigenvector, katz \
        and clustering read w as a strength. length: path measures use w itself (NetworkX's weight='weight'), the \
        others still read w as a strength. none: one step per tie and every tie strength 1 (NetworkX weight=None).
        """))
    var weights: TieWeights?

    @Option(help: ArgumentHelp(
        "The path measures' lengths only: 1/weight (the default), one step per tie, or the weight itself.",
        discussion: "An alias for the path measures' part of --weights: inverse-weight = strength, hops = none, weight = length."))
    var lengths: ProjectionLengths?

    @Flag(help: "Degree and betweenness normalised (the default) or raw.")
    var scale: CentralityScale = .normalized

    @Flag(help: "Betweenness: a path's end nodes count as on it (NetworkX endpoints=True; on the two-mode graph only with --raw).")
    var endpoints = false

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Closeness scaled by the share of nodes reached (Wasserman–Faust, the default), or not (--no-wf-improved).",
        discussion: """
        NetworkX's wf_improved; --no-wf-improved gives igraph's normalized closeness. On the two-mode graph it drops \
        the same factor from Borgatti–Everett closeness (NetworkX bipartite.closeness_centrality(normalized=False)).
        """))
    var wfImproved = true

    @Option(help: "Katz's attenuation factor: a number above 0 and below 1/λ_max of the graph.")
    var alpha: Double = 0.1

    @Option(help: ArgumentHelp(
        "Katz's β: one number for every node (default 1), or ID=BETA for each node (repeatable; one-mode networks).",
        discussion: """
        NetworkX's beta, a scalar or a dict: the weight each node starts with. The scores are normalised to unit \
        length, so one number gives the scores of any other; per node, every node must have one (0 or above, \
        not all 0).
        """,
        valueName: "B|ID=BETA"))
    var beta: [String] = []

    /// `--beta`: one number for all, or a β per node ID; nil when not given.
    func betaValues() throws(CLIError) -> (scalar: Double, perNode: [String: Double]?)? {
        guard !beta.isEmpty else { return nil }
        if beta.count == 1, !beta[0].contains("=") {
            guard let b = Double(beta[0]), b.isFinite, b > 0 else {
                throw .usage("--beta \(beta[0]) is invalid; give a number above 0 (e.g. 1), or ID=BETA for every node")
            }
            return (b, nil)
        }
        var perNode: [String: Double] = [:]
        for entry in beta {
            guard let equals = entry.lastIndex(of: "="), equals != entry.startIndex,
                  let b = Double(entry[entry.index(after: equals)...]), b.isFinite, b >= 0
            else {
                throw .usage("--beta \(entry) is invalid; give ID=BETA (a number 0 or above) for every node, or one number for all")
            }
            let id = String(entry[..<equals])
            guard perNode[id] == nil else { throw .usage("--beta names \(id) twice; give each node once") }
            perNode[id] = b
        }
        return (1, perNode)
    }

    @Option(help: ArgumentHelp(
        "Stopping tolerance of eigenvector, PageRank and Katz (default: iterate to the answer, 1e-14).",
        discussion: "NetworkX's per-vertex rule, sum |x - x_prev| < n * tolerance; 1e-6 gives NetworkX's defaults.",
        valueName: "number"))
    var tolerance: Double?

    @Option(help: ArgumentHelp(
        "PageRank: jump to this node with this weight (repeatable; one-mode networks).",
        discussion: """
        NetworkX's personalization: the weights are normalised to sum 1, a node not listed gets 0, and the walk \
        jumps (and leaves a node without ties) to the listed nodes only. A weight is a number 0 or above; at least \
        one must be above 0. An ID that is not a node, or given twice, is a usage error.
        """,
        valueName: "ID=WEIGHT"))
    var personalization: [String] = []

    @Option(help: ArgumentHelp(
        "Harmonic: sum 1/distance from these nodes only (repeatable; one-mode networks).",
        discussion: "NetworkX's harmonic_centrality(G, sources=…): every node's sum over the listed nodes at a distance above 0 from it.",
        valueName: "ID"))
    var sources: [String] = []

    /// `--personalization ID=WEIGHT`s as weights by ID; nil when none is given.
    func personalizationWeights() throws(CLIError) -> [String: Double]? {
        guard !personalization.isEmpty else { return nil }
        var weights: [String: Double] = [:]
        for entry in personalization {
            guard let equals = entry.lastIndex(of: "="), let weight = Double(entry[entry.index(after: equals)...]),
                  equals != entry.startIndex
            else { throw .usage("--personalization \(entry) is invalid; give ID=WEIGHT, e.g. --personalization 3=1") }
            let id = String(entry[..<equals])
            guard weights[id] == nil else { throw .usage("--personalization names \(id) twice; give each node once") }
            guard weight.isFinite, weight >= 0 else {
                throw .usage("--personalization \(entry) is invalid; a weight is a number 0 or above")
            }
            weights[id] = weight
        }
        guard weights.values.contains(where: { $0 > 0 }) else {
            throw .usage("--personalization gives every node the weight 0; at least one weight must be above 0")
        }
        return weights
    }

    @Option(help: ArgumentHelp(
        "The most iterations eigenvector, PageRank and Katz may take (default 10000); fewer fail as not converged (exit 3).",
        discussion: "NetworkX's max_iter (its defaults: 100 for PageRank, 1000 for Katz, 100 for eigenvector).",
        valueName: "N"))
    var maxIterations: Int?

    @Option(help: ArgumentHelp(
        "Eigenvector and Katz: start the iteration from this number at this node (repeatable, every node; one-mode networks).",
        discussion: """
        NetworkX's nstart: eigenvector divides it by its sum (a sum of 0 is a usage error), Katz starts from it as \
        given. The converged scores do not depend on it.
        """,
        valueName: "ID=X"))
    var nstart: [String] = []

    /// `--nstart ID=X`s by ID; nil when none is given.
    func startValues() throws(CLIError) -> [String: Double]? {
        guard !nstart.isEmpty else { return nil }
        var values: [String: Double] = [:]
        for entry in nstart {
            guard let equals = entry.lastIndex(of: "="), equals != entry.startIndex,
                  let x = Double(entry[entry.index(after: equals)...]), x.isFinite
            else { throw .usage("--nstart \(entry) is invalid; give ID=X, a number for every node") }
            let id = String(entry[..<equals])
            guard values[id] == nil else { throw .usage("--nstart names \(id) twice; give each node once") }
            values[id] = x
        }
        return values
    }

    @Option(help: "Show only the N highest scores.")
    var top: Int?

    @Option(help: "Threads for betweenness, closeness, harmonic and eccentricity (default: all available cores; results do not depend on it).")
    var threads: Int?

    @Option(help: ArgumentHelp(
        "Estimate betweenness by sampling shortest paths, to within this additive error (0 < E < 1).",
        discussion: """
        Riondato–Kornaropoulos: with probability at least 1 - D, every score is within E of the exact one on the \
        scale of ordered pairs n(n - 1); the output restates the bound on the scale it prints (two-mode: per side, \
        Borgatti–Everett; projections and one-mode: NetworkX normalised). Path lengths are hops (projections and \
        weighted one-mode networks need --lengths hops). Same seed, same scores, for any --threads.
        """,
        valueName: "E"))
    var epsilon: Double?

    @Option(help: ArgumentHelp(
        "With --epsilon: the probability that some score misses the bound (0 < D < 1; default 0.1).", valueName: "D"))
    var delta: Double?

    @Option(help: ArgumentHelp(
        "Betweenness and edge betweenness from K sampled sources, as NetworkX's k (one-mode networks; 1 ≤ K ≤ the number of nodes).",
        discussion: """
        NetworkX's betweenness_centrality(G, k=K, seed=S) and edge_betweenness_centrality(G, k=K, seed=S): the \
        sources are the K nodes Python's random.Random(S).sample(list(G), K) picks, the nodes in the file's order \
        of first appearance (--seed S, default 0), and the sums are extrapolated as NetworkX does; the same file, \
        K and S give NetworkX's numbers. K equal to the number of nodes is exact betweenness.
        """,
        valueName: "K"))
    var sampleSources: Int?

    @Option(help: ArgumentHelp(
        "The seed of --epsilon's sampling, or Python's random.Random seed for --sample-sources (default 0).",
        discussion: "With --epsilon it seeds the package's own generator (SplitMix64); with --sample-sources it is NetworkX's seed=S.",
        valueName: "S"))
    var seed: UInt64?

    /// The estimate `--epsilon`, `--delta` and `--seed` ask for, if any.
    var estimate: BetweennessEstimation? {
        epsilon.map {
            BetweennessEstimation(epsilon: $0, delta: delta ?? BetweennessEstimation.defaultDelta, seed: seed ?? 0)
        }
    }

    /// The options the command line gives, for any input.
    func centralityOptions(mode: NetworkMode) -> CentralityOptions {
        var options = CentralityOptions(
            measure, mode: mode, katzAlpha: alpha, tolerance: tolerance,
            parallelism: ThreadCount.resolve(threads), limit: top.map { max(0, $0) }, estimate: estimate)
        options.weights = weights ?? .strength
        if let lengths { options.lengths = lengths }
        options.normalized = scale == .normalized
        options.endpoints = endpoints ? .included : .excluded
        options.closeness = wfImproved ? .wassermanFaust : .reachable
        options.personalization = try? personalizationWeights()
        options.sources = sources.isEmpty ? nil : sources
        options.maxIterations = maxIterations
        options.start = try? startValues()
        options.sourceSample = sampleSources.map { SourceSample(count: $0, seed: seed ?? 0) }
        if let betas = try? betaValues() {
            options.katzBeta = betas.scalar
            options.katzBetaPerNode = betas.perNode
        }
        return options
    }

    func run() throws {
        if measure == .edgeBetweenness { return try rankTies() }
        switch try options.membershipsOrInput(command: "centrality", registryOnly: mode == nil ? [] : ["--mode"]) {
        case let .memberships(network): return try rankTwoMode(network)
        case let .analysis(.registry(analysis)): return try rankTwoMode(analysis)
        case let .analysis(.oneMode(network)):
            let report = try rank(weightedTies: "this network's ties are weighted") { progress in
                try network.centrality(centralityOptions(mode: .twoMode), progress: progress)
            }
            return try options.emit(report, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
        }
    }

    /// Ranks a registry's or a CSV's organisations and groups and prints the ranking.
    private func rankTwoMode(_ network: some TwoModeCentralityRanking) throws {
        let mode = mode ?? .twoMode
        if mode != .twoMode, measure != .degree || estimate != nil,
           let size = try network.projectionSize(mode, above: ProjectionSize.noticeThreshold)
        {
            printToStandardError(size.notice(
                command: "centrality", work: "building it and measuring on it",
                alternative: "The two-mode graph (leave out --mode) and --measure degree need no projection."))
        }
        let report = try rank { progress in try network.centrality(centralityOptions(mode: mode), progress: progress) }
        try options.emit(report, table: { $0.text(style: .standardOutput) }, csv: { $0.csv() })
    }

    /// Runs `body` under a progress bar named after the measure; a failure
    /// exits 3, and an estimate over weighted ties is a usage error that
    /// says why (`weightedTies`).
    private func rank<Report>(
        weightedTies: String = "the projection's ties are weighted (length 1/weight by default)",
        _ body: (ProgressHandler?) throws -> Report
    ) throws -> Report {
        let bar = ProgressBar()
        bar.begin(measure.rawValue)
        do {
            defer { bar.finish() }
            return try body(bar.handler)
        } catch let error as CentralityError where error.isUsage {
            // The library names NetworkX's parameters; the command line its options.
            let message = [("normalized=False", "--raw"), ("endpoints=True", "--endpoints"),
                           ("normalized=True", "--normalized"), ("wf_improved=False", "--no-wf-improved"),
                           ("personalization does not", "--personalization does not"),
                           ("sources does not", "--sources does not"), ("personalization names", "--personalization names"),
                           ("sources names", "--sources names"), ("the personalization is", "--personalization is"),
                           ("beta names", "--beta names"), ("Katz's beta is invalid", "--beta is invalid"),
                           ("beta per node names", "--beta ID=BETA names"), ("max_iter=", "--max-iterations "),
                           ("max_iter does not", "--max-iterations does not"), ("nstart does not", "--nstart does not"),
                           ("nstart names", "--nstart names"), ("the start vector (nstart) is", "--nstart is")]
                .reduce(error.description) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
            throw CLIError.usage(message).report(command: "centrality")
        } catch let error as CentralityError where error.sampleMessage != nil {
            throw CLIError.usage(error.sampleMessage ?? "").report(command: "centrality")
        } catch let error as CentralityError where error == .estimateNeedsHops {
            throw CLIError.usage("--epsilon estimates betweenness in hops, and \(weightedTies); add --lengths hops")
                .report(command: "centrality")
        } catch let error as CentralityError where error == .noTrianglesInTwoMode {
            throw CLIError.usage("\(error)").report(command: "centrality")
        } catch {
            let message = "\(error)".replacingOccurrences(of: "raise maxIterations", with: "raise --max-iterations")
            throw CLIError.failure("\(measure.rawValue): \(message)", status: 3).report(command: "centrality")
        }
    }
}

extension CentralityError {
    /// `--sample-sources` out of range or on a registry: the usage error's
    /// message; nil for other errors.
    var sampleMessage: String? {
        switch self {
        case let .sourceSampleOutOfRange(count, nodes):
            "--sample-sources \(count) is out of range; give 1 to \(nodes), the network's number of nodes "
                + "(NetworkX: sample larger than population or is negative)"
        case .sourceSampleNeedsOneMode:
            "--sample-sources samples nodes in a one-mode network's node order (an edge list, GraphML or Pajek file); "
                + "a registry or a CSV of memberships has none to follow"
        default: nil
        }
    }

    /// An option that does not fit the measure or the graph: a usage error.
    var isUsage: Bool {
        switch self {
        case .optionDoesNotApply, .estimateNeedsDefaultScale, .oneModeOnly, .unknownNode, .invalidPersonalization,
             .invalidBeta, .invalidStart: true
        default: false
        }
    }
}

extension CentralityReport {
    /// A row per entity, with the score on the sure network beside it
    /// (`sure_<measure>`, empty for an entity not in it) and an `uncertain`
    /// column (a one-mode network: a row per node, without type, sure
    /// score and presence); an estimate adds the
    /// row's `error_bound` (on the score's scale) and `confidence` (1 − δ).
    func csv() -> String {
        let extra = estimate == nil ? [] : ["error_bound", "confidence"]
        func bounds(_ s: CentralityScore) -> [String] {
            estimate.map { ["\($0.errorBounds[s.type.rawValue] ?? .nan)", "\(1 - $0.delta)"] } ?? []
        }
        if isOneMode {
            var csv = CSVWriter(header: ["rank", "id", "name", "kind", measure.rawValue] + extra)
            for s in scores { csv.append([String(s.rank), s.id, s.name, s.kind, "\(s.score)"] + bounds(s)) }
            return csv.text
        }
        var csv = CSVWriter(
            header: ["rank", "id", "name", "type", "kind", measure.rawValue, "sure_" + measure.rawValue, "uncertain"]
                + extra, asOf: asOf)
        for s in scores {
            csv.append([String(s.rank), s.id, s.name, s.type.rawValue, s.kind, "\(s.score)",
                        AnalysisOutput.csvNumber(s.sure), AnalysisOutput.csvFlag(s.uncertain)] + bounds(s))
        }
        return csv.text
    }
}
