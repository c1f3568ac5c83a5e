import Foundation
import InterchangeBase
import PartnerRegistry
import Testing

@Suite struct RoundTripTests {
    let full: Registry

    init() throws {
        full = try RegistryLoader.load(contents: Samples.full, fileName: "full.yaml")
    }

    @Test func yamlRoundTripKeepsEveryFeature() throws {
        let text = try RegistryWriter.yaml(full)
        let again = try RegistryLoader.load(contents: text, fileName: "again.yaml")
        #expect(again == full)
        // Writing is deterministic, so a second round gives the same text.
        #expect(try RegistryWriter.yaml(again) == text)
    }

    /// Lifecycle, successors and certainty survive writing: the Västerbotten
    /// registry (unknown ends, inferred seats and dates, inferred convening
    /// and document relations, external sources) and a registry with every
    /// new key.
    @Test func timeAndCertaintyRoundTrip() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("graphs/vasterbotten.yaml").path
        let vasterbotten = try RegistryLoader.load(path: path)
        for format in ["yaml", "json"] {
            let text = format == "yaml" ? try RegistryWriter.yaml(vasterbotten) : RegistryWriter.json(vasterbotten)
            let again = try RegistryLoader.load(contents: text, fileName: "again.\(format)")
            #expect(again == vasterbotten, "\(format)")
        }
        let all = try RegistryLoader.load(contents: """
        sources:
          - {id: page, title: Page, kind: primary, describes: 2015}
          - {id: list, title: List, kind: external}
        organisations:
          - {id: a, name: A, kind: other, until: {date: unknown, before: 2014}, replaces: [gone], certainty: inferred, reason: r}
          - {id: b, name: B, kind: other, succeeded-by: a}
        groups:
          - id: g
            name: G
            kind: council
            convener: [{organisation: a, certainty: inferred, reason: r}, b]
            members:
              - {organisation: a, since: {date: 2003, certainty: inferred, reason: r}, until: unknown, certainty: external}
        initiatives:
          - {id: i, name: I, leads-to: [d2], participants: [{organisation: a, count: 3, certainty: inferred, reason: r}]}
        documents:
          - {id: d1, name: D1, kind: plan, ended: {date: unknown, before: 2012}}
          - {id: d2, name: D2, kind: plan, ended: 2020, revises: [{document: d1, certainty: inferred, reason: r}]}
        """, fileName: "all.yaml")
        let text = try RegistryWriter.yaml(all)
        #expect(try RegistryLoader.load(contents: text, fileName: "again.yaml") == all, "\(text)")
        #expect(try RegistryLoader.load(contents: RegistryWriter.json(all), fileName: "again.json") == all)
    }

    @Test func jsonRoundTripKeepsEveryFeature() throws {
        let text = RegistryWriter.json(full)
        let again = try RegistryLoader.load(contents: text, fileName: "again.json")
        #expect(again == full)
        #expect(RegistryWriter.json(again) == text)
        // The JSON is also plain JSON to Foundation.
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    @Test func writtenYAMLUsesShortForms() throws {
        let text = try RegistryWriter.yaml(full)
        #expect(text.hasPrefix("samverkan: 1\ntitle: Västerbotten\n"))
        #expect(text.contains("  members:\n  - vasterbottensturism\n"))
        #expect(text.contains("  source: seed\n"))
        #expect(text.contains("aliases: [Visit Västerbotten]"))
        #expect(text.contains("since: 2003\n"))
    }

    @Test func textThatLooksLikeOtherTypesIsQuoted() throws {
        let r = Registry(organisations: [
            Organisation(id: "a", name: "2015", kind: .other, aliases: ["yes", "null", "", " padded ", "a: b", "#x"],
                         attributes: ["n": "007", "multi": "line one\nline two", "quote": "it's \"x\""]),
        ])
        for text in [try RegistryWriter.yaml(r), RegistryWriter.json(r)] {
            let again = try RegistryLoader.load(contents: text, fileName: text.hasPrefix("{") ? "r.json" : "r.yaml")
            #expect(again == r, "\(text)")
        }
    }

    @Test func membershipsOutOfGroupOrderSurvive() throws {
        let orgs = [Organisation(id: "a", name: "A", kind: .other), Organisation(id: "b", name: "B", kind: .other)]
        let groups = [Group(id: "g1", name: "G1", kind: .council), Group(id: "g2", name: "G2", kind: .council)]
        let memberships = [
            Membership(organisation: "a", group: "g1"), Membership(organisation: "a", group: "g2"),
            Membership(organisation: "b", group: "g1", role: .chair),
        ]
        let r = Registry(organisations: orgs, groups: groups, memberships: memberships)
        let text = try RegistryWriter.yaml(r)
        #expect(text.contains("memberships:\n- {organisation: b, group: g1, role: chair}"))
        #expect(try RegistryLoader.load(contents: text, fileName: "r.yaml") == r)
    }

    @Test func ambiguousActorsAndRepeatedRelationsUseLongForms() throws {
        let r = Registry(
            organisations: [Organisation(id: "x", name: "X", kind: .other)],
            groups: [Group(id: "x", name: "X group", kind: .council)],
            documents: [StrategyDocument(id: "d", name: "D", kind: .plan, adoptedBy: [.group("x"), .organisation("x")])],
            rules: [Rule(id: "r", description: "", subject: .groups, requirements: [
                .init(relation: .members, atLeast: 1), .init(relation: .members, roles: [.chair], atMost: 1),
            ])])
        let text = try RegistryWriter.yaml(r)
        #expect(text.contains("adopted-by: [{group: x}, {organisation: x}]"))
        #expect(try RegistryLoader.load(contents: text, fileName: "r.yaml") == r)
        #expect(try RegistryLoader.load(contents: RegistryWriter.json(r), fileName: "r.json") == r)
    }

    @Test func csvExportReloads() throws {
        let r = try RegistryLoader.load(contents: RegistryWriter.csv(full), fileName: "m.csv")
        #expect(r.memberships.map(\.organisation) == full.memberships.map(\.organisation))
        #expect(r.memberships.map(\.group) == full.memberships.map(\.group))
        #expect(r.memberships.map(\.role) == full.memberships.map(\.role))
        #expect(r.memberships.map(\.validity) == full.memberships.map(\.validity))
    }

    @Test func atomicWriteReplacesAndLeavesNoTemporaryFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.yaml")
        try AtomicFile.write("first", to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try AtomicFile.write(Data("second".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.yaml"])
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let error = #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write("x", to: dir.appendingPathComponent("no/such/dir/out.yaml"))
        }
        #expect(error?.description.contains("does not exist") == true)
    }
}
