/// The legend: one entry per node category and per relation the map
/// actually shows, in a fixed order, and notes on size and fading.
public struct MapLegend: Hashable, Sendable, Codable {
    public struct NodeEntry: Hashable, Sendable, Codable {
        public var category: NodeCategory
        public var label: String
    }

    public struct EdgeEntry: Hashable, Sendable, Codable {
        public var relation: MapRelation
        public var label: String
    }

    public var title: String
    public var nodes: [NodeEntry]
    public var edges: [EdgeEntry]
    /// Lines such as "Node size: betweenness".
    public var notes: [String]

    public init(title: String, nodes: [NodeEntry] = [], edges: [EdgeEntry] = [], notes: [String] = []) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.notes = notes
    }
}
