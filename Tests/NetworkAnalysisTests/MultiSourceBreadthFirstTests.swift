@testable import NetworkAnalysis
import Testing

/// The bit-parallel multi-source BFS against one plain breadth-first search
/// per source, on seeded graphs built to exercise it: disconnected with
/// isolated vertices, source counts that are not a multiple of the word,
/// paths and cycles longer than a word, directed arcs both ways, repeated
/// sources, and two-mode graphs.
@Suite struct MultiSourceBreadthFirstTests {
    /// Each source's totals from its own BFS (`SearchWorkspace.breadthFirst`),
    /// summing `1/d` vertex by vertex.
    static func plainTotals(_ g: Graph, direction: ArcDirection, sources: [Int32]? = nil) throws -> [HopTotals] {
        try DistanceSweep.perVertex(
            graph: g, lengths: .hops, direction: direction, parallelism: 1, progress: nil,
            initial: HopTotals(), sources: sources
        ) { ws, _, _ in
            var t = HopTotals()
            t.reached = ws.reached
            for i in 1 ..< max(1, ws.reached) {
                let d = Int(ws.hops[Int(ws.order[i])])
                t.distanceSum += d
                t.inverseSum += 1 / Double(d)
                t.eccentricity = max(t.eccentricity, d)
            }
            return t
        }
    }

    static func expectSame(_ fast: [HopTotals], _ plain: [HopTotals], _ label: String) {
        #expect(fast.count == plain.count, "\(label): counts")
        for (i, (a, b)) in zip(fast, plain).enumerated() {
            #expect(a.reached == b.reached && a.distanceSum == b.distanceSum && a.eccentricity == b.eccentricity,
                    "\(label): source slot \(i): \(a) vs \(b)")
            #expect(abs(a.inverseSum - b.inverseSum) <= 1e-12 * max(1, b.inverseSum), "\(label): slot \(i) Σ1/d")
        }
    }

    /// A sparse seeded graph (many components and isolated vertices).
    static func sparseGraph(n: Int, m: Int, seed: UInt64, directedness: Graph.Directedness) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        let edges: [(Int32, Int32)] = (0 ..< m).map { _ in
            (Int32(rng.next() % UInt64(n)), Int32(rng.next() % UInt64(n)))
        }
        return try Graph(vertexCount: n, edges: edges, directedness: directedness)
    }

    /// A path of `length` vertices, a cycle of `cycle` vertices, then
    /// `isolated` vertices with no edge.
    static func pathCycleAndIsolated(length: Int, cycle: Int, isolated: Int) throws -> Graph {
        var edges: [(Int32, Int32)] = (0 ..< length - 1).map { (Int32($0), Int32($0 + 1)) }
        edges += (0 ..< cycle).map { (Int32(length + $0), Int32(length + ($0 + 1) % cycle)) }
        return try Graph(vertexCount: length + cycle + isolated, edges: edges)
    }

    @Test(arguments: [(Graph.Directedness.undirected, UInt64(11)), (.undirected, 12), (.directed, 13)])
    func sparseGraphsMatchPlainSearches(directedness: Graph.Directedness, seed: UInt64) throws {
        let g = try Self.sparseGraph(n: 203, m: 190, seed: seed, directedness: directedness)
        #expect(g.connectedComponents().count > 5, "the graph should be disconnected")
        for direction in [ArcDirection.outgoing, .incoming] {
            let fast = try DistanceSweep.hopTotals(graph: g, direction: direction, parallelism: 1, progress: nil)
            Self.expectSame(fast, try Self.plainTotals(g, direction: direction), "\(directedness) \(direction)")
        }
    }

    @Test func denseGraphMatchesPlainSearches() throws {
        let g = try Self.sparseGraph(n: 300, m: 2400, seed: 14, directedness: .undirected)
        let fast = try DistanceSweep.hopTotals(graph: g, direction: .outgoing, parallelism: 1, progress: nil)
        Self.expectSame(fast, try Self.plainTotals(g, direction: .outgoing), "dense")
    }

    @Test func pathsLongerThanAWordMatchPlainSearches() throws {
        let g = try Self.pathCycleAndIsolated(length: 300, cycle: 131, isolated: 7)
        let fast = try DistanceSweep.hopTotals(graph: g, direction: .outgoing, parallelism: 1, progress: nil)
        let plain = try Self.plainTotals(g, direction: .outgoing)
        Self.expectSame(fast, plain, "path")
        #expect(fast[0].eccentricity == 299 && fast[0].distanceSum == 299 * 300 / 2)
        #expect(fast[300].eccentricity == 65 && fast[437].reached == 1)
    }

    /// A broom: a path of 400 vertices ending at the hub of a 300-leaf
    /// star. Searches along the handle keep one- or two-vertex frontiers
    /// (taken from the frontier list) and then burst into the leaves (a
    /// frontier above n/16, taken in vertex order), in one search.
    @Test func smallAndLargeFrontiersInOneSearchMatchPlainSearches() throws {
        let handle = 400, leaves = 300
        var edges: [(Int32, Int32)] = (0 ..< handle - 1).map { (Int32($0), Int32($0 + 1)) }
        edges += (0 ..< leaves).map { (Int32(handle - 1), Int32(handle + $0)) }
        let g = try Graph(vertexCount: handle + leaves, edges: edges)
        let sources: [Int32] = [0, 17, 250, Int32(handle - 1), Int32(handle + 5), Int32(handle + leaves - 1)]
        let fast = try DistanceSweep.hopTotals(
            graph: g, direction: .outgoing, parallelism: 1, progress: nil, sources: sources)
        let plain = try Self.plainTotals(g, direction: .outgoing)
        Self.expectSame(fast, sources.map { plain[Int($0)] }, "broom")
        #expect(fast[0].eccentricity == handle && fast[0].reached == handle + leaves)
    }

    @Test func listedSourcesWithRepeatsMatchPlainSearches() throws {
        let g = try Self.sparseGraph(n: 150, m: 220, seed: 15, directedness: .directed)
        var rng = SplitMix64(seed: 16)
        let sources = (0 ..< 139).map { _ in Int32(rng.next() % 150) } + [3, 3, 3, 149, 0]
        for direction in [ArcDirection.outgoing, .incoming] {
            let fast = try DistanceSweep.hopTotals(
                graph: g, direction: direction, parallelism: 1, progress: nil, sources: sources)
            Self.expectSame(fast, try Self.plainTotals(g, direction: direction, sources: sources), "listed \(direction)")
        }
    }

    @Test func resultsDoNotDependOnThreads() throws {
        let g = try Self.sparseGraph(n: 700, m: 1500, seed: 17, directedness: .undirected)
        let one = try DistanceSweep.hopTotals(graph: g, direction: .outgoing, parallelism: 1, progress: nil)
        for threads in [2, 3, 5] {
            #expect(try DistanceSweep.hopTotals(graph: g, direction: .outgoing, parallelism: threads, progress: nil) == one)
            #expect(try g.harmonicCentrality(parallelism: threads) == g.harmonicCentrality(parallelism: 1))
        }
    }

    /// Closeness from the kernel is bit-identical to closeness from one
    /// unit-length Dijkstra per source (integer sums either way); harmonic
    /// agrees to rounding.
    @Test(arguments: [Graph.Directedness.undirected, .directed])
    func measuresMatchUnitLengthSearches(directedness: Graph.Directedness) throws {
        let g = try Self.sparseGraph(n: 260, m: 330, seed: 18, directedness: directedness)
        let edges = g.edgeList.map { ($0.source, $0.target) }
        let unit = try Graph(vertexCount: g.vertexCount, edges: edges,
                             weights: [Double](repeating: 1, count: edges.count), directedness: directedness)
        for normalization in [ClosenessNormalization.wassermanFaust, .reachable, .inverseSum] {
            for direction in [ArcDirection.incoming, .outgoing] {
                #expect(try g.closenessCentrality(direction: direction, normalization: normalization)
                        == unit.closenessCentrality(lengths: .weight, direction: direction, normalization: normalization))
            }
        }
        let fast = try g.harmonicCentrality(normalization: .vertexCount)
        let plain = try unit.harmonicCentrality(lengths: .weight, normalization: .vertexCount)
        #expect(fast.count == plain.count)
        #expect(zip(fast, plain).allSatisfy { abs($0 - $1) <= 1e-12 })
        let summary = try g.distanceSummary(), unitSummary = try unit.distanceSummary(lengths: .weight)
        #expect(summary.connectedPairs == unitSummary.connectedPairs)
        #expect(summary.averagePathLength == unitSummary.averagePathLength)
        #expect(summary.eccentricity == unitSummary.eccentricity && summary.components == unitSummary.components)
        #expect(abs(summary.globalEfficiency - unitSummary.globalEfficiency) <= 1e-12)
    }

    /// Two-mode closeness from the kernel against Borgatti–Everett's
    /// formula applied to plain per-source searches.
    @Test func twoModeClosenessMatchesPlainSearches() throws {
        var rng = SplitMix64(seed: 19)
        let top = 150, bottom = 40
        let edges: [(Int32, Int32)] = (0 ..< 170).map { _ in
            (Int32(rng.next() % UInt64(top)), Int32(top + Int(rng.next() % UInt64(bottom))))
        }
        let two = try TwoModeGraph(
            graph: try Graph(vertexCount: top + bottom, edges: edges), bottom: (top ..< top + bottom).map { Int32($0) })
        let plain = try Self.plainTotals(two.graph, direction: .outgoing)
        let scores = try two.closenessCentrality()
        let n = Double(top), m = Double(bottom), all = Double(top + bottom)
        #expect(scores.count == plain.count)
        for (v, t) in plain.enumerated() {
            let best = v < top ? m + 2 * (n - 1) : n + 2 * (m - 1)
            let expected = t.distanceSum == 0 ? 0 : best / Double(t.distanceSum) * (Double(t.reached - 1) / (all - 1))
            #expect(scores[v] == expected, "vertex \(v)")
        }
        Self.expectSame(
            try DistanceSweep.hopTotals(graph: two.graph, direction: .outgoing, parallelism: 2, progress: nil),
            plain, "two-mode")
    }
}
