import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// graphs/samples/coverage-rules.yaml: the coverage checks of issue 4
/// stated as registry rules, and names that need Swedish order.
@Suite struct AnalysisCoverageRulesTests {
    static let path = PackagePaths.root.appendingPathComponent("graphs/samples/coverage-rules.yaml").path

    let registry: Registry

    init() throws { registry = try RegistryLoader.load(path: Self.path) }

    @Test func coverageRulesReportTheGaps() {
        let violations = registry.checkRules()
        #expect(violations.map(\.rule) == ["municipalities-in-a-strategic-group", "every-group-has-a-convener"])
        #expect(violations.map(\.entity) == [.organisation("ostby"), .group("marknadsgruppen")])
        #expect(violations.map(\.severity) == [.error, .warning])
        #expect(violations.map(\.counted) == [0, 0])
    }

    @Test func theLoadReportShowsTheSameGap() throws {
        // Östby sits in groups, but in no strategic one: only the rule sees that.
        let strategic = RegistryAnalysis(
            registry: registry, filter: NetworkFilter(groupKinds: [.strategyGroup, .managementGroup, .council]))
        let load = strategic.meetingLoad()
        #expect(load.unaffiliated.map(\.id).contains("ostby"))
        #expect(!load.unaffiliated.map(\.id).contains("norrby"))
    }

    @Test func namesSortInSwedishOrder() throws {
        let load = RegistryAnalysis(registry: registry).meetingLoad(order: .name)
        #expect(load.organisations.map(\.organisation.name) == [
            "Fjällhotellet AB", "Norrby kommun", "Regionala turistbolaget", "Söderby kommun", "Trafikverket",
            "Östby kommun",
        ])
        let reach = try RegistryAnalysis(registry: registry).reach(from: "trafikverket", steps: 3)
        #expect(reach.partners.map(\.organisation.id) == ["ostby", "fjallhotellet", "rto", "norrby", "soderby"])
        let groups = try RegistryAnalysis(registry: registry).overlaps(scope: .groups, order: .name)
        #expect(groups.groupPairs.map { "\($0.first.name) / \($0.second.name)" } == [
            "Marknadsgruppen / Strategiska rådet", "Marknadsgruppen / Transportgruppen",
        ])
    }
}
