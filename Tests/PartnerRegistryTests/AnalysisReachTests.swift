import PartnerRegistry
import Testing

@Suite struct AnalysisReachTests {
    @Test func partnersAndGroupsByStep() throws {
        let reach = try SmallRegistry.in2015.reach(from: "b", steps: 2)
        #expect(reach.partners.map { "\($0.organisation.id)@\($0.steps)" } == ["a@1", "c@1", "d@2"])
        #expect(reach.partners[0].via.map(\.id) == ["g1"])
        #expect(reach.partners[1].via.map(\.id) == ["g1", "g3"])
        #expect(reach.partners[2].via.map(\.id) == ["g2"])
        #expect(reach.groups.map { "\($0.group.id)@\($0.steps)" } == ["g1@1", "g3@1", "g2@2"])
        #expect(reach.without == nil && reach.lost.isEmpty && reach.lengthened.isEmpty)
    }

    @Test func oneStepIsTheCoMembers() throws {
        let reach = try SmallRegistry.in2015.reach(from: "a", steps: 1)
        #expect(reach.partners.map(\.organisation.id) == ["b", "c", "d"])
        #expect(reach.groups.map(\.group.id) == ["g1", "g2"])
    }

    @Test func dissolvingAGroupLosesPartners() throws {
        let reach = try SmallRegistry.in2015.reach(from: "a", steps: 2, without: "g2")
        #expect(reach.without?.id == "g2")
        #expect(reach.partners.map { "\($0.organisation.id)@\($0.steps)" } == ["b@1", "c@1", "d@1", "e@2"])
        #expect(reach.lost.map { "\($0.organisation.id)@\($0.steps)" } == ["d@1", "e@2"])
        #expect(reach.lengthened.isEmpty)
        // b loses nothing if G3 goes: G1 still joins it to a and c.
        let b = try SmallRegistry.in2015.reach(from: "b", steps: 2, without: "g3")
        #expect(b.lost.isEmpty && b.lengthened.isEmpty)
    }

    @Test func dissolvingAGroupLengthensChains() throws {
        // All time: a reaches e in one step through G6; without G6, in two (via d).
        let reach = try SmallRegistry.allTime.reach(from: "a", steps: 2, without: "g6")
        #expect(reach.lengthened.map { "\($0.organisation.id):\($0.stepsBefore)→\($0.stepsAfter)" } == ["e:1→2"])
        #expect(reach.lost.map(\.organisation.id) == ["h"])
    }

    @Test func errors() {
        let analysis = SmallRegistry.in2015
        #expect(throws: RegistryAnalysisError.invalidCount(parameter: "the number of steps", value: 0, least: 1)) {
            try analysis.reach(from: "a", steps: 0)
        }
        #expect(throws: RegistryAnalysisError.groupNotValid(
            "g6", name: "G6 Projekt", scope: RegistryScope(asOf: .date(SmallRegistry.date2015)),
            reason: .ended(PartialDate(year: 2010)!))) {
            try analysis.reach(from: "a", steps: 1, without: "g6")
        }
        #expect(throws: RegistryAnalysisError.unknownGroup("nope")) { try analysis.reach(from: "a", steps: 1, without: "nope") }
        let networksOnly = RegistryAnalysis(registry: SmallRegistry.make(), scope: .allTime, filter: NetworkFilter(groupKinds: [.network]))
        #expect(throws: RegistryAnalysisError.groupFilteredOut("g1", name: "G1 Strategigrupp")) {
            try networksOnly.reach(from: "a", steps: 1, without: "g1")
        }
    }

    @Test func reachRoundTripsThroughJSON() throws {
        #expect(try roundTrips(try SmallRegistry.allTime.reach(from: "a", steps: 2, without: "g6")))
    }
}
