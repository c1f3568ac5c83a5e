import Foundation
import InterchangeBase
import PartnerRegistry

/// Samarbetskartan: a partner registry drawn as a collaboration map.
///
/// ```swift
/// let map = try CollaborationMap(registry: registry, options: MapOptions(scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!))))
/// let svg = try await map.render()            // SVG through libgvc
/// try await map.write(to: URL(fileURLWithPath: "map.png"), format: .png)
/// let text = map.dot                          // DOT for users without Graphviz
/// ```
///
/// Creating a map builds its ``MapModel`` (pure Swift, no Graphviz):
/// organisations, groups, initiatives and documents become nodes,
/// memberships, conveners, participation, funding and document lineage
/// become edges, organisations are clustered by level or an attribute,
/// and focus, highlight and sizing are applied. Rendering encodes the
/// model with ``DOTEncoder`` and lays it out with ``GraphvizRenderer``.
/// The same registry and options always give byte-identical output.
public struct CollaborationMap: Sendable {
    /// The version of the tool that draws the map, printed in its notes: a
    /// constant of the package (not a commit), so the bytes stay the same.
    public static let toolVersion = "0.2.0"

    public let options: MapOptions
    public let model: MapModel
    /// The registry's timeless union the map is laid out on, when it
    /// shares one layout with every date (``MapLayout/shared``).
    let union: MapModel?

    /// Builds the map of `registry` as `options` say.
    ///
    /// - Throws: ``MapError`` when an option names an entity the map does
    ///   not show, a focus radius is negative, a highlighted path is
    ///   broken, or a score is not finite.
    /// - Complexity: O(V + E + M) for V entities, E relations and M
    ///   memberships, plus O(V·M) for tooltips listing each entity's
    ///   relations.
    public init(registry: Registry, options: MapOptions = MapOptions()) throws(MapError) {
        self.options = options
        self.model = try MapBuilder(registry: registry, options: options).build()
        self.union = try SharedLayout.union(registry: registry, options: options)
    }

    /// A map of an already built (or edited) model.
    public init(model: MapModel, options: MapOptions = MapOptions()) {
        self.options = options
        self.model = model
        self.union = nil
    }

    /// The encoder for the options' engine, seed and page (for the
    /// options' format when no page is chosen).
    public var encoder: DOTEncoder { encoder(for: options.format) }

    /// The encoder for `format`: the options' page, else the format's
    /// default page (``MapPage/default(for:)``), and for PNG the page's
    /// resolution.
    public func encoder(for format: MapFormat) -> DOTEncoder {
        let page = options.page ?? MapPage.default(for: format)
        var encoder = DOTEncoder(engine: options.engine, seed: options.seed, page: page)
        if format == .png { encoder.resolution = page?.dpi }
        return encoder
    }

    /// The map as DOT text, ready for `dot`, `neato` … (no Graphviz needed).
    public var dot: String { encoder.encode(model) }

    /// The map in `format` (default: the options' format). `.dot` gives
    /// ``dot`` without touching Graphviz.
    public func render(format: MapFormat? = nil, using renderer: GraphvizRenderer = .shared)
        async throws(GraphvizError) -> Data
    {
        let format = format ?? options.format
        if let union, format != .dot {
            // One layout for every date: the union's positions, this date's nodes.
            let pinned = try await SharedLayout.positions(of: union, seed: options.seed, fixedCanvas: false, renderer: renderer)
            var encoder = encoder(for: format)
            encoder.pinned = pinned
            // Colours by the kinds of every date, so a kind keeps its colour from date to date.
            encoder.theme = encoder.theme.fitted(toKinds: (union.nodes + model.nodes).compactMap {
                if case let .organisation(kind) = $0.category { kind } else { nil }
            } + model.legend.nodes.compactMap {
                if case let .organisation(kind) = $0.category { kind } else { nil }
            }, of: union)
            return try await renderer.renderPinned(dot: encoder.encode(SharedLayout.drawn(model, on: union)), format: format)
        }
        let text = encoder(for: format).encode(model)
        if format == .dot { return Data(text.utf8) }
        return try await renderer.render(dot: text, engine: options.engine, format: format)
    }

    /// Renders the map and writes it to `url`: atomically to a regular
    /// file, directly to a character device or a FIFO (`OutputFile` in PartnerRegistry). The
    /// format is `format`, else the one the file extension names, else the
    /// options'.
    ///
    /// - Throws: ``GraphvizError`` when rendering fails, `AtomicFile.WriteError` (PartnerRegistry)
    ///   when the file cannot be written; the destination is then untouched.
    public func write(to url: URL, format: MapFormat? = nil, using renderer: GraphvizRenderer = .shared)
        async throws
    {
        let format = format ?? MapFormat(fileExtension: url.pathExtension) ?? options.format
        let data = try await render(format: format, using: renderer)
        try OutputFile.write(data, to: url)
    }
}
