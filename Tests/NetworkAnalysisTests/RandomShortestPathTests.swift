import Foundation
import NetworkAnalysis
import Testing

private typealias F = CentralityFixture

/// The bidirectional sampler behind the estimated betweenness draws every
/// shortest path with probability `1/σ_st`: each drawn path is one of the
/// shortest paths `allShortestPaths` lists (itself checked against
/// NetworkX), and the counts pass a chi-square test of uniformity. The
/// generator is seeded, so every run sees the same counts.
@Suite struct RandomShortestPathTests {
    /// Pearson's statistic for `counts` against equal expected counts.
    static func chiSquare(_ counts: [Int]) -> Double {
        let total = Double(counts.reduce(0, +)), expected = total / Double(counts.count)
        return counts.reduce(0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
    }

    /// The upper 0.1 % point of chi-square with `df` degrees of freedom
    /// (Wilson–Hilferty; z = 3.090).
    static func critical(df: Int) -> Double {
        let k = Double(df), a = 2 / (9 * k)
        return k * pow(1 - a + 3.090 * a.squareRoot(), 3)
    }

    /// Draws `perPath · σ` paths from `s` to `t`; returns the count of each
    /// enumerated shortest path, failing on any path not among them.
    static func counts(_ g: Graph, _ s: Int32, _ t: Int32, perPath: Int, rng: inout SplitMix64) throws -> [Int] {
        let all = try g.allShortestPaths(from: s, to: t, limit: 100_000)
        try #require(!all.isTruncated)
        var index: [[Int32]: Int] = [:]
        for (i, p) in all.shortestPaths.enumerated() { index[p] = i }
        var counts = [Int](repeating: 0, count: all.shortestPaths.count)
        for _ in 0 ..< perPath * counts.count {
            let path = try #require(try g.randomShortestPath(from: s, to: t, using: &rng))
            let i = try #require(index[path], "\(path) is not a shortest path from \(s) to \(t)")
            counts[i] += 1
        }
        return counts
    }

    /// Corner to corner of a 5 × 6 grid: C(9, 4) = 126 shortest paths whose
    /// crossing arcs carry very unequal products σ_s(x)·σ_t(y).
    @Test func gridCornerToCornerIsUniform() throws {
        let g = try gridGraph(5, 6)
        var rng = SplitMix64(seed: 11)
        let counts = try Self.counts(g, 0, 29, perPath: 100, rng: &rng)
        #expect(counts.count == 126)
        #expect(counts.allSatisfy { $0 > 0 })
        let x2 = Self.chiSquare(counts)
        #expect(x2 < Self.critical(df: counts.count - 1), "chi-square \(x2)")
    }

    /// Every ordered pair of the karate club with more than one shortest
    /// path, pooled: the sum of the pairs' statistics against the pooled
    /// degrees of freedom.
    @Test func karateAllPairsUniform() throws {
        let g = try F.graph("karate")
        var rng = SplitMix64(seed: 5)
        var x2 = 0.0, df = 0
        for s in g.vertices {
            for t in g.vertices where t != s {
                let counts = try Self.counts(g, s, t, perPath: 30, rng: &rng)
                guard counts.count > 1 else { continue }
                x2 += Self.chiSquare(counts)
                df += counts.count - 1
            }
        }
        #expect(df > 500)
        #expect(x2 < Self.critical(df: df), "chi-square \(x2) on \(df) degrees of freedom")
    }

    /// A hub and a leaf of a Barabási–Albert graph, where the balanced
    /// search expands the leaf's side first and the hub's ball is large:
    /// the pairs with the most shortest paths from the highest-degree vertex.
    @Test func hubToFarVerticesIsUniform() throws {
        let g = try F.graph("ba200")
        let hub = g.vertices.max { g.outDegree($0) < g.outDegree($1) }!
        var rng = SplitMix64(seed: 9)
        let targets = try g.vertices.filter { $0 != hub }
            .map { ($0, try g.allShortestPaths(from: hub, to: $0, limit: 0).shortestPathCount) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(5)
        for (t, sigma) in targets {
            #expect(sigma > 2)
            for (s, u) in [(hub, t), (t, hub)] {
                let counts = try Self.counts(g, s, u, perPath: 200, rng: &rng)
                let x2 = Self.chiSquare(counts)
                #expect(x2 < Self.critical(df: counts.count - 1), "\(s) → \(u): chi-square \(x2)")
            }
        }
    }

    @Test func endsAndUnreachable() throws {
        let g = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (3, 4)])
        var rng = SplitMix64(seed: 1)
        #expect(try g.randomShortestPath(from: 2, to: 2, using: &rng) == [2])
        #expect(try g.randomShortestPath(from: 0, to: 1, using: &rng) == [0, 1])
        #expect(try g.randomShortestPath(from: 2, to: 0, using: &rng) == [2, 1, 0])
        #expect(try g.randomShortestPath(from: 0, to: 4, using: &rng) == nil)
        #expect(throws: PathQueryError.self) { try g.randomShortestPath(from: 0, to: 5, using: &rng) }
    }
}
