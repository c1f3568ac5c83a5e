import PartnerRegistry

/// The collaboration map as a pure graph model: nodes, edges, clusters,
/// legend and title, with every text as written and every style decision
/// left to the encoder. Built from a registry by
/// ``CollaborationMap/init(registry:options:)``; tested without Graphviz.
///
/// Invariants: node IDs are unique; every edge joins two nodes of the
/// model; at most one edge per ordered pair of nodes; every cluster has at
/// least one node and every node is in at most one cluster. Nodes come in
/// registry order, organisations first, then groups, initiatives and
/// documents; edges in the order the registry states them.
public struct MapModel: Hashable, Sendable, Codable {
    public var title: String
    /// Lines under the title: the as-of date, the focus.
    public var subtitle: [String]
    public var nodes: [MapNode]
    public var edges: [MapEdge]
    public var clusters: [MapCluster]
    public var legend: MapLegend
    /// The footer: the date shown, the sources, the ties by certainty and
    /// the tool's version. `dot` draws it as a block under the map; other
    /// engines at the end of the title block.
    public var footer: [String] = []
    /// How the registry's vocabulary asks kinds to be drawn: a declared
    /// colour or shape, or a bold label (`counts-as: emphasised`), by
    /// organisation kind ID; the theme reads it (`MapTheme.fitted(to:)`).
    public var organisationLooks: [String: KindLook] = [:]
    /// The same for group kinds.
    public var groupLooks: [String: KindLook] = [:]
    /// The organisation kinds in the vocabulary's order: the order the
    /// palette's fills are given in.
    public var organisationKindOrder: [String] = Vocabulary.default.ids(.organisationKinds)

    public init(title: String, subtitle: [String] = [], nodes: [MapNode] = [], edges: [MapEdge] = [],
                clusters: [MapCluster] = [], legend: MapLegend) {
        self.title = title
        self.subtitle = subtitle
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.legend = legend
    }
}

/// How a kind of the registry's vocabulary asks to be drawn.
public struct KindLook: Hashable, Sendable, Codable {
    /// A declared fill (`#RRGGBB`) that overrides the palette.
    public var colour: String?
    /// A declared Graphviz shape.
    public var shape: String?
    /// A bold label.
    public var emphasised = false

    public init(colour: String? = nil, shape: String? = nil, emphasised: Bool = false) {
        self.colour = colour
        self.shape = shape
        self.emphasised = emphasised
    }

    /// The looks `vocabulary` declares for `section`'s entries (only those
    /// that ask for something).
    static func looks(_ vocabulary: Vocabulary, _ section: Vocabulary.Section) -> [String: KindLook] {
        var out: [String: KindLook] = [:]
        for term in vocabulary.terms(section) {
            let look = KindLook(colour: term.colour, shape: term.shape,
                                emphasised: vocabulary.counts(term.id, in: section, as: "emphasised"))
            if look != KindLook() { out[term.id] = look }
        }
        return out
    }
}
