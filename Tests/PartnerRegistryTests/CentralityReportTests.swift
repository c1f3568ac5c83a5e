import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `Registry.centrality` on graphs/vasterbotten.yaml against NetworkX run
/// on the same file parsed independently (scripts/fixtures/registry.py).
@Suite("Registry centrality against NetworkX")
struct CentralityReportTests {
    static let root = PackagePaths.root

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
        #expect(throws: CentralityError.self) { try RegistryAnalysis(registry: registry, scope: .allTime).centrality(CentralityOptions(.katz, mode: .organisations, katzAlpha: 0.1)) }
        do {
            _ = try RegistryAnalysis(registry: registry, scope: .allTime).centrality(CentralityOptions(.katz, mode: .organisations, katzAlpha: 0.1))
        } catch let error as CentralityError {
            guard case let .katzDiverges(_, limit) = error else { return }
            // Below the limit it converges.
            let report = try RegistryAnalysis(registry: registry, scope: .allTime).centrality(CentralityOptions(.katz, mode: .organisations, katzAlpha: limit * 0.9))
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
        close(stats.twoMode.diameter.map(Double.init), "two_mode_diameter")
        close(Double(o.edges), "edges")
        close(o.density, "density")
        close(Double(o.components), "components")
        close(o.diameter.map(Double.init), "diameter")
        close(o.radius.map(Double.init), "radius")
        close(o.averagePathLength, "average_path_length")
        close(o.globalEfficiency, "global_efficiency")
        close(o.transitivity, "transitivity")
        close(o.averageClustering, "average_clustering")
        close(o.degreeAssortativity, "degree_assortativity")
        close(o.levelAssortativity, "level_assortativity")
        #expect(stats.organisations == 24 && stats.groups == 17 && stats.ties == 44)
        #expect(stats.organisationsByKind["municipality"] == 15)
        #expect(stats.mostCentralOrganisations.first?.id == "vasterbottensturism")
        #expect(stats.mostCentralGroups.first?.id == "strategigruppen")
        #expect(o.sectorAssortativity == nil)  // not every organisation states a sector
    }

    /// `depth: .quick` gives the full statistics' cheap figures and none of
    /// the all-pairs ones; `quickFigures` sees exactly those before the
    /// all-pairs figures report progress, step by step, each to completion.
    @Test func quickStatisticsAreTheCheapPartOfTheFullOnes() throws {
        let analysis = RegistryAnalysis(registry: registry, scope: .allTime)
        let quick = try analysis.statistics(depth: .quick)
        let events = Events()
        var early: NetworkStatistics?
        let full = try analysis.statistics(
            parallelism: 2, progress: { events.append($0) },
            quickFigures: { early = $0; #expect(events.count == 0) })
        #expect(early == quick)
        #expect(quick.twoMode.diameter == nil && quick.organisationNetwork.diameter == nil)
        #expect(quick.organisationNetwork.radius == nil && quick.organisationNetwork.averagePathLength == nil)
        #expect(quick.organisationNetwork.globalEfficiency == nil)
        #expect(quick.organisationNetwork.transitivity == nil && quick.organisationNetwork.averageClustering == nil)
        #expect(quick.organisationNetwork.betweennessCentralization == nil)
        #expect(quick.organisationNetwork.closenessCentralization == nil)
        #expect(quick.mostCentralOrganisations.isEmpty && quick.mostCentralGroups.isEmpty)
        var cheap = full
        cheap.twoMode.diameter = nil
        cheap.organisationNetwork.diameter = nil
        cheap.organisationNetwork.radius = nil
        cheap.organisationNetwork.averagePathLength = nil
        cheap.organisationNetwork.globalEfficiency = nil
        cheap.organisationNetwork.transitivity = nil
        cheap.organisationNetwork.averageClustering = nil
        cheap.organisationNetwork.betweennessCentralization = nil
        cheap.organisationNetwork.closenessCentralization = nil
        cheap.mostCentralOrganisations = []
        cheap.mostCentralGroups = []
        #expect(cheap == quick)
        let seen = events.all
        #expect(seen.map(\.step) == seen.map(\.step).sorted())
        #expect(Set(seen.map(\.step)) == Set(1 ... 6) && seen.allSatisfy { $0.steps == 6 })
        for step in 1 ... 6 {
            let last = try #require(seen.last { $0.step == step })
            #expect(last.progress.completed == last.progress.total && last.progress.total > 0, "\(last)")
        }
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

/// Progress events collected from the computing threads.
private final class Events: @unchecked Sendable {
    // @unchecked: `list` is read and written under `lock`.
    private let lock = NSLock()
    private var list: [StatisticsProgress] = []
    func append(_ e: StatisticsProgress) { lock.lock(); list.append(e); lock.unlock() }
    var all: [StatisticsProgress] { lock.lock(); defer { lock.unlock() }; return list }
    var count: Int { all.count }
}
