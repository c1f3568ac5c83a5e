import PartnerRegistry
import Testing

@Suite struct AnalysisBrokerTests {
    let report = SmallRegistry.in2015.brokers()

    func score(_ id: OrganisationID, in report: BrokerReport? = nil) throws -> OrganisationBrokerage {
        try #require((report ?? self.report).organisations.first { $0.organisation.id == id })
    }

    @Test func cutVerticesAndBridgesOfTheTwoModeGraph() {
        // b–G1–c–G3–b is a cycle; G1–a–G2–d–G4–e–G5 is a path hanging off it.
        #expect(report.twoModeCutOrganisations.map(\.id) == ["a", "d", "e"])
        #expect(report.twoModeCutGroups.map(\.id) == ["g1", "g2", "g4"])
        #expect(report.twoModeBridges.map { "\($0.organisation.id)-\($0.group.id)" }
            == ["a-g1", "a-g2", "d-g2", "d-g4", "e-g4", "e-g5"])
        #expect(report.twoModeBridges.filter(\.isPendant).map(\.group.id) == ["g5"])
    }

    @Test func cutVerticesAndBridgesOfTheProjection() {
        // Triangle a–b–c with the path a–d–e.
        #expect(report.projectionCutOrganisations.map(\.id) == ["a", "d"])
        #expect(report.projectionBridges.map { "\($0.first.id)-\($0.second.id)" } == ["a-d", "d-e"])
        #expect(report.projectionBridges[0].sharedGroups.map(\.id) == ["g2"])
        #expect(report.projectionBridges.map(\.isPendant) == [false, true])
    }

    @Test func constraintAndEffectiveSizeByHand() throws {
        // a: contacts b, c, d (p = 1/3); b–c tied: 2·(1/3 + 1/3·1/2)² + (1/3)² = 11/18.
        #expect(abs(try score("a").constraint! - 11.0 / 18.0) < 1e-12)
        // b: contacts a, c, tied; p(c,a) = 1/2 but p(a,c) = 1/3 (a has three contacts):
        // (1/2 + 1/2·1/2)² + (1/2 + 1/2·1/3)² = 9/16 + 4/9 = 145/144.
        #expect(abs(try score("b").constraint! - 145.0 / 144.0) < 1e-12)
        #expect(try score("d").constraint == 0.5)
        #expect(try score("e").constraint == 1)
        #expect(try score("f").constraint == nil)
        // Effective size n − 2t/n: a 3 − 2/3, b 2 − 1, d 2, e 1.
        #expect(abs(try score("a").effectiveSize! - 7.0 / 3.0) < 1e-12)
        #expect(try score("b").effectiveSize == 1)
        #expect(try score("d").effectiveSize == 2)
        #expect(try score("e").effectiveSize == 1)
        #expect(try score("f").effectiveSize == nil)
        #expect(try score("a").partners == 3 && score("f").partners == 0)
    }

    @Test func weightedConstraintCountsSharedGroups() throws {
        // b–c share two groups: p(b,a) = 1/3, p(b,c) = 2/3, p(c,a) = 1/3, p(a,c) = 1/3:
        // (1/3 + 2/3·1/3)² + (2/3 + 1/3·1/3)² = 25/81 + 49/81.
        let weighted = SmallRegistry.in2015.brokers(weighting: .sharedGroups)
        #expect(weighted.weighting == .sharedGroups)
        #expect(abs(try score("b", in: weighted).constraint! - 74.0 / 81.0) < 1e-12)
    }

    @Test func organisationsSortedByConstraint() {
        #expect(report.organisations.map(\.organisation.id) == ["d", "a", "e", "b", "c", "f"])
    }

    @Test func brokerageRolesUseLevels() throws {
        // a (regional) brokers between b or c (local) and d (regional):
        // b → a → d is gatekeeping (d at a's level), d → a → b representing.
        let a = try score("a").roles
        #expect(a == BrokerageRoles(coordinator: 0, consultant: 0, representative: 2, gatekeeper: 2, liaison: 0))
        #expect(a.total == 4)
        // d (regional) brokers between a (regional) and e (local).
        #expect(try score("d").roles == BrokerageRoles(coordinator: 0, consultant: 0, representative: 1, gatekeeper: 1, liaison: 0))
        #expect(try score("b").roles.total == 0)
        #expect(try score("a").level == .regional)
    }

    @Test func consultantAndCoordinatorRoles() throws {
        // Make d local: then b → a → d has b, d local and a regional (consultant),
        // and d → e → … nothing; a local chain x–y–z gives coordinators.
        var registry = SmallRegistry.make()
        var organisations = registry.organisations
        organisations[3].level = .local
        registry = Registry(organisations: organisations, groups: registry.groups, memberships: registry.memberships)
        let report = RegistryAnalysis(registry: registry, asOf: .date(SmallRegistry.date2015)).brokers()
        let a = try #require(report.organisations.first { $0.organisation.id == "a" }).roles
        #expect(a == BrokerageRoles(coordinator: 0, consultant: 4, representative: 0, gatekeeper: 0, liaison: 0))
        let d = try #require(report.organisations.first { $0.organisation.id == "d" }).roles
        // a (regional) → d (local) → e (local): gatekeeper; reversed: representative.
        #expect(d == BrokerageRoles(coordinator: 0, consultant: 0, representative: 1, gatekeeper: 1, liaison: 0))
    }

    @Test func flagsMatchTheCutLists() throws {
        #expect(try score("a").isCutVertex && score("a").isTwoModeCutVertex)
        #expect(try !score("e").isCutVertex && score("e").isTwoModeCutVertex)
        #expect(try !score("b").isCutVertex && !score("b").isTwoModeCutVertex)
    }

    @Test func reportRoundTripsThroughJSON() throws {
        #expect(try roundTrips(report))
    }
}
