import NetworkAnalysis

/// The analyses of a one-mode network (an edge list, GraphML or Pajek
/// file), results keyed by node IDs: the same measures a registry's
/// organisation network gets, run on the network as it is.
///
/// Weights: when the file weighs its ties, the path measures
/// (betweenness, closeness, harmonic, and `connect`'s chains are hop
/// counts regardless) turn a weight into a length through
/// `CentralityOptions.lengths` (default length 1/weight, as for a
/// registry's projections; `.weight` the weight itself, `.hops` one step);
/// eigenvector, PageRank, Katz and clustering read it as a strength unless
/// `CentralityOptions.strengths` is `.ignored` (`weights = .none` sets
/// both), Louvain always; degree, cut vertices, bridges, core numbers and
/// `statistics` ignore it. Unweighted files give NetworkX's unweighted values.
///
/// Eigenvector centrality, PageRank and Katz iterate until
/// `Σ|x − x_prev| < n·tolerance` (NetworkX's rule), by default
/// `Graph.convergedTolerance` (1e-14) as on a registry, with at
/// most 10 000 iterations, so that the scores are NetworkX's converged
/// values; `centrality(_:tolerance:)` takes a looser one.
public struct OneModeAnalysis: Sendable {
    public let network: OneModeNetwork
    public let graph: Graph

    public init(_ network: OneModeNetwork) {
        self.network = network
        self.graph = network.graph()
    }

    func node(_ v: Int32) -> OneModeNode {
        let n = network.nodes[Int(v)]
        return OneModeNode(id: n.id, name: n.name)
    }

    private func byName(_ a: OneModeNode, _ b: OneModeNode) -> Bool {
        a.name != b.name ? SwedishCollation.areInIncreasingOrder(a.name, b.name) : a.id < b.id
    }

    // MARK: Centrality

    /// Ranks the nodes as `options` says (see the type's notes on
    /// weights); `options.mode` does not apply to a one-mode network.
    ///
    /// `options.estimate` estimates betweenness by sampling shortest paths
    /// (in hops; a weighted network needs `lengths: .hops`) instead of
    /// computing it exactly, on NetworkX's normalised scale: the ordered-
    /// pairs estimate times `n/(n − 2)`, and so its bound
    /// (`CentralityReport.estimate`). `progress` is called as the path
    /// measures finish sources (or the estimate's samples). The order is
    /// `CentralityRanking`'s: score, then Swedish name order, then the
    /// file's order of the nodes.
    /// - Throws: `CentralityError` for an unusable Katz alpha or tolerance
    ///   or an estimate of something else than hop betweenness,
    ///   `AnalysisError` when an iterative measure does not converge or ε
    ///   or δ is outside (0, 1).
    /// - Complexity: that of the measure: O(V·E) for betweenness and
    ///   closeness (O(V·E + V² log V) weighted), O(k·E) for the iterative ones.
    public func centrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws -> CentralityReport {
        let (values, summary) = try CentralityKernel.values(
            options, on: graph, weighted: network.isWeighted, type: CentralityEntityType.node.rawValue,
            ids: network.nodes.map(\.id), progress: progress)
        let scores = CentralityRanking.places(values, limit: options.limit) { network.nodes[$0].name }.map { place in
            let n = network.nodes[place.index]
            return CentralityScore(
                id: n.id, name: n.name, type: .node, kind: n.kind, score: values[place.index], rank: place.rank)
        }
        return CentralityReport(
            measure: options.measure, weighted: network.isWeighted, lengths: network.isWeighted ? options.lengths : nil,
            explanation: options.explanation(on: nil, weighted: network.isWeighted), scores: scores, estimate: summary)
    }

    // MARK: Statistics

    /// Whole-network figures: size, density, components, diameter and
    /// radius of the largest component, average path length, global
    /// efficiency, transitivity, average clustering, Freeman
    /// centralisation, degree assortativity (distances in hops), the
    /// numbers of cut vertices and bridges, the maximum core number and
    /// the `top` nodes by betweenness.
    ///
    /// The average clustering is NetworkX's `average_clustering(G, nodes,
    /// count_zeros)`: over `clusteringNodes` (node IDs, each once, in the
    /// order given; nil: every node) and, with `countZeros` false, only
    /// over those whose clustering is not 0 (0 when none is left).
    /// - Throws: `CentralityError.unknownNode` for an ID in
    ///   `clusteringNodes` that is not a node.
    /// - Complexity: O(V·E) for the distance and betweenness measures.
    public func statistics(
        top: Int = 5, parallelism: Int = 1, countZeros: Bool = true, clusteringNodes: [String]? = nil
    ) throws -> OneModeStatistics {
        let components = graph.connectedComponents()
        let extent = try graph.distanceSummary(parallelism: parallelism)
        let largest = components.largest.flatMap { c in extent.components.first { $0.component == c } }
        // Diameter and radius by bounds: the same numbers, and the searches that proved them.
        let bounded = try components.largest.flatMap { c in
            try components.labels.firstIndex(of: Int32(c)).map {
                try graph.boundedExtent(ofComponentOf: Int32($0), scope: .whole(graph))
            }
        }
        let n = Double(graph.vertexCount)
        let assortativity = graph.degreeAssortativity()
        let summary = NetworkStatistics.OneModeSummary(
            vertices: graph.vertexCount,
            edges: graph.edgeCount,
            density: graph.vertexCount > 1 ? Double(graph.edgeCount) / (n * (n - 1) / 2) : 0,
            components: components.count,
            largestComponent: largest?.size ?? 0,
            isolated: components.sizes.filter { $0 == 1 }.count,
            diameter: bounded?.diameter ?? Int(largest?.diameter ?? 0),
            radius: bounded?.radius ?? Int(largest?.radius ?? 0),
            diameterSearches: bounded?.searches ?? 0,
            averagePathLength: extent.averagePathLength,
            globalEfficiency: extent.globalEfficiency,
            transitivity: try graph.transitivity(),
            averageClustering: try averageClustering(countZeros: countZeros, of: clusteringNodes),
            degreeCentralization: try graph.freemanCentralization(.degree),
            betweennessCentralization: try graph.freemanCentralization(.betweenness),
            closenessCentralization: try graph.freemanCentralization(.closeness),
            degreeAssortativity: assortativity.isFinite ? assortativity : nil,
            levelAssortativity: nil, sectorAssortativity: nil)
        let ranking = try centrality(CentralityOptions(.betweenness, lengths: .hops, parallelism: parallelism))
        return OneModeStatistics(
            file: network.file, format: network.format, weighted: network.isWeighted, network: summary,
            cutVertices: graph.articulationPoints().count, bridges: graph.bridges().count,
            maximumCore: graph.coreNumbers().max() ?? 0, mostCentral: Array(ranking.scores.prefix(max(0, top))),
            averageClusteringOver: averageClusteringScope(countZeros: countZeros, of: clusteringNodes))
    }

    /// NetworkX `average_clustering(G, nodes, count_zeros)`, unweighted:
    /// the mean clustering over `nodes` (every node when nil), in their
    /// order, leaving out the zeros unless `countZeros`.
    func averageClustering(countZeros: Bool, of nodes: [String]?) throws -> Double {
        guard let nodes else { return try graph.averageClustering(zeros: countZeros ? .included : .excluded) }
        let c = try graph.clusteringCoefficient(weights: .ignored).values
        var index: [String: Int] = [:]
        for (i, n) in network.nodes.enumerated() where index[n.id] == nil { index[n.id] = i }
        var seen = Set<Int>()
        var used: [Double] = []
        for id in nodes {
            guard let i = index[id] else { throw CentralityError.unknownNode(option: "clustering nodes", id: id) }
            if seen.insert(i).inserted, countZeros || c[i] != 0 { used.append(c[i]) }
        }
        return used.isEmpty ? 0 : used.reduce(0, +) / Double(used.count)
    }

    private func averageClusteringScope(countZeros: Bool, of nodes: [String]?) -> String? {
        var parts: [String] = []
        if let nodes { parts.append(Set(nodes).count == 1 ? "1 node" : "\(Set(nodes).count) nodes") }
        if !countZeros { parts.append("nonzero only") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    // MARK: Brokers

    /// Cut vertices (articulation points), bridges, blocks (biconnected
    /// components), local bridges with their span, Burt's constraint and
    /// effective size (`weighted`: read the file's weights, NetworkX
    /// `weight="weight"`; else `weight=None`), core numbers, onion layers,
    /// k-corona membership and generalized degrees.
    /// - Complexity: O(V + E) for cut vertices, bridges, cores and onion
    ///   layers;
    ///   O(Σᵥ d(v)²) for constraint and effective size.
    ///
    /// `spans`: how the local bridges' span reads the weights besides
    /// counting ties: `.weight` (NetworkX `local_bridges(G,
    /// with_span=True, weight="weight")`) or `.inverseWeight` (length 1/w)
    /// add each bridge's `spanLength`; `.hops` (the default) counts ties only.
    public func brokers(weighted: Bool = false, spans: ProjectionLengths = .hops) -> OneModeBrokerReport {
        let weighting: EdgeWeighting = weighted ? .weights : .ignored
        let constraint = graph.burtConstraint(weighting: weighting)
        let effective = graph.effectiveSize(weighting: weighting)
        let cores = graph.coreNumbers()
        let onion = graph.onionLayers()
        let corona = graph.inKCorona(core: cores)
        let generalized = graph.generalizedDegree()
        let cuts = Set(graph.articulationPoints())
        let cutNodes = cuts.map(node).sorted(by: byName)
        let bridges = graph.bridges().map { b in
            OneModeTie(first: node(b.u), second: node(b.v), isPendant: graph.outDegree(b.u) == 1 || graph.outDegree(b.v) == 1)
        }.sorted { byName($0.first, $1.first) || ($0.first == $1.first && byName($0.second, $1.second)) }
        let rows = graph.vertices.map { v in
            OneModeBrokerage(
                node: node(v), partners: graph.outDegree(v),
                constraint: constraint[Int(v)].isFinite ? constraint[Int(v)] : nil,
                effectiveSize: effective[Int(v)].isFinite ? effective[Int(v)] : nil,
                coreNumber: cores[Int(v)], onionLayer: onion[Int(v)], inKCorona: corona[Int(v)],
                generalizedDegree: generalized[Int(v)], isCutVertex: cuts.contains(v))
        }.sorted {
            switch ($0.constraint, $1.constraint) {
            case let (a?, b?) where a != b: return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            default: return byName($0.node, $1.node)
            }
        }
        let blocks = graph.biconnectedComponents().map { $0.map(node).sorted(by: byName) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : byName($0[0], $1[0]) }
        let rule: EdgeLength = switch spans {
        case .hops: .hops
        case .weight: .weight
        case .inverseWeight: .inverseWeight
        }
        let weightedSpans = spans != .hops && graph.isWeighted
        let localBridges = graph.localBridges(lengths: rule).map { e in
            let (a, b) = (node(e.u), node(e.v))
            return byName(b, a) ? OneModeLocalBridge(first: b, second: a, span: e.span, spanLength: e.length)
                : OneModeLocalBridge(first: a, second: b, span: e.span, spanLength: e.length)
        }.sorted { byName($0.first, $1.first) || ($0.first == $1.first && byName($0.second, $1.second)) }
        return OneModeBrokerReport(
            weighting: weighted ? "weights" : "unweighted", cutVertices: cutNodes, bridges: bridges, nodes: rows,
            blocks: blocks, localBridges: localBridges, spanLengths: weightedSpans ? spans : nil)
    }

    // MARK: Triangles

    /// Every triangle of the network, each once, weights ignored (NetworkX
    /// `all_triangles(G)`); see `OneModeTriangleReport` for the order.
    /// - Complexity: O(Σ_v d(v)²), plus sorting the triangles.
    public func triangles() -> OneModeTriangleReport {
        let listed = graph.triangles().map { t in [t.0, t.1, t.2].map(node).sorted(by: byName) }
        return OneModeTriangleReport(triangles: listed.sorted { a, b in
            for (x, y) in zip(a, b) where x != y { return byName(x, y) }
            return false
        })
    }

    // MARK: k-truss

    /// The `k`-truss of the network, weights ignored (NetworkX
    /// `k_truss(G, k)`); see `KTrussReport`.
    /// - Complexity: O(E · d_max).
    public func kTruss(_ k: Int) -> KTrussReport {
        KTrussReport(asOf: nil, k: k, mode: nil, truss: graph.kTruss(k)) { v in
            let n = node(v)
            return KTrussReport.Member(id: n.id, name: n.name, type: "node", uncertain: false)
        }
    }

    // MARK: Communities

    /// Louvain communities (seeded; weights as strengths) with modularity,
    /// and every node's core number.
    /// - Throws: `CommunityError` for a resolution that is not finite.
    public func communities(seed: UInt64 = 0, resolution: Double = 1) throws(CommunityError) -> OneModeCommunityReport {
        let louvain = try graph.louvainCommunities(seed: seed, resolution: resolution, weighting: .weights)
        let cores = graph.coreNumbers()
        var groups = louvain.partition.communities.map { $0.map(node).sorted(by: byName) }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : byName($0[0], $1[0]) }
        var numberOf: [String: Int] = [:]
        let communities = groups.enumerated().map { i, members in
            for m in members { numberOf[m.id] = i + 1 }
            return OneModeCommunityReport.Community(number: i + 1, members: members)
        }
        let rows = graph.vertices.map { v in
            OneModeCommunityReport.Membership(node: node(v), community: numberOf[network.nodes[Int(v)].id] ?? 0,
                                              coreNumber: cores[Int(v)])
        }.sorted { $0.community != $1.community ? $0.community < $1.community : byName($0.node, $1.node) }
        return OneModeCommunityReport(
            seed: seed, resolution: resolution, modularity: louvain.partition.modularity,
            communities: communities, nodes: rows)
    }

    // MARK: Connect

    /// The shortest chains of ties between nodes `a` and `b`, at most
    /// `limit` of each length listed (NetworkX `all_shortest_paths`).
    ///
    /// By default a chain's length is its number of ties. With `weights`
    /// `.strength` (a tie's length is 1/w) or `.length` (w) on a weighted
    /// network, the shortest chains are those of least total length
    /// (NetworkX `all_shortest_paths(G, a, b, weight=…)`); the chains one
    /// step longer are then not defined, and `lengths` must be `.shortest`.
    /// - Throws: `PathQueryError` for a negative limit.
    public func connection(
        from a: Int32, to b: Int32, lengths: PathLengths = .shortest, limit: Int = 20, weights: TieWeights = .none
    ) throws(PathQueryError) -> OneModeConnection {
        func named(_ chains: [[Int32]]) -> [[OneModeNode]] {
            chains.map { $0.map(node) }.sorted { x, y in
                x.map(\.name).lexicographicallyPrecedes(y.map(\.name)) { SwedishCollation.areInIncreasingOrder($0, $1) }
            }
        }
        if weights != .none, graph.isWeighted {
            guard lengths == .shortest else { throw .longerPathsNeedHops }
            let rule: EdgeLength = weights == .length ? .weight : .inverseWeight
            let paths = try graph.allShortestPaths(from: a, to: b, weighted: rule, limit: limit)
            return OneModeConnection(
                from: node(a), to: node(b), steps: paths.fewestSteps, shortestChainCount: paths.shortestPathCount,
                shortestChains: named(paths.shortestPaths), longerChains: [], isTruncated: paths.isTruncated,
                weights: weights, length: paths.length)
        }
        let paths = try graph.allShortestPaths(from: a, to: b, lengths: lengths, limit: limit)
        return OneModeConnection(
            from: node(a), to: node(b), steps: paths.distance, shortestChainCount: paths.shortestPathCount,
            shortestChains: named(paths.shortestPaths), longerChains: named(paths.longerPaths),
            isTruncated: paths.isTruncated)
    }
}
