import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// Triangles, square clustering, blocks, local bridges and k-trusses
/// against NetworkX 3.6.1 (scripts/fixtures/local_structure.py), and the
/// cases of NetworkX's own tests with their expected values.
@Suite("Local structure")
struct LocalStructureTests {
    static let graphNames = [
        "davis", "davis_women", "karate", "florentine", "gnm1", "gnm2", "gnm3", "gnp", "shapes", "cycle9",
    ]

    static func fixture() throws -> ReferenceFixture { try ReferenceFixture.load("local_structure.json") }

    @Test("triangles per vertex match NetworkX", arguments: graphNames)
    func triangles(_ name: String) throws {
        let f = try Self.fixture()
        let g = try structureGraph(f, name)
        #expect(g.triangleCounts().map(Double.init) == doubles(try f.value("triangles", name)))
    }

    @Test("square clustering matches NetworkX", arguments: graphNames)
    func squareClustering(_ name: String) throws {
        let f = try Self.fixture()
        let g = try structureGraph(f, name)
        let expected = doubles(try f.value("square_clustering", name))
        #expect(expected.contains { $0 > 0 && $0 < 1 } || name == "cycle9" || name == "shapes")
        #expect(scoreMismatch(g.squareClustering(), expected, tolerance: 1e-12) == nil)
    }

    @Test("blocks match NetworkX's biconnected components", arguments: graphNames)
    func blocks(_ name: String) throws {
        let f = try Self.fixture()
        let g = try structureGraph(f, name)
        #expect(g.biconnectedComponents() == int32Lists(try f.value("blocks", name)))
    }

    @Test("local bridges and spans match NetworkX", arguments: graphNames)
    func localBridges(_ name: String) throws {
        let f = try Self.fixture()
        let g = try structureGraph(f, name)
        let expected = (try f.value("local_bridges", name) as? [any Sendable] ?? []).map { row in
            let cells = row as? [any Sendable] ?? []
            return LocalBridge(Int32(number(cells[0]) ?? -1), Int32(number(cells[1]) ?? -1), span: number(cells[2]).map(Int.init))
        }
        #expect(g.localBridges() == expected)
    }

    @Test(
        "local bridges' span in weights matches NetworkX's weight='weight' and a weight function 1/w",
        arguments: ["gnm1_weighted", "square_weighted"], [EdgeLength.weight, .inverseWeight])
    func weightedSpans(_ name: String, _ lengths: EdgeLength) throws {
        let f = try Self.fixture()
        let g = try structureGraph(f, name, weighted: true)
        #expect(g.isWeighted)
        let key = lengths == .weight ? "local_bridges_weight" : "local_bridges_inverse_weight"
        let expected = (try f.value(key, name) as? [any Sendable] ?? []).map { row in
            let cells = row as? [any Sendable] ?? []
            return (u: Int32(number(cells[0]) ?? -1), v: Int32(number(cells[1]) ?? -1), length: number(cells[2]))
        }
        let got = g.localBridges(lengths: lengths)
        // The same ties as without weights, each with its span in ties kept.
        #expect(got.map { LocalBridge($0.u, $0.v, span: $0.span) } == g.localBridges())
        #expect(got.count == expected.count && !got.isEmpty)
        for (bridge, reference) in zip(got, expected) {
            #expect(bridge.u == reference.u && bridge.v == reference.v)
            switch (bridge.length, reference.length) {
            case let (length?, value?): #expect(abs(length - value) <= 1e-12 * value, "\(bridge)")
            case (nil, nil): break
            default: Issue.record("\(name) \(bridge): \(String(describing: bridge.length)) vs \(String(describing: reference.length))")
            }
        }
        if name == "square_weighted", lengths == .weight {
            // test_bridges.py test_weight: each span is 5 minus the tie's own weight.
            #expect(got.map(\.length) == [4, 4, 3, 4])
        }
    }

    @Test("k-trusses for k = 2…18 match NetworkX", arguments: graphNames)
    func kTruss(_ name: String) throws {
        let f = try Self.fixture()
        let g = try structureGraph(f, name)
        let trusses = try #require(try f.value("k_truss", name) as? [String: any Sendable])
        #expect(trusses.count == 17)
        for k in 2 ... 18 {
            let expected = try #require(trusses[String(k)] as? [String: any Sendable])
            let truss = g.kTruss(k)
            let nodes = int32s(try #require(expected["nodes"]))
            let edges = int32Lists(try #require(expected["edges"]))
            #expect(truss.vertices == nodes, "k = \(k)")
            #expect(truss.edges.map { [$0.u, $0.v] } == edges, "k = \(k)")
        }
    }

    // MARK: - NetworkX's own test cases (networkx/algorithms/**/tests), values copied

    static func graph(_ n: Int, _ edges: [(Int32, Int32)]) throws -> Graph {
        try Graph(vertexCount: n, edges: edges)
    }

    static func complete(_ n: Int) throws -> Graph {
        try graph(n, (0 ..< n).flatMap { u in (u + 1 ..< n).map { (Int32(u), Int32($0)) } })
    }

    static func cycle(_ n: Int) throws -> Graph {
        try graph(n, (0 ..< n).map { (Int32($0), Int32(($0 + 1) % n)) })
    }

    static func path(_ n: Int) throws -> Graph {
        try graph(n, (0 ..< n - 1).map { (Int32($0), Int32($0 + 1)) })
    }

    static let cubical: [(Int32, Int32)] = [
        (0, 1), (0, 3), (0, 4), (1, 2), (1, 7), (2, 3), (2, 6), (3, 5), (4, 5), (4, 7), (5, 6), (6, 7),
    ]

    @Test("test_cluster.py TestTriangles: path, cubical, K5, K5 minus an edge with a self-loop")
    func networkXTriangles() throws {
        #expect(try Self.graph(0, []).triangleCounts() == [])
        #expect(try Self.path(10).triangleCounts() == Array(repeating: 0, count: 10))
        #expect(try Self.graph(8, Self.cubical).triangleCounts() == Array(repeating: 0, count: 8))
        #expect(try Self.complete(5).triangleCounts() == [6, 6, 6, 6, 6])
        var edges = (0 ..< 5).flatMap { u in (u + 1 ..< 5).map { (Int32(u), Int32($0)) } }
        edges.removeAll { $0 == (1, 2) }
        #expect(try Self.graph(5, edges).triangleCounts() == [5, 3, 3, 5, 5])
        let looped = try Graph(vertexCount: 5, edges: edges + [(3, 3)], selfLoops: .keep)
        #expect(looped.triangleCounts() == [5, 3, 3, 5, 5])  // "ignore self-edges"
    }

    @Test("test_cluster.py TestSquareClustering: path, cubical, K5, K5,5, Lind et al., Peng et al., self-loops")
    func networkXSquareClustering() throws {
        #expect(try Self.graph(0, []).squareClustering() == [])
        #expect(try Self.path(10).squareClustering() == Array(repeating: 0, count: 10))
        #expect(try Self.graph(8, Self.cubical).squareClustering() == Array(repeating: 1.0 / 3, count: 8))
        #expect(try Self.complete(5).squareClustering() == [1, 1, 1, 1, 1])
        let k55 = try Self.graph(10, (0 ..< 5).flatMap { u in (5 ..< 10).map { (Int32(u), Int32($0)) } })
        #expect(k55.squareClustering() == Array(repeating: 1, count: 10))
        // Lind et al. (2005) figure 1, vertex 1; and two subgraphs of it.
        let lind: [(Int32, Int32)] = [
            (1, 2), (1, 3), (1, 6), (1, 7), (2, 4), (2, 5), (3, 4), (3, 5), (6, 7), (7, 8), (6, 8), (7, 9), (7, 10),
            (6, 11), (6, 12), (2, 13), (2, 14), (3, 15), (3, 16),
        ]
        #expect(try Self.graph(17, lind).squareClustering()[1] == 3.0 / 43)
        func sub(_ keep: Set<Int32>) throws -> Graph { try Self.graph(17, lind.filter { keep.contains($0.0) && keep.contains($0.1) }) }
        #expect(try sub([1, 2, 3, 4, 5, 13, 14, 15, 16]).squareClustering()[1] == 2.0 / 6)
        #expect(try sub([1, 6, 7, 8, 9, 10, 11, 12]).squareClustering()[1] == 1.0 / 5)
        // Peng et al. (2008) figure 1b, table 1 row 2 (vertices 1…6 → 0…5).
        let peng = try Self.graph(6, [(0, 1), (0, 2), (1, 3), (2, 3), (2, 4), (2, 5)])
        #expect(peng.squareClustering() == [1.0 / 3, 1, 0.2, 1.0 / 3, 0, 0])
        let looped = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (0, 0), (1, 1), (2, 2)], selfLoops: .keep)
        #expect(looped.squareClustering() == [0, 0, 0, 0, 0])
    }

    @Test("test_bridges.py TestLocalBridges: barbell, square, triangle (no weights)")
    func networkXLocalBridges() throws {
        let barbell = try Self.graph(8, [
            (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4), (4, 5), (4, 6), (4, 7), (5, 6), (5, 7), (6, 7),
        ])
        #expect(barbell.localBridges() == [LocalBridge(3, 4, span: nil)])  // span inf
        #expect(try Self.cycle(4).localBridges() == [
            LocalBridge(0, 1, span: 3), LocalBridge(0, 3, span: 3), LocalBridge(1, 2, span: 3), LocalBridge(2, 3, span: 3),
        ])
        #expect(try Self.cycle(3).localBridges() == [])
        // local_bridges' docstring: (0, 8, 8) in a 9-cycle.
        #expect(try Self.cycle(9).localBridges().contains(LocalBridge(0, 8, span: 8)))
    }

    @Test("test_biconnected.py: barbell with tails, two triangles, the ibluemojo graph")
    func networkXBiconnected() throws {
        var edges: [(Int32, Int32)] = []
        for u in Int32(0) ..< 8 { for v in u + 1 ..< 8 { edges.append((u, v)) } }
        for u in Int32(12) ..< 20 { for v in u + 1 ..< 20 { edges.append((u, v)) } }
        edges += [(7, 8), (8, 9), (9, 10), (10, 11), (11, 12), (7, 20), (20, 21), (21, 22), (22, 23), (23, 24), (24, 25), (25, 22)]
        let answer: Set<Set<Int32>> = [
            [12, 13, 14, 15, 16, 17, 18, 19], [0, 1, 2, 3, 4, 5, 6, 7], [22, 23, 24, 25], [11, 12], [10, 11], [9, 10],
            [8, 9], [7, 8], [21, 22], [20, 21], [7, 20],
        ]
        #expect(Set(try Self.graph(26, edges).biconnectedComponents().map(Set.init)) == answer)
        let twoTriangles = try Self.graph(5, [(0, 1), (1, 2), (2, 0), (1, 3), (3, 4), (4, 1)])
        #expect(twoTriangles.biconnectedComponents() == [[0, 1, 2], [1, 3, 4]])
        let ibluemojo = try Self.graph(16, [
            (0, 1), (0, 5), (0, 6), (0, 14), (1, 5), (1, 6), (1, 14), (2, 4), (2, 10), (3, 4), (3, 15), (4, 6), (4, 7),
            (4, 10), (5, 14), (6, 14), (7, 9), (8, 9), (8, 12), (8, 13), (10, 15), (11, 12), (11, 13), (12, 13),
        ])
        // The vertex sets of test_biconnected_components1's edge answer.
        let blocks: Set<Set<Int32>> = [[2, 3, 4, 10, 15], [8, 11, 12, 13], [8, 9], [7, 9], [4, 7], [4, 6], [0, 1, 5, 6, 14]]
        #expect(Set(ibluemojo.biconnectedComponents().map(Set.init)) == blocks)
        #expect(try Self.graph(5, []).biconnectedComponents() == [])
    }

    @Test("test_core.py test_k_truss: Batagelj–Zaversnik figure 1, k = −1…5")
    func networkXKTruss() throws {
        // Two tetrahedra on 1…4 and 5…8, the listed extra edges, vertex 21 alone.
        var edges: [(Int32, Int32)] = []
        for base: Int32 in [1, 5] { for u in base ..< base + 4 { for v in u + 1 ..< base + 4 { edges.append((u, v)) } } }
        edges += [
            (3, 7), (2, 11), (11, 5), (11, 12), (5, 12), (12, 19), (12, 18), (3, 9), (7, 9), (7, 10), (9, 10), (9, 20),
            (17, 13), (13, 14), (14, 15), (15, 16), (16, 13),
        ]
        let g = try Self.graph(22, edges)  // vertex 0 unused: NetworkX labels start at 1
        for k in [-1, 0, 1, 2] { #expect(g.kTruss(k).vertices == Array(1 ... 20), "k = \(k)") }
        #expect(g.kTruss(3).vertices == Array(1 ... 12))
        #expect(g.kTruss(4).vertices == Array(1 ... 8))
        #expect(g.kTruss(5).vertices == [])
    }

    @Test("test_betweenness_centrality.py TestEdgeBetweennessCentrality: K5, C4, P4, balanced tree")
    func networkXEdgeBetweenness() throws {
        func values(_ g: Graph, _ normalization: BetweennessNormalization) throws -> [Double] {
            try g.edgeBetweennessCentrality(normalization: normalization).map(\.value)
        }
        func close(_ a: [Double], _ b: [Double]) -> Bool { a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-7 } }
        #expect(close(try values(Self.complete(5), .none), Array(repeating: 1, count: 10)))
        #expect(close(try values(Self.complete(5), .pairs), Array(repeating: 1.0 / 10, count: 10)))
        #expect(close(try values(Self.cycle(4), .pairs), Array(repeating: 2.0 / 6, count: 4)))
        #expect(close(try values(Self.path(4), .none), [3, 4, 3]))
        #expect(close(try values(Self.path(4), .pairs), [3.0 / 6, 4.0 / 6, 3.0 / 6]))
        let tree = try Self.graph(7, [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6)])
        #expect(close(try values(tree, .none), [12, 12, 6, 6, 6, 6]))
    }
}
