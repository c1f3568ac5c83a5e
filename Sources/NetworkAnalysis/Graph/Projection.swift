/// A one-mode projection and how its vertices map back.
public struct Projection: Sendable {
    /// The projected graph: undirected, weighted, vertices `0..<count`.
    public let graph: Graph
    /// `vertices[i]`: the two-mode vertex that projected vertex `i` stands
    /// for (the side's vertices in ascending order).
    public let vertices: [Int32]
}
