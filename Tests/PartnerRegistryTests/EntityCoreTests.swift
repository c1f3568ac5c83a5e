import Foundation
import PartnerRegistry
import Testing

/// Organisations and groups keep their shared fields in one `EntityCore`;
/// reached through the entity and encoded as before, with flat keys.
@Suite struct EntityCoreTests {
    @Test func sharedFieldsAreTheCores() {
        var o = Organisation(id: "a", name: "A", kind: .municipality, aliases: ["Ä"], replaces: ["old-a"])
        o.name = "A kommun"
        #expect(o.core.name == "A kommun")
        #expect(o.core.aliases == ["Ä"])
        #expect(o.replaces == ["old-a"])
        var g = Group(id: "g", name: "G", kind: .council, conveners: ["a"], succeededBy: ["g2"])
        g.validity = Validity(since: PartialDate("2010"))
        #expect(g.core.validity.since == PartialDate("2010"))
        #expect(g.core.succeededBy == ["g2"])
        #expect(g.conveners == ["a"])
    }

    @Test func codableKeysAreFlat() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let o = Organisation(id: "a", name: "A", kind: .municipality, url: "https://a.se")
        let oKeys = try keys(encoder.encode(o))
        #expect(oKeys == ["aliases", "attributes", "id", "kind", "name", "replaces", "sources", "succeededBy", "url", "validity"])
        let g = Group(id: "g", name: "G", kind: .council, partOf: "p", memberList: MemberList(.partial))
        let gKeys = try keys(encoder.encode(g))
        #expect(gKeys == [
            "aliases", "attributes", "basedOn", "convenerAssessments", "conveners", "id", "kind", "memberList", "name",
            "partOf", "replaces", "sources", "succeededBy", "validity",
        ])
        #expect(try JSONDecoder().decode(Organisation.self, from: encoder.encode(o)) == o)
        #expect(try JSONDecoder().decode(Group.self, from: encoder.encode(g)) == g)
    }

    @Test func numbersAreGroupedByThousands() {
        #expect(NumberText.grouped(0) == "0")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.grouped(7_998_000) == "7,998,000")
        #expect(NumberText.grouped(-1234) == "-1,234")
    }

    private func keys(_ data: Data) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?.keys.map { $0 } ?? []).sorted()
    }
}
