import Foundation
import NetworkAnalysis
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `stats` above its exact threshold: the projection is not built, its
/// cheap figures are walked on the two-mode graph and equal the built
/// projection's; diameters and radius stay exact (the same as the exact
/// statistics, whose values AnalysisVasterbottenTests and
/// CentralityReportTests hold to NetworkX); the mean-distance figures are
/// estimated within their stated bounds and say so; the figures that need
/// the projection's triangles or every shortest path are left out.
@Suite struct StatisticsEstimateTests {
    static let vasterbotten = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    /// The cheap and the bound-based figures of `estimated` equal those of
    /// `exact`; the estimates lie within their bounds; the rest is nil.
    static func expectAgree(_ exact: SureStatistics, _ estimated: SureStatistics, _ label: String) throws {
        let o = exact.organisationNetwork, e = estimated.organisationNetwork
        // The two-mode diameter is the same (iFUB up to the threshold, Takes–Kosters above it).
        #expect(exact.twoMode.diameter == estimated.twoMode.diameter && estimated.twoMode.diameterUpperBound == nil, "\(label)")
        #expect(exact.twoMode.density == estimated.twoMode.density && exact.twoMode.components == estimated.twoMode.components)
        #expect(o.vertices == e.vertices && o.edges == e.edges && o.components == e.components, "\(label)")
        #expect(o.largestComponent == e.largestComponent && o.isolated == e.isolated, "\(label)")
        #expect(abs(o.density - e.density) <= 1e-12, "\(label)")
        #expect(abs(o.degreeCentralization - e.degreeCentralization) <= 1e-12, "\(label)")
        for (a, b) in [(o.degreeAssortativity, e.degreeAssortativity), (o.levelAssortativity, e.levelAssortativity),
                       (o.sectorAssortativity, e.sectorAssortativity)]
        {
            #expect((a == nil) == (b == nil), "\(label)")
            if let a, let b { #expect(abs(a - b) <= 1e-9, "\(label): \(a) \(b)") }
        }
        #expect(o.diameter == e.diameter && o.radius == e.radius && o.diameterSearches == e.diameterSearches, "\(label)")
        #expect(o.allPairs?.exact == true && e.allPairs?.exact == false, "\(label)")
        #expect(e.transitivity == nil && e.averageClustering == nil && e.betweennessCentralization == nil, "\(label)")
        let method = try #require(e.allPairs)
        #expect(method.notComputed == ["transitivity", "averageClustering", "betweennessCentralization"])
        let bounds = try #require(method.errorBounds)
        for (key, exactValue, estimate) in [
            ("averagePathLength", o.averagePathLength, e.averagePathLength),
            ("globalEfficiency", o.globalEfficiency, e.globalEfficiency),
            ("closenessCentralization", o.closenessCentralization, e.closenessCentralization),
        ] {
            let x = try #require(exactValue), y = try #require(estimate), bound = try #require(bounds[key])
            // One seed: Hoeffding's bound holds with probability 0.9; these seeds were not picked.
            #expect(abs(x - y) <= bound, "\(label) \(key): exact \(x), estimate \(y) ± \(bound)")
        }
    }

    /// Västerbotten now, in 2011 and in 2015 (uncertain: both networks),
    /// with the threshold forced to 0 so that the estimate runs.
    @Test(arguments: ["now", "2011", "2015"])
    func vasterbottenAgrees(asOf: String) throws {
        let registry = try RegistryLoader.load(path: Self.vasterbotten)
        let date: AsOf = asOf == "now" ? .now : .date(PartialDate(year: Int(asOf)!)!)
        let analysis = RegistryAnalysis(registry: registry, asOf: date)
        let exact = try analysis.statistics()
        let estimated = try analysis.statistics(allPairs: AllPairsPolicy(exactUpTo: 0))
        try Self.expectAgree(exact.figures, estimated.figures, "possible \(asOf)")
        try Self.expectAgree(exact.sure, estimated.sure, "sure \(asOf)")
        // The ranking is estimated, and says with what guarantee.
        #expect(exact.mostCentralEstimate == nil)
        let ranking = try #require(estimated.mostCentralEstimate)
        #expect(ranking.epsilon == AllPairsPolicy.defaultEpsilon && ranking.delta == 0.1)
        // The table marks the estimated figures (the registry is Swedish).
        let text = estimated.text(style: .plain)
        #expect(text.contains("(uppskattat ±"))
        #expect(text.contains("not computed: transitivity, average clustering, betweenness centralisation"))
        #expect(!exact.text(style: .plain).contains("uppskattat"))
        // JSON carries the method and decodes to the same statistics.
        let json = try JSONEncoder().encode(estimated)
        #expect(try JSONDecoder().decode(NetworkStatistics.self, from: json) == estimated)
    }

    /// A seeded registry of 400 organisations in skewed groups (several
    /// components, organisations in no group).
    @Test(arguments: [UInt64(5), 6, 7])
    func seededRegistryAgrees(seed: UInt64) throws {
        let csv = SeededMemberships.csv(count: 700, organisations: 400, groups: 250, seed: seed, skewed: true)
        let registry = try RegistryLoader.load(contents: csv, fileName: "seeded.csv")
        let analysis = RegistryAnalysis(registry: registry)
        let exact = try analysis.statistics(parallelism: 2)
        let estimated = try analysis.statistics(parallelism: 2, allPairs: AllPairsPolicy(exactUpTo: 10, seed: seed))
        try Self.expectAgree(exact.figures, estimated.figures, "seed \(seed)")
        #expect(analysis.statisticsAreExact(AllPairsPolicy(exactUpTo: 400)))
        #expect(!analysis.statisticsAreExact(AllPairsPolicy(exactUpTo: 10)))
        // The same seed gives the same figures on one thread.
        #expect(try analysis.statistics(allPairs: AllPairsPolicy(exactUpTo: 10, seed: seed)) == estimated)
    }
}
