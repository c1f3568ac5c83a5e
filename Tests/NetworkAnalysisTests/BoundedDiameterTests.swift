import NetworkAnalysis
import Testing

/// The bounds-based (iFUB) diameter equals the all-pairs one: on every
/// fixture graph (whose all-pairs diameters MetricsFixtureTests holds to
/// NetworkX's `diameter` per component), on every component of seeded
/// random graphs, sparse and dense, with long paths and hubs; and it
/// needs fewer searches than the all-pairs sweep where the graph is not tiny.
@Suite struct BoundedDiameterTests {
    static func expectMatchesAllPairs(_ g: Graph, _ label: String) throws -> [BoundedDiameter] {
        let all = try g.distanceSummary()
        let components = g.connectedComponents()
        var found: [BoundedDiameter] = []
        for extent in all.components {
            let vertex = Int32(components.labels.firstIndex(of: Int32(extent.component))!)
            let bounded = try g.boundedDiameter(ofComponentOf: vertex)
            #expect(bounded.diameter == Int(extent.diameter), "\(label), component \(extent.component)")
            #expect(bounded.size == extent.size, "\(label), component \(extent.component)")
            found.append(bounded)
        }
        return found
    }

    @Test(arguments: CentralityFixture.undirectedGraphs)
    func fixtureGraphs(name: String) throws {
        // Weights do not count: the diameter is in steps.
        let weighted = try CentralityFixture.graph(name)
        let g = try Graph(vertexCount: weighted.vertexCount, edges: weighted.edgeList.map { ($0.source, $0.target) })
        _ = try Self.expectMatchesAllPairs(g, name)
    }

    /// Random graphs G(n, m) from sparse (many components, long paths) to
    /// dense, and preferential attachment with a few long tails.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func randomGraphs(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        for (n, m) in [(60, 50), (200, 220), (300, 900), (120, 2000)] {
            var edges: [(Int32, Int32)] = []
            while edges.count < m {
                let u = Int32(rng.next() % UInt64(n)), v = Int32(rng.next() % UInt64(n))
                if u != v { edges.append((u, v)) }
            }
            _ = try Self.expectMatchesAllPairs(try Graph(vertexCount: n, edges: edges), "G(\(n), \(m)) seed \(seed)")
        }
        // Preferential attachment on 500 vertices, then a tail of 40 hung on a random vertex.
        var edges: [(Int32, Int32)] = [(0, 1), (1, 2), (2, 0)]
        var ends: [Int32] = [0, 1, 1, 2, 2, 0]
        for v in 3 ..< 500 {
            for _ in 0 ..< 2 {
                let u = ends[Int(rng.next() % UInt64(ends.count))]
                edges.append((u, Int32(v))); ends += [u, Int32(v)]
            }
        }
        var last = Int32(rng.next() % 500)
        for v in 500 ..< 540 { edges.append((last, Int32(v))); last = Int32(v) }
        let found = try Self.expectMatchesAllPairs(try Graph(vertexCount: 540, edges: edges), "BA seed \(seed)")
        #expect(found.count == 1 && found[0].searches < 540 / 4, "\(found)")
    }

    /// Hand-checked shapes: a path of 10 has diameter 9, a cycle of 11
    /// diameter 5, a star 2, one vertex 0; a directed path is read as
    /// undirected (its component's diameter in steps, ignoring direction).
    @Test func shapes() throws {
        let path = try Graph(vertexCount: 10, edges: (0 ..< 9).map { (Int32($0), Int32($0 + 1)) })
        #expect(try path.boundedDiameter(ofComponentOf: 4).diameter == 9)
        let cycle = try Graph(vertexCount: 11, edges: (0 ..< 11).map { (Int32($0), Int32(($0 + 1) % 11)) })
        #expect(try cycle.boundedDiameter(ofComponentOf: 0).diameter == 5)
        let star = try Graph(vertexCount: 6, edges: (1 ..< 6).map { (0, Int32($0)) })
        #expect(try star.boundedDiameter(ofComponentOf: 3).diameter == 2)
        let lone = try Graph(vertexCount: 3, edges: [(0, 1)])
        let alone = try lone.boundedDiameter(ofComponentOf: 2)
        #expect(alone.diameter == 0 && alone.searches == 4 && alone.size == 1)
        let arcs = try Graph(vertexCount: 4, edges: [(0, 1), (2, 1), (2, 3)], directedness: .directed)
        #expect(try arcs.boundedDiameter(ofComponentOf: 0).diameter == 3)
        #expect(throws: AnalysisError.self) { try lone.boundedDiameter(ofComponentOf: 3) }
    }
}
