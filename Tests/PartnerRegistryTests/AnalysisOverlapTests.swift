import PartnerRegistry
import SamverkanTestSupport
import Testing

@Suite struct AnalysisOverlapTests {
    @Test func groupPairsSortedByJaccard() throws {
        let report = try SmallRegistry.in2015.overlaps()
        let pairs = report.groupPairs.map { "\($0.first.id)-\($0.second.id)" }
        #expect(pairs == ["g1-g3", "g4-g5", "g2-g4", "g1-g2"])
        let g1g3 = report.groupPairs[0]
        #expect(g1g3.sharedMembers.map(\.id) == ["b", "c"])
        #expect(g1g3.sharedCount == 2)
        #expect(g1g3.firstSize == 3 && g1g3.secondSize == 2)
        #expect(abs(g1g3.jaccard - 2.0 / 3.0) < 1e-12)
        #expect(g1g3.overlapCoefficient == 1)
        #expect(g1g3.containment == .secondInFirst)
        let g1g2 = report.groupPairs[3]
        #expect(g1g2.sharedMembers.map(\.id) == ["a"])
        #expect(g1g2.jaccard == 0.25 && g1g2.overlapCoefficient == 0.5)
        #expect(g1g2.containment == nil)
        let g2g4 = report.groupPairs[2]
        #expect(g2g4.sharedMembers.map(\.id) == ["d"])  // d sits in G2 as its convener
        #expect(abs(g2g4.jaccard - 1.0 / 3.0) < 1e-12)
    }

    @Test func containmentsAreTheRedundantForums() throws {
        let report = try SmallRegistry.in2015.overlaps(scope: .groups, minShared: 2)
        #expect(report.containments.map { "\($0.contained.id)⊂\($0.container.id)" } == ["g3⊂g1", "g5⊂g4"])
        #expect(report.containments.allSatisfy { $0.kind == .properSubset })
        #expect(report.containments[0].containedSize == 2 && report.containments[0].containerSize == 3)
        // minShared drops pairs, not containments; scope drops organisation pairs.
        #expect(report.groupPairs.map(\.first.id) == ["g1"])
        #expect(report.organisationPairs.isEmpty)
    }

    @Test func identicalGroupsAreReportedOnce() throws {
        // As of 2005, G6 has a, e, h; add nothing, but compare G3 with a twin.
        var registry = SmallRegistry.make()
        registry = Registry(
            organisations: registry.organisations,
            groups: registry.groups + [Group(id: "g7", name: "G7 Tvilling", kind: .council)],
            memberships: registry.memberships + [
                Membership(organisation: "b", group: "g7"), Membership(organisation: "c", group: "g7"),
            ])
        let report = try RegistryAnalysis(registry: registry, asOf: .date(SmallRegistry.date2015)).overlaps(scope: .groups)
        let identical = report.containments.filter { $0.kind == .identical }
        #expect(identical.map { "\($0.contained.id)=\($0.container.id)" } == ["g3=g7"])
        #expect(report.groupPairs.first { $0.first.id == "g3" && $0.second.id == "g7" }?.containment == .identical)
    }

    @Test func organisationPairsSortedBySharedThenName() throws {
        let report = try SmallRegistry.in2015.overlaps(scope: .organisations, order: .shared)
        #expect(report.groupPairs.isEmpty && report.containments.isEmpty)
        let pairs = report.organisationPairs.map { "\($0.first.id)-\($0.second.id)" }
        #expect(pairs == ["b-c", "a-b", "a-c", "a-d", "d-e"])
        let bc = report.organisationPairs[0]
        #expect(bc.sharedGroups.map(\.id) == ["g1", "g3"])
        #expect(bc.jaccard == 1 && bc.overlapCoefficient == 1)
        let ab = report.organisationPairs[1]
        #expect(ab.sharedGroups.map(\.id) == ["g1"])
        #expect(ab.firstGroupCount == 2 && ab.secondGroupCount == 2)
        #expect(abs(ab.jaccard - 1.0 / 3.0) < 1e-12 && ab.overlapCoefficient == 0.5)
    }

    @Test func nameOrderSortsByFirstThenSecond() throws {
        let report = try SmallRegistry.in2015.overlaps(order: .name)
        #expect(report.groupPairs.map { "\($0.first.id)-\($0.second.id)" } == ["g1-g2", "g1-g3", "g2-g4", "g4-g5"])
    }

    @Test func filterAndDateChangeTheAnswer() throws {
        // All time: G6 {a, e, h} joins; a and e now share G6.
        let all = try SmallRegistry.allTime.overlaps(scope: .organisations)
        #expect(all.organisationPairs.contains { $0.first.id == "a" && $0.second.id == "e" && $0.sharedGroups.map(\.id) == ["g6"] })
        // Only municipalities: b and c remain as a pair.
        let filtered = try RegistryAnalysis(
            registry: SmallRegistry.make(), asOf: .date(SmallRegistry.date2015),
            filter: NetworkFilter(organisationKinds: [.municipality])).overlaps()
        #expect(filtered.organisationPairs.map { "\($0.first.id)-\($0.second.id)" } == ["b-c"])
        #expect(filtered.groupPairs.map { "\($0.first.id)-\($0.second.id)" } == ["g1-g3"])
        #expect(filtered.groupPairs[0].containment == .identical)
    }

    @Test func minSharedBelowOneIsAnError() {
        #expect(throws: RegistryAnalysisError.invalidCount(parameter: "the least shared count", value: 0, least: 1)) {
            try SmallRegistry.in2015.overlaps(minShared: 0)
        }
    }

    @Test func reportRoundTripsThroughJSON() throws {
        #expect(try roundTrips(try SmallRegistry.in2015.overlaps()))
        #expect(try roundTrips(try SmallRegistry.allTime.overlaps(order: .name)))
    }

    /// A cap keeps the head of every list in the asked order and counts
    /// the whole list, for every order and scope, on the Västerbotten
    /// registry (tens of pairs, ties in Jaccard and shared counts).
    @Test(arguments: OverlapOrder.allCases)
    func cappedListsAreHeadsOfTheFullOnes(_ order: OverlapOrder) throws {
        let registry = try RegistryLoader.load(
            path: PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path)
        let analysis = RegistryAnalysis(registry: registry, scope: .allTime)
        let full = try analysis.overlaps(order: order)
        #expect(full.groupPairs.count > 10 && full.organisationPairs.count > 10 && !full.containments.isEmpty)
        #expect(!full.isCut && full.limit == nil)
        for limit in [0, 1, 2, 5, 10_000] {
            let cut = try analysis.overlaps(order: order, limit: limit)
            #expect(cut.groupPairs == Array(full.groupPairs.prefix(limit)), "limit \(limit)")
            #expect(cut.containments == Array(full.containments.prefix(limit)))
            #expect(cut.organisationPairs == Array(full.organisationPairs.prefix(limit)))
            #expect(cut.groupPairTotal == full.groupPairs.count)
            #expect(cut.containmentTotal == full.containments.count)
            #expect(cut.organisationPairTotal == full.organisationPairs.count)
            #expect(cut.limit == limit && cut.isCut == (limit < full.organisationPairs.count))
            let groups = try analysis.groupOverlaps(order: order, limit: limit)
            #expect(groups.pairs == cut.groupPairs && groups.total == full.groupPairs.count)
        }
        #expect(throws: RegistryAnalysisError.invalidCount(parameter: "the pair limit", value: -1, least: 0)) {
            try analysis.overlaps(limit: -1)
        }
    }
}
