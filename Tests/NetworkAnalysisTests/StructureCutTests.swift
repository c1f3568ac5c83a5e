import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

// MARK: - Helpers shared by the structure, overlap, path, brokerage and community tests

/// The reference values written by `scripts/fixtures/structure.py`.
func structureFixture() throws -> ReferenceFixture {
    try ReferenceFixture.load("structure.json")
}

/// The fixture graph `name` as a `Graph`, with its weights when asked and present.
func structureGraph(_ fixture: ReferenceFixture, _ name: String, weighted: Bool = false) throws -> Graph {
    let g = try fixture.graph(name)
    return try Graph(
        vertexCount: g.nodes.count, edges: g.edges,
        weights: weighted ? g.weights : nil, directedness: g.directed ? .directed : .undirected)
}

/// A JSON number, or nil (JSON null decodes to a non-number).
func number(_ value: any Sendable) -> Double? { value as? Double }

/// A JSON array as doubles, null becoming NaN.
func doubles(_ value: any Sendable) -> [Double] {
    if let d = value as? [Double] { return d }
    return (value as? [any Sendable] ?? []).map { number($0) ?? .nan }
}

/// `firstMismatch` within `tolerance`, and also NaN exactly where the
/// reference has NaN (`firstMismatch` alone lets a number pass for an
/// expected NaN, since every comparison with NaN is false).
func scoreMismatch(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) -> String? {
    if let m = firstMismatch(actual, expected, tolerance: tolerance) { return m }
    for i in actual.indices where actual[i].isNaN != expected[i].isNaN {
        return "index \(i): \(actual[i]) ≠ \(expected[i])"
    }
    return nil
}

/// A JSON array of integers.
func int32s(_ value: any Sendable) -> [Int32] {
    doubles(value).map { Int32($0) }
}

/// A JSON array of arrays of integers.
func int32Lists(_ value: any Sendable) -> [[Int32]] {
    if value is [Double] { return [] }  // an empty JSON array decodes as [Double]
    return (value as? [any Sendable] ?? []).map(int32s)
}

/// A JSON array of objects.
func objects(_ value: any Sendable) -> [[String: any Sendable]] {
    (value as? [any Sendable] ?? []).compactMap { $0 as? [String: any Sendable] }
}

/// Number of connected components of the underlying undirected graph after
/// deleting `vertex` (if any) and the edge `edge` (if any); computed
/// independently of the library by a plain breadth-first search.
func componentCount(_ g: Graph, removingVertex vertex: Int32? = nil, removingEdge edge: (Int32, Int32)? = nil) -> Int {
    var adjacency = [[Int32]](repeating: [], count: g.vertexCount)
    for u in g.vertices {
        for v in g.neighbors(of: u) where u != v {
            if let (a, b) = edge, (u == a && v == b) || (u == b && v == a) { continue }
            adjacency[Int(u)].append(v)
            adjacency[Int(v)].append(u)
        }
    }
    var seen = [Bool](repeating: false, count: g.vertexCount)
    if let vertex { seen[Int(vertex)] = true }
    var components = 0
    for s in 0 ..< g.vertexCount where !seen[s] {
        components += 1
        seen[s] = true
        var stack = [Int32(s)]
        while let u = stack.popLast() {
            for v in adjacency[Int(u)] where !seen[Int(v)] {
                seen[Int(v)] = true
                stack.append(v)
            }
        }
    }
    return components
}

let structureGraphNames = ["davis", "davis_women", "florentine", "karate", "kites", "broker_directed"]

// MARK: - Cut vertices and bridges

@Suite("Structure: cut vertices and bridges")
struct StructureCutTests {
    @Test("articulation points equal NetworkX", arguments: structureGraphNames)
    func articulationPointsMatchNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        #expect(g.articulationPoints() == int32s(try fixture.value("articulation_points", name)))
    }

    @Test("bridges equal NetworkX", arguments: structureGraphNames)
    func bridgesMatchNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        let expected = int32Lists(try fixture.value("bridges", name)).map { Bridge($0[0], $0[1]) }
        #expect(g.bridges() == expected)
    }

    @Test("removing a cut vertex adds components; removing another vertex does not", arguments: structureGraphNames)
    func cutVertexProperty(_ name: String) throws {
        let g = try structureGraph(try structureFixture(), name)
        let cuts = Set(g.articulationPoints())
        let base = componentCount(g)
        for v in g.vertices {
            // A removed isolated vertex takes its own component with it.
            let after = componentCount(g, removingVertex: v)
            let isolated = g.outDegree(v) == 0 && g.inDegree(v) == 0
            if cuts.contains(v) {
                #expect(after > base, "cut vertex \(v) of \(name)")
            } else {
                #expect(after == base - (isolated ? 1 : 0), "vertex \(v) of \(name)")
            }
        }
    }

    @Test("removing a bridge disconnects; removing another edge does not", arguments: structureGraphNames)
    func bridgeProperty(_ name: String) throws {
        let g = try structureGraph(try structureFixture(), name)
        let bridges = Set(g.bridges())
        let base = componentCount(g)
        for u in g.vertices {
            for v in g.neighbors(of: u) where u < v {
                let after = componentCount(g, removingEdge: (u, v))
                #expect((after == base + 1) == bridges.contains(Bridge(u, v)), "edge \(u)-\(v) of \(name)")
            }
        }
    }

    @Test("a long path: every inner vertex is a cut vertex, every edge a bridge (no recursion)")
    func longPathIsHandledIteratively() throws {
        let n = 200_000
        let edges = (0 ..< Int32(n - 1)).map { ($0, $0 + 1) }
        let g = try Graph(vertexCount: n, edges: edges)
        let cuts = g.articulationPoints()
        #expect(cuts.count == n - 2)
        #expect(cuts.first == 1 && cuts.last == Int32(n - 2))
        #expect(g.bridges().count == n - 1)
    }

    @Test("a cycle has no cut vertex and no bridge; a directed graph is read as undirected")
    func cycleAndDirected() throws {
        let cycle = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)])
        #expect(cycle.articulationPoints().isEmpty)
        #expect(cycle.bridges().isEmpty)
        // 0 → 1 → 2 with 2 → 1: underlying graph is the path 0 - 1 - 2.
        let directed = try Graph(vertexCount: 3, edges: [(0, 1), (1, 2), (2, 1)], directedness: .directed)
        #expect(directed.articulationPoints() == [1])
        #expect(directed.bridges() == [Bridge(0, 1), Bridge(1, 2)])
    }
}

// MARK: - Cores

@Suite("Structure: core numbers")
struct StructureCoreTests {
    @Test("core numbers equal NetworkX", arguments: structureGraphNames)
    func coreNumbersMatchNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        #expect(g.coreNumbers().map(Double.init) == doubles(try fixture.value("core_number", name)))
    }

    @Test("k-core property: within the vertices of core ≥ k every vertex has ≥ k such neighbours",
          arguments: structureGraphNames)
    func coreProperty(_ name: String) throws {
        let g = try structureGraph(try structureFixture(), name)
        let core = g.coreNumbers()
        for k in 1 ... (core.max() ?? 0) {
            for v in g.vertices where core[Int(v)] >= k {
                var inside = g.neighbors(of: v).filter { core[Int($0)] >= k }.count
                if g.isDirected { inside += g.predecessors(of: v).filter { core[Int($0)] >= k }.count }
                #expect(inside >= k, "vertex \(v), k = \(k), \(name)")
            }
        }
    }

    /// Every graph but davis_women has nodes both in and out of their
    /// corona, and more onion layers than core numbers.
    @Test("onion layers and k-corona membership equal NetworkX",
          arguments: structureGraphNames.filter { $0 != "broker_directed" })
    func onionLayersAndCoronaMatchNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        #expect(g.onionLayers().map(Double.init) == doubles(try fixture.value("onion_layers", name)))
        let corona = g.inKCorona(core: g.coreNumbers()).map { $0 ? 1.0 : 0.0 }
        #expect(corona == doubles(try fixture.value("k_corona", name)))
    }

    /// Every graph's triangles as NetworkX lists them (`all_triangles`),
    /// and as many through each vertex as `triangleCounts()` counts.
    @Test("the list of triangles equals NetworkX's", arguments: structureGraphNames.filter { $0 != "broker_directed" })
    func trianglesMatchNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        let listed = g.triangles().map { [$0.0, $0.1, $0.2] }
        #expect(listed == int32Lists(try fixture.value("all_triangles", name)), "\(name)")
        var through = [Int](repeating: 0, count: g.vertexCount)
        for t in g.triangles() { for v in [t.0, t.1, t.2] { through[Int(v)] += 1 } }
        #expect(through == g.triangleCounts())
    }

    /// Generalized degrees as NetworkX gives them; each adds up to the
    /// degree, and Σ k·count to twice the vertex's triangles.
    @Test("generalized degrees equal NetworkX's", arguments: structureGraphNames.filter { $0 != "broker_directed" })
    func generalizedDegreeMatchesNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        let expected = (try fixture.value("generalized_degree", name) as? [any Sendable] ?? []).map { node in
            Dictionary(uniqueKeysWithValues: int32Lists(node).map { (Int($0[0]), Int($0[1])) })
        }
        let got = g.generalizedDegree()
        #expect(got.count == g.vertexCount && got == expected, "\(name)")
        let triangles = g.triangleCounts()
        for v in g.vertices {
            let d = got[Int(v)]
            #expect(d.values.reduce(0, +) == g.neighbors(of: v).count)
            #expect(d.reduce(0) { $0 + $1.key * $1.value } == 2 * triangles[Int(v)])
        }
    }

    /// A triangle 0-1-2 with a tail 2-3 and an isolated 4: layer 1 is the
    /// isolated vertex, then 3 (degree 1 ≤ k = 1), then the triangle (its
    /// degrees 2 > 1 raise k to 2). In the 2-core {0, 1, 2} every vertex
    /// has exactly 2 neighbours in it (2 also has 3, of core 1, outside):
    /// all three are in the 2-corona; 3 (core 1) has one neighbour of core
    /// ≥ 1, so it is in the 1-corona; 4 in the 0-corona.
    @Test("hand-checked onion layers and corona: a triangle with a tail and an isolated vertex")
    func onionSmall() throws {
        let g = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
        #expect(g.onionLayers() == [3, 3, 3, 2, 1])
        #expect(g.inKCorona(core: g.coreNumbers()) == [true, true, true, true, true])
        let star = try Graph(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        // The centre has 3 neighbours of core ≥ 1, not 1: not in the 1-corona.
        #expect(star.inKCorona(core: star.coreNumbers()) == [false, true, true, true])
        #expect(star.onionLayers() == [2, 1, 1, 1])
        #expect(try Graph(vertexCount: 0, edges: []).onionLayers().isEmpty)
    }

    @Test("hand-checked: a triangle with a tail and an isolated vertex")
    func small() throws {
        let g = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
        #expect(g.coreNumbers() == [2, 2, 2, 1, 0])
        #expect(try Graph(vertexCount: 0, edges: []).coreNumbers().isEmpty)
    }
}
