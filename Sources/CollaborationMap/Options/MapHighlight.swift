/// Nodes to bring forward; everything else is drawn faded.
///
/// Entities are named by their registry ID (`visit-umea`), or qualified by
/// kind when IDs of different kinds coincide (`group:ledningsgrupp`).
public enum MapHighlight: Hashable, Sendable, Codable {
    /// These nodes and the edges between them.
    case nodes([String])
    /// A path: each consecutive pair must be joined by an edge of the map;
    /// those edges are highlighted.
    case path([String])
}
