import PartnerRegistry
import Testing

@Suite struct AnalysisEgoTests {
    @Test func radiusOneIsGroupsAndCoMembers() throws {
        let ego = try SmallRegistry.in2015.egoNetwork(of: "d", radius: 1)
        #expect(ego.center.id == "d")
        #expect(ego.organisations.map { "\($0.organisation.id)@\($0.steps)" } == ["d@0", "a@1", "e@1"])
        #expect(ego.groups.map { "\($0.group.id)@\($0.steps)" } == ["g2@1", "g4@1"])
        // Edge organisations list only groups inside: a's G1 and e's G5 are outside.
        #expect(ego.organisations[1].groups.map(\.id) == ["g2"])
        #expect(ego.organisations[2].groups.map(\.id) == ["g4"])
        #expect(ego.groups[0].members.map(\.id) == ["a", "d"])
        #expect(ego.membershipCount == 4)
    }

    @Test func radiusTwoAddsPartnersGroupsAndTheirMembers() throws {
        let ego = try SmallRegistry.in2015.egoNetwork(of: "d", radius: 2)
        #expect(ego.organisations.map { "\($0.organisation.id)@\($0.steps)" } == ["d@0", "a@1", "e@1", "b@2", "c@2"])
        #expect(ego.groups.map { "\($0.group.id)@\($0.steps)" } == ["g2@1", "g4@1", "g1@2", "g5@2"])
        #expect(ego.organisations[1].groups.map(\.id) == ["g1", "g2"])
        #expect(ego.organisations[3].groups.map(\.id) == ["g1"])  // G3 lies beyond the radius
        #expect(ego.groups[2].members.map(\.id) == ["a", "b", "c"])
    }

    @Test func isolatedCentre() throws {
        let ego = try SmallRegistry.in2015.egoNetwork(of: "f", radius: 3)
        #expect(ego.organisations.map(\.organisation.id) == ["f"])
        #expect(ego.groups.isEmpty)
    }

    @Test func errors() {
        #expect(throws: RegistryAnalysisError.invalidCount(parameter: "the radius", value: 0, least: 1)) {
            try SmallRegistry.in2015.egoNetwork(of: "a", radius: 0)
        }
        #expect(throws: RegistryAnalysisError.unknownOrganisation("q")) { try SmallRegistry.in2015.egoNetwork(of: "q", radius: 1) }
    }

    @Test func egoRoundTripsThroughJSON() throws {
        #expect(try roundTrips(try SmallRegistry.allTime.egoNetwork(of: "a", radius: 2)))
    }
}
