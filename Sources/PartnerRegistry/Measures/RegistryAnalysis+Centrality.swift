import Foundation
import NetworkAnalysis

extension RegistryAnalysis {
    /// Ranks the view's organisations and groups by a centrality measure.
    ///
    /// - `mode: .twoMode` runs on the organisation–group graph with the
    ///   two-mode normalisations of NetworkX's `bipartite` module
    ///   (Borgatti & Everett 1997, doi:10.1016/S0378-8733(96)00301-2) for
    ///   degree, betweenness and closeness, UCINET's two-mode eigenvector
    ///   (leading singular vectors) for eigenvector, and Latapy's bipartite
    ///   clustering; harmonic, PageRank and Katz have no two-mode variant
    ///   and run on the same graph read as one-mode (NetworkX defaults).
    /// - `mode: .organisations` / `.groups` runs on the weighted one-mode
    ///   projection (weight = shared groups / shared members, NetworkX
    ///   `weighted_projected_graph`). Path measures (betweenness,
    ///   closeness, harmonic) read weights through `lengths`
    ///   (default length = 1/weight); eigenvector, PageRank, Katz and
    ///   clustering read them as strengths; degree ignores them (NetworkX's
    ///   `degree_centrality`) and is counted on the two-mode graph without
    ///   building the projection (`TwoModeGraph.projectedDegrees(onto:)`),
    ///   whose size is quadratic in the degree of a hub.
    ///
    /// Entities present only possibly on the view's date are ranked and
    /// marked (`CentralityScore.uncertain`).
    ///
    /// - Parameters:
    ///   - measure: the measure to rank by.
    ///   - mode: the graph it runs on: the two-mode graph (default) or the
    ///     organisations' or groups' projection.
    ///   - lengths: how projection weights become path lengths for the path
    ///     measures: `.inverseWeight` (default, 1/weight) or `.hops`.
    ///   - katzAlpha: Katz's attenuation factor (NetworkX default 0.1); it
    ///     must stay below 1/λ_max of the graph.
    ///   - tolerance: the stopping tolerance of the iterative measures
    ///     (eigenvector, PageRank, Katz), in NetworkX's per-vertex rule
    ///     `Σ|x − x_prev| < n·tolerance` (for the two-mode eigenvector, on
    ///     the organisations' vector); `nil` (default) iterates to the
    ///     answer (`Graph.convergedTolerance`, 1e-14). NetworkX's default is 1e-6.
    ///   - parallelism: threads for the path measures (same result for any value).
    ///   - progress: called as the path measures (betweenness, closeness,
    ///     harmonic) finish sources (or the estimate's samples), serialised,
    ///     possibly from several threads.
    ///   - limit: keep only the first `limit` places of the ranking (all
    ///     when nil); ties at the cut are ordered as in the whole ranking.
    ///   - estimate: estimate betweenness by sampling shortest paths, with
    ///     the guarantee it states, instead of computing it exactly (see
    ///     `BetweennessEstimation`); the scores are on the same scale as the
    ///     exact ones and `CentralityReport.estimate` restates the guarantee
    ///     on it. Hops only: a projection needs `lengths: .hops`.
    /// - Throws: `CentralityError.estimateNeedsBetweenness` or
    ///   `.estimateNeedsHops` for an estimate of something else;
    ///   `AnalysisError.invalidParameter` for ε or δ outside (0, 1);
    ///   `CentralityError.invalidAlpha` when `katzAlpha` is not a
    ///   finite number above 0; `CentralityError.katzDiverges` (with the
    ///   largest usable alpha) when `katzAlpha` ≥ 1/λ_max, and
    ///   `.katzDidNotConverge` when it is below but too close to it; `AnalysisError` when another
    ///   iterative measure does not converge; `CancellationError`.
    /// - Complexity: that of the measure on the chosen graph: O(V·E) for
    ///   betweenness and closeness, O(k·E) for the iterative ones, plus the
    ///   projection's O(Σ_g s(g)²) for a projected mode.
    public func centrality(
        _ measure: CentralityMeasure,
        mode: NetworkMode = .twoMode,
        lengths: ProjectionLengths = .inverseWeight,
        katzAlpha: Double = 0.1,
        tolerance: Double? = nil,
        parallelism: Int = 1,
        progress: ProgressHandler? = nil,
        limit: Int? = nil,
        estimate: BetweennessEstimation? = nil
    ) throws -> CentralityReport {
        let (vertices, values, summary) = try Self.centralityValues(
            measure, of: try view.twoModeGraph(), mode: mode, lengths: lengths, katzAlpha: katzAlpha,
            tolerance: tolerance, parallelism: parallelism, progress: progress, estimate: estimate)
        let scores = CentralityRanking.places(values, limit: limit) { view.name(vertices[$0]) }.map { place in
            let v = vertices[place.index]
            let node = view.node(v)
            let kind: String = switch node {
            case let .organisation(id): registry.organisation(id)?.kind.rawValue ?? ""
            case let .group(id): registry.group(id)?.kind.rawValue ?? ""
            }
            return CentralityScore(
                id: node.id, name: view.name(v), type: view.isOrganisation(v) ? "organisation" : "group",
                kind: kind, score: values[place.index], rank: place.rank, uncertain: view.isUncertain(v))
        }
        return CentralityReport(
            measure: measure, mode: mode, asOf: asOf, lengths: mode == .twoMode ? nil : lengths,
            explanation: measure.explanation(on: mode), scores: scores, estimate: summary)
    }

    /// The measure's values on `twoMode` (`mode: .twoMode`) or on its
    /// projection, with the two-mode vertex each value belongs to: what
    /// `centrality` ranks, for a registry's view and a `MembershipNetwork` alike.
    static func centralityValues(
        _ measure: CentralityMeasure, of twoMode: TwoModeGraph, mode: NetworkMode, lengths: ProjectionLengths,
        katzAlpha: Double, tolerance: Double?, parallelism: Int, progress: ProgressHandler?,
        estimate: BetweennessEstimation? = nil
    ) throws -> (vertices: [Int32], values: [Double], estimate: BetweennessEstimateSummary?) {
        if estimate != nil {
            guard measure == .betweenness else { throw CentralityError.estimateNeedsBetweenness(measure) }
            guard mode == .twoMode || lengths == .hops else { throw CentralityError.estimateNeedsHops }
        }
        if let tolerance, !(tolerance.isFinite && tolerance > 0) {
            throw CentralityError.invalidTolerance(tolerance)
        }
        if measure == .katz, !(katzAlpha.isFinite && katzAlpha > 0) {
            throw CentralityError.invalidAlpha(katzAlpha)
        }
        let vertices: [Int32]
        let values: [Double]
        var summary: BetweennessEstimateSummary?
        switch (mode, estimate) {
        case let (.twoMode, estimate?):
            vertices = Array(0 ..< Int32(twoMode.graph.vertexCount))
            let factors = (top: BetweennessEstimation.twoModeFactor(twoMode, side: .top),
                           bottom: BetweennessEstimation.twoModeFactor(twoMode, side: .bottom))
            (values, summary) = try estimate.run(
                on: twoMode.graph, parallelism: parallelism, progress: progress,
                factor: { twoMode.sides[$0] == .top ? factors.top : factors.bottom },
                type: { twoMode.sides[$0] == .top ? "organisation" : "group" })
        case let (.organisations, estimate?), let (.groups, estimate?):
            let projection = twoMode.projection(onto: mode == .organisations ? .top : .bottom)
            vertices = projection.vertices
            let factor = BetweennessEstimation.networkXFactor(vertexCount: projection.graph.vertexCount)
            (values, summary) = try estimate.run(
                on: projection.graph, parallelism: parallelism, progress: progress,
                factor: { _ in factor }, type: { _ in mode == .organisations ? "organisation" : "group" })
        case (.twoMode, nil):
            vertices = Array(0 ..< Int32(twoMode.graph.vertexCount))
            values = try katzGuard(measure, graph: twoMode.graph, weighted: false, alpha: katzAlpha) {
                try twoModeScores(
                    measure, twoMode, katzAlpha: katzAlpha, tolerance: tolerance, parallelism: parallelism,
                    progress: progress
                ).values
            }
        case (.organisations, nil) where measure == .degree, (.groups, nil) where measure == .degree:
            // Degree needs only each vertex's projected neighbour count: no projection is built.
            let side: TwoModeSide = mode == .organisations ? .top : .bottom
            vertices = twoMode.vertices(of: side)
            let degrees = twoMode.projectedDegrees(onto: side)
            let scale = 1 / Double(max(1, degrees.count - 1))
            values = degrees.count == 1 ? [1] : degrees.map { Double($0) * scale }  // as Graph.degreeCentrality
        case (.organisations, nil), (.groups, nil):
            let projection = twoMode.projection(onto: mode == .organisations ? .top : .bottom)
            vertices = projection.vertices
            values = try katzGuard(measure, graph: projection.graph, weighted: true, alpha: katzAlpha) {
                try oneModeScores(
                    measure, projection.graph, lengths: lengths, katzAlpha: katzAlpha, tolerance: tolerance,
                    parallelism: parallelism, progress: progress
                ).values
            }
        }
        return (vertices, values, summary)
    }

    /// Runs `body`; when Katz fails, explains why with the graph's 1/λ_max.
    static func katzGuard(
        _ measure: CentralityMeasure, graph: Graph, weighted: Bool, alpha: Double, _ body: () throws -> [Double]
    ) throws -> [Double] {
        guard measure == .katz else { return try body() }
        do {
            return try body()
        } catch let error as AnalysisError {
            // The leading eigenvalue from the eigenvector's Rayleigh quotient.
            guard let x = try? graph.eigenvectorCentrality(weights: weighted ? .weights : .ignored)
            else { throw error }
            var numerator = 0.0, denominator = 0.0
            for v in graph.vertices {
                let row = graph.offsets[Int(v)] ..< graph.offsets[Int(v) + 1]
                for i in row {
                    let w = weighted && graph.isWeighted ? graph.weights[i] : 1
                    numerator += x[Int(v)] * w * x[Int(graph.targets[i])]
                }
                denominator += x[Int(v)] * x[Int(v)]
            }
            guard denominator > 0, numerator > 0 else { throw error }
            let limit = denominator / numerator
            if alpha >= limit { throw CentralityError.katzDiverges(alpha: alpha, limit: limit) }
            if case let .failedToConverge(_, iterations) = error {
                throw CentralityError.katzDidNotConverge(alpha: alpha, iterations: iterations, limit: limit)
            }
            throw error
        }
    }

    static func twoModeScores(
        _ measure: CentralityMeasure, _ g: TwoModeGraph, katzAlpha: Double, tolerance: Double?, parallelism: Int,
        progress: ProgressHandler?
    ) throws -> VertexScores {
        let perVertex = tolerance ?? Graph.convergedTolerance
        return switch measure {
        case .degree: g.degreeCentrality()
        case .betweenness: try g.betweennessCentrality(parallelism: parallelism, progress: progress)
        case .closeness: try g.closenessCentrality(parallelism: parallelism, progress: progress)
        case .eigenvector:
            if let tolerance {
                try g.eigenvectorCentrality(tolerance: tolerance * Double(max(1, g.topVertices.count))).scores
            } else {
                try g.eigenvectorCentrality().scores
            }
        case .clustering: g.clustering()
        case .harmonic: try g.graph.harmonicCentrality(parallelism: parallelism, progress: progress)
        case .pagerank: try g.graph.pageRank(tolerance: perVertex)
        case .katz: try g.graph.katzCentrality(alpha: katzAlpha, tolerance: perVertex)
        }
    }

    static func oneModeScores(
        _ measure: CentralityMeasure, _ g: Graph, lengths: ProjectionLengths, katzAlpha: Double, tolerance: Double?,
        parallelism: Int, progress: ProgressHandler?
    ) throws -> VertexScores {
        let perVertex = tolerance ?? Graph.convergedTolerance
        let rule: EdgeLength = lengths == .hops ? .hops : .inverseWeight
        return switch measure {
        case .degree: g.degreeCentrality()
        case .betweenness: try g.betweennessCentrality(lengths: rule, parallelism: parallelism, progress: progress)
        case .closeness: try g.closenessCentrality(lengths: rule, parallelism: parallelism, progress: progress)
        case .harmonic: try g.harmonicCentrality(lengths: rule, parallelism: parallelism, progress: progress)
        case .eigenvector: try g.eigenvectorCentrality(weights: .weights, tolerance: perVertex)
        case .pagerank: try g.pageRank(weights: .weights, tolerance: perVertex)
        case .katz: try g.katzCentrality(alpha: katzAlpha, weights: .weights, tolerance: perVertex)
        case .clustering: try g.clusteringCoefficient(weights: .weights)
        }
    }
}

extension NetworkView {
    /// The view's graph with its sides: organisations on top, groups at
    /// the bottom.
    public func twoModeGraph() throws -> TwoModeGraph {
        try TwoModeGraph(graph: graph, bottom: Array(groupVertices))
    }
}

/// Why a centrality ranking could not be computed.
public enum CentralityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Katz's series diverges: alpha is not below 1/λ_max.
    case katzDiverges(alpha: Double, limit: Double)
    /// Katz's alpha is not a finite number above 0 (NaN, infinite, 0 or
    /// negative).
    case invalidAlpha(Double)
    /// The tolerance of an iterative measure is not a finite number above 0.
    case invalidTolerance(Double)
    /// Katz's power iteration did not settle, though alpha is below
    /// 1/λ_max (too close to it for the iteration to converge in time).
    case katzDidNotConverge(alpha: Double, iterations: Int, limit: Double)
    /// An estimate was asked of a measure other than betweenness.
    case estimateNeedsBetweenness(CentralityMeasure)
    /// An estimate (hops only) was asked on weighted path lengths.
    case estimateNeedsHops

    public var description: String {
        switch self {
        case let .invalidAlpha(alpha):
            "Katz's alpha \(alpha) is invalid; it must be a finite number above 0 and below 1/λ_max of the graph (e.g. 0.1)"
        case let .invalidTolerance(tolerance):
            "the tolerance \(tolerance) is invalid; it must be a finite number above 0 (e.g. 1e-6, NetworkX's default)"
        case let .katzDidNotConverge(alpha, iterations, limit):
            "Katz centrality did not converge in \(iterations) iterations with alpha \(alpha), which is close to 1/λ_max = "
                + String(format: "%.4g", limit) + "; pass a smaller alpha (e.g. "
                + String(format: "%.3g", limit * 0.5) + ")"
        case let .estimateNeedsBetweenness(measure):
            "only betweenness can be estimated with a guarantee, not \(measure.rawValue)"
        case .estimateNeedsHops:
            "the estimate counts path lengths in hops; on weighted ties it needs lengths = hops"
        case let .katzDiverges(alpha, limit):
            "Katz centrality diverges with alpha \(alpha): alpha must be below 1/λ_max = "
                + String(format: "%.4g", limit) + " for this graph; pass a smaller alpha (e.g. "
                + String(format: "%.3g", limit * 0.9) + ")"
        }
    }
}
