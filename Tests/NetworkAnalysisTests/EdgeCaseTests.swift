import NetworkAnalysis
import Testing

/// Empty, trivial and invalid inputs: no crash, documented answers.
@Suite struct EdgeCaseTests {
    @Test(arguments: [0, 1, 2])
    func tinyGraphs(n: Int) throws {
        let g = try Graph(vertexCount: n, edges: n == 2 ? [(0, 1)] : [])
        #expect(try g.betweennessCentrality().values == [Double](repeating: 0, count: n))
        #expect(try g.betweennessCentrality(parallelism: 2).values == [Double](repeating: 0, count: n))
        #expect(try g.edgeBetweennessCentrality().count == g.edgeCount)
        #expect(try g.closenessCentrality().count == n)
        #expect(try g.harmonicCentrality().count == n)
        #expect(try g.pageRank().count == n)
        #expect(try g.clusteringCoefficient().values == [Double](repeating: 0, count: n))
        #expect(g.density == (n == 2 ? 1 : 0))
        #expect(g.connectedComponents().count == (n == 2 ? 1 : n))
        let s = try g.distanceSummary()
        #expect(s.averagePathLength == (n == 2 ? 1 : 0))
        #expect(try g.freemanCentralization(.degree) == 0)
        if n == 0 {
            #expect(throws: AnalysisError.emptyGraph(measure: "eigenvector centrality")) { try g.eigenvectorCentrality() }
        } else {
            #expect(try g.eigenvectorCentrality().count == n)
        }
        if n == 1 { #expect(g.degreeCentrality().values == [1]) }  // NetworkX's convention for one vertex
    }

    @Test func invalidParametersAreExplained() throws {
        let g = try Graph(vertexCount: 3, edges: [(0, 1), (1, 2)])
        #expect(throws: AnalysisError.lengthMismatch(name: "personalization", count: 2, vertexCount: 3)) {
            try g.pageRank(personalization: [1, 1])
        }
        #expect(throws: AnalysisError.self) { try g.pageRank(personalization: [0, 0, 0]) }
        #expect(throws: AnalysisError.self) { try g.pageRank(damping: 1.5) }
        #expect(throws: AnalysisError.lengthMismatch(name: "labels", count: 1, vertexCount: 3)) {
            try g.attributeAssortativity(labels: ["a"])
        }
        #expect(throws: AnalysisError.vertexOutOfRange(9, vertexCount: 3)) {
            try g.betweennessCentrality(sources: .subset([9]))
        }
        let error = AnalysisError.failedToConverge(measure: "PageRank", iterations: 100)
        #expect(error.description.contains("raise maxIterations"))
        #expect(throws: AnalysisError.failedToConverge(measure: "PageRank", iterations: 1)) {
            try g.pageRank(maxIterations: 1, tolerance: 1e-15)
        }
        let directedWeighted = try Graph(vertexCount: 3, edges: [(0, 1), (1, 2)], weights: [1, 2], directedness: .directed)
        #expect(throws: AnalysisError.self) { try directedWeighted.clusteringCoefficient(weights: .weights) }
        #expect(throws: AnalysisError.self) { try directedWeighted.transitivity() }
        #expect(throws: AnalysisError.self) { try directedWeighted.freemanCentralization(.degree) }
    }

    /// Hand-checked: a path 0–1–2–3 has betweenness raw [0, 2, 2, 0];
    /// with cutoff 2 only the pairs at distance 2 count: [0, 1, 1, 0].
    @Test func cutoffOnAPath() throws {
        let g = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        #expect(try g.betweennessCentrality(normalization: .none).values == [0, 2, 2, 0])
        #expect(try g.betweennessCentrality(normalization: .none, cutoff: 2).values == [0, 1, 1, 0])
        #expect(try g.betweennessCentrality(normalization: .none, cutoff: 1).values == [0, 0, 0, 0])
        let w = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)], weights: [1, 1, 1])
        #expect(try w.betweennessCentrality(lengths: .weight, normalization: .none, cutoff: 2).values == [0, 1, 1, 0])
    }

    /// Closeness over incoming arcs equals closeness over outgoing arcs of
    /// the reversed graph, with weights.
    @Test func incomingIsOutgoingOfTheReverse() throws {
        let edges: [(Int32, Int32)] = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 1), (0, 4)]
        let weights: [Double] = [1, 2, 3, 1, 2, 5, 4]
        let g = try Graph(vertexCount: 5, edges: edges, weights: weights, directedness: .directed)
        let r = try Graph(vertexCount: 5, edges: edges.map { ($1, $0) }, weights: weights, directedness: .directed)
        #expect(try g.closenessCentrality(lengths: .weight, direction: .incoming)
            == r.closenessCentrality(lengths: .weight, direction: .outgoing))
        #expect(try g.harmonicCentrality(lengths: .inverseWeight, direction: .incoming)
            == r.harmonicCentrality(lengths: .inverseWeight, direction: .outgoing))
    }

    /// Hand-checked two-mode example: orgs A, B, C; groups X = {A, B}, Y = {A, B, C}.
    @Test func handCheckedTwoMode() throws {
        let b = try TwoModeGraph(topCount: 3, bottomCount: 2, memberships: [(0, 0), (1, 0), (0, 1), (1, 1), (2, 1)])
        // A and B share two groups; A–C and B–C share one.
        let shared = b.projection(onto: .top)
        #expect(shared.graph.edgeList.map(\.weight) == [2, 1, 1])
        // Newman: X contributes 1/(2−1) = 1, Y contributes 1/(3−1) = 0.5.
        let newman = b.projection(onto: .top, weighting: .newman)
        #expect(newman.graph.edgeList.map(\.weight) == [1.5, 0.5, 0.5])
        #expect(b.density == 5.0 / 6.0)
        #expect(b.degreeCentrality().values == [1, 1, 0.5, 2.0 / 3.0, 1])
    }
}
