import Foundation
import NetworkInterchange
import PartnerRegistry
import Testing

/// `SheetImport`: sheets written by hand from graphs/vasterbotten.yaml's
/// facts (the shape `export --format sheets` writes) import into a
/// registry that validates and holds the same facts; bad cells are
/// reported at their file, line and column.
@Suite struct SheetImportTests {
    static let vasterbottenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("graphs/vasterbotten.yaml").path

    /// A CSV cell (RFC 4180) and a multi-valued cell (`;`, `\;`, `\\`).
    static func cell(_ s: String) -> String {
        s.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func multi(_ values: [String]) -> String {
        values.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;") }
            .joined(separator: ";")
    }

    static func line(_ cells: [String]) -> String { cells.map(cell).joined(separator: ",") + "\n" }

    static func dates(_ v: Validity) -> [String] {
        [v.since?.description ?? "", v.until?.description ?? (v.unknownEnd != nil ? "unknown" : "")]
    }

    static func assessed(_ a: Assessment?, _ sources: [Citation]) -> [String] {
        [a?.certainty.rawValue ?? "", a?.reason ?? "", multi(sources.map(\.source.rawValue))]
    }

    /// The four sheets of `r`, as the interchange shape lays them out.
    static func sheets(of r: Registry, in directory: URL) throws {
        var o = "id,name,kind,level,aliases,url,since,until,certainty,reason,sources\n"
        for x in r.organisations {
            o += line([x.id.rawValue, x.name, x.kind.rawValue, x.level?.rawValue ?? "", multi(x.aliases), x.url ?? ""]
                + dates(x.validity) + assessed(x.assessment, x.sources))
        }
        var g = "id,name,kind,level,aliases,url,conveners,part_of,since,until,certainty,reason,sources\n"
        for x in r.groups {
            g += line([x.id.rawValue, x.name, x.kind.rawValue, x.level?.rawValue ?? "", multi(x.aliases), x.url ?? "",
                       multi(x.conveners.map(\.rawValue)), x.partOf?.rawValue ?? ""]
                + dates(x.validity) + assessed(x.assessment, x.sources))
        }
        var m = "organisation,group,role,since,until,certainty,reason,sources\n"
        for x in r.memberships {
            m += line([x.organisation.rawValue, x.group.rawValue, x.role.rawValue] + dates(x.validity)
                + assessed(x.assessment, x.sources))
        }
        var s = "id,title,publisher,url,kind,describes\n"
        for x in r.sources {
            s += line([x.id.rawValue, x.title, x.publisher ?? "", x.url ?? "", x.kind.rawValue, x.describes?.description ?? ""])
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in [("organisations", o), ("groups", g), ("memberships", m), ("sources", s)] {
            try text.write(to: directory.appendingPathComponent("\(name).csv"), atomically: true, encoding: .utf8)
        }
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sheet-import-\(UUID().uuidString)")
    }

    /// A new temporary directory holding `sheets` (name → text) as
    /// `name.csv`; the caller removes it.
    static func write(_ sheets: [String: String]) throws -> URL {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in sheets {
            try text.write(to: directory.appendingPathComponent("\(name).csv"), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func vasterbottenSheetsImportToTheSameFacts() throws {
        let original = try RegistryLoader.load(path: Self.vasterbottenPath)
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.sheets(of: original, in: directory)

        let files = try SheetImport.Files.find([directory.path]).get()
        let imported = try SheetImport.read(files)
        let yaml = try imported.yaml()
        let again = try RegistryLoader.load(contents: yaml, fileName: "imported.yaml")
        let report = again.validate(baseDirectory: directory)
        #expect(report.isValid, "\(report.diagnostics)")
        #expect(imported.guesses.allSatisfy { $0.key == "level" }, "every kind is given, so none is guessed")

        #expect(again.organisations.count == original.organisations.count)
        for (a, b) in zip(again.organisations, original.organisations) {
            #expect([a.id.rawValue, a.name, a.kind.rawValue] == [b.id.rawValue, b.name, b.kind.rawValue])
            #expect(a.level == b.level && a.aliases == b.aliases && a.url == b.url, "\(a.id)")
            #expect(Self.dates(a.validity) == Self.dates(b.validity), "\(a.id)")
            #expect(Self.assessed(a.assessment, a.sources) == Self.assessed(b.assessment, b.sources), "\(a.id)")
        }
        #expect(again.groups.count == original.groups.count)
        for (a, b) in zip(again.groups, original.groups) {
            #expect([a.id.rawValue, a.name, a.kind.rawValue] == [b.id.rawValue, b.name, b.kind.rawValue])
            #expect(a.level == b.level && a.aliases == b.aliases && a.conveners == b.conveners && a.partOf == b.partOf)
            #expect(Self.dates(a.validity) == Self.dates(b.validity), "\(a.id)")
            #expect(Self.assessed(a.assessment, a.sources) == Self.assessed(b.assessment, b.sources), "\(a.id)")
        }
        #expect(again.memberships.count == original.memberships.count)
        for (a, b) in zip(again.memberships, original.memberships) {
            #expect(a.organisation == b.organisation && a.group == b.group && a.role == b.role)
            #expect(Self.dates(a.validity) == Self.dates(b.validity))
            #expect(Self.assessed(a.assessment, a.sources) == Self.assessed(b.assessment, b.sources))
        }
        #expect(again.sources.map(\.id) == original.sources.map(\.id))
        #expect(again.sources.map(\.title) == original.sources.map(\.title))
    }

    @Test func guessedKindsAndEmptyLevelsAreCommented() throws {
        let sheets = [
            "organisations": "id,name,kind,level\numea,Umeå kommun,,local\nacme,\"Acme; \"\"X\"\"\",company,\n",
            "groups": "id,name\nradet,Besöksnäringsrådet\n",
            "memberships": "organisation,group,role\numea,radet,chair\nacme,radet,\n",
        ]
        let directory = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let imported = try SheetImport.read(try SheetImport.Files.find([directory.path]).get())
        let yaml = try imported.yaml()
        #expect(yaml.contains("  kind: municipality  # guessed from the name\n"))
        #expect(yaml.contains("  kind: council  # guessed from the name\n  # level: left empty: not in the sheet\n"))
        let again = try RegistryLoader.load(contents: yaml, fileName: "x.yaml")
        #expect(again.organisations.map(\.name) == ["Umeå kommun", "Acme; \"X\""])
        #expect(again.memberships.map(\.role) == [.chair, .member])
    }

    /// Sheets saved by a spreadsheet in a Swedish locale are separated by
    /// `;` (a multi-valued cell is then quoted), and a sheet may be
    /// tab-separated: each sheet's separator is read from its header.
    @Test func semicolonAndTabSeparatedSheetsImport() throws {
        let sheets = [
            "organisations": "\u{FEFF}id;name;kind;aliases\r\numea;Umeå kommun;municipality;\"Umeå; Umea\"\r\nacme;\"Acme, AB\";company;\r\n",
            "groups": "id\tname\tkind\nradet\tBesöksnäringsrådet\tcouncil\n",
            "memberships": "organisation;group;role\numea;radet;chair\nacme;radet;\n",
        ]
        let directory = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let imported = try SheetImport.read(try SheetImport.Files.find([directory.path]).get())
        let again = try RegistryLoader.load(contents: try imported.yaml(), fileName: "x.yaml")
        #expect(again.organisations.map(\.name) == ["Umeå kommun", "Acme, AB"])
        #expect(again.organisations.map(\.aliases) == [["Umeå", "Umea"], []])
        #expect(again.groups.map(\.name) == ["Besöksnäringsrådet"])
        #expect(again.memberships.map(\.role) == [.chair, .member])
    }

    /// Kind, level and role cells take a label in English or Swedish as
    /// well as the ID, folded as names are ("Kommun", "lokal",
    /// "Ordförande", "Regional turistorganisation", "council"). The
    /// registry sheet gives the title and the language; without it, Swedish
    /// labels make the registry Swedish, and the YAML says why.
    @Test func labelsInEitherLanguageAndTheRegistrySheet() throws {
        var sheets = [
            "organisations": "id;name;kind;level\numea;Umeå kommun;Kommun;lokal\n"
                + "jht;Jämtland Härjedalen Turism;Regional turistorganisation;Regional\nx;X AB;company;national\n",
            "groups": "id;name;kind;level\nforum;Besöksnäringsforum;Råd;REGIONAL\nag;Arbetsgrupp;working group;\n",
            "memberships": "organisation;group;role\numea;forum;Ordförande\njht;forum;vice ordförande\nx;ag;sammankallande\n",
        ]
        let unnamed = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: unnamed) }
        let guessed = try SheetImport.read(try SheetImport.Files.find([unnamed.path]).get())
        let r = guessed.registry
        #expect(r.organisations.map(\.kind) == [.municipality, .regionalTourismOrganisation, .company])
        #expect(r.organisations.map(\.level) == [.local, .regional, .national])
        #expect(r.groups.map(\.kind) == [.council, .workingGroup] && r.groups.map(\.level) == [.regional, nil])
        #expect(r.memberships.map(\.role) == [.chair, .viceChair, .convener])
        #expect(r.language == "sv" && guessed.languageGuessed && r.title == nil)
        let yaml = try guessed.yaml()
        #expect(yaml.contains("language: sv  # the sheets use Swedish labels\n"), "\(yaml)")
        #expect(try RegistryLoader.load(contents: yaml, fileName: "x.yaml").language == "sv")

        sheets["registry"] = "title;language\nJämtlands samverkan;English\n"
        let named = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: named) }
        let given = try SheetImport.read(try SheetImport.Files.find([named.path]).get())
        #expect(given.registry.title == "Jämtlands samverkan" && given.registry.language == "en" && !given.languageGuessed)

        sheets["registry"] = "title,language\nT,norsk\nU,sv\n"
        sheets["organisations"] = "id,name,kind\na,A,Kommunn\n"
        let bad = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: bad) }
        let error = try #require(throws: RegistryLoadError.self) {
            try SheetImport.read(try SheetImport.Files.find([bad.path]).get())
        }
        let messages = error.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("organisations.csv:2:5: error: unknown organisation kind 'Kommunn'; did you mean 'Kommun'?") }, "\(messages)")
        #expect(messages.contains { $0.contains("registry.csv:2:3: error: unknown language 'norsk'") }, "\(messages)")
        #expect(messages.contains { $0.contains("registry.csv:3:1: error: the registry sheet has more than one row") }, "\(messages)")
    }

    /// Reference cells take a name or alias as well as an ID, folded as
    /// the CLI folds them (case, diacritics, punctuation): memberships,
    /// conveners and part_of written as a spreadsheet user would. A name
    /// and an ID for the same organisation are one membership.
    @Test func referencesByNameOrAlias() throws {
        let sheets = [
            "organisations": "id;name;kind;aliases\njht;Jämtland Härjedalen Turism;regional-tourism-organisation;JHT\n"
                + "are;Åre Destination AB;destination-organisation;\n",
            "groups": "id;name;kind;conveners;part_of\nforum;Besöksnäringsforum;council;JAMTLAND HARJEDALEN TURISM;\n"
                + "ag;Arbetsgrupp fjäll;working-group;;besoksnaringsforum\n",
            "memberships": "organisation;group;role\nJämtland Härjedalen Turism;Besöksnäringsforum;chair\n"
                + "are destination ab;Arbetsgrupp Fjäll;\njht;forum;member\n",
        ]
        let directory = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: RegistryLoadError.self) {
            try SheetImport.read(try SheetImport.Files.find([directory.path]).get())
        }
        // Row 4 is row 2 again, written with IDs.
        #expect(error.diagnostics.map(\.description) == [
            "\(directory.path)/memberships.csv:4:1: error: 'jht' is a member of 'forum' twice with the same dates "
                + "(first at line 2); keep one row",
        ])
        var fixed = sheets
        fixed["memberships"] = "organisation;group;role\nJämtland Härjedalen Turism;Besöksnäringsforum;chair\n"
            + "are destination ab;Arbetsgrupp Fjäll;\nJHT;ag;member\n"
        let again = try Self.write(fixed)
        defer { try? FileManager.default.removeItem(at: again) }
        let r = try SheetImport.read(try SheetImport.Files.find([again.path]).get()).registry
        #expect(r.memberships.map { [$0.organisation.rawValue, $0.group.rawValue] } == [["jht", "forum"], ["are", "ag"], ["jht", "ag"]])
        #expect(r.groups.map(\.conveners) == [["jht"], []])
        #expect(r.groups.map(\.partOf) == [nil, "forum"])
    }

    /// A name that folds to two entities is an error at its cell naming
    /// both; one that names nothing says what was searched.
    @Test func anAmbiguousOrUnknownNameIsPositioned() throws {
        let sheets = [
            "organisations": "id,name,kind\nstorsjo,Storsjö kommun,municipality\nstorsjo-ab,Storsjo Kommun,company\n",
            "groups": "id,name,kind\ng,G,network\n",
            "memberships": "organisation,group\nstorsjö kommun,G\nLillsjö kommun,G\n",
        ]
        let directory = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: RegistryLoadError.self) {
            try SheetImport.read(try SheetImport.Files.find([directory.path]).get())
        }
        #expect(error.diagnostics.map(\.description) == [
            "\(directory.path)/memberships.csv:2:1: error: 'storsjö kommun' names 2 organisations in organisations.csv: "
                + "'storsjo', 'storsjo-ab'; write the ID of the one meant",
            "\(directory.path)/memberships.csv:3:1: error: no organisation 'Lillsjö kommun' in organisations.csv, "
                + "by ID, name or alias; add it to organisations.csv or correct the ID",
        ])
    }

    /// Every problem in the shape of a sheet is reported, each at its
    /// line and column, not only the first; a `;` sheet is positioned as
    /// a `,` sheet is.
    @Test func everyStructuralProblemOfASheetIsReported() throws {
        let sheets = [
            "organisations": "id;name;kind\na;\"A\"x;other\nb;\"B\" y;other\nc;\"C\n",
            "groups": "id,name,kind\ng,G,council\n",
            "memberships": "organisation,group\na,g\n",
        ]
        let directory = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try SheetImport.Files.find([directory.path]).get()
        let error = try #require(throws: RegistryLoadError.self) { try SheetImport.read(files) }
        let path = directory.appendingPathComponent("organisations.csv").path
        let found = error.diagnostics.filter { $0.file == path }
        #expect(found.map(\.message) == [
            "text after the closing quote of a cell", "text after the closing quote of a cell",
            "a quoted cell is never closed",
        ])
        #expect(found.map(\.line) == [2, 3, 4])
        #expect(found.map(\.column) == [6, 6, 3])
    }

    /// Each bad cell: (sheet, text, line, column, message fragment).
    @Test(arguments: [
        ("organisations", "id,name,kind\na,A,other\na,B,other\n", 3, 1, "duplicate ID 'a' (first at line 2)"),
        ("organisations", "id,name,kind\na,A,regoin\n", 2, 5, "unknown organisation kind 'regoin'"),
        ("organisations", "id,name,kind,since\na,A,other,20x5\n", 2, 11, "'20x5' is not a date"),
        ("organisations", "id,name,kind,certainty\na,A,other,sure\n", 2, 11, "unknown certainty 'sure'"),
        ("organisations", "id,name,kind,certainty,reason\na,A,other,inferred,\n", 2, 11, "an inferred fact without a reason"),
        ("organisations", "id,name,kind,Nmae\n", 1, 14, "'Nmae' is not a column"),
        ("organisations", "id,name,kind\nA B,A,other\n", 2, 1, "'A B' is not a valid ID"),
        ("organisations", "id,name,kind\na,A\n", 2, 3, "this row has 2 cells; the header has 3"),
        ("memberships", "organisation,group\nghost,g\n", 2, 1, "no organisation 'ghost'"),
        ("memberships", "organisation,group\na,nowhere\n", 2, 3, "no group 'nowhere'"),
        ("memberships", "organisation,group,role\na,g,boss\n", 2, 5, "unknown role 'boss'"),
        ("groups", "id,name,kind,part_of\ng,G,council,h\n", 2, 13, "no group 'h'"),
        ("groups", "id,name,kind,sources\ng,G,council,seed\n", 2, 13, "source 'seed' is not declared"),
        ("memberships", "organisation,group,since,until\na,g,1998,1997-12\n", 2, 10, "until 1997-12 is before since 1998"),
        // NUL is refused wherever it is, as the memberships CSV refuses it.
        ("organisations", "id,name,kind\na,A\u{0}B,other\n", 2, 4, "a NUL character (U+0000)"),
        ("memberships", "organisation,group\na,\"g\u{0}\"\n", 2, 5, "a NUL character (U+0000)"),
        ("groups", "id,na\u{0}me,kind\ng,G,council\n", 1, 6, "a NUL character (U+0000)"),
        // The shape of the text itself.
        ("organisations", "id,name,kind\na,\"A,other\n", 2, 3, "a quoted cell is never closed"),
        ("organisations", "id,name,kind\na,\"A\"x,other\n", 2, 6, "text after the closing quote of a cell"),
        ("organisations", "", 1, 1, "the sheet is empty; start it with the header row"),
        ("organisations", "id,kind\na,other\n", 1, 1, "the header has no 'name' column"),
        ("organisations", "id,name,kind,name\na,A,other,B\n", 1, 14, "column 'name' appears twice"),
        ("memberships", "organisation,group,since\na,g,-5\n", 2, 5, "'-5' is not a date"),
    ] as [(String, String, Int, Int, String)])
    func badCellsArePositioned(sheet: String, text: String, line: Int, column: Int, fragment: String) throws {
        var sheets = [
            "organisations": "id,name,kind\na,A,other\n",
            "groups": "id,name,kind\ng,G,council\n",
            "memberships": "organisation,group\na,g\n",
        ]
        sheets[sheet] = text
        let directory = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try SheetImport.Files.find([directory.path]).get()
        let error = try #require(throws: RegistryLoadError.self) { try SheetImport.read(files) }
        let path = directory.appendingPathComponent("\(sheet).csv").path
        let match = error.diagnostics.first { $0.file == path && $0.description.contains(fragment) }
        let found = try #require(match, "\(error.diagnostics.map(\.description))")
        #expect((found.line, found.column) == (line, column), "\(found)")
    }

    /// A partial date covers its whole period, as in the registry's loaders:
    /// `until 1997` ends on 31 December 1997, after `since 1997-07` begins.
    @Test func anEndInTheSameYearAsAMonthStartIsNotReversed() throws {
        let sheets = [
            "organisations": "id,name,kind\na,A,other\n",
            "groups": "id,name,kind\ng,G,council\n",
            "memberships": "organisation,group,since,until\na,g,1997-07,1997\n",
        ]
        let directory = try Self.write(sheets)
        defer { try? FileManager.default.removeItem(at: directory) }
        let imported = try SheetImport.read(try SheetImport.Files.find([directory.path]).get())
        let again = try RegistryLoader.load(contents: try imported.yaml(), fileName: "x.yaml")
        #expect(again.memberships.map(\.validity.until) == [PartialDate("1997")])
    }

    @Test func sheetsAreFoundByNameOrDirectory() {
        #expect(throws: Never.self) {
            try SheetImport.Files.find(["x/organisations.csv", "x/groups.csv", "x/memberships.csv"]).get()
        }
        #expect(throws: SheetImport.SheetFileError.missing("memberships.csv")) {
            try SheetImport.Files.find(["x/organisations.csv", "x/groups.csv"]).get()
        }
        #expect(throws: SheetImport.SheetFileError.unknownSheet("x/people.csv")) {
            try SheetImport.Files.find(["x/people.csv"]).get()
        }
    }
}
