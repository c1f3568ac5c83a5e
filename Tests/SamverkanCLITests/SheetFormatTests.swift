import Foundation
import SamverkanTestSupport
import Testing

/// `map --years … --sheet-format png|pdf` and `timeline -o chart.png|pdf`:
/// the SVG converted with rsvg-convert (`make setup` installs it).
@Suite final class SheetFormatTests {
    static let root = PackagePaths.root
    static let vasterbotten = "graphs/vasterbotten.yaml"
    static let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("sheet")
    }

    func run(_ arguments: [String], environment: [String: String]? = nil) throws -> CommandResult {
        try CommandRunner.run(arguments, in: Self.root, environment: environment)
    }

    func years(into name: String, _ formats: String...) -> [String] {
        ["map", Self.vasterbotten, "--years", "2003,2009,2015,now", "-o", directory.appendingPathComponent(name).path + "/"]
            + formats.flatMap { ["--sheet-format", $0] }
    }

    /// sheet.png is a PNG, byte for byte the same on a second run; sheet.pdf a PDF.
    @Test func sheetAsPNGAndPDF() throws {
        let first = try run(years(into: "a", "png", "pdf"))
        #expect(first.status == 0, "\(first)")
        let second = try run(years(into: "b", "png"))
        #expect(second.status == 0, "\(second)")
        let a = try Data(contentsOf: directory.appendingPathComponent("a/sheet.png"))
        let b = try Data(contentsOf: directory.appendingPathComponent("b/sheet.png"))
        #expect(Array(a.prefix(8)) == Self.pngMagic)
        #expect(a == b)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("a/sheet.svg").path))
        let pdf = try Data(contentsOf: directory.appendingPathComponent("a/sheet.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("b/sheet.pdf").path))
    }

    /// `timeline -o chart.png` converts by the extension.
    @Test func chartAsPNG() throws {
        let chart = directory.appendingPathComponent("chart.png")
        let r = try run(["timeline", Self.vasterbotten, "-o", chart.path])
        #expect(r.status == 0, "\(r)")
        #expect(Array(try Data(contentsOf: chart).prefix(8)) == Self.pngMagic)
    }

    /// Without rsvg-convert on PATH: exit 3, a message naming the fix, no file.
    @Test func missingConverter() throws {
        let empty = directory.appendingPathComponent("empty-path")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = empty.path
        let r = try run(years(into: "none", "png"), environment: environment)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr.contains("rsvg-convert not found"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("none/sheet.png").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("none/sheet.svg").path))

        let chart = directory.appendingPathComponent("chart.png")
        let t = try run(["timeline", Self.vasterbotten, "-o", chart.path], environment: environment)
        #expect(t.status == 3, "\(t)")
        #expect(!FileManager.default.fileExists(atPath: chart.path))
    }
}
