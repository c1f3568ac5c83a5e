import NetworkAnalysis

/// The one place a centrality measure becomes numbers: the measure →
/// algorithm switch for a one-mode graph (a projection or a one-mode
/// file) and for a two-mode graph, the estimate, and Katz's explanation
/// of a divergence. `RegistryAnalysis`, `MembershipNetwork` and
/// `OneModeAnalysis` each call one entry and rank what it returns with
/// `CentralityRanking`; adding a measure means one case in each switch.
enum CentralityKernel {
    /// The measure's values on a one-mode graph, per vertex, and the
    /// estimate's summary when `options.estimate` asks for one.
    /// `weighted`: the graph's ties carry weights (read as strengths, and
    /// as lengths through `options.lengths`); `type` names the vertices in
    /// the estimate's summary (`organisation`, `group`, `node`); `ids`,
    /// the vertices' node IDs of a one-mode network (nil for a
    /// projection), resolve the options that name nodes.
    static func values(
        _ options: CentralityOptions, on graph: Graph, weighted: Bool, type: String, ids: [String]? = nil,
        progress: ProgressHandler?
    ) throws -> (values: [Double], estimate: BetweennessEstimateSummary?) {
        try options.validate(weighted: weighted && graph.isWeighted)
        let named = try NamedNodes(options, ids: ids)
        // The empty graph has the empty answer for every measure (NetworkX
        // answers {} for most; eigenvector, which it refuses, too).
        if graph.vertexCount == 0 { return ([], nil) }
        if let estimate = options.estimate {
            let factor = BetweennessEstimation.networkXFactor(vertexCount: graph.vertexCount)
            let (values, summary) = try estimate.run(
                on: graph, parallelism: options.parallelism, progress: progress, factor: { _ in factor },
                type: { _ in type })
            return (values, summary)
        }
        let values = try katzGuard(options.explainsKatzFailure, graph: graph, weighted: options.strengths == .weights, alpha: options.katzAlpha) {
            try oneModeScores(options, graph, named: named, progress: progress).values
        }
        return (values, nil)
    }

    /// The measure's values on `twoMode` (`options.mode == .twoMode`) or
    /// on its projection, with the two-mode vertex each value belongs to.
    static func values(
        _ options: CentralityOptions, on twoMode: TwoModeGraph, progress: ProgressHandler?
    ) throws -> (vertices: [Int32], values: [Double], estimate: BetweennessEstimateSummary?) {
        let mode = options.mode
        try options.validate(weighted: mode != .twoMode)
        _ = try NamedNodes(options, ids: nil)
        if options.sourceSample != nil { throw CentralityError.sourceSampleNeedsOneMode }
        if twoMode.graph.vertexCount == 0 { return ([], [], nil) }
        switch (mode, options.estimate) {
        case let (.twoMode, estimate?):
            let factors = (top: BetweennessEstimation.twoModeFactor(twoMode, side: .top),
                           bottom: BetweennessEstimation.twoModeFactor(twoMode, side: .bottom))
            let (values, summary) = try estimate.run(
                on: twoMode.graph, parallelism: options.parallelism, progress: progress,
                factor: { twoMode.sides[$0] == .top ? factors.top : factors.bottom },
                type: { twoMode.sides[$0] == .top ? "organisation" : "group" })
            return (Array(0 ..< Int32(twoMode.graph.vertexCount)), values, summary)
        case (.twoMode, nil):
            let values = try katzGuard(options.explainsKatzFailure, graph: twoMode.graph, weighted: false, alpha: options.katzAlpha) {
                try twoModeScores(options, twoMode, progress: progress).values
            }
            return (Array(0 ..< Int32(twoMode.graph.vertexCount)), values, nil)
        case (.organisations, nil) where options.measure == .degree, (.groups, nil) where options.measure == .degree:
            // Degree needs only each vertex's projected neighbour count: no projection is built.
            let side: TwoModeSide = mode == .organisations ? .top : .bottom
            let degrees = twoMode.projectedDegrees(onto: side)
            let scale = options.normalized ? 1 / Double(max(1, degrees.count - 1)) : 1
            let values = degrees.count == 1 && options.normalized
                ? [1] : degrees.map { Double($0) * scale }  // as Graph.degreeCentrality
            return (twoMode.vertices(of: side), values, nil)
        case (.organisations, _), (.groups, _):
            let projection = twoMode.projection(onto: mode == .organisations ? .top : .bottom)
            let (values, summary) = try values(
                options, on: projection.graph, weighted: true, type: mode == .organisations ? "organisation" : "group",
                progress: progress)
            return (projection.vertices, values, summary)
        }
    }

    /// Runs `body`; when Katz fails (`explains`: the measure is Katz, with
    /// the default iterations), explains why with the graph's 1/λ_max.
    static func katzGuard(
        _ explains: Bool, graph: Graph, weighted: Bool, alpha: Double, _ body: () throws -> [Double]
    ) throws -> [Double] {
        guard explains else { return try body() }
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

    /// The two-mode measures: Borgatti–Everett degree, betweenness and
    /// closeness, UCINET's two-mode eigenvector, Latapy's clustering; the
    /// others on the two-mode graph read as one-mode.
    static func twoModeScores(
        _ options: CentralityOptions, _ g: TwoModeGraph, progress: ProgressHandler?
    ) throws -> VertexScores {
        let perVertex = options.tolerance ?? Graph.convergedTolerance
        let threads = options.parallelism
        let iterations = options.maxIterations ?? 10_000
        if options.endpoints == .included, options.normalized {
            throw CentralityError.optionDoesNotApply("endpoints=True with normalized=True", nil)
        }
        return switch options.measure {
        case .degree where !options.normalized: g.graph.degreeCentrality(normalization: .none)
        case .degree: g.degreeCentrality()
        case .betweenness where !options.normalized:
            // The two-mode graph read as one graph: NetworkX's
            // betweenness_centrality(B, normalized=False), igraph's values.
            try g.graph.betweennessCentrality(
                endpoints: options.endpoints, normalization: .none, parallelism: threads, progress: progress)
        case .betweenness: try g.betweennessCentrality(parallelism: threads, progress: progress)
        case .closeness:
            // wf_improved=False: the Borgatti–Everett ratio without the share
            // reached (NetworkX bipartite.closeness_centrality(normalized=False)).
            try g.closenessCentrality(
                normalization: options.closeness == .wassermanFaust ? .wassermanFaust : .none,
                parallelism: threads, progress: progress)
        case .eigenvector:
            if let tolerance = options.tolerance {
                try g.eigenvectorCentrality(
                    maxIterations: iterations, tolerance: tolerance * Double(max(1, g.topVertices.count))).scores
            } else {
                try g.eigenvectorCentrality(maxIterations: iterations).scores
            }
        case .clustering: g.clustering()
        case .squareClustering: VertexScores(g.graph.squareClustering())
        case .triangles: throw CentralityError.noTrianglesInTwoMode
        case .edgeBetweenness: throw CentralityError.tieMeasure(options.measure)
        case .harmonic: try g.graph.harmonicCentrality(parallelism: threads, progress: progress)
        case .eccentricity: try g.graph.distanceSummary(parallelism: threads, progress: progress).eccentricity
        case .pagerank: try g.graph.pageRank(maxIterations: iterations, tolerance: perVertex)
        case .katz:
            try g.graph.katzCentrality(
                alpha: options.katzAlpha, beta: options.katzBeta, maxIterations: iterations, tolerance: perVertex)
        }
    }

    /// The one-mode measures: path measures on lengths from `lengths`,
    /// the iterative ones and clustering on weights as strengths, degree
    /// on the ties alone.
    static func oneModeScores(
        _ options: CentralityOptions, _ g: Graph, named: NamedNodes = NamedNodes(), progress: ProgressHandler?
    ) throws -> VertexScores {
        let perVertex = options.tolerance ?? Graph.convergedTolerance
        let rule: EdgeLength = switch options.lengths {
        case .hops: .hops
        case .inverseWeight: .inverseWeight
        case .weight: .weight
        }
        let strengths = options.strengths
        let threads = options.parallelism
        let iterations = options.maxIterations ?? 10_000
        return switch options.measure {
        case .degree: g.degreeCentrality(normalization: options.normalized ? .vertexCount : .none)
        case .betweenness:
            try g.betweennessCentrality(
                lengths: rule, endpoints: options.endpoints, normalization: options.normalized ? .pairs : .none,
                sources: options.sources(vertexCount: g.vertexCount), parallelism: threads, progress: progress)
        case .closeness:
            try g.closenessCentrality(
                lengths: rule, normalization: options.closeness, parallelism: threads, progress: progress)
        case .harmonic:
            if let sources = named.sources {
                try harmonic(g, from: sources, lengths: rule)
            } else {
                try g.harmonicCentrality(lengths: rule, parallelism: threads, progress: progress)
            }
        case .eccentricity: try g.distanceSummary(lengths: rule, parallelism: threads, progress: progress).eccentricity
        case .eigenvector:
            try g.eigenvectorCentrality(weights: strengths, start: named.start, maxIterations: iterations, tolerance: perVertex)
        case .pagerank:
            try g.pageRank(
                personalization: named.personalization, weights: strengths, maxIterations: iterations, tolerance: perVertex)
        case .katz:
            try g.katzCentrality(
                alpha: options.katzAlpha, beta: options.katzBeta, betaPerVertex: named.katzBeta, weights: strengths,
                start: named.start, maxIterations: iterations, tolerance: perVertex)
        case .clustering: try g.clusteringCoefficient(weights: strengths)
        case .squareClustering: VertexScores(g.squareClustering())
        case .triangles: VertexScores(g.triangleCounts().map(Double.init))
        case .edgeBetweenness: throw CentralityError.tieMeasure(options.measure)
        }
    }

    /// Harmonic centrality from `sources` only (NetworkX
    /// `harmonic_centrality(G, sources=…)`): each vertex's sum of 1/d(s, v)
    /// over the sources s at a distance above 0 from it, one search per
    /// source. On an undirected graph d(s, v) = d(v, s).
    static func harmonic(_ g: Graph, from sources: [Int32], lengths: EdgeLength) throws -> VertexScores {
        var scores = [Double](repeating: 0, count: g.vertexCount)
        for s in sources {
            let d = try g.distances(from: s, lengths: lengths, direction: .outgoing).distances
            for v in 0 ..< g.vertexCount where d[v].isFinite && d[v] > 0 { scores[v] += 1 / d[v] }
        }
        return VertexScores(scores)
    }
}

/// The options that name nodes, resolved to the vertices of a one-mode
/// network: PageRank's personalisation as one weight per vertex (0 for a
/// node not named), harmonic's sources (each once, in the order given),
/// Katz's β per vertex and the start vector of eigenvector and Katz (every
/// node named).
struct NamedNodes {
    var personalization: [Double]?
    var sources: [Int32]?
    var katzBeta: [Double]?
    var start: [Double]?

    init() {}

    /// - Throws: `CentralityError.oneModeOnly` when an option names nodes
    ///   and `ids` is nil (a registry's graph or projection),
    ///   `.unknownNode` for an ID that is not a node.
    init(_ options: CentralityOptions, ids: [String]?) throws {
        guard options.personalization != nil || options.sources != nil || options.katzBetaPerNode != nil
            || options.start != nil
        else { return }
        guard let ids else {
            throw CentralityError.oneModeOnly(
                options.personalization != nil ? "personalization" : options.sources != nil ? "sources"
                    : options.katzBetaPerNode != nil ? "beta per node" : "nstart")
        }
        var index: [String: Int32] = [:]
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = Int32(i) }
        if let weights = options.personalization {
            var vector = [Double](repeating: 0, count: ids.count)
            for (id, weight) in weights.sorted(by: { $0.key < $1.key }) {
                guard let v = index[id] else { throw CentralityError.unknownNode(option: "personalization", id: id) }
                vector[Int(v)] = weight
            }
            personalization = vector
        }
        if let betas = options.katzBetaPerNode {
            var vector = [Double?](repeating: nil, count: ids.count)
            for (id, beta) in betas.sorted(by: { $0.key < $1.key }) {
                guard let v = index[id] else { throw CentralityError.unknownNode(option: "beta", id: id) }
                vector[Int(v)] = beta
            }
            if let missing = vector.firstIndex(where: { $0 == nil }) {
                throw CentralityError.invalidBeta("\(ids[missing]) has none; give every node a β, or one number for all")
            }
            katzBeta = vector.map { $0 ?? 0 }
        }
        if let values = options.start {
            var vector = [Double?](repeating: nil, count: ids.count)
            for (id, value) in values.sorted(by: { $0.key < $1.key }) {
                guard let v = index[id] else { throw CentralityError.unknownNode(option: "nstart", id: id) }
                vector[Int(v)] = value
            }
            if let missing = vector.firstIndex(where: { $0 == nil }) {
                throw CentralityError.invalidStart("\(ids[missing]) has none; give every node a number")
            }
            start = vector.map { $0 ?? 0 }
        }
        if let named = options.sources {
            var seen = Set<Int32>()
            sources = try named.compactMap { id in
                guard let v = index[id] else { throw CentralityError.unknownNode(option: "sources", id: id) }
                return seen.insert(v).inserted ? v : nil
            }
        }
    }
}
