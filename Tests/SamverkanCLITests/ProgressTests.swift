import Foundation
import SamverkanTestSupport
import Testing

/// Progress goes to standard error only when it is a terminal, and
/// `stats --quick` skips the all-pairs figures.
@Suite final class ProgressTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("progress")
    }

    /// Seeded skewed memberships (SplitMix64): `count` distinct pairs of
    /// `organisations` organisations in `groups` groups.
    static func memberships(_ count: Int, organisations: Int, groups: Int) -> String {
        SeededMemberships.csv(count: count, organisations: organisations, groups: groups, seed: 0xBA5E, skewed: true)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The reliability case: 200,000 memberships of 40,000 organisations in
    /// 4,000 groups (`MapSizeTests.memberships()`, the same bytes). Its
    /// organisation network has 5 million ties, so the all-pairs figures
    /// take hours and the triangle counts most of a minute; `--quick`
    /// prints the linear ones and says what it skipped. A CPU-time guard (`ulimit -t`) turns a regression that
    /// computes them anyway into a failure instead of a hang.
    @Test func quickStatsOnTwoHundredThousandMemberships() throws {
        let registry = try write(MapSizeTests.memberships(), "large.csv")
        let seconds = Int(cpuGuard(seconds: 120).components.seconds)
        let r = try CommandRunner.run(
            ["stats", registry, "--quick"], stdout: .captured,
            wrapper: ["/bin/sh", "-c", "ulimit -t \(seconds) && exec \"$@\"", "sh"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("organisations") && r.stdout.contains("40000"), "\(r.stdout)")
        #expect(r.stdout.contains("ties between organisations"))
        #expect(!r.stdout.contains("diameter (largest") && !r.stdout.contains("most central organisations"), "\(r.stdout)")
        #expect(!r.stdout.contains("transitivity  ") && !r.stdout.contains("average clustering"), "\(r.stdout)")
        #expect(r.stdout.contains("skipped with --quick"))
        #expect(r.stderr.isEmpty, "no progress when standard error is not a terminal: \(r.stderr)")
    }

    /// Under a pseudo-terminal (`script`), a computation of a few seconds
    /// draws a bar with a percentage and an ETA on standard error, and
    /// erases it before the table is printed; the same command with
    /// standard error on a file writes nothing there.
    @Test func barOnATerminalOnly() throws {
        let registry = try write(Self.memberships(10_000, organisations: 4_000, groups: 500), "mid.csv")
        let binary = try CommandRunner.executableURL(named: "samverkan").path
        let command = "\(binary) centrality \(registry) --measure betweenness --threads 1 --top 3"
        let tty = try CommandRunner.underPseudoTerminal(command, in: directory)
        #expect(tty.status == 0, "\(tty)")
        // `script` merges the terminal's output: standard error's bar and standard output's table.
        #expect(tty.stdout.contains("betweenness ["), "\(tty.stdout)")
        #expect(tty.stdout.contains("%") && (tty.stdout.contains("ETA") || tty.stdout.contains("done in")), "\(tty.stdout)")
        #expect(tty.stdout.contains("\r\u{1B}[K"), "the bar is erased before the table")
        let plain = try CommandRunner.run(["centrality", registry, "--measure", "betweenness", "--threads", "1", "--top", "3"])
        #expect(plain.status == 0 && plain.stderr.isEmpty, "\(plain)")
        #expect(!plain.stdout.contains("ETA"))
    }
}
