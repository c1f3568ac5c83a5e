import Foundation
import InterchangeBase
import NetworkInterchange
import PartnerRegistry
import Testing

/// CSV injection (OWASP): `SpreadsheetCells` prefixes a cell a spreadsheet
/// would run with `'`, and undoes exactly that; the sheets export guards
/// its cells, the Gephi/Kumu, Neo4j and GraphFrames files keep them exact, and the
/// sheets import gives back the names the export was given.
@Suite struct SpreadsheetCellsTests {
    /// Names a spreadsheet would run, or that sit next to that rule: a
    /// DDE payload, formulas, a leading tab and carriage return, a genuine
    /// leading apostrophe, apostrophes before a formula, numbers.
    static let hostile = [
        "+cmd|' /C calc'!A0", "=1+1", "-x", "@SUM(1)", "\tTab", "\rCR", "'s-Hertogenbosch", "'=q", "''+1", "-0.5",
        "+3", "'-5", "-", "'", "",
    ]

    @Test func formulaCellsGetOneApostrophe() {
        #expect(SpreadsheetCells.prefixed("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0")
        #expect(SpreadsheetCells.prefixed("=1+1") == "'=1+1")
        #expect(SpreadsheetCells.prefixed("-x") == "'-x")
        #expect(SpreadsheetCells.prefixed("@SUM(1)") == "'@SUM(1)")
        #expect(SpreadsheetCells.prefixed("\tTab") == "'\tTab")
        #expect(SpreadsheetCells.prefixed("\rCR") == "'\rCR")
        #expect(SpreadsheetCells.prefixed("-") == "'-")
        // Apostrophes before a formula character get one more, so that
        // removing one gives the cell back.
        #expect(SpreadsheetCells.prefixed("'=q") == "''=q")
        #expect(SpreadsheetCells.prefixed("'-5") == "''-5")
    }

    @Test func otherCellsAndNumbersStayAsTheyAre() {
        for cell in ["Umeå kommun", "'s-Hertogenbosch", "'", "", "a=b", " =x", "-0.5", "+3", "-1e-06", "12", "-.5"] {
            #expect(SpreadsheetCells.prefixed(cell) == cell, "\(cell)")
        }
        for cell in ["-1e", "--1", "-0.5.1", "-1+1", "-e5"] {
            #expect(SpreadsheetCells.prefixed(cell) == "'" + cell, "\(cell)")
        }
        #expect(SpreadsheetCells.exact.written("=1+1") == "=1+1")
        #expect(SpreadsheetCells.guarded.written("=1+1") == "'=1+1")
    }

    @Test func unprefixedUndoesPrefixed() {
        for cell in Self.hostile {
            #expect(SpreadsheetCells.unprefixed(SpreadsheetCells.prefixed(cell)) == cell, "\(cell)")
        }
        #expect(SpreadsheetCells.unprefixed("'s-Hertogenbosch") == "'s-Hertogenbosch")
        #expect(SpreadsheetCells.unprefixed("'=1+1") == "=1+1")
    }

    /// Organisations named by `hostile`, with the name as their first
    /// alias too (but for the tab: a list of values trims each one), all
    /// members of one group.
    static func registry() -> Registry {
        let organisations = hostile.filter { !$0.isEmpty }.enumerated().map { i, name in
            Organisation(
                id: OrganisationID("o\(i)"), name: name, kind: .other, aliases: name.hasPrefix("\t") ? [] : [name, "x"])
        }
        return Registry(
            title: "hostile", organisations: organisations,
            groups: [Group(id: "g", name: "=HYPERLINK(\"http://x\")", kind: .council)],
            memberships: organisations.map { Membership(organisation: $0.id, group: "g") })
    }

    static func files(_ format: ExportFormat) throws -> [String: String] {
        var directory = InMemoryExportDirectory()
        try RegistryExport(registry: registry(), format: format).write(to: &directory)
        return Dictionary(uniqueKeysWithValues: directory.files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func sheetsPrefixFormulaCells() throws {
        let sheets = try Self.files(.sheets)
        let organisations = try #require(sheets["organisations.csv"])
        #expect(organisations.contains("\no0,'+cmd|' /C calc'!A0,other,,'+cmd|' /C calc'!A0;x,"))
        #expect(organisations.contains("\no1,'=1+1,other,"))
        #expect(organisations.contains("\no5,\"'\rCR\",other,"))
        #expect(organisations.contains("\no6,'s-Hertogenbosch,other,"))
        #expect(organisations.contains("\no9,-0.5,other,"))
        let groups = try #require(sheets["groups.csv"])
        #expect(groups.contains("\ng,\"'=HYPERLINK(\"\"http://x\"\")\",council,"))
    }

    @Test func gephiAndNeo4jFilesKeepExactValues() throws {
        let nodes = try #require(Self.files(.csv)["nodes.csv"])
        #expect(nodes.contains("\no0,+cmd|' /C calc'!A0,"), "\(nodes)")
        #expect(nodes.contains("\no1,=1+1,"))
        let neo4j = try #require(Self.files(.neo4j)["organisations.csv"])
        #expect(neo4j.contains("\no1,=1+1,"), "\(neo4j)")
        let vertices = try #require(Self.files(.graphframes)["vertices.csv"])
        #expect(vertices.contains("\no0,+cmd|' /C calc'!A0,"), "\(vertices)")
        #expect(vertices.contains("\no1,=1+1,"))
    }

    /// Export as sheets, import: every name and alias comes back exactly,
    /// a genuine leading apostrophe included.
    @Test func sheetsRoundTripIsExact() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sheets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let export = try RegistryExport(registry: Self.registry(), format: .sheets)
        try ExportDirectoryWriter.write(to: directory, force: false) { try export.write(to: &$0) }
        let imported = try SheetImport.read(try SheetImport.Files.find([directory.path]).get()).registry
        let original = Self.registry()
        #expect(imported.organisations.map(\.name) == original.organisations.map(\.name))
        #expect(imported.organisations.map(\.aliases) == original.organisations.map(\.aliases))
        #expect(imported.groups.map(\.name) == original.groups.map(\.name))
        #expect(imported.memberships.count == original.memberships.count)
    }
}
