import Foundation
import NetworkInterchange
import PartnerRegistry
import Testing

/// The vocabulary sheet: a registry's own kinds, levels and roles in and
/// out of spreadsheets.
@Suite struct SheetVocabularyTests {
    /// Sheets as a spreadsheet user writes them: semicolons, Swedish
    /// labels of the declared kinds in the other sheets.
    static let sheets = [
        "registry": "title;language;vocabulary\nSamverkan i fjällen;sv;\n",
        "vocabulary": """
        section;id;label_en;label_sv;plural_sv;colour;shape;counts_as;label_se
        organisation-kinds;ski-resort-operator;Ski resort operator;Skidanläggning;skidanläggningar;#1b7f79;house;destination-organisation;Čuoiggahanbáiki
        roles;ordforande;;ordförande i styrgruppen;;;;chair;
        levels;valley;valley;dal;;;;;

        """,
        "organisations": "id;name;kind;level\nare;Åre Destination;Skidanläggning;dal\nvemdalen;Vemdalen;ski-resort-operator;valley\n",
        "groups": "id;name;kind\nsnorad;Snörådet;Råd\n",
        "memberships": "organisation;group;role\nare;snorad;ordförande i styrgruppen\nvemdalen;snorad;medlem\n",
    ]

    @Test func declaredKindsAreReadAndTheirLabelsAccepted() throws {
        let directory = try SheetImportTests.write(Self.sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let imported = try SheetImport.read(try SheetImport.Files.find([directory.path]).get())
        let r = imported.registry
        let v = r.vocabulary
        #expect(v.declared.ids(.organisationKinds) == ["ski-resort-operator"])
        let ski = try #require(v.term("ski-resort-operator", in: .organisationKinds))
        // Any language column is read (label_se: Northern Sami).
        #expect(ski.labels == ["en": "Ski resort operator", "sv": "Skidanläggning", "se": "Čuoiggahanbáiki"])
        #expect(ski.plurals == ["sv": "skidanläggningar"] && ski.colour == "#1B7F79" && ski.shape == "house")
        #expect(ski.countsAs == ["destination-organisation"])
        // "Skidanläggning" and "dal" in organisations.csv name the declared entries.
        #expect(r.organisations.map(\.kind.rawValue) == ["ski-resort-operator", "ski-resort-operator"])
        #expect(r.organisations.map { $0.level?.rawValue } == ["valley", "valley"])
        #expect(r.memberships.map(\.role.rawValue) == ["ordforande", "member"])
        // The role counts as chair, so load counts Åre's chair.
        let load = RegistryAnalysis(registry: r).meetingLoad()
        #expect(load.organisations.first { $0.organisation.id == "are" }?.chairs == 1)
    }

    @Test func theVocabularySheetRoundTripsByteForByte() throws {
        let directory = try SheetImportTests.write(Self.sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let r = try SheetImport.read(try SheetImport.Files.find([directory.path]).get()).registry
        let first = directory.appendingPathComponent("first"), second = directory.appendingPathComponent("second")
        try ExportDirectoryWriter.write(to: first, force: false) { try RegistryExport(registry: r, format: .sheets).write(to: &$0) }
        let again = try SheetImport.read(try SheetImport.Files.find([first.path]).get()).registry
        #expect(again.vocabulary == r.vocabulary)
        try ExportDirectoryWriter.write(to: second, force: false) {
            try RegistryExport(registry: again, format: .sheets).write(to: &$0)
        }
        for name in ["vocabulary.csv", "registry.csv", "organisations.csv", "memberships.csv"] {
            let a = try String(contentsOf: first.appendingPathComponent(name), encoding: .utf8)
            let b = try String(contentsOf: second.appendingPathComponent(name), encoding: .utf8)
            #expect(a == b, "\(name)")
        }
        let vocabulary = try String(contentsOf: first.appendingPathComponent("vocabulary.csv"), encoding: .utf8)
        #expect(vocabulary.hasPrefix(
            "section,id,label_en,label_sv,label_se,plural_en,plural_sv,plural_se,heading_en,heading_sv,heading_se,colour,shape,counts_as\n"))
        #expect(vocabulary.contains("roles,ordforande,,ordförande i styrgruppen,,"))
    }

    @Test func anEmptyStartAndBadRowsArePositioned() throws {
        var sheets = Self.sheets
        sheets["registry"] = "title;language;vocabulary\nX;sv;empty\n"
        sheets["vocabulary"] = """
        section;id;label_sv;colour;counts_as
        organisation-kind;firm;Firma;;
        organisation-kinds;Fjäll Bolag;;;
        organisation-kinds;hotel;;grön;lodging

        """
        let directory = try SheetImportTests.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: RegistryLoadError.self) {
            try SheetImport.read(try SheetImport.Files.find([directory.path]).get())
        }
        let messages = error.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("vocabulary.csv:2:1: error: unknown section 'organisation-kind'") && $0.contains("did you mean 'organisation-kinds'?") }, "\(messages)")
        #expect(messages.contains { $0.contains("vocabulary.csv:3:20: error: organisation kind ID 'Fjäll Bolag' is not a plain word") && $0.contains("'fjall-bolag'") }, "\(messages)")
        #expect(messages.contains { $0.contains("vocabulary.csv:4:27: error: colour 'grön' is not a hex colour") }, "\(messages)")
        #expect(messages.contains { $0.contains("counts as 'lodging'") }, "\(messages)")
        // With the default dropped, 'Skidanläggning' in organisations.csv names nothing declared.
        #expect(messages.contains { $0.contains("organisations.csv:2:") && $0.contains("unknown organisation kind 'Skidanläggning'") }, "\(messages)")
    }
}
