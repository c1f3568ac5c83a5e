import Foundation
import InterchangeBase
import PartnerRegistry

/// How the explorer page is made.
public struct ExplorerOptions: Sendable, Hashable {
    /// Language of the page (default: the registry's `language:` field, else English).
    public var language: MapLanguage?
    /// Title of the page and the map (default: the registry's title).
    public var title: String?
    /// Above this many entities the page holds no laid-out map but an
    /// overview (groups and the most connected organisations) and draws a
    /// neighbourhood when one is chosen.
    public var overviewThreshold: Int
    /// Where the registry's `file:` sources lie, for the quote checks of
    /// the validation table (the registry file's folder).
    public var baseDirectory: URL?
    /// The most years the slider offers (the latest dates are kept).
    public var maxYears: Int

    public static let defaultOverviewThreshold = 2_000

    public init(
        language: MapLanguage? = nil, title: String? = nil, overviewThreshold: Int = Self.defaultOverviewThreshold,
        baseDirectory: URL? = nil, maxYears: Int = 40
    ) {
        self.language = language
        self.title = title
        self.overviewThreshold = overviewThreshold
        self.baseDirectory = baseDirectory
        self.maxYears = maxYears
    }
}

/// The explorer: one self-contained HTML file with the collaboration map,
/// search, filters, panels with sources, "connect A and B", a year slider
/// and the analysis tables. It works opened from disk and makes no
/// request: the map is inline SVG, data is one JSON block, script and
/// style are inline and listed by SHA-256 in a Content-Security-Policy
/// that allows nothing else.
///
/// ```swift
/// let page = ExplorerPage(registry: registry, options: ExplorerOptions(language: .swedish))
/// try await page.write(to: URL(fileURLWithPath: "karta.html"))
/// ```
///
/// The same registry and options give the same bytes.
public struct ExplorerPage: Sendable {
    public let registry: Registry
    public let options: ExplorerOptions

    public init(registry: Registry, options: ExplorerOptions = ExplorerOptions()) {
        self.registry = registry
        self.options = options
    }

    /// Organisations, groups, initiatives and documents together.
    public var entityCount: Int {
        registry.organisations.count + registry.groups.count + registry.initiatives.count + registry.documents.count
    }

    /// Whether the page carries the laid-out map (else the overview).
    public var drawsMap: Bool { entityCount <= options.overviewThreshold }

    /// The language the page is written in.
    public var language: MapLanguage {
        options.language ?? registry.language.flatMap(MapLanguage.init(rawValue:)) ?? .english
    }

    /// The steps of the slider: every year a date of the registry names
    /// (the latest ``ExplorerOptions/maxYears``), then now; just now when
    /// the registry has no dates. The page holds what is there, the key
    /// figures, the tables and the network `connect` searches at each.
    public var years: [AsOf] {
        var found = Set<Int>()
        func note(_ v: Validity) {
            if let y = v.since?.year { found.insert(y) }
            if let y = v.until?.year { found.insert(y) }
        }
        registry.organisations.forEach { note($0.validity) }
        registry.groups.forEach { note($0.validity) }
        registry.memberships.forEach { note($0.validity) }
        registry.initiatives.forEach { note($0.validity) }
        registry.documents.forEach { note($0.validity) }
        let dates = found.sorted().suffix(max(0, options.maxYears)).compactMap { PartialDate(year: $0) }.map(AsOf.date)
        return dates + [.now]
    }

    /// The page.
    ///
    /// - Throws: ``MapError`` when the map cannot be built, ``GraphvizError``
    ///   when Graphviz fails.
    public func render(using renderer: GraphvizRenderer = .shared) async throws -> Data {
        let language = self.language
        let title = options.title ?? registry.title ?? language.words.defaultTitle
        var svg = ""
        var parts: MapParts?
        let years = self.years
        if drawsMap {
            var mapOptions = MapOptions(engine: .dot, language: language)
            mapOptions.title = title
            mapOptions.sizeLimit = nil
            let maps = try YearMaps(registry: registry, years: years, options: mapOptions, ended: .hide)
            var encoder = DOTEncoder(engine: .dot, seed: mapOptions.seed)
            encoder.identifiesEdges = true
            let rendered = try await renderer.render(dot: encoder.encode(maps.union), engine: .dot, format: .svg)
            svg = ExplorerSVG.inline(String(decoding: rendered, as: UTF8.self))
            if let caption = maps.union.subtitle.first { svg = ExplorerSVG.markingCaption(svg, text: caption) }
            svg = ExplorerSVG.groupingKey(svg)
            let names = NodeNames(maps.union)
            var clusterNames: [String: String] = [:]
            for c in maps.union.clusters { clusterNames[c.id] = names.clusterName(c.id) }
            parts = MapParts(
                union: maps.union, svgIDs: maps.union.nodes.map { names.svgID($0.id) }, clusterNames: clusterNames,
                models: maps.models)
        }
        let base = options.baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let validation = registry.validate(baseDirectory: base)
        let data = ExplorerData.build(
            registry: registry, language: language, title: title, years: years, map: parts, validation: validation)
        return Data(try ExplorerHTML(data: data, svg: svg).page().utf8)
    }

    /// Renders the page and writes it to `url`: atomically to a regular
    /// file, directly to a device or FIFO (`OutputFile`); an existing file
    /// is untouched when anything fails.
    public func write(to url: URL, using renderer: GraphvizRenderer = .shared) async throws {
        let data = try await render(using: renderer)
        try OutputFile.write(data, to: url)
    }
}
