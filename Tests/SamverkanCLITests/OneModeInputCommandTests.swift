import Foundation
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
