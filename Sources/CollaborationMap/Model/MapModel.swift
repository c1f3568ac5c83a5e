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
