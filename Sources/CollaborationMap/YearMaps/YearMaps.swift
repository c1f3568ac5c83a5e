import Foundation
import InterchangeBase
import PartnerRegistry

/// How a year map draws what exists in another year but not in this one.
public enum EndedDrawing: String, CaseIterable, Sendable, Codable, Hashable {
    /// A faint ghost in its place (the default).
    case ghost
    /// Left out.
    case hide
}

/// Maps that hold still: one collaboration map per year, every entity in
/// the same place in each.
///
/// The timeless union of the registry (`.allTime` view) is laid out once
/// with `dot`, clusters included; each year is then drawn from those
/// positions (Graphviz's `nop2` layout, neato -n2: nodes pinned with
/// `pos="x,y!"`, cluster boxes from the union's bounding boxes, the same
/// canvas). What is new in a year — not in the year before it in the list
/// — has a highlighted border; what is not there in the year is a faint
/// ghost or left out (`ended`). `now` means not ended, as elsewhere.
///
/// ```swift
/// let maps = try YearMaps(registry: registry, years: [.date(PartialDate(year: 2003)!), .now])
/// let set = try await maps.render()
/// try set.write(to: URL(fileURLWithPath: "maps/"))   // 2003.svg, now.svg, sheet.svg
/// ```
///
/// Deterministic: the same registry, years and options give the same bytes.
public struct YearMaps: Sendable {
    public let years: [AsOf]
    public let options: MapOptions
    public let ended: EndedDrawing
    /// The union of all years, laid out once.
    public let union: MapModel
    /// One model per year, with the union's nodes (ghosts faded) or only the year's.
    public let models: [MapModel]

    /// The most years one set holds: each is a map of its own, drawn side
    /// by side on the sheet, so a hundred already makes a sheet no page
    /// or screen shows whole.
    public static let maximumYears = 100

    /// Builds the union and the year models (no Graphviz yet).
    ///
    /// - Throws: ``MapError`` as ``CollaborationMap/init(registry:options:)``
    ///   does, `.noYears` for an empty list or one holding `.allTime`, and
    ///   `.tooManyYears` for more than ``maximumYears``.
    public init(registry: Registry, years: [AsOf], options: MapOptions = MapOptions(), ended: EndedDrawing = .ghost)
        throws(MapError)
    {
        guard !years.isEmpty, !years.contains(.allTime) else { throw .noYears }
        guard years.count <= Self.maximumYears else { throw .tooManyYears(years.count, limit: Self.maximumYears) }
        var options = options
        options.language = options.language(for: registry)
        self.years = years
        self.options = options
        self.ended = ended
        let words = YearMapWords(options.language ?? .english)

        var unionOptions = options
        unionOptions.scope = RegistryScope(asOf: .allTime, certainty: options.scope.certainty)
        unionOptions.engine = .dot
        var union = try MapBuilder(registry: registry, options: unionOptions).build()

        var yearModels: [MapModel] = []
        for year in years {
            var o = unionOptions
            o.scope.asOf = year
            yearModels.append(try MapBuilder(registry: registry, options: o).build())
        }

        // One legend for every year, so that the title block, laid out
        // once with the union, has the same size in each: every node kind,
        // relation and stroke any year shows.
        var merged = union.legend
        var strokes = Set(union.legend.strokes)
        var relations = Set(union.legend.edges.map(\.relation))
        for model in yearModels {
            for entry in model.legend.nodes
            where !merged.nodes.contains(where: { $0.category == entry.category || $0.label == entry.label }) {
                merged.nodes.append(entry)
            }
            strokes.formUnion(model.legend.strokes)
            relations.formUnion(model.legend.edges.map(\.relation))
        }
        let vocabulary = (options.language ?? .english).words
        merged.edges = MapRelation.allCases.filter(relations.contains).map { .init(relation: $0, label: vocabulary.relation($0)) }
        merged.strokes = MapStroke.allCases.filter(strokes.contains)
        merged.strokeLabels = merged.strokes.map { vocabulary.stroke($0) }

        var models: [MapModel] = []
        var previous: MapModel?
        for (n, model) in yearModels.enumerated() {
            var drawn = Self.merge(union: union, year: model, previous: previous, ended: ended)
            drawn.legend = merged
            drawn.legend.notes += [words.newNote(n == 0 ? nil : words.label(years[n - 1])), words.endedNote(ended)]
            models.append(drawn)
            previous = model
        }
        // Year maps draw no footer; the union is laid out without one, so
        // that its clusters stay top-level subgraphs and no room is kept
        // for it under the maps.
        union.footer = []
        union.legend = merged
        union.legend.notes += [words.newNote(nil), words.endedNote(ended)]
        // The widest subtitle ("As of now (what has not ended)"), so that
        // no year's title block is wider than the one laid out.
        union.subtitle = models.map(\.subtitle).max {
            ($0.map(\.count).max() ?? 0, $0.count) < ($1.map(\.count).max() ?? 0, $1.count)
        } ?? union.subtitle
        self.union = union
        self.models = models
    }

    /// One year's model: the union's nodes and edges in union order, each
    /// taken from the year when it exists then (emphasised when new), else
    /// a faded ghost or nothing.
    static func merge(union: MapModel, year: MapModel, previous: MapModel?, ended: EndedDrawing) -> MapModel {
        let yearNodes = Dictionary(year.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let previousNodes = Set(previous?.nodes.map(\.id) ?? [])
        struct Pair: Hashable { var from: MapNodeID; var to: MapNodeID }
        let yearEdges = Dictionary(year.edges.map { (Pair(from: $0.from, to: $0.to), $0) }, uniquingKeysWith: { a, _ in a })
        let previousEdges = Set(previous?.edges.map { Pair(from: $0.from, to: $0.to) } ?? [])

        var nodes: [MapNode] = []
        for n in union.nodes {
            if var node = yearNodes[n.id] {
                if previous != nil, !previousNodes.contains(n.id) { node.emphasis = .highlighted }
                nodes.append(node)
            } else if ended == .ghost {
                var ghost = n
                ghost.emphasis = .ended
                nodes.append(ghost)
            }
        }
        let drawn = Set(nodes.map(\.id))
        var edges: [MapEdge] = []
        var seen = Set<Pair>()
        for e in union.edges {
            let key = Pair(from: e.from, to: e.to)
            seen.insert(key)
            if var edge = yearEdges[key] {
                if previous != nil, !previousEdges.contains(key) { edge.emphasis = .highlighted }
                edges.append(edge)
            } else if ended == .ghost, drawn.contains(e.from), drawn.contains(e.to) {
                var ghost = e
                ghost.emphasis = .ended
                ghost.uncertain = false
                edges.append(ghost)
            }
        }
        for e in year.edges where !seen.contains(Pair(from: e.from, to: e.to)) { edges.append(e) }
        let clusters = union.clusters.compactMap { c -> MapCluster? in
            var c = c
            c.nodes.removeAll { !drawn.contains($0) }
            return c.nodes.isEmpty ? nil : c
        }
        for i in nodes.indices {
            nodes[i].cluster = clusters.first { $0.nodes.contains(nodes[i].id) }?.id
        }
        return MapModel(title: year.title, subtitle: year.subtitle, nodes: nodes, edges: edges, clusters: clusters,
                        legend: year.legend)
    }

    /// Lays the union out and draws every year from its positions, then
    /// the sheet.
    ///
    /// - Throws: ``GraphvizError`` when a layout or rendering fails.
    public func render(using renderer: GraphvizRenderer = .shared) async throws(GraphvizError) -> YearMapSet {
        let theme = MapTheme.standard
        let pinned = try await SharedLayout.positions(of: union, seed: options.seed, fixedCanvas: true, renderer: renderer)
        var maps: [YearMap] = []
        let words = YearMapWords(options.language ?? .english)
        for (year, model) in zip(years, models) {
            var encoder = DOTEncoder(engine: .neato, seed: options.seed, theme: theme)
            encoder.pinned = pinned
            let svg = try await renderer.renderPinned(dot: encoder.encode(model), format: .svg)
            maps.append(YearMap(asOf: year, label: words.label(year), fileName: year.description, svg: svg))
        }
        return YearMapSet(maps: maps, sheet: YearSheet.compose(maps, heading: union.title))
    }
}

/// One drawn year.
public struct YearMap: Sendable, Hashable {
    public var asOf: AsOf
    /// The year as printed above it on the sheet ("2003", "now"/"nu").
    public var label: String
    /// The file name without extension ("2003", "now").
    public var fileName: String
    public var svg: Data
}

extension YearMaps {
    /// The names of the files ``YearMapSet/write(to:)`` writes for
    /// `years`: `<year>.svg` for each, in order, then `sheet.svg`.
    public static func fileNames(for years: [AsOf]) -> [String] {
        years.map { "\($0.description).svg" } + ["sheet.svg"]
    }
}

/// The drawn years and the sheet that places them side by side.
public struct YearMapSet: Sendable, Hashable {
    public var maps: [YearMap]
    public var sheet: Data

    /// Writes `<year>.svg` for every year and `sheet.svg` into `directory`
    /// (created when missing), each atomically; returns the files written.
    public func write(to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [URL] = []
        for map in maps {
            let url = directory.appendingPathComponent(map.fileName + ".svg")
            try AtomicFile.write(map.svg, to: url)
            written.append(url)
        }
        let sheetURL = directory.appendingPathComponent("sheet.svg")
        try AtomicFile.write(sheet, to: sheetURL)
        return written + [sheetURL]
    }
}

/// Places year SVGs side by side in one SVG, each under its label.
enum YearSheet {
    static func compose(_ maps: [YearMap], heading: String) -> Data {
        let gap = 40.0, top = 110.0
        var x = gap
        var height = 0.0
        var body = ""
        for map in maps {
            let text = String(decoding: map.svg, as: UTF8.self)
            guard let open = text.range(of: "<svg"), let openEnd = text[open.upperBound...].firstIndex(of: ">"),
                  let close = text.range(of: "</svg>", options: .backwards)
            else { continue }
            let tag = String(text[open.lowerBound ... openEnd])
            let w = number(in: tag, attribute: "width"), h = number(in: tag, attribute: "height")
            let viewBox = attribute(in: tag, "viewBox") ?? "0 0 \(w) \(h)"
            let inner = text[text.index(after: openEnd) ..< close.lowerBound]
                .replacingOccurrences(of: " id=\"", with: " id=\"\(map.fileName)-")
            body += "<text x=\"\(f(x + 8))\" y=\"\(f(top - 24))\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"44\" font-weight=\"bold\" fill=\"#1F3A5F\">\(XMLText.escaped(map.label))</text>\n"
            body += "<svg x=\"\(f(x))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" viewBox=\"\(viewBox)\">\n"
            body += inner
            body += "</svg>\n"
            body += "<rect x=\"\(f(x))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" fill=\"none\" stroke=\"#C8CDD3\"/>\n"
            x += w + gap
            height = max(height, h)
        }
        let width = x, total = top + height + gap
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"\(f(width))pt\" height=\"\(f(total))pt\" viewBox=\"0 0 \(f(width)) \(f(total))\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
        out += "<text x=\"\(f(gap))\" y=\"44\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"28\" "
            + "font-weight=\"bold\" fill=\"#1A1A1A\">\(XMLText.escaped(heading))</text>\n"
        out += body + "</svg>\n"
        return Data(out.utf8)
    }

    private static func attribute(in tag: String, _ name: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound ..< end])
    }

    /// A length attribute's number ("1234pt" → 1234).
    private static func number(in tag: String, attribute name: String) -> Double {
        let raw = attribute(in: tag, name) ?? "0"
        return Double(raw.filter { $0.isNumber || $0 == "." }) ?? 0
    }

    private static func f(_ x: Double) -> String { String(format: "%.2f", x) }
}

/// The words of year maps.
struct YearMapWords {
    var language: MapLanguage
    init(_ language: MapLanguage) { self.language = language }

    func label(_ asOf: AsOf) -> String {
        asOf == .now ? (language == .swedish ? "nu" : "now") : asOf.description
    }

    /// The note on new entities; `nil` for the first map, which has no year before it.
    func newNote(_ previous: String?) -> String {
        switch (previous, language) {
        case let (previous?, .swedish): "Tjock kant: nytt sedan \(previous)"
        case let (previous?, .english): "Thick border: new since \(previous)"
        case (nil, .swedish): "Tjock kant: nytt sedan förra kartan (detta är den första)"
        case (nil, .english): "Thick border: new since the map before (this is the first)"
        }
    }

    func endedNote(_ ended: EndedDrawing) -> String {
        switch (ended, language) {
        case (.ghost, .swedish): "Blekt med prickad kant: finns ett annat år men inte detta; samma plats på varje karta"
        case (.ghost, .english): "Faded, dotted outline: there in another year, not in this one; every entity keeps its place"
        case (.hide, .swedish): "Det som inte finns detta år är utelämnat; samma plats på varje karta"
        case (.hide, .english): "What is not there this year is left out; every entity keeps its place"
        }
    }
}
