import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Overlap, communities and timeline on two networks, checked against
/// NetworkX on a registry small enough to follow by hand
/// (Fixtures/sure-and-possible-overlap.yaml; reference values from
/// scripts/fixtures/sure_and_possible_overlap.py, which reads the file with PyYAML
/// and applies the lifecycle rules on its own).
///
/// As of 2012 the possible network holds, besides what is certain:
/// G3 = {E, F, G} (ended on an unknown date), F's seat in G2 and C's in G6
/// (begun 2011, ended on an unknown date) and X (cited only to a page
/// describing 2015) with its seat in G4. So
///
/// | group | possible      | sure       |
/// |-------|---------------|------------|
/// | G1    | A B C D       | A B C D    |
/// | G2    | C D E F       | C D E      |
/// | G3    | E F G         | –          |
/// | G4    | G H X         | G H        |
/// | G5    | A B           | A B        |
/// | G6    | A B C         | A B        |
/// | G9    | E F           | E F        |
///
/// By hand: G5 sits in G6 possibly as a proper subset (Jaccard 2/3) and
/// surely as its twin (Jaccard 1); G9 sits in G2 possibly, not surely (F's
/// seat in G2 is only possible: shared 2, surely 1); G9 in G3 has no sure
/// value at all. E and F share G2, G3 and G9, surely only G9 (Jaccard 1,
/// surely 1/2). C and F share G2 possibly and nothing surely (0, not
/// null: both are surely there). Now G3 and the two seats have ended and X
/// is certain: nothing is uncertain, every sure value is the value.
@Suite struct SureAndPossibleOverlapTests {
    static let path = ReferenceFixture.directory().appendingPathComponent("sure-and-possible-overlap.yaml").path

    let registry: Registry
    let in2012: RegistryAnalysis
    let now: RegistryAnalysis
    /// `results[date]`: "possible", "sure", "depends_on_uncertain_ties".
    let reference: [String: [String: Any]]

    init() throws {
        registry = try RegistryLoader.load(path: Self.path)
        in2012 = RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2012)!))
        now = RegistryAnalysis(registry: registry)
        let url = ReferenceFixture.directory().appendingPathComponent("sure-and-possible-overlap.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        reference = try #require(json?["results"] as? [String: [String: Any]])
    }

    /// `reference[date][network][section]`.
    func section(_ date: String, _ network: String, _ name: String) throws -> [String: Any] {
        let figures = try #require(reference[date]?[network] as? [String: Any], "\(date)/\(network)")
        return try #require(figures[name] as? [String: Any], "\(date)/\(network)/\(name)")
    }

    static func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-12 * max(1, abs(y)) }

    /// The pair's figures on one network against NetworkX's (`nil` for JSON null).
    static func matches(shared: Int, jaccard: Double, overlap: Double, _ expected: [String: Any]) -> Bool {
        guard let s = expected["shared"] as? Int, let j = expected["jaccard"] as? Double,
              let o = expected["overlap"] as? Double
        else { return false }
        return shared == s && close(jaccard, j) && close(overlap, o)
    }

    // MARK: overlap

    @Test func groupPairsOnBothNetworksMatchNetworkX() throws {
        let report = try in2012.overlaps(scope: .groups)
        let possible = try section("2012", "possible", "group_pairs")
        let sure = try section("2012", "sure", "group_pairs")
        #expect(report.groupPairs.count == possible.count && report.groupPairTotal == possible.count)
        for p in report.groupPairs {
            let key = [p.first.id.rawValue, p.second.id.rawValue].sorted().joined(separator: "|")
            let e = try #require(possible[key] as? [String: Any], "\(key)")
            #expect(Self.matches(shared: p.sharedCount, jaccard: p.jaccard, overlap: p.overlapCoefficient, e), "\(key)")
            let expectedSure = try #require(sure[key], "\(key) missing")
            if let expectedSure = expectedSure as? [String: Any] {
                let s = try #require(p.sure, "\(key) has no sure figures")
                #expect(Self.matches(shared: s.sharedCount, jaccard: s.jaccard, overlap: s.overlapCoefficient, expectedSure), "\(key)")
                #expect(s.sharedMembers.count == s.sharedCount)
            } else {
                #expect(expectedSure is NSNull && p.sure == nil, "\(key)")
                #expect(p.uncertain)
            }
        }
        // By hand (see the suite): G5 in G6 possibly, G5 ≡ G6 surely.
        let g56 = try #require(report.groupPairs.first { $0.first.id == "g5" && $0.second.id == "g6" })
        #expect(g56.containment == .firstInSecond && g56.sure?.containment == .identical && g56.uncertain)
        #expect(Self.close(g56.jaccard, 2.0 / 3) && g56.sure?.jaccard == 1)
        // G1 and G5 are the same on both networks.
        let g15 = try #require(report.groupPairs.first { $0.first.id == "g1" && $0.second.id == "g5" })
        #expect(!g15.uncertain && g15.sure == g15.figures)
        // G2 and G9: shared {E, F}, surely {E}.
        let g29 = try #require(report.groupPairs.first { $0.first.id == "g2" && $0.second.id == "g9" })
        #expect(g29.sharedMembers.map(\.id) == ["e", "f"] && g29.sure?.sharedMembers.map(\.id) == ["e"])
        #expect(g29.containment == .secondInFirst && g29.sure?.containment == nil)
    }

    @Test func organisationPairsOnBothNetworksMatchNetworkX() throws {
        let report = try in2012.overlaps(scope: .organisations)
        let possible = try section("2012", "possible", "organisation_pairs")
        let sure = try section("2012", "sure", "organisation_pairs")
        #expect(report.organisationPairs.count == possible.count)
        for p in report.organisationPairs {
            let key = [p.first.id.rawValue, p.second.id.rawValue].sorted().joined(separator: "|")
            let e = try #require(possible[key] as? [String: Any], "\(key)")
            #expect(Self.matches(shared: p.sharedCount, jaccard: p.jaccard, overlap: p.overlapCoefficient, e), "\(key)")
            if let expectedSure = sure[key] as? [String: Any] {
                let s = try #require(p.sure, "\(key) has no sure figures")
                #expect(Self.matches(shared: s.sharedCount, jaccard: s.jaccard, overlap: s.overlapCoefficient, expectedSure), "\(key)")
            } else {
                #expect(sure[key] is NSNull && p.sure == nil, "\(key)")
            }
        }
        // E and F: three groups, surely G9 alone; C and F: surely nothing.
        let ef = try #require(report.organisationPairs.first { $0.first.id == "e" && $0.second.id == "f" })
        #expect(ef.sharedCount == 3 && ef.sure?.sharedGroups.map(\.id) == ["g9"] && ef.sure?.jaccard == 0.5)
        let cf = try #require(report.organisationPairs.first { $0.first.id == "c" && $0.second.id == "f" })
        #expect(cf.sure?.sharedCount == 0 && cf.sure?.jaccard == 0 && cf.sure?.overlapCoefficient == 0 && cf.uncertain)
    }

    @Test func containmentsSayWhetherTheyHoldSurely() throws {
        let report = try in2012.overlaps(scope: .groups)
        let sure = try section("2012", "sure", "containments")
        let keys = report.containments.map { "\($0.contained.id)|\($0.container.id)" }
        #expect(Set(keys) == Set(sure.keys) && keys.count == sure.count)
        for c in report.containments {
            let key = "\(c.contained.id)|\(c.container.id)"
            if let e = sure[key] as? [String: Any] {
                let s = try #require(c.sure, "\(key)")
                #expect(c.holdsSurely == (e["holds"] as? Bool), "\(key)")
                #expect(s.containedSize == e["contained_size"] as? Int && s.containerSize == e["container_size"] as? Int)
                #expect(s.sharedCount == e["shared"] as? Int, "\(key)")
            } else {
                #expect(sure[key] is NSNull && c.sure == nil && !c.holdsSurely, "\(key)")
            }
        }
        // By hand: G5 in G6 holds surely, as identical members; G9 in G2
        // only possibly; G6 in G1 surely, with 2 of its 3 members.
        let g56 = try #require(report.containments.first { $0.contained.id == "g5" && $0.container.id == "g6" })
        #expect(g56.kind == .properSubset && g56.sure?.kind == .identical && g56.holdsSurely && g56.uncertain)
        let g92 = try #require(report.containments.first { $0.contained.id == "g9" && $0.container.id == "g2" })
        #expect(g92.sure?.kind == nil && !g92.holdsSurely && g92.uncertain)
        let g61 = try #require(report.containments.first { $0.contained.id == "g6" && $0.container.id == "g1" })
        #expect(g61.sure?.kind == .properSubset && g61.sure?.containedSize == 2 && g61.containedSize == 3)
    }

    /// The text: "3 (sure 2)" for an uncertain count, "(sure –)" for a
    /// group not on the sure network, "contained (sure not contained)" for a
    /// containment that holds only possibly. The registry is English.
    @Test func overlapTableShowsBothValues() throws {
        let text = try in2012.overlaps().description
        let lines = text.split(separator: "\n").map(String.init)
        let g16 = try #require(lines.first { $0.hasPrefix("G1 ") && $0.contains(" G6 ") })
        #expect(g16.contains("3 (sure 2)") && g16.contains("0.750 (sure 0.500)"), "\(g16)")
        #expect(lines.contains { $0.hasPrefix("G9 ") && $0.hasSuffix("contained (sure not contained)") })
        #expect(lines.contains { $0.hasPrefix("G5 ") && $0.hasSuffix("contained (sure identical members)") })
        #expect(lines.contains { $0.hasPrefix("G9 ") && $0.hasSuffix("contained (sure –)") })
        #expect(text.contains("(sure x): the figure on what is certainly there"))
    }

    /// Now nothing is uncertain: every sure value is the value, and the
    /// table carries no sure word.
    @Test func nowEverySureValueIsTheValue() throws {
        let report = try now.overlaps()
        #expect(!report.groupPairs.isEmpty && !report.organisationPairs.isEmpty && !report.containments.isEmpty)
        #expect(report.groupPairs.allSatisfy { $0.sure == $0.figures && !$0.uncertain })
        #expect(report.organisationPairs.allSatisfy { $0.sure == $0.figures && !$0.uncertain })
        #expect(report.containments.allSatisfy { $0.sure == $0.figures && $0.holdsSurely && !$0.uncertain })
        #expect(!report.description.contains("sure"))
        let communities = try now.communities()
        #expect(communities.sureModularity == communities.modularity)
        #expect(communities.organisations.allSatisfy { !$0.uncertain && !$0.dependsOnUncertainTies })
        #expect(!communities.description.contains("sure") && !communities.description.contains("uncertain ties"))
    }

    // MARK: communities

    /// Louvain (seed 0) finds {A, B, C, D}, {G, H, X}, {E, F} on the
    /// possible network. A and B meet only in G1, G5 and G6, which are
    /// surely there with both: not on uncertain ties; C's tie to F and D's
    /// to F are only possible (F's seat in G2), E's and F's to G (G3) and
    /// G's and H's to X: marked. Modularity of that partition on both
    /// projections, core numbers and the marks against NetworkX.
    @Test func communitiesOnThePossibleNetworkMarkedAndScoredOnTheSure() throws {
        let report = try in2012.communities()
        #expect(report.communities.map { Set($0.members.map(\.id.rawValue)) } == [["a", "b", "c", "d"], ["g", "h", "x"], ["e", "f"]])
        #expect(report.communities.map(\.membersOnUncertainTies) == [2, 3, 2])
        let figures = try #require(reference["2012"]?["possible"] as? [String: Any])
        let sureFigures = try #require(reference["2012"]?["sure"] as? [String: Any])
        let modularity = try #require(figures["modularity"] as? Double)
        let sureModularity = try #require(sureFigures["modularity"] as? Double)
        let (q, sureQ) = (try #require(report.modularity), try #require(report.sureModularity))
        #expect(Self.close(q, modularity) && Self.close(sureQ, sureModularity))
        #expect(report.modularityIsUncertain)
        let cores = try section("2012", "possible", "core_number")
        let sureCores = try section("2012", "sure", "core_number")
        let depends = try #require(reference["2012"]?["depends_on_uncertain_ties"] as? [String: Bool])
        #expect(report.organisations.count == cores.count)
        for o in report.organisations {
            let id = o.organisation.id.rawValue
            #expect(o.coreNumber == cores[id] as? Int, "\(id)")
            #expect(o.sure?.coreNumber == sureCores[id] as? Int, "\(id)")
            #expect(o.dependsOnUncertainTies == depends[id], "\(id)")
        }
        let x = try #require(report.organisations.first { $0.organisation.id == "x" })
        #expect(x.sure == nil && x.uncertain)
        let a = try #require(report.organisations.first { $0.organisation.id == "a" })
        #expect(!a.uncertain && !a.dependsOnUncertainTies)
    }

    // MARK: timeline

    /// The 2012 step on both networks and each organisation's degree, and
    /// the "now" step with nothing uncertain, against NetworkX.
    @Test func timelineStepsAndScoresOnBothNetworks() throws {
        let timeline = try Timeline(registry: registry, from: PartialDate(year: 2011))
        #expect(timeline.steps.map(\.asOf.description) == ["2011", "2012", "2013", "2014", "2015", "now"])
        let step = timeline.steps[1]
        func check(_ s: SureTimelineStep, _ e: [String: Any]) {
            #expect(s.organisations == e["organisations"] as? Int && s.groups == e["groups"] as? Int)
            #expect(s.ties == e["ties"] as? Int && s.organisationTies == e["organisation_ties"] as? Int)
            #expect(s.components == e["components"] as? Int && s.isolated == e["isolated"] as? Int)
            for (value, key) in [
                (s.density, "density"), (s.degreeCentralization, "degree_centralization"),
                (s.betweennessCentralization, "betweenness_centralization"), (s.averagePathLength, "average_path_length"),
            ] {
                #expect((e[key] as? Double).map { Self.close(value, $0) } == true, "\(key): \(value)")
            }
        }
        check(step.figures, try section("2012", "possible", "step"))
        check(step.sure, try section("2012", "sure", "step"))
        #expect(step.sure != step.figures)
        let degrees = try section("2012", "possible", "degree")
        let sureDegrees = try section("2012", "sure", "degree")
        for o in timeline.organisations {
            let expected = try #require(degrees[o.id] as? Double)
            let score = try #require(o.scores[1])
            #expect(Self.close(score, expected), "\(o.id)")
            if let sure = sureDegrees[o.id] as? Double {
                let sureScore = try #require(o.sure[1])
                #expect(Self.close(sureScore, sure), "\(o.id)")
            } else {
                #expect(o.id == "x" && o.sure[1] == nil && o.uncertain[1])
            }
        }
        // A: 3 of 8 partners possibly, 3 of 7 surely (X is not surely
        // there): the same partners, another share.
        let a = try #require(timeline.organisations.first { $0.id == "a" })
        let (aPossible, aSure) = (try #require(a.scores[1]), try #require(a.sure[1]))
        #expect(a.uncertain[1] && Self.close(aPossible, 3.0 / 8) && Self.close(aSure, 3.0 / 7))

        let last = try #require(timeline.steps.last)
        check(last.figures, try section("now", "possible", "step"))
        #expect(last.sure == last.figures && !last.isUncertain)
        #expect(timeline.organisations.allSatisfy { $0.sure.last == $0.scores.last && $0.uncertain.last == false })
        // The table: "16 (sure 10)" organisation ties in 2012, one value now.
        let lines = timeline.description.split(separator: "\n").map(String.init)
        let row2012 = try #require(lines.first { $0.hasPrefix("2012 ") })
        #expect(row2012.contains("16 (sure 10)") && row2012.contains("1.944 (sure 1.500)"), "\(row2012)")
        let rowNow = try #require(lines.first { $0.hasPrefix("now ") })
        #expect(!rowNow.contains("sure"))
        #expect(lines.contains { $0.hasPrefix("X ") && $0.contains("0.250 (sure –)") })
    }

    /// JSON round trip keeps both values; a step or a trajectory written
    /// before sure values existed reads as certain.
    @Test func timelineJSONCarriesBothValues() throws {
        let timeline = try Timeline(registry: registry, from: PartialDate(year: 2012), to: .date(PartialDate(year: 2012)!))
        let data = try JSONEncoder().encode(timeline)
        #expect(try JSONDecoder().decode(Timeline.self, from: data) == timeline)
        let old = """
        {"id": "a", "name": "A", "kind": "other", "scores": [0.5, null], "uncertain": [false, false]}
        """
        let o = try JSONDecoder().decode(OrganisationTimeline.self, from: Data(old.utf8))
        #expect(o.sure == [0.5, nil] && o.uncertain == [false, false])
    }
}
