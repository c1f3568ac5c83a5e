import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `stats`, `reach` and `ego` on graphs/vasterbotten.yaml with their sure
/// values, derived by hand.
///
/// **As of 2011** every group and every seat is only possibly there (the
/// seed, a page describing 2015, is their only source, and none has a
/// `since` the seed states), and so are the seven organisations the seed
/// alone tells of (VästerbottensTurism, the destinations, the companies,
/// the regional tourism organisations, Region Västerbotten, Länsstyrelsen,
/// VisitSweden). Surely there are the fifteen municipalities (SCB's list,
/// undated), Tillväxtverket (2009-04-01) and Trafikverket (2010-04-01):
/// 17 organisations, no group, no tie. So the sure organisation network
/// has 17 isolated vertices: no ties, density 0, 17 components of one,
/// every distance figure 0 and the assortativities undefined (no tie to
/// correlate). The five undated initiatives are cited to the seed alone:
/// surely none. Of the four documents present in 2011, only Färdledaren
/// (since 2009) is sure.
///
/// **Now** nothing is uncertain (the Strategigrupp, ended on an unknown
/// date, is gone): every sure value is the possible one.
@Suite struct SureAndPossibleVasterbottenTests {
    static let path = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    let registry: Registry
    let now: RegistryAnalysis
    let in2011: RegistryAnalysis

    init() throws {
        registry = try RegistryLoader.load(path: Self.path)
        now = RegistryAnalysis(registry: registry)
        in2011 = RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2011)!))
    }

    // MARK: stats

    @Test func statisticsIn2011() throws {
        let stats = try in2011.statistics(top: 5)
        let sure = stats.sure
        #expect(stats.organisations == 24 && sure.organisations == 17)
        #expect(stats.groups == 17 && sure.groups == 0)
        #expect(stats.ties == 44 && sure.ties == 0)
        #expect(stats.initiatives == 5 && sure.initiatives == 0)
        #expect(stats.documents == 4 && sure.documents == 1)
        #expect(sure.organisationsByKind == ["municipality": 15, "national-agency": 2])
        #expect(sure.organisationsByLevel == ["local": 15, "national": 2])
        #expect(sure.groupsByKind.isEmpty)
        // The two-mode graph: 17 organisations without a group, each its own component.
        #expect(sure.twoMode.density == 0 && sure.twoMode.components == 17 && sure.twoMode.largestComponent == 1)
        #expect(sure.twoMode.diameter == 0)
        let o = sure.organisationNetwork
        #expect(o.vertices == 17 && o.edges == 0 && o.density == 0)
        #expect(o.components == 17 && o.largestComponent == 1 && o.isolated == 17)
        #expect(o.diameter == 0 && o.radius == 0 && o.averagePathLength == 0 && o.globalEfficiency == 0)
        #expect(o.transitivity == 0 && o.averageClustering == 0)
        #expect(o.degreeCentralization == 0 && o.betweennessCentralization == 0 && o.closenessCentralization == 0)
        #expect(o.degreeAssortativity == nil && o.levelAssortativity == nil && o.sectorAssortativity == nil)
        // The possible figures are those the statistics gave before sure
        // values: 161 ties, one component.
        #expect(stats.organisationNetwork.edges == 161 && stats.organisationNetwork.components == 1)
        // The most central: VästerbottensTurism and the Strategigrupp are
        // only possibly there (no sure score); Bjurholms kommun is surely
        // there, with betweenness 0 on both networks (one group, whose
        // members all meet each other; no tie at all for sure).
        let vt = try #require(stats.mostCentralOrganisations.first)
        #expect(vt.id == "vasterbottensturism" && vt.sure == nil && vt.uncertain)
        let bjurholm = try #require(stats.mostCentralOrganisations.first { $0.id == "bjurholm" })
        #expect(bjurholm.score == 0 && bjurholm.sure == 0 && !bjurholm.uncertain)
        #expect(stats.mostCentralGroups.allSatisfy { $0.sure == nil && $0.uncertain })
        // The rows: every figure above that differs is uncertain, with its sure text.
        let rows = Dictionary(stats.rows.map { ("\($0.section)/\($0.metric)", $0) }, uniquingKeysWith: { a, _ in a })
        let organisations = try #require(rows["size/organisations"])
        #expect(organisations.value == "24" && organisations.sure == "17" && organisations.uncertain)
        #expect(organisations.cell(language: "sv") == "24 (säkert 17)")
        let municipalities = try #require(rows["organisations by kind/municipality"])
        #expect(municipalities.value == "15" && !municipalities.uncertain && municipalities.cell(language: "sv") == "15")
        let assortativity = try #require(rows["organisation network/degree assortativity"])
        #expect(assortativity.sure == "undefined" && assortativity.uncertain)
        let strategigrupp = try #require(rows["most central groups/VästerbottensTurisms Strategigrupp"])
        #expect(strategigrupp.sure == nil && strategigrupp.cell(language: "sv") == "0.6475 (säkert –)")
        // In the table: "(?)" after the names only possibly there.
        #expect(stats.description.contains("VästerbottensTurisms Strategigrupp (?)"))
        #expect(stats.description.contains("Bjurholms kommun") && !stats.description.contains("Bjurholms kommun (?)"))
    }

    @Test func statisticsNowHaveOneValue() throws {
        let stats = try now.statistics()
        #expect(stats.sure == stats.figures)
        #expect(stats.rows.allSatisfy { !$0.uncertain && $0.sure == $0.value })
        #expect((stats.mostCentralOrganisations + stats.mostCentralGroups).allSatisfy { $0.sure == $0.score })
        #expect(!stats.description.contains("säkert") && !stats.description.contains("(?)"))
    }

    // MARK: reach

    /// Umeå kommun is surely there in 2011 but its one group, the
    /// Strategigrupp, only possibly: through it 17 fellow members at one
    /// step and VästerbottensTurism's six other partners at two, none of
    /// them reached for sure. VästerbottensTurism itself is only possibly
    /// there: no sure reach at all.
    @Test func reachIn2011() throws {
        let umea = try in2011.reach(from: "umea", steps: 2)
        // Groups: the Strategigrupp at one step, VästerbottensTurism's 15
        // others at two (the umbrella group has no members to meet there).
        #expect(umea.partners.count == 23 && umea.groups.count == 16)
        #expect(umea.partners.allSatisfy { $0.sure == nil && $0.uncertain })
        #expect(umea.groups.allSatisfy { $0.sure == nil && $0.uncertain })
        #expect(umea.sure == SureReach(partners: 0, groups: 0, lost: [], lengthened: []))
        #expect(!umea.existsOnlyInPossibleNetwork)
        #expect(umea.description.hasPrefix("Umeå kommun reaches 23 partners (säkert 0) within 2 steps (as of 2011)\n"))

        let vt = try in2011.reach(from: "vasterbottensturism", steps: 1)
        #expect(vt.sure == nil && vt.existsOnlyInPossibleNetwork && vt.partners.count == 23)
        #expect(vt.partners.allSatisfy { $0.sure == nil })
        #expect(vt.description.contains("Only possibly: VästerbottensTurism is not among what is certainly there on this date."))
    }

    /// Now every distance is sure. As of 2015 the sure network is today's
    /// (the file without the Strategigrupp): each partner's sure distance
    /// is its distance now, and the municipalities, reached only through
    /// the Strategigrupp, have none.
    @Test func reachNowAndIn2015() throws {
        let today = try now.reach(from: "trafikverket", steps: 2)
        #expect(today.partners.allSatisfy { $0.sure == $0.steps && !$0.uncertain })
        #expect(today.groups.allSatisfy { $0.sure == $0.steps })
        #expect(today.sure == today.figures)
        #expect(!today.description.contains("säkert"))

        let y2015 = try RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2015)!))
            .reach(from: "trafikverket", steps: 2)
        let stepsNow = Dictionary(uniqueKeysWithValues: today.partners.map { ($0.organisation.id, $0.steps) })
        #expect(y2015.partners.count == 23 && today.partners.count == 7)
        for p in y2015.partners { #expect(p.sure == stepsNow[p.organisation.id], "\(p.organisation.id)") }
        #expect(y2015.sure?.partners == 7)
    }

    // MARK: ego

    /// In 2011 Umeå kommun's ego network is the Strategigrupp and its 17
    /// other members, all only possibly there: for sure, Umeå alone.
    /// VästerbottensTurism is itself only possibly there: no sure ego
    /// network. Now every step is sure.
    @Test func egoIn2011AndNow() throws {
        let umea = try in2011.egoNetwork(of: "umea", radius: 1)
        #expect(umea.organisations.count == 18 && umea.groups.count == 1 && umea.membershipCount == 18)
        #expect(umea.sure == SureEgoNetwork(organisations: 1, groups: 0, memberships: 0))
        #expect(umea.organisations.first.map { $0.organisation.id == "umea" && $0.sure == 0 } == true)
        #expect(umea.organisations.dropFirst().allSatisfy { $0.sure == nil && $0.uncertain })
        #expect(umea.groups.allSatisfy { $0.sure == nil && $0.uncertain })
        #expect(umea.description.hasPrefix(
            "Ego network of Umeå kommun, radius 1 (as of 2011): 18 organisations (säkert 1), 1 group (säkert 0)\n"))

        let vt = try in2011.egoNetwork(of: "vasterbottensturism", radius: 1)
        #expect(vt.sure == nil && vt.existsOnlyInPossibleNetwork)
        #expect(vt.organisations.allSatisfy { $0.sure == nil } && vt.groups.allSatisfy { $0.sure == nil })
        #expect(vt.description.contains("Only possibly: VästerbottensTurism is not among what is certainly there on this date."))

        let today = try now.egoNetwork(of: "vasterbottensturism", radius: 2)
        #expect(today.organisations.allSatisfy { $0.sure == $0.steps && !$0.uncertain })
        #expect(today.groups.allSatisfy { $0.sure == $0.steps && !$0.uncertain })
        #expect(today.sure == today.figures && !today.description.contains("säkert"))
    }
}
