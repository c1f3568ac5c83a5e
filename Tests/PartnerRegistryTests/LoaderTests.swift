import Foundation
import InterchangeBase
import PartnerRegistry
import Testing

@Suite struct LoaderTests {
    let registry: Registry

    init() throws {
        registry = try RegistryLoader.load(contents: Samples.full, fileName: "full.yaml")
    }

    @Test func countsAndOrder() {
        #expect(registry.title == "Västerbotten")
        #expect(registry.sources.map(\.id) == ["seed", "scb"])
        #expect(registry.organisations.map(\.id.rawValue) == [
            "vasterbottensturism", "visit-umea", "visit-skelleftea", "umea-kommun", "region-vasterbotten", "visitsweden",
        ])
        #expect(registry.groups.map(\.id.rawValue) == ["ledningsgrupp", "marknadsgrupp", "operativa-arbetsgrupper"])
        // Group members first (in group order), then the memberships section.
        #expect(registry.memberships.map { "\($0.organisation)@\($0.group)" } == [
            "vasterbottensturism@ledningsgrupp", "visit-umea@ledningsgrupp", "visit-skelleftea@ledningsgrupp",
            "visit-umea@marknadsgrupp", "visit-skelleftea@marknadsgrupp", "umea-kommun@ledningsgrupp",
        ])
        #expect(registry.initiatives.count == 1 && registry.documents.count == 2 && registry.rules.count == 4)
    }

    @Test func organisationFields() throws {
        let vt = try #require(registry.organisation("vasterbottensturism"))
        #expect(vt.name == "VästerbottensTurism")
        #expect(vt.kind == .regionalTourismOrganisation)
        #expect(vt.aliases == ["Visit Västerbotten"])
        #expect(vt.level == .regional)
        #expect(vt.url == "https://example.org/vt")
        #expect(vt.validity == Validity(since: PartialDate(year: 2003), until: nil))
        #expect(vt.attributes == ["sector": "public", "county": "Västerbotten"])
        #expect(vt.sources == [Citation(source: "seed", quote: "VästerbottensTurism arbetar aktivt …")])
        let kommun = try #require(registry.organisation("umea-kommun"))
        #expect(kommun.validity.until == PartialDate(year: 2030, month: 12))
        #expect(kommun.sources == [Citation(source: "scb", note: "public fact, not in the seed"), Citation(source: "seed")])
    }

    @Test func groupAndMembershipFields() throws {
        let lg = try #require(registry.group("ledningsgrupp"))
        #expect(lg.kind == .managementGroup && lg.conveners == ["vasterbottensturism"] && lg.basedOn == ["lansstrategiplan"])
        let mg = try #require(registry.group("marknadsgrupp"))
        #expect(mg.conveners == ["vasterbottensturism", "visit-umea"] && mg.partOf == "operativa-arbetsgrupper")
        let chair = registry.memberships[1]
        #expect(chair.role == .chair && chair.mandate == true)
        #expect(chair.validity == Validity(since: PartialDate(year: 2015, month: 3), until: PartialDate(year: 2019)))
        #expect(chair.sources == [Citation(source: "seed", quote: "…")])
        #expect(registry.memberships[0].role == .member && registry.memberships[0].mandate == nil)
        #expect(registry.memberships[2].mandate == false)
        #expect(registry.memberships[5].validity.since == PartialDate(year: 2015, month: 6, day: 1))
    }

    @Test func initiativeDocumentAndRuleFields() throws {
        let i = try #require(registry.initiative("vinterkampanj"))
        #expect(i.group == "ledningsgrupp" && i.funders == ["vasterbottensturism"])
        #expect(i.participants == [
            Participation(organisation: "visit-umea"),
            Participation(organisation: "visit-skelleftea", role: .lead),
            Participation(organisation: "umea-kommun", role: .partner, sources: [Citation(source: "scb")]),
        ])
        let f = try #require(registry.document("fardledaren"))
        #expect(f.revises == ["lansstrategiplan"] && f.supersedes == ["lansstrategiplan"] && f.basedOn.isEmpty)
        #expect(f.adoptedBy == [.group("ledningsgrupp"), .organisation("region-vasterbotten")])
        #expect(f.validity == Validity(since: PartialDate(year: 2008), until: PartialDate(year: 2009)))
        let rule = try #require(registry.rule("two-destinations"))
        #expect(rule.subject == .initiatives && rule.severity == .error)
        #expect(rule.filter == Rule.Filter(levels: [.regional], fundedBy: ["vasterbottensturism"], attributes: ["season": "winter"]))
        #expect(rule.requirements == [Rule.Requirement(relation: .participants, kinds: ["destination-organisation"], atLeast: 2)])
        let small = try #require(registry.rule("small-groups"))
        #expect(small.requirements.count == 2 && small.requirements[1].atMost == 5)
        #expect(registry.rule("every-group-has-a-convener")?.severity == .warning)
    }

    @Test func locationsPointIntoTheFile() {
        #expect(registry.location(of: .organisation("visit-umea"))?.description == "full.yaml:21:5")
        #expect(registry.location(of: .group("ledningsgrupp"))?.description == "full.yaml:47:5")
        #expect(registry.location(of: .rule("two-destinations"))?.description == "full.yaml:109:5")
        #expect(registry.location(ofMembershipAt: 0)?.description == "full.yaml:56:9")
        #expect(registry.location(ofMembershipAt: 5)?.description == "full.yaml:77:5")
        #expect(registry.location(of: .organisation("nobody")) == nil)
        #expect(Registry().location(ofMembershipAt: 0) == nil)
    }

    @Test func jsonWithTheSameSchema() throws {
        let json = """
        {
          "samverkan": 1,
          "organisations": [
            {"id": "vt", "name": "V\\u00e4sterbottensTurism", "kind": "regional-tourism-organisation", "since": 2003},
            {"id": "umea", "name": "Visit Umeå", "kind": "destination-organisation"}
          ],
          "groups": [
            {"id": "lg", "name": "Ledningsgruppen", "kind": "management-group", "convener": "vt",
             "members": ["vt", {"organisation": "umea", "role": "chair", "mandate": true, "since": "2015-03"}]}
          ]
        }
        """
        let yaml = """
        organisations:
          - {id: vt, name: VästerbottensTurism, kind: regional-tourism-organisation, since: 2003}
          - {id: umea, name: Visit Umeå, kind: destination-organisation}
        groups:
          - id: lg
            name: Ledningsgruppen
            kind: management-group
            convener: vt
            members: [vt, {organisation: umea, role: chair, mandate: true, since: 2015-03}]
        """
        let fromJSON = try RegistryLoader.load(contents: json, fileName: "r.json")
        let fromYAML = try RegistryLoader.load(contents: yaml, fileName: "r.yaml")
        #expect(fromJSON == fromYAML)
        #expect(fromJSON.location(of: .organisation("umea"))?.description == "r.json:5:5")
    }

    @Test func formatFromExtensionAndContent() {
        #expect(RegistryFormat(fileName: "a/b.YML") == .yaml)
        #expect(RegistryFormat(fileName: "x.json") == .json)
        #expect(RegistryFormat(fileName: "x.csv") == .csv)
        #expect(RegistryFormat(fileName: "x.txt") == nil)
        #expect(RegistryFormat(fileName: "dir.d/file") == nil)
        #expect(RegistryFormat.sniff("\u{FEFF}  {\"a\": 1}") == .json)
        #expect(RegistryFormat.sniff("organisation,group,role\nx,y,\n") == .csv)
        #expect(RegistryFormat.sniff("\"Group\",\"Organisation\"\n") == .csv)
        #expect(RegistryFormat.sniff("organisations: []\n") == .yaml)
        // Comma-separated words that YAML would take for one string: a CSV
        // header with typos, which the CSV reader then explains.
        #expect(RegistryFormat.sniff("a,b\n") == .csv)
        #expect(RegistryFormat.sniff("organisation;group\n") == .csv)
        #expect(RegistryFormat.sniff("# a,b\ntitle: x\n") == .yaml)
        #expect(RegistryFormat.sniff("title: a, b\n") == .yaml)
        #expect(RegistryFormat.sniff("- a, b\n") == .yaml)
    }

    @Test func emptyAndNullSections() throws {
        let r = try RegistryLoader.load(contents: "organisations:\ngroups: []\n", fileName: "t.yaml")
        #expect(r == Registry())
        #expect(try RegistryLoader.load(contents: "", fileName: "t.yaml") == Registry())
    }

    @Test func unsupportedVersion() throws {
        let d = try #require(only("samverkan: 2\n"))
        #expect(d.code == .unknownValue && d.message == "unsupported format version 2")
    }

    @Test func loadFromAFileAndMissingFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-loader-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("r.yml")
        try AtomicFile.write(Samples.minimal, to: file)
        let r = try RegistryLoader.load(path: file.path)
        #expect(r.organisations.count == 2)
        #expect(r.location(of: .group("lg"))?.file == file.path)

        let missing = dir.appendingPathComponent("nope.yaml").path
        let e1 = #expect(throws: RegistryLoadError.self) { try RegistryLoader.load(path: missing) }
        #expect(e1?.isUnreadable == true)
        #expect(e1?.description == "\(missing): error: no such file; check the path, or pass '-' to read standard input")
        let e2 = #expect(throws: RegistryLoadError.self) { try RegistryLoader.load(path: dir.path) }
        #expect(e2?.isUnreadable == true)
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        var data = Data("organisations:\n  - {id: a, name: A".utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        data.append(contentsOf: Data(", kind: other}\n".utf8))
        let e = #expect(throws: RegistryLoadError.self) { try RegistryLoader.load(data: data, fileName: "bad.yaml") }
        #expect(e?.diagnostics.first?.code == .invalidEncoding)
        #expect(e?.diagnostics.first?.location == SourceLocation(file: "bad.yaml", line: 2, column: 20))
        #expect(e?.isUnreadable == false)
    }
}
