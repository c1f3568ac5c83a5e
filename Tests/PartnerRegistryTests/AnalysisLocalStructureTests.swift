import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Blocks and local bridges (`brokers`) and k-trusses (`communities
/// --k-truss`) on graphs/vasterbotten.yaml's projections and on a one-mode
/// network, against NetworkX (scripts/fixtures/registry_structure.py).
@Suite("Blocks, local bridges and k-trusses against NetworkX")
struct AnalysisLocalStructureTests {
    typealias Structure = [String: any Sendable]

    let registry: Registry
    let results: [String: Structure]
    let karateEdges: [[Int]]

    init() throws {
        registry = try RegistryLoader.load(path: PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/registry-structure.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        results = try #require(json["results"] as? [String: Structure])
        karateEdges = try #require(json["karate_edges"] as? [[Int]])
    }

    func blocks(_ network: String) throws -> Set<[String]> {
        Set(try #require(results[network]?["blocks"] as? [[String]]))
    }

    /// `"a|b|span"` per local bridge (span "inf" for none).
    func localBridges(_ network: String) throws -> Set<String> {
        let rows = try #require(results[network]?["local_bridges"] as? [[Any]])
        return Set(rows.map { "\($0[0])|\($0[1])|" + (($0[2] as? Int).map(String.init) ?? "inf") })
    }

    func truss(_ network: String, _ k: Int) throws -> (nodes: [String], edges: Set<[String]>) {
        let all = try #require(results[network]?["k_truss"] as? [String: [String: Any]])
        let t = try #require(all[String(k)])
        return (try #require(t["nodes"] as? [String]), Set(try #require(t["edges"] as? [[String]])))
    }

    /// The whole file (every group, the Strategigrupp included) is the
    /// network NetworkX sees: the registry across all time.
    @Test func brokersBlocksAndLocalBridgesMatchNetworkX() throws {
        let report = RegistryAnalysis(registry: registry, scope: .allTime).brokers()
        #expect(Set(report.projectionBlocks.map { $0.members.map(\.id.rawValue).sorted() }) == (try blocks("organisations")))
        #expect(report.projectionBlocks.map(\.members.count) == [18, 3, 3, 2, 2])  // largest first
        #expect(!report.projectionBlocks.contains { $0.uncertain } && !report.projectionLocalBridges.contains { $0.uncertain })
        let bridges = Set(report.projectionLocalBridges.map {
            [$0.first.id.rawValue, $0.second.id.rawValue].sorted().joined(separator: "|") + "|"
                + ($0.span.map(String.init) ?? "inf")
        })
        #expect(bridges == (try localBridges("organisations")))
        // As of 2015 the sure network lacks the Strategigrupp: its
        // municipalities lose their only ties, so the 18-block is gone.
        let analysis2015 = RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2015)!))
        let sure = try #require(analysis2015.sureAnalysis)
        let sureReport = sure.brokers()
        #expect(Set(sureReport.projectionBlocks.map { $0.members.map(\.id.rawValue).sorted() }) == (try blocks("sure-2015/organisations")))
        // The possible network of 2015 is the whole file: a block or local
        // bridge of it is uncertain exactly when the sure network lacks it.
        let report2015 = analysis2015.brokers()
        let sureBlocks = try blocks("sure-2015/organisations")
        #expect(Set(report2015.projectionBlocks.map { $0.members.map(\.id.rawValue).sorted() }) == (try blocks("organisations")))
        for b in report2015.projectionBlocks {
            #expect(b.uncertain == !sureBlocks.contains(b.members.map(\.id.rawValue).sorted()), "\(b.members.map(\.name))")
        }
        #expect(report2015.projectionBlocks.first?.uncertain == true)  // the 18 held together by the Strategigrupp
        let sureLocal = try localBridges("sure-2015/organisations")
        for t in report2015.projectionLocalBridges {
            let key = [t.first.id.rawValue, t.second.id.rawValue].sorted().joined(separator: "|") + "|" + (t.span.map(String.init) ?? "inf")
            #expect(t.uncertain == !sureLocal.contains(key), "\(key)")
        }
        #expect(Set(sureReport.projectionLocalBridges.map {
            [$0.first.id.rawValue, $0.second.id.rawValue].sorted().joined(separator: "|") + "|" + ($0.span.map(String.init) ?? "inf")
        }) == (try localBridges("sure-2015/organisations")))
    }

    @Test(arguments: [NetworkMode.organisations, .groups], 2 ... 6)
    func kTrussMatchesNetworkX(mode: NetworkMode, k: Int) throws {
        let report = try RegistryAnalysis(registry: registry, scope: .allTime).kTruss(k, mode: mode)
        let expected = try truss(mode.rawValue, k)
        #expect(report.members.map(\.id).sorted() == expected.nodes)
        #expect(Set(report.ties.map { [$0.firstID, $0.secondID].sorted() }) == expected.edges)
        #expect(!report.members.contains { $0.uncertain } && !report.ties.contains { $0.uncertain })
    }

    /// As of 2015 the possible network is the whole file and the sure one
    /// lacks the Strategigrupp: a member or tie is uncertain exactly when
    /// it is in the possible truss but not in the sure one.
    @Test(arguments: [NetworkMode.organisations, .groups], 2 ... 6)
    func kTrussSureAndPossibleAsOf2015(mode: NetworkMode, k: Int) throws {
        let report = try RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2015)!)).kTruss(k, mode: mode)
        let possible = try truss(mode.rawValue, k)
        let sure = try truss("sure-2015/\(mode.rawValue)", k)
        #expect(report.members.map(\.id).sorted() == possible.nodes)
        for m in report.members { #expect(m.uncertain == !sure.nodes.contains(m.id), "\(m.id)") }
        for t in report.ties {
            let pair = [t.firstID, t.secondID].sorted()
            #expect(possible.edges.contains(pair))
            #expect(t.uncertain == !sure.edges.contains(pair), "\(pair)")
        }
    }

    @Test func twoModeTrussIsRefused() throws {
        #expect(throws: CentralityError.noTrianglesInTwoMode) {
            try RegistryAnalysis(registry: registry, scope: .allTime).kTruss(3, mode: .twoMode)
        }
    }

    /// Zachary's karate club as an edge list (node names are NetworkX's numbers).
    @Test func oneModeBlocksLocalBridgesAndTrussesMatchNetworkX() throws {
        let text = karateEdges.map { "\($0[0]) \($0[1])" }.joined(separator: "\n") + "\n"
        let analysis = OneModeAnalysis(try OneModeInputTests.network(text, "karate.edgelist"))
        let brokers = analysis.brokers()
        #expect(Set(brokers.blocks.map { $0.map(\.id).sorted() }) == (try blocks("karate")))
        #expect(brokers.blocks.map(\.count) == [28, 6, 2])
        #expect(Set(brokers.localBridges.map {
            [$0.first.id, $0.second.id].sorted().joined(separator: "|") + "|" + ($0.span.map(String.init) ?? "inf")
        }) == (try localBridges("karate")))
        // Edge betweenness of the same network, ranked ties.
        let rows = try #require(results["karate"]?["edge_betweenness"] as? [[Any]])
        let expected = Dictionary(uniqueKeysWithValues: rows.map { ("\($0[0])|\($0[1])", ($0[2] as? Double) ?? .nan) })
        let ties = try analysis.tieCentrality(CentralityOptions(.edgeBetweenness)).ties
        #expect(ties.count == 78 && expected.count == 78)
        for t in ties {
            let pair = [t.first.id, t.second.id].sorted().joined(separator: "|")
            #expect(abs(t.score - (expected[pair] ?? .nan)) <= 1e-12, "\(pair)")
        }
        for k in 2 ... 6 {
            let report = analysis.kTruss(k)
            let expected = try truss("karate", k)
            #expect(report.members.map(\.id).sorted() == expected.nodes, "k = \(k)")
            #expect(Set(report.ties.map { [$0.firstID, $0.secondID].sorted() }) == expected.edges, "k = \(k)")
        }
    }
}
