import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// Whole-network measures against NetworkX 3.6.1 / igraph 1.0.
@Suite struct MetricsFixtureTests {
    typealias F = CentralityFixture

    @Test(arguments: F.oneModeGraphs)
    func densityAndAssortativity(_ name: String) throws {
        let g = try F.graph(name)
        expectNumber(g.density, try F.number("density", name), "density \(name)")
        expectNumber(g.degreeAssortativity(), try F.number("degree_assortativity", name), "degree assortativity \(name)")
        expectNumber(g.degreeAssortativity(), try F.number("degree_assortativity_igraph", name),
                     "degree assortativity vs igraph \(name)")
        let raw = try F.get().value("labels", name)
        let list = try #require(raw as? [any Sendable])
        let labels: [String] = list.map { String(describing: $0) }
        expectNumber(try g.attributeAssortativity(labels: labels), try F.number("attribute_assortativity", name),
                     "attribute assortativity \(name)")
    }

    @Test(arguments: F.oneModeGraphs)
    func components(_ name: String) throws {
        let g = try F.graph(name)
        func asRows(_ c: Components) -> [[Double]] {
            c.members.map { $0.map(Double.init) }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        if g.isDirected {
            #expect(asRows(g.stronglyConnectedComponents()) == (try F.rows("strong_components", name)))
            #expect(asRows(g.weaklyConnectedComponents()) == (try F.rows("weak_components", name)))
        } else {
            #expect(asRows(g.connectedComponents()) == (try F.rows("components", name)))
            #expect(g.stronglyConnectedComponents() == g.connectedComponents())
        }
    }

    @Test(arguments: F.oneModeGraphs)
    func distances(_ name: String) throws {
        let g = try F.graph(name)
        let s = try g.distanceSummary()
        expectNumber(s.averagePathLength, try F.number("average_path_length_igraph", name), "average path length vs igraph \(name)")
        if let nx = try F.number("average_path_length", name, onlyFor: F.connectedUndirectedGraphs) {
            expectNumber(s.averagePathLength, nx, "average path length \(name)")
        }
        guard !g.isDirected else { return }
        expectNumber(s.globalEfficiency, try F.number("global_efficiency", name), "global efficiency \(name)")
        let extents = try #require(try F.rows("diameter_radius", name))
        #expect(s.components.map { [$0.diameter, $0.radius] } == extents, "diameter and radius \(name)")
        if let weighted = try F.rows("diameter_radius_weighted", name, onlyFor: F.weightedGraphs) {
            let w = try g.distanceSummary(lengths: .weight)
            #expect(w.components.map { [$0.diameter, $0.radius] } == weighted)
            expectNumber(w.averagePathLength, try F.number("average_path_length_weighted", name), "weighted average path length")
        }
    }

    @Test(arguments: F.undirectedGraphs)
    func freemanCentralization(_ name: String) throws {
        let g = try F.graph(name)
        expectNumber(try g.freemanCentralization(.degree), try F.number("degree_centralization", name), "degree centralisation \(name)")
        expectNumber(try g.freemanCentralization(.betweenness), try F.number("betweenness_centralization", name),
                     "betweenness centralisation \(name)")
        expectNumber(try g.freemanCentralization(.closeness), try F.number("closeness_centralization", name),
                     "closeness centralisation \(name)")
    }

    @Test func starIsMaximallyCentralisedAndCompleteNotAtAll() throws {
        // Hand-checked: a star attains each denominator exactly; a complete graph has no excess.
        let star = try F.graph("star"), complete = try F.graph("complete")
        for m in [CentralizationMeasure.degree, .betweenness, .closeness] {
            #expect(abs(try star.freemanCentralization(m) - 1) < 1e-12)
            #expect(abs(try complete.freemanCentralization(m)) < 1e-12)
        }
    }
}
