/// A box of organisations that share a level or an attribute value, or
/// the area of entities of any kind that have no tie on the map
/// (``untiedID``, always last). Never empty: the model leaves out
/// clusters without nodes.
public struct MapCluster: Hashable, Sendable, Codable, Identifiable {
    /// Stable, unique among the map's clusters (`level-regional`).
    public var id: String
    /// The title drawn on the box.
    public var label: String
    /// Its nodes, in map order.
    public var nodes: [MapNodeID]

    /// The ID of the area of entities without a tie on the map.
    public static let untiedID = "untied"

    public init(id: String, label: String, nodes: [MapNodeID]) {
        self.id = id
        self.label = label
        self.nodes = nodes
    }
}
