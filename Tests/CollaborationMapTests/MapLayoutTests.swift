@testable import CollaborationMap
import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The layout of the Västerbotten map (graphs/vasterbotten.yaml): edges
/// into a hub fan out, the untied area is a compact grid, and maps of two
/// dates share one layout.
@Suite struct MapLayoutTests {
    static let path = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path
    static let hub = "organisation:vasterbottensturism"

    let registry: Registry

    init() throws {
        registry = try RegistryLoader.load(path: Self.path)
    }

    func svg(_ asOf: AsOf, layout: MapLayout) async throws -> Data {
        var options = MapOptions(layout: layout)
        options.scope = RegistryScope(asOf: asOf)
        return try await CollaborationMap(registry: registry, options: options).render(format: .svg)
    }

    /// Every number pair of a path's `d`, in order.
    static func points(_ d: String) -> [(Double, Double)] {
        let numbers = d.matches(of: #/-?[0-9]+(?:\.[0-9]+)?/#).compactMap { Double($0.output) }
        return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
    }

    /// Where each edge of `node` ends at it: of the first and last point of
    /// the edge's path, the one nearer the node's label.
    static func endsAt(_ node: String, in svg: Data) throws -> [(Double, Double)] {
        let text = String(decoding: svg, as: UTF8.self)
        let escaped = node.replacingOccurrences(of: "-", with: "&#45;")
        let labels = try svgLabelPositions(svg)
        let id = node.replacingOccurrences(of: ":", with: "&#45;").replacingOccurrences(of: "-", with: "&#45;")
        let centre = try #require(labels[id]).split(separator: ",").compactMap { Double($0) }
        let edge = try Regex(#"<g id="[^"]+" class="edge">\s*<title>([^<]*)</title>.*?<path[^>]* d="([^"]+)""#)
            .dotMatchesNewlines()
        var ends: [(Double, Double)] = []
        for match in text.matches(of: edge) {
            let title = String(match.output[1].substring ?? "")
            // A title names both ends, each perhaps with its port: "a:w3:w->b".
            let sides = title.components(separatedBy: "&#45;&gt;")
            guard sides.count == 2, sides.contains(where: { $0 == escaped || $0.hasPrefix(escaped + ":") }) else { continue }
            let points = Self.points(String(match.output[2].substring ?? ""))
            guard let first = points.first, let last = points.last else { continue }
            func distance(_ p: (Double, Double)) -> Double { hypot(p.0 - centre[0], p.1 - centre[1]) }
            ends.append(distance(first) < distance(last) ? first : last)
        }
        return ends
    }

    /// By hand from the registry: now VästerbottensTurism sits in 15
    /// groups (Ledningsgruppen, Strategiskt råd, Marknadsgruppen,
    /// Redaktionsrådet, the conference, VD-dagar, B2B, the RTO network,
    /// the statistics group, the analysis network, the county's tourism
    /// group, Sevärt, Trafikverket's group, Flygmarknadsgruppen, Matlandet)
    /// and takes part in 5 initiatives: 20 edges. Each ends
    /// at a point of its own (at least 3 pt from every other), on the
    /// shared layout (`map`'s default) and on the date's own.
    @Test(arguments: [MapLayout.shared, .date])
    func edgesIntoTheHubEndSideBySide(layout: MapLayout) async throws {
        let ends = try Self.endsAt(Self.hub, in: try await svg(.now, layout: layout))
        #expect(ends.count == 20, "\(ends.count) edges at the hub")
        var closest = Double.infinity
        for i in ends.indices {
            for j in ends.indices where j > i {
                closest = min(closest, hypot(ends[i].0 - ends[j].0, ends[i].1 - ends[j].1))
            }
        }
        #expect(closest >= 3, "two edges end \(closest) pt apart at the hub")
    }

    /// The area of the untied (the fifteen municipalities and the companies
    /// now, 16 by hand: their only tie, the Strategigrupp, has ended) on the
    /// date's own layout: a grid of ⌈√(16/2)⌉ = 3 columns, and its box at
    /// most 15 % of the drawing's (the SVG's viewBox).
    @Test func untiedAreaIsACompactGrid() async throws {
        let svg = try await svg(.now, layout: .date)
        let text = String(decoding: svg, as: UTF8.self)
        let viewBox = try #require(text.firstMatch(of: #/viewBox="[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)"/#))
        let drawing = try #require(Double(viewBox.output.1)) * (try #require(Double(viewBox.output.2)))
        let box = try #require(try PosterTests.clusterBox("cluster_untied", in: text))
        let area = (box.x.upperBound - box.x.lowerBound) * (box.y.upperBound - box.y.lowerBound)
        let share = area / drawing
        #expect(share <= 0.15, "the untied area is \(share) of the drawing")
        print("untied area share: \(share)")

        let map = try CollaborationMap(registry: registry, options: MapOptions(layout: .date))
        let untied = try #require(map.model.clusters.first { $0.id == MapCluster.untiedID })
        #expect(untied.nodes.count == 16)
        let labels = try svgLabelPositions(svg)
        let inspector = try SVGInspector(svg)
        let ids = Dictionary(uniqueKeysWithValues: inspector.nodes.map { ($0.title, $0.id) })
        // Labels start at the left of their text: a column is a run of
        // starts less than 60 pt apart (columns are 120 pt and more apart).
        var xs: [Double] = []
        for node in untied.nodes {
            let id = try #require(ids[node.description]).replacingOccurrences(of: "-", with: "&#45;")
            let at = try #require(labels[id]).split(separator: ",").compactMap { Double($0) }
            xs.append(at[0])
        }
        xs.sort()
        let columns = 1 + zip(xs, xs.dropFirst()).filter { $1 - $0 > 60 }.count
        #expect(columns == 3, "label starts at \(xs)")
    }

    /// The entities on the map of 2010 and on the map of now stand in the
    /// same places on the shared layout, and not all of them on the
    /// dates' own layouts.
    @Test func datesShareOneLayout() async throws {
        let then = try svgLabelPositions(try await svg(.date(PartialDate(year: 2010)!), layout: .shared))
        let now = try svgLabelPositions(try await svg(.now, layout: .shared))
        let common = Set(then.keys).intersection(now.keys)
        #expect(common.count >= 40, "\(common.count) entities on both")
        #expect(common.filter { then[$0] != now[$0] }.isEmpty)

        let thenOwn = try svgLabelPositions(try await svg(.date(PartialDate(year: 2010)!), layout: .date))
        let nowOwn = try svgLabelPositions(try await svg(.now, layout: .date))
        let moved = Set(thenOwn.keys).intersection(nowOwn.keys).filter { thenOwn[$0] != nowOwn[$0] }
        #expect(moved.count >= 10, "\(moved.count) entities moved between the dates' own layouts")
    }
}
