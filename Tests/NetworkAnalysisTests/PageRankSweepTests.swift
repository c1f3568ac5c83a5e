@testable import NetworkAnalysis
import Testing

/// The default PageRank of an undirected bipartite graph is reached by
/// Gauss–Seidel sweeps over one side, then the other
/// (`Graph.pageRank`); other graphs and other tolerances run the power
/// iteration. The fixtures hold the sweeps to NetworkX and igraph on
/// path, star, Davis and the small two-mode graph; these tests hold them to
/// the power iteration run to 1e-15 where the fixtures have nothing:
/// dangling (isolated) vertices, a personalisation, a dangling
/// distribution, weights, and several components.
@Suite struct PageRankSweepTests {
    @Test func twoColouring() throws {
        let path = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        #expect(path.twoColouring() == [0, 2, 1, 3])
        // Two components and an isolated vertex: each component's lowest
        // vertex is on the first side.
        let two = try Graph(vertexCount: 6, edges: [(0, 3), (4, 1), (1, 2)])
        #expect(two.twoColouring() == [0, 1, 5, 3, 4, 2].sorted { a, b in
            let first: Set<Int32> = [0, 1, 5]
            return first.contains(a) != first.contains(b) ? first.contains(a) : a < b
        })
        let triangle = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
        #expect(triangle.twoColouring() == nil)
        let loop = try Graph(vertexCount: 2, edges: [(0, 1), (1, 1)], selfLoops: .keep)
        #expect(loop.twoColouring() == nil)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func sweepsReachThePowerIterationsFixedPoint(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let top = 40, bottom = 12, n = top + bottom + 2  // two isolated vertices: dangling
        var edges: [(Int32, Int32)] = []
        var weights: [Double] = []
        var seen = Set<Int>()
        for _ in 0 ..< 110 {
            let o = Int(rng.next() % UInt64(top)), g = Int(rng.next() % UInt64(bottom))
            if seen.insert(o * bottom + g).inserted {
                edges.append((Int32(o), Int32(top + g)))
                weights.append(1 + Double(rng.next() % 4))
            }
        }
        let plain = try Graph(vertexCount: n, edges: edges)
        let weighted = try Graph(vertexCount: n, edges: edges, weights: weights)
        #expect(plain.twoColouring() != nil)
        let personalization = (0 ..< n).map { _ in Double(rng.next() % 5) }
        let dangling = (0 ..< n).map { _ in Double(rng.next() % 3) + 0.5 }
        for (g, label) in [(plain, "plain"), (weighted, "weighted")] {
            let cases: [(String, (Double) throws -> VertexScores)] = [
                ("uniform", { try g.pageRank(tolerance: $0) }),
                ("personalised", { try g.pageRank(personalization: personalization, tolerance: $0) }),
                ("dangling", { try g.pageRank(dangling: dangling, tolerance: $0) }),
                ("damping 0.5", { try g.pageRank(damping: 0.5, tolerance: $0) }),
            ]
            for (name, run) in cases {
                let swept = try run(Graph.convergedTolerance)
                let iterated = try run(1e-15)
                let worst = zip(swept.values, iterated.values).map { abs($0 - $1) }.max() ?? 0
                #expect(worst < 1e-12, "\(label) \(name): \(worst)")
                #expect(abs(swept.sum - 1) < 1e-12, "\(label) \(name)")
            }
        }
    }
}
