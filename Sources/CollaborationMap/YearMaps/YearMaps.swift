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

        // The sheet's cells: each year from the same positions, without its
        // title block (the page has one legend), on the drawing's own box
        // (the union's box less its title block: the label is centred at
        // lp, so it takes 2·(top − lp.y) at the top).
        var cellPinned = pinned
        cellPinned.fixedCanvas = false
        cellPinned.bb = SharedLayout.drawingBox(bb: pinned.bb, lp: pinned.lp)
        var cells: [Data] = []
        for model in models {
            var bare = model
            bare.title = " "
            bare.subtitle = []
            bare.legend = MapLegend(title: "")
            bare.footer = []
            var encoder = DOTEncoder(engine: .neato, seed: options.seed, theme: theme)
            encoder.theme = theme.fitted(toKinds: union.legend.nodes.compactMap {
                if case let .organisation(kind) = $0.category { kind } else { nil }
            }, of: union)
            encoder.pinned = cellPinned
            cells.append(try await renderer.renderPinned(dot: encoder.encode(bare), format: .svg))
        }
        // One legend per page: the union's title block alone.
        var heading = union
        heading.nodes = []
        heading.edges = []
        heading.clusters = []
        heading.footer = []
        heading.subtitle = [words.sheetSubtitle(maps.map(\.label))]
        let legend = try await renderer.render(dot: DOTEncoder(engine: .dot, seed: options.seed, theme: theme).encode(heading),
                                               engine: .dot, format: .svg)
        let page = options.page ?? .a3
        let sheets = YearSheet.pages(cells: zip(maps, cells).map { ($0.label, $1) }, legend: legend, page: page)
        return YearMapSet(maps: maps, sheets: sheets, page: page)
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
    /// `years`: `<year>.svg` for each, in order, then the sheet's pages
    /// (``sheetNames(for:extension:)``).
    public static func fileNames(for years: [AsOf]) -> [String] {
        years.map { "\($0.description).svg" } + sheetNames(for: years.count, extension: "svg")
    }

    /// The sheet's page files for `count` years: `sheet.EXT`, then
    /// `sheet-2.EXT`, … for each further ``YearSheet/perPage`` years.
    public static func sheetNames(for count: Int, extension ext: String) -> [String] {
        let pages = max(1, (count + YearSheet.perPage - 1) / YearSheet.perPage)
        return (1 ... pages).map { $0 == 1 ? "sheet.\(ext)" : "sheet-\($0).\(ext)" }
    }
}

/// The drawn years and the sheet that places them side by side.
public struct YearMapSet: Sendable, Hashable {
    public var maps: [YearMap]
    /// The sheet's pages, SVG, each of the page's size with one legend.
    public var sheets: [Data]
    /// The page the sheet is made for.
    public var page: MapPage

    /// The sheet's first page.
    public var sheet: Data { sheets.first ?? Data() }

    /// Writes `<year>.svg` for every year and the sheet's pages
    /// (`sheet.svg`, `sheet-2.svg`, …) into `directory` (created when
    /// missing), each atomically; returns the files written.
    public func write(to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [URL] = []
        for map in maps {
            let url = directory.appendingPathComponent(map.fileName + ".svg")
            try AtomicFile.write(map.svg, to: url)
            written.append(url)
        }
        for (name, sheet) in zip(YearMaps.sheetNames(for: maps.count, extension: "svg"), sheets) {
            let url = directory.appendingPathComponent(name)
            try AtomicFile.write(sheet, to: url)
            written.append(url)
        }
        return written
    }
}

/// Lays the year maps out on pages: a grid of at most three columns
/// (one row for up to three years, 2 × 2 for four, 3 × 2 for five or six),
/// ``perPage`` years a page, each page the size of a ``MapPage`` with one
/// legend block (title and legend) at its top.
public enum YearSheet {
    /// The most years on one page.
    public static let perPage = 6

    /// Columns and rows for `count` years on one page.
    static func grid(_ count: Int) -> (columns: Int, rows: Int) {
        switch count {
        case ...1: (1, 1)
        case 2: (2, 1)
        case 3: (3, 1)
        case 4: (2, 2)
        default: (3, 2)
        }
    }

    /// The page's size in points (a screen page: 1 px = 0.75 pt, so that
    /// 96 dpi gives its pixels).
    static func size(_ page: MapPage) -> (width: Double, height: Double) {
        let (w, h) = page.inches
        return (w * 72, h * 72)
    }

    static func pages(cells: [(label: String, svg: Data)], legend: Data, page: MapPage) -> [Data] {
        stride(from: 0, to: max(cells.count, 1), by: perPage).map {
            compose(Array(cells[$0 ..< min($0 + perPage, cells.count)]), legend: legend, page: page)
        }
    }

    /// One page: the legend block scaled to the page's width (at most a
    /// fifth of its height) at the top, the years in a grid under it,
    /// each scaled to its cell under its label.
    static func compose(_ cells: [(label: String, svg: Data)], legend: Data, page: MapPage) -> Data {
        let (width, height) = size(page)
        let margin = max(page.margin * 72, 18)
        let gap = 14.0
        var body = ""
        // The legend block.
        var top = margin
        if let block = inner(of: legend) {
            let scale = min((width - 2 * margin) / block.width, height * 0.2 / block.height, 1.2)
            let w = block.width * scale, h = block.height * scale
            body += "<svg x=\"\(f(margin))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" "
                + "viewBox=\"\(block.viewBox)\">\n\(prefixed(block.body, "legend"))</svg>\n"
            top += h + gap
        }
        let (columns, rows) = grid(cells.count)
        let labelHeight = 22.0 * page.fontScale
        let cellWidth = (width - 2 * margin - Double(columns - 1) * gap) / Double(columns)
        let cellHeight = (height - margin - top - Double(rows - 1) * gap) / Double(rows)
        for (n, cell) in cells.enumerated() {
            let x = margin + Double(n % columns) * (cellWidth + gap)
            let y = top + Double(n / columns) * (cellHeight + gap)
            body += "<text x=\"\(f(x + 4))\" y=\"\(f(y + labelHeight - 4))\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"\(f(labelHeight - 4))\" font-weight=\"bold\" fill=\"#1F3A5F\">\(XMLText.escaped(cell.label))</text>\n"
            body += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth))\" height=\"\(f(cellHeight))\" "
                + "fill=\"none\" stroke=\"#C8CDD3\"/>\n"
            guard let map = inner(of: cell.svg) else { continue }
            body += "<svg x=\"\(f(x + 4))\" y=\"\(f(y + labelHeight))\" width=\"\(f(cellWidth - 8))\" "
                + "height=\"\(f(cellHeight - labelHeight - 4))\" viewBox=\"\(map.viewBox)\" preserveAspectRatio=\"xMidYMid meet\">\n"
                + prefixed(map.body, "y\(n + 1)") + "</svg>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"\(f(width))pt\" height=\"\(f(height))pt\" viewBox=\"0 0 \(f(width)) \(f(height))\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
        out += body + "</svg>\n"
        return Data(out.utf8)
    }

    /// An SVG's content, its viewBox and size.
    private static func inner(of svg: Data) -> (body: String, viewBox: String, width: Double, height: Double)? {
        let text = String(decoding: svg, as: UTF8.self)
        guard let open = text.range(of: "<svg"), let openEnd = text[open.upperBound...].firstIndex(of: ">"),
              let close = text.range(of: "</svg>", options: .backwards)
        else { return nil }
        let tag = String(text[open.lowerBound ... openEnd])
        let w = number(in: tag, attribute: "width"), h = number(in: tag, attribute: "height")
        guard w > 0, h > 0 else { return nil }
        let viewBox = attribute(in: tag, "viewBox") ?? "0 0 \(w) \(h)"
        return (String(text[text.index(after: openEnd) ..< close.lowerBound]), viewBox, w, h)
    }

    /// Ids made unique on the page.
    private static func prefixed(_ body: String, _ prefix: String) -> String {
        body.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
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

    /// The sheet's line under the title: the years it shows.
    func sheetSubtitle(_ labels: [String]) -> String {
        (language == .swedish ? "Samma plats på varje karta: " : "Every entity in the same place: ")
            + labels.joined(separator: " · ")
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
