@testable import CollaborationMap
import Foundation
import NetworkAnalysis
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The explorer's steps (the slider's dates) on graphs/vasterbotten.yaml:
/// the per-step data the library ships, held to the library's own answers
/// and to facts derived by hand.
///
/// Hand facts (AnalysisVasterbottenTests has the full derivation): the
/// registry's dates name 2003 (the Strategigrupp is formed), 2009
/// (Tillväxtverket, 2009-04-01; Färdledaren), 2010 (Trafikverket,
/// 2010-04-01), 2014 (a process of that year) and 2015 (the seed's date).
/// Before 2015 every group is only possibly there (cited to the seed
/// alone, which describes 2015), and so are the seven organisations cited
/// to the seed alone; the fifteen municipalities (SCB, undated) and the
/// two agencies once founded are there for certain, but with no tie
/// surely there. In 2015 all is certain but the Strategigrupp (ended on a
/// date the seed does not give) and its 18 seats; now the Strategigrupp
/// is gone: 24 organisations, 16 groups, 26 ties, nothing uncertain.
@Suite struct ExplorerStepsTests {
    static let registryPath = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    let registry: Registry
    let years: [AsOf]
    let data: ExplorerData

    init() throws {
        registry = try RegistryLoader.load(path: Self.registryPath)
        years = ExplorerPage(registry: registry).years
        data = ExplorerData.build(
            registry: registry, language: .swedish, title: "T", years: years, map: nil,
            validation: registry.validate(baseDirectory: PackagePaths.root.appendingPathComponent("graphs")))
    }

    /// The page's legend (with a map): one entry per kind of the kind
    /// filter, organisations first, then groups, initiatives, documents;
    /// groups drawn as the theme's dark ellipses; the strokes of the map's
    /// own legend (Västerbotten's union draws inferred ties and what is
    /// only possibly there at some date) and then the outline of what is
    /// not there at the step. The Chromium test checks each swatch against
    /// the fill of the kind's nodes as drawn.
    @Test func theLegendHasEveryKindInTypeOrderAndTheStrokes() throws {
        var options = MapOptions(engine: .dot, language: .swedish)
        options.sizeLimit = nil
        let maps = try YearMaps(registry: registry, years: years, options: options, ended: .hide)
        let names = NodeNames(maps.union)
        let parts = MapParts(
            union: maps.union, svgIDs: maps.union.nodes.map { names.svgID($0.id) }, clusterNames: [:], models: maps.models)
        let mapped = ExplorerData.build(
            registry: registry, language: .swedish, title: "T", years: years, map: parts,
            validation: registry.validate(baseDirectory: PackagePaths.root.appendingPathComponent("graphs")))
        let legend = try #require(mapped.legend)
        #expect(legend.title == "Teckenförklaring")
        #expect(Set(legend.kinds.map(\.kind)) == Set(mapped.kinds.map(\.value)))
        #expect(legend.kinds.count == mapped.kinds.count)
        let types = legend.kinds.map { String($0.kind.prefix(1)) }
        let rank = ["o": 0, "g": 1, "i": 2, "d": 3]
        #expect(types.map { rank[$0] ?? 9 } == types.map { rank[$0] ?? 9 }.sorted())
        let municipality = try #require(legend.kinds.first { $0.kind == "o:municipality" })
        #expect(municipality.label == "Kommun" && municipality.shape == "box" && municipality.rounded)
        #expect(MapTheme.organisationPalette.contains(municipality.fill))
        for group in legend.kinds where group.kind.hasPrefix("g:") {
            #expect(group.shape == "ellipse" && group.fill == "#2F4858")
        }
        #expect(legend.strokes.map(\.stroke) == ["inferred", "uncertain", "absent"])
        #expect(legend.strokes.last?.label == "Prickad kant, blek fyllning: finns inte detta datum")
        #expect(data.legend == nil, "no map, no legend")
    }

    @Test func stepCodesKeepTheFirstStepAndTheChanges() {
        let steps: [[UInt8]] = [[0, 1, 2, 0], [0, 2, 2, 0], [1, 2, 0, 6]]
        let codes = ExplorerData.StepCodes(steps)
        #expect(codes.first == "0120")
        #expect(codes.changes == [[1, 2], [0, 1, 2, 0, 3, 6]])
        #expect(codes.decoded() == steps)
        #expect(ExplorerData.StepCodes([[1, 1]]).changes.isEmpty)
    }

    @Test func theStepsAreTheRegistrysYearsThenNow() {
        #expect(data.steps.labels == ["2003", "2009", "2010", "2014", "2015", "now"])
        #expect(data.steps.names == ["2003", "2009", "2010", "2014", "2015", "nu"])
        #expect(data.steps.captions == [
            "Läget per 2003", "Läget per 2009", "Läget per 2010", "Läget per 2014", "Läget per 2015",
            "Läget per nu (det som inte har upphört)",
        ])
        let count = data.steps.labels.count
        #expect(data.steps.figures.count == count && data.steps.notes.count == count && data.steps.top.count == count)
        #expect(data.steps.entities.decoded().count == count && data.network.ties.decoded().count == count)
        for table in data.tables {
            #expect(table.parts.count == (["rules", "warnings"].contains(table.id) ? 1 : count), "\(table.id)")
        }
    }

    /// The most-central table in plain Swedish: the betweenness column is
    /// "Mellanhand", explained in the note in words, and its figures are
    /// the library's two-mode betweenness at the step (possible and sure)
    /// written with decimal commas, "0,7103 (säkert –)" where the row is
    /// only possibly there.
    @Test func centralTableSpeaksSwedish() throws {
        let analysis = RegistryAnalysis(registry: registry, scope: RegistryScope(asOf: .date(PartialDate(year: 2009)!)))
        let tables = ExplorerTables(analysis: analysis, language: .swedish, entity: .init(), full: true).tables()
        let (table, part) = try #require(tables.first { $0.0.id == "central" })
        #expect(table.columns.map(\.label) == ["Organisation", "Nivå", "Grupper", "Mellanhand"])
        #expect(part.note.contains("Mellanhand: hur ofta organisationen ligger på kortaste vägen mellan två andra"))
        let report = try analysis.centrality(.betweenness, mode: .twoMode)
        let vt = try #require(report.scores.first { $0.id == "vasterbottensturism" })
        let expected = String(format: "%.4f", vt.score).replacingOccurrences(of: ".", with: ",")
            + " (säkert " + (vt.sure.map { String(format: "%.4f", $0).replacingOccurrences(of: ".", with: ",") } ?? "–") + ")"
        let row = try #require(part.rows.first { if case let .text(name) = $0[0] { name.hasPrefix("VästerbottensTurism") } else { false } })
        guard case let .figure(value, text) = row[3] else { Issue.record("\(row[3])"); return }
        #expect(abs(value - vt.score) < 5e-5)
        #expect(text == expected, "\(text)")
        #expect(!text.contains("."))
    }

    /// The key figures at 2009 and now, derived by hand: in 2009 neither
    /// agency is founded (22 organisations, 15 of them surely there, the
    /// municipalities), all 17 groups and the 42 ties not of the agencies
    /// are only possibly there, VästerbottensTurism is the one cut
    /// organisation, surely none. Now: 24, 16, 26, one cut organisation.
    @Test func keyFiguresCarryTheirSureValues() throws {
        func figures(_ label: String) throws -> [String: String] {
            let k = try #require(data.steps.labels.firstIndex(of: label))
            return Dictionary(uniqueKeysWithValues: data.steps.figures[k].map { ($0.label, $0.value) })
        }
        let in2009 = try figures("2009")
        #expect(in2009["Organisationer 2009"] == "22 (säkert 15)")
        #expect(in2009["Grupper 2009"] == "17 (säkert 0)")
        #expect(in2009["Medlemskap (organisation i grupp) 2009"] == "42 (säkert 0)")
        let now = try figures("now")
        #expect(now["Organisationer nu"] == "24")
        #expect(now["Grupper nu"] == "16")
        #expect(now["Medlemskap (organisation i grupp) nu"] == "26")
        #expect(data.steps.notes.last == "")
        #expect(data.steps.notes.first?.contains("säkert x") == true)
    }

    /// Every entity's and membership's code is what the view of that date
    /// says: there (1), only possibly (2), not there (0).
    @Test func presenceIsTheViewsAtEveryStep() throws {
        let entities = data.steps.entities.decoded(), memberships = data.steps.memberships.decoded()
        for (k, asOf) in years.enumerated() {
            let viewed = registry.view(RegistryScope(asOf: asOf))
            let organisations = entities[k].prefix(registry.organisations.count)
            #expect(organisations.count { $0 != 0 } == viewed.organisations.count, "\(asOf)")
            #expect(organisations.count { $0 == 2 } == viewed.uncertain.organisations.count, "\(asOf)")
            let groups = entities[k].dropFirst(registry.organisations.count).prefix(registry.groups.count)
            #expect(groups.count { $0 != 0 } == viewed.groups.count, "\(asOf)")
            #expect(groups.count { $0 == 2 } == viewed.uncertain.groups.count, "\(asOf)")
            #expect(memberships[k].count { $0 != 0 } == viewed.memberships.count, "\(asOf)")
            #expect(memberships[k].count { $0 == 2 } == viewed.uncertain.memberships.count, "\(asOf)")
        }
        // The Strategigrupp (possibly there 2003–2015, gone now) and Umeå's seat in it.
        let group = try #require(data.entities.firstIndex { $0.id == "strategigruppen" })
        let umea = try #require(data.entities.firstIndex { $0.id == "umea" })
        let seat = try #require(data.memberships.firstIndex { $0.organisation == umea && $0.group == group })
        #expect(entities.map { $0[group] } == [2, 2, 2, 2, 2, 0])
        #expect(memberships.map { $0[seat] } == [2, 2, 2, 2, 2, 0])
    }

    /// The map draws each step from the year maps (`map --years`): the
    /// nodes a year map draws are the entities there at that step, and
    /// the half-faded ones those only possibly there.
    @Test func theYearMapsDrawWhatTheStepsHold() throws {
        let maps = try YearMaps(registry: registry, years: years, options: MapOptions(language: .swedish), ended: .hide)
        let entities = data.steps.entities.decoded()
        var index: [MapNodeID: Int] = [:]
        for (i, e) in data.entities.enumerated() {
            let kind: MapEntityKind = switch e.type {
            case "organisation": .organisation
            case "group": .group
            case "initiative": .initiative
            default: .document
            }
            index[MapNodeID(kind, e.id)] = i
        }
        for (k, model) in maps.models.enumerated() {
            var drawn: [Int: UInt8] = [:]
            for node in model.nodes { if let i = index[node.id] { drawn[i] = node.uncertain ? 2 : 1 } }
            for i in data.entities.indices where data.entities[i].type == "organisation" || data.entities[i].type == "group" {
                #expect((drawn[i] ?? 0) == entities[k][i], "\(data.entities[i].id) at \(years[k])")
            }
        }
    }

    /// The page's connect: the union network, with what is not there at a
    /// step left out, searched breadth-first in the union's adjacency
    /// order, gives `samverkan connect --as-of`'s chains in the same
    /// order, for every ordered pair of organisations at every step (on
    /// Västerbotten and on the made-up registry whose ties change while
    /// their ends stay, Tests/clients/registries/time.yaml); the
    /// network of what is there for certain gives its `sureSteps`; the
    /// codes give each chain tie's certainty and presence.
    @Test(arguments: ["graphs/vasterbotten.yaml", "Tests/clients/registries/time.yaml"])
    func theUnionNetworkFilteredByStepGivesConnectsChains(path: String) throws {
        let registry = try RegistryLoader.load(path: PackagePaths.root.appendingPathComponent(path).path)
        let years = ExplorerPage(registry: registry).years
        let data = ExplorerData.build(
            registry: registry, language: .swedish, title: "T", years: years, map: nil,
            validation: registry.validate(baseDirectory: PackagePaths.root))
        let net = data.network
        let n = net.vertices.count
        var tieEnds: [(Int32, Int32)] = []
        for v in 0 ..< net.organisations { for w in net.adjacency[v] { tieEnds.append((Int32(v), w)) } }
        let entityCodes = data.steps.entities.decoded(), tieCodes = net.ties.decoded()
        #expect(tieCodes.allSatisfy { $0.count == tieEnds.count })
        let certainties: [Certainty] = [.stated, .inferred, .external]
        var checked = 0
        for (k, asOf) in years.enumerated() {
            let analysis = RegistryAnalysis(registry: registry, asOf: asOf)
            let vertexCode = { (v: Int32) in entityCodes[k][net.vertices[Int(v)]] }
            var possibleEdges: [(Int32, Int32)] = [], sureEdges: [(Int32, Int32)] = []
            var code: [String: UInt8] = [:]
            for (t, (o, g)) in tieEnds.enumerated() {
                let c = tieCodes[k][t]
                code["\(o)-\(g)"] = c
                guard c != 0 else { continue }
                #expect(vertexCode(o) != 0 && vertexCode(g) != 0)
                possibleEdges.append((o, g))
                if c <= 3 { sureEdges.append((o, g)) }
            }
            let possible = try Graph(vertexCount: n, edges: possibleEdges), sure = try Graph(vertexCount: n, edges: sureEdges)
            let ids = net.vertices.map { data.entities[$0].id }
            for a in 0 ..< Int32(net.organisations) {
                for b in 0 ..< Int32(net.organisations) where a != b {
                    let from = OrganisationID(ids[Int(a)]), to = OrganisationID(ids[Int(b)])
                    guard vertexCode(a) != 0, vertexCode(b) != 0 else {
                        #expect(throws: RegistryAnalysisError.self) { try analysis.connection(from: from, to: to) }
                        continue
                    }
                    let link = try analysis.connection(from: from, to: to)
                    let paths = try possible.allShortestPaths(from: a, to: b, limit: 20)
                    #expect(link.steps == paths.distance.map { $0 / 2 })
                    #expect(link.shortestChainCount == paths.shortestPathCount)
                    #expect(link.isTruncated == paths.isTruncated)
                    let listed = paths.shortestPaths.map { $0.map { ids[Int($0)] } }
                    let expected = link.shortestChains.map { chain in
                        zip(chain.organisations, chain.groups).flatMap { [$0.id.rawValue, $1.id.rawValue] }
                            + [chain.organisations.last?.id.rawValue ?? ""]
                    }
                    #expect(listed == expected, "\(from.rawValue) → \(to.rawValue) at \(asOf)")
                    let sureDistance = vertexCode(a) == 1 && vertexCode(b) == 1
                        ? try sure.allShortestPaths(from: a, to: b, limit: 0).distance : nil
                    #expect(link.sureSteps == sureDistance.map { $0 / 2 }, "\(from.rawValue) → \(to.rawValue) at \(asOf)")
                    for (path, chain) in zip(paths.shortestPaths, link.shortestChains) {
                        let ties = zip(path, path.dropFirst()).map { x, y in code[x < y ? "\(x)-\(y)" : "\(y)-\(x)"] ?? 0 }
                        #expect(ties.count == chain.ties.count)
                        for (c, tie) in zip(ties, chain.ties) {
                            #expect(c != 0 && certainties[Int(c - 1) % 3] == tie.certainty && (c >= 4) == tie.uncertain)
                        }
                        let marks = path.map { vertexCode($0) == 2 }
                        let named = zip(chain.organisations, chain.groups).flatMap { [$0.uncertain, $1.uncertain] }
                            + [chain.organisations.last?.uncertain ?? false]
                        #expect(marks == named)
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= years.count * 6 * 5)
    }

    /// Lifecycles in words, as the registry states them.
    @Test func lifecycleTexts() throws {
        func lifecycle(_ id: String) throws -> String {
            data.lifecycles[try #require(data.entities.first { $0.id == id }).lifecycle]
        }
        #expect(try lifecycle("strategigruppen") == "2003 – upphörd, okänt när (senast 2015)")
        #expect(try lifecycle("trafikverket") == "från 2010-04-01 (extern källa)")
        #expect(try lifecycle("vasterbottensturism") == "utan startdatum: finns säkert från 2015, möjligen tidigare")
        #expect(try lifecycle("umea") == "inga datum: finns vid varje datum")
        #expect(data.lifecycles.count == Set(data.lifecycles).count)
        let group = try #require(data.entities.firstIndex { $0.id == "strategigruppen" })
        let umea = try #require(data.entities.firstIndex { $0.id == "umea" })
        let seat = try #require(data.memberships.first { $0.organisation == umea && $0.group == group })
        #expect(data.lifecycles[seat.lifecycle] == "från 2003 (tolkat)")
        #expect(seat.certainty == "inferred")

        let english = ExplorerLifecycle(registry: registry, language: .english)
        let strategigrupp = try #require(registry.group("strategigruppen"))
        #expect(english.text(strategigrupp) == "2003 – ended, date unknown (by 2015 at the latest)")
        let seed = try #require(strategigrupp.sources.first)
        func text(_ v: Validity, _ sources: [Citation] = []) -> String {
            english.text(v, v.lifecycle, sources, successor: nil)
        }
        let y = { (n: Int) in PartialDate(year: n)! }
        #expect(text(Validity(since: y(2001), until: y(2005))) == "2001 – 2005")
        #expect(text(Validity(since: y(2014), until: y(2014))) == "during 2014")
        #expect(text(Validity(until: y(2005))) == "until 2005")
        #expect(text(Validity(since: y(2001), unknownEnd: UnknownEnd(before: y(2012))), [seed])
            == "2001 – ended, date unknown (before 2012)")
        #expect(text(Validity(unknownEnd: UnknownEnd())) == "ended, date unknown")
        #expect(text(Validity(since: y(2001), sinceAssessment: .inferred("a reading"))) == "since 2001 (inferred)")
        #expect(text(Validity(), [seed]) == "no start date: surely there from 2015, possibly earlier")
        #expect(text(Validity()) == "no dates: there at every date")
        // A successor ends its predecessor (time.yaml: Kommittén, 2001, is succeeded by Projektet, 2006).
        let time = try RegistryLoader.load(path: PackagePaths.root.appendingPathComponent("Tests/clients/registries/time.yaml").path)
        let kommitten = try #require(time.group("kommitten"))
        #expect(ExplorerLifecycle(registry: time, language: .swedish).text(kommitten) == "från 2001; ersatt av Projektet från 2006")
        let betaSeat = try #require(time.memberships.first { $0.organisation == "beta" && $0.group == "natverket" })
        #expect(ExplorerLifecycle(registry: time, language: .swedish).text(betaSeat) == "2000 – 2005")
        let eko = try #require(time.memberships.first { $0.organisation == "eko" && $0.role == .member })
        #expect(ExplorerLifecycle(registry: time, language: .swedish).text(eko) == "upphörd, okänt när (senast 2012)")
    }

    /// The map's caption is marked in the SVG so the page can rewrite it
    /// for each step; the SVG's own escaping is undone to find it.
    @Test func theMapCaptionIsMarked() {
        let svg = "<svg><text x=\"1\">Title</text><text x=\"2\">As of now &#40;what has not ended&#41; &amp; x&#45;y</text></svg>"
        #expect(ExplorerSVG.markingCaption(svg, text: "As of now (what has not ended) & x-y")
            == "<svg><text x=\"1\">Title</text><text id=\"map-caption\" x=\"2\">As of now &#40;what has not ended&#41; &amp; x&#45;y</text></svg>")
        #expect(ExplorerSVG.markingCaption(svg, text: "missing") == svg)
        #expect(ExplorerSVG.unescaped("a&lt;b&#x41;&unknown;") == "a<bA&unknown;")
    }

    @Test func thePageCarriesTheMarkedCaption() async throws {
        let html = String(decoding: try await ExplorerPage(registry: registry).render(), as: UTF8.self)
        #expect(html.contains("<text id=\"map-caption\" "))
        #expect(html.contains(">Läget per nu (det som inte har upphört)</text>"))
    }

    /// The overview of a large registry moves through time too: it holds
    /// the same steps, without map edges.
    @Test func theOverviewHoldsTheStepsWithoutMapEdges() async throws {
        let page = ExplorerPage(registry: TinyRegistry.registry, options: ExplorerOptions(overviewThreshold: 3))
        let html = String(decoding: try await page.render(), as: UTF8.self)
        let json = try #require(html.firstMatch(of: /id="explorer-data">(.*?)<\/script>/)?.1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [String: Any])
        #expect(steps["labels"] as? [String] == page.years.map(\.description))
        #expect(steps["edges"] == nil)
    }
}

/// Every measure has a reader's name and a one-line explanation in both
/// languages, no two measures share a name, and none uses a library's
/// or a command's name for it.
@Test func everyMeasureHasPlainWordsInBothLanguages() {
    for language in [MapLanguage.swedish, .english] {
        let words = CentralityMeasure.allCases.map { MeasureWords($0, language: language) }
        #expect(Set(words.map(\.name)).count == CentralityMeasure.allCases.count, "\(language)")
        for w in words {
            #expect(!w.name.isEmpty && w.explanation.count > 20, "\(w)")
            #expect(!w.line.contains("`") && !w.line.contains("NetworkX") && !w.line.contains("samverkan"), "\(w)")
        }
    }
    #expect(MeasureWords(.betweenness, language: .swedish).explanation
        == "hur ofta organisationen ligger på kortaste vägen mellan två andra")
}
