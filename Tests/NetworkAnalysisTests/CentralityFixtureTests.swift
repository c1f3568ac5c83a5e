import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// Vertex measures against NetworkX 3.6.1 / igraph 1.0 (scripts/fixtures/centrality.py).
@Suite struct CentralityFixtureTests {
    typealias F = CentralityFixture

    @Test(arguments: F.oneModeGraphs)
    func degree(_ name: String) throws {
        let g = try F.graph(name)
        if g.isDirected {
            expectScores(g.degreeCentrality(direction: .incoming), try F.scores("in_degree_centrality", name), "in-degree \(name)")
            expectScores(g.degreeCentrality(direction: .outgoing), try F.scores("out_degree_centrality", name), "out-degree \(name)")
        } else {
            expectScores(g.degreeCentrality(), try F.scores("degree_centrality", name), "degree \(name)")
        }
    }

    @Test(arguments: F.oneModeGraphs)
    func betweenness(_ name: String) throws {
        let g = try F.graph(name)
        expectScores(try g.betweennessCentrality(), try F.scores("betweenness", name), "betweenness \(name)")
        expectScores(try g.betweennessCentrality(normalization: .none), try F.scores("betweenness_raw", name),
                     "raw betweenness \(name)")
        expectScores(try g.betweennessCentrality(normalization: .none), try F.scores("betweenness_raw_igraph", name),
                     "raw betweenness vs igraph \(name)")
        expectScores(try g.betweennessCentrality(endpoints: .included), try F.scores("betweenness_endpoints", name),
                     "betweenness with endpoints \(name)")
        expectScores(try g.betweennessCentrality(endpoints: .included, normalization: .none),
                     try F.scores("betweenness_endpoints_raw", name), "raw betweenness with endpoints \(name)")
        expectScores(try g.betweennessCentrality(normalization: .none, cutoff: 2),
                     try F.scores("betweenness_cutoff2_igraph", name), "betweenness cutoff 2 vs igraph \(name)")
    }

    @Test(arguments: F.oneModeGraphs)
    func sampledAndSubsetBetweenness(_ name: String) throws {
        let g = try F.graph(name)
        let sample = try #require(try F.scores("betweenness_sample_sources", name)).map { Int32($0) }
        expectScores(try g.betweennessCentrality(sources: .sample(sample)), try F.scores("betweenness_sample", name),
                     "sampled betweenness \(name)")
        expectScores(try g.betweennessCentrality(normalization: .none, sources: .sample(sample)),
                     try F.scores("betweenness_sample_raw", name), "raw sampled betweenness \(name)")
        expectScores(try g.betweennessCentrality(endpoints: .included, sources: .sample(sample)),
                     try F.scores("betweenness_sample_endpoints", name), "sampled betweenness with endpoints \(name)")
        expectScores(try g.betweennessCentrality(normalization: .none, sources: .subset(sample)),
                     try F.scores("betweenness_subset", name), "subset betweenness \(name)")
        expectScores(try g.betweennessCentrality(normalization: .none, sources: .subset(sample)),
                     try F.scores("betweenness_subset_igraph", name), "subset betweenness vs igraph sources= \(name)")
        expectEdgeScores(try g.edgeBetweennessCentrality(sources: .sample(sample)),
                         try F.rows("edge_betweenness_sample", name), "sampled edge betweenness \(name)")
    }

    @Test(arguments: F.oneModeGraphs)
    func edgeBetweenness(_ name: String) throws {
        let g = try F.graph(name)
        expectEdgeScores(try g.edgeBetweennessCentrality(), try F.rows("edge_betweenness", name), "edge betweenness \(name)")
        expectEdgeScores(try g.edgeBetweennessCentrality(normalization: .none), try F.rows("edge_betweenness_raw", name),
                         "raw edge betweenness \(name)")
        expectEdgeScores(try g.edgeBetweennessCentrality(normalization: .none), try F.rows("edge_betweenness_raw_igraph", name),
                         "raw edge betweenness vs igraph \(name)")
    }

    @Test func weightedPathMeasures() throws {
        let g = try F.graph("weighted")
        #expect(g.isWeighted)
        expectScores(try g.betweennessCentrality(lengths: .weight), try F.scores("betweenness_weighted", "weighted"),
                     "weighted betweenness")
        expectScores(try g.betweennessCentrality(lengths: .weight, normalization: .none),
                     try F.scores("betweenness_weighted_raw_igraph", "weighted"), "weighted betweenness vs igraph")
        expectEdgeScores(try g.edgeBetweennessCentrality(lengths: .weight),
                         try F.rows("edge_betweenness_weighted", "weighted"), "weighted edge betweenness")
        expectScores(try g.closenessCentrality(lengths: .weight), try F.scores("closeness_weighted", "weighted"),
                     "weighted closeness")
        expectScores(try g.harmonicCentrality(lengths: .weight), try F.scores("harmonic_weighted", "weighted"),
                     "weighted harmonic")
        expectScores(try g.closenessCentrality(lengths: .inverseWeight),
                     try F.scores("closeness_inverse_weight", "weighted"), "closeness, length = 1/weight")
        expectScores(try g.betweennessCentrality(lengths: .inverseWeight),
                     try F.scores("betweenness_inverse_weight", "weighted"), "betweenness, length = 1/weight")
        // The default ignores weights, as NetworkX's weight=None.
        expectScores(try g.betweennessCentrality(), try F.scores("betweenness", "weighted"), "unweighted default")
    }

    @Test(arguments: F.oneModeGraphs)
    func closenessAndHarmonic(_ name: String) throws {
        let g = try F.graph(name)
        expectScores(try g.closenessCentrality(), try F.scores("closeness", name), "closeness \(name)")
        expectScores(try g.closenessCentrality(normalization: .reachable), try F.scores("closeness_reachable", name),
                     "closeness wf_improved=False \(name)")
        expectScores(try g.closenessCentrality(direction: .outgoing, normalization: .reachable),
                     try F.scores("closeness_out_igraph", name), "closeness vs igraph mode=out \(name)")
        expectScores(try g.harmonicCentrality(), try F.scores("harmonic", name), "harmonic \(name)")
        expectScores(try g.harmonicCentrality(direction: .outgoing, normalization: .vertexCount),
                     try F.scores("harmonic_out_normalized_igraph", name), "harmonic vs igraph \(name)")
    }

    /// NetworkX's default numbers come back with its defaults passed
    /// explicitly; the library's own defaults run to the answer: within
    /// 1e-10 of NetworkX with a tight tolerance, of NumPy's `eigh` and of
    /// igraph's ARPACK.
    @Test(arguments: F.oneModeGraphs)
    func eigenvector(_ name: String) throws {
        let g = try F.graph(name)
        let converged = try g.eigenvectorCentrality()
        let networkX: [Double] = try #require(try F.scores("eigenvector", name))
        expectScores(try g.eigenvectorCentrality(maxIterations: 100, tolerance: 1e-6), networkX,
                     "eigenvector (NetworkX defaults) \(name)")
        expectScores(converged, try F.scores("eigenvector_tight", name), tolerance: 1e-10,
                     "eigenvector (default) vs NetworkX tol=1e-15 \(name)")
        if let exact = try F.scores("eigenvector_exact", name, onlyFor: F.connectedUndirectedGraphs) {
            expectScores(converged, exact, tolerance: 1e-10, "eigenvector (default) vs numpy eigh \(name)")
        }
        if let igraph = try F.scores("eigenvector_max_one_igraph", name, onlyFor: F.connectedUndirectedGraphs) {
            expectScores(try g.eigenvectorCentrality(scaling: .maximumOne), igraph, tolerance: 1e-8,
                         "eigenvector (max 1) vs igraph \(name)")
        }
        if let weighted = try F.scores("eigenvector_weighted", name, onlyFor: F.weightedGraphs) {
            expectScores(try g.eigenvectorCentrality(weights: .weights, maxIterations: 100, tolerance: 1e-6), weighted,
                         "weighted eigenvector (NetworkX defaults) \(name)")
            expectScores(try g.eigenvectorCentrality(weights: .weights), try F.scores("eigenvector_weighted_tight", name),
                         tolerance: 1e-10, "weighted eigenvector (default) vs NetworkX tol=1e-15 \(name)")
        }
    }

    /// The default tolerance stops far closer to the answer than
    /// NetworkX's: the loose result is measurably off (so the test would
    /// notice a default that silently went back to 1e-6).
    @Test func defaultsConvergeWhereNetworkXDefaultsDoNot() throws {
        let g = try F.graph("karate")
        let tight = try #require(try F.scores("pagerank_tight", "karate"))
        let loose = try g.pageRank(maxIterations: 100, tolerance: 1e-6).values
        let converged = try g.pageRank().values
        #expect(loose.count == tight.count && converged.count == tight.count)
        #expect(zip(loose, tight).map { abs($0 - $1) }.max()! > 1e-7)
        #expect(zip(converged, tight).map { abs($0 - $1) }.max()! < 1e-10)
    }

    @Test(arguments: F.oneModeGraphs)
    func pageRank(_ name: String) throws {
        let g = try F.graph(name)
        expectScores(try g.pageRank(maxIterations: 100, tolerance: 1e-6), try F.scores("pagerank", name),
                     "PageRank (NetworkX defaults) \(name)")
        let converged = try g.pageRank()
        expectScores(converged, try F.scores("pagerank_tight", name), tolerance: 1e-10,
                     "PageRank (default) vs NetworkX tol=1e-14 \(name)")
        expectScores(converged, try F.scores("pagerank_igraph", name), tolerance: 1e-10,
                     "PageRank (default) vs igraph PRPACK \(name)")
        let p = try #require(try F.scores("pagerank_personalization", name))
        expectScores(try g.pageRank(personalization: p, maxIterations: 1000, tolerance: 1e-6),
                     try F.scores("pagerank_personalized", name), "personalised PageRank \(name)")
        #expect(abs(converged.sum - 1) < 1e-12)
        let d = try #require(try F.scores("pagerank_dangling_weights", name))
        expectScores(try g.pageRank(dangling: d), try F.scores("pagerank_dangling", name), tolerance: 1e-10,
                     "PageRank with a dangling distribution \(name)")
    }

    @Test(arguments: F.oneModeGraphs)
    func katz(_ name: String) throws {
        let g = try F.graph(name)
        if let expected = try F.scores("katz", name, onlyFor: F.katzConvergentGraphs) {
            expectScores(try g.katzCentrality(maxIterations: 1000, tolerance: 1e-6), expected,
                         "Katz (NetworkX defaults) \(name)")
        }
        if let expected = try F.scores("katz_tight", name, onlyFor: F.katzConvergentGraphs) {
            expectScores(try g.katzCentrality(), expected, tolerance: 1e-10, "Katz (default) vs NetworkX tol=1e-15 \(name)")
        }
        let beta = (0 ..< g.vertexCount).map { 1 + Double($0) / 10 }
        let perVertex: [Double] = try #require(try F.scores("katz_beta", name))
        expectScores(try g.katzCentrality(alpha: 0.05, betaPerVertex: beta), perVertex,
                     tolerance: 1e-10, "Katz with per-vertex β \(name)")
        // The linear solve answers on every graph; the default α converges only on these.
        let exact: [Double] = try #require(try F.scores("katz_numpy", name))
        if F.katzConvergentGraphs.contains(name) {
            expectScores(try g.katzCentrality(), exact, tolerance: 1e-10, "Katz (default) vs linear solve \(name)")
        }
    }

    @Test func katzDivergesBeyondSpectralRadius() throws {
        // ba200's largest eigenvalue exceeds 10, so α = 0.1 diverges (NetworkX fails there too).
        let g = try F.graph("ba200")
        #expect(throws: AnalysisError.self) { try g.katzCentrality() }
    }

    @Test(arguments: F.oneModeGraphs)
    func clustering(_ name: String) throws {
        let g = try F.graph(name)
        expectScores(try g.clusteringCoefficient(), try F.scores("clustering", name), "clustering \(name)")
        expectNumber(try g.averageClustering(), try F.number("average_clustering", name), "average clustering \(name)")
        if !g.isDirected {
            expectNumber(try g.transitivity(), try F.number("transitivity", name), "transitivity \(name)")
            expectNumber(try g.transitivity(), try F.number("transitivity_igraph", name), "transitivity vs igraph \(name)")
            expectScores(try g.clusteringCoefficient(), try F.scores("clustering_igraph", name), "clustering vs igraph \(name)")
        }
        if let weighted = try F.scores("clustering_weighted", name, onlyFor: F.weightedGraphs) {
            expectScores(try g.clusteringCoefficient(weights: .weights), weighted, "weighted clustering \(name)")
        }
    }
}
