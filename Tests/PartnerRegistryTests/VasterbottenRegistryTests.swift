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
        // 16 groups the seed names as VT's forums and seats, and the umbrella
        // "Operativa arbetsgrupper".
        #expect(registry.groups.count == 17)
        #expect(registry.memberships.count == 44)
        // The 2014 development process, two focus areas, the website, Region
        // Västerbotten's other activities ("en lång rad verksamheter och
        // aktiviteter": activities, not a group) and the partnership projects
        // with VisitSweden towards foreign markets.
        #expect(registry.initiatives.count == 6)
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
        // "reviderades 2008 - 2009 och resulterade i dokumentet Färdledaren":
        // the revision led to the document, so it is in force from 2009 at
        // the earliest, a reading of the sentence.
        #expect(fardledaren.validity.since == PartialDate("2009") && fardledaren.validity.until == nil)
        #expect(fardledaren.validity.sinceAssessment?.certainty == .inferred)
        #expect(fardledaren.revises == ["lansstrategiplan"])
        let kartan = try #require(registry.document("samarbetskartan"))
        // "Samarbetskartan blir grunden för den nya strategin": the 2015 is
        // the new strategy's; the map's date is read from it.
        #expect(kartan.validity.since == PartialDate("2015"))
        #expect(kartan.validity.sinceAssessment?.certainty == .inferred)
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
        let plan = try #require(registry.document("gemensam-marknadsplan"))
        #expect(plan.adoptedBy == [.group("marknadsgrupp")])
        // "Marknadsgrupp och gemensam marknadsplan" lists them together; the
        // adoption is a reading, and --certainty stated drops it.
        #expect(registry.certainty(adoption: .group("marknadsgrupp"), of: plan) == .inferred)
        #expect(registry.view(RegistryScope(certainty: .stated)).document("gemensam-marknadsplan")?.adoptedBy == [])
        // Founding dates from the public record, marked external.
        #expect(registry.organisation("trafikverket")?.validity.since == PartialDate("2010-04-01"))
        #expect(registry.organisation("tillvaxtverket")?.validity.since == PartialDate("2009-04-01"))
        #expect(registry.organisation("trafikverket")?.validity.sinceAssessment?.certainty == .external)
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
        for group in ["ledningsgrupp", "strategiskt-rad", "marknadsgrupp", "redaktionsrad"] {
            let seat = try #require(registry.members(of: GroupID(group)).first { $0.organisation == "vasterbottensturism" })
            #expect(registry.certainty(of: seat) == .inferred, "\(group)")
            #expect(seat.assessment?.reason?.isEmpty == false)
        }
        // "Samverkan sker med VisitSweden AB, dels genom särskilda VD-dagar",
        // on VT's own page: VT's part in the VD-dagar is stated.
        let vdSeat = try #require(registry.members(of: "vd-dagar").first { $0.organisation == "vasterbottensturism" })
        #expect(registry.certainty(of: vdSeat) == .stated)
        // The Ledningsgrupp's destinations cite the sentence that names them.
        let destinations = try #require(registry.members(of: "ledningsgrupp").first { $0.organisation == "destinationerna" })
        #expect(destinations.sources.first?.quote
            == "En ledningsgrupp bestående av destinationsorganisationernas ledare har bildats.")
        // "vi lägger extra mycket fokus": VT's lead on the focus areas is a reading.
        for area in ["omvarldsbevakning", "affarsturism-evenemang", "hemsida"] {
            let lead = try #require(registry.initiative(InitiativeID(area))?.participants.first)
            #expect(lead.role == .lead && registry.certainty(of: lead) == .inferred, "\(area)")
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
        #expect(registry.groups(of: "vasterbottensturism").count == 16)
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
