import NetworkAnalysis

/// Everything a centrality ranking is computed with, for a registry
/// (`RegistryAnalysis`), a CSV of memberships (`MembershipNetwork`) and a
/// one-mode network (`OneModeAnalysis`) alike: the measure, the graph it
/// runs on, how weights become lengths, the iterative measures' settings,
/// the threads, the cut and the estimate. One value, so that a new
/// setting is added in one place and reaches every input.
///
/// ```swift
/// var options = CentralityOptions(.betweenness, mode: .organisations)
/// options.parallelism = 2
/// let report = try analysis.centrality(options)
/// ```
public struct CentralityOptions: Hashable, Sendable {
    /// The measure to rank by.
    public var measure: CentralityMeasure
    /// The graph it runs on: the two-mode graph (default) or the
    /// organisations' or groups' projection. A one-mode network is ranked
    /// as it is, whatever this says.
    public var mode: NetworkMode
    /// How weights (a projection's shared groups or members, a one-mode
    /// file's tie weights) become path lengths for betweenness, closeness
    /// and harmonic: `.inverseWeight` (1/weight, the default) or `.hops`.
    public var lengths: ProjectionLengths
    /// Whether eigenvector, PageRank, Katz and clustering read tie weights
    /// as strengths (`.weights`, the default) or ignore them (`.ignored`).
    public var strengths: EdgeWeighting = .weights
    /// Degree and betweenness as NetworkX normalises them (true, the
    /// default; on the two-mode graph Borgatti–Everett's shares), or raw:
    /// degree as a count of ties, betweenness as the sum over unordered
    /// pairs (NetworkX `normalized=False`, igraph's values).
    public var normalized = true
    /// Whether betweenness counts a path's end vertices as on it (NetworkX
    /// `endpoints=True`); on the two-mode graph only with `normalized` false.
    public var endpoints: EndpointPolicy = .excluded
    /// Closeness's scale: `.wassermanFaust` (NetworkX `wf_improved=True`,
    /// the default) or `.reachable` (`wf_improved=False`); on the two-mode
    /// graph `.reachable` drops the same factor, the share of the graph
    /// reached (`bipartite.closeness_centrality(normalized=False)`).
    public var closeness: ClosenessNormalization = .wassermanFaust
    /// Katz's attenuation factor (NetworkX default 0.1); it must stay
    /// below 1/λ_max of the graph.
    public var katzAlpha: Double
    /// The stopping tolerance of eigenvector, PageRank and Katz, in
    /// NetworkX's per-vertex rule `Σ|x − x_prev| < n·tolerance`; nil (the
    /// default) iterates to the answer (`Graph.convergedTolerance`).
    public var tolerance: Double?
    /// Threads for the path measures (the result does not depend on it).
    public var parallelism: Int
    /// Keep only the first `limit` places of the ranking (all when nil);
    /// ties at the cut are ordered as in the whole ranking.
    public var limit: Int?
    /// Estimate betweenness by sampling shortest paths, with the
    /// guarantee it states, instead of computing it exactly (hops only).
    public var estimate: BetweennessEstimation?
    /// PageRank's personalisation (NetworkX `personalization`): a
    /// non-negative weight per node ID, normalised to sum 1; a node not
    /// listed gets 0, and the walk jumps (and leaves a dangling node) to
    /// the listed nodes only. One-mode networks only; nil: uniform.
    public var personalization: [String: Double]?
    /// Harmonic centrality from these nodes only (NetworkX `sources`):
    /// each node's sum of 1/d over its distances from the listed nodes.
    /// One-mode networks only; nil: from every node.
    public var sources: [String]?
    /// Katz's β (NetworkX `beta`): the weight every node starts with, one
    /// number for all (the default 1; with the scores normalised to unit
    /// length any positive number gives the same scores) …
    public var katzBeta: Double = 1
    /// … or one per node ID, every node of the network given (one-mode
    /// networks only); nil: `katzBeta` for all.
    public var katzBetaPerNode: [String: Double]?
    /// The most iterations eigenvector, PageRank and Katz may take before
    /// they fail as not converged (NetworkX `max_iter`); nil: 10 000.
    public var maxIterations: Int?
    /// Eigenvector's and Katz's start vector (NetworkX `nstart`), a number
    /// per node ID, every node of a one-mode network given; nil: the
    /// default start.
    public var start: [String: Double]?
    /// Betweenness and edge betweenness from `count` sampled sources,
    /// extrapolated as NetworkX does (`k=count, seed=seed`): the sources
    /// are those `random.Random(seed).sample(list(G), count)` picks, with
    /// the one-mode network's nodes in their order of first appearance
    /// (`PythonRandomSample`). One-mode networks only; nil: every source.
    public var sourceSample: SourceSample?

    public init(
        _ measure: CentralityMeasure, mode: NetworkMode = .twoMode, lengths: ProjectionLengths = .inverseWeight,
        katzAlpha: Double = 0.1, tolerance: Double? = nil, parallelism: Int = 1, limit: Int? = nil,
        estimate: BetweennessEstimation? = nil
    ) {
        self.measure = measure
        self.mode = mode
        self.lengths = lengths
        self.katzAlpha = katzAlpha
        self.tolerance = tolerance
        self.parallelism = parallelism
        self.limit = limit
        self.estimate = estimate
    }

    /// The sources betweenness sums over on a graph of `vertexCount`
    /// vertices: every vertex, or the sample `sourceSample` asks for.
    /// - Throws: `CentralityError.sourceSampleOutOfRange` for a sample
    ///   of fewer than 1 or more than `vertexCount` sources.
    func sources(vertexCount: Int) throws -> SourceSelection {
        guard let sourceSample else { return .all }
        guard sourceSample.count >= 1, sourceSample.count <= vertexCount else {
            throw CentralityError.sourceSampleOutOfRange(count: sourceSample.count, nodes: vertexCount)
        }
        return .pythonSample(count: sourceSample.count, seed: sourceSample.seed)
    }

    /// Whether a Katz failure is explained by 1/λ_max (`CentralityKernel.katzGuard`):
    /// not when the iterations were cut short on purpose (`maxIterations`).
    var explainsKatzFailure: Bool { measure == .katz && maxIterations == nil }

    /// Sets the path measures' lengths and the other measures' strengths
    /// from one reading of the weights (`--weights`).
    public var weights: TieWeights? {
        get {
            TieWeights.allCases.first(where: { $0.lengths == lengths && $0.strengths == strengths })
        }
        set {
            let w = newValue ?? .strength
            lengths = w.lengths
            strengths = w.strengths
        }
    }

    /// What the options chosen here change in the measure's default
    /// meaning (raw, endpoints, closeness without the share reached,
    /// PageRank personalised, harmonic from some sources,
    /// weights ignored or read as lengths); nil when nothing.
    /// `weighted`: the graph measured has weights (a projection, a
    /// weighted file), else what the weights would change is not named.
    func scaleNote(weighted: Bool) -> String? {
        var notes: [String] = []
        if let sourceSample, [.betweenness, .edgeBetweenness].contains(measure) {
            notes.append("from \(sourceSample.count) sampled \(sourceSample.count == 1 ? "source" : "sources") (seed \(sourceSample.seed)), extrapolated")
        }
        if !normalized { notes.append(measure == .degree ? "raw: the number of ties, not a share" : "raw: sums over pairs, not normalised") }
        if endpoints == .included { notes.append("endpoints count as on the path") }
        if closeness == .reachable { notes.append("not scaled by the share reached (wf_improved off)") }
        if measure == .pagerank, let personalization {
            let n = personalization.values.filter { $0 > 0 }.count
            notes.append("personalised: jumps to \(n) \(n == 1 ? "node" : "nodes") only")
        }
        if measure == .harmonic, let sources {
            let n = Set(sources).count
            notes.append("from \(n) \(n == 1 ? "source" : "sources") only")
        }
        if weighted, strengths == .ignored, [.eigenvector, .pagerank, .katz, .clustering].contains(measure) {
            notes.append("weights ignored")
        }
        if weighted, lengths == .weight, [.betweenness, .edgeBetweenness, .closeness, .harmonic, .eccentricity].contains(measure) {
            notes.append("weight read as length")
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// The measure's one-line explanation on `mode` (nil: a one-mode
    /// network), with what the chosen scale and weights change on a graph
    /// that is `weighted` or not.
    func explanation(on mode: NetworkMode?, weighted: Bool) -> String {
        let base = measure.explanation(on: mode)
        guard let scaleNote = scaleNote(weighted: weighted) else { return base }
        return base + " [\(scaleNote)]"
    }

    /// The settings every input checks alike before any work: an estimate
    /// of betweenness only, in hops on weighted lengths, a usable tolerance
    /// and Katz alpha. `weighted` says whether the graph's ties carry
    /// weights that `lengths` would read (a projection, a weighted file).
    func validate(weighted: Bool) throws {
        if !normalized, measure != .degree, measure != .betweenness, measure != .edgeBetweenness {
            throw CentralityError.optionDoesNotApply("normalized=False", measure)
        }
        if endpoints == .included, measure != .betweenness {
            throw CentralityError.optionDoesNotApply("endpoints=True", measure)
        }
        if closeness != .wassermanFaust, measure != .closeness {
            throw CentralityError.optionDoesNotApply("wf_improved=False", measure)
        }
        if estimate != nil {
            guard measure == .betweenness else { throw CentralityError.estimateNeedsBetweenness(measure) }
            guard normalized, endpoints == .excluded else { throw CentralityError.estimateNeedsDefaultScale }
            guard !weighted || lengths == .hops else { throw CentralityError.estimateNeedsHops }
        }
        if sourceSample != nil {
            guard measure == .betweenness || measure == .edgeBetweenness else {
                throw CentralityError.optionDoesNotApply("k (sampled sources)", measure)
            }
            guard estimate == nil else { throw CentralityError.optionDoesNotApply("k (sampled sources) with an estimate", measure) }
        }
        if personalization != nil, measure != .pagerank {
            throw CentralityError.optionDoesNotApply("personalization", measure)
        }
        if sources != nil, measure != .harmonic {
            throw CentralityError.optionDoesNotApply("sources", measure)
        }
        if let maxIterations {
            guard [.eigenvector, .pagerank, .katz].contains(measure) else {
                throw CentralityError.optionDoesNotApply("max_iter", measure)
            }
            guard maxIterations >= 0 else { throw CentralityError.optionDoesNotApply("max_iter=\(maxIterations)", measure) }
        }
        if start != nil, measure != .eigenvector, measure != .katz {
            throw CentralityError.optionDoesNotApply("nstart", measure)
        }
        if let start, measure == .eigenvector, start.values.reduce(0, +) == 0 {
            throw CentralityError.invalidStart("its numbers sum to 0 (NetworkX: the initial vector cannot have all zero values)")
        }
        if let start, let (id, value) = start.sorted(by: { $0.key < $1.key }).first(where: { !$0.value.isFinite }) {
            throw CentralityError.invalidStart("\(id) has \(value)")
        }
        if katzBeta != 1 || katzBetaPerNode != nil, measure != .katz {
            throw CentralityError.optionDoesNotApply("beta", measure)
        }
        if !(katzBeta.isFinite && katzBeta > 0) {
            throw CentralityError.invalidBeta("β \(katzBeta) is not a number above 0")
        }
        if let katzBetaPerNode {
            if let (id, weight) = katzBetaPerNode.sorted(by: { $0.key < $1.key }).first(where: { !($0.value.isFinite && $0.value >= 0) }) {
                throw CentralityError.invalidBeta("\(id) has β \(weight); each must be a number 0 or above")
            }
            if !katzBetaPerNode.values.contains(where: { $0 > 0 }) {
                throw CentralityError.invalidBeta("every β is 0; at least one must be above 0")
            }
        }
        if let personalization {
            if let (id, weight) = personalization.sorted(by: { $0.key < $1.key }).first(where: { !($0.value.isFinite && $0.value >= 0) }) {
                throw CentralityError.invalidPersonalization("\(id) has the weight \(weight); weights must be finite and not negative")
            }
            if !personalization.values.contains(where: { $0 > 0 }) {
                throw CentralityError.invalidPersonalization("every weight is 0; at least one must be above 0")
            }
        }
        if let tolerance, !(tolerance.isFinite && tolerance > 0) {
            throw CentralityError.invalidTolerance(tolerance)
        }
        if measure == .katz, !(katzAlpha.isFinite && katzAlpha > 0) {
            throw CentralityError.invalidAlpha(katzAlpha)
        }
    }
}


/// Betweenness from sampled sources as NetworkX draws them
/// (`betweenness_centrality(G, k=count, seed=seed)`): the `count` nodes
/// `random.Random(seed).sample(list(G), count)` picks.
public struct SourceSample: Hashable, Sendable {
    /// How many sources (NetworkX `k`), 1 to the number of nodes.
    public var count: Int
    /// Python's integer seed (NetworkX `seed`).
    public var seed: UInt64

    public init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
    }
}
