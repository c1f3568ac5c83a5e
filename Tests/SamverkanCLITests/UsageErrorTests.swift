import Foundation
import SamverkanTestSupport
import Testing

/// Command lines that are wrong whatever the registry holds end with exit
/// status 64 and say how to fix them; names the registry lacks stay 1.
@Suite final class UsageErrorTests {
    static let root = PackagePaths.root
    static let registry = "graphs/vasterbotten.yaml"
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("usage")
    }

    func run(_ arguments: String..., stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.run(arguments, stdin: stdin, in: Self.root)
    }

    @Test func formatThatContradictsTheExtension() throws {
        let svg = directory.appendingPathComponent("map.svg").path
        let r = try run("map", Self.registry, "--format", "png", "-o", svg)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--format png does not match 'map.svg'"), "\(r)")
        #expect(r.stderr.contains("drop --format to write svg, or name the file 'map.png'"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: svg))
        // An extension that names no format leaves --format to decide.
        let out = directory.appendingPathComponent("map.out").path
        let unknown = try run("map", Self.registry, "--format", "png", "-o", out)
        #expect(unknown.status == 0, "\(unknown)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let agreeing = try run("map", Self.registry, "--format", "dot", "-o", directory.appendingPathComponent("m.gv").path)
        #expect(agreeing.status == 0, "\(agreeing)")
    }

    /// `--top=-3`: the parser takes `--top -3` as a missing value (also 64).
    @Test(arguments: ["0", "-3"]) func topBelowOne(top: String) throws {
        let r = try run("centrality", Self.registry, "--top=\(top)")
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--top must be 1 or more, not \(top)"), "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
    }

    @Test func statsTopBelowZero() throws {
        let r = try run("stats", Self.registry, "--top=-3")
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--top must be 0 or more, not -3"), "\(r)")
        #expect(try run("stats", Self.registry, "--top", "0").status == 0)
    }

    @Test func standardInputReadTwice() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(Self.registry), encoding: .utf8)
        let r = try run("validate", "-", "-", stdin: text)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("'-' (standard input) can be read only once"), "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
    }

    @Test func misspeltCommandGetsASuggestion() throws {
        let r = try run("valdate", Self.registry)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("unknown command 'valdate'; did you mean 'validate'?"), "\(r)")
        let m = try run("centraliti", Self.registry)
        #expect(m.stderr.contains("did you mean 'centrality'?"), "\(m)")
        // Nothing close: the argument parser's own message, still 64.
        let far = try run("xyzzy")
        #expect(far.status == 64, "\(far)")
        #expect(!far.stderr.contains("did you mean"), "\(far)")
    }

    /// `reach --steps 0` is in `AnalysisCommandTests`.
    @Test func mapValuesOutOfRangeAreUsageErrors() throws {
        let radius = try run("map", Self.registry, "--focus", "umea", "--radius=-1", "--format", "dot")
        #expect(radius.status == 64, "\(radius)")
        #expect(radius.stderr == "samverkan map: focus: the radius must be 0 or more, not -1\n", "\(radius)")
        let connect = try run("map", Self.registry, "--connect", "umea", "--format", "dot")
        #expect(connect.status == 64, "\(connect)")
        #expect(connect.stderr.contains("--connect takes two organisations, got 1"), "\(connect)")
        // A name the registry does not have stays 1.
        #expect(try run("reach", Self.registry, "umeaa").status == 1)
        #expect(try run("map", Self.registry, "--focus", "Trafikverkt").status == 1)
    }

    @Test func helpStatesUsageAndWriteFailures() throws {
        for command in ["validate", "map", "centrality", "stats", "overlap", "connect", "reach", "brokers", "load",
                        "communities", "ego"] {
            let help = try run(command, "--help")
            #expect(help.status == 0)
            let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("64 a usage error"), "\(command): \(help.stdout)")
            #expect(text.contains("the output cannot be written"), "\(command): \(help.stdout)")
        }
    }
}
