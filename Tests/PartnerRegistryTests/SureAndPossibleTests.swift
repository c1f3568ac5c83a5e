import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Sure and possible values of `statistics`, `reach` and `egoNetwork` on a
/// small registry where the two networks differ, against NetworkX
/// (scripts/fixtures/sure_and_possible.py, which reads the file with PyYAML
/// and decides presence by the documented rule on its own).
///
/// Fixtures/sure-and-possible.yaml, as of 2012 (the report describes 2005,
/// the page 2015): the possible network has organisations a…h and the
/// groups g1 {a, b, c, d}, g2 {d, e}, g3 {a, e, f, g} and g4 {f, g, h}.
/// The page alone tells of g3, of h and of f's seat in g4, so the sure
/// network is a…g with g1, g2 and g4 {g}: its organisation network is the
/// clique a–b–c–d with d–e, and f and g alone (3 components, 7 ties
/// against 15). From a, within two steps: b, c, d at one step on both
/// networks; e at one step (g3), surely at two (g1, then g2); f and g only
/// possibly (g3); h only possibly (absent from the sure network). Without
/// g1, a loses b and c (and reaches d only at two steps, through g3 and
/// g2); on the sure network a loses b, c, d and e — two partners it keeps
/// on the possible one. From 2015 on, nothing is uncertain.
@Suite struct SureAndPossibleTests {
    static let path = ReferenceFixture.directory().appendingPathComponent("sure-and-possible.yaml").path

    let registry: Registry
    let reference: SureAndPossibleFixture

    init() throws {
        registry = try RegistryLoader.load(path: Self.path)
        let url = ReferenceFixture.directory().appendingPathComponent("sure-and-possible.json")
        reference = try JSONDecoder().decode(SureAndPossibleFixture.self, from: Data(contentsOf: url))
    }

    func analysis(_ year: Int) -> RegistryAnalysis {
        RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: year)!))
    }

    func dated(_ year: Int) throws -> SureAndPossibleFixture.Dated { try #require(reference.results["\(year)"]) }

    static func close(_ a: Double?, _ e: Double?, _ what: String) {
        switch (a, e) {
        case let (a?, e?): #expect(abs(a - e) <= 1e-9 * max(1, abs(e)), "\(what): \(a) ≠ \(e)")
        case (nil, nil): break
        default: Issue.record("\(what): \(String(describing: a)) ≠ \(String(describing: e))")
        }
    }

    /// Every figure of one network against NetworkX's.
    static func expect(_ s: SureStatistics, matches e: SureAndPossibleFixture.Statistics, _ side: String) {
        #expect(s.organisations == e.organisations && s.groups == e.groups && s.ties == e.ties, "\(side)")
        #expect(s.organisationsByKind == e.organisationsByKind, "\(side)")
        #expect(s.organisationsByLevel == e.organisationsByLevel, "\(side)")
        #expect(s.groupsByKind == e.groupsByKind, "\(side)")
        close(s.twoMode.density, e.twoModeDensity, "\(side) two-mode density")
        #expect(s.twoMode.components == e.twoModeComponents, "\(side)")
        #expect(s.twoMode.largestComponent == e.twoModeLargestComponent, "\(side)")
        #expect(s.twoMode.diameter == e.twoModeDiameter, "\(side)")
        let o = s.organisationNetwork
        #expect(o.edges == e.edges && o.components == e.components && o.largestComponent == e.largestComponent, "\(side)")
        #expect(o.isolated == e.isolated && o.diameter == e.diameter && o.radius == e.radius, "\(side)")
        close(o.density, e.density, "\(side) density")
        close(o.averagePathLength, e.averagePathLength, "\(side) average path length")
        close(o.globalEfficiency, e.globalEfficiency, "\(side) global efficiency")
        close(o.transitivity, e.transitivity, "\(side) transitivity")
        close(o.averageClustering, e.averageClustering, "\(side) average clustering")
        close(o.degreeCentralization, e.degreeCentralization, "\(side) degree centralisation")
        close(o.betweennessCentralization, e.betweennessCentralization, "\(side) betweenness centralisation")
        close(o.closenessCentralization, e.closenessCentralization, "\(side) closeness centralisation")
        close(o.degreeAssortativity, e.degreeAssortativity, "\(side) degree assortativity")
        close(o.levelAssortativity, e.levelAssortativity, "\(side) level assortativity")
        close(o.sectorAssortativity, e.sectorAssortativity, "\(side) sector assortativity")
    }

    // MARK: statistics

    @Test(arguments: [2012, 2016])
    func statisticsMatchNetworkXOnBothNetworks(year: Int) throws {
        let expected = try dated(year)
        let stats = try analysis(year).statistics(top: 20)
        Self.expect(stats.figures, matches: expected.possible.statistics, "possible \(year)")
        Self.expect(stats.sure, matches: expected.sure.statistics, "sure \(year)")
        // Every entity's two-mode betweenness on both networks; nil on the
        // sure one for an entity not in it.
        let scores = stats.mostCentralOrganisations + stats.mostCentralGroups
        #expect(scores.count == expected.possible.statistics.betweenness.count)
        for s in scores {
            Self.close(s.score, expected.possible.statistics.betweenness[s.id], "possible betweenness \(s.id)")
            Self.close(s.sure, expected.sure.statistics.betweenness[s.id], "sure betweenness \(s.id)")
        }
    }

    /// The rows say what differs: 2012 by hand — 8 organisations, surely 7
    /// (h); 4 groups, surely 3 (g3); 2 municipalities on both; g3 not in
    /// the sure network. 2016: no row is uncertain.
    @Test func rowsMarkWhatDiffers() throws {
        let rows = try analysis(2012).statistics().rows
        func row(_ section: String, _ metric: String) throws -> ReportRow {
            try #require(rows.first { $0.section == section && $0.metric == metric })
        }
        let organisations = try row("size", "organisations")
        #expect(organisations.value == "8" && organisations.sure == "7" && organisations.uncertain)
        #expect(organisations.cell(language: "en") == "8 (sure 7)")
        #expect(try row("size", "groups").cell(language: nil) == "4 (sure 3)")
        let municipalities = try row("organisations by kind", "municipality")
        #expect(!municipalities.uncertain && municipalities.cell(language: "en") == "2")
        #expect(try row("groups by kind", "network").cell(language: "en") == "1 (sure 0)")
        #expect(try row("organisation network", "density").cell(language: "en") == "0.5357 (sure 0.3333)")
        let network = try row("most central groups", "Network")
        #expect(network.sure == nil && network.uncertain && network.cell(language: "en") == "0.6058 (sure –)")
        #expect(try analysis(2016).statistics().rows.allSatisfy { !$0.uncertain })
    }

    /// `depth: .quick` gives the cheap figures of both networks, as the
    /// full statistics do, and the all-pairs ones of neither.
    @Test func quickStatisticsHaveTheCheapSureFigures() throws {
        let quick = try analysis(2012).statistics(depth: .quick)
        var sure = try analysis(2012).statistics().sure
        #expect(sure.organisationNetwork.transitivity != nil && sure.twoMode.diameter != nil)
        sure.twoMode.diameter = nil
        sure.twoMode.diameterSearches = nil
        sure.organisationNetwork.diameter = nil
        sure.organisationNetwork.radius = nil
        sure.organisationNetwork.diameterSearches = nil
        sure.organisationNetwork.allPairs = nil
        sure.organisationNetwork.averagePathLength = nil
        sure.organisationNetwork.globalEfficiency = nil
        sure.organisationNetwork.transitivity = nil
        sure.organisationNetwork.averageClustering = nil
        sure.organisationNetwork.betweennessCentralization = nil
        sure.organisationNetwork.closenessCentralization = nil
        #expect(quick.sure == sure && quick.sure != quick.figures)
    }

    /// The progress of the all-pairs figures counts them on both networks
    /// when they differ: five figures each, then the most central.
    @Test func progressCountsBothNetworks() throws {
        let events = ProgressLog()
        _ = try analysis(2012).statistics(progress: { events.append($0) })
        let seen = events.all
        #expect(Set(seen.map(\.step)) == Set(1 ... 11) && seen.allSatisfy { $0.steps == 11 })
        #expect(seen.contains { $0.step == 6 && $0.figure.hasSuffix("(sure network)") })
        let certain = ProgressLog()
        _ = try analysis(2016).statistics(progress: { certain.append($0) })
        #expect(certain.all.allSatisfy { $0.steps == 6 })
    }

    // MARK: reach

    /// Distances on both networks against NetworkX, and the partners lost
    /// without a group: those reached with it and not without it.
    @Test(arguments: [("a", 1, nil), ("a", 2, nil), ("a", 2, "g1"), ("a", 2, "g3"), ("f", 2, nil)] as [(String, Int, String?)])
    func reachMatchesNetworkX(from: String, steps: Int, without: String?) throws {
        let expected = try dated(2012)
        let key = "\(from)/\(steps)/-"
        let possible = try #require(expected.possible.reach[key] ?? nil)
        let sure = try #require(expected.sure.reach[key] ?? nil)
        let reach = try analysis(2012).reach(
            from: OrganisationID(from), steps: steps, without: without.map { GroupID($0) })
        #expect(Dictionary(uniqueKeysWithValues: reach.partners.map { ($0.organisation.id.rawValue, $0.steps) }) == possible.partners)
        #expect(Dictionary(uniqueKeysWithValues: reach.groups.map { ($0.group.id.rawValue, $0.steps) }) == possible.groups)
        #expect(Dictionary(uniqueKeysWithValues: reach.partners.compactMap { p in p.sure.map { (p.organisation.id.rawValue, $0) } }) == sure.partners)
        #expect(Dictionary(uniqueKeysWithValues: reach.groups.compactMap { g in g.sure.map { (g.group.id.rawValue, $0) } }) == sure.groups)
        #expect(reach.partners.allSatisfy { $0.uncertain == ($0.sure != possible.partners[$0.organisation.id.rawValue]) })
        #expect(reach.sure?.partners == sure.partners.count && reach.sure?.groups == sure.groups.count)
        guard let without else {
            #expect(reach.lost.isEmpty && reach.sure?.lost == [])
            return
        }
        let key2 = "\(from)/\(steps)/\(without)"
        let possibleWithout = try #require(expected.possible.reach[key2] ?? nil)
        let sureWithout = try #require(expected.sure.reach[key2] ?? nil)
        #expect(Set(reach.lost.map(\.organisation.id.rawValue)) == Set(possible.partners.keys).subtracting(possibleWithout.partners.keys))
        // A lost partner's sure value is its distance on the sure network with every group there.
        #expect(reach.lost.allSatisfy { $0.sure == sure.partners[$0.organisation.id.rawValue] })
        #expect(Set(reach.sure?.lost.map(\.id.rawValue) ?? []) == Set(sure.partners.keys).subtracting(sureWithout.partners.keys))
        let farther = reach.lengthened.map { "\($0.organisation.id.rawValue):\($0.stepsBefore)→\($0.stepsAfter)" }
        let expectedFarther = possibleWithout.partners.filter { $0.value > possible.partners[$0.key]! }
            .map { "\($0.key):\(possible.partners[$0.key]!)→\($0.value)" }
        #expect(Set(farther) == Set(expectedFarther))
    }

    /// By hand: without g1, a loses b and c and reaches d farther away; on
    /// the sure network it loses b, c, d and e. Without g3 (only possibly
    /// there), a loses f, g and h, and e is farther away; the sure network
    /// loses nothing.
    @Test func dissolvingAGroupByHand() throws {
        let g1 = try analysis(2012).reach(from: "a", steps: 2, without: "g1")
        #expect(g1.lost.map(\.organisation.id) == ["b", "c"])
        #expect(g1.lengthened.map(\.organisation.id) == ["d"])
        #expect(g1.sure?.lost.map(\.id) == ["b", "c", "d", "e"] && g1.sure?.lengthened == [])
        let g3 = try analysis(2012).reach(from: "a", steps: 2, without: "g3")
        #expect(g3.lost.map(\.organisation.id) == ["f", "g", "h"])
        #expect(g3.lengthened.map(\.organisation.id) == ["e"])
        #expect(g3.sure?.lost == [] && g3.sure?.lengthened == [])
        #expect(g1.description.contains("Without Council: 2 partners (sure 4) lost"))
        #expect(g1.description.contains("Without Council: farther away: 1 partner (sure 0)"))
    }

    /// h is only possibly there in 2012: no sure reach; in 2016 every
    /// distance is sure.
    @Test func reachFromAnOrganisationOnlyPossiblyThere() throws {
        #expect(try dated(2012).sure.reach["h/2/-"] == .some(nil))
        let h = try analysis(2012).reach(from: "h", steps: 2)
        #expect(h.sure == nil && h.existsOnlyInPossibleNetwork)
        #expect(!h.partners.isEmpty && h.partners.allSatisfy { $0.sure == nil && $0.uncertain })
        let later = try analysis(2016).reach(from: "a", steps: 2, without: "g1")
        #expect(later.sure == later.figures && later.partners.allSatisfy { !$0.uncertain })
    }

    // MARK: ego

    @Test(arguments: [("a", 1), ("a", 2), ("f", 1)])
    func egoMatchesNetworkX(center: String, radius: Int) throws {
        let expected = try dated(2012)
        let possible = try #require(expected.possible.ego["\(center)/\(radius)"] ?? nil)
        let sure = try #require(expected.sure.ego["\(center)/\(radius)"] ?? nil)
        let ego = try analysis(2012).egoNetwork(of: OrganisationID(center), radius: radius)
        #expect(Dictionary(uniqueKeysWithValues: ego.organisations.map { ($0.organisation.id.rawValue, $0.steps) }) == possible.organisations)
        #expect(Dictionary(uniqueKeysWithValues: ego.groups.map { ($0.group.id.rawValue, $0.steps) }) == possible.groups)
        #expect(Dictionary(uniqueKeysWithValues: ego.organisations.compactMap { o in o.sure.map { (o.organisation.id.rawValue, $0) } }) == sure.organisations)
        #expect(Dictionary(uniqueKeysWithValues: ego.groups.compactMap { g in g.sure.map { (g.group.id.rawValue, $0) } }) == sure.groups)
        #expect(ego.membershipCount == possible.memberships)
        #expect(ego.sure == SureEgoNetwork(
            organisations: sure.organisations.count, groups: sure.groups.count, memberships: sure.memberships))
    }

    /// By hand, radius 1: a meets b, c, d in g1 (sure) and e, f, g in g3
    /// (possible only); f, surely there, sits in no sure group (its seat in
    /// g4 is only possible): its sure ego network is f alone. h is only
    /// possibly there: none.
    @Test func egoByHand() throws {
        let a = try analysis(2012).egoNetwork(of: "a", radius: 1)
        #expect(a.organisations.filter(\.uncertain).map(\.organisation.id) == ["e", "f", "g"])
        #expect(a.groups.filter(\.uncertain).map(\.group.id) == ["g3"])
        #expect(a.sure == SureEgoNetwork(organisations: 4, groups: 1, memberships: 4))
        #expect(a.description.hasPrefix("Ego network of Alpha, radius 1 (as of 2012): 7 organisations (sure 4), 2 groups (sure 1)\n"))
        let f = try analysis(2012).egoNetwork(of: "f", radius: 1)
        #expect(f.sure == SureEgoNetwork(organisations: 1, groups: 0, memberships: 0))
        #expect(try dated(2012).sure.ego["h/1"] == .some(nil))
        let h = try analysis(2012).egoNetwork(of: "h", radius: 1)
        #expect(h.sure == nil && h.organisations.allSatisfy { $0.sure == nil })
        let later = try analysis(2016).egoNetwork(of: "a", radius: 2)
        #expect(later.sure == later.figures && later.organisations.allSatisfy { !$0.uncertain })
    }

    // MARK: JSON

    /// Each report decodes from its JSON; `sure` is null where the entity
    /// is not in the sure network.
    @Test func reportsRoundTripThroughJSON() throws {
        let a = analysis(2012)
        let stats = try a.statistics()
        #expect(try JSONDecoder().decode(NetworkStatistics.self, from: JSONEncoder().encode(stats)) == stats)
        let reach = try a.reach(from: "a", steps: 2, without: "g1")
        #expect(try JSONDecoder().decode(PartnerReach.self, from: JSONEncoder().encode(reach)) == reach)
        let h = try a.reach(from: "h", steps: 2)
        let hJSON = try #require(String(data: JSONEncoder().encode(h), encoding: .utf8))
        #expect(hJSON.contains("\"sure\":null"))
        #expect(try JSONDecoder().decode(PartnerReach.self, from: Data(hJSON.utf8)) == h)
        let ego = try a.egoNetwork(of: "h", radius: 1)
        #expect(try JSONDecoder().decode(EgoNetwork.self, from: JSONEncoder().encode(ego)) == ego)
    }
}

/// The reference values scripts/fixtures/sure_and_possible.py writes.
struct SureAndPossibleFixture: Decodable {
    struct Statistics: Decodable {
        var organisations, groups, ties: Int
        var organisationsByKind, organisationsByLevel, groupsByKind: [String: Int]
        var twoModeDensity: Double
        var twoModeComponents, twoModeLargestComponent, twoModeDiameter: Int
        var edges: Int
        var density: Double
        var components, largestComponent, isolated, diameter, radius: Int
        var averagePathLength, globalEfficiency, transitivity, averageClustering: Double
        var degreeCentralization, betweennessCentralization, closenessCentralization: Double
        var degreeAssortativity, levelAssortativity, sectorAssortativity: Double?
        var betweenness: [String: Double]

        enum CodingKeys: String, CodingKey {
            case organisations, groups, ties, edges, density, components, isolated, diameter, radius, transitivity
            case betweenness
            case organisationsByKind = "organisations_by_kind", organisationsByLevel = "organisations_by_level"
            case groupsByKind = "groups_by_kind", twoModeDensity = "two_mode_density"
            case twoModeComponents = "two_mode_components", twoModeLargestComponent = "two_mode_largest_component"
            case twoModeDiameter = "two_mode_diameter", largestComponent = "largest_component"
            case averagePathLength = "average_path_length", globalEfficiency = "global_efficiency"
            case averageClustering = "average_clustering", degreeCentralization = "degree_centralization"
            case betweennessCentralization = "betweenness_centralization"
            case closenessCentralization = "closeness_centralization"
            case degreeAssortativity = "degree_assortativity", levelAssortativity = "level_assortativity"
            case sectorAssortativity = "sector_assortativity"
        }
    }

    struct Reach: Decodable, Equatable {
        var partners: [String: Int]
        var groups: [String: Int]
    }

    struct Ego: Decodable, Equatable {
        var organisations: [String: Int]
        var groups: [String: Int]
        var memberships: Int
    }

    struct Answers: Decodable {
        var statistics: Statistics
        /// nil for an organisation not in the network.
        var reach: [String: Reach?]
        var ego: [String: Ego?]
    }

    struct Dated: Decodable {
        var possible: Answers
        var sure: Answers
    }

    var results: [String: Dated]
}

/// Progress events collected from the computing threads.
private final class ProgressLog: @unchecked Sendable {
    // @unchecked: `list` is read and written under `lock`.
    private let lock = NSLock()
    private var list: [StatisticsProgress] = []
    func append(_ e: StatisticsProgress) { lock.lock(); list.append(e); lock.unlock() }
    var all: [StatisticsProgress] { lock.lock(); defer { lock.unlock() }; return list }
}
