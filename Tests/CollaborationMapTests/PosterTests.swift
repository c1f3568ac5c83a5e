import Foundation
@testable import CollaborationMap
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The Västerbotten map as a poster (graphs/vasterbotten.yaml, now):
/// landscape, readable printed on A3 and on a 1920-pixel screen, nothing
/// loose on it without reason, and a footer that says what it shows.
@Suite struct PosterTests {
    static let path = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    let registry: Registry
    let map: CollaborationMap
    let svg: Data
    let text: String

    init() async throws {
        registry = try RegistryLoader.load(path: Self.path)
        map = try CollaborationMap(registry: registry)
        svg = try await map.render(format: .svg)
        text = String(decoding: svg, as: UTF8.self)
    }

    /// The SVG's `viewBox`: width and height in points.
    func viewBox() throws -> (width: Double, height: Double) {
        let match = try #require(text.firstMatch(of: #/viewBox="([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)"/#))
        return (try #require(Double(match.output.3)), try #require(Double(match.output.4)))
    }

    /// Every `font-size` in the SVG, in points of the drawing.
    func fontSizes() -> [Double] {
        text.matches(of: #/font-size="([0-9.]+)"/#).compactMap { Double($0.output.1) }
    }

    /// The map was a strip 0.54 times as wide as tall (every group in one
    /// column); it is now landscape, between 1.3 and 1.6, the shape of A3
    /// (1.41) and of a screen.
    @Test func landscape() throws {
        let box = try viewBox()
        let aspect = box.width / box.height
        #expect(aspect >= 1.3 && aspect <= 1.6, "aspect \(aspect) of \(box)")
        // The level clusters are still drawn.
        let clusters = try SVGInspector(svg).clusters.compactMap(\.texts.first)
        for title in ["Nationellt", "Regionalt", "Lokalt"] { #expect(clusters.contains(title), "\(clusters)") }
    }

    /// Fitted on A3 landscape inside 10 mm margins (400 × 277 mm) no text
    /// is smaller than 8 pt; scaled to 1920 pixels wide (an SVG point is
    /// a pixel at scale 1) none is smaller than 11 px.
    @Test func readableOnA3AndOnAScreen() throws {
        let box = try viewBox()
        let smallest = try #require(fontSizes().min())
        let a3 = min(400 / 25.4 * 72 / box.width, 277 / 25.4 * 72 / box.height)
        #expect(smallest * a3 >= 8, "smallest text \(smallest) pt × \(a3) on A3")
        let screen = 1920 / box.width
        #expect(smallest * screen >= 11, "smallest text \(smallest) pt × \(screen) on a 1920-px screen")
    }

    /// Every node drawn has an edge, unless the registry (as of now) ties
    /// it to nothing; those, and only those, are inside the labelled area
    /// "Inte knutna till någon i registret vid detta datum". The ties are
    /// counted here from the registry itself, not from the map's model.
    @Test func nothingFloatsWithoutReason() throws {
        let inspector = try SVGInspector(svg)
        var degree: [String: Int] = [:]
        for node in inspector.nodes { degree[node.title] = 0 }
        for edge in inspector.edges {
            // An end at a hub names its port too ("…:w", ``HubPorts``).
            let ends = edge.title.components(separatedBy: "->").map { $0.replacing(#/(:[we][0-9]*){1,2}$/#, with: "") }
            try #require(ends.count == 2, "\(edge.title)")
            for end in ends { degree[end, default: 0] += 1 }
        }
        #expect(degree.count == map.model.nodes.count)

        let view = registry.view(.now)
        var tied = Set<String>()
        for m in view.memberships { tied.formUnion(["organisation:\(m.organisation)", "group:\(m.group)"]) }
        for g in view.groups {
            for c in g.conveners { tied.formUnion(["organisation:\(c)", "group:\(g.id)"]) }
            if let parent = g.partOf { tied.formUnion(["group:\(g.id)", "group:\(parent)"]) }
            for d in g.basedOn { tied.formUnion(["group:\(g.id)", "document:\(d)"]) }
        }
        for i in view.initiatives {
            var ends = i.participants.map { "organisation:\($0.organisation)" } + i.funders.map { "organisation:\($0)" }
            ends += i.leadsTo.map { "document:\($0)" } + (i.group.map { ["group:\($0)"] } ?? [])
            if !ends.isEmpty { tied.formUnion(ends + ["initiative:\(i.id)"]) }
        }
        for d in view.documents {
            var ends = (d.basedOn + d.revises + d.supersedes).map { "document:\($0)" }
            for a in d.adoptedBy {
                switch a {
                case let .organisation(id): ends.append("organisation:\(id)")
                case let .group(id): ends.append("group:\(id)")
                }
            }
            if !ends.isEmpty { tied.formUnion(ends + ["document:\(d.id)"]) }
        }

        let loose = Set(degree.filter { $0.value == 0 }.map(\.key))
        #expect(!loose.isEmpty, "the municipalities' only tie, the Strategigrupp, has ended")
        #expect(loose.isDisjoint(with: tied), "drawn without an edge although the registry ties them: \(loose.intersection(tied))")
        let area = try #require(map.model.clusters.first { $0.id == MapCluster.untiedID })
        #expect(area.label == "Inte knutna till någon i registret vid detta datum")
        #expect(Set(area.nodes.map(\.description)) == loose)
        #expect(inspector.clusters.contains { $0.title == "cluster_untied" && $0.texts.first == area.label })

        // And drawn inside it: each loose node's label within the area's box.
        let box = try #require(try Self.clusterBox("cluster_untied", in: text))
        let labels = try svgLabelPositions(svg)
        let ids = Dictionary(uniqueKeysWithValues: inspector.nodes.map { ($0.title, $0.id) })
        for name in loose {
            // svgLabelPositions keys by the id as written in the SVG, where
            // Graphviz writes '-' as a character reference.
            let id = try #require(ids[name]).replacingOccurrences(of: "-", with: "&#45;")
            let at = try #require(labels[id]).split(separator: ",").compactMap { Double($0) }
            try #require(at.count == 2)
            #expect(box.x.contains(at[0]) && box.y.contains(at[1]), "\(name) at \(at) outside \(box)")
        }
    }

    /// The bounding box of a cluster's outline in the SVG.
    static func clusterBox(_ title: String, in svg: String) throws -> (x: ClosedRange<Double>, y: ClosedRange<Double>)? {
        guard let start = svg.range(of: "<title>\(title)</title>"),
              let end = svg.range(of: "</g>", range: start.upperBound ..< svg.endIndex) else { return nil }
        let outline = svg[start.upperBound ..< end.lowerBound]
        guard let d = outline.firstMatch(of: #/ (?:d|points)="([^"]+)"/#) else { return nil }
        let numbers = d.output.1.matches(of: #/-?[0-9]+(?:\.[0-9]+)?/#).compactMap { Double($0.output) }
        let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return nil }
        return (x0 ... x1, y0 ... y1)
    }

    /// The footer, under the map, holds the date shown, every source's
    /// title and the tool's version.
    @Test func footerSaysWhatAndWhence() throws {
        let footer = try #require(try SVGInspector(svg).clusters.first { $0.id == "footer" })
        let lines = footer.texts
        #expect(lines.first == "Visar: nu (det som inte har upphört)")
        for source in registry.sources {
            #expect(lines.contains { $0.hasPrefix("Källa: \(source.title)") }, "\(source.title)")
        }
        #expect(lines.contains { $0.hasPrefix("Band på kartan: ") })
        #expect(lines.last == "Samverkan \(CollaborationMap.toolVersion)")
        // Under the map: its box reaches the bottom of the drawing, and its
        // text is below every node.
        let labels = try svgLabelPositions(svg).values.compactMap { Double($0.split(separator: ",")[1]) }
        let footerTop = try #require(try footerTextYs().min())
        #expect(labels.allSatisfy { $0 < footerTop })

        // With --as-of, the date.
        let dated = try CollaborationMap(
            registry: registry, options: MapOptions(scope: RegistryScope(asOf: .date(PartialDate(year: 2010)!))))
        #expect(dated.model.footer.first == "Visar: 2010")
    }

    private func footerTextYs() throws -> [Double] {
        guard let start = text.range(of: "<title>cluster_footer</title>"),
              let end = text.range(of: "</g>", range: start.upperBound ..< text.endIndex) else { return [] }
        return text[start.upperBound ..< end.lowerBound].matches(of: #/<text[^>]* y="([-0-9.]+)"/#)
            .compactMap { Double($0.output.1) }
    }

    /// PDF on A3 (the default) and A4 is one page of exactly the paper's
    /// size (A3 landscape 1190.55 × 841.89 pt, A4 841.89 × 595.28 pt, to
    /// the point); PNG is exactly 1920 × 1080 (the default) or A3 at
    /// 150 dpi (2480 × 1754 px, to the pixel). The drawing is scaled to
    /// fit and centred (`GraphvizSession.padToExactSize`).
    @Test func pagesAreOnePageAndFit() async throws {
        for (page, paper) in [(MapPage.a3, (1190.55, 841.89)), (.a4, (841.89, 595.28))] {
            var options = map.options
            options.page = page
            let pdf = try await CollaborationMap(model: map.model, options: options).render(format: .pdf)
            let body = String(decoding: pdf, as: UTF8.self)
            #expect(body.matches(of: #/\/Type\s*\/Page[^s]/#).count == 1, "\(page)")
            let box = try #require(body.firstMatch(of: #/\/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]/#))
            let (w, h) = (try #require(Double(box.output.1)), try #require(Double(box.output.2)))
            #expect(abs(w - paper.0) <= 1 && abs(h - paper.1) <= 1, "\(page): \(w) × \(h)")
        }
        let defaultPDF = try await map.render(format: .pdf)
        var a3 = map.options
        a3.page = .a3
        #expect(ByteDifference(defaultPDF, try await CollaborationMap(model: map.model, options: a3).render(format: .pdf)) == nil)

        let png = try await map.render(format: .png)
        let (w, h) = try Self.pngSize(png)
        #expect(w == 1920 && h == 1080, "\(w) × \(h)")
        var print = map.options
        print.page = .a3
        let (pw, ph) = try Self.pngSize(try await CollaborationMap(model: map.model, options: print).render(format: .png))
        #expect(abs(pw - 2480) <= 1 && abs(ph - 1754) <= 1, "\(pw) × \(ph)")
    }

    static func pngSize(_ png: Data) throws -> (Int, Int) {
        try #require(png.count > 24)
        let bytes = [UInt8](png.prefix(24))
        func be(_ at: Int) -> Int { bytes[at ..< at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    /// The page changes sizes and fonts only for the formats it is for:
    /// SVG and DOT stay at their natural size unless a page is chosen.
    @Test func pageAttributesOnlyWhereAPageApplies() {
        #expect(!map.encoder(for: .svg).encode(map.model).contains(", size=\""))
        #expect(map.encoder(for: .pdf).encode(map.model).contains("size=\"15.75,10.91!\""))
        #expect(!map.encoder(for: .pdf).encode(map.model).contains("dpi="))
        #expect(map.encoder(for: .png).encode(map.model).contains("dpi=96"))
        var a4 = map.options
        a4.page = .a4
        let text = CollaborationMap(model: map.model, options: a4).encoder(for: .svg).encode(map.model)
        // Nodes, legend and footer at 11 pt and the titles at 22 pt, all × 1.2.
        #expect(text.contains("fontsize=13.2") && text.contains("POINT-SIZE=\"13.2\"") && text.contains("POINT-SIZE=\"26.4\""),
                "fonts × 1.2 on A4")
    }
}
