import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `stats`, `reach` and `ego` with their sure values, as the built
/// executable prints them: the table ("8 (sure 7)" in an English registry,
/// "24 (säkert 17)" in a Swedish one), the JSON (the library's result, with
/// `sure` beside each value and null for an entity not in the sure
/// network) and the CSV (`sure_…` beside each value column).
///
/// The small registry (Tests/PartnerRegistryTests/Fixtures/sure-and-possible.yaml,
/// see SureAndPossibleTests) as of 2012: organisations a…h in groups
/// g1 {a, b, c, d}, g2 {d, e}, g3 {a, e, f, g}, g4 {f, g, h}; the network
/// g3, the hotel h and f's seat in g4 are only possibly there.
@Suite struct SureAndPossibleCommandTests {
    static let root = PackagePaths.root
    static let small = "Tests/PartnerRegistryTests/Fixtures/sure-and-possible.yaml"
    static let vasterbotten = "graphs/vasterbotten.yaml"

    let in2012: RegistryAnalysis

    init() throws {
        let registry = try RegistryLoader.load(path: Self.root.appendingPathComponent(Self.small).path)
        in2012 = RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2012)!))
    }

    func run(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(arguments, in: Self.root)
    }

    func decode<T: Decodable>(_ type: T.Type, _ result: CommandResult) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(result.stdout.utf8))
    }

    func csvRows(_ result: CommandResult) -> [String] {
        result.stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    // MARK: stats

    @Test func statsInEveryFormat() throws {
        let table = try run("stats", Self.small, "--as-of", "2012")
        #expect(table.status == 0, "\(table)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        // A row whose values differ has the sure one beside it; one whose
        // values agree has one value.
        #expect(lines.contains { $0.hasPrefix("size ") && $0.contains("organisations") && $0.hasSuffix(" 8 (sure 7)") })
        #expect(lines.contains { $0.contains("municipality") && $0.hasSuffix(" 2") })
        #expect(lines.contains { $0.contains("density") && $0.hasSuffix(" 0.5357 (sure 0.3333)") })
        #expect(lines.contains { $0.contains("Network (?)") && $0.hasSuffix(" 0.6058 (sure –)") })
        #expect(lines.contains { $0.contains("Council ") && $0.hasSuffix(" 0.4423 (sure 0.3529)") })
        #expect(table.stdout.contains(
            "(sure x): the figure on what is certainly there on this date, where it differs; – where the entity itself is only possibly there\n"))
        #expect(table.stdout.hasSuffix(
            "(?) / uncertain: present only possibly on this date (its sources describe a later date, or do not date its end)\n"))
        #expect(!table.stdout.contains("säkert"))

        let json = try run("stats", Self.small, "--as-of", "2012", "--format", "json")
        let stats = try decode(NetworkStatistics.self, json)
        #expect(try stats == in2012.statistics())
        #expect(stats.organisations == 8 && stats.sure.organisations == 7 && stats.language == "en")
        #expect(json.stdout.contains("\"sure\" : {"))

        let csv = csvRows(try run("stats", Self.small, "--as-of", "2012", "--format", "csv"))
        #expect(csv.first == "section,metric,value,sure_value,uncertain,error_bound,confidence")
        #expect(csv.contains("size,organisations,8,7,true,,"))
        #expect(csv.contains("organisations by kind,municipality,2,2,false,,"))
        #expect(csv.contains("organisation network,density,0.5357,0.3333,true,,"))
        #expect(csv.contains("most central groups,Network,0.6058,,true,,"))
        #expect(csv.count == 1 + stats.rows.count)
    }

    /// `--quick` prints the cheap figures with their sure values.
    @Test func quickStatsShowSureValues() throws {
        let quick = try run("stats", Self.small, "--as-of", "2012", "--quick")
        #expect(quick.status == 0, "\(quick)")
        #expect(quick.stdout.contains("8 (sure 7)") && !quick.stdout.contains("most central organisations"))
        #expect(quick.stdout.contains("(sure x): "))
    }

    /// graphs/vasterbotten.yaml in 2011 (see SureAndPossibleVasterbottenTests):
    /// 24 organisations, surely 17; 161 ties between organisations, surely
    /// none; VästerbottensTurism, the most central, only possibly there.
    /// Now every figure has one value.
    @Test func statsOnTheRegistryIn2011AndNow() throws {
        let then = try run("stats", Self.vasterbotten, "--as-of", "2011")
        #expect(then.status == 0, "\(then)")
        let lines = then.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("organisations ") && $0.hasSuffix(" 24 (säkert 17)") })
        #expect(lines.contains { $0.contains("ties between organisations") && $0.hasSuffix(" 161 (säkert 0)") })
        #expect(lines.contains { $0.contains("VästerbottensTurism (?)") && $0.hasSuffix(" 0.7385 (säkert –)") })
        #expect(lines.contains { $0.contains("Bjurholms kommun") && !$0.contains("(?)") && $0.hasSuffix(" 0.0000") })
        let now = try run("stats", Self.vasterbotten)
        #expect(!now.stdout.contains("säkert") && !now.stdout.contains("(?)"))
        let csv = csvRows(try run("stats", Self.vasterbotten, "--format", "csv"))
        #expect(csv.dropFirst().allSatisfy { $0.hasSuffix(",false,,") })
        // Above --exact-up-to an estimated figure has its bound and confidence.
        let estimated = csvRows(try run("stats", Self.vasterbotten, "--exact-up-to", "3", "--format", "csv"))
        let row = try #require(estimated.first { $0.hasPrefix("organisation network,average path length,") })
        #expect(row.hasSuffix(",false,0.03,0.9"), "\(row)")
    }

    // MARK: reach

    /// From a without the Council (g1), by hand: b and c are lost on both
    /// networks; d is farther away (through g3 and g2) but surely lost; e is
    /// one step away through g3, surely two through g1 and g2, and surely
    /// lost; f, g and h are not reached on the sure network.
    @Test func reachInEveryFormat() throws {
        let table = try run("reach", Self.small, "a", "--as-of", "2012", "--without", "g1")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.hasPrefix("Alpha reaches 7 partners (sure 4) within 2 steps (as of 2012)\n"))
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Echo ") && $0.contains(" 1 (sure 2)  Network (?)") })
        #expect(lines.contains { $0.hasPrefix("Hotel (?) ") && $0.contains(" 2 (sure –)  Partnership") })
        #expect(lines.contains { $0.hasPrefix("Bravo ") && $0.contains("  1  Council") })
        #expect(table.stdout.contains("Groups within reach: 4 groups (sure 2)\n"))
        #expect(table.stdout.contains("Without Council: 2 partners (sure 4) lost\n"))
        #expect(table.stdout.contains("(sure x): the figure on what is certainly there on this date, where it differs; – where what is certainly there does not reach it within the steps\n"))

        let json = try run("reach", Self.small, "a", "--as-of", "2012", "--without", "g1", "--format", "json")
        #expect(try decode(PartnerReach.self, json) == in2012.reach(from: "a", steps: 2, without: "g1"))
        #expect(json.stdout.contains("\"sure\" : null"))

        #expect(csvRows(try run("reach", Self.small, "a", "--as-of", "2012", "--without", "g1", "--format", "csv")) == [
            "organisation_id,organisation_name,steps,sure_steps,via_ids,via_names,lost,sure_lost,steps_without,sure_steps_without,uncertain,as_of",
            "b,Bravo,1,1,g1,Council,true,true,,,false,2012",
            "c,Charlie,1,1,g1,Council,true,true,,,false,2012",
            "d,Delta,1,1,g1,Council,false,true,2,,true,2012",
            "e,Echo,1,2,g3,Network,false,true,1,,true,2012",
            "f,Foxtrot,1,,g3,Network,false,,1,,true,2012",
            "g,Golf,1,,g3,Network,false,,1,,true,2012",
            "h,Hotel,2,,g4,Partnership,false,,2,,true,2012",
        ])
        // From 2015 on nothing is uncertain: one value everywhere.
        let later = try run("reach", Self.small, "a", "--without", "g1")
        #expect(!later.stdout.contains("(sure"))
    }

    /// The hotel is only possibly there: the table says so, the JSON's
    /// `sure` is null. It reaches f and g in the Partnership, a and e
    /// through the Network.
    @Test func reachFromAnOrganisationOnlyPossiblyThere() throws {
        let table = try run("reach", Self.small, "h", "--as-of", "2012")
        #expect(table.stdout.hasPrefix(
            "Hotel reaches 4 partners (sure –) within 2 steps (as of 2012)\nOnly possibly: Hotel is not among what is certainly there on this date.\n"),
            "\(table)")
        let reach = try decode(PartnerReach.self, try run("reach", Self.small, "h", "--as-of", "2012", "--format", "json"))
        #expect(reach.sure == nil && reach.existsOnlyInPossibleNetwork)
    }

    // MARK: ego

    /// a's ego network, radius 1: b, c, d in the Council for sure; e, f, g
    /// only through the Network (g3), which is only possibly there.
    @Test func egoInEveryFormat() throws {
        let table = try run("ego", Self.small, "a", "--as-of", "2012")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.hasPrefix(
            "Ego network of Alpha, radius 1 (as of 2012): 7 organisations (sure 4), 2 groups (sure 1)\n"))
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Echo ") && $0.contains(" 1 (sure –)  Network (?)") })
        #expect(lines.contains { $0.hasPrefix("Bravo ") && $0.contains("  1  Council") })
        #expect(lines.contains { $0.hasPrefix("Network (?) ") && $0.contains(" 1 (sure –)  Alpha, Echo, Foxtrot, Golf") })

        let json = try run("ego", Self.small, "a", "--as-of", "2012", "--format", "json")
        let ego = try decode(EgoNetwork.self, json)
        #expect(try ego == in2012.egoNetwork(of: "a", radius: 1))
        #expect(ego.sure == SureEgoNetwork(organisations: 4, groups: 1, memberships: 4))

        #expect(csvRows(try run("ego", Self.small, "a", "--as-of", "2012", "--format", "csv")) == [
            "organisation_id,organisation_name,organisation_step,sure_organisation_step,group_id,group_name,group_step,sure_group_step,organisation_uncertain,group_uncertain,as_of",
            "a,Alpha,0,0,g1,Council,1,1,false,false,2012",
            "b,Bravo,1,1,g1,Council,1,1,false,false,2012",
            "c,Charlie,1,1,g1,Council,1,1,false,false,2012",
            "d,Delta,1,1,g1,Council,1,1,false,false,2012",
            "a,Alpha,0,0,g3,Network,1,,false,true,2012",
            "e,Echo,1,,g3,Network,1,,false,true,2012",
            "f,Foxtrot,1,,g3,Network,1,,false,true,2012",
            "g,Golf,1,,g3,Network,1,,false,true,2012",
        ])
    }

    /// An ego network whose centre is only possibly there: VästerbottensTurism
    /// in 2011, the hotel in 2012.
    @Test func egoOfAnOrganisationOnlyPossiblyThere() throws {
        let vt = try run("ego", Self.vasterbotten, "VästerbottensTurism", "--as-of", "2011")
        #expect(vt.status == 0, "\(vt)")
        #expect(vt.stdout.hasPrefix(
            "Ego network of VästerbottensTurism, radius 1 (as of 2011): 24 organisations (säkert –), 16 groups (säkert –)\n"
                + "Only possibly: VästerbottensTurism is not among what is certainly there on this date.\n"), "\(vt)")
        let json = try run("ego", Self.small, "h", "--as-of", "2012", "--format", "json")
        let ego = try decode(EgoNetwork.self, json)
        #expect(ego.sure == nil && ego.organisations.allSatisfy { $0.sure == nil })
        #expect(json.stdout.contains("\"sure\" : null"))
        let now = try run("ego", Self.vasterbotten, "VästerbottensTurism")
        #expect(!now.stdout.contains("säkert") && !now.stdout.contains("Only possibly"))
    }
}
