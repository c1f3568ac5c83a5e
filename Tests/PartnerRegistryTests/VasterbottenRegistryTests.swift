import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The seed registry: graphs/vasterbotten.yaml loads cleanly, every fact is
/// sourced, every quote is in the seed, and the facts the seed states are
/// there with the years it gives.
@Suite("graphs/vasterbotten.yaml")
struct VasterbottenRegistryTests {
    static let url = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml")

    let registry: Registry

    init() throws {
        registry = try RegistryLoader.load(path: Self.url.path)
    }

    @Test func counts() {
        #expect(registry.organisations.count == 24)
        // 16 groups the seed names as VT's forums and seats, the umbrella
        // "Operativa arbetsgrupper" and Region Västerbotten's other activities.
        #expect(registry.groups.count == 18)
        #expect(registry.memberships.count == 46)
        // The 2014 development process, two focus areas, the website.
        #expect(registry.initiatives.count == 4)
        #expect(registry.documents.count == 7)
        #expect(registry.sources.count == 3)
        #expect(registry.rules.count == 1)
        #expect(registry.organisations.filter { $0.kind == .municipality }.count == 15)
        #expect(registry.organisations.filter(\.isCollective).map(\.id.rawValue).sorted()
            == ["destinationerna", "regionala-turistorganisationer", "turistforetagen"])
    }

    @Test func validatesWithoutViolationsOrQuoteWarnings() {
        #expect(registry.checkRules().isEmpty)
        let warnings = registry.checkQuotes(baseDirectory: Self.url.deletingLastPathComponent())
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
    }

    @Test func everyFactCarriesItsSource() {
        for o in registry.organisations { #expect(!o.sources.isEmpty, "organisation \(o.id)") }
        for g in registry.groups { #expect(!g.sources.isEmpty, "group \(g.id)") }
        for m in registry.memberships { #expect(!m.sources.isEmpty, "membership \(m.organisation) in \(m.group)") }
        for d in registry.documents { #expect(!d.sources.isEmpty, "document \(d.id)") }
        for x in registry.initiatives { #expect(!x.sources.isEmpty, "initiative \(x.id)") }
        // Facts not in the seed say so.
        for o in registry.organisations where o.kind == .municipality {
            #expect(o.sources.allSatisfy { $0.source == "scb-kommuner" && $0.note?.contains("not in the seed") == true })
        }
    }

    @Test func theStrategyLineage() throws {
        let fardledaren = try #require(registry.document("fardledaren"))
        #expect(fardledaren.validity == Validity(since: PartialDate("2008"), until: PartialDate("2009")))
        #expect(fardledaren.revises == ["lansstrategiplan"])
        let kartan = try #require(registry.document("samarbetskartan"))
        #expect(kartan.validity.since == PartialDate("2015"))
        #expect(Set(kartan.basedOn) == ["rus", "nationell-strategi"])
        #expect(registry.document("ny-strategi-2015")?.basedOn == ["samarbetskartan"])
        #expect(registry.initiative("turistisk-utvecklingsprocess")?.validity.since == PartialDate("2014"))
        let strategigruppen = try #require(registry.group("strategigruppen"))
        #expect(strategigruppen.validity.since == PartialDate("2003"))
        #expect(strategigruppen.basedOn == ["lansstrategiplan"])
        // "har tidigare skett": ended, date not given; the seed describes 2015.
        #expect(strategigruppen.validity.lifecycle == .endedAtUnknownDate(before: nil))
        #expect(registry.source("seed")?.describes == PartialDate("2015"))
        #expect(registry.initiative("turistisk-utvecklingsprocess")?.leadsTo == ["ny-strategi-2015"])
        #expect(registry.group("marknadsgrupp")?.partOf == "operativa-arbetsgrupper")
        #expect(registry.document("gemensam-marknadsplan")?.adoptedBy == [.group("marknadsgrupp")])
    }

    /// The seed dates the group (2003), not each seat; the municipalities are
    /// "länets kommuner", named from SCB's list (an external source); the
    /// seats and the convening the seed does not state are readings.
    @Test func certaintyAsTheSeedGivesIt() throws {
        let seats = registry.members(of: "strategigruppen")
        #expect(seats.allSatisfy { $0.validity.sinceAssessment?.certainty == .inferred })
        #expect(seats.filter { $0.assessment?.certainty == .inferred }.count == 15)
        #expect(registry.certainty(of: try #require(registry.organisation("umea"))) == .external)
        #expect(registry.certainty(of: try #require(registry.organisation("visitsweden"))) == .stated)
        for group in ["ledningsgrupp", "strategiskt-rad", "marknadsgrupp", "redaktionsrad", "vd-dagar"] {
            let seat = try #require(registry.members(of: GroupID(group)).first { $0.organisation == "vasterbottensturism" })
            #expect(registry.certainty(of: seat) == .inferred, "\(group)")
            #expect(seat.assessment?.reason?.isEmpty == false)
        }
        let vd = try #require(registry.group("vd-dagar"))
        #expect(registry.certainty(convener: "visitsweden", of: vd) == .inferred)
        let rto = try #require(registry.members(of: "natverket-rto").first { $0.organisation == "regionala-turistorganisationer" })
        #expect(registry.certainty(of: rto) == .inferred)
        #expect(registry.checkSupport().isEmpty)
    }

    @Test func whoSitsWhere() {
        let ledning = registry.members(of: "ledningsgrupp")
        #expect(ledning.contains { $0.organisation == "destinationerna" && $0.mandate == true })
        #expect(registry.members(of: "strategigruppen").count == 18)  // VT, destinations, companies, 15 municipalities
        #expect(registry.groups(of: "vasterbottensturism").count == 17)
        #expect(registry.group("turismkonferens")?.conveners == ["vasterbottensturism", "destinationerna"])
        #expect(registry.group("turistgruppen")?.conveners == ["lansstyrelsen-vasterbotten", "region-vasterbotten"])
        #expect(registry.group("b2b-tyskspraktiga-marknader")?.level == .international)
    }

    @Test func asOfBeforeTheStrategyGroup() {
        let in2002 = registry.asOf(PartialDate("2002")!)
        #expect(in2002.group("strategigruppen") == nil)
        #expect(in2002.members(of: "strategigruppen").isEmpty)
        #expect(registry.asOf(PartialDate("2003")!).members(of: "strategigruppen").count == 18)
    }

    @Test func theFundingRuleIsStatedAsData() throws {
        let rule = try #require(registry.rules.first)
        #expect(rule.subject == .initiatives)
        #expect(rule.filter.fundedBy == ["vasterbottensturism"])
        #expect(rule.requirements.first?.relation == .participants)
        #expect(rule.requirements.first?.kinds == ["destination-organisation"])
        #expect(rule.requirements.first?.atLeast == 2)
    }
}
