import PartnerRegistry
import Testing

@Suite struct AnalysisLoadTests {
    @Test func loadCountsGroupsSeatsChairsAndConvening() throws {
        let report = SmallRegistry.allTime.meetingLoad()
        #expect(report.organisations.map(\.organisation.id) == ["a", "e", "d", "b", "c", "h", "f"])
        let a = report.organisations[0]
        #expect(a.groupCount == 3 && a.seats == 3 && a.chairs == 1 && a.convenes == 0)
        #expect(a.groups.map(\.id) == ["g1", "g2", "g6"])
        // d convenes G2 without a listed membership (one seat) and holds two seats in G4.
        let d = report.organisations[2]
        #expect(d.groupCount == 2 && d.seats == 3 && d.chairs == 0 && d.convenes == 1)
        let f = report.organisations[6]
        #expect(f.groupCount == 0 && f.seats == 0 && f.groups.isEmpty)
        #expect(report.unaffiliated.map(\.id) == ["f"])
        #expect(f.kind == .municipality && f.level == .local)
    }

    @Test func datesAndFiltersApply() {
        let in2015 = SmallRegistry.in2015.meetingLoad(order: .name)
        #expect(in2015.organisations.map(\.organisation.id) == ["a", "b", "c", "d", "e", "f"])
        #expect(in2015.organisations[0].groupCount == 2)
        // Conveners ignored: d sits in G4 only, with two seats, and still convenes G2.
        let ignore = RegistryAnalysis(
            registry: SmallRegistry.make(), asOf: .date(SmallRegistry.date2015), filter: NetworkFilter(conveners: .ignore)
        ).meetingLoad()
        let d = ignore.organisations.first { $0.organisation.id == "d" }
        #expect(d?.groupCount == 1 && d?.seats == 2 && d?.convenes == 1)
        // Only chairs.
        let chairs = RegistryAnalysis(registry: SmallRegistry.make(), scope: .allTime, filter: NetworkFilter(roles: [.chair], conveners: .ignore))
            .meetingLoad()
        #expect(chairs.organisations.filter { $0.seats > 0 }.map(\.organisation.id) == ["a"])
    }

    @Test func reportRoundTripsThroughJSON() throws {
        #expect(try roundTrips(SmallRegistry.allTime.meetingLoad()))
    }
}
