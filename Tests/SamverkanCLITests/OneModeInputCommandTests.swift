import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// One-mode input files as a user passes them to the built executable:
/// what is refused (exit 1, the position and the reason on standard
/// error, nothing on standard output) and what is read.
@Suite struct OneModeInputCommandTests {
    static func file(_ text: String, _ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("one-mode-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func refused(_ text: String, _ name: String, _ expected: String) throws {
        let url = try Self.file(text, name)
        let result = try CommandRunner.run(["centrality", name], in: url.deletingLastPathComponent())
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains(expected), "\(result)")
    }

    @Test func aHugeVertexCountIsRefusedNamingTheLimit() throws {
        try refused("*Vertices 2000000000\n", "huge.net",
                    "huge.net:1:11: error: *Vertices declares 2000000000 vertices, more than the limit of 50000000")
    }

    @Test func nulIsRefusedAtItsPosition() throws {
        try refused("a b\nb\u{0} c\n", "nul.txt", "nul.txt:2:2: error: a NUL character (U+0000)")
        try refused("*Vertices 2\r\n1 \"a\u{0}\"\r\n2 b\r\n", "nul.net", "nul.net:2:5: error: a NUL character (U+0000)")
    }

    /// 100 000 declared vertices, two ties: every vertex ranked, the tied
    /// ones first; `stats` counts the isolated ones.
    @Test func declaredIsolatedVerticesAreRankedAndCounted() throws {
        let url = try Self.file("*Vertices 100000\r\n*Edges\r\n1 2\r\n2 3\r\n", "iso.net")
        let directory = url.deletingLastPathComponent()
        let ranked = try CommandRunner.run(["centrality", "iso.net", "--measure", "degree", "--format", "csv"], in: directory)
        #expect(ranked.status == 0, "\(ranked)")
        let rows = ranked.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 100_001, "\(rows.prefix(3))")
        #expect(rows.dropFirst().first?.hasPrefix("1,2,2,,") == true, "\(rows.prefix(3))")
        let stats = try CommandRunner.run(["stats", "iso.net", "--format", "csv"], in: directory)
        #expect(stats.status == 0, "\(stats)")
        #expect(stats.stdout.contains("network,isolated nodes,99997\n"), "\(stats.stdout)")
    }
}

/// `brokers` on a one-mode network: each node's onion layer, k-corona
/// flag and generalized degree beside its core number, in every format.
@Suite struct OneModeOnionCommandTests {
    /// A triangle a-b-c with a tail c-d, and a star e-f, e-g, e-h. NetworkX
    /// 3.6.1: `onion_layers` d, f, g, h → 1, e → 2 (its degree 0 once the
    /// leaves are gone), a, b, c → 3; `core_number` a, b, c → 2, the rest
    /// 1; `k_corona(G, 1)` = {d, f, g, h} (e has 3 partners of core ≥ 1,
    /// not 1), `k_corona(G, 2)` = {a, b, c}; `generalized_degree` c →
    /// {1: 2, 0: 1} (c-a and c-b each in the triangle, c-d in none), e →
    /// {0: 3}, a → {1: 2}.
    @Test func onionLayersAndCoronaInEveryFormat() throws {
        let url = try OneModeInputCommandTests.file("source,target\na,b\nb,c\nc,a\nc,d\ne,f\ne,g\ne,h\n", "onion.csv")
        let directory = url.deletingLastPathComponent()
        let json = try CommandRunner.run(["brokers", "onion.csv", "--format", "json"], in: directory)
        #expect(json.status == 0, "\(json)")
        let report = try JSONDecoder().decode(OneModeBrokerReport.self, from: Data(json.stdout.utf8))
        let rows = Dictionary(uniqueKeysWithValues: report.nodes.map { ($0.node.id, $0) })
        let layers = ["a": 3, "b": 3, "c": 3, "d": 1, "e": 2, "f": 1, "g": 1, "h": 1]
        #expect(rows.mapValues(\.onionLayer) == layers)
        #expect(Set(rows.filter { $0.value.inKCorona }.keys) == ["a", "b", "c", "d", "f", "g", "h"])
        #expect(rows["c"]?.generalizedDegree == [0: 1, 1: 2] && rows["e"]?.generalizedDegree == [0: 3])
        #expect(rows["a"]?.generalizedDegree == [1: 2])
        #expect(json.stdout.contains(#""generalizedDegree" : {"#), "\(json.stdout)")  // an object keyed by k
        let csv = try CommandRunner.run(["brokers", "onion.csv", "--format", "csv"], in: directory)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,partners,constraint,effective_size,core_number,onion_layer,k_corona,generalized_degree,cut_vertex")
        #expect(lines.contains { $0.hasPrefix("e,e,3,") && $0.hasSuffix(",1,2,false,0:3,true") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("c,c,3,") && $0.hasSuffix(",2,3,true,0:1 1:2,true") }, "\(lines)")
        let table = try CommandRunner.run(["brokers", "onion.csv"], in: directory)
        #expect(table.stdout.contains("Core  Onion  Corona  Cut"), "\(table.stdout)")
        #expect(table.stdout.contains("onion — the layer of the onion decomposition"), "\(table.stdout)")
    }
}

/// `communities --triangles` on a one-mode network: every triangle once,
/// in every format; refused for a registry and beside --k-truss.
@Suite struct OneModeTriangleCommandTests {
    /// The square a-b-c-d with the diagonal a-c has the triangles a-b-c and
    /// a-c-d (NetworkX 3.6.1 `all_triangles`); the tail d-e closes none.
    @Test func everyTriangleOnceInEveryFormat() throws {
        let url = try OneModeInputCommandTests.file("source,target\na,b\nb,c\nc,d\nd,a\na,c\nd,e\n", "square.csv")
        let directory = url.deletingLastPathComponent()
        let json = try CommandRunner.run(["communities", "square.csv", "--triangles", "--format", "json"], in: directory)
        #expect(json.status == 0, "\(json)")
        let report = try JSONDecoder().decode(OneModeTriangleReport.self, from: Data(json.stdout.utf8))
        #expect(report.triangles.map { $0.map(\.id) } == [["a", "b", "c"], ["a", "c", "d"]])
        let csv = try CommandRunner.run(["communities", "square.csv", "--triangles", "--format", "csv"], in: directory)
        #expect(csv.stdout == "first_id,first_name,second_id,second_name,third_id,third_name\na,a,b,b,c,c\na,a,c,c,d,d\n",
                "\(csv.stdout)")
        let table = try CommandRunner.run(["communities", "square.csv", "--triangles"], in: directory)
        #expect(table.stdout.contains("Triangles: three nodes tied pairwise (2)") && table.stdout.contains("2  a     c     d"),
                "\(table.stdout)")
        let both = try CommandRunner.run(["communities", "square.csv", "--triangles", "--k-truss", "3"], in: directory)
        #expect(both.status == 64 && both.stderr.contains("give one"), "\(both)")
        let registry = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path
        let refused = try CommandRunner.run(["communities", registry, "--triangles"], in: nil)
        #expect(refused.status == 64 && refused.stderr.contains("not of a registry"), "\(refused)")
    }
}
