import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Overlap, communities and timeline on graphs/vasterbotten.yaml with their
/// sure and possible values, now and in 2011 (the file and the two dates
/// are described in AnalysisVasterbottenTests).
///
/// Derived by hand from the file:
/// - **Now** nothing is uncertain: every sure value is the value.
/// - **2011** all 17 groups are only possibly there, and so are the seven
///   organisations the seed alone names (VT, the destinations, the tourism
///   companies, the regional tourism organisations, Region Västerbotten,
///   Länsstyrelsen, VisitSweden). The sure network is the fifteen
///   municipalities (SCB's list has no date), Tillväxtverket (2009) and
///   Trafikverket (2010): 17 organisations, no group, no tie.
///   - Overlap: no group is on the sure network, so no group pair or
///     containment has sure figures. Of the 161 organisation pairs, the
///     105 pairs of municipalities (all in the Strategigrupp) are both
///     surely there and surely share nothing (0, not null); the other 56
///     involve one of the seven and have none. The agencies share no group
///     with a municipality or with each other.
///   - Communities: every organisation has a partner (through the
///     Strategigrupp or VT's groups), and every tie is only possible: all
///     24 depend on uncertain ties. Surely, the 17 are isolated (core 0),
///     the seven not there (null); no tie is sure, so the sure modularity
///     is undefined.
///   - Timeline, 2011 step: surely 17 organisations, no group, no tie, so
///     no organisation tie, density 0, 17 components, all isolated, no
///     centralisation or path; a municipality's degree is 17/23 possibly
///     (the Strategigrupp's 17 others), 0 surely.
@Suite struct AnalysisVasterbottenSureTests {
    static let path = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    let registry: Registry
    let now: RegistryAnalysis
    let in2011: RegistryAnalysis
    /// The seven organisations only the seed (describing 2015) names.
    static let seedOnly: Set<OrganisationID> = [
        "vasterbottensturism", "destinationerna", "turistforetagen", "regionala-turistorganisationer",
        "region-vasterbotten", "lansstyrelsen-vasterbotten", "visitsweden",
    ]

    init() throws {
        registry = try RegistryLoader.load(path: Self.path)
        now = RegistryAnalysis(registry: registry)
        in2011 = RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2011)!))
    }

    @Test func overlapNowEverySureValueIsTheValue() throws {
        let report = try now.overlaps()
        #expect(!report.groupPairs.isEmpty && !report.containments.isEmpty && !report.organisationPairs.isEmpty)
        #expect(report.groupPairs.allSatisfy { $0.sure == $0.figures && !$0.uncertain })
        #expect(report.containments.allSatisfy { $0.sure == $0.figures && $0.holdsSurely })
        #expect(report.organisationPairs.allSatisfy { $0.sure == $0.figures && !$0.uncertain })
        #expect(!report.hasUncertainRows && !report.description.contains("säkert"))
    }

    @Test func overlapIn2011HasNoSureGroups() throws {
        let report = try in2011.overlaps()
        #expect(report.groupPairTotal == 120 && report.groupPairs.count == 120)
        #expect(report.groupPairs.allSatisfy { $0.sure == nil && $0.uncertain })
        #expect(report.containments.count == report.containmentTotal)
        #expect(report.containments.allSatisfy { $0.sure == nil && !$0.holdsSurely && $0.uncertain })
        #expect(report.organisationPairs.count == 161)
        let bothSure = report.organisationPairs.filter {
            !Self.seedOnly.contains($0.first.id) && !Self.seedOnly.contains($0.second.id)
        }
        #expect(bothSure.count == 105)
        #expect(bothSure.allSatisfy {
            $0.sure == SureOrganisationOverlap(
                sharedGroups: [], firstGroupCount: 0, secondGroupCount: 0, jaccard: 0, overlapCoefficient: 0)
        })
        #expect(bothSure.allSatisfy { $0.sharedGroups.map(\.id) == ["strategigruppen"] })
        #expect(report.organisationPairs.filter { $0.sure == nil }.count == 56)
        #expect(report.organisationPairs.allSatisfy { $0.uncertain })
    }

    @Test func communitiesNowAndIn2011() throws {
        let today = try now.communities()
        #expect(today.sureModularity == today.modularity)
        #expect(today.organisations.allSatisfy { !$0.dependsOnUncertainTies && $0.sure?.coreNumber == $0.coreNumber })
        #expect(today.communities.allSatisfy { $0.membersOnUncertainTies == 0 })

        let then = try in2011.communities()
        #expect(then.modularity.map { $0 > 0 } == true && then.sureModularity == nil && then.modularityIsUncertain)
        #expect(then.organisations.count == 24 && then.organisations.allSatisfy { $0.dependsOnUncertainTies })
        #expect(then.communities.map { $0.membersOnUncertainTies } == then.communities.map { $0.members.count })
        for o in then.organisations {
            if Self.seedOnly.contains(o.organisation.id) {
                #expect(o.sure == nil, "\(o.organisation.id)")
            } else {
                #expect(o.sure?.coreNumber == 0, "\(o.organisation.id)")
            }
        }
        let umea = try #require(then.organisations.first { $0.organisation.id == "umea" })
        #expect(umea.coreNumber == 17 && umea.sure?.coreNumber == 0 && umea.uncertain)
    }

    @Test func timelineIn2011AndNow() throws {
        let timeline = try Timeline(registry: registry, from: PartialDate(year: 2011))
        #expect(timeline.steps.map(\.asOf.description) == ["2011", "2012", "2013", "2014", "2015", "now"])
        let s2011 = timeline.steps[0]
        #expect((s2011.organisations, s2011.groups, s2011.ties, s2011.organisationTies) == (24, 17, 44, 161))
        #expect(s2011.sure == SureTimelineStep(
            organisations: 17, groups: 0, ties: 0, organisationTies: 0, density: 0, components: 17, isolated: 17,
            degreeCentralization: 0, betweennessCentralization: 0, averagePathLength: 0))
        let last = try #require(timeline.steps.last)
        #expect(last.asOf == .now && last.sure == last.figures && last.organisationTies == 9)
        let umea = try #require(timeline.organisations.first { $0.id == "umea" })
        let umea2011 = try #require(umea.scores[0])
        #expect(abs(umea2011 - 17.0 / 23) < 1e-12 && umea.sure[0] == 0 && umea.uncertain[0])
        #expect(umea.scores.last == 0 && umea.sure.last == 0 && umea.uncertain.last == false)
        let vt = try #require(timeline.organisations.first { $0.id == "vasterbottensturism" })
        #expect(vt.scores[0] == 1 && vt.sure[0] == nil && vt.uncertain[0])
        #expect(timeline.organisations.allSatisfy { $0.sure.last == $0.scores.last && $0.uncertain.last == false })
    }
}
