/// An edge with its weight (1 for an unweighted graph).
public struct WeightedEdge: Sendable, Hashable, Codable {
    public var source: Int32
    public var target: Int32
    public var weight: Double

    public init(source: Int32, target: Int32, weight: Double = 1) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}
