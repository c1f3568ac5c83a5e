import Foundation
@testable import SamverkanCLI
import SamverkanTestSupport
import Testing

/// `samverkan report`, parsed in-process and run as a built executable on
/// graphs/vasterbotten.yaml. What the page does in a browser is checked by
/// Tests/clients/test_explorer.py.
@Suite final class ReportCommandTests {
    static let root = PackagePaths.root
    static let vasterbotten = "graphs/vasterbotten.yaml"
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("report")
    }

    func run(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(arguments, in: Self.root)
    }

    @Test func parsesItsOptions() throws {
        let command = try Samverkan.parseAsRoot(
            ["report", Self.vasterbotten, "-o", "x.html", "--language", "en", "--overview-above", "10"])
        let report = try #require(command as? ReportCommand)
        #expect(report.output == "x.html")
        #expect(report.language == .english)
        #expect(report.overviewAbove == 10)
    }

    /// The page on standard output is the same bytes as the page in a file.
    @Test func standardOutputAndFileGiveTheSamePage() throws {
        let page = directory.appendingPathComponent("karta.html")
        let written = try run("report", Self.vasterbotten, "-o", page.path)
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty)
        let printed = try run("report", Self.vasterbotten)
        #expect(printed.status == 0, "\(printed)")
        #expect(printed.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(Data(printed.stdout.utf8) == (try Data(contentsOf: page)))
    }

    @Test func languageOptionOverridesTheRegistrys() throws {
        let r = try run("report", Self.vasterbotten, "--language", "en")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(r.stdout.contains("\"lang\":\"en\""))
    }

    @Test func refusesToWriteOverTheRegistry() throws {
        let r = try run("report", Self.vasterbotten, "-o", Self.vasterbotten)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("would overwrite it"))
    }

    @Test func refusesANegativeThreshold() throws {
        let r = try run("report", Self.vasterbotten, "--overview-above=-1")
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--overview-above must be 0 or more"))
    }
}
