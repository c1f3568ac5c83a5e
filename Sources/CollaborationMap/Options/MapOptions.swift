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
        seed: Int = 1
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
    }
}

extension MapOptions {
    /// The language the map is drawn in: `language`, else the registry's
    /// `language:` field, else English.
    public func language(for registry: Registry) -> MapLanguage {
        language ?? registry.language.flatMap(MapLanguage.init(rawValue:)) ?? .english
    }
}
