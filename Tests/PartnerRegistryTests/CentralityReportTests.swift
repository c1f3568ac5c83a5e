import Foundation
import PartnerRegistry
import Testing

/// `Registry.centrality` on graphs/vasterbotten.yaml against NetworkX run
/// on the same file parsed independently (scripts/fixtures/registry.py).
@Suite("Registry centrality against NetworkX")
struct CentralityReportTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let registry: Registry
    let reference: [String: [String: Double]]

    init() throws {
        registry = try RegistryLoader.load(path: Self.root.appendingPathComponent("graphs/vasterbotten.yaml").path)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/registry-centrality.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let results = json?["results"] as? [String: [String: Double]]
        reference = try #require(results)
    }

    static let cases: [(NetworkMode, CentralityMeasure)] =
        [CentralityMeasure.degree, .betweenness, .closeness, .eigenvector, .clustering].map { (.twoMode, $0) }
        + [NetworkMode.organisations, .groups].flatMap { mode in
            [CentralityMeasure.degree, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank, .clustering]
                .map { (mode, $0) }
        }

    @Test(arguments: cases)
    func matchesNetworkX(mode: NetworkMode, measure: CentralityMeasure) throws {
        let expected = try #require(reference["\(mode.rawValue)/\(measure.rawValue)"])
        let report = try RegistryAnalysis(registry: registry, scope: .allTime).centrality(measure, mode: mode)
        #expect(report.scores.count == expected.count)
        // Iterative measures converge to 1e-12 in the reference and, by default, here too.
        let tolerance = [.eigenvector, .pagerank].contains(measure) ? 1e-10 : 1e-9
        for s in report.scores {
            let e = try #require(expected[s.id], "\(s.id) missing in the reference")
            #expect(abs(s.score - e) <= tolerance * max(1, abs(e)), "\(mode.rawValue) \(measure.rawValue) \(s.id): \(s.score) ≠ \(e)")
        }
    }

    @Test func rankedHighestFirstWithSharedRanks() throws {
        let report = try RegistryAnalysis(registry: registry, scope: .allTime).centrality(.clustering, mode: .twoMode)
        #expect(zip(report.scores, report.scores.dropFirst()).allSatisfy { $0.score >= $1.score })
        // The fifteen municipalities sit in the same single group: equal scores, one rank, Swedish order.
        let municipalities = report.scores.filter { $0.kind == "municipality" }
        #expect(Set(municipalities.map(\.rank)).count == 1)
        #expect(municipalities.last?.name == "Åsele kommun")
        #expect(report.scores.first?.rank == 1)
    }

    @Test func vasterbottensturismIsTheBroker() throws {
        let report = try RegistryAnalysis(registry: registry, scope: .allTime).centrality(.betweenness, mode: .organisations)
        #expect(report.scores.first?.id == "vasterbottensturism")
        #expect(report.lengths == .inverseWeight)
        #expect(report.explanation.hasPrefix("betweenness:"))
    }

    @Test func katzThatDivergesSaysWhichAlphaWorks() throws {
        #expect(throws: CentralityError.self) { try RegistryAnalysis(registry: registry, scope: .allTime).centrality(.katz, mode: .organisations, katzAlpha: 0.1) }
        do {
            _ = try RegistryAnalysis(registry: registry, scope: .allTime).centrality(.katz, mode: .organisations, katzAlpha: 0.1)
        } catch let error as CentralityError {
            guard case let .katzDiverges(_, limit) = error else { return }
            // Below the limit it converges.
            let report = try RegistryAnalysis(registry: registry, scope: .allTime).centrality(.katz, mode: .organisations, katzAlpha: limit * 0.9)
            #expect(report.scores.allSatisfy { $0.score > 0 })
        }
    }

    @Test func reportRoundTripsThroughJSON() throws {
        let report = try RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2015)!)).centrality(.pagerank, mode: .groups)
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(CentralityReport.self, from: data) == report)
    }

    @Test func statisticsMatchNetworkX() throws {
        let expected = try #require(reference["statistics"])
        let stats = try RegistryAnalysis(registry: registry, scope: .allTime).statistics()
        func close(_ a: Double?, _ key: String) {
            guard let e = expected[key], let a else { Issue.record("\(key) missing"); return }
            #expect(abs(a - e) <= 1e-9, "\(key): \(a) ≠ \(e)")
        }
        let o = stats.organisationNetwork
        close(stats.twoMode.density, "two_mode_density")
        close(Double(stats.twoMode.diameter), "two_mode_diameter")
        close(Double(o.edges), "edges")
        close(o.density, "density")
        close(Double(o.components), "components")
        close(Double(o.diameter), "diameter")
        close(Double(o.radius), "radius")
        close(o.averagePathLength, "average_path_length")
        close(o.globalEfficiency, "global_efficiency")
        close(o.transitivity, "transitivity")
        close(o.averageClustering, "average_clustering")
        close(o.degreeAssortativity, "degree_assortativity")
        close(o.levelAssortativity, "level_assortativity")
        #expect(stats.organisations == 24 && stats.groups == 18 && stats.ties == 46)
        #expect(stats.organisationsByKind["municipality"] == 15)
        #expect(stats.mostCentralOrganisations.first?.id == "vasterbottensturism")
        #expect(stats.mostCentralGroups.first?.id == "strategigruppen")
        #expect(o.sectorAssortativity == nil)  // not every organisation states a sector
    }

    @Test func tinyNetworksGiveNumbersNotNaN() throws {
        let tiny = try RegistryLoader.load(contents: "organisation,group\nx,y\n", fileName: "tiny.csv", format: .csv)
        for measure in CentralityMeasure.allCases {
            for mode in NetworkMode.allCases {
                let report = try RegistryAnalysis(registry: tiny, scope: .allTime).centrality(measure, mode: mode)
                #expect(report.scores.allSatisfy { $0.score.isFinite }, "\(measure) \(mode)")
            }
        }
        #expect(try RegistryAnalysis(registry: tiny, scope: .allTime).centrality(.betweenness).scores.map(\.score) == [0, 0])
    }

    @Test func semicolonSeparatedSpreadsheets() throws {
        let text = "Organisation;Group;Role\nVästerbottensTurism;Ledningsgruppen;chair\n\"Umeå; kommun\";Ledningsgruppen;\n"
        #expect(RegistryFormat.sniff(text) == .csv)
        let r = try RegistryLoader.load(contents: text, fileName: "export.csv", format: nil)
        #expect(r.organisations.map(\.name) == ["VästerbottensTurism", "Umeå; kommun"])
        #expect(r.memberships.first?.role == .chair)
    }
}
