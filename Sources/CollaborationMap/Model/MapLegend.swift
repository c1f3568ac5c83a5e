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
    /// Lines such as "Node size: go-between (betweenness), how often it lies on the shortest path between two others".
    public var notes: [String]
    /// The certainty and presence strokes the map uses, in a fixed order.
    public var strokes: [MapStroke] = []
    /// The label of each entry of `strokes`.
    public var strokeLabels: [String] = []

    public init(title: String, nodes: [NodeEntry] = [], edges: [EdgeEntry] = [], notes: [String] = []) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.notes = notes
    }
}

/// A stroke that marks how firm a drawn tie is, over its relation's colour.
public enum MapStroke: String, Hashable, Sendable, Codable, CaseIterable {
    /// Dashed: a reading of the source (certainty `inferred`).
    case inferred
    /// Dotted: supported by an external source only.
    case external
    /// Double line (and a dashed border on nodes): present only possibly
    /// on the map's date.
    case uncertain
}
