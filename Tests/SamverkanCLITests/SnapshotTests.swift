import ArgumentParser
import Foundation
@testable import SamverkanCLI
import SamverkanTestSupport
import Testing

/// The command line's interface as files under Snapshots/: every
/// command's `--help` (100 columns) and the DOT of the Västerbotten map,
/// now and as of 2010. A change to any of them fails here until the files
/// are re-recorded, so that the change is reviewed as a diff:
///
///     SNAPSHOT_RECORD=1 swift test --filter Snapshot     # or: make snapshots
@Suite struct SnapshotTests {
    static let root = PackagePaths.root
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    /// The width help is wrapped to, as `COLUMNS=100 samverkan … --help` does.
    static let columns = 100

    func expectSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let failure = Snapshot.check(actual, named: name, in: Self.directory) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    @Test func rootHelp() {
        expectSnapshot(Samverkan.helpMessage(columns: Self.columns) + "\n", named: "help-samverkan.txt")
    }

    /// Every subcommand the root lists, so a new command needs a snapshot.
    @Test(arguments: Samverkan.configuration.subcommands.map { $0._commandName })
    func subcommandHelp(command: String) throws {
        let type = try #require(Samverkan.configuration.subcommands.first { $0._commandName == command })
        expectSnapshot(Samverkan.helpMessage(for: type, columns: Self.columns) + "\n", named: "help-\(command).txt")
    }

    @Test(arguments: [
        ("map-vasterbotten-now.dot", [String]()),
        ("map-vasterbotten-2010.dot", ["--as-of", "2010"]),
    ])
    func vasterbottenMapDOT(name: String, extra: [String]) throws {
        // As the README runs it: from the package's root.
        let result = try CommandRunner.run(
            ["map", "graphs/vasterbotten.yaml", "--format", "dot"] + extra, in: Self.root)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        expectSnapshot(result.stdout, named: name)
    }

    /// The helper itself: the excerpt starts at the first differing line.
    @Test func diffExcerptShowsTheFirstDifference() {
        let excerpt = Snapshot.diffExcerpt(expected: "a\nb\nc\nd\n", actual: "a\nb\nX\nd\n", name: "t")
        #expect(excerpt == """
            --- t (recorded)
            +++ t (actual)
            @@ -3,1 +3,1 @@
             a
             b
            -c
            +X
            """)
        #expect(Snapshot.diffExcerpt(expected: "a\n", actual: "a").contains("+a⏎ (no newline at end)"))
    }
}
