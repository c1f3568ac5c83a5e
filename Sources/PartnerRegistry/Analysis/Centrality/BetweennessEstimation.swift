import NetworkAnalysis

/// A request to estimate betweenness by sampling shortest paths
/// (Riondato–Kornaropoulos, `Graph.estimatedBetweenness`) instead of
/// computing it exactly: with probability at least `1 − delta`, every
/// score is within `epsilon` of the exact one on the scale of ordered
/// pairs, `n(n − 1)`, which `BetweennessEstimateSummary.errorBounds`
/// restates on the scale the scores are given in.
///
/// Path lengths are hops; the estimate ignores weights.
public struct BetweennessEstimation: Hashable, Codable, Sendable {
    /// The additive error on the ordered-pairs scale, in (0, 1).
    public var epsilon: Double
    /// The failure probability, in (0, 1).
    public var delta: Double
    /// The seed of the sampling: the same seed gives the same scores, for
    /// any number of threads.
    public var seed: UInt64

    /// δ when none is given: a 90 % guarantee.
    public static let defaultDelta = 0.1

    public init(epsilon: Double, delta: Double = BetweennessEstimation.defaultDelta, seed: UInt64 = 0) {
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
    }

    /// Estimates on `graph`, with each vertex's score multiplied by
    /// `factor(v)` (the ratio of the printed scale to the ordered-pairs
    /// scale) and the bound for each score type `type(v)` multiplied alike.
    func run(
        on graph: Graph, parallelism: Int, progress: ProgressHandler?,
        factor: (Int) -> Double, type: (Int) -> String
    ) throws -> (values: [Double], summary: BetweennessEstimateSummary) {
        let estimate = try graph.estimatedBetweenness(
            epsilon: epsilon, delta: delta, seed: seed, parallelism: parallelism, progress: progress)
        var bounds: [String: Double] = [:]
        let values = (0 ..< graph.vertexCount).map { v in
            let f = factor(v)
            bounds[type(v)] = epsilon * f
            return estimate.scores[v] * f
        }
        return (values, BetweennessEstimateSummary(
            epsilon: epsilon, delta: delta, seed: seed, sampleSize: estimate.sampleSize,
            vertexDiameterBound: estimate.vertexDiameterBound, errorBounds: bounds))
    }

    /// The factor from the ordered-pairs scale to NetworkX's normalised
    /// undirected betweenness (÷ `(n − 1)(n − 2)/2` unordered pairs):
    /// `n/(n − 2)`; 0 below three vertices, where every score is 0.
    static func networkXFactor(vertexCount n: Int) -> Double {
        n > 2 ? Double(n) / Double(n - 2) : 0
    }

    /// The factor from the ordered-pairs scale to Borgatti–Everett's
    /// two-mode scale for a vertex of `side`: `n(n − 1)/2` unordered pairs
    /// over the side's largest raw betweenness; 0 where that maximum is 0.
    static func twoModeFactor(_ g: TwoModeGraph, side: TwoModeSide) -> Double {
        let maximum = g.betweennessMaximum(side)
        let n = Double(g.graph.vertexCount)
        return maximum > 0 ? n * (n - 1) / 2 / maximum : 0
    }
}

/// How an estimated betweenness ranking was made and what it guarantees.
public struct BetweennessEstimateSummary: Hashable, Codable, Sendable {
    /// The requested additive error on the ordered-pairs scale `n(n − 1)`.
    public var epsilon: Double
    /// The failure probability.
    public var delta: Double
    public var seed: UInt64
    /// The number of sampled shortest paths, `r`.
    public var sampleSize: Int
    /// The bound on the vertex diameter `r` was derived from.
    public var vertexDiameterBound: Int
    /// Per score type (`organisation`, `group`, `node`): with probability
    /// at least `1 − delta`, every score is within this of its exact value,
    /// on the scale the scores are given in (`epsilon` times that scale's
    /// factor).
    public var errorBounds: [String: Double]

    /// One line for a reader: how many paths, and the bound per type.
    public var explanation: String {
        let bounds = errorBounds.sorted { $0.key > $1.key }.map { ($0.key, "±" + Self.format($0.value)) }
        let guarantee = bounds.count == 1
            ? "every \(bounds[0].0)'s score is within \(bounds[0].1) of the exact one"
            : "every " + bounds.map { "\($0.0)'s score within \($0.1)" }.joined(separator: " and every ")
                + " of the exact one"
        return "estimated from \(sampleSize) sampled shortest paths (Riondato–Kornaropoulos, seed \(seed)): "
            + "with probability at least \(Self.format(1 - delta)), \(guarantee)"
    }

    static func format(_ x: Double) -> String {
        var s = String(format: "%.4g", x)
        if s.contains("e") { return s }
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
