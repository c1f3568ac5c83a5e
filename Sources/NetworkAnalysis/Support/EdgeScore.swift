/// The score of one edge.
public struct EdgeScore: Sendable, Equatable, Hashable, Codable {
    /// The tail (directed) or the smaller endpoint (undirected).
    public var source: Int32
    /// The head (directed) or the larger endpoint (undirected).
    public var target: Int32
    public var value: Double

    public init(source: Int32, target: Int32, value: Double) {
        self.source = source
        self.target = target
        self.value = value
    }
}
