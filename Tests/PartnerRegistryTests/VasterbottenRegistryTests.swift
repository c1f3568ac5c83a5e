import Foundation
import PartnerRegistry
import Testing

/// The seed registry: graphs/vasterbotten.yaml loads cleanly, every fact is
/// sourced, every quote is in the seed, and the facts the seed states are
/// there with the years it gives.
@Suite("graphs/vasterbotten.yaml")
struct VasterbottenRegistryTests {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("graphs/vasterbotten.yaml")

    let registry: Registry

    init() throws {
        registry = try RegistryLoader.load(path: Self.url.path)
    }

    @Test func counts() {
        #expect(registry.organisations.count == 24)
        #expect(registry.groups.count == 16)
        #expect(registry.memberships.count == 44)
        #expect(registry.initiatives.count == 1)
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
