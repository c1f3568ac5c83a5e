@testable import CollaborationMap
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Maps that hold still, on the tiny registry (see TinyRegistry for the
/// data): g3 ends in 2010, c joins g1 in 2012, s (2015) revises p.
@Suite struct YearMapsTests {
    static let years: [AsOf] = [.date(PartialDate(year: 2009)!), .date(PartialDate(year: 2013)!), .now]

    static func labelPositions(_ svg: Data) throws -> [String: String] { try svgLabelPositions(svg) }

    /// By hand: in 2009 g3 is there and s (2015) is not; in 2013 g3 has
    /// ended (2010) and c's seat in g1 (2012) is new; now s is new and p,
    /// which s revises, is gone.
    @Test func newIsEmphasisedAndEndedIsAGhost() throws {
        let maps = try YearMaps(registry: TinyRegistry.registry, years: Self.years)
        func emphasis(_ year: Int, _ kind: MapEntityKind, _ id: String) -> Emphasis? {
            maps.models[year].nodes.first { $0.id == MapNodeID(kind, id) }?.emphasis
        }
        #expect(emphasis(0, .group, "g3") == .normal)
        #expect(emphasis(0, .document, "s") == .ended)
        #expect(emphasis(1, .group, "g3") == .ended)
        #expect(emphasis(2, .document, "s") == .highlighted)
        #expect(emphasis(2, .document, "p") == .ended)
        let seat = maps.models[1].edges.first { $0.from == MapNodeID(.organisation, "c") && $0.to == MapNodeID(.group, "g1") }
        #expect(seat?.emphasis == .highlighted)
        // Nothing is new on the first map.
        #expect(!maps.models[0].nodes.contains { $0.emphasis == .highlighted })
        // Every map holds every node of the union, in the union's order.
        for model in maps.models { #expect(model.nodes.map(\.id) == maps.union.nodes.map(\.id)) }
        // One legend for all years, but for the note on what is new.
        #expect(Set(maps.models.map { $0.legend.nodes }).count == 1)
        #expect(maps.models[1].legend.notes.contains("Thick border: new since 2009"))
    }

    @Test func hiddenEndedEntitiesAreLeftOut() throws {
        let maps = try YearMaps(registry: TinyRegistry.registry, years: Self.years, ended: .hide)
        #expect(!maps.models[1].nodes.contains { $0.id == MapNodeID(.group, "g3") })
        #expect(!maps.models[0].nodes.contains { $0.id == MapNodeID(.document, "s") })
        #expect(maps.models[0].nodes.contains { $0.id == MapNodeID(.group, "g3") })
    }

    /// Shared entities sit at identical coordinates in every year's SVG,
    /// with the level clusters drawn, on canvases of one size; the same
    /// input gives the same bytes.
    @Test func entitiesHoldStillAcrossYears() async throws {
        for ended in EndedDrawing.allCases {
            let maps = try YearMaps(registry: TinyRegistry.registry, years: Self.years, ended: ended)
            let set = try await maps.render()
            #expect(set.maps.map(\.fileName) == ["2009", "2013", "now"])
            let positions = try set.maps.map { try Self.labelPositions($0.svg) }
            let shared = positions.dropFirst().reduce(Set(positions[0].keys)) { $0.intersection($1.keys) }
            #expect(shared.count >= 8, "\(shared)")
            for id in shared.sorted() {
                #expect(Set(positions.map { $0[id] }).count == 1, "\(ended): \(id) moves: \(positions.map { $0[id] ?? "-" })")
            }
            for map in set.maps {
                let svg = String(decoding: map.svg, as: UTF8.self)
                #expect(svg.components(separatedBy: "class=\"cluster\"").count - 1 >= 2, "\(map.fileName) has no clusters")
                // Each cluster keeps its own box from the union's layout (a
                // box lost in the layout would become the whole drawing).
                let outlines = svg.matches(of: /class="cluster">\n<title>[^<]*<\/title>\n<path [^>]* d="([^"]+)"/)
                    .map { String($0.output.1) }
                #expect(outlines.count >= 2 && Set(outlines).count == outlines.count, "\(map.fileName): \(outlines)")
                _ = try XMLDocument(data: map.svg)
            }
            let sizes = Set(set.maps.map { String(decoding: $0.svg, as: UTF8.self).firstMatch(of: /<svg width="[^"]+" height="[^"]+"/).map { String($0.output) } ?? "" })
            #expect(sizes.count == 1, "\(ended): \(sizes)")
            let again = try await maps.render()
            #expect(again == set)
            let sheet = String(decoding: set.sheet, as: UTF8.self)
            _ = try XMLDocument(data: set.sheet)
            for label in ["2009", "2013", "now"] { #expect(sheet.contains(">\(label)</text>")) }
        }
    }

    @Test func noYearsIsAnError() {
        #expect(throws: MapError.noYears) { try YearMaps(registry: TinyRegistry.registry, years: []) }
        #expect(throws: MapError.noYears) { try YearMaps(registry: TinyRegistry.registry, years: [.allTime]) }
    }
}
