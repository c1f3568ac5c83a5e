import Foundation
import NetworkAnalysis
import Testing

@Suite struct GraphTests {
    @Test func buildsSortedRowsAndMergesParallelEdges() throws {
        let g = try Graph(vertexCount: 4, edges: [(2, 0), (0, 1), (1, 0), (3, 2), (2, 2), (0, 2)], weights: [1, 2, 3, 4, 5, 6])
        #expect(g.edgeCount == 3)                       // {0,1} twice, {0,2} twice, {2,3}; loop dropped
        #expect(Array(g.neighbors(of: 0)) == [1, 2])
        #expect(Array(g.neighbors(of: 2)) == [0, 3])
        #expect(g.weight(from: 0, to: 1) == 5)          // 2 + 3 summed
        #expect(g.weight(from: 2, to: 0) == 7)          // 1 + 6
        #expect(g.weight(from: 1, to: 3) == nil)
        #expect(g.outDegree(3) == 1 && g.inDegree(3) == 1)
    }

    @Test func keepsSelfLoopsWhenAsked() throws {
        let g = try Graph(vertexCount: 3, edges: [(0, 0), (0, 1), (1, 2)], selfLoops: .keep)
        #expect(g.edgeCount == 3)
        #expect(Array(g.neighbors(of: 0)) == [0, 1])
        #expect(g.degreeCentrality(normalization: .none).values == [3, 2, 1])  // a loop adds 2, as NetworkX
    }

    @Test func directedKeepsBothAdjacencies() throws {
        let g = try Graph(vertexCount: 4, edges: [(3, 0), (0, 1), (2, 1), (0, 1), (1, 3), (0, 3)], directedness: .directed)
        #expect(g.edgeCount == 5)
        #expect(Array(g.neighbors(of: 0)) == [1, 3])
        #expect(Array(g.predecessors(of: 1)) == [0, 2])
        #expect(Array(g.predecessors(of: 3)) == [0, 1])
        #expect(g.inDegree(1) == 2 && g.outDegree(1) == 1)
        #expect(g.edgeList.map { [$0.source, $0.target] } == [[0, 1], [0, 3], [1, 3], [2, 1], [3, 0]])
    }

    @Test func rejectsBadInput() {
        #expect(throws: GraphError.vertexOutOfRange(5, vertexCount: 3)) { try Graph(vertexCount: 3, edges: [(0, 5)]) }
        #expect(throws: GraphError.weightCountMismatch(edges: 1, weights: 2)) {
            try Graph(vertexCount: 3, edges: [(0, 1)], weights: [1, 2])
        }
        #expect(throws: GraphError.invalidWeight(-1, edge: 0)) { try Graph(vertexCount: 3, edges: [(0, 1)], weights: [-1]) }
        #expect(throws: GraphError.invalidWeight(.infinity, edge: 0)) {
            try Graph(vertexCount: 3, edges: [(0, 1)], weights: [.infinity])
        }
    }

    /// The memory budget: at most 12 bytes per undirected edge plus
    /// 8 per vertex. The unweighted CSR takes exactly 8·E + 8·(V + 1).
    @Test func memoryFootprintOfUnweightedUndirectedCSR() throws {
        let n = 1000
        var edges: [(Int32, Int32)] = []
        var rng = SystemRandomNumberGenerator()
        var seen = Set<Int>()
        while edges.count < 5000 {
            let u = Int32.random(in: 0 ..< Int32(n), using: &rng), v = Int32.random(in: 0 ..< Int32(n), using: &rng)
            if u == v || !seen.insert(Int(min(u, v)) * n + Int(max(u, v))).inserted { continue }
            edges.append((u, v))
        }
        let g = try Graph(vertexCount: n, edges: edges)
        #expect(g.edgeCount == 5000)
        #expect(g.memoryFootprint == 8 * 5000 + 8 * (n + 1))
        #expect(g.memoryFootprint <= 12 * g.edgeCount + 8 * n + 8)
        let weighted = try Graph(vertexCount: n, edges: edges, weights: [Double](repeating: 1, count: edges.count))
        #expect(weighted.memoryFootprint == 16 * 5000 + 8 * 5000 + 8 * (n + 1))
    }

    @Test func buildMatchesNaiveConstruction() throws {
        var rng = SplitMix64(seed: 11)
        for directedness in [Graph.Directedness.undirected, .directed] {
            let directed = directedness == .directed
            let n = 60
            let edges: [(Int32, Int32)] = (0 ..< 400).map { _ in (Int32(rng.next() % 60), Int32(rng.next() % 60)) }
            let weights = edges.indices.map { Double($0 % 7) + 0.5 }
            let g = try Graph(vertexCount: n, edges: edges, weights: weights, directedness: directedness)
            var expected = [[Int32: Double]](repeating: [:], count: n)
            var expectedIn = [[Int32: Double]](repeating: [:], count: n)
            for (i, (u, v)) in edges.enumerated() where u != v {
                expected[Int(u)][v, default: 0] += weights[i]
                if directed { expectedIn[Int(v)][u, default: 0] += weights[i] } else { expected[Int(v)][u, default: 0] += weights[i] }
            }
            for v in 0 ..< n {
                let row = Array(g.neighbors(of: Int32(v)))
                #expect(row == expected[v].keys.sorted())
                for (t, w) in zip(row, g.weights(of: Int32(v))) { #expect(abs(w - expected[v][t]!) < 1e-12) }
                if directed { #expect(Array(g.predecessors(of: Int32(v))) == expectedIn[v].keys.sorted()) }
            }
        }
    }

    @Test func distancesBFSAndDijkstra() throws {
        let g = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (0, 2), (3, 4)], weights: [1, 1, 3, 1])
        #expect(try g.distances(from: 0).distances == [0, 1, 1, .infinity, .infinity])
        #expect(try g.distances(from: 0, lengths: .weight).distances == [0, 1, 2, .infinity, .infinity])
        #expect(try g.distances(from: 2, lengths: .inverseWeight).distance(to: 0) == 1.0 / 3.0)
        #expect(try g.distances(from: 0).distance(to: 4) == nil)
        #expect(throws: AnalysisError.vertexOutOfRange(7, vertexCount: 5)) { try g.distances(from: 7) }
    }
}

@Suite struct CodableResultTests {
    @Test func vertexScoresEncodeAsAnArray() throws {
        let scores = VertexScores([0.5, 1, 0])
        let data = try JSONEncoder().encode(scores)
        #expect(String(decoding: data, as: UTF8.self) == "[0.5,1,0]")
        #expect(try JSONDecoder().decode(VertexScores.self, from: data) == scores)
        #expect(scores.ranking() == [1, 0, 2])
        #expect(scores[vertex: 1] == 1)
    }
}
