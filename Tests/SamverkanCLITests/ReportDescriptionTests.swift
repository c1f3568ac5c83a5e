import Foundation
import NetworkInterchange
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// A report printed by a program that embeds the library
/// (`print(report)`) reads as the command's table: every public report
/// type's `description` is, byte for byte, what `samverkan` prints for the
/// same question when standard output is not a terminal.
@Suite final class ReportDescriptionTests {
    static let root = PackagePaths.root
    static let registryPath = "graphs/vasterbotten.yaml"
    let scratch: ScratchDirectory
    let edgesPath: String
    let registry: Registry
    let analysis: RegistryAnalysis
    let oneMode: OneModeAnalysis

    init() throws {
        scratch = try ScratchDirectory("report-description")
        let edges = scratch.url.appendingPathComponent("ties.csv")
        try "source,target,weight\na,b,2\nb,c,1\nc,a,1\nc,d,3\nd,e,1\ne,f,1\nf,d,2\n"
            .write(to: edges, atomically: true, encoding: .utf8)
        edgesPath = edges.path
        registry = try RegistryLoader.load(path: Self.root.appendingPathComponent(Self.registryPath).path)
        analysis = RegistryAnalysis(registry: registry)
        guard case let .oneMode(network) = try NetworkInput.load(path: edgesPath) else {
            Issue.record("\(edgesPath) did not load as a one-mode network")
            throw CancellationError()
        }
        oneMode = OneModeAnalysis(network)
    }

    /// Runs the command and checks that it printed `report`'s description.
    func expectCommand(_ arguments: String..., prints report: some CustomStringConvertible) throws {
        let r = try CommandRunner.run(arguments, in: Self.root)
        #expect(r.status == 0 || (arguments[0] == "diff" && r.status == 1), "\(arguments): \(r)")
        #expect(!r.stdout.isEmpty, "\(arguments): \(r)")
        #expect(r.stdout == String(describing: report), "\(arguments)")
    }

    func organisation(_ query: String) throws -> OrganisationID { try registry.resolveOrganisation(query) }

    /// validate prints its warnings on standard error and the verdict on
    /// standard output; together they are the report's text for the file.
    /// The registry's verdict line, and a file with a broken rule and an
    /// unsupported quote, whose lines all go to standard error.
    @Test func validation() throws {
        let base = Self.root.appendingPathComponent("graphs")
        let report = registry.validate(baseDirectory: base)
        let r = try CommandRunner.run(["validate", Self.registryPath], in: Self.root)
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r)")
        #expect(r.stdout == report.text(name: Self.registryPath))
        #expect(String(describing: report) == report.text(name: "registry"))

        let bad = scratch.url.appendingPathComponent("bad.yaml")
        try """
        sources:
          - {id: s, title: S}
        organisations:
          - {id: a, name: A, kind: other}
        groups:
          - id: g
            name: Rådet
            kind: council
            members:
              - {organisation: a, source: {from: s, quote: something else}}
        """.write(to: bad, atomically: true, encoding: .utf8)
        let badRegistry = try RegistryLoader.load(path: bad.path)
        let badReport = badRegistry.validate(baseDirectory: scratch.url, strictness: .strict)
        let b = try CommandRunner.run(["validate", bad.path, "--strict"], in: Self.root)
        #expect(b.status == 1 && b.stdout.isEmpty, "\(b)")
        #expect(b.stderr == badReport.text(name: bad.path), "\(b)")
        #expect(badReport.lines(name: bad.path).count == 2)
    }

    @Test func brokers() throws {
        try expectCommand("brokers", Self.registryPath, prints: analysis.brokers())
        try expectCommand(
            "brokers", Self.registryPath, "--weighting", "shared-groups",
            prints: analysis.brokers(weighting: .sharedGroups))
    }

    @Test func centrality() throws {
        try expectCommand("centrality", Self.registryPath, prints: try analysis.centrality(CentralityOptions(.betweenness)))
        try expectCommand(
            "centrality", Self.registryPath, "--measure", "closeness", "--mode", "organisations", "--top", "5",
            prints: try analysis.centrality(CentralityOptions(.closeness, mode: .organisations, limit: 5)))
        // A past date, with organisations present only possibly: the presence column and its note.
        let past = RegistryAnalysis(registry: registry, scope: RegistryScope(asOf: try #require(AsOf("2010")), certainty: .all))
        try expectCommand(
            "centrality", Self.registryPath, "--as-of", "2010", "--measure", "degree",
            prints: try past.centrality(CentralityOptions(.degree)))
    }

    @Test func statistics() throws {
        // The command prints the cheap figures first and the all-pairs ones
        // after them; together they are the whole description.
        let stats = try analysis.statistics()
        try expectCommand("stats", Self.registryPath, prints: stats)
        #expect(stats.text(part: .cheap, style: .plain) + stats.text(part: .allPairs, style: .plain) == stats.description)
        try expectCommand("stats", Self.registryPath, "--quick", prints: try analysis.statistics(depth: .quick))
    }

    @Test func overlap() throws {
        try expectCommand("overlap", Self.registryPath, prints: try analysis.overlaps(limit: 1_000))
        let cut = try analysis.overlaps(limit: 2)
        #expect(!cut.cutSummary.isEmpty)
        try expectCommand("overlap", Self.registryPath, "--limit", "2", prints: cut)
    }

    @Test func connectAndReach() throws {
        let a = try organisation("Trafikverket"), b = try organisation("Umeå kommun")
        try expectCommand("connect", Self.registryPath, "Trafikverket", "Umeå kommun", prints: try analysis.connection(from: a, to: b))
        try expectCommand(
            "connect", Self.registryPath, "Trafikverket", "Umeå kommun", "--longer",
            prints: try analysis.connection(from: a, to: b, lengths: .shortestAndOneLonger))
        try expectCommand("reach", Self.registryPath, "Trafikverket", prints: try analysis.reach(from: a, steps: 2))
        let group = try registry.resolveGroup("Trafikverkets turistgrupp")
        let without = try analysis.reach(from: a, steps: 2, without: group)
        #expect(!without.lost.isEmpty)
        try expectCommand(
            "reach", Self.registryPath, "Trafikverket", "--without", "Trafikverkets turistgrupp", prints: without)
    }

    @Test func loadCommunitiesAndEgo() throws {
        try expectCommand("load", Self.registryPath, prints: analysis.meetingLoad())
        try expectCommand("communities", Self.registryPath, prints: try analysis.communities())
        try expectCommand(
            "communities", Self.registryPath, "--resolution", "0.5", prints: try analysis.communities(resolution: 0.5))
        try expectCommand(
            "ego", Self.registryPath, "VästerbottensTurism",
            prints: try analysis.egoNetwork(of: try organisation("VästerbottensTurism"), radius: 1))
    }

    @Test func diffAndTimeline() throws {
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: try #require(AsOf("2010"))),
            to: RegistryAnalysis(registry: registry, asOf: .now))
        #expect(diff.hasChanges)
        try expectCommand("diff", Self.registryPath, "--from", "2010", prints: diff)
        try expectCommand("timeline", Self.registryPath, prints: try Timeline(registry: registry))
        try expectCommand(
            "timeline", Self.registryPath, "--measure", "betweenness", "--from", "2008",
            prints: try Timeline(registry: registry, from: PartialDate(year: 2008), measure: .betweenness))
    }

    @Test func oneModeReports() throws {
        try expectCommand("stats", edgesPath, prints: try oneMode.statistics())
        try expectCommand("brokers", edgesPath, prints: oneMode.brokers())
        try expectCommand("brokers", edgesPath, "--tie-weights", prints: oneMode.brokers(weighted: true))
        try expectCommand("communities", edgesPath, prints: try oneMode.communities())
        try expectCommand("centrality", edgesPath, prints: try oneMode.centrality(CentralityOptions(.betweenness)))
        let a = try oneMode.network.resolve("a"), f = try oneMode.network.resolve("f")
        try expectCommand("connect", edgesPath, "a", "f", prints: try oneMode.connection(from: a, to: f))
    }

    /// The terminal style differs from the plain one only by its escape
    /// sequences: bold headings and headers, dimmed notes and rules.
    @Test func terminalStyleAddsOnlyStyling() throws {
        let reports: [(plain: String, terminal: String)] = [
            (analysis.brokers().text(style: .plain), analysis.brokers().text(style: .terminal)),
            (try Timeline(registry: registry).text(style: .plain), try Timeline(registry: registry).text(style: .terminal)),
            (try analysis.statistics().text(style: .plain), try analysis.statistics().text(style: .terminal)),
        ]
        for (plain, terminal) in reports {
            #expect(terminal != plain)
            #expect(terminal.contains("\u{1B}[1m") && terminal.contains("\u{1B}[2m"))
            let stripped = terminal.replacingOccurrences(of: "\u{1B}[1m", with: "")
                .replacingOccurrences(of: "\u{1B}[2m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
            #expect(stripped == plain)
            #expect(!plain.contains("\u{1B}"))
        }
    }
}
