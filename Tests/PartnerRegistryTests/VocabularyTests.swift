import Foundation
import PartnerRegistry
import Testing

/// The registry's vocabulary: the default one kept as data in the package,
/// a registry's own declarations, and the meanings analyses read from it.
@Suite struct VocabularyTests {
    // MARK: The default vocabulary

    @Test func defaultVocabularyIsTheTourismOne() throws {
        let v = Vocabulary.default
        // The twelve organisation kinds, twelve group kinds, seven document
        // kinds, four levels, nine roles, three participation roles and two
        // source kinds of default-vocabulary.yaml, in its order.
        #expect(v.ids(.organisationKinds).count == 12 && v.ids(.groupKinds).count == 12)
        #expect(v.ids(.documentKinds).count == 7 && v.ids(.roles).count == 9)
        #expect(v.ids(.participationRoles) == ["lead", "participant", "partner"])
        #expect(v.ids(.sourceKinds) == ["primary", "external"] && v.ids(.initiativeKinds).isEmpty)
        #expect(v.ids(.levels) == ["local", "regional", "national", "international"])
        #expect(v.label("municipality", in: .organisationKinds, language: "sv") == "Kommun")
        #expect(v.label("municipality", in: .organisationKinds, language: "en") == "Municipality")
        #expect(v.term("municipality", in: .organisationKinds)?.plurals["sv"] == "kommuner")
        #expect(v.term("local", in: .levels)?.headings["sv"] == "Lokalt")
        #expect(OrganisationKind.defaults.first == .nationalAgency && Role.defaults.contains(.viceChair))
        // No entry of the default vocabulary is declared by a registry.
        #expect(v.declared.sections.values.allSatisfy { $0.isEmpty })
    }

    @Test func meaningsFollowCountsAs() {
        let v = Vocabulary.default
        #expect(v.counts("vice-chair", in: .roles, as: "chair") && v.counts("chair", in: .roles, as: "chair"))
        #expect(!v.counts("convener", in: .roles, as: "chair") && !v.counts("member", in: .roles, as: "convener"))
        #expect(v.counts("regional-tourism-organisation", in: .organisationKinds, as: "emphasised"))
        #expect(v.counts("external", in: .sourceKinds, as: "external") && !v.counts("primary", in: .sourceKinds, as: "external"))
        #expect(v.rank("local", in: .levels)! < v.rank("international", in: .levels)!)
    }

    @Test func labelsAreFoundInAnyLanguage() throws {
        let v = Vocabulary.default
        #expect(v.named("Kommun", in: .organisationKinds)?.term.id == "municipality")
        #expect(v.named("kommun", in: .organisationKinds)?.language == "sv")
        #expect(v.named("Other organisation", in: .organisationKinds)?.language == "en")
        #expect(v.named("municipality", in: .organisationKinds)?.language == nil)
        #expect(v.named("vice ordförande", in: .roles)?.term.id == "vice-chair")
        #expect(v.named("lokal", in: .levels)?.term.id == "local")
        #expect(v.named("Kommunn", in: .organisationKinds) == nil)
    }

    // MARK: A registry's own vocabulary

    /// A Jämtland registry: a kind of its own that counts as a destination
    /// organisation, a Swedish role that counts as chair, a level of its
    /// own between local and regional, and an interview source that counts
    /// as external.
    static let jamtland = """
    title: Samverkan i Jämtland Härjedalen
    language: sv
    vocabulary:
      organisation-kinds:
        - id: ski-resort-operator
          label: {en: Ski resort operator, sv: Skidanläggning}
          plural: {en: ski resort operators, sv: skidanläggningar}
          colour: "#1B7F79"
          shape: house
          counts-as: [destination-organisation]
      group-kinds:
        - {id: snow-council, label: {sv: Snöråd}, colour: "#8E3B46"}
      initiative-kinds:
        - {id: campaign, label: {en: Campaign, sv: Kampanj}}
      levels:
        - {id: valley, label: {en: valley, sv: dal}, heading: {sv: Dalen}}
      roles:
        - {id: ordforande, label: {sv: ordförande i styrgruppen}, counts-as: [chair]}
      source-kinds:
        - {id: interview, label: {en: interview, sv: intervju}, counts-as: [external]}
    sources:
      - {id: samtal, title: Samtal med destinationerna, kind: interview}
    organisations:
      - {id: jht, name: Jämtland Härjedalen Turism, kind: regional-tourism-organisation}
      - {id: are, name: Åre Destination, kind: ski-resort-operator, level: valley}
      - {id: vemdalen, name: Vemdalen, kind: ski-resort-operator, level: valley}
      - {id: ostersund, name: Östersunds kommun, kind: municipality, level: local}
    groups:
      - id: snorad
        name: Snörådet
        kind: snow-council
        members:
          - {organisation: are, role: ordforande}
          - vemdalen
          - {organisation: jht, source: {from: samtal}}
    initiatives:
      - id: vinter
        name: Vinterkampanj
        kind: campaign
        funded-by: [jht]
        participants: [are, vemdalen]
    rules:
      - id: two-destinations
        description: Minst två destinationer.
        for: initiatives
        where: {funded-by: jht, kind: campaign}
        require:
          participants: {kind: destination-organisation, at-least: 2}
    """

    @Test func declaredEntriesExtendTheDefault() throws {
        let r = try RegistryLoader.load(contents: Self.jamtland, fileName: "j.yaml")
        let v = r.vocabulary
        // Appended after the default's twelve, which all remain.
        #expect(v.ids(.organisationKinds).count == 13 && v.ids(.organisationKinds).last == "ski-resort-operator")
        #expect(v.ids(.levels) == ["local", "regional", "national", "international", "valley"])
        #expect(r.organisation("are")?.kind == OrganisationKind(rawValue: "ski-resort-operator"))
        #expect(r.initiatives.first?.kind == InitiativeKind(rawValue: "campaign"))
        #expect(v.declared.ids(.organisationKinds) == ["ski-resort-operator"])
        #expect(v.term("ski-resort-operator", in: .organisationKinds)?.colour == "#1B7F79")
    }

    @Test func aRuleNamingAKindHoldsForKindsThatCountAsIt() throws {
        // Two ski resort operators take part; they count as destination
        // organisations, so the seed's rule is met.
        let r = try RegistryLoader.load(contents: Self.jamtland, fileName: "j.yaml")
        #expect(r.checkRules().isEmpty)
        // With one of them only, the rule counts 1.
        let one = Self.jamtland.replacingOccurrences(of: "participants: [are, vemdalen]", with: "participants: [are, ostersund]")
        let violations = try RegistryLoader.load(contents: one, fileName: "j.yaml").checkRules()
        #expect(violations.map(\.counted) == [1])
    }

    @Test func loadCountsRolesThatCountAsChair() throws {
        // Åre sits in Snörådet as 'ordforande', which counts as chair.
        let r = try RegistryLoader.load(contents: Self.jamtland, fileName: "j.yaml")
        let load = RegistryAnalysis(registry: r).meetingLoad()
        let are = try #require(load.organisations.first { $0.organisation.id == "are" })
        let vemdalen = try #require(load.organisations.first { $0.organisation.id == "vemdalen" })
        #expect(are.chairs == 1 && vemdalen.chairs == 0)
    }

    @Test func aSourceKindThatCountsAsExternalMakesItsFactsExternal() throws {
        let r = try RegistryLoader.load(contents: Self.jamtland, fileName: "j.yaml")
        let jht = try #require(r.memberships.first { $0.organisation == "jht" })
        #expect(r.certainty(of: jht) == .external)
    }

    @Test func anEmptyStartTakesOnlyWhatIsDeclared() throws {
        let text = """
        vocabulary:
          start: empty
          organisation-kinds:
            - {id: firm, label: {en: Firm}}
          group-kinds:
            - {id: board, label: {en: Board}}
          roles:
            - {id: head, label: {en: head}, counts-as: [convener]}
        organisations:
          - {id: a, name: A, kind: firm}
          - {id: b, name: B, kind: municipality}
        groups:
          - {id: g, name: G, kind: board, members: [{organisation: a, role: head}]}
        """
        let error = try #require(throws: RegistryLoadError.self) {
            try RegistryLoader.load(contents: text, fileName: "e.yaml")
        }
        let d = try #require(error.diagnostics.first)
        // 'municipality' is not declared: line 11 is B's entry, column 36 its kind.
        #expect(d.description.contains("e.yaml:11:"))
        #expect(d.message == "unknown organisation kind 'municipality' in organisation 'b'")
        #expect(d.hint?.contains("use one of: firm") == true && d.hint?.contains("declare it under 'vocabulary:") == true)
        let fixed = text.replacingOccurrences(of: "kind: municipality", with: "kind: firm")
        let r = try RegistryLoader.load(contents: fixed, fileName: "e.yaml")
        #expect(r.vocabulary.ids(.organisationKinds) == ["firm"] && r.vocabulary.startsEmpty)
        // 'head' counts as the built-in meaning convener, so load counts it.
        let a = try #require(RegistryAnalysis(registry: r).meetingLoad().organisations.first { $0.organisation.id == "a" })
        #expect(a.convenes == 1 && a.chairs == 0)
    }

    @Test func unknownValuesSuggestTheDeclaredOnes() throws {
        let text = Self.jamtland.replacingOccurrences(of: "id: vemdalen, name: Vemdalen, kind: ski-resort-operator",
                                                      with: "id: vemdalen, name: Vemdalen, kind: ski-resort-operater")
        let error = try #require(throws: RegistryLoadError.self) {
            try RegistryLoader.load(contents: text, fileName: "j.yaml")
        }
        let d = try #require(error.diagnostics.first)
        #expect(d.message == "unknown organisation kind 'ski-resort-operater' in organisation 'vemdalen'")
        #expect(d.hint?.hasPrefix("did you mean 'ski-resort-operator'?") == true)
        // A label written where the file takes the ID names the ID.
        let label = Self.jamtland.replacingOccurrences(of: "kind: snow-council", with: "kind: Snöråd")
        let labelError = try #require(throws: RegistryLoadError.self) {
            try RegistryLoader.load(contents: label, fileName: "j.yaml")
        }
        #expect(labelError.diagnostics.first?.hint == "'Snöråd' is the label of 'snow-council'; the registry file takes the ID: write snow-council")
    }

    @Test func badDeclarationsArePositionedErrors() throws {
        let text = """
        vocabulary:
          organisation-kinds:
            - {id: Ski Resort, label: {en: Ski resort}}
            - {id: hotel, colour: green, counts-as: [lodging]}
            - {id: hotel, shape: blob}
        """
        let error = try #require(throws: RegistryLoadError.self) {
            try RegistryLoader.load(contents: text, fileName: "v.yaml")
        }
        let messages = error.diagnostics.map(\.message)
        #expect(messages.contains("organisation kind ID 'Ski Resort' is not a plain word"))
        #expect(messages.contains("colour 'green' of organisation kind 'hotel' is not a hex colour"))
        #expect(messages.contains("organisation kind 'hotel' counts as 'lodging', which no entry of organisation-kinds before it declares"))
        #expect(messages.contains("unknown shape 'blob' of organisation kind 'hotel'"))
        #expect(messages.contains("organisation kind 'hotel' is declared twice in the vocabulary"))
        #expect(error.diagnostics.allSatisfy { $0.description.hasPrefix("v.yaml:") })
    }

    @Test func theDeclaredVocabularyIsWrittenAndReadBack() throws {
        let r = try RegistryLoader.load(contents: Self.jamtland, fileName: "j.yaml")
        let yaml = try RegistryWriter.yaml(r)
        #expect(yaml.contains("vocabulary:") && yaml.contains("id: ski-resort-operator"))
        // Only what the registry declared is written, not the default.
        #expect(!yaml.contains("id: municipality"))
        let again = try RegistryLoader.load(contents: yaml, fileName: "again.yaml")
        #expect(again.vocabulary == r.vocabulary)
        #expect(again == r)
    }

    @Test func theEmbeddedDefaultIsThePackagesFile() throws {
        // The compiled-in vocabulary is the file in the package, read by the
        // registry's own reader.
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PartnerRegistry/Vocabulary/default-vocabulary.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let registry = try RegistryLoader.load(
            contents: "vocabulary:\n  start: empty\n" + text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("#") }.map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n"),
            fileName: "d.yaml")
        for section in Vocabulary.Section.allCases {
            #expect(registry.vocabulary.terms(section).map(\.id) == Vocabulary.default.ids(section))
            #expect(registry.vocabulary.terms(section).map(\.labels) == Vocabulary.default.terms(section).map(\.labels))
        }
    }
}
