/// Which way to follow the arcs of a directed graph (ignored when undirected).
public enum ArcDirection: Sendable, Hashable {
    /// Successors (arcs as stored).
    case outgoing
    /// Predecessors (arcs reversed).
    case incoming
}
