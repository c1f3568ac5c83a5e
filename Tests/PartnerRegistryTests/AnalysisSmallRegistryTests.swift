import Foundation
import PartnerRegistry
import Testing

/// A small registry built in code whose answers are checked by hand in the
/// analysis tests. Names sort the same by ID and by Swedish collation.
///
/// Memberships (undated unless noted):
///
///     g1 G1 Strategigrupp (strategy-group): a (chair), b, c
///     g2 G2 Arbetsgrupp   (working-group):  a; convener d (no membership)
///     g3 G3 Råd           (council):        b, c
///     g4 G4 Nätverk       (network):        d (member and secretary), e
///     g5 G5 Övrigt        (other):          e
///     g6 G6 Projekt       (project-group, until 2010): a, e, h
///
/// f has no group; h exists only until 2010. Levels: a, d regional;
/// b, c, e, f, h local.
///
/// As of 2015 the two-mode graph is the 4-cycle b–G1–c–G3–b with the path
/// G1–a–G2–d–G4–e–G5 hanging off G1, and f isolated; the organisation
/// projection is the triangle a–b–c (b–c weight 2) with the path a–d–e.
enum SmallRegistry {
    static let date2015 = PartialDate(year: 2015)!

    static func make() -> Registry {
        let until2010 = Validity(until: PartialDate(year: 2010))
        let organisations = [
            Organisation(id: "a", name: "Alfa", kind: .regionalTourismOrganisation, level: .regional),
            Organisation(id: "b", name: "Beta", kind: .municipality, level: .local),
            Organisation(id: "c", name: "Cesar", kind: .municipality, level: .local),
            Organisation(id: "d", name: "Delta", kind: .nationalAgency, level: .regional),
            Organisation(id: "e", name: "Erik", kind: .company, level: .local),
            Organisation(id: "f", name: "Fox", kind: .municipality, level: .local),
            Organisation(id: "h", name: "Hotell", kind: .company, level: .local, validity: until2010),
        ]
        let groups = [
            Group(id: "g1", name: "G1 Strategigrupp", kind: .strategyGroup),
            Group(id: "g2", name: "G2 Arbetsgrupp", kind: .workingGroup, conveners: ["d"]),
            Group(id: "g3", name: "G3 Råd", kind: .council),
            Group(id: "g4", name: "G4 Nätverk", kind: .network),
            Group(id: "g5", name: "G5 Övrigt", kind: .other),
            Group(id: "g6", name: "G6 Projekt", kind: .projectGroup, validity: until2010),
        ]
        let memberships = [
            Membership(organisation: "a", group: "g1", role: .chair),
            Membership(organisation: "b", group: "g1"),
            Membership(organisation: "c", group: "g1"),
            Membership(organisation: "a", group: "g2"),
            Membership(organisation: "b", group: "g3"),
            Membership(organisation: "c", group: "g3"),
            Membership(organisation: "d", group: "g4"),
            Membership(organisation: "d", group: "g4", role: .secretary),
            Membership(organisation: "e", group: "g4"),
            Membership(organisation: "e", group: "g5"),
            Membership(organisation: "a", group: "g6", validity: until2010),
            Membership(organisation: "e", group: "g6", validity: until2010),
            Membership(organisation: "h", group: "g6", validity: until2010),
        ]
        return Registry(title: "Small", organisations: organisations, groups: groups, memberships: memberships)
    }

    static var in2015: RegistryAnalysis { RegistryAnalysis(registry: make(), asOf: .date(date2015)) }
    /// Every entity and membership the registry ever held (g6 and h included).
    static var allTime: RegistryAnalysis { RegistryAnalysis(registry: make(), scope: .allTime) }
    /// Now: what has not ended (g6 and its seats ended in 2010).
    static var now: RegistryAnalysis { RegistryAnalysis(registry: make()) }
}

/// `decode(encode(value)) == value` with the encoder settings the CLI uses.
func roundTrips<T: Codable & Equatable>(_ value: T) throws -> Bool {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return try JSONDecoder().decode(T.self, from: data) == value
}

@Suite struct AnalysisSmallRegistryTests {
    @Test func viewOf2015LeavesOutTheOldGroupAndHotel() {
        let view = SmallRegistry.in2015.view
        #expect(view.organisations.map(\.id) == ["a", "b", "c", "d", "e", "f"])
        #expect(view.groups.map(\.id) == ["g1", "g2", "g3", "g4", "g5"])
        #expect(view.graph.edgeCount == 10)
        #expect(view.scope?.asOf == .date(SmallRegistry.date2015))
    }

    @Test func projectionWeighsSharedGroups() {
        let analysis = SmallRegistry.in2015
        let p = analysis.projection
        #expect(p.graph.edgeCount == 5)
        #expect(p.sharedGroups(1, 2) == [0, 2])  // b, c share G1 and G3
        #expect(p.sharedGroups(2, 1) == [0, 2])
        #expect(p.sharedGroups(0, 3) == [1])  // a, d share G2 (d as convener)
        #expect(p.sharedGroups(0, 4).isEmpty)
        let row = p.graph.offsets[1] ..< p.graph.offsets[2]
        #expect(Array(p.graph.targets[row]) == [0, 2])
        #expect(Array(p.graph.weights[row]) == [1, 2])
    }

    @Test func pinnedOrganisationsSurviveTheFilter() {
        let registry = SmallRegistry.make()
        let filter = NetworkFilter(organisationKinds: [.municipality], alwaysIncluded: ["a"])
        let view = NetworkView(registry: registry.asOf(SmallRegistry.date2015), filter: filter)
        #expect(view.organisations.map(\.id) == ["a", "b", "c", "f"])
    }
}
