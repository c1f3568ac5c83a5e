import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `samverkan centrality` and `samverkan stats`, run as a built executable.
@Suite struct CentralityCommandTests {
    static let registry = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("graphs/vasterbotten.yaml").path

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, stdin: nil, in: nil)
    }

    @Test func tableShowsTheTopScoresAndWhatTheyMean() throws {
        let r = try run(["centrality", Self.registry, "--measure", "betweenness", "--top", "2"])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("#  name"))
        #expect(lines[2].contains("VästerbottensTurism") && lines[2].hasSuffix("0.7800"))
        #expect(lines[3].contains("VästerbottensTurisms Strategigrupp") && lines[3].hasSuffix("0.6814"))
        #expect(lines[4].hasPrefix("betweenness: "))
    }

    @Test func jsonDecodesIntoTheLibraryType() throws {
        let r = try run(["centrality", Self.registry, "--measure", "pagerank", "--mode", "organisations", "--format", "json"])
        #expect(r.status == 0, "\(r)")
        let report = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8))
        let library = try RegistryLoader.load(path: Self.registry).centrality(.pagerank, mode: .organisations)
        #expect(report == library)
        #expect(report.scores.count == 24)
    }

    @Test func csvHasAHeaderAndOneRowPerEntity() throws {
        let r = try run(["centrality", Self.registry, "--measure", "degree", "--mode", "groups", "--format", "csv"])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "rank,id,name,type,kind,degree")
        #expect(lines.count == 17)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",group,") })
    }

    @Test func asOfAndStandardInput() throws {
        let text = try String(contentsOfFile: Self.registry, encoding: .utf8)
        let r = try CommandRunner.run(["centrality", "-", "--as-of", "2002", "--format", "csv"], stdin: text, in: nil)
        #expect(r.status == 0, "\(r)")
        #expect(!r.stdout.contains("strategigruppen"), "the strategy group starts in 2003")
        // Municipalities sit only in the strategy group: in 2002 they are isolated.
        let bjurholm = r.stdout.split(separator: "\n").first { $0.contains(",bjurholm,") }
        #expect(bjurholm?.hasSuffix(",0.0") == true, "\(String(describing: bjurholm))")
    }

    @Test func divergingKatzExitsThreeWithAdvice() throws {
        let r = try run(["centrality", Self.registry, "--measure", "katz", "--mode", "organisations"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("alpha must be below 1/λ_max"), "\(r)")
        #expect(try run(["centrality", Self.registry, "--measure", "katz", "--mode", "organisations", "--alpha", "0.05"]).status == 0)
    }

    @Test func alphaOutsideItsRangeIsAUsageError() throws {
        for alpha in ["nan", "-1", "0", "inf"] {
            let r = try run(["centrality", Self.registry, "--measure", "katz", "--alpha=\(alpha)"])
            #expect(r.status == 64, "\(r)")
            #expect(r.stderr.contains("give a number above 0 and below 1/λ_max of the graph"), "\(r)")
            #expect(!r.stderr.contains("maxIterations"), "\(r)")
        }
    }

    @Test func unknownMeasureIsAUsageError() throws {
        let r = try run(["centrality", Self.registry, "--measure", "fame"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("fame"))
    }

    @Test func statsInEveryFormat() throws {
        let table = try run(["stats", Self.registry])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("organisations by kind       municipality"))
        #expect(table.stdout.contains("VästerbottensTurisms Strategigrupp"))
        let json = try run(["stats", Self.registry, "--format", "json"])
        let stats = try JSONDecoder().decode(NetworkStatistics.self, from: Data(json.stdout.utf8))
        #expect(stats.organisationNetwork.diameter == 2)
        #expect(stats.organisationsByKind["municipality"] == 15)
        let csv = try run(["stats", Self.registry, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("section,metric,value\nsize,organisations,24\n"))
    }

    @Test func kindAndLevelFilters() throws {
        let r = try run(["centrality", Self.registry, "--measure", "degree", "--level", "national", "--format", "csv"])
        #expect(r.status == 0, "\(r)")
        let rows = r.stdout.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        // Only national entities and those without a level (Sevärt, Flygmarknadsgruppen) remain.
        #expect(!r.stdout.contains(",vasterbottensturism,") && !r.stdout.contains(",umea,"))
        #expect(r.stdout.contains(",trafikverket,") && r.stdout.contains(",sevart,"))
        let stats = try run(["stats", Self.registry, "--organisation-kind", "municipality", "--format", "json"])
        let decoded = try JSONDecoder().decode(NetworkStatistics.self, from: Data(stats.stdout.utf8))
        #expect(decoded.organisations == 15)
        #expect(decoded.organisationsByKind == ["municipality": 15])
    }
}
