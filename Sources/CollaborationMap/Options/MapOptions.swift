import PartnerRegistry

/// Everything that decides what a collaboration map shows and how it is
/// drawn. A value type: the same registry and the same options always give
/// byte-identical output.
public struct MapOptions: Hashable, Sendable, Codable {
    /// The Graphviz layout program.
    public var engine: LayoutEngine
    /// What ``CollaborationMap/render(format:using:)`` produces by default.
    public var format: MapFormat
    /// Which kinds of entity become nodes. Relations to a kind left out are
    /// not drawn.
    public var kinds: Set<MapEntityKind>
    /// How organisations are clustered.
    public var grouping: MapGrouping
    /// Node size: uniform, or by a score the caller computed.
    public var sizing: NodeSizing
    /// Nodes (or a path) to highlight; the rest is faded.
    public var highlight: MapHighlight?
    /// Show only one organisation's ego network.
    public var focus: MapFocus?
    /// The date and the facts shown (PartnerRegistry's `Registry.view(_:)`):
    /// by default now — what has not ended — with every fact. The date is
    /// printed under the title; what is present only possibly on it is drawn
    /// with a stroke of its own.
    public var scope: RegistryScope
    /// The title; `nil` takes the registry's title, or a default.
    public var title: String?
    /// The language of legend, cluster titles, tooltips and notes; `nil`
    /// takes the registry's `language:` field, else English.
    public var language: MapLanguage?
    /// The seed of the randomised engines (`neato`, `fdp`, `sfdp`).
    public var seed: Int
    /// The page PNG and PDF output is made for (size, margins, font
    /// scale); `nil` takes ``MapPage/default(for:)``: `screen` for PNG,
    /// `a3` for PDF, the natural size for SVG and DOT.
    public var page: MapPage?
    /// Keep only this many organisations: those with the most groups (or,
    /// when ``sizing`` is by score, the highest scores; ties go to more
    /// groups, then registry order), with their groups. Initiatives and
    /// documents stay; their ties to organisations left out are not drawn.
    public var top: Int?
    /// The most nodes a map may have; a larger one is refused at once with
    /// ``MapError/tooLarge(nodes:limit:)`` instead of keeping Graphviz busy
    /// for many minutes. `nil`: no limit.
    public var sizeLimit: Int?
    /// Whether the map shares one layout with every other date of the
    /// registry (``MapLayout/shared``) or is laid out for its date alone,
    /// the default of the library.
    public var layout: MapLayout

    /// About what Graphviz's `dot` lays out in a minute of CPU time:
    /// measured on membership networks from the benchmarks' generator with
    /// five memberships per organisation and ten organisations per group,
    /// 1,760 nodes (8,000 edges) took 41 s and the time grows about 4.5-fold
    /// when the size doubles. Denser networks take longer. See
    /// docs/registry-format.md, "Limits".
    public static let defaultSizeLimit = 2_000

    public init(
        engine: LayoutEngine = .dot,
        format: MapFormat = .svg,
        kinds: Set<MapEntityKind> = Set(MapEntityKind.allCases),
        grouping: MapGrouping = .level,
        sizing: NodeSizing = .uniform,
        highlight: MapHighlight? = nil,
        focus: MapFocus? = nil,
        scope: RegistryScope = .now,
        title: String? = nil,
        language: MapLanguage? = nil,
        seed: Int = 1,
        page: MapPage? = nil,
        top: Int? = nil,
        sizeLimit: Int? = MapOptions.defaultSizeLimit,
        layout: MapLayout = .date
    ) {
        self.engine = engine
        self.format = format
        self.kinds = kinds
        self.grouping = grouping
        self.sizing = sizing
        self.highlight = highlight
        self.focus = focus
        self.scope = scope
        self.title = title
        self.language = language
        self.seed = seed
        self.page = page
        self.top = top
        self.sizeLimit = sizeLimit
        self.layout = layout
    }
}

extension MapOptions {
    /// The language the map is drawn in: `language`, else the registry's
    /// `language:` field, else English.
    public func language(for registry: Registry) -> MapLanguage {
        language ?? registry.language.flatMap(MapLanguage.init(rawValue:)) ?? .english
    }
}
