import PartnerRegistry
import Testing

/// Lifecycle, successors and certainty: how the file states them, how the
/// loader rejects what cannot be, and how a view reads them.
@Suite struct TimeAndCertaintyTests {
    static let header = """
    sources:
      - {id: page, title: A page, kind: primary, describes: 2015}
      - {id: list, title: A public list, kind: external}
    organisations:
      - {id: a, name: A, kind: other, source: {from: page, quote: "A"}}
      - {id: b, name: B, kind: other, source: {from: list}}

    """

    // MARK: Bad input: positioned errors that say how to fix them

    @Test func endBeforeStart() throws {
        let d = try #require(only(Self.header + """
        groups:
          - {id: g, name: G, kind: other, since: 2010, until: 2004}
        """))
        #expect(d.code == .reversedDates)
        #expect((d.line, d.column) == (8, 55))  // the `until` value
        #expect(d.hint == "swap them or fix the year")
    }

    @Test func unknownEndBoundedBeforeTheStart() throws {
        let d = try #require(only(Self.header + """
        groups:
          - {id: g, name: G, kind: other, since: 2010, until: {date: unknown, before: 2004}}
        """))
        #expect(d.code == .reversedDates)
        #expect(d.message.contains("bounded by 2004, before its 'since' (2010)"))
    }

    @Test func successorCycle() throws {
        let d = try #require(only(Self.header + """
        groups:
          - {id: g1, name: G1, kind: other, succeeded-by: g2}
          - {id: g2, name: G2, kind: other, succeeded-by: g3}
          - {id: g3, name: G3, kind: other, replaces: [g2], succeeded-by: g1}
        """))
        #expect(d.code == .successorCycle)
        #expect(d.message.contains("go round in a circle"), "\(d)")
        #expect(d.line >= 8 && d.line <= 10)
        #expect(d.hint?.contains("remove one of these links") == true)
    }

    @Test func documentRevisingItself() throws {
        let d = try #require(only(Self.header + """
        documents:
          - {id: d1, name: D1, kind: plan, revises: [d2]}
          - {id: d2, name: D2, kind: plan, supersedes: [d1]}
        """))
        #expect(d.code == .referenceCycle)
        #expect(d.message.contains("d1") && d.message.contains("d2"))
    }

    @Test func inferredWithoutAReason() throws {
        let d = try #require(only(Self.header + """
        groups:
          - id: g
            name: G
            kind: other
            members:
              - {organisation: a, certainty: inferred}
        """))
        #expect(d.code == .missingKey)
        #expect(d.message == "the membership of 'a' in 'g' is marked inferred without a 'reason'")
        #expect((d.line, d.column) == (12, 38))  // the `certainty` value
        #expect(d.hint?.hasPrefix("add 'reason: ") == true)
    }

    @Test func unknownCertainty() throws {
        let d = try #require(only(Self.header + """
        groups:
          - {id: g, name: G, kind: other, certainty: probable}
        """))
        #expect(d.code == .unknownValue)
        #expect(d.message == "unknown certainty 'probable' in group 'g'")
        #expect(d.hint?.contains("stated, inferred, external") == true, "\(d)")
        #expect((d.line, d.column) == (8, 46))
    }

    @Test func reasonWithoutCertainty() throws {
        let d = try #require(only(Self.header + """
        groups:
          - {id: g, name: G, kind: other, reason: because}
        """))
        #expect(d.code == .missingKey)
        #expect(d.hint?.contains("certainty: inferred") == true)
    }

    // MARK: Certainty from citations

    @Test func certaintyComesFromTheCitationsUnlessStated() throws {
        let r = try RegistryLoader.load(contents: Self.header + """
        groups:
          - id: g
            name: G
            kind: other
            source: {from: page}
            members:
              - {organisation: a, source: {from: page, quote: "A sits in G"}}
              - {organisation: b, certainty: inferred, reason: "read from the text", source: {from: page, quote: "G"}}
        """, fileName: "t.yaml")
        #expect(r.certainty(of: try #require(r.organisation("a"))) == .stated)  // a primary quote
        #expect(r.certainty(of: try #require(r.organisation("b"))) == .external)  // only an external list
        #expect(r.certainty(of: try #require(r.group("g"))) == .inferred)  // primary, but no quote
        #expect(r.memberships.map { r.certainty(of: $0) } == [.stated, .inferred])
        #expect(r.members(of: "g")[1].assessment?.reason == "read from the text")
        // The filter drops facts, and what hangs on them.
        let stated = r.view(RegistryScope(asOf: .now, certainty: .stated))
        #expect(stated.group("g") == nil && stated.memberships.isEmpty)
        let inferred = r.view(RegistryScope(asOf: .now, certainty: .inferred))
        #expect(inferred.organisation("b") == nil)
        #expect(inferred.memberships.map(\.organisation) == ["a"])
    }

    // MARK: Presence

    /// An unknown end bounded by the citing source's date (2015): absent
    /// before the start; uncertain from the start through 2015 (a page
    /// describing 2015 calls it former, and may be from any day of the
    /// year); absent from 2016; now, absent; all time, present. A bound
    /// written on the group (`before: 2010`) is the first day it is surely
    /// gone.
    @Test func unknownEndIsUncertainBeforeTheBoundAndGoneAfter() throws {
        let r = try RegistryLoader.load(contents: Self.header + """
        groups:
          - {id: g, name: G, kind: other, since: 2003, until: unknown, source: {from: page, quote: "G"}, members: [a]}
          - {id: h, name: H, kind: other, since: 2003, until: {date: unknown, before: 2010}, members: [a]}
        """, fileName: "t.yaml")
        func presence(_ id: GroupID, _ asOf: AsOf) -> String {
            let v = r.view(RegistryScope(asOf: asOf))
            guard v.group(id) != nil else { return "absent" }
            return v.uncertain.groups.contains(id) ? "uncertain" : "present"
        }
        let d = { (y: Int) in AsOf.date(PartialDate(year: y)!) }
        #expect(presence("g", d(2002)) == "absent")
        #expect(presence("g", d(2003)) == "uncertain")
        #expect(presence("g", d(2014)) == "uncertain")
        #expect(presence("g", d(2015)) == "uncertain")
        #expect(presence("g", .date(PartialDate("2015-12-31")!)) == "uncertain")
        #expect(presence("g", d(2016)) == "absent")
        #expect(presence("g", .now) == "absent")
        #expect(presence("g", .allTime) == "present")
        #expect(presence("h", d(2009)) == "uncertain")
        #expect(presence("h", d(2010)) == "absent")  // its own bound wins
        let v2010 = r.view(RegistryScope(asOf: d(2012)))
        #expect(v2010.uncertain.memberships == [0])  // a's seat in g, uncertain through g
    }

    /// A fact without `since` is certain from the date its sources describe
    /// and only possible before it: the source describes 2012, so as of
    /// 2010 the group, the organisation and the seat are uncertain; as of
    /// 2012 and now they are present. With two sources the earliest date
    /// counts (2011 for `k`); a source without a date (`list`) says nothing
    /// about the start, so `b`, cited to it alone, is present in 2010. A
    /// `since` wins: `dated` is present in 2010 and absent before 2005.
    @Test func anUndatedFactIsOnlyPossibleBeforeItsSourcesDate() throws {
        let r = try RegistryLoader.load(contents: """
        sources:
          - {id: report, title: Report, describes: 2012}
          - {id: older, title: Older report, describes: 2011}
          - {id: list, title: A list, kind: external}
        organisations:
          - {id: a, name: A, kind: other, source: {from: report, quote: "A"}}
          - {id: b, name: B, kind: other, source: {from: list}}
        groups:
          - {id: g, name: G, kind: other, source: {from: report, quote: "G"}, members: [{organisation: b, source: {from: report, quote: "B in G"}}]}
          - {id: k, name: K, kind: other, source: [{from: report, quote: "K"}, {from: older, quote: "K"}]}
          - {id: dated, name: Dated, kind: other, since: 2005, source: {from: report, quote: "Dated"}}
        """, fileName: "t.yaml")
        func presence(_ e: EntityReference, _ asOf: AsOf) -> String {
            let v = r.view(RegistryScope(asOf: asOf))
            let there = switch e {
            case let .organisation(id): v.organisation(id) != nil
            case let .group(id): v.group(id) != nil
            default: false
            }
            guard there else { return "absent" }
            return v.uncertain.contains(e) ? "uncertain" : "present"
        }
        let d = { (y: Int) in AsOf.date(PartialDate(year: y)!) }
        #expect(presence(.organisation("a"), d(2010)) == "uncertain")
        #expect(presence(.group("g"), d(2010)) == "uncertain")
        #expect(presence(.organisation("b"), d(2010)) == "present")
        #expect(r.view(RegistryScope(asOf: d(2010))).uncertain.memberships == [0])
        #expect(presence(.group("k"), d(2010)) == "uncertain")
        #expect(presence(.group("k"), d(2011)) == "present")
        #expect(presence(.organisation("a"), d(2012)) == "present")
        #expect(presence(.group("g"), .now) == "present")
        #expect(r.view(RegistryScope(asOf: d(2012))).uncertain.isEmpty)
        #expect(presence(.group("dated"), d(2010)) == "present")
        #expect(presence(.group("dated"), d(2004)) == "absent")
        // What --as-of 2010 shows on the command line is this view: the
        // same answer through the analysis entry.
        let analysis = RegistryAnalysis(registry: r, asOf: d(2010))
        #expect(try analysis.centrality(.degree).scores.first { $0.id == "a" }?.uncertain == true)
    }

    /// A successor takes over at its start: the predecessor is gone from
    /// then on, and ended (at an unknown date) when the successor is undated.
    @Test func successorsEndWhatTheyReplace() throws {
        let r = try RegistryLoader.load(contents: Self.header + """
        groups:
          - {id: old, name: Old, kind: other, since: 2001, succeeded-by: new, members: [a]}
          - {id: new, name: New, kind: other, since: 2012, members: [a]}
          - {id: x, name: X, kind: other}
          - {id: y, name: Y, kind: other, replaces: [x]}
        """, fileName: "t.yaml")
        #expect(r.asOf(PartialDate(year: 2011)!).group("old") != nil)
        #expect(r.asOf(PartialDate(year: 2012)!).group("old") == nil)
        #expect(r.view(.now).group("old") == nil && r.view(.now).group("new") != nil)
        #expect(r.asOf(PartialDate(year: 2020)!).uncertain.groups == ["x"])
        #expect(r.view(.now).group("x") == nil)
    }

    /// A collective taking part counts as the number of its members the
    /// initiative states; rules are checked over each initiative's own dates.
    @Test func collectivesCountAsTheNumberTheyState() throws {
        let text = """
        organisations:
          - {id: rto, name: RTO, kind: regional-tourism-organisation}
          - {id: dest, name: The destinations, kind: destination-organisation, attributes: {collective: "true"}}
          - {id: dest-old, name: A destination that closed, kind: destination-organisation, until: 2012}
        initiatives:
          - {id: two, name: Two, funded-by: rto, participants: [{organisation: dest, count: 2}]}
          - {id: one, name: One, funded-by: rto, participants: [dest]}
          - {id: late, name: Late, funded-by: rto, since: 2020, participants: [dest-old, {organisation: dest, count: 1}]}
        rules:
          - id: two-destinations
            for: initiatives
            where: {funded-by: rto}
            require:
              participants: {kind: destination-organisation, at-least: 2}
        """
        let r = try RegistryLoader.load(contents: text, fileName: "t.yaml")
        // `late` (2020–) counts only the destinations: dest-old closed in 2012,
        // before the initiative's own dates.
        #expect(r.checkRules().map(\.entity) == [.initiative("one"), .initiative("late")])
        let zero = diagnostics(text.replacingOccurrences(of: "count: 2", with: "count: 0"))
        #expect(zero.map(\.code) == [.wrongType])
    }

    // MARK: Quotes that name what they support

    @Test func quoteNaming() {
        let names = ["Ledningsgruppen"]
        #expect(registryQuoteNames("Ledningsgrupp & strategiskt råd", names))
        #expect(registryQuoteNames("ingår VästerbottensTurisms medarbetare", ["VästerbottensTurism"]))
        #expect(registryQuoteNames("destinationsorganisationernas ledare", ["Destinationsorganisationerna"]))
        #expect(registryQuoteNames("VisitSwedens verksamhet", ["VisitSweden"]))
        #expect(!registryQuoteNames("Samverkan med länets kommuner", ["Bjurholms kommun", "Strategigruppen"]))
        #expect(!registryQuoteNames("Grupp", ["Ledningsgruppen"]))
    }

    @Test func unsupportedMembershipWarnsWithItsPositionAndTheFix() throws {
        let r = try RegistryLoader.load(contents: Self.header + """
        groups:
          - id: g
            name: Rådet
            kind: council
            members:
              - {organisation: a, source: {from: page, quote: "something else entirely"}}
              - {organisation: b, source: {from: page, quote: "B sits in Rådet"}}
        """, fileName: "t.yaml")
        let warnings = r.checkSupport()
        #expect(warnings.count == 1)
        let w = try #require(warnings.first)
        #expect(w.code == .unsupportedFact && w.severity == .warning)
        #expect(w.description.hasPrefix("t.yaml:12:9: warning: the quotes of the membership of 'a' in 'g' name neither of them"))
        #expect(w.hint?.contains("certainty: inferred") == true)
    }

    /// The quote matcher, through the one place that uses it.
    func registryQuoteNames(_ quote: String, _ names: [String]) -> Bool {
        let orgs = names.enumerated().map { Organisation(id: OrganisationID("o\($0.offset)"), name: $0.element, kind: .other) }
        let r = Registry(
            organisations: orgs + [Organisation(id: "zz", name: "Zz", kind: .other)],
            groups: [Group(id: "g-zz", name: "Qq", kind: .other)],
            memberships: orgs.map {
                Membership(organisation: $0.id, group: "g-zz", sources: [Citation(source: "s", quote: quote)])
            })
        return r.checkSupport().count < orgs.count
    }
}
