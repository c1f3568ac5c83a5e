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

    /// The settings every input checks alike before any work: an estimate
    /// of betweenness only, in hops on weighted lengths, a usable tolerance
    /// and Katz alpha. `weighted` says whether the graph's ties carry
    /// weights that `lengths` would read (a projection, a weighted file).
    func validate(weighted: Bool) throws {
        if estimate != nil {
            guard measure == .betweenness else { throw CentralityError.estimateNeedsBetweenness(measure) }
            guard !weighted || lengths == .hops else { throw CentralityError.estimateNeedsHops }
        }
        if let tolerance, !(tolerance.isFinite && tolerance > 0) {
            throw CentralityError.invalidTolerance(tolerance)
        }
        if measure == .katz, !(katzAlpha.isFinite && katzAlpha > 0) {
            throw CentralityError.invalidAlpha(katzAlpha)
        }
    }
}
