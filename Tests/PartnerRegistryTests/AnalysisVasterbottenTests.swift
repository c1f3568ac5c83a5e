import Foundation
import PartnerRegistry
import Testing

/// Hand-checked answers on graphs/vasterbotten.yaml (24 organisations,
/// 16 groups). Every expected value below can be read off the file:
/// VästerbottensTurism sits in all 16 groups; the fifteen municipalities,
/// the destinations and the tourism companies sit only in the Strategy
/// group (since 2003); Trafikverket, Tillväxtverket, Länsstyrelsen and
/// Region Västerbotten each meet VästerbottensTurism in one group of their
/// own; VisitSweden and the national network of regional tourism
/// organisations meet it in VisitSweden's forums.
@Suite struct AnalysisVasterbottenTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("graphs/vasterbotten.yaml").path

    let registry: Registry
    let analysis: RegistryAnalysis

    init() throws {
        registry = try RegistryLoader.load(path: Self.path)
        analysis = RegistryAnalysis(registry: registry)
    }

    @Test func theNetworkAsLoaded() {
        #expect(analysis.view.organisationCount == 24)
        #expect(analysis.view.groupCount == 16)
        #expect(analysis.view.graph.edgeCount == 44)
    }

    @Test func vasterbottensTurismAndTrafikverketShareTheirTouristGroup() throws {
        let report = try analysis.overlaps(scope: .organisations)
        let pair = try #require(report.organisationPairs.first {
            Set([$0.first.id, $0.second.id]) == ["vasterbottensturism", "trafikverket"]
        })
        #expect(pair.sharedGroups.map(\.id) == ["trafikverkets-turistgrupp"])
        #expect(pair.sharedGroups.map(\.name) == ["Trafikverkets turistgrupp"])
        let link = try analysis.connection(from: "trafikverket", to: "vasterbottensturism")
        #expect(link.sharedGroups.map(\.id) == ["trafikverkets-turistgrupp"] && link.steps == 1)
    }

    @Test func trafikverketReachesUmeaThroughVasterbottensTurism() throws {
        let link = try analysis.connection(from: "trafikverket", to: "umea", lengths: .shortestAndOneLonger)
        #expect(link.sharedGroups.isEmpty)
        #expect(link.steps == 2 && link.shortestChainCount == 1)
        let chain = try #require(link.shortestChains.first)
        #expect(chain.organisations.map(\.id) == ["trafikverket", "vasterbottensturism", "umea"])
        #expect(chain.groups.map(\.id) == ["trafikverkets-turistgrupp", "strategigruppen"])
        #expect(chain.text == "Trafikverket → [Trafikverkets turistgrupp] → VästerbottensTurism → "
            + "[VästerbottensTurisms Strategigrupp] → Umeå kommun")
        // One step longer: Trafikverket → VT → (destinations or tourism
        // companies, through a VT forum they share) → Strategigruppen → Umeå.
        #expect(!link.longerChains.isEmpty)
        #expect(link.longerChains.allSatisfy { $0.steps == 3 && $0.groups.first?.id == "trafikverkets-turistgrupp" })
        #expect(link.longerChains.allSatisfy { $0.groups.last?.id == "strategigruppen" })
    }

    @Test func beforeTheStrategyGroupUmeaWasUnreachable() throws {
        let in2002 = RegistryAnalysis(registry: registry, asOf: PartialDate(year: 2002))
        let link = try in2002.connection(from: "trafikverket", to: "umea")
        #expect(!link.isConnected)
        #expect(in2002.meetingLoad().unaffiliated.contains { $0.id == "umea" })
    }

    @Test func vasterbottensTurismHoldsTheNetworkTogether() {
        let report = analysis.brokers()
        #expect(report.projectionCutOrganisations.map(\.id) == ["vasterbottensturism"])
        #expect(report.twoModeCutOrganisations.map(\.id) == ["vasterbottensturism"])
        #expect(Set(report.twoModeCutGroups.map(\.id))
            == ["strategigruppen", "trafikverkets-turistgrupp", "turismstatistik", "turistgruppen"])
        // Its seats in the agencies' groups are the only links to them.
        let inner = report.twoModeBridges.filter { !$0.isPendant }
        #expect(Set(inner.map(\.group.id)) == ["trafikverkets-turistgrupp", "turismstatistik", "turistgruppen"])
        #expect(inner.allSatisfy { $0.organisation.id == "vasterbottensturism" })
        let vt: OrganisationID = "vasterbottensturism"
        let bridged: [OrganisationID] = report.projectionBridges.map { $0.first.id == vt ? $0.second.id : $0.first.id }
        let bridgedToVT = report.projectionBridges.allSatisfy { $0.first.id == vt || $0.second.id == vt }
        #expect(Set(bridged) == ["tillvaxtverket", "trafikverket"])
        #expect(bridgedToVT)
        // Lowest constraint: the broker of the network.
        #expect(report.organisations.first?.organisation.id == "vasterbottensturism")
        #expect(report.organisations.first { $0.organisation.id == "trafikverket" }?.constraint == 1)
    }

    @Test func redundantForums() throws {
        let report = try analysis.overlaps(scope: .groups)
        let identical = Set(report.containments.filter { $0.kind == .identical }.map {
            [$0.contained.id.rawValue, $0.container.id.rawValue].sorted().joined(separator: "=")
        })
        #expect(identical.contains("ledningsgrupp=turismkonferens"))
        #expect(identical.contains("analysnatverket=b2b-tyskspraktiga-marknader"))
        let proper = Set(report.containments.filter { $0.kind == .properSubset }.map {
            "\($0.contained.id)⊂\($0.container.id)"
        })
        #expect(proper.isSuperset(of: ["ledningsgrupp⊂strategigruppen", "natverket-rto⊂vd-dagar", "analysnatverket⊂vd-dagar"]))
        #expect(identical.count == 17 && proper.count == 65)
    }

    @Test func loadOfVasterbottensTurism() throws {
        let load = analysis.meetingLoad()
        let vt = try #require(load.organisations.first)
        #expect(vt.organisation.id == "vasterbottensturism")
        #expect(vt.groupCount == 16)
        #expect(vt.convenes == 2)  // Årlig turismkonferens and the Strategy group
        #expect(load.unaffiliated.isEmpty)
        let umea = try #require(load.organisations.first { $0.organisation.id == "umea" })
        #expect(umea.groupCount == 1 && umea.groups.map(\.id) == ["strategigruppen"])
    }

    @Test func reachAndTheStrategyGroup() throws {
        let reach = try analysis.reach(from: "umea", steps: 2, without: "strategigruppen")
        #expect(reach.partners.filter { $0.steps == 1 }.count == 17)  // everyone else in the Strategy group
        #expect(reach.partners.count == 23)  // everyone, within two steps
        #expect(reach.lost.count == 23)  // the Strategy group is Umeå's only group
    }

    @Test func communitiesAndCores() throws {
        let report = try analysis.communities()
        let cores = Dictionary(uniqueKeysWithValues: report.organisations.map { ($0.organisation.id.rawValue, $0.coreNumber) })
        #expect(cores["umea"] == 17 && cores["vasterbottensturism"] == 17)
        #expect(cores["trafikverket"] == 1 && cores["visitsweden"] == 2)
        let strategy = try #require(report.communities.first)
        #expect(strategy.members.contains { $0.id == "umea" })
        #expect(report.modularity.map { $0 > 0 } == true)
    }

    @Test func egoOfTrafikverket() throws {
        let ego = try analysis.egoNetwork(of: "trafikverket", radius: 1)
        #expect(ego.organisations.map(\.organisation.id) == ["trafikverket", "vasterbottensturism"])
        #expect(ego.groups.map(\.group.id) == ["trafikverkets-turistgrupp"])
    }

    @Test func namesResolveIgnoringCaseAndDiacritics() throws {
        #expect(try registry.resolveOrganisation("Vasterbottensturism") == "vasterbottensturism")
        #expect(try registry.resolveOrganisation("umeå kommun") == "umea")
    }
}
