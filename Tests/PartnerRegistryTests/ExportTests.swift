import Foundation
import InterchangeBase
import NetworkInterchange
import PartnerRegistry
import Testing

/// The exporters on `SmallRegistry`, whose graph is derived by hand there:
/// all time, 7 organisations (a b c d e f h) and 6 groups (g1 … g6), and 13
/// organisation–group edges: a–g1, a–g2, a–g6, b–g1, b–g3, c–g1, c–g3,
/// d–g4 (two memberships, one edge), d–g2 (d convenes g2), e–g4, e–g5,
/// e–g6, h–g6. The readers of record (NetworkX, igraph, pandas) check the
/// formats in Tests/clients/test_export.py; these tests pin the bytes and
/// the file handling.
@Suite struct ExportTests {
    func text(_ format: ExportFormat, _ options: ExportOptions = .init()) throws -> String {
        let export = try RegistryExport(registry: SmallRegistry.make(), format: format, options: options)
        var bytes: [UInt8] = []
        var sink = ExportSink { bytes.append(contentsOf: $0) }
        try export.write(to: &sink)
        try sink.flush()
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func pajekListsOrganisationsFirstAndEveryEdgeOnce() throws {
        let expected = """
            *Vertices 13 7
            1 "a"
            2 "b"
            3 "c"
            4 "d"
            5 "e"
            6 "f"
            7 "h"
            8 "g1"
            9 "g2"
            10 "g3"
            11 "g4"
            12 "g5"
            13 "g6"
            *Edges
            1 8
            1 9
            1 13
            2 8
            2 10
            3 8
            3 10
            4 11
            4 9
            5 11
            5 12
            5 13
            7 13

            """
        #expect(try text(.pajek) == expected)
    }

    @Test func projectionWeightsCountSharedGroups() throws {
        // Organisations in 2015: a–b (g1), a–c (g1), b–c (g1, g3: weight 2), a–d (g2), d–e (g4).
        let net = try text(.pajek, ExportOptions(scope: RegistryScope(asOf: .date(SmallRegistry.date2015)), mode: .organisations))
        let edges = net.split(separator: "\n").drop { $0 != "*Edges" }.dropFirst().map(String.init)
        #expect(edges.sorted() == ["1 2 1", "1 3 1", "1 4 1", "2 3 2", "4 5 1"])
    }

    @Test func nodeLinkMergesTiesOfOnePair() throws {
        let json = try text(.nodeLink)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let links = try #require(data["links"] as? [[String: Any]])
        #expect(links.count == 13)
        let dg4 = try #require(links.first { $0["source"] as? String == "d" && $0["target"] as? String == "g4" })
        #expect(dg4["role"] as? String == "member;secretary")
        #expect(dg4["ties"] as? Int == 2)
        let dg2 = try #require(links.first { $0["source"] as? String == "d" && $0["target"] as? String == "g2" })
        #expect(dg2["role"] as? String == "convener")
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(nodes.count == 13)
        #expect(nodes.filter { $0["entity"] as? String == "organisation" }.count == 7)
    }

    @Test func gexfSpellsEndOnTheLastDayOfAPartialUntil() throws {
        let gexf = try text(.gexf)
        #expect(gexf.contains(#"<node id="g6" label="G6 Projekt">"#))
        #expect(gexf.contains(#"<spells><spell end="2010-12-31"/></spells></node>"#))
        // Undated entities have no spells: nodes a and g1 exist throughout.
        let a = try #require(gexf.split(separator: "\n").first { $0.contains(#"<node id="a" "#) })
        #expect(!a.contains("<spells>"))
    }

    @Test func sheetsRefuseAProjection() {
        #expect(throws: ExportError.self) {
            try RegistryExport(registry: SmallRegistry.make(), format: .sheets, options: ExportOptions(mode: .groups))
        }
    }

    @Test func hostileTextStaysInertInXML() throws {
        var registry = SmallRegistry.make()
        registry = Registry(
            title: "x", organisations: registry.organisations + [
                Organisation(id: "z", name: "A\u{01}<b>&\"'\u{202E}\nB", kind: .other),
            ], groups: registry.groups, memberships: registry.memberships)
        let export = try RegistryExport(registry: registry, format: .graphml)
        var bytes: [UInt8] = []
        var sink = ExportSink { bytes.append(contentsOf: $0) }
        try export.write(to: &sink)
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(xml.contains("A\u{FFFD}&lt;b&gt;&amp;&quot;&apos;\u{202E}&#10;B"))
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aFailedExportLeavesTheOldFileAndNoTemporary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.graphml")
        try Data("old".utf8).write(to: file)
        struct Boom: Error {}
        #expect(throws: AtomicFile.WriteError.self) {
            try ExportFile.write(to: file) { sink in
                try sink.write("half")
                try sink.flush()
                throw Boom()
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.graphml"])
    }

    @Test func aDirectoryIsWrittenWholeOrNotAtAll() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("sheets")
        let export = try RegistryExport(registry: SmallRegistry.make(), format: .sheets)
        try ExportDirectoryWriter.write(to: target, force: false) { try export.write(to: &$0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
            == [".samverkan-export", "groups.csv", "memberships.csv", "organisations.csv", "registry.csv", "sources.csv", "vocabulary.csv"])
        // Not empty now: refused without --force, the files untouched.
        #expect(throws: AtomicFile.WriteError.self) {
            try ExportDirectoryWriter.write(to: target, force: false) { try export.write(to: &$0) }
        }
        // A failure half way leaves the old directory whole and no temporary.
        struct Boom: Error {}
        #expect(throws: AtomicFile.WriteError.self) {
            try ExportDirectoryWriter.write(to: target, force: true) { d in
                try d.file("organisations.csv") { try $0.write("half") }
                throw Boom()
            }
        }
        let memberships = try String(contentsOf: target.appendingPathComponent("memberships.csv"), encoding: .utf8)
        #expect(memberships.split(separator: "\n").count == 14)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["sheets"])
        try ExportDirectoryWriter.write(to: target, force: true) { try export.write(to: &$0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["sheets"])
    }
}
