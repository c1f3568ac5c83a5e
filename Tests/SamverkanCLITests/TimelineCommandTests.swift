import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `samverkan timeline` and `samverkan map --years`, run as a built
/// executable on graphs/vasterbotten.yaml (the Strategigrupp 2003–unknown,
/// bounded by the seed's 2015; its 18 members the only ties of the
/// fifteen municipalities).
@Suite final class TimelineCommandTests {
    static let root = PackagePaths.root
    static let vasterbotten = "graphs/vasterbotten.yaml"
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("timeline")
    }

    func run(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(arguments, in: Self.root)
    }

    /// `--weights` reads the projection's shared groups as `centrality`
    /// does: each reading's betweenness at the first step (2015) and the last (now) equals
    /// `centrality --mode organisations --weights …` on that date (whose
    /// values the NetworkX fixture pins), and `--lengths` is its alias.
    @Test func weightsReadAsCentralityReadsThem() throws {
        func json(_ r: CommandResult) throws -> [String: Any] {
            #expect(r.status == 0, "\(r)")
            return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        }
        var distinct: Set<String> = []
        for (weights, alias) in [("strength", "inverse-weight"), ("length", "weight"), ("none", "hops")] {
            let timeline = try json(try run(
                "timeline", Self.vasterbotten, "--from", "2015", "--measure", "betweenness", "--weights", weights,
                "--format", "json"))
            let aliased = try run(
                "timeline", Self.vasterbotten, "--from", "2015", "--measure", "betweenness", "--lengths", alias,
                "--format", "json")
            #expect(aliased.stdout == (try run(
                "timeline", Self.vasterbotten, "--from", "2015", "--measure", "betweenness", "--weights", weights,
                "--format", "json")).stdout)
            let organisations = try #require(timeline["organisations"] as? [[String: Any]])
            for (date, last) in [("2015", false), ("now", true)] {
                let ranking = try json(try run(
                    "centrality", Self.vasterbotten, "--as-of", date, "--mode", "organisations", "--measure",
                    "betweenness", "--weights", weights, "--format", "json"))
                let scores = try #require(ranking["scores"] as? [[String: Any]])
                var expected: [String: Double] = [:]
                for s in scores { expected[s["id"] as? String ?? ""] = s["score"] as? Double }
                var compared = 0
                for o in organisations {
                    guard let id = o["id"] as? String, let want = expected[id],
                          let column = o["scores"] as? [Any],
                          let got = (last ? column.last : column.first) as? Double else { continue }
                    #expect(abs(got - want) <= 1e-12, "\(weights) \(date) \(id): \(got) against \(want)")
                    compared += 1
                }
                #expect(compared == expected.count && compared > 20, "\(weights) \(date)")
            }
            distinct.insert("\(organisations.map { ($0["scores"] as? [Any])?.first.map { "\($0)" } ?? "" })")
        }
        #expect(distinct.count == 3, "the three readings give three different timelines")
    }

    /// The table names its dates, shows uncertain counts as such, and ends
    /// with now: 16 groups and 26 ties. Before 2015 every group is possible
    /// only (the seed describes 2015); 2010 has 17 groups and 43 ties
    /// (Trafikverket, founded 2010-04-01, not yet); 2002 has 16 groups, no
    /// Strategigrupp.
    @Test func tableShowsDatesAndUncertainCounts() throws {
        let r = try run("timeline", Self.vasterbotten, "--from", "2002")
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "The network over time (2002 to now, every year)")
        let row2002 = try #require(lines.first { $0.hasPrefix("2002 ") })
        let row2010 = try #require(lines.first { $0.hasPrefix("2010 ") })
        let rowNow = try #require(lines.first { $0.hasPrefix("now ") })
        #expect(row2010.contains("17 (17 uncertain)") && row2010.contains("43 (43 uncertain)"), "\(row2010)")
        #expect(row2002.contains("16 (16 uncertain)") && !rowNow.contains("uncertain"), "\(row2002)")
        #expect(rowNow.split(separator: " ", omittingEmptySubsequences: true).prefix(4) == ["now", "24", "16", "26"])
        // The second table: Umeå kommun isolated in 2002 (and sure: SCB's list
        // gives no date), in 2003–2015 tied to the Strategigrupp's 17 others
        // only possibly — surely isolated, degree 0 — and 0 now.
        let umea = try #require(lines.first { $0.hasPrefix("Umeå kommun") })
        let cells = umea.dropFirst("Umeå kommun".count).components(separatedBy: "  ")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(cells.count == 15)
        #expect(cells.first == "0.000" && cells.last == "0.000")
        #expect(cells[1 ... 13].allSatisfy { $0.hasSuffix(" (säkert 0.000)") }, "\(cells)")
        #expect(cells[1] == "0.810 (säkert 0.000)", "\(cells)")
        // The first table: in 2014 161 possible organisation ties, none sure;
        // in 2015 the sure network is today's, 9 ties.
        let row2014 = try #require(lines.first { $0.hasPrefix("2014 ") })
        let row2015 = try #require(lines.first { $0.hasPrefix("2015 ") })
        #expect(row2014.contains("161 (säkert 0)") && row2015.contains("161 (säkert 9)"), "\(row2014)\n\(row2015)")
        #expect(!rowNow.contains("säkert"))
    }

    @Test func jsonDecodesIntoTheLibrarysTimeline() throws {
        let r = try run("timeline", Self.vasterbotten, "--format", "json", "--measure", "betweenness")
        #expect(r.status == 0, "\(r)")
        let t = try JSONDecoder().decode(Timeline.self, from: Data(r.stdout.utf8))
        #expect(t.from == PartialDate(year: 2003))
        #expect(t.steps.first?.asOf == .date(PartialDate(year: 2003)!))
        #expect(t.steps.last?.asOf == .now)
        #expect(t.measure == .betweenness)
        #expect(t.steps[0].uncertainTies == 42)
        let registry = try RegistryLoader.load(path: Self.root.appendingPathComponent(Self.vasterbotten).path)
        #expect(t == (try Timeline(registry: registry, measure: .betweenness)))
    }

    @Test func csvHasAStepTableThenAnOrganisationTable() throws {
        let r = try run("timeline", Self.vasterbotten, "--format", "csv", "--to", "2004")
        #expect(r.status == 0, "\(r)")
        let sections = r.stdout.components(separatedBy: "\n\n")
        #expect(sections.count == 2)
        let steps = sections[0].split(separator: "\n")
        #expect(steps.count == 3)  // header, 2003, 2004: no now when --to is a date
        #expect(steps[0].hasPrefix("step,organisations,uncertain organisations,groups,uncertain groups,ties,uncertain ties"))
        // 2003: no agencies yet (2009, 2010); VT and the six others the seed
        // alone describes, every group and every tie only possible.
        #expect(steps[1].hasPrefix("2003,22,7,17,17,42,42,"))
        let scores = sections[1].split(separator: "\n")
        #expect(steps[0].contains(",organisation ties,sure organisation ties,density,sure density,"))
        // 2003: 159 organisation ties among 22 (density 159/231), and surely
        // none: the sure network is the fifteen municipalities, no group.
        #expect(steps[1].contains(",159,0,\(159.0 / 231),0.0,1,15,0,15,"), "\(steps[1])")
        #expect(scores[0] == "step,id,name,kind,degree,sure_degree,present,uncertain")
        #expect(scores.count == 1 + 2 * 24)
        #expect(scores.contains { $0.hasPrefix("2003,umea,Umeå kommun,municipality,") && $0.hasSuffix(",0.0,true,true") })
        #expect(scores.contains { $0.hasPrefix("2003,vasterbottensturism,") && $0.hasSuffix(",,true,true") })
    }

    /// The chart: valid XML, dates on the axis, a legend, the same bytes
    /// twice, Swedish on request; nothing printed without --format.
    @Test func chartIsWrittenAtomicallyAndDeterministically() throws {
        let a = directory.appendingPathComponent("a.svg").path, b = directory.appendingPathComponent("b.svg").path
        let r = try run("timeline", Self.vasterbotten, "--from", "2003", "--to", "now", "-o", a, "--language", "en")
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r)")
        _ = try run("timeline", Self.vasterbotten, "--from", "2003", "--to", "now", "-o", b, "--language", "en")
        let svg = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(svg == (try Data(contentsOf: URL(fileURLWithPath: b))))
        _ = try XMLDocument(data: svg)
        let text = String(decoding: svg, as: UTF8.self)
        for label in [
            ">2003</text>", ">2014</text>", ">now</text>", "surely there on the step", "the possible value where it differs",
            "VästerbottensTurism",
        ] {
            #expect(text.contains(label), "\(label)")
        }
        // The possible values dashed, the band between them and the sure ones shaded.
        #expect(text.contains("stroke-dasharray=\"6 4\""))
        #expect(text.contains("<polygon class=\"possible-band\""))
        let sv = try run("timeline", Self.vasterbotten, "--language", "sv", "-o", b, "--format", "csv")
        #expect(sv.status == 0 && sv.stdout.hasPrefix("step,"))
        let swedish = String(decoding: try Data(contentsOf: URL(fileURLWithPath: b)), as: UTF8.self)
        #expect(swedish.contains(">nu</text>"))
        // Plain Swedish words: the 15 municipalities, all only in the
        // Strategigrupp before 2015 and in no group now, share every value
        // and are one line named for what they are; the ticks of the share
        // axis have decimal commas; the heading says what the score is.
        for label in [
            ">15 kommuner, samma värden</text>", ">0,20</text>", ">medlemskap (organisation i grupp)</text>",
            ">Andel av de andra organisationerna som var och en delar en grupp med (degree)</text>",
        ] {
            #expect(swedish.contains(label), "\(label)")
        }
        for wrong in ["likadana", ">0.20<", "Degree för", "band (organisation"] {
            #expect(!swedish.contains(wrong), "\(wrong)")
        }
        #expect(text.contains(">15 municipalities, same values</text>") && text.contains(">0.20</text>"))
    }

    @Test func badDatesAreUsageErrors() throws {
        let reversed = try run("timeline", Self.vasterbotten, "--from", "2016", "--to", "2003")
        #expect(reversed.status == 64)
        #expect(reversed.stderr.contains("--from 2016 is after --to 2003"), "\(reversed)")
        let garbled = try run("timeline", Self.vasterbotten, "--from", "20x")
        #expect(garbled.status == 64)
        #expect(garbled.stderr.contains("'20x' is not a date"), "\(garbled)")
        let help = try run("timeline", "--help")
        #expect(help.stdout.contains("Exit status"))
    }

    // MARK: map --years

    /// Every entity of one year sits where it sits in every other year.
    @Test func yearMapsHoldStill() throws {
        let out = directory.appendingPathComponent("maps").path + "/"
        let r = try run("map", Self.vasterbotten, "--years", "2003,2009,2015,now", "-o", out, "--language", "en")
        #expect(r.status == 0, "\(r)")
        var positions: [[String: String]] = []
        for name in ["2003", "2009", "2015", "now"] {
            let svg = try Data(contentsOf: URL(fileURLWithPath: out + name + ".svg"))
            _ = try XMLDocument(data: svg)
            positions.append(try Self.labelPositions(svg))
        }
        // Ghosts: every map holds every entity.
        #expect(Set(positions.map { $0.count }).count == 1)
        #expect(positions[0].count > 50)
        for id in positions[0].keys.sorted() {
            #expect(Set(positions.map { $0[id] }).count == 1, "\(id) moves")
        }
        let sheet = try String(contentsOfFile: out + "sheet.svg", encoding: .utf8)
        for label in ["2003", "2009", "2015", "now"] { #expect(sheet.contains(">\(label)</text>")) }

        let hidden = directory.appendingPathComponent("hidden").path
        let h = try run("map", Self.vasterbotten, "--years", "2009,now", "--ended", "hide", "-o", hidden)
        #expect(h.status == 0, "\(h)")
        let then = try Self.labelPositions(Data(contentsOf: URL(fileURLWithPath: hidden + "/2009.svg")))
        let now = try Self.labelPositions(Data(contentsOf: URL(fileURLWithPath: hidden + "/now.svg")))
        #expect(then["group&#45;strategigruppen"] != nil && now["group&#45;strategigruppen"] == nil)
        for id in Set(then.keys).intersection(now.keys) { #expect(then[id] == now[id], "\(id) moves") }
    }

    @Test func yearsWithoutAYearIsAnError() throws {
        let r = try run("map", Self.vasterbotten, "--years", ",", "-o", directory.path)
        #expect(r.status == 64)
        #expect(r.stderr.contains("--years names no year"), "\(r)")
        let bad = try run("map", Self.vasterbotten, "--years", "2003,soon", "-o", directory.path)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'soon' is not a date"), "\(bad)")
    }

    static func labelPositions(_ svg: Data) throws -> [String: String] { try svgLabelPositions(svg) }
}
