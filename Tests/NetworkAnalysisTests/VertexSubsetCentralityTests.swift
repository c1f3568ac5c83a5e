import NetworkAnalysis
import Testing

/// Closeness and harmonic centrality of a vertex sample equal the full
/// computation at those vertices.
@Suite struct VertexSubsetCentralityTests {
    @Test(arguments: [(Graph.Directedness.undirected, false), (.undirected, true), (.directed, false), (.directed, true)])
    func sampleEqualsFullAtTheSample(directedness: Graph.Directedness, weighted: Bool) throws {
        let g = try PropertyTests.randomGraph(n: 120, m: 300, seed: 11, directedness: directedness,
                                              weights: weighted ? [1, 2, 3, 0.5] : nil)
        let lengths: EdgeLength = weighted ? .weight : .hops
        let sample: [Int32] = [117, 3, 3, 0, 64, 99]
        let closeness = try g.closenessCentrality(lengths: lengths)
        let harmonic = try g.harmonicCentrality(lengths: lengths)
        #expect(try g.closenessCentrality(of: sample, lengths: lengths) == sample.map { closeness[Int($0)] })
        #expect(try g.harmonicCentrality(of: sample, lengths: lengths) == sample.map { harmonic[Int($0)] })
        #expect(try g.closenessCentrality(of: sample, lengths: lengths, parallelism: 2)
            == sample.map { closeness[Int($0)] })
        #expect(try g.closenessCentrality(of: [], lengths: lengths).isEmpty)
    }

    @Test func aVertexOutsideTheGraphIsAnError() throws {
        let g = try PropertyTests.randomGraph(n: 10, m: 20, seed: 1)
        #expect(throws: AnalysisError.self) { try g.closenessCentrality(of: [10]) }
        #expect(throws: AnalysisError.self) { try g.harmonicCentrality(of: [-1]) }
    }
}
