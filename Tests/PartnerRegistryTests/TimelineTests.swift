import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The network step by step: hand-derived figures on small registries and
/// a few facts of graphs/vasterbotten.yaml.
@Suite struct TimelineTests {
    /// Four organisations, from an undated list (so present at every
    /// date); G from 2010 with A and B; H from 2011 with B and C, ended on a
    /// date the page (which describes 2012) does not give.
    static let small = """
    sources:
      - {id: page, title: A page, kind: primary, describes: 2012}
      - {id: list, title: A list, kind: external}
    organisations:
      - {id: a, name: A, kind: other, source: {from: list}}
      - {id: b, name: B, kind: other, source: {from: list}}
      - {id: c, name: C, kind: other, source: {from: list}}
      - {id: d, name: D, kind: other, source: {from: list}}
    groups:
      - {id: g, name: G, kind: other, since: 2010, source: {from: page, quote: "G"}, members: [a, b]}
      - {id: h, name: H, kind: other, since: 2011, until: unknown, source: {from: page, quote: "H"}, members: [b, c]}
    """

    static func year(_ y: Int) -> AsOf { .date(PartialDate(year: y)!) }

    /// The dates written are 2010 (G), 2011 (H) and 2012 (the page), so the
    /// steps are 2010, 2011, 2012 and now.
    @Test func stepsRunFromTheEarliestToTheLatestWrittenDateThenNow() throws {
        let r = try RegistryLoader.load(contents: Self.small, fileName: "t.yaml")
        #expect(r.writtenDates == PartialDate(year: 2010)! ... PartialDate(year: 2012)!)
        let t = try Timeline(registry: r)
        #expect(t.steps.map(\.asOf) == [Self.year(2010), Self.year(2011), Self.year(2012), .now])
        #expect(t.from == PartialDate(year: 2010))
        #expect(t.to == .now)
    }

    /// 2010: only G: tie A–B; C and D isolated. n = 4 organisations.
    /// density 1/6; components {A,B} {C} {D}; degree centralisation
    /// Σ(max − deg) / ((n−1)(n−2)) = (0+0+1+1)/6 = 1/3; no betweenness;
    /// one connected pair at distance 1.
    /// 2011: H too, uncertain (begun, ended before the page's 2012): ties
    /// A–B, B–C; 2 groups (1 uncertain), 4 memberships (2 uncertain).
    /// density 2/6; components {A,B,C} {D}; degrees 1,2,1,0 → (1+0+1+2)/6
    /// = 2/3; B between A and C: 1/3 normalised, centralisation
    /// (3 × 1/3)/(n−1) = 1/3; distances 1, 1, 2 → 4/3.
    /// 2012, the page's year: H may still be there, as in 2011. Now: as 2010.
    @Test func wholeNetworkFiguresPerStep() throws {
        let r = try RegistryLoader.load(contents: Self.small, fileName: "t.yaml")
        let t = try Timeline(registry: r)
        let s2010 = t.steps[0], s2011 = t.steps[1]
        #expect((s2010.organisations, s2010.groups, s2010.ties) == (4, 1, 2))
        #expect((s2010.uncertainOrganisations, s2010.uncertainGroups, s2010.uncertainTies) == (0, 0, 0))
        #expect(abs(s2010.density - 1.0 / 6) < 1e-12)
        #expect((s2010.components, s2010.isolated, s2010.organisationTies) == (3, 2, 1))
        #expect(abs(s2010.degreeCentralization - 1.0 / 3) < 1e-12)
        #expect(s2010.betweennessCentralization == 0)
        #expect(s2010.averagePathLength == 1)
        #expect(!s2010.isUncertain)

        #expect((s2011.organisations, s2011.groups, s2011.ties) == (4, 2, 4))
        #expect((s2011.uncertainOrganisations, s2011.uncertainGroups, s2011.uncertainTies) == (0, 1, 2))
        #expect(abs(s2011.density - 2.0 / 6) < 1e-12)
        #expect((s2011.components, s2011.isolated, s2011.organisationTies) == (2, 1, 2))
        #expect(abs(s2011.degreeCentralization - 2.0 / 3) < 1e-12)
        #expect(abs(s2011.betweennessCentralization - 1.0 / 3) < 1e-12)
        #expect(abs(s2011.averagePathLength - 4.0 / 3) < 1e-12)
        #expect(s2011.isUncertain)

        var s2012 = t.steps[2]
        s2012.asOf = s2011.asOf
        #expect(s2012 == s2011)
        var now = t.steps[3]
        now.asOf = s2010.asOf
        #expect(now == s2010)
    }

    /// Degree on the organisation network: share of the other three an
    /// organisation shares a group with. B's and C's 2011 and 2012 scores
    /// rest on H, which is uncertain; A's does not.
    @Test func eachOrganisationsScorePerStep() throws {
        let r = try RegistryLoader.load(contents: Self.small, fileName: "t.yaml")
        let t = try Timeline(registry: r, measure: .degree)
        let by = Dictionary(uniqueKeysWithValues: t.organisations.map { ($0.id, $0) })
        #expect(t.organisations.map(\.id) == ["a", "b", "c", "d"])
        let third: Double? = 1.0 / 3, twoThirds: Double? = 2.0 / 3, zero: Double? = 0
        let expected: [String: [Double?]] = [
            "a": [third, third, third, third],
            "b": [third, twoThirds, twoThirds, third],
            "c": [zero, third, third, zero],
            "d": [zero, zero, zero, zero],
        ]
        for (id, scores) in expected { #expect(by[id]?.scores == scores, "\(id)") }
        #expect(by["a"]?.uncertain == [false, false, false, false])
        #expect(by["b"]?.uncertain == [false, true, true, false])
        #expect(by["c"]?.uncertain == [false, true, true, false])
        #expect(abs((by["b"]?.movement ?? 0) - 1.0 / 3) < 1e-12)

        // Betweenness: only B, in 2011 and 2012, between A and C (1 of 3 pairs).
        let b = try Timeline(registry: r, measure: .betweenness)
        let between = b.organisations[1].scores.map { $0 ?? -1 }
        #expect(between.count == 4 && between[0] == 0 && between[3] == 0)
        #expect(abs(between[1] - 1.0 / 3) < 1e-12 && abs(between[2] - 1.0 / 3) < 1e-12)
    }

    /// An unknown end with no bound: uncertain on every date from its
    /// start, absent now. The last year and now differ.
    @Test func nowDiffersFromTheLastYear() throws {
        let r = try RegistryLoader.load(contents: """
        organisations:
          - {id: a, name: A, kind: other}
          - {id: b, name: B, kind: other}
        groups:
          - {id: k, name: K, kind: other, since: 2010, until: unknown, members: [a, b]}
        """, fileName: "t.yaml")
        let t = try Timeline(registry: r)
        #expect(t.steps.map(\.asOf) == [Self.year(2010), .now])
        #expect((t.steps[0].groups, t.steps[0].uncertainGroups, t.steps[0].ties, t.steps[0].uncertainTies) == (1, 1, 2, 2))
        #expect((t.steps[1].groups, t.steps[1].ties) == (0, 0))
        #expect(t.organisations[0].scores == [1, 0])
        #expect(t.organisations[0].uncertain == [true, false])
    }

    /// `from`, `to` and months; an organisation that begins later is
    /// absent (nil) before.
    @Test func chosenRangeAndMonths() throws {
        let dated = try RegistryLoader.load(contents: """
        organisations:
          - {id: a, name: A, kind: other}
          - {id: late, name: Late, kind: other, since: 2011-06}
        """, fileName: "t.yaml")
        let t = try Timeline(registry: dated, from: PartialDate("2011-04"), to: .date(PartialDate("2011-07")!), every: .month)
        #expect(t.steps.map(\.asOf.description) == ["2011-04", "2011-05", "2011-06", "2011-07"])
        #expect(t.organisations[1].scores == [nil, nil, 0, 0])
        let years = try Timeline.stepDates(registry: dated, from: PartialDate(year: 2009), to: .date(PartialDate(year: 2011)!), every: .year)
        #expect(years == [Self.year(2009), Self.year(2010), Self.year(2011)])
        #expect(throws: TimelineError.fromAfterTo(from: PartialDate(year: 2012)!, to: Self.year(2011))) {
            try Timeline.stepDates(registry: dated, from: PartialDate(year: 2012), to: Self.year(2011), every: .year)
        }
        #expect(throws: TimelineError.allTime) {
            try Timeline.stepDates(registry: dated, from: nil, to: .allTime, every: .year)
        }
    }

    /// An undated registry: now alone.
    @Test func undatedRegistryHasNowOnly() throws {
        let r = try RegistryLoader.load(contents: """
        organisations:
          - {id: a, name: A, kind: other}
        """, fileName: "t.yaml")
        #expect(r.writtenDates == nil)
        #expect(try Timeline(registry: r).steps.map(\.asOf) == [.now])
    }

    // MARK: graphs/vasterbotten.yaml

    static let vasterbotten = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    /// The file dates the Strategigrupp 2003–unknown (bounded by the seed's
    /// 2015), Tillväxtverket 2009-04-01 and Trafikverket 2010-04-01 (public
    /// record), Färdledaren 2009, the development process 2014 and the new
    /// strategy and Samarbetskartan 2015; every other group is undated and
    /// cited to the seed alone, which describes 2015, so it is only
    /// possibly there before 2015. 44 seats in all, 18 of them the
    /// Strategigrupp's. So:
    /// - 2002: no Strategigrupp and no agencies: 16 groups, all possible,
    ///   with 44 − 18 − 2 = 24 possible ties; the fifteen municipalities sit
    ///   only in the Strategigrupp, so they are isolated (degree 0), and
    ///   certainly there (SCB's list gives no date);
    /// - 2003–2009: the Strategigrupp too: 17 groups, all possible, 42 ties;
    /// - 2010: Tillväxtverket's seat as well (43); 2011–2014: Trafikverket's
    ///   (44), all possible;
    /// - 2015: the seed's year: everything certain but the Strategigrupp,
    ///   which may have ended any day of it (1 group, 18 ties possible);
    /// - now: 16 groups and 26 ties, nothing uncertain.
    @Test func vasterbottenFacts() throws {
        let r = try RegistryLoader.load(path: Self.vasterbotten)
        #expect(r.writtenDates?.lowerBound == PartialDate(year: 2003))
        let t = try Timeline(registry: r, from: PartialDate(year: 2002))
        #expect(t.steps.map(\.asOf.description) == (2002 ... 2015).map(String.init) + ["now"])
        let municipalities = t.organisations.filter { $0.kind == "municipality" }
        #expect(municipalities.count == 15)
        for m in municipalities {
            #expect(m.scores[0] == 0 && !m.uncertain[0], "\(m.name)")
            #expect(m.uncertain[1 ... 13].allSatisfy { $0 }, "\(m.name)")
        }
        for s in t.steps[1 ... 7] {
            #expect((s.groups, s.ties, s.uncertainGroups, s.uncertainTies) == (17, 42, 17, 42), "\(s.asOf)")
        }
        #expect((t.steps[8].ties, t.steps[8].uncertainTies) == (43, 43))
        for s in t.steps[9 ... 12] {
            #expect((s.groups, s.ties, s.uncertainGroups, s.uncertainTies) == (17, 44, 17, 44), "\(s.asOf)")
        }
        let y2015 = t.steps[13]
        #expect((y2015.groups, y2015.ties, y2015.uncertainGroups, y2015.uncertainTies) == (17, 44, 1, 18))
        let now = try #require(t.steps.last)
        #expect((now.groups, now.ties, now.uncertainGroups, now.uncertainTies) == (16, 26, 0, 0))
        #expect((t.steps[0].groups, t.steps[0].ties, t.steps[0].uncertainGroups) == (16, 24, 16))
    }
}
