@testable import CollaborationMap
import Foundation
import InterchangeBase
import PartnerRegistry
import Testing

@Suite struct RendererTests {
    static let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The whole tiny registry (all time) unless a test chooses a view.
    func tiny(_ options: MapOptions = MapOptions()) throws -> CollaborationMap {
        var options = options
        if options.scope == .now { options.scope = .allTime }
        return try CollaborationMap(registry: TinyRegistry.registry, options: options)
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineAndFormatGivesValidOutput(engine: LayoutEngine) async throws {
        let map = try tiny(MapOptions(engine: engine))
        let svg = try await map.render(format: .svg)
        let inspector = try SVGInspector(svg)
        #expect(inspector.nodes.count == 11)
        #expect(inspector.edges.count == 14)
        // With dot: three levels, the untied area (Isolerade AB) and the
        // borderless cluster whose label is the footer.
        #expect(inspector.clusters.count == (engine.drawsClusters ? 5 : 0))
        let png = try await map.render(format: .png)
        #expect(Array(png.prefix(8)) == Self.pngMagic)
        let pdf = try await map.render(format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.suffix(8).contains(Array("%%EOF".utf8).first!))
        let plain = try await map.render(format: .dot)
        #expect(plain == Data(map.dot.utf8))
        let laidOut = try await GraphvizRenderer.shared.render(dot: map.dot, engine: engine, format: .dot)
        let text = String(decoding: laidOut, as: UTF8.self)
        #expect(text.hasPrefix("digraph samverkan {"))
        #expect(text.contains("pos=\""))
    }

    @Test func svgCarriesTitlesTooltipsLinksAndLegend() async throws {
        let map = try tiny()
        let svg = try SVGInspector(try await map.render(format: .svg))
        let nodes = Dictionary(uniqueKeysWithValues: svg.nodes.map { ($0.title, $0) })
        #expect(Set(nodes.keys) == Set(map.model.nodes.map(\.id.description)))
        for node in map.model.nodes {
            let drawn = try #require(nodes[node.id.description])
            #expect(drawn.tooltip == node.tooltip)
            #expect(drawn.id == "\(node.id.kind.rawValue)-\(node.id.rawID)")
            #expect(drawn.texts.joined(separator: "\n") == DOTText.wrap(node.label, width: node.id.kind == .group ? 18 : 22))
        }
        #expect(nodes["organisation:a"]?.href == "https://www.visitvasterbotten.se/?a=1&b=%22x%22")
        #expect(nodes["organisation:b"]?.href == nil)
        let edgeTips = Set(svg.edges.compactMap(\.tooltip))
        #expect(edgeTips == Set(map.model.edges.map(\.tooltip)))
        let texts = svg.graphTexts
        #expect(texts.first == "Tiny")
        #expect(texts.contains("Legend"))
        for entry in map.model.legend.nodes { #expect(texts.contains(entry.label), "\(entry.label)") }
        for entry in map.model.legend.edges { #expect(texts.contains(entry.label), "\(entry.label)") }
        let areas = svg.clusters.filter { $0.id != "footer" }
        #expect(Set(areas.compactMap { $0.texts.first })
            == ["National", "Regional", "Local", "Not tied to anyone in the registry"])
        // The footer is a block of its own under the map, line for line.
        let footer = try #require(svg.clusters.first { $0.id == "footer" })
        #expect(footer.texts == map.model.footer)
    }

    @Test func registryTextIsDrawnAsWrittenAndCannotInject() async throws {
        let map = try CollaborationMap(registry: InjectionRegistry.registry, options: MapOptions(grouping: .none))
        for engine in [LayoutEngine.dot, .neato] {
            let data = try await GraphvizRenderer.shared.render(map.model, engine: engine, format: .svg)
            let svg = try SVGInspector(data)
            #expect(svg.elementNames.isSubset(of: SVGSafety.elements))
            #expect(!svg.elementNames.contains("script"))
            #expect(svg.nodes.count == map.model.nodes.count)
            #expect(svg.edges.count == map.model.edges.count)
            let byID = Dictionary(uniqueKeysWithValues: svg.nodes.map { ($0.id, $0) })
            for (n, name) in InjectionRegistry.names.enumerated() {
                let node = try #require(byID["organisation-org-\(n)"])
                #expect(node.texts.joined(separator: "\n") == DOTText.wrap(name, width: 22), "\(name)")
                #expect(node.tooltip?.hasPrefix(name + "\n") == true, "\(name)")
            }
            #expect(byID["organisation-org-0"]?.href == "https://example.org/%22%3E%3Cscript%3Ealert(3)%3C/script%3E")
            #expect(byID["organisation-org-1"]?.href == nil)
            #expect(byID["group-g"]?.href == "mailto:a@example.org?subject=%22hej%22")
            #expect(byID["group-g"]?.texts.joined(separator: " ") == "Grupp \"<&>\" \\N")
            #expect(svg.nodes.contains { $0.title == "organisation#11" && $0.texts == ["Konstigt ID"] })
            #expect(svg.graphTexts.first == "Titel <b>\"&\"</b> \\G")
        }
    }

    /// Hostile text in the footer (source titles and publishers) and in
    /// the title is drawn as written in the footer block under the map,
    /// and changes nothing else.
    @Test func footerTextIsDrawnAsWrittenAndCannotInject() async throws {
        let hostile = InjectionRegistry.registry
        let sources = InjectionRegistry.names.enumerated().map { n, name in
            Source(id: SourceID("s\(n)"), title: name, publisher: n % 2 == 0 ? "Utgivare </text> & \"x\"" : nil,
                   kind: n % 3 == 0 ? .external : .primary)
        }
        let registry = Registry(title: hostile.title, organisations: hostile.organisations, groups: hostile.groups,
                                memberships: hostile.memberships, sources: sources)
        let map = try CollaborationMap(registry: registry, options: MapOptions(grouping: .none))
        for format in [MapFormat.svg, .pdf, .png] {
            let data = try await map.render(format: format)
            #expect(!data.isEmpty, "\(format)")
        }
        let data = try await map.render(format: .svg)
        let svg = try SVGInspector(data)
        #expect(svg.elementNames.isSubset(of: SVGSafety.elements))
        #expect(svg.nodes.count == map.model.nodes.count)
        #expect(svg.edges.count == map.model.edges.count)
        let footer = try #require(svg.clusters.first { $0.id == "footer" })
        // Graphviz draws each footer line as one text; a line holding a
        // newline ("Två\nrader") is drawn as two.
        let drawn = map.model.footer.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        #expect(footer.texts == drawn)
        for name in InjectionRegistry.names where !name.contains("\n") {
            #expect(footer.texts.contains { $0.hasPrefix("Source: \(name)") }, "\(name)")
        }
        #expect(svg.graphTexts.first == "Titel <b>\"&\"</b> \\G")
    }

    @Test(arguments: LayoutEngine.allCases)
    func sameMapSameBytes(engine: LayoutEngine) async throws {
        let options = MapOptions(engine: engine, sizing: .score(["a": 3, "g1": 1], name: "degree"),
                                 highlight: .nodes(["a", "g1"]), scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!)))
        let first = try tiny(options)
        let second = try tiny(options)
        let other = GraphvizRenderer()
        for format in [MapFormat.svg, .png, .pdf, .dot] {
            let a = try await first.render(format: format)
            let b = try await second.render(format: format, using: other)
            #expect(ByteDifference(a, b) == nil, "\(engine) \(format)")
        }
    }

    @Test func pdfCreationDateIsBlanked() async throws {
        let pdf = try await tiny().render(format: .pdf)
        #expect(pdf.range(of: Data("/CreationDate".utf8)) == nil)
        #expect(pdf.range(of: Data("/Producer".utf8)) != nil)
        let entry = "/CreationDate (D:20261129025222Z)"
        let stamped = Data("<< \(entry) /Producer (x) >>".utf8)
        let blank = String(repeating: " ", count: entry.utf8.count)
        #expect(String(decoding: PDFNormaliser.normalised(stamped), as: UTF8.self) == "<< \(blank) /Producer (x) >>")
        let link = Data("/Rect [ 436 326 635.5 291 ] /QuadPoints [ 436.28364 290.747658 -1.004 ]".utf8)
        #expect(String(decoding: PDFNormaliser.normalised(link), as: UTF8.self)
            == "/Rect [ 436 326 635.5 291 ] /QuadPoints [ 436.28    290.75     -1.00  ]")
    }
}
