@testable import NetworkAnalysis
import Testing

/// The default PageRank of an undirected graph is reached by conjugate
/// gradients on its linear system (one side's, on a bipartite graph)
/// when the damping is below 1, and by Gauss–Seidel sweeps over one side,
/// then the other, on a bipartite graph at damping 1 (`Graph.pageRank`);
/// directed graphs and other tolerances run the power iteration. The fixtures hold the solvers to NetworkX and igraph on
/// path, star, Davis and the small two-mode graph; these tests hold them to
/// the power iteration run to 1e-15 where the fixtures have nothing:
/// dangling (isolated) vertices, a personalisation, a dangling
/// distribution, weights, several components, either side the smaller
/// one, an odd cycle; and to the walk's stationary distribution at damping 1.
@Suite struct PageRankSweepTests {
    @Test func twoColouring() throws {
        let path = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        #expect(path.twoColouring()?.order == [0, 2, 1, 3])
        #expect(path.twoColouring()?.firstSideCount == 2)
        // Two components and an isolated vertex: each component's lowest
        // vertex is on the first side.
        let two = try Graph(vertexCount: 6, edges: [(0, 3), (4, 1), (1, 2)])
        #expect(two.twoColouring()?.firstSideCount == 3)
        #expect(two.twoColouring()?.order == [0, 1, 5, 3, 4, 2].sorted { a, b in
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
        // The same graphs with the vertex numbers reversed: the other side
        // is the first colour class, so the other side carries the vectors.
        let reversed = { (v: Int32) in Int32(n - 1) - v }
        let flippedEdges = edges.map { (reversed($0.0), reversed($0.1)) }
        let flipped = try Graph(vertexCount: n, edges: flippedEdges)
        let flippedWeighted = try Graph(vertexCount: n, edges: flippedEdges, weights: weights)
        #expect(plain.twoColouring()?.firstSideCount != flipped.twoColouring()?.firstSideCount)
        // And with a triangle among the first three vertices: not
        // bipartite, so the whole graph's system is solved.
        let triangle: [(Int32, Int32)] = [(0, 1), (1, 2), (2, 0)]
        let odd = try Graph(vertexCount: n, edges: edges + triangle)
        let oddWeighted = try Graph(vertexCount: n, edges: edges + triangle, weights: weights + [2, 0.5, 3])
        #expect(odd.twoColouring() == nil)
        let personalization = (0 ..< n).map { _ in Double(rng.next() % 5) }
        let dangling = (0 ..< n).map { _ in Double(rng.next() % 3) + 0.5 }
        for (g, label) in [(plain, "plain"), (weighted, "weighted"), (flipped, "flipped"), (flippedWeighted, "flipped weighted"),
                              (odd, "odd cycle"), (oddWeighted, "odd cycle weighted")] {
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

    /// At damping 1 on a connected undirected graph the walk's stationary
    /// distribution is strength / total strength: the Gauss–Seidel sweeps
    /// must reach it (the power iteration would oscillate between the
    /// sides forever).
    @Test func dampingOneGivesTheStationaryDistribution() throws {
        // A 3 × 4 grid: bipartite, connected, strengths 2, 3 and 4.
        var edges: [(Int32, Int32)] = []
        for row in 0 ..< 3 {
            for column in 0 ..< 4 {
                let v = Int32(row * 4 + column)
                if column < 3 { edges.append((v, v + 1)) }
                if row < 2 { edges.append((v, v + 4)) }
            }
        }
        let weights = edges.indices.map { Double($0 % 3 + 1) }
        for weighted in [false, true] {
            let g = weighted
                ? try Graph(vertexCount: 12, edges: edges, weights: weights)
                : try Graph(vertexCount: 12, edges: edges)
            var strength = [Double](repeating: 0, count: 12)
            for (i, (u, v)) in edges.enumerated() {
                let w = weighted ? weights[i] : 1
                strength[Int(u)] += w
                strength[Int(v)] += w
            }
            let total = strength.reduce(0, +)
            let scores = try g.pageRank(damping: 1)
            for v in 0 ..< 12 {
                #expect(abs(scores.values[v] - strength[v] / total) < 1e-13, "vertex \(v), weighted \(weighted)")
            }
        }
    }

    /// Too few steps for the tolerance is an error, not an early answer.
    @Test func tooFewStepsFailToConverge() throws {
        let g = try Graph(vertexCount: 6, edges: [(0, 3), (0, 4), (1, 4), (1, 5), (2, 5), (2, 3), (0, 5)])
        #expect(g.twoColouring() != nil)
        #expect(throws: AnalysisError.self) { try g.pageRank(maxIterations: 1) }
        #expect(throws: Never.self) { try g.pageRank(maxIterations: 50) }
    }
}
