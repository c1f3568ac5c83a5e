import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SamverkanTestSupport
import Testing

/// `samverkan map`, run as a built executable on graphs/vasterbotten.yaml.
@Suite final class MapCommandTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    static let registry = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    init() throws {
        scratch = try ScratchDirectory("map")
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(["map"] + arguments, stdin: nil, in: directory)
    }

    /// Every organisation and group of the registry is a node (over all
    /// time), labelled with its name, Swedish characters intact.
    @Test func rendersTheSeedRegistryToSVG() throws {
        let r = try run([Self.registry, "-o", "karta.svg", "--all-time"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.isEmpty && r.stderr.isEmpty, "\(r)")
        let svg = try String(contentsOf: directory.appendingPathComponent("karta.svg"), encoding: .utf8)
        _ = try XMLDocument(xmlString: svg)
        for name in ["VästerbottensTurism", "Åsele kommun", "Skellefteå kommun", "Norsjö kommun", "Ledningsgruppen",
                     "Strategiskt råd", "Redaktionsrådet", "Sevärt", "VisitSweden AB", "Färdledaren", "Samarbetskartan"] {
            #expect(svg.contains(">\(name)</text>"), "no node labelled \(name)")
        }
        for id in ["organisation:vasterbottensturism", "organisation:asele", "group:ledningsgrupp", "group:sevart",
                   "document:fardledaren", "initiative:turistisk-utvecklingsprocess"] {
            #expect(svg.contains("<title>\(id.replacingOccurrences(of: "-", with: "&#45;"))</title>"), "no node \(id)")
        }
        let nodes = svg.components(separatedBy: "class=\"node\"").count - 1
        // All time: 24 organisations, 17 groups, 6 initiatives, 7 documents.
        #expect(nodes == 24 + 17 + 6 + 7)
    }

    /// Now: the Strategigrupp has ended (the seed's "tidigare"), Länsstrategiplanen
    /// was revised into Färdledaren, and Färdledaren is read as replaced by the
    /// 2015 strategy (inferred); the 2014 development process is over (until
    /// 2014). 24 organisations, 16 groups, 5 initiatives (the two focus
    /// areas, the website, Region Västerbotten's other activities and the
    /// partnership projects with VisitSweden), 5 documents. In 2010 the Strategigrupp is drawn with a dashed border and
    /// double-line ties, and the legend explains both.
    @Test func nowAndThen() throws {
        let now = try run([Self.registry, "--format", "dot"])
        #expect(now.status == 0, "\(now)")
        #expect(!now.stdout.contains("\"group:strategigruppen\" ["))
        // Node lines ("kind:id" [id="…"); the footer cluster's id is not a node.
        #expect(now.stdout.components(separatedBy: "\" [id=\"").count - 1 == 24 + 16 + 5 + 5)
        // The registry says `language: sv`: the legend and notes are Swedish.
        #expect(now.stdout.contains("Läget per nu"))
        #expect(now.stdout.contains("Streckad: tolkning av källan"), "the inferred seats are dashed and explained")
        #expect(now.stdout.contains("Källa: Strategiska samarbeten (VästerbottensTurism (Visit Västerbotten))"))
        #expect(now.stdout.contains("Samverkan 0.2.0"), "the version, a constant")
        let english = try run([Self.registry, "--format", "dot", "--language", "en"])
        #expect(english.stdout.contains("As of now") && english.stdout.contains("Dashed: inferred"))
        #expect(english.stdout.contains("Source: Kommuner i Västerbottens län (kommunindelning) (Statistiska centralbyrån (SCB), external)"))
        #expect(english.stdout.contains("Ties drawn: "))
        let then = try run([Self.registry, "--format", "dot", "--as-of", "2010", "--language", "en"])
        let group = try #require(then.stdout.split(separator: "\n").first { $0.hasPrefix("  \"group:strategigruppen\" [") })
        #expect(group.contains("dashed"))
        #expect(then.stdout.contains(":invis:"), "uncertain ties are double lines")
        #expect(then.stdout.contains("present only possibly on this date"))
        let stated = try run([Self.registry, "--format", "dot", "--certainty", "stated", "--language", "en"])
        #expect(!stated.stdout.contains("Dashed: inferred"))
        #expect(stated.stdout.contains(" 0 inferred, 0 external"), "only stated ties are drawn")
    }

    @Test func everyFormatFromTheExtensionOrFlag() throws {
        #expect(try run([Self.registry, "-o", "k.png"]).status == 0)
        #expect(try run([Self.registry, "-o", "k.pdf"]).status == 0)
        #expect(try run([Self.registry, "-o", "k.gv"]).status == 0)
        let png = try Data(contentsOf: directory.appendingPathComponent("k.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: directory.appendingPathComponent("k.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let dot = try String(contentsOf: directory.appendingPathComponent("k.gv"), encoding: .utf8)
        #expect(dot.hasPrefix("graph") || dot.hasPrefix("digraph") || dot.hasPrefix("strict"))
        let stdout = try run([Self.registry, "--format", "dot"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout == dot)
    }

    /// `--page`: the PDF is one page of the paper chosen (A3 by default),
    /// checked with poppler's `pdfinfo` when it is installed and by the
    /// page objects in the file always; with --years it is refused.
    @Test func pageSetsThePaperAndThePDFIsOnePage() throws {
        // The drawing is scaled to the paper keeping its proportions: it
        // touches the paper on one side and stays within it on the other
        // (A3 is 1191 × 842 pt, A4 842 × 595 pt).
        for (page, paper) in [(nil, (1191.0, 842.0)), ("a3", (1191.0, 842.0)), ("a4", (842.0, 595.0))]
            as [(String?, (Double, Double))]
        {
            let name = "karta-\(page ?? "default").pdf"
            let r = try run([Self.registry, "-o", name] + (page.map { ["--page", $0] } ?? []))
            #expect(r.status == 0, "\(r)")
            let url = directory.appendingPathComponent(name)
            let pdf = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            #expect(pdf.matches(of: #/\/Type\s*\/Page[^s]/#).count == 1, "\(name)")
            let pdfinfo = URL(fileURLWithPath: "/usr/bin/pdfinfo")
            if FileManager.default.isExecutableFile(atPath: pdfinfo.path) {
                let process = Process()
                let pipe = Pipe()
                process.executableURL = pdfinfo
                process.arguments = [url.path]
                process.standardOutput = pipe
                try process.run()
                let info = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(info.contains("Pages:           1"), "\(info)")
                let size = try #require(info.firstMatch(of: #/Page size:\s+([0-9.]+) x ([0-9.]+) pts/#), "\(info)")
                let (w, h) = (Double(size.1) ?? 0, Double(size.2) ?? 0)
                #expect(w <= paper.0 + 1 && h <= paper.1 + 1, "\(info)")
                #expect(abs(w - paper.0) <= 1 || abs(h - paper.1) <= 1, "\(info)")
            }
        }
        let bad = try run([Self.registry, "--page", "a5", "-o", "x.pdf"])
        #expect(bad.status == 64 && bad.stderr.contains("'a4', 'a3' or 'screen'"), "\(bad)")
    }

    /// `pdfinfo`'s page size, in points (nil without poppler).
    static func pdfPageSize(_ url: URL) throws -> (Double, Double)? {
        let pdfinfo = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        guard FileManager.default.isExecutableFile(atPath: pdfinfo.path) else { return nil }
        let process = Process()
        let pipe = Pipe()
        process.executableURL = pdfinfo
        process.arguments = [url.path]
        process.standardOutput = pipe
        try process.run()
        let info = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard info.contains("Pages:           1"),
              let size = info.firstMatch(of: #/Page size:\s+([0-9.]+) x ([0-9.]+) pts/#) else { return nil }
        return (Double(size.1) ?? 0, Double(size.2) ?? 0)
    }

    /// A PNG's width and height from its IHDR header.
    static func pngSize(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24 else { return (0, 0) }
        func int(_ at: Int) -> Int { bytes[at ..< at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// The year sheet's cells (their frames) as columns and rows, and its
    /// legends (one "Teckenförklaring" each).
    static func sheetGrid(_ svg: String) -> (columns: Int, rows: Int, legends: Int) {
        let frames = svg.matches(of: #/<rect x="([0-9.]+)" y="([0-9.]+)" width="[0-9.]+" height="[0-9.]+" fill="none" stroke="#C8CDD3"/>/#)
        let xs = Set(frames.map { String($0.output.1) }), ys = Set(frames.map { String($0.output.2) })
        return (xs.count, ys.count, svg.components(separatedBy: ">Teckenförklaring<").count - 1)
    }

    /// `map` (now) and `map --as-of 2010` put every entity both show at
    /// the same place (one layout of the registry, the default); with
    /// `--layout date` each is laid out for its date and entities move.
    @Test func datesShareOneLayoutByDefault() throws {
        var positions: [String: [String: String]] = [:]
        for (name, extra) in [("now.svg", []), ("2010.svg", ["--as-of", "2010"]), ("now-own.svg", ["--layout", "date"]),
                              ("2010-own.svg", ["--as-of", "2010", "--layout", "date"])] as [(String, [String])] {
            let r = try run([Self.registry, "-o", name] + extra)
            #expect(r.status == 0, "\(r)")
            positions[name] = try svgLabelPositions(try Data(contentsOf: directory.appendingPathComponent(name)))
        }
        let now = try #require(positions["now.svg"]), then = try #require(positions["2010.svg"])
        let common = Set(now.keys).intersection(then.keys)
        #expect(common.count >= 40)
        #expect(common.filter { now[$0] != then[$0] }.isEmpty, "moved: \(common.filter { now[$0] != then[$0] })")
        let nowOwn = try #require(positions["now-own.svg"]), thenOwn = try #require(positions["2010-own.svg"])
        #expect(Set(nowOwn.keys).intersection(thenOwn.keys).filter { nowOwn[$0] != thenOwn[$0] }.count >= 10)
    }

    /// The year sheet is a grid on pages of the chosen size: four years on
    /// one A3 page, 2 × 2, one legend; eight years on two screen pages,
    /// 3 × 2 and 2 × 1, one legend each. Sizes read from the PNG header and
    /// with pdfinfo.
    @Test func yearSheetIsAGridOnPages() throws {
        let four = try run([Self.registry, "--years", "2003,2010,2015,now", "--page", "a3", "-o", "four/",
                            "--sheet-format", "png", "pdf"])
        #expect(four.status == 0, "\(four)")
        let a3 = directory.appendingPathComponent("four")
        #expect(!FileManager.default.fileExists(atPath: a3.appendingPathComponent("sheet-2.svg").path))
        let grid = Self.sheetGrid(try String(contentsOf: a3.appendingPathComponent("sheet.svg"), encoding: .utf8))
        #expect(grid == (2, 2, 1), "\(grid)")
        #expect(Self.pngSize(try Data(contentsOf: a3.appendingPathComponent("sheet.png"))) == (2480, 1754))
        if let size = try Self.pdfPageSize(a3.appendingPathComponent("sheet.pdf")) {
            #expect(abs(size.0 - 1190.55) < 0.1 && abs(size.1 - 841.89) < 0.1, "\(size)")
        }

        let eight = try run([Self.registry, "--years", "2003,2006,2009,2010,2012,2015,2018,now", "--page", "screen",
                             "-o", "eight/", "--sheet-format", "png"])
        #expect(eight.status == 0, "\(eight)")
        let screen = directory.appendingPathComponent("eight")
        for (name, expected) in [("sheet", (3, 2, 1)), ("sheet-2", (2, 1, 1))] {
            let grid = Self.sheetGrid(try String(contentsOf: screen.appendingPathComponent(name + ".svg"), encoding: .utf8))
            #expect(grid == expected, "\(name): \(grid)")
            #expect(Self.pngSize(try Data(contentsOf: screen.appendingPathComponent(name + ".png"))) == (1920, 1080))
        }
        #expect(!FileManager.default.fileExists(atPath: screen.appendingPathComponent("sheet-3.svg").path))
    }

    @Test func sameInputSameBytes() throws {
        #expect(try run([Self.registry, "-o", "a.svg", "--engine", "neato"]).status == 0)
        #expect(try run([Self.registry, "-o", "b.svg", "--engine", "neato"]).status == 0)
        let a = try Data(contentsOf: directory.appendingPathComponent("a.svg"))
        let b = try Data(contentsOf: directory.appendingPathComponent("b.svg"))
        #expect(a == b)
    }

    @Test func focusAndHighlightTakeNamesWithoutDiacritics() throws {
        let r = try run([Self.registry, "--focus", "Trafikverket", "--radius", "1", "--format", "dot"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("trafikverkets-turistgrupp"))
        #expect(!r.stdout.contains("\"organisation:asele\""))
        let h = try run([Self.registry, "--highlight", "Vasterbottensturism", "--format", "dot"])
        #expect(h.status == 0, "\(h)")
    }

    @Test func clusteringByAnAttributeNoOrganisationHasFails() throws {
        let r = try run([Self.registry, "--cluster-by", "nosuchattr", "-o", "k.svg"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.hasPrefix("samverkan map: cluster by: no organisation has the attribute 'nosuchattr'; the organisations' attributes are: "), "\(r)")
        #expect(r.stderr.contains("'sector'"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("k.svg").path))
    }

    @Test func unknownNamesAndBadOutputFailCleanly() throws {
        let r = try run([Self.registry, "--focus", "Trafikverkt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("did you mean 'trafikverket'"), "\(r)")
        let w = try run([Self.registry, "-o", "no/such/dir/k.svg"])
        #expect(w.status == 3)
        #expect(w.stderr.hasPrefix("samverkan map: cannot write"), "\(w)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("no").path))
    }

    @Test func sizeByACentralityMeasure() throws {
        let r = try run([Self.registry, "--size-by", "betweenness", "--format", "dot"])
        #expect(r.status == 0, "\(r)")
        func fontsize(_ node: String) -> Int? {
            guard let line = r.stdout.split(separator: "\n").first(where: { $0.hasPrefix("  \"\(node)\" [") }),
                  let range = line.range(of: "fontsize=") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        let broker = try #require(fontsize("organisation:vasterbottensturism"))
        // The smallest score keeps the theme's default size (no fontsize attribute).
        #expect(fontsize("organisation:bjurholm") == nil)
        #expect(broker > 14)
        #expect(r.stdout.contains("betweenness"), "the legend names the measure")
    }

    @Test func connectHighlightsTheChainBetweenTwoPartners() throws {
        let r = try run([Self.registry, "--connect", "Trafikverket", "Umeå kommun", "--format", "dot", "--as-of", "2011"])
        #expect(r.status == 0, "\(r)")
        let faded = r.stdout.split(separator: "\n").filter { $0.contains("[id=\"") }
        // The chain Trafikverket → Trafikverkets turistgrupp → VästerbottensTurism → Strategigruppen → Umeå kommun
        // is drawn as is; every other node is faded.
        for id in ["organisation:trafikverket", "group:trafikverkets-turistgrupp", "organisation:vasterbottensturism",
                   "group:strategigruppen", "organisation:umea"] {
            let line = try #require(faded.first { $0.hasPrefix("  \"\(id)\" [") }, "\(id)")
            #expect(line.contains("penwidth=3"), "\(id) is not highlighted: \(line)")
        }
        let bjurholm = try #require(faded.first { $0.hasPrefix("  \"organisation:bjurholm\" [") })
        #expect(!bjurholm.contains("penwidth=3"))
        let plain = try run([Self.registry, "--format", "dot", "--as-of", "2011"])
        #expect(plain.stdout != r.stdout)
        // 2002: no Strategigrupp yet (2003), so nothing joins VästerbottensTurism to Umeå kommun.
        let none = try run([Self.registry, "--connect", "VästerbottensTurism", "Umeå kommun", "--as-of", "2002"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no chain of shared groups connects VästerbottensTurism and Umeå kommun as of 2002"),
                "\(none)")
        // Today the Strategigrupp has ended, and with it Umeå kommun's only group.
        let today = try run([Self.registry, "--connect", "Trafikverket", "Umeå kommun"])
        #expect(today.status == 1)
        #expect(today.stderr.contains("as of now"), "\(today)")
    }
}
