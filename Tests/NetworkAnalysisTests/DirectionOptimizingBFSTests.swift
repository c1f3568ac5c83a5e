@testable import NetworkAnalysis
import Testing

/// Brandes' counting BFS finds a level bottom-up (from the unreached
/// vertices' arcs) when that is cheaper than from the frontier's arcs
/// (`SearchWorkspace.countingBreadthFirst`). These tests force every level
/// top-down, every level bottom-up, and let the hybrid choose, on seeded
/// graphs built to exercise it, and hold the three to each other: the same
/// levels and path counts after every search, and dependency sums within
/// 1e-9. The top-down search is the plain algorithm that the NetworkX
/// reference tests pinned before the bottom-up levels existed.
@Suite struct DirectionOptimizingBFSTests {
    struct Run {
        var sums: [Double]
        var hops: [[Int32]]
        var paths: [[Double]]
        /// DAG arcs recorded as predecessor lists (found bottom-up).
        var bottomUpArcs = 0
    }

    static func run(_ g: Graph, _ direction: SearchDirection, maxDepth: Int32 = .max) -> Run {
        let n = g.vertexCount
        return g.withAdjacency { adj in
            let ws = SearchWorkspace(vertexCount: n, arcCount: adj.targets.count, symmetric: true)
            ws.direction = direction
            var run = Run(sums: [Double](repeating: 0, count: n), hops: [], paths: [])
            for s in 0 ..< n {
                ws.countingBreadthFirst(adj, from: s, maxDepth: maxDepth)
                run.bottomUpArcs += ws.predecessorEnd[ws.reached - 1]
                run.hops.append((0 ..< n).map { ws.hops[$0] })
                run.paths.append((0 ..< n).map { ws.hops[$0] < 0 ? 0 : ws.pathValue[$0] })
                run.sums.withUnsafeMutableBufferPointer {
                    ws.accumulate(adj, source: s, weighted: false, endpoints: false, vertexSums: $0.baseAddress, arcSums: nil)
                }
            }
            // Every pushed coefficient was collected: nothing left over.
            #expect((0 ..< n).allSatisfy { ws.pushed[$0] == 0 })
            return run
        }
    }

    static func expectSame(_ g: Graph, _ label: String, maxDepth: Int32 = .max) -> (hybrid: Run, bottomUp: Run) {
        let plain = run(g, .topDown, maxDepth: maxDepth)
        #expect(plain.bottomUpArcs == 0)
        let hybrid = run(g, .hybrid, maxDepth: maxDepth), bottomUp = run(g, .bottomUp, maxDepth: maxDepth)
        for (name, other) in [("hybrid", hybrid), ("bottom-up", bottomUp)] {
            #expect(other.hops == plain.hops, "\(label) \(name): levels")
            #expect(other.paths == plain.paths, "\(label) \(name): path counts")
            let worst = zip(other.sums, plain.sums).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
            #expect(worst <= 1e-9, "\(label) \(name): relative difference \(worst)")
        }
        return (hybrid, bottomUp)
    }

    /// Preferential attachment (m = 3): small world, hubs, a large last
    /// level; the hybrid goes bottom-up on it. Path counts are sums of
    /// integers below 2^53, so they agree exactly whichever order adds them.
    @Test(arguments: [UInt64(1), 2, 3])
    func preferentialAttachment(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 400, m = 3
        var edges: [(Int32, Int32)] = []
        var ends: [Int32] = [0, 1, 1, 2, 2, 0]
        edges += [(0, 1), (1, 2), (2, 0)]
        for v in 3 ..< n {
            var chosen = Set<Int32>()
            while chosen.count < m { chosen.insert(ends[Int(rng.next() % UInt64(ends.count))]) }
            for u in chosen.sorted() {
                edges.append((u, Int32(v))); ends += [u, Int32(v)]
            }
        }
        let g = try Graph(vertexCount: n, edges: edges)
        let (hybrid, bottomUp) = Self.expectSame(g, "BA seed \(seed)")
        #expect(hybrid.bottomUpArcs > 0, "the hybrid never went bottom-up")
        #expect(bottomUp.bottomUpArcs > hybrid.bottomUpArcs)
        _ = Self.expectSame(g, "BA seed \(seed), depth 2", maxDepth: 2)
    }

    /// Sparse random graphs with several components, isolated vertices, a
    /// self-loop and a repeated edge (counted twice, as by the top-down
    /// search), and a long path: many levels, where the unreached vertices
    /// of other components never join.
    @Test(arguments: [UInt64(4), 5, 6, 7])
    func looseGraphs(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 120
        var edges: [(Int32, Int32)] = [(7, 7), (3, 4), (3, 4)]
        for _ in 0 ..< 150 {
            let a = Int32(rng.next() % 90), b = Int32(rng.next() % 90)
            if a != b { edges.append((a, b)) }
        }
        for v in 90 ..< 115 { edges.append((Int32(v), Int32(v + 1))) }  // a path of 26 vertices
        edges.append((115, 0))
        let g = try Graph(vertexCount: n, edges: edges, selfLoops: .keep)
        _ = Self.expectSame(g, "loose seed \(seed)")
        _ = Self.expectSame(g, "loose seed \(seed), depth 3", maxDepth: 3)
    }

    /// The public betweenness (which goes through the hybrid) against the
    /// sums of the forced top-down search, on a graph where the hybrid
    /// takes bottom-up levels.
    @Test func betweennessUsesTheSameSums() throws {
        var rng = SplitMix64(seed: 9)
        var edges: [(Int32, Int32)] = []
        for v in 1 ..< 300 {
            for _ in 0 ..< 4 { edges.append((Int32(rng.next() % UInt64(v)), Int32(v))) }
        }
        let g = try Graph(vertexCount: 300, edges: edges)
        let plain = Self.run(g, .topDown).sums
        let public_ = try g.betweennessCentrality(normalization: .none, sources: .subset(Array(g.vertices))).values
        // Brandes' raw sums count each unordered pair twice.
        let worst = zip(public_, plain).map { abs($0 - $1 / 2) / max(1, abs($1)) }.max() ?? 0
        #expect(worst <= 1e-9, "relative difference \(worst)")
    }
}
