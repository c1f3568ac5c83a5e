import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `RegistryDiff`: two dates of one file, and two edited copies of a file.
@Suite struct RegistryDiffTests {
    static let vasterbotten = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    /// From 2011 to now on graphs/vasterbotten.yaml, read off the seed:
    /// - the Strategigrupp (2003, "tidigare", the page describing 2015) was
    ///   possibly there in 2011 and is gone now: ended, uncertain on 2011;
    ///   with it its 18 seats (VT, the destinations, the companies, the 15
    ///   municipalities);
    /// - everything else the seed alone describes (2015) was only possibly
    ///   there in 2011 and is there now: confirmed. That is the seven
    ///   organisations cited to the seed alone, the 16 other groups and
    ///   their 26 seats. The municipalities (SCB, undated) and the agencies
    ///   (founded 2009 and 2010) were surely there and do not change;
    /// - the municipalities and the companies sat in no other group: each
    ///   loses every partner, the 17 others of the Strategigrupp (16 in all);
    ///   only possibly, as the group was only possibly there in 2011
    ///   (uncertain on 2011), and on the sure network of 2011 (the
    ///   municipalities and the two agencies, no groups) a municipality has
    ///   0 partners and the companies are not there (sure: nil);
    /// - pairs that lose their last shared group: the 18 members make
    ///   C(18, 2) = 153 pairs, of which VT and the destinations still share
    ///   the Ledningsgrupp and the conference: 152, each uncertain on 2011
    ///   and none sure;
    /// - documents: Samarbetskartan and the new strategy (2015) arrive,
    ///   Färdledaren (2009) is read as superseded by the new strategy, and
    ///   the undated RUS, national strategy and market plan are confirmed;
    /// - the Strategigrupp was a cut group; nothing else changes.
    @Test func vasterbottenFrom2011ToNow() throws {
        let registry = try RegistryLoader.load(path: Self.vasterbotten)
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2011)!)),
            to: RegistryAnalysis(registry: registry))
        #expect(diff.from == "2011" && diff.to == "now")
        let strategy = try #require(diff.groups.first { $0.id == "strategigruppen" })
        #expect(strategy.kind == .ended && strategy.uncertainOnFrom && !strategy.uncertainOnTo)
        let others = diff.groups.filter { $0.id != "strategigruppen" }
        #expect(others.count == 16 && others.allSatisfy { $0.kind == .confirmed && $0.uncertainOnFrom })
        #expect(Set(diff.organisations.map(\.id)) == [
            "vasterbottensturism", "destinationerna", "turistforetagen", "regionala-turistorganisationer",
            "region-vasterbotten", "lansstyrelsen-vasterbotten", "visitsweden",
        ])
        #expect(diff.organisations.allSatisfy { $0.kind == .confirmed })
        let ended = diff.memberships.filter { $0.kind == .ended }
        #expect(ended.count == 18 && ended.allSatisfy { $0.group == "strategigruppen" && $0.uncertainOnFrom })
        #expect(ended.allSatisfy { $0.groupName == "VästerbottensTurisms Strategigrupp" })
        #expect(diff.memberships.filter { $0.kind == .confirmed }.count == 26)
        #expect(diff.memberships.count == 44)
        let lost = diff.isolation.filter { $0.kind == .lostEveryPartner }
        #expect(lost.count == 16 && lost.allSatisfy { $0.partners == 17 && $0.uncertainOnFrom && !$0.uncertainOnTo })
        #expect(lost.first { $0.organisation == "umea" }?.sure == 0)
        #expect(lost.contains { $0.organisation == "turistforetagen" && $0.sure == nil })
        #expect(diff.pairs.count == 152 && diff.pairs.allSatisfy {
            $0.kind == .lost && $0.groups.map(\.id.rawValue) == ["strategigruppen"] && $0.uncertainOnFrom && !$0.uncertainOnTo
        })
        #expect(diff.pairTotals == PairTotals(lost: 152, gained: 0, surelyLost: 0, surelyGained: 0))
        #expect(!diff.pairs.contains { Set([$0.first, $0.second]) == ["vasterbottensturism", "destinationerna"] })
        #expect(Set(diff.documents.map { "\($0.kind.rawValue) \($0.id)" }) == [
            "ended fardledaren", "added samarbetskartan", "added ny-strategi-2015", "confirmed rus",
            "confirmed nationell-strategi", "confirmed gemensam-marknadsplan",
        ])
        // As of 2011 Trafikverket (founded 2010) is there and its group is a
        // cut vertex on both dates; the Strategigrupp vanished only
        // possibly. On the sure network of 2011 (no groups) nothing is a
        // cut vertex, so VT and the two groups that alone hold an agency or
        // the county's pair to it are new there: possibly new.
        #expect(diff.brokers.map { "\($0.kind.rawValue) \($0.type) \($0.id) \($0.uncertainOnFrom)" } == [
            "new group turistgruppen true", "new group turismstatistik true", "new group trafikverkets-turistgrupp true",
            "new organisation vasterbottensturism true", "vanished group strategigruppen true",
        ])
        #expect(diff.hasChanges)
        // Between two dates after the group ended, nothing changes.
        let later = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2016)!)),
            to: RegistryAnalysis(registry: registry))
        #expect(!later.hasChanges)
    }

    static let old = """
    organisations:
      - {id: rto, name: Regional Tourism Org, kind: regional-tourism-organisation}
      - {id: north, name: Destination Nord, kind: destination-organisation}
      - {id: south, name: Destination Syd, kind: destination-organisation}
      - {id: hotel, name: Fjällhotellet, kind: company}
    groups:
      - id: council
        name: Turistrådet
        kind: council
        members: [rto, north, south]
      - id: market
        name: Marknadsgruppen
        kind: market-group
        members: [rto, {organisation: north, role: member}]
      - id: fair
        name: Mässgruppen
        kind: working-group
        members: [rto, hotel]
    """

    /// The edits: the council is renamed (same ID); the market group is
    /// replaced by a new ID that says so (`replaces`); North becomes chair
    /// of the market group; South joins the fair group; the hotel is
    /// removed; a new organisation, Visit Lappland, joins the council.
    static let new = """
    organisations:
      - {id: rto, name: Regional Tourism Org, kind: regional-tourism-organisation}
      - {id: north, name: Destination Nord, kind: destination-organisation}
      - {id: south, name: Destination Syd, kind: destination-organisation}
      - {id: lappland, name: Visit Lappland, kind: destination-organisation}
    groups:
      - id: council
        name: Besöksnäringsrådet
        kind: council
        members: [rto, north, south, lappland]
      - id: marketing
        name: Marknadsrådet
        kind: market-group
        replaces: [market]
        members: [rto, {organisation: north, role: chair}]
      - id: fair
        name: Mässgruppen
        kind: working-group
        members: [rto, south]
    """

    @Test func twoFilesGiveExactlyTheEdits() throws {
        let a = try RegistryLoader.load(contents: Self.old, fileName: "old.yaml")
        let b = try RegistryLoader.load(contents: Self.new, fileName: "new.yaml")
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: a, scope: .allTime), to: RegistryAnalysis(registry: b, scope: .allTime),
            fromLabel: "old.yaml", toLabel: "new.yaml")
        #expect(diff.organisations.map { "\($0.kind.rawValue) \($0.id)" } == ["ended hotel", "added lappland"])
        // Groups by name: Besöksnäringsrådet, Marknadsrådet.
        #expect(diff.groups.map { "\($0.kind.rawValue) \($0.id) \($0.previousID ?? "-") \($0.previousName ?? "-")" } == [
            "renamed council - Turistrådet",
            "renamed marketing market Marknadsgruppen",
        ])
        // By organisation name, then group name: Destination Nord,
        // Destination Syd, Fjällhotellet, Visit Lappland.
        #expect(diff.memberships.map { "\($0.kind.rawValue) \($0.organisation)@\($0.group) \($0.details)" } == [
            "changed north@marketing [\"role: member → chair\"]",
            "added south@fair []",
            "ended hotel@fair []",
            "added lappland@council []",
        ])
        #expect(diff.memberships.map { "\($0.organisationName) @ \($0.groupName)" } == [
            "Destination Nord @ Marknadsrådet", "Destination Syd @ Mässgruppen", "Fjällhotellet @ Mässgruppen",
            "Visit Lappland @ Besöksnäringsrådet",
        ])
        // The hotel's only partner was the RTO; Lappland's partners are new.
        #expect(diff.isolation.isEmpty, "the hotel is gone, not isolated; Lappland is new")
        // South and the RTO shared the council before and still do; South
        // and North too. No pair lost or gained its last shared group among
        // organisations on both sides.
        #expect(diff.pairs.isEmpty)
        #expect(diff.hasChanges)
        let same = try RegistryDiff(
            from: RegistryAnalysis(registry: a, scope: .allTime), to: RegistryAnalysis(registry: a, scope: .allTime))
        #expect(!same.hasChanges)
    }

    /// A different ID with no link is an end plus an addition, not a rename.
    @Test func aNewIDWithoutALinkIsNotARename() throws {
        let a = try RegistryLoader.load(contents: Self.old, fileName: "old.yaml")
        let b = try RegistryLoader.load(
            contents: Self.new.replacingOccurrences(of: "    replaces: [market]\n", with: ""), fileName: "new.yaml")
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: a, scope: .allTime), to: RegistryAnalysis(registry: b, scope: .allTime))
        // By name: Besöksnäringsrådet, Marknadsgruppen (ended), Marknadsrådet.
        #expect(diff.groups.map { "\($0.kind.rawValue) \($0.id)" } == ["renamed council", "ended market", "added marketing"])
    }

    @Test func roundTripsThroughJSON() throws {
        let registry = try RegistryLoader.load(path: Self.vasterbotten)
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2010)!)),
            to: RegistryAnalysis(registry: registry))
        #expect(try roundTrips(diff))
    }

    // MARK: Sure and possible, causes, order, bounds

    /// What scripts/fixtures/diff.py wrote: NetworkX on the possible and
    /// the sure networks of graphs/vasterbotten.yaml, parsed independently.
    struct Reference: Decodable {
        struct Pair: Decodable { var kind, first, second: String; var uncertainOnFrom, uncertainOnTo: Bool }
        struct Partners: Decodable {
            var kind, organisation: String
            var partners: Int
            var sure: Int?
            var uncertainOnFrom, uncertainOnTo: Bool
        }
        struct Move: Decodable {
            var measure, organisation, cause: String
            var rankFrom, rankTo: Int
            var scoreFrom, scoreTo: Double
            var sureRankFrom, sureRankTo: Int?
        }
        struct Cut: Decodable { var kind, type, id: String; var uncertainOnFrom, uncertainOnTo: Bool }
        struct Comparison: Decodable {
            var pairs: [Pair]
            var isolation: [Partners]
            var rankMoves: [Move]
            var brokers: [Cut]
        }
        var results: [String: Comparison]
    }

    static func reference() throws -> Reference {
        let url = ReferenceFixture.directory().appendingPathComponent("registry-diff.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    /// Every derived row on graphs/vasterbotten.yaml, 2010 → now and 2015 →
    /// now, against NetworkX on the four networks (the possible and the
    /// sure network of each date), every rank move kept.
    @Test(arguments: [2010, 2015])
    func derivedRowsMatchNetworkX(year: Int) throws {
        let expected = try #require(try Self.reference().results["\(year)-now"])
        let registry = try RegistryLoader.load(path: Self.vasterbotten)
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: year)!)),
            to: RegistryAnalysis(registry: registry), rankMoves: 1_000)
        func pair(_ kind: String, _ a: String, _ b: String, _ f: Bool, _ t: Bool) -> String {
            "\(kind) \(min(a, b))–\(max(a, b)) \(f) \(t)"
        }
        #expect(diff.pairs.count == expected.pairs.count)
        #expect(Set(diff.pairs.map { pair($0.kind.rawValue, $0.first, $0.second, $0.uncertainOnFrom, $0.uncertainOnTo) })
            == Set(expected.pairs.map { pair($0.kind, $0.first, $0.second, $0.uncertainOnFrom, $0.uncertainOnTo) }))
        #expect(diff.pairTotals.lost == expected.pairs.filter { $0.kind == "lost" }.count)
        #expect(diff.pairTotals.gained == expected.pairs.filter { $0.kind == "gained" }.count)
        #expect(diff.pairTotals.surelyLost == expected.pairs.filter { $0.kind == "lost" && !$0.uncertainOnFrom && !$0.uncertainOnTo }.count)

        func partners(_ x: String, _ o: String, _ n: Int, _ s: Int?, _ f: Bool, _ t: Bool) -> String {
            "\(x) \(o) \(n) \(s.map(String.init) ?? "nil") \(f) \(t)"
        }
        #expect(diff.isolation.map { partners($0.kind.rawValue, $0.organisation, $0.partners, $0.sure, $0.uncertainOnFrom, $0.uncertainOnTo) }.sorted()
            == expected.isolation.map { partners($0.kind, $0.organisation, $0.partners, $0.sure, $0.uncertainOnFrom, $0.uncertainOnTo) }.sorted())

        #expect(diff.rankMoves.count == expected.rankMoves.count)
        for e in expected.rankMoves {
            let m = try #require(diff.rankMoves.first { $0.measure == e.measure && $0.organisation == e.organisation },
                                 "\(e.measure) \(e.organisation) missing")
            #expect(m.rankFrom == e.rankFrom && m.rankTo == e.rankTo, "\(e.organisation)")
            #expect(abs(m.scoreFrom - e.scoreFrom) < 1e-12 && abs(m.scoreTo - e.scoreTo) < 1e-12, "\(e.organisation)")
            #expect(m.sure.rankFrom == e.sureRankFrom && m.sure.rankTo == e.sureRankTo, "\(e.organisation)")
            #expect(m.cause.rawValue == e.cause, "\(e.organisation)")
        }

        func cut(_ k: String, _ t: String, _ id: String, _ f: Bool, _ u: Bool) -> String { "\(k) \(t) \(id) \(f) \(u)" }
        #expect(diff.brokers.map { cut($0.kind.rawValue, $0.type, $0.id, $0.uncertainOnFrom, $0.uncertainOnTo) }.sorted()
            == expected.brokers.map { cut($0.kind, $0.type, $0.id, $0.uncertainOnFrom, $0.uncertainOnTo) }.sorted())
    }

    /// From 2010 to now on graphs/vasterbotten.yaml, read off the file:
    /// - in 2010 the sure network is the 15 municipalities and
    ///   Tillväxtverket (founded 2009), no groups: the seed (describing
    ///   2015) alone tells of every group and of the seven other
    ///   organisations, and Trafikverket is founded in April 2010;
    /// - the possible network of 2010 is the file without Trafikverket
    ///   (its group holds VT alone); now is the file without the
    ///   Strategigrupp, nothing uncertain.
    /// So:
    /// - every change resting on 2010's groups is uncertain on 2010: the
    ///   152 pairs (none sure), the 16 organisations that lost every
    ///   partner (a municipality had 0 partners on the sure network:
    ///   "17 (säkert 0)"; the companies were not in it: sure nil);
    /// - Tillväxtverket had a partner (VT, through its statistics group) on
    ///   the possible network of 2010 and has one now: no change there; on
    ///   the sure networks it had none and has one: it found partners, only
    ///   possibly (uncertain on 2010), 1 partner on both networks now;
    /// - degree ranks (organisation network): in 2010 VT has 22 partners,
    ///   the destinations, the companies and the municipalities 17 (rank 2),
    ///   VisitSweden, the RTOs, the county board and the region 2 (rank 19),
    ///   Tillväxtverket 1 (rank 23); now VT 8, VisitSweden, the RTOs, the
    ///   county board and the region 2 (rank 2), the destinations 1 (rank 6),
    ///   the municipalities and the companies 0 (rank 9). VisitSweden's
    ///   19 → 2 comes from the Strategigrupp's end, while VisitSweden sits
    ///   in the same three groups on both dates: moved by others' changes.
    ///   So are the RTOs, the county board, the region and Tillväxtverket.
    ///   The municipalities, the companies and the destinations lost their
    ///   seat in the Strategigrupp: own ties. On the sure network of 2010
    ///   every organisation has degree 0 (all rank 1); VisitSweden is not
    ///   in it (sure rank nil on 2010).
    @Test func vasterbottenFrom2010ToNowExplains() throws {
        let registry = try RegistryLoader.load(path: Self.vasterbotten)
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2010)!)),
            to: RegistryAnalysis(registry: registry), rankMoves: 100)
        #expect(diff.pairTotals == PairTotals(lost: 152, gained: 0, surelyLost: 0, surelyGained: 0))
        #expect(diff.pairs.allSatisfy { $0.uncertainOnFrom && !$0.uncertainOnTo && $0.uncertain })
        let found = diff.isolation.filter { $0.kind == .foundPartners }
        #expect(found.map(\.organisation) == ["tillvaxtverket"])
        #expect(found.first.map { $0.partners == 1 && $0.sure == 1 && $0.uncertainOnFrom } == true)
        let umea = try #require(diff.isolation.first { $0.organisation == "umea" })
        #expect(umea.kind == .lostEveryPartner && umea.partners == 17 && umea.sure == 0 && umea.uncertain)
        #expect(diff.isolation.first { $0.organisation == "turistforetagen" }.map { $0.sure == nil } == true)

        let degree = diff.rankMoves.filter { $0.measure == "degree" }
        let visitSweden = try #require(degree.first { $0.organisation == "visitsweden" })
        #expect(visitSweden.rankFrom == 19 && visitSweden.rankTo == 2 && visitSweden.places == 17)
        #expect(visitSweden.cause == .others)
        #expect(visitSweden.sure == SureRankMove(rankFrom: nil, rankTo: 2, scoreFrom: nil, scoreTo: 2.0 / 23))
        #expect(visitSweden.uncertainOnFrom && !visitSweden.uncertainOnTo)
        #expect(Set(degree.filter { $0.cause == .others }.map(\.organisation)) == [
            "visitsweden", "regionala-turistorganisationer", "lansstyrelsen-vasterbotten", "region-vasterbotten",
            "tillvaxtverket",
        ])
        let municipalities = registry.organisations.filter { $0.kind == .municipality }.map(\.id.rawValue)
        #expect(Set(degree.filter { $0.cause == .ownTies }.map(\.organisation))
            == Set(municipalities + ["turistforetagen", "destinationerna"]))
        let umeaMove = try #require(degree.first { $0.organisation == "umea" })
        #expect(umeaMove.rankFrom == 2 && umeaMove.rankTo == 9 && umeaMove.sure.rankFrom == 1 && umeaMove.sure.rankTo == 9)
        // Betweenness: VT alone brokers on both dates (everyone else 0).
        #expect(!diff.rankMoves.contains { $0.measure == "betweenness" })
        // Largest moves first (17 places), then by name; --top cuts per measure.
        #expect(degree.prefix(5).map(\.name) == [
            "De regionala turistorganisationerna i landet", "Länsstyrelsen Västerbotten", "Region Västerbotten",
            "Tillväxtverket", "VisitSweden AB",
        ])
    }

    /// A rank move that the organisation's own ties did not cause.
    ///
    /// Five organisations. The council (Rådet) holds Arjeplog and Borgafjäll
    /// throughout; the working group (Arbetsgruppen, from 2012) holds
    /// Dorotea, Edsele and Fatmomakke. Degree on the organisation network:
    /// - 2010: Arjeplog and Borgafjäll have 1 partner of 4 (0.25, rank 1),
    ///   the other three none (0, rank 3);
    /// - 2015: Arjeplog and Borgafjäll still 0.25, the three 2 of 4 (0.5,
    ///   rank 1), so Arjeplog and Borgafjäll fall to rank 4.
    /// Arjeplog and Borgafjäll sit in the council alone on both dates: their
    /// 1 → 4 is others' doing (`others`). The three joined a group: 3 → 1,
    /// `own-ties`. Betweenness is 0 everywhere on both dates: no move.
    /// Nothing is uncertain (every fact is dated or undated without a
    /// source that describes a later date), so every sure rank equals its
    /// rank. Borgafjäll's role in the council changes too (member → chair):
    /// a seat's role does not change a tie, so its cause stays `others`.
    @Test func aRankMoveCausedOnlyByOthersSaysSo() throws {
        let yaml = """
        organisations:
          - {id: a, name: Arjeplog, kind: municipality}
          - {id: b, name: Borgafjäll, kind: destination-organisation}
          - {id: d, name: Dorotea, kind: municipality}
          - {id: e, name: Edsele, kind: destination-organisation}
          - {id: f, name: Fatmomakke, kind: destination-organisation}
        groups:
          - id: council
            name: Rådet
            kind: council
            members: [a, {organisation: b, role: member, until: 2011}, {organisation: b, role: chair, since: 2012}]
          - {id: work, name: Arbetsgruppen, kind: working-group, since: 2012, members: [d, e, f]}
        """
        let registry = try RegistryLoader.load(contents: yaml, fileName: "others.yaml")
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2010)!)),
            to: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2015)!)))
        #expect(diff.rankMoves.map { "\($0.measure) \($0.organisation) \($0.rankFrom)→\($0.rankTo) \($0.cause.rawValue)" } == [
            "degree a 1→4 others", "degree b 1→4 others", "degree d 3→1 own-ties", "degree e 3→1 own-ties",
            "degree f 3→1 own-ties",
        ])
        #expect(diff.rankMoves.allSatisfy { !$0.uncertain && $0.sure.rankFrom == $0.rankFrom && $0.sure.rankTo == $0.rankTo })
        #expect(diff.memberships.contains { $0.organisation == "b" && $0.kind == .changed })
        // Dorotea, Edsele and Fatmomakke found partners; three pairs gained, surely.
        #expect(diff.isolation.map { "\($0.kind.rawValue) \($0.organisation) \($0.partners)" } == [
            "found-partners d 2", "found-partners e 2", "found-partners f 2",
        ])
        #expect(diff.pairTotals == PairTotals(lost: 0, gained: 3, surelyLost: 0, surelyGained: 3))
        let text = diff.description
        #expect(text.contains("degree   Arjeplog      1 → 4    -3  others' changes"), "\(text)")
        #expect(text.contains("degree   Dorotea       3 → 1    +2  own ties"), "\(text)")
        #expect(!text.contains("(sure") && !text.contains("uncertain on"), "nothing uncertain, nothing marked")
    }

    /// A pair that only the sure networks see lose its last shared group.
    ///
    /// Arvidsjaur and Boliden share the fair group (Mässgruppen, 2000–2010)
    /// and the former forum (Forumet, since 2000, ended on a date the
    /// source, which describes 2020, does not give). In 2005 both groups
    /// are surely there (the forum has begun and its end is unknown, so it
    /// is only possibly there — but the fair group is surely there): the
    /// pair shares a group on both networks. In 2015 the fair group has
    /// ended and the forum is only possibly there: the pair shares a group
    /// on the possible network only. On the possible networks nothing
    /// changed; on the sure networks the pair lost its last shared group.
    /// So it is listed as lost, uncertain on 2015, not sure; and each of
    /// them lost every partner, uncertain on 2015 (1 partner, sure 1 in
    /// 2005).
    @Test func aChangeOnlyTheSureNetworksSeeIsListedAsUncertain() throws {
        let yaml = """
        sources:
          - {id: page, title: A page, kind: primary, describes: 2020}
        organisations:
          - {id: a, name: Arvidsjaur, kind: municipality}
          - {id: b, name: Boliden, kind: destination-organisation}
        groups:
          - {id: fair, name: Mässgruppen, kind: working-group, since: 2000, until: 2010, members: [a, b]}
          - {id: forum, name: Forumet, kind: council, since: 2000, until: unknown, members: [a, b], source: {from: page, note: "former"}}
        """
        let registry = try RegistryLoader.load(contents: yaml, fileName: "sure.yaml")
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2005)!)),
            to: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2015)!)))
        #expect(diff.pairs.map { "\($0.kind.rawValue) \($0.first)-\($0.second) \($0.uncertainOnFrom) \($0.uncertainOnTo)" }
            == ["lost a-b false true"])
        #expect(diff.pairs.first?.groups.map { "\($0.id) \($0.uncertain)" } == ["forum true", "fair false"])
        #expect(diff.pairTotals == PairTotals(lost: 1, gained: 0, surelyLost: 0, surelyGained: 0))
        #expect(diff.isolation.map { "\($0.kind.rawValue) \($0.organisation) \($0.partners) \($0.sure.map(String.init) ?? "nil") \($0.uncertainOnTo)" }
            == ["lost-every-partner a 1 1 true", "lost-every-partner b 1 1 true"])
        #expect(diff.description.contains("lost (uncertain on 2015)  Arvidsjaur    Boliden"), "\(diff.description)")
        #expect(diff.description.contains("Pairs that lost their last shared group: 1 (sure 0); gained a first: 0"))
    }

    /// Rows sort by name in Swedish order (å, ä, ö after z), not by ID: on
    /// graphs/vasterbotten.yaml Åsele kommun (ID `asele`) comes after
    /// Vindelns kommun and Vännäs kommun, in memberships, partners and pairs.
    @Test func rowsAreInSwedishNameOrder() throws {
        let registry = try RegistryLoader.load(path: Self.vasterbotten)
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2010)!)),
            to: RegistryAnalysis(registry: registry))
        let seats = diff.memberships.filter { $0.group == "strategigruppen" }.map(\.organisationName)
        #expect(seats.suffix(4) == ["Vindelns kommun", "Vännäs kommun", "VästerbottensTurism", "Åsele kommun"])
        #expect(seats == SwedishCollation.sorted(seats))
        let names = diff.memberships.map(\.organisationName)
        #expect(names == SwedishCollation.sorted(names))
        #expect(diff.isolation.map(\.name).suffix(3) == ["Vindelns kommun", "Vännäs kommun", "Åsele kommun"])
        #expect(diff.organisations.map(\.name) == SwedishCollation.sorted(diff.organisations.map(\.name)))
        #expect(diff.groups.map(\.name) == SwedishCollation.sorted(diff.groups.map(\.name)))
        // Pairs: the first of each by name, then by the first, then the second.
        #expect(diff.pairs.allSatisfy { SwedishCollation.areInIncreasingOrder($0.firstName, $0.secondName) })
        #expect(diff.pairs.first.map { "\($0.firstName) – \($0.secondName)" } == "Bjurholms kommun – Destinationsorganisationerna")
        #expect(diff.pairs.last.map { "\($0.firstName) – \($0.secondName)" } == "VästerbottensTurism – Åsele kommun")
    }

    /// The pair lists are counted as the pairs are met and only `pairLimit`
    /// of each kind kept: a group of 600 members that ends makes C(600, 2)
    /// = 179,700 lost pairs, all counted, five listed — the first five by
    /// name (Member 000 with Member 001 … 005). A cut list is the head of
    /// the full list.
    @Test func pairListsAreBoundedAndCountEveryPair() throws {
        var yaml = "organisations:\n"
        for i in 0 ..< 600 { yaml += "  - {id: m\(i), name: Member \(String(format: "%03d", i)), kind: municipality}\n" }
        yaml += "groups:\n  - {id: big, name: Big, kind: council, since: 2000, until: 2012, members: ["
        yaml += (0 ..< 600).map { "m\($0)" }.joined(separator: ", ") + "]}\n"
        let registry = try RegistryLoader.load(contents: yaml, fileName: "big.yaml")
        let from = RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2010)!))
        let to = RegistryAnalysis(registry: registry)
        let diff = try RegistryDiff(from: from, to: to, rankMoves: 0, pairLimit: 5)
        #expect(diff.pairTotals == PairTotals(lost: 179_700, gained: 0, surelyLost: 179_700, surelyGained: 0))
        #expect(diff.pairs.map(\.second) == ["m1", "m2", "m3", "m4", "m5"] && diff.pairs.allSatisfy { $0.first == "m0" })
        #expect(diff.pairsAreCut && diff.hasChanges)
        #expect(diff.pairCutSummary == "the lists hold the first 5 of 179,700 pairs that lost their last shared group, by name (--limit N or --limit all to change)")
        let none = try RegistryDiff(from: from, to: to, rankMoves: 0, pairLimit: 0)
        #expect(none.pairs.isEmpty && none.pairTotals.lost == 179_700 && none.hasChanges)
        #expect(throws: RegistryAnalysisError.self) { try RegistryDiff(from: from, to: to, pairLimit: -1) }

        // On a small registry, every cap is the head of the uncapped list.
        let a = try RegistryLoader.load(path: Self.vasterbotten)
        let old = RegistryAnalysis(registry: a, asOf: .date(PartialDate(year: 2010)!)), new = RegistryAnalysis(registry: a)
        let all = try RegistryDiff(from: old, to: new, pairLimit: nil)
        #expect(!all.pairsAreCut && all.pairs.count == 152)
        for limit in [0, 1, 7, 151, 152, 1_000] {
            let cut = try RegistryDiff(from: old, to: new, pairLimit: limit)
            #expect(cut.pairs == Array(all.pairs.prefix(limit)) && cut.pairTotals == all.pairTotals)
        }
    }
}
