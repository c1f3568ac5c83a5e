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
    /// - pairs that lose their last shared group: the 18 members make
    ///   C(18, 2) = 153 pairs, of which VT and the destinations still share
    ///   the Ledningsgrupp and the conference: 152;
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
        #expect(diff.memberships.filter { $0.kind == .confirmed }.count == 26)
        #expect(diff.memberships.count == 44)
        let lost = diff.isolation.filter { $0.kind == .lostEveryPartner }
        #expect(lost.count == 16 && lost.allSatisfy { $0.partners == 17 })
        #expect(lost.contains { $0.organisation == "umea" } && lost.contains { $0.organisation == "turistforetagen" })
        #expect(diff.pairs.count == 152 && diff.pairs.allSatisfy { $0.kind == .lost && $0.groups == ["strategigruppen"] })
        #expect(!diff.pairs.contains { Set([$0.first, $0.second]) == ["vasterbottensturism", "destinationerna"] })
        #expect(Set(diff.documents.map { "\($0.kind.rawValue) \($0.id)" }) == [
            "ended fardledaren", "added samarbetskartan", "added ny-strategi-2015", "confirmed rus",
            "confirmed nationell-strategi", "confirmed gemensam-marknadsplan",
        ])
        #expect(diff.brokers.map { "\($0.kind.rawValue) \($0.type) \($0.id)" } == ["vanished group strategigruppen"])
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
        #expect(diff.groups.map { "\($0.kind.rawValue) \($0.id) \($0.previousID ?? "-") \($0.previousName ?? "-")" } == [
            "renamed council - Turistrådet",
            "renamed marketing market Marknadsgruppen",
        ])
        #expect(diff.memberships.map { "\($0.kind.rawValue) \($0.organisation)@\($0.group) \($0.details)" } == [
            "changed north@marketing [\"role: member → chair\"]",
            "ended hotel@fair []",
            "added lappland@council []",
            "added south@fair []",
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
        #expect(diff.groups.map { "\($0.kind.rawValue) \($0.id)" } == ["renamed council", "ended market", "added marketing"])
    }

    @Test func roundTripsThroughJSON() throws {
        let registry = try RegistryLoader.load(path: Self.vasterbotten)
        let diff = try RegistryDiff(
            from: RegistryAnalysis(registry: registry, asOf: .date(PartialDate(year: 2010)!)),
            to: RegistryAnalysis(registry: registry))
        #expect(try roundTrips(diff))
    }
}
