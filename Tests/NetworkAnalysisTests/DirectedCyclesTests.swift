import NetworkAnalysis
import SamverkanTestSupport
import Testing

@Suite struct DirectedCyclesTests {
    func cycles(_ adjacency: [[Int]], limit: Int = .max) -> [[Int]] {
        DirectedCycles.find(vertexCount: adjacency.count, limit: limit) { adjacency[$0] }.map(\.vertices)
    }

    @Test func acyclicRelationsHaveNone() {
        #expect(cycles([]).isEmpty)
        #expect(cycles([[1, 2], [3], [3], []]).isEmpty)  // a diamond
        #expect(cycles([[1], [2], [9, -1], []]).isEmpty)  // out-of-range targets ignored
    }

    @Test func selfLoopsTwoCyclesAndLongerOnes() {
        #expect(cycles([[0]]) == [[0]])
        #expect(cycles([[1], [0]]) == [[0, 1]])
        #expect(cycles([[1], [2], [0], [3]]) == [[0, 1, 2], [3]])
        // Closing edge: the position of the successor that closed it.
        let found = DirectedCycles.find(vertexCount: 3) { [[1], [2], [2, 0]][$0] }
        #expect(found.map(\.closingEdge) == [0, 1])
        #expect(found.map(\.vertices) == [[2], [0, 1, 2]])
        #expect(cycles([[0], [1], [2]], limit: 2).count == 2)
        #expect(cycles([[1], [2], [3], [4], [0]]) == [[0, 1, 2, 3, 4]])
    }

    @Test func keyedEdges() {
        let found = DirectedCycles.find(edges: [("d1", "d2"), ("d2", "d3"), ("d3", "d1"), ("d4", "d1")])
        #expect(found.count == 1)
        #expect(found.first?.keys == ["d1", "d2", "d3"])
        #expect(found.first?.closingEdge == 2)
    }

    /// A chain of a million links: no recursion, so no stack overflow, and
    /// linear time (a generous bound of CPU time against a hang).
    @Test func longChainAndLongCycle() {
        let n = 1_000_000
        var chain: [DirectedCycles.Cycle] = [], ring: [DirectedCycles.Cycle] = []
        let elapsed = threadCPUTime {
            chain = DirectedCycles.find(vertexCount: n) { (v: Int) -> [Int] in v + 1 < n ? [v + 1] : [] }
            ring = DirectedCycles.find(vertexCount: n) { (v: Int) -> [Int] in [(v + 1) % n] }
        }
        #expect(chain.isEmpty)
        #expect(ring.count == 1)
        #expect(ring.first?.vertices.count == n)
        #expect(elapsed < cpuGuard(seconds: 10))
    }
}
