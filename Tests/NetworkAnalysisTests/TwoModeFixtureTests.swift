import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// Two-mode measures against NetworkX's `bipartite` module and numpy's SVD.
@Suite struct TwoModeFixtureTests {
    typealias F = CentralityFixture

    @Test(arguments: F.twoModeGraphs)
    func centralities(_ name: String) throws {
        let b = try F.twoMode(name)
        expectScores(b.degreeCentrality(), try F.scores("bipartite_degree", name), "two-mode degree \(name)")
        expectScores(try b.betweennessCentrality(), try F.scores("bipartite_betweenness", name), "two-mode betweenness \(name)")
        expectScores(try b.closenessCentrality(), try F.scores("bipartite_closeness", name), "two-mode closeness \(name)")
        expectScores(try b.closenessCentrality(normalization: .none), try F.scores("bipartite_closeness_raw", name),
                     "two-mode closeness, not normalised \(name)")
        expectNumber(b.density, try F.number("bipartite_density", name), "two-mode density \(name)")
    }

    /// PageRank of the two-mode graph read as one-mode, which the default
    /// tolerance reaches by sweeping one side, then the other.
    @Test(arguments: F.twoModeGraphs)
    func pageRank(_ name: String) throws {
        let b = try F.twoMode(name)
        let converged = try b.graph.pageRank()
        expectScores(converged, try F.scores("pagerank_tight", name), tolerance: 1e-10,
                     "two-mode PageRank (default) vs NetworkX tol=1e-14 \(name)")
        expectScores(converged, try F.scores("pagerank_igraph", name), tolerance: 1e-10,
                     "two-mode PageRank (default) vs igraph PRPACK \(name)")
        #expect(abs(converged.sum - 1) < 1e-12)
    }

    @Test(arguments: F.twoModeGraphs)
    func clustering(_ name: String) throws {
        let b = try F.twoMode(name)
        expectScores(b.clustering(mode: .dot), try F.scores("bipartite_clustering_dot", name), "clustering dot \(name)")
        expectScores(b.clustering(mode: .min), try F.scores("bipartite_clustering_min", name), "clustering min \(name)")
        expectScores(b.clustering(mode: .max), try F.scores("bipartite_clustering_max", name), "clustering max \(name)")
    }

    @Test(arguments: F.twoModeGraphs)
    func eigenvector(_ name: String) throws {
        let b = try F.twoMode(name)
        let e = try b.eigenvectorCentrality()
        expectScores(e.scores, try F.scores("two_mode_eigenvector", name), "two-mode eigenvector \(name)")
        expectNumber(e.singularValue, try F.number("two_mode_singular_value", name), "singular value \(name)")
        let maxOne = try b.eigenvectorCentrality(scaling: .maximumOne)
        #expect(b.topVertices.map { maxOne.scores[vertex: $0] }.max().map { abs($0 - 1) < 1e-12 } == true)
    }

    @Test(arguments: F.twoModeGraphs, [TwoModeSide.top, .bottom])
    func projections(_ name: String, side: TwoModeSide) throws {
        let b = try F.twoMode(name)
        let label = side == .top ? "top" : "bottom"
        for (weighting, measure) in [(ProjectionWeighting.sharedNeighbors, "projection_\(label)"),
                                     (.newman, "projection_newman_\(label)")] {
            let p = b.projection(onto: side, weighting: weighting)
            #expect(p.graph.vertexCount == b.count(of: side))
            // Map back to positions in the two-mode graph, smaller first.
            let scores = p.graph.edgeList.map { e in
                let u = p.vertices[Int(e.source)], v = p.vertices[Int(e.target)]
                return EdgeScore(source: min(u, v), target: max(u, v), value: e.weight)
            }
            expectEdgeScores(scores, try F.rows(measure, name), "\(measure) \(name)")
        }
    }

    @Test func davisSizes() throws {
        let b = try F.twoMode("davis")
        #expect(b.topVertices.count == 18)
        #expect(b.bottomVertices.count == 14)
        #expect(b.graph.edgeCount == 89)
    }

    @Test func edgeInsideSideIsRejected() throws {
        let g = try Graph(vertexCount: 4, edges: [(0, 2), (0, 1)])
        #expect(throws: TwoModeError.edgeInsideSide(0, 1, side: .top)) {
            try TwoModeGraph(graph: g, bottom: [2, 3])
        }
        let directed = try Graph(vertexCount: 2, edges: [(0, 1)], directedness: .directed)
        #expect(throws: TwoModeError.directedGraph) { try TwoModeGraph(graph: directed, bottom: [1]) }
        #expect(throws: TwoModeError.self) { try TwoModeGraph(topCount: 2, bottomCount: 1, memberships: [(0, 1)]) }
        let message = TwoModeError.edgeInsideSide(0, 1, side: .top).description
        #expect(message.contains("top vertex to a bottom vertex"))
    }

    @Test func membershipsBuildSides() throws {
        // Organisations 0, 1, 2; groups 0, 1. Org 0 and 1 share group 0; 1 and 2 share group 1.
        let b = try TwoModeGraph(topCount: 3, bottomCount: 2, memberships: [(0, 0), (1, 0), (1, 1), (2, 1), (0, 0)])
        #expect(b.topVertices == [0, 1, 2])
        #expect(b.bottomVertices == [3, 4])
        #expect(b.graph.edgeCount == 4)  // the repeated (0, 0) merges
        let p = b.projection(onto: .top)
        #expect(p.graph.edgeList == [WeightedEdge(source: 0, target: 1, weight: 1), WeightedEdge(source: 1, target: 2, weight: 1)])
        let groups = b.projection(onto: .bottom)
        #expect(groups.graph.edgeList == [WeightedEdge(source: 0, target: 1, weight: 1)])
        #expect(groups.vertices == [3, 4])
        let ratio = b.projection(onto: .top, weighting: .sharedNeighborRatio)
        #expect(ratio.graph.edgeList.map(\.weight) == [0.5, 0.5])
    }
}
