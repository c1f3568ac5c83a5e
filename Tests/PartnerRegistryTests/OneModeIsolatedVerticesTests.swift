import Foundation
import NetworkAnalysis
import NetworkInterchange
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Pajek's declared isolated vertices (`*Vertices n` and ties among a
/// few): each costs no storage per node and O(1) time per measure, and
/// scores what NetworkX gives it; a count above the reader's limit is
/// refused at once, naming the limit.
///
/// The reference values are NetworkX 3.6's on the same network
/// (`scripts/fixtures/isolated_vertices.py`, Fixtures/isolated-vertices.json).
@Suite struct OneModeIsolatedVerticesTests {
    struct Reference: Decodable {
        var vertices: Int
        var ties: [[Int]]
        var results: [String: [String: Double]]
    }

    static func reference() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/isolated-vertices.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    static func pajek(vertices: Int, ties: [[Int]]) -> String {
        "*Vertices \(vertices)\n*Edges\n" + ties.map { "\($0[0]) \($0[1])\n" }.joined()
    }

    /// Every measure `centrality` offers on one-mode input, on 100 000
    /// declared vertices of which 99 994 are isolated: the scores of
    /// vertices 1, 2, 5 and the isolated 7 are NetworkX's, and the whole
    /// run stays within a generous CPU-time bound (a step quadratic in the
    /// vertices would take minutes).
    @Test func isolatedVerticesScoreAsInNetworkX() throws {
        let reference = try Self.reference()
        let path = try OneModeInputTests.write(Self.pajek(vertices: reference.vertices, ties: reference.ties), "iso.net")
        var failures: [String] = []
        let elapsed = try threadCPUTime {
            let network = try OneModeInputTests.network(String(contentsOfFile: path, encoding: .utf8), "iso.net")
            #expect(network.nodes.count == reference.vertices)
            #expect(network.nodes[99_999].id == "100000" && network.index(of: "100000") == 99_999)
            #expect(network.index(of: "007") == nil && network.index(of: "100001") == nil)
            let analysis = OneModeAnalysis(network)
            for measure in CentralityMeasure.allCases where measure != .edgeBetweenness {  // ties: not per vertex
                let expected = try #require(reference.results[measure.rawValue], "no reference for \(measure)")
                let report = try analysis.centrality(CentralityOptions(measure))
                #expect(report.scores.count == reference.vertices)
                let scores = Dictionary(uniqueKeysWithValues: report.scores.map { ($0.id, $0.score) })
                for (vertex, value) in expected {
                    let got = try #require(scores[vertex], "\(measure): no score for \(vertex)")
                    // Eigenvector scores of the small components shrink with
                    // each iteration; the stopping point sets how far.
                    let slack = measure == .eigenvector ? 1e-9 : 1e-15
                    if abs(got - value) > slack + 1e-9 * abs(value) {
                        failures.append("\(measure) of \(vertex): \(got), NetworkX \(value)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(elapsed < cpuGuard(seconds: 120), "took \(elapsed) of CPU time")
    }

    /// `stats` on 200 000 declared vertices, all but six isolated: linear
    /// (it counted every component's size once per component before, so
    /// 20 000 vertices took a minute).
    @Test func statisticsOfManyIsolatedVerticesTakeLinearTime() throws {
        let path = try OneModeInputTests.write(Self.pajek(vertices: 200_000, ties: [[1, 2], [2, 3], [5, 6]]), "iso.net")
        guard case let .oneMode(network) = try NetworkInput.load(path: path) else {
            Issue.record("read as a registry")
            return
        }
        var stats: OneModeStatistics?
        let elapsed = try threadCPUTime { stats = try OneModeAnalysis(network).statistics(parallelism: 1) }
        let s = try #require(stats)
        #expect(s.network.vertices == 200_000 && s.network.edges == 3)
        #expect(s.network.components == 200_000 - 3 && s.network.isolated == 200_000 - 5)
        #expect(s.network.largestComponent == 3)
        #expect(elapsed < cpuGuard(seconds: 60), "took \(elapsed) of CPU time")
    }

    /// Ten million declared vertices are read in no time: no node is made
    /// until asked for (before, each was a stored node: minutes).
    @Test func declaredVerticesCostNothingToRead() throws {
        let path = try OneModeInputTests.write("*Vertices 10000000\n*Edges\n1 10000000\n", "many.net")
        var loaded: NetworkInput?
        let elapsed = try threadCPUTime { loaded = try NetworkInput.load(path: path) }
        guard case let .oneMode(network)? = loaded else {
            Issue.record("not read as one-mode")
            return
        }
        #expect(network.nodes.count == 10_000_000)
        #expect(network.nodes.last?.id == "10000000")
        #expect(network.ties == [OneModeNetwork.Tie(0, 9_999_999)])
        #expect(try network.resolve("10000000") == 9_999_999)
        #expect(elapsed < cpuGuard(seconds: 5), "took \(elapsed) of CPU time")
    }

    /// A 30-byte file declaring two billion vertices is refused at once,
    /// at the count, naming the limit.
    @Test func countsAboveTheLimitAreRefused() throws {
        let path = try OneModeInputTests.write("*Vertices 2000000000\n", "huge.net")
        var thrown: RegistryLoadError?
        let elapsed = threadCPUTime {
            do { _ = try NetworkInput.load(path: path) } catch let error as RegistryLoadError { thrown = error } catch {}
        }
        let error = try #require(thrown)
        let first = try #require(error.diagnostics.first)
        #expect((first.line, first.column) == (1, 11))
        #expect(first.description.contains("*Vertices declares 2000000000 vertices, more than the limit of 50000000"))
        #expect(elapsed < cpuGuard(seconds: 5), "took \(elapsed) of CPU time")
        // The limit itself is read; one more is not.
        let atLimit = try OneModeInputTests.network("*Vertices 50000000\n", "limit.net")
        #expect(atLimit.nodes.count == 50_000_000)
        let above = try OneModeInputTests.write("*Vertices 50000001\n", "above.net")
        #expect(throws: RegistryLoadError.self) { try NetworkInput.load(path: above) }
    }
}
