import NetworkAnalysis
import Testing

/// Cross-checks that need no reference library.
@Suite struct PropertyTests {
    /// A seeded random graph: `n` vertices, about `m` edges, optionally with
    /// small integer weights (ties likely).
    static func randomGraph(n: Int, m: Int, seed: UInt64, directedness: Graph.Directedness = .undirected, weights: [Double]? = nil) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        let edges: [(Int32, Int32)] = (0 ..< m).map { _ in
            (Int32(rng.next() % UInt64(n)), Int32(rng.next() % UInt64(n)))
        }
        return try Graph(vertexCount: n, edges: edges, weights: weights.map { w in edges.indices.map { w[$0 % w.count] } },
                         directedness: directedness)
    }

    static let shapes: [(directedness: Graph.Directedness, seed: UInt64)] =
        [(.undirected, 1), (.undirected, 2), (.directed, 3), (.directed, 4)]

    @Test(arguments: [Graph.Directedness.undirected, .directed])
    func unitWeightsEqualUnweighted(directedness: Graph.Directedness) throws {
        let g = try Self.randomGraph(n: 80, m: 200, seed: 5, directedness: directedness)
        let edges = g.edgeList.map { ($0.source, $0.target) }
        let unit = try Graph(vertexCount: g.vertexCount, edges: edges, weights: [Double](repeating: 1, count: edges.count),
                             directedness: directedness)
        #expect(unit.isWeighted && !g.isWeighted)
        let close = { (a: VertexScores, b: VertexScores) in
            a.count == b.count && a.count == g.vertexCount && zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 }
        }
        #expect(close(try unit.betweennessCentrality(lengths: .weight), try g.betweennessCentrality()))
        #expect(close(try unit.betweennessCentrality(lengths: .weight, endpoints: .included),
                      try g.betweennessCentrality(endpoints: .included)))
        #expect(close(try unit.closenessCentrality(lengths: .weight), try g.closenessCentrality()))
        #expect(close(try unit.harmonicCentrality(lengths: .inverseWeight), try g.harmonicCentrality()))
        #expect(close(try unit.pageRank(weights: .weights), try g.pageRank()))
        #expect(close(try unit.eigenvectorCentrality(weights: .weights, maxIterations: 1000),
                      try g.eigenvectorCentrality(maxIterations: 1000)))
        let e1 = try unit.edgeBetweennessCentrality(lengths: .weight), e0 = try g.edgeBetweennessCentrality()
        #expect(e1.count == e0.count && e0.count == g.edgeCount)
        #expect(zip(e1, e0).allSatisfy { $0.source == $1.source && $0.target == $1.target && abs($0.value - $1.value) < 1e-12 })
        if directedness == .undirected {
            #expect(close(try unit.clusteringCoefficient(weights: .weights), try g.clusteringCoefficient()))
        }
    }

    @Test(arguments: [Graph.Directedness.undirected, .directed])
    func breadthFirstEqualsUnitDijkstra(directedness: Graph.Directedness) throws {
        let g = try Self.randomGraph(n: 120, m: 260, seed: 9, directedness: directedness)
        let edges = g.edgeList.map { ($0.source, $0.target) }
        let unit = try Graph(vertexCount: g.vertexCount, edges: edges, weights: [Double](repeating: 1, count: edges.count),
                             directedness: directedness)
        for s in stride(from: Int32(0), to: 120, by: 7) {
            #expect(try g.distances(from: s).distances == unit.distances(from: s, lengths: .weight).distances)
        }
    }

    @Test func distancesObeyTheTriangleInequality() throws {
        let g = try Self.randomGraph(n: 50, m: 150, seed: 21, weights: [1, 2, 3, 0.5, 4])
        let d = try (0 ..< Int32(50)).map { try g.distances(from: $0, lengths: .weight).distances }
        for u in 0 ..< 50 { for v in 0 ..< 50 { for w in 0 ..< 50 where d[u][v].isFinite && d[v][w].isFinite {
            #expect(d[u][w] <= d[u][v] + d[v][w] + 1e-12)
        } } }
    }

    /// Σ_v B(v) = Σ over connected pairs of (d(s, t) − 1): every shortest
    /// s–t path has d − 1 interior vertices and the shares of each pair sum to 1.
    @Test(arguments: shapes)
    func betweennessSumsToPairDistanceIdentity(shape: (directedness: Graph.Directedness, seed: UInt64)) throws {
        let g = try Self.randomGraph(n: 90, m: 180, seed: shape.seed, directedness: shape.directedness)
        let total = try g.betweennessCentrality(normalization: .none).sum
        var expected = 0.0
        for s in 0 ..< Int32(90) {
            for (t, d) in try g.distances(from: s).distances.enumerated() where d.isFinite && Int32(t) != s {
                expected += d - 1
            }
        }
        if shape.directedness == .undirected { expected /= 2 }  // each unordered pair once
        #expect(abs(total - expected) < 1e-9 * max(1, expected))
    }

    @Test(arguments: shapes)
    func resultsDoNotDependOnVertexOrder(shape: (directedness: Graph.Directedness, seed: UInt64)) throws {
        let n = 70
        let g = try Self.randomGraph(n: n, m: 160, seed: shape.seed, directedness: shape.directedness, weights: [1, 2, 2, 3])
        var rng = SplitMix64(seed: shape.seed &+ 100)
        let perm = (0 ..< Int32(n)).map { $0 }.shuffled(using: &rng)
        let edges = g.edgeList
        let h = try Graph(vertexCount: n, edges: edges.map { (perm[Int($0.source)], perm[Int($0.target)]) },
                          weights: edges.map(\.weight), directedness: shape.directedness)
        func same(_ a: VertexScores, _ b: VertexScores, _ what: String) {
            let mismatch = (0 ..< n).first { abs(a[$0] - b[Int(perm[$0])]) > 1e-9 * max(1, abs(a[$0])) }
            #expect(mismatch == nil, "\(what) differs at vertex \(mismatch ?? -1)")
        }
        same(try g.betweennessCentrality(), try h.betweennessCentrality(), "betweenness")
        same(try g.betweennessCentrality(lengths: .weight), try h.betweennessCentrality(lengths: .weight), "weighted betweenness")
        same(try g.closenessCentrality(), try h.closenessCentrality(), "closeness")
        same(try g.harmonicCentrality(lengths: .weight), try h.harmonicCentrality(lengths: .weight), "harmonic")
        same(try g.pageRank(tolerance: 1e-13), try h.pageRank(tolerance: 1e-13), "PageRank")
        same(try g.clusteringCoefficient(weights: shape.directedness == .directed ? .ignored : .weights),
             try h.clusteringCoefficient(weights: shape.directedness == .directed ? .ignored : .weights), "clustering")
        same(g.degreeCentrality(), h.degreeCentrality(), "degree")
        if shape.directedness == .undirected {
            same(try g.distanceSummary().eccentricity, try h.distanceSummary().eccentricity, "eccentricity")
        }
    }

    @Test(arguments: shapes)
    func parallelResultsAreBitIdentical(shape: (directedness: Graph.Directedness, seed: UInt64)) throws {
        let g = try Self.randomGraph(n: 150, m: 450, seed: shape.seed, directedness: shape.directedness, weights: [1, 2, 3])
        for lengths in [EdgeLength.hops, .weight] {
            let one = try g.betweennessCentrality(lengths: lengths, parallelism: 1)
            let two = try g.betweennessCentrality(lengths: lengths, parallelism: 2)
            let four = try g.betweennessCentrality(lengths: lengths, parallelism: 4)
            #expect(one.values == two.values)
            #expect(one.values == four.values)
            #expect(try g.edgeBetweennessCentrality(lengths: lengths, parallelism: 1)
                == g.edgeBetweennessCentrality(lengths: lengths, parallelism: 2))
            #expect(try g.closenessCentrality(lengths: lengths, parallelism: 1)
                == g.closenessCentrality(lengths: lengths, parallelism: 2))
            #expect(try g.harmonicCentrality(lengths: lengths, parallelism: 1)
                == g.harmonicCentrality(lengths: lengths, parallelism: 2))
        }
    }

    @Test func randomSampleIsReproducibleAndFullSampleIsExact() throws {
        let g = try Self.randomGraph(n: 100, m: 300, seed: 8)
        let a = try g.betweennessCentrality(sources: .randomSample(count: 20, seed: 42))
        let b = try g.betweennessCentrality(sources: .randomSample(count: 20, seed: 42))
        let c = try g.betweennessCentrality(sources: .randomSample(count: 20, seed: 43))
        #expect(a == b)
        #expect(a != c)
        #expect(try g.betweennessCentrality(sources: .randomSample(count: 100, seed: 1)).values
            .elementsEqual(try g.betweennessCentrality().values) { abs($0 - $1) < 1e-12 })
        #expect(throws: AnalysisError.self) { try g.betweennessCentrality(sources: .randomSample(count: 101, seed: 1)) }
        #expect(throws: AnalysisError.self) { try g.betweennessCentrality(sources: .subset([1, 1])) }
        #expect(throws: AnalysisError.self) { try g.betweennessCentrality(cutoff: -1) }
    }

    @Test(arguments: [1, 2])
    func cancellationStopsTheComputation(parallelism: Int) async throws {
        let g = try Self.randomGraph(n: 3000, m: 9000, seed: 3)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try g.betweennessCentrality(parallelism: parallelism)
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        let closeness = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try g.closenessCentrality(parallelism: parallelism)
        }
        await #expect(throws: CancellationError.self) { try await closeness.value }
        let pagerank = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try g.pageRank()
        }
        await #expect(throws: CancellationError.self) { try await pagerank.value }
    }

    @Test(arguments: [1, 2])
    func progressIsMonotoneAndComplete(parallelism: Int) throws {
        final class Log: @unchecked Sendable {  // appended to only from the (serialised) progress handler
            var values: [Progress] = []
        }
        let log = Log()
        let g = try Self.randomGraph(n: 500, m: 1500, seed: 4)
        _ = try g.betweennessCentrality(parallelism: parallelism) { log.values.append($0) }
        #expect(!log.values.isEmpty)
        #expect(zip(log.values, log.values.dropFirst()).allSatisfy { $0.completed <= $1.completed })
        #expect(log.values.last == Progress(completed: 500, total: 500))
        #expect(log.values.last?.fraction == 1)
    }

    @Test func componentsAgreeWithReachability() throws {
        let g = try Self.randomGraph(n: 200, m: 150, seed: 12)
        let c = g.connectedComponents()
        for s in stride(from: Int32(0), to: 200, by: 13) {
            let d = try g.distances(from: s).distances
            for v in 0 ..< 200 { #expect(d[v].isFinite == (c.labels[v] == c.labels[Int(s)])) }
        }
        #expect(c.sizes.reduce(0, +) == 200)
        let dg = try Self.randomGraph(n: 200, m: 400, seed: 13, directedness: .directed)
        let strong = dg.stronglyConnectedComponents()
        for u in stride(from: Int32(0), to: 200, by: 11) {
            let du = try dg.distances(from: u).distances
            for v in 0 ..< 200 {
                let back = try dg.distances(from: Int32(v)).distances[Int(u)]
                let mutual = du[v].isFinite && back.isFinite
                #expect(mutual == (strong.labels[v] == strong.labels[Int(u)]))
            }
        }
    }
}
