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
    /// Where some of the view is only possibly there on its date, every
    /// score is computed twice: on the possible network (the view; the
    /// ranking's `score`) and on the sure network (`sureAnalysis`;
    /// `CentralityScore.sure`, nil for an entity not in it). A score is
    /// `uncertain` when the two differ (`SureAndPossible.isUncertain`).
    ///
    /// - Parameters:
    ///   - options: the measure, the graph (`mode`), how weights become
    ///     lengths, Katz's alpha, the tolerance of the iterative measures,
    ///     the threads, the cut and the estimate (`CentralityOptions`).
    ///   - progress: called as the path measures (betweenness, closeness,
    ///     harmonic) finish sources (or the estimate's samples), serialised,
    ///     possibly from several threads.
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
    public func centrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws -> CentralityReport {
        let (vertices, values, summary) = try CentralityKernel.values(options, on: try view.twoModeGraph(), progress: progress)
        let sure = try sureAnalysis.map { try $0.centralityValues(options) }
        let scores = CentralityRanking.places(values, limit: options.limit) { view.name(vertices[$0]) }.map { place in
            let v = vertices[place.index]
            let node = view.node(v)
            let kind: String = switch node {
            case let .organisation(id): registry.organisation(id)?.kind.rawValue ?? ""
            case let .group(id): registry.group(id)?.kind.rawValue ?? ""
            }
            let value = values[place.index]
            let bounds = sure.map { SureAndPossible(possible: value, sure: $0[node]) } ?? SureAndPossible(certain: value)
            return CentralityScore(
                id: node.id, name: view.name(v), type: view.isOrganisation(v) ? .organisation : .group,
                kind: kind, values: bounds, rank: place.rank)
        }
        var report = CentralityReport(
            measure: options.measure, mode: options.mode, asOf: asOf,
            lengths: options.mode == .twoMode ? nil : options.lengths,
            explanation: options.explanation(on: options.mode, weighted: options.mode != .twoMode), scores: scores, estimate: summary)
        report.language = registry.language
        return report
    }
}

extension RegistryAnalysis {
    /// Every entity's value of the measure `options` names, by node (no
    /// ranking, no limit): the sure side of `centrality(_:progress:)`.
    func centralityValues(_ options: CentralityOptions) throws -> [NetworkView.Node: Double] {
        var all = options
        all.limit = nil
        let (vertices, values, _) = try CentralityKernel.values(all, on: try view.twoModeGraph(), progress: nil)
        var out: [NetworkView.Node: Double] = [:]
        out.reserveCapacity(vertices.count)
        for (i, v) in vertices.enumerated() { out[view.node(v)] = values[i] }
        return out
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
    /// An estimate was asked with raw values or endpoints.
    case estimateNeedsDefaultScale
    /// An option (named) that does not apply to the measure, or not to the
    /// two-mode graph (measure nil).
    case optionDoesNotApply(String, CentralityMeasure?)
    /// Triangles were asked of a two-mode graph, where every count is 0
    /// (organisations are tied only to groups, groups only to
    /// organisations): a projection answers.
    case noTrianglesInTwoMode
    /// A tie measure (edge betweenness) was asked to rank entities: it
    /// ranks ties (`tieCentrality`).
    case tieMeasure(CentralityMeasure)
    /// A vertex measure was asked to rank ties.
    case notATieMeasure(CentralityMeasure)
    /// An option that names nodes (PageRank's personalisation, harmonic's
    /// sources, named) was given for a registry or a CSV of memberships:
    /// it applies to a one-mode network only.
    case oneModeOnly(String)
    /// An option (named) names an ID that is not a node of the network.
    case unknownNode(option: String, id: String)
    /// PageRank's personalisation has a negative or non-finite weight, or
    /// no weight above 0 (NetworkX raises ZeroDivisionError).
    case invalidPersonalization(String)
    /// Katz's β is not a number above 0, a per-node β is negative or all
    /// are 0, or a node has none (NetworkX raises NetworkXError).
    case invalidBeta(String)
    /// The start vector of eigenvector or Katz sums to 0 (eigenvector), has
    /// a number that is not finite, or misses a node.
    case invalidStart(String)
    /// Betweenness from sampled sources (NetworkX `k`) asked for more
    /// sources than the network has nodes, or fewer than 1 (NetworkX raises
    /// ValueError above n and below 0, ZeroDivisionError at 0).
    case sourceSampleOutOfRange(count: Int, nodes: Int)
    /// Sampled sources were asked of a registry or a CSV of memberships:
    /// Python's sample follows a node order, which only a one-mode file
    /// defines (its order of first appearance).
    case sourceSampleNeedsOneMode

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
        case .estimateNeedsDefaultScale:
            "the estimate is of normalised betweenness without endpoints"
        case let .optionDoesNotApply(option, measure?):
            "\(option) does not apply to \(measure.rawValue)"
        case let .optionDoesNotApply(option, nil):
            "\(option) does not apply to the two-mode graph (Borgatti–Everett normalisation)"
        case let .tieMeasure(measure):
            "\(measure.rawValue) scores ties, not organisations or groups; rank ties with tieCentrality"
        case let .notATieMeasure(measure):
            "\(measure.rawValue) scores organisations, groups or nodes, not ties; rank them with centrality"
        case let .oneModeOnly(option):
            "\(option) names nodes of a one-mode network (an edge list, GraphML or Pajek file); it does not apply to a registry or a CSV of memberships"
        case let .unknownNode(option, id):
            "\(option) names \(id), which is not a node of the network"
        case let .invalidPersonalization(reason):
            "the personalization is invalid: \(reason)"
        case let .invalidBeta(reason):
            "Katz's beta is invalid: \(reason)"
        case let .invalidStart(reason):
            "the start vector (nstart) is invalid: \(reason)"
        case let .sourceSampleOutOfRange(count, nodes):
            "k = \(count) sampled sources is out of range; k must be between 1 and the network's \(nodes) nodes"
        case .sourceSampleNeedsOneMode:
            "k sampled sources (Python's random.sample over the node order) applies to a one-mode network "
                + "(an edge list, GraphML or Pajek file), not to a registry or a CSV of memberships"
        case .noTrianglesInTwoMode:
            "a two-mode graph has no triangles (organisations are tied only to groups), so every count would be 0; "
                + "count them on a projection: --mode organisations or --mode groups"
        case .estimateNeedsHops:
            "the estimate counts path lengths in hops; on weighted ties it needs lengths = hops"
        case let .katzDiverges(alpha, limit):
            "Katz centrality diverges with alpha \(alpha): alpha must be below 1/λ_max = "
                + String(format: "%.4g", limit) + " for this graph; pass a smaller alpha (e.g. "
                + String(format: "%.3g", limit * 0.9) + ")"
        }
    }
}
