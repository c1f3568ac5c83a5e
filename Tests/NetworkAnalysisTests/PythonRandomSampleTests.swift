import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// PythonRandomSample against CPython's `random.Random` itself
/// (scripts/fixtures/python_random.py wrote the values with real Python):
/// the generator's 32-bit words across regenerations of its state,
/// `getrandbits`, `_randbelow` and `sample`'s two branches, for seeds of one,
/// two and three 32-bit words.
@Suite("Python's random.Random")
struct PythonRandomSampleTests {
    static func fixture() -> [String: Any] {
        let url = ReferenceFixture.directory().appendingPathComponent("python_random.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return root
    }

    static func rows(_ key: String) -> [[String: Any]] { fixture()[key] as? [[String: Any]] ?? [] }

    /// A fixture integer: a JSON number, or text for one above 2**53.
    static func integer(_ value: Any?) -> UInt64? {
        if let text = value as? String { return UInt64(text) }
        return (value as? NSNumber)?.uint64Value
    }

    @Test("the fixture holds every kind of value, both branches of sample and the seeds asked for")
    func fixtureIsComplete() {
        #expect(Self.rows("words").count == 10)
        #expect(Self.rows("bits").count == 60)
        #expect(Self.rows("below").count == 80)
        let samples = Self.rows("samples")
        #expect(Set(samples.compactMap { $0["branch"] as? String }) == ["pool", "set"])
        let seeds = Set(samples.compactMap { Self.integer($0["seed"]) })
        #expect(seeds.isSuperset(of: [0, 1, 42, 1 << 40, UInt64.max]))
    }

    @Test("32-bit words, across the state's regenerations")
    func words() throws {
        for row in Self.rows("words") {
            let seed = try #require(Self.integer(row["seed"]))
            let at = (row["at"] as? [Int]) ?? []
            let expected = ((row["values"] as? [Any]) ?? []).compactMap(Self.integer)
            var generator = PythonRandomSample(seed: seed)
            var draws: [UInt64] = []
            for _ in 0 ... (at.last ?? 0) { draws.append(UInt64(generator.next32())) }
            #expect(at.map { draws[$0] } == expected, "seed \(seed)")
        }
    }

    @Test("getrandbits(k) for k of 1 to 64 bits")
    func bits() throws {
        for row in Self.rows("bits") {
            let seed = try #require(Self.integer(row["seed"]))
            let width = try #require(row["bits"] as? Int)
            let expected = ((row["values"] as? [Any]) ?? []).compactMap(Self.integer)
            var generator = PythonRandomSample(seed: seed)
            #expect((0 ..< expected.count).map { _ in generator.bits(width) } == expected, "seed \(seed), \(width) bits")
        }
    }

    @Test("_randbelow(n), n from 1 to above 2**40")
    func below() throws {
        for row in Self.rows("below") {
            let seed = try #require(Self.integer(row["seed"]))
            let n = try #require(row["n"] as? Int)
            let expected = (row["values"] as? [Int]) ?? []
            var generator = PythonRandomSample(seed: seed)
            #expect((0 ..< expected.count).map { _ in generator.below(n) } == expected, "seed \(seed), n \(n)")
        }
    }

    @Test("sample(range(n), k): k near n, k = n, k = 0, and large n (the selected-set branch)")
    func samples() throws {
        for row in Self.rows("samples") {
            let seed = try #require(Self.integer(row["seed"]))
            let n = try #require(row["n"] as? Int)
            let k = try #require(row["k"] as? Int)
            let expected = try #require(row["sample"] as? [Int])
            #expect(PythonRandomSample.sample(populationSize: n, count: k, seed: seed) == expected, "seed \(seed), n \(n), k \(k)")
        }
    }

    @Test("NetworkX's documented draws: P3 with k=2, seed=42 samples 0 and 2; the 5-cycle with k=3, seed=1 samples 0, 1 and 4")
    func networkXDocumented() {
        // test_edge_betweenness_k: "This choice of `k` and `seed` selects nodes 0 and 2."
        #expect(Set(PythonRandomSample.sample(populationSize: 3, count: 2, seed: 42)) == [0, 2])
        // test_scale_with_k_on_cycle_graph: "seed=1 selects nodes 0, 1, and 4".
        #expect(Set(PythonRandomSample.sample(populationSize: 5, count: 3, seed: 1)) == [0, 1, 4])
        // test_scale_with_k_on_star_graph: "seed=1 selects node 1 ... when using k=1".
        #expect(PythonRandomSample.sample(populationSize: 5, count: 1, seed: 1) == [1])
    }

    @Test("betweenness and edge betweenness from Python's sample equal NetworkX's k-sampled ones on the karate club")
    func sampledBetweenness() throws {
        let data = try #require(Self.fixture()["betweenness"] as? [String: Any])
        let n = try #require(data["n"] as? Int)
        let edges = ((data["edges"] as? [[Int]]) ?? []).map { (Int32($0[0]), Int32($0[1])) }
        let g = try Graph(vertexCount: n, edges: edges, directedness: .undirected)
        let cases = (data["cases"] as? [[String: Any]]) ?? []
        #expect(cases.count == 24)
        for c in cases {
            let k = try #require(c["k"] as? Int)
            let seed = try #require(Self.integer(c["seed"]))
            let normalized = try #require(c["normalized"] as? Bool)
            let endpoints = try #require(c["endpoints"] as? Bool)
            let label = "k \(k), seed \(seed), normalized \(normalized), endpoints \(endpoints)"
            let scores = try g.betweennessCentrality(
                endpoints: endpoints ? .included : .excluded, normalization: normalized ? .pairs : .none,
                sources: .pythonSample(count: k, seed: seed))
            let expected = (c["nodes"] as? [Any]) ?? []
            #expect(expected.count == n)
            for (v, value) in expected.enumerated() {
                if let value = (value as? NSNumber)?.doubleValue {
                    #expect(abs(scores[v] - value) <= 1e-12 * max(1, abs(value)), "\(label), node \(v)")
                } else {
                    #expect(scores[v].isNaN, "\(label), node \(v): NetworkX's NaN")
                }
            }
            guard !endpoints else { continue }  // edge betweenness has no endpoints option
            let ties = try g.edgeBetweennessCentrality(
                normalization: normalized ? .pairs : .none, sources: .pythonSample(count: k, seed: seed))
            var byTie: [[Int32]: Double] = [:]
            for t in ties { byTie[[min(t.source, t.target), max(t.source, t.target)]] = t.value }
            let expectedTies = (c["ties"] as? [[Any]]) ?? []
            #expect(expectedTies.count == ties.count)
            for row in expectedTies {
                let u = Int32((row[0] as? Int) ?? -1), v = Int32((row[1] as? Int) ?? -1)
                let value = (row[2] as? NSNumber)?.doubleValue ?? .nan
                let got = try #require(byTie[[min(u, v), max(u, v)]])
                #expect(abs(got - value) <= 1e-12 * max(1, abs(value)), "\(label), tie \(u)-\(v)")
            }
        }
    }

    @Test("a sample of 0 or of more sources than vertices is refused")
    func outOfRange() throws {
        let g = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)], directedness: .undirected)
        #expect(throws: AnalysisError.self) { try g.betweennessCentrality(sources: .pythonSample(count: 5, seed: 0)) }
        #expect(throws: AnalysisError.self) { try g.betweennessCentrality(sources: .pythonSample(count: 0, seed: 0)) }
        #expect(throws: Never.self) { try g.betweennessCentrality(sources: .pythonSample(count: 4, seed: 0)) }
    }
}
