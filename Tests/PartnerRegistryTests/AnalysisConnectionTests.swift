import PartnerRegistry
import Testing

@Suite struct AnalysisConnectionTests {
    @Test func sharedGroupsAreTheOneStepChains() throws {
        let link = try SmallRegistry.in2015.connection(from: "b", to: "c")
        #expect(link.sharedGroups.map(\.id) == ["g1", "g3"])
        #expect(link.steps == 1)
        #expect(link.shortestChainCount == 2)
        #expect(link.shortestChains.map { $0.groups.map(\.id) } == [["g1"], ["g3"]])
        #expect(link.shortestChains[0].organisations.map(\.id) == ["b", "c"])
        #expect(!link.isTruncated)
        #expect(link.shortestChains[0].text == "Beta → [G1 Strategigrupp] → Cesar")
    }

    @Test func withoutSharedGroupsTheShortestChainsAreListed() throws {
        let link = try SmallRegistry.in2015.connection(from: "b", to: "e")
        #expect(link.sharedGroups.isEmpty)
        #expect(link.steps == 3)
        #expect(link.shortestChainCount == 1)
        let chain = try #require(link.shortestChains.first)
        #expect(chain.organisations.map(\.id) == ["b", "a", "d", "e"])
        #expect(chain.groups.map(\.id) == ["g1", "g2", "g4"])
        #expect(chain.steps == 3)
    }

    @Test func longerChainsPassOneMoreGroupNeverTheSameTwice() throws {
        // All time: a and e share G6; a–G2–d–G4–e is one step longer. The
        // walk a–G6–h–G6–e would repeat G6 and is not a chain.
        let link = try SmallRegistry.allTime.connection(from: "a", to: "e", lengths: .shortestAndOneLonger)
        #expect(link.sharedGroups.map(\.id) == ["g6"])
        #expect(link.steps == 1)
        #expect(link.longerChains.count == 1)
        #expect(link.longerChains[0].organisations.map(\.id) == ["a", "d", "e"])
        #expect(link.longerChains[0].groups.map(\.id) == ["g2", "g4"])
        // b–a–c through G1 twice is no alternative to b–G1/G3–c.
        let bc = try SmallRegistry.in2015.connection(from: "b", to: "c", lengths: .shortestAndOneLonger)
        #expect(bc.longerChains.isEmpty)
        // Without asking, none are listed.
        #expect(try SmallRegistry.allTime.connection(from: "a", to: "e").longerChains.isEmpty)
    }

    @Test func limitTruncatesButCountsAll() throws {
        let link = try SmallRegistry.in2015.connection(from: "b", to: "c", limit: 1)
        #expect(link.shortestChains.count == 1)
        #expect(link.shortestChainCount == 2)
        #expect(link.isTruncated)
        #expect(link.sharedGroups.count == 2)  // shared groups are never truncated
    }

    @Test func groupKindsRestrictTheChains() throws {
        // Only working groups and networks: G6 (project group) is out, so
        // a and e connect through G2 and G4.
        let filter = NetworkFilter(groupKinds: [.workingGroup, .network])
        let link = try RegistryAnalysis(registry: SmallRegistry.make(), scope: .allTime, filter: filter).connection(from: "a", to: "e")
        #expect(link.sharedGroups.isEmpty)
        #expect(link.steps == 2)
        #expect(link.shortestChains.map { $0.groups.map(\.id) } == [["g2", "g4"]])
    }

    @Test func filteredOutEndsStayButTheWayMayClose() throws {
        // Only municipalities: a and e are kept as the ends, d (the only
        // way between them) is not.
        let filter = NetworkFilter(organisationKinds: [.municipality])
        let analysis = RegistryAnalysis(registry: SmallRegistry.make(), asOf: .date(SmallRegistry.date2015), filter: filter)
        let link = try analysis.connection(from: "a", to: "e")
        #expect(link.from.id == "a" && link.to.id == "e")
        #expect(link.steps == nil && !link.isConnected)
        #expect(link.shortestChains.isEmpty && link.shortestChainCount == 0)
        // b and a (kept as an end) still share G1.
        #expect(try analysis.connection(from: "b", to: "a").sharedGroups.map(\.id) == ["g1"])
    }

    @Test func unconnectedOrganisations() throws {
        let link = try SmallRegistry.in2015.connection(from: "a", to: "f", lengths: .shortestAndOneLonger)
        #expect(link.steps == nil)
        #expect(link.shortestChains.isEmpty && link.longerChains.isEmpty && link.sharedGroups.isEmpty)
    }

    @Test func errorsSayWhatIsWrong() {
        let analysis = SmallRegistry.in2015
        #expect(throws: RegistryAnalysisError.sameOrganisation("a", name: "Alfa")) { try analysis.connection(from: "a", to: "a") }
        #expect(throws: RegistryAnalysisError.unknownOrganisation("zz")) { try analysis.connection(from: "a", to: "zz") }
        // Hotell ended in 2010: the error says so, not that it is missing.
        let scope = RegistryScope(asOf: .date(SmallRegistry.date2015))
        #expect(throws: RegistryAnalysisError.organisationNotValid(
            "h", name: "Hotell", scope: scope, reason: .ended(PartialDate(year: 2010)!))) {
            try analysis.connection(from: "h", to: "a")
        }
        #expect(throws: RegistryAnalysisError.invalidCount(parameter: "the chain limit", value: -1, least: 0)) {
            try analysis.connection(from: "a", to: "b", limit: -1)
        }
        #expect(RegistryAnalysisError.organisationNotValid("h", name: "Hotell", scope: scope).description
            == "Hotell ('h') is not in the registry as of 2015; choose another --as-of date, or --all-time")
        #expect(RegistryAnalysisError.organisationNotValid(
            "h", name: "Hotell", scope: scope, reason: .ended(PartialDate(year: 2010)!)).description
            == "Hotell ('h') ended 2010, before 2015: it is not there as of 2015; ask about an earlier --as-of date, or --all-time")
    }

    @Test func connectionRoundTripsThroughJSON() throws {
        #expect(try roundTrips(try SmallRegistry.allTime.connection(from: "a", to: "e", lengths: .shortestAndOneLonger)))
        #expect(try roundTrips(try SmallRegistry.in2015.connection(from: "a", to: "f")))
    }
}
