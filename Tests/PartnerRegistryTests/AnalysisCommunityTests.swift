import PartnerRegistry
import Testing

@Suite struct AnalysisCommunityTests {
    @Test func triangleAndTailSplit() throws {
        let report = try SmallRegistry.in2015.communities(seed: 1)
        #expect(report.communities.map { $0.members.map(\.id) } == [["a", "b", "c"], ["d", "e"], ["f"]])
        #expect(report.communities.map(\.number) == [1, 2, 3])
        // m = 6; {a,b,c}: L = 4, D = 9; {d,e}: L = 1, D = 3.
        // Q = 4/6 − (9/12)² + 1/6 − (3/12)² = 5/24.
        let q = try #require(report.modularity)
        #expect(abs(q - 5.0 / 24.0) < 1e-12)
        #expect(report.communities[0].groups.map(\.id) == ["g1", "g3"])
        #expect(report.communities[1].groups.map(\.id) == ["g4", "g5"])
        #expect(report.communities[2].groups.isEmpty)
    }

    @Test func coreNumbers() throws {
        let report = try SmallRegistry.in2015.communities()
        let cores = Dictionary(uniqueKeysWithValues: report.organisations.map { ($0.organisation.id, $0.coreNumber) })
        #expect(cores == ["a": 2, "b": 2, "c": 2, "d": 1, "e": 1, "f": 0])
        #expect(report.organisations.map(\.organisation.id) == ["a", "b", "c", "d", "e", "f"])
    }

    @Test func sameSeedSameAnswer() throws {
        for seed: UInt64 in [0, 7, 42] {
            #expect(try SmallRegistry.allTime.communities(seed: seed) == SmallRegistry.allTime.communities(seed: seed))
        }
    }

    @Test func largeResolutionSplitsFurther() throws {
        let fine = try SmallRegistry.in2015.communities(resolution: 10)
        #expect(fine.communities.count > 3)
        #expect(fine.resolution == 10)
    }

    @Test func noTiesNoModularity() throws {
        let registry = Registry(organisations: [
            Organisation(id: "x", name: "X", kind: .other), Organisation(id: "y", name: "Y", kind: .other),
        ])
        let report = try RegistryAnalysis(registry: registry).communities()
        #expect(report.modularity == nil)
        #expect(report.communities.count == 2)
    }

    @Test func resolutionMustBePositive() {
        #expect(throws: RegistryAnalysisError.invalidResolution(0)) { try SmallRegistry.in2015.communities(resolution: 0) }
        #expect(throws: RegistryAnalysisError.self) { try SmallRegistry.in2015.communities(resolution: .infinity) }
    }

    @Test func reportRoundTripsThroughJSON() throws {
        #expect(try roundTrips(try SmallRegistry.in2015.communities(seed: 3)))
    }
}
