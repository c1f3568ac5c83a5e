import Foundation
import SamverkanTestSupport
import Testing

/// CSV saved by Swedish Excel as "CSV (semikolonavgränsad)" is
/// Windows-1252: every reader of delimited text reads it, and says so.
@Suite final class SpreadsheetEncodingTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws { scratch = try ScratchDirectory("encoding") }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func run(_ arguments: String...) throws -> CommandResult { try CommandRunner.run(arguments, in: directory) }

    /// "Umeå kommun", "Åsele kommun" and "Grön “turism”grupp" in
    /// Windows-1252: å E5, Å C5, ö F6, “ 93, ” 94.
    static let umea: [UInt8] = Array("Ume".utf8) + [0xE5] + Array(" kommun".utf8)
    static let asele: [UInt8] = [0xC5] + Array("sele kommun".utf8)
    static let group: [UInt8] = Array("Gr".utf8) + [0xF6] + Array("n ".utf8) + [0x93] + Array("turism".utf8) + [0x94]
        + Array("grupp".utf8)

    @Test func aMembershipsCSVIsReadAndValidateSaysHow() throws {
        try write("m.csv", Array("organisation;group;role\n".utf8) + Self.umea + [0x3B] + Self.group + Array(";member\n".utf8)
            + Self.asele + [0x3B] + Self.group + Array(";chair\n".utf8))
        let validate = try run("validate", "m.csv")
        #expect(validate.status == 0, "\(validate)")
        #expect(validate.stderr == "m.csv:1:1: warning: the file is not valid UTF-8, so it was read as Windows-1252; "
            + "a spreadsheet's 'CSV (semikolonavgränsad)' is Windows-1252; save as 'CSV UTF-8' to make the reading certain\n")
        let strict = try run("validate", "--strict", "m.csv")
        #expect(strict.status == 1, "\(strict)")
        let load = try run("load", "m.csv", "--format", "json")
        #expect(load.status == 0, "\(load)")
        #expect(load.stdout.contains("\"name\" : \"Umeå kommun\"") && load.stdout.contains("Grön “turism”grupp"), "\(load)")
        #expect(!load.stdout.contains("\u{FFFD}"))
        // The fast path for plain memberships reads it the same way.
        let centrality = try run("centrality", "m.csv", "--measure", "degree", "--format", "csv", "--csv-raw")
        #expect(centrality.stdout.contains("Åsele kommun") && !centrality.stdout.contains("\u{FFFD}"), "\(centrality)")
    }

    @Test func sheetsAreReadAndImportSaysWhich() throws {
        try write("s/organisations.csv", Array("id;name;kind;level\numea;".utf8) + Self.umea + Array(";municipality;local\n".utf8))
        try write("s/groups.csv", Array("id;name;kind\ng;".utf8) + Self.group + Array(";network\n".utf8))
        try write("s/memberships.csv", Array("organisation;group\numea;g\n".utf8))
        let r = try run("import", "s", "-o", "out.yaml")
        #expect(r.status == 0, "\(r)")
        #expect(r.stderrLines.filter { $0.contains("encoding") || $0.contains("Windows-1252") } == [
            "s/organisations.csv:1:1: warning: the sheet is not valid UTF-8, so it was read as Windows-1252; "
                + "a spreadsheet's 'CSV (semikolonavgränsad)' is Windows-1252; save as 'CSV UTF-8' to make the reading certain",
            "s/groups.csv:1:1: warning: the sheet is not valid UTF-8, so it was read as Windows-1252; "
                + "a spreadsheet's 'CSV (semikolonavgränsad)' is Windows-1252; save as 'CSV UTF-8' to make the reading certain",
        ], "\(r)")
        let yaml = try String(contentsOf: directory.appendingPathComponent("out.yaml"), encoding: .utf8)
        #expect(yaml.contains("name: Umeå kommun") && yaml.contains("Grön “turism”grupp"), "\(yaml)")
    }

    @Test func anEdgeListIsRead() throws {
        try write("e.csv", Array("source,target\n".utf8) + Self.umea + [0x2C] + Self.asele + [0x0A])
        let r = try run("stats", "e.csv", "--format", "json")
        #expect(r.status == 0, "\(r)")
        let nodes = try run("centrality", "e.csv", "--format", "csv", "--csv-raw")
        #expect(nodes.stdout.contains("Umeå kommun") && nodes.stdout.contains("Åsele kommun"), "\(nodes)")
    }
}
