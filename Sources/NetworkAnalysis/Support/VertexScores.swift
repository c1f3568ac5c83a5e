/// One score per vertex, indexed by vertex: `scores[v]` for `v` in
/// `0..<vertexCount`.
///
/// The result type of every vertex measure. It is a random-access
/// collection of `Double` indexed by `Int`, and can also be subscripted with
/// an `Int32` vertex index.
public struct VertexScores: Sendable, Equatable, Hashable, RandomAccessCollection, Codable {
    /// The scores in vertex order.
    public var values: [Double]

    public init(_ values: [Double]) { self.values = values }

    /// Encodes as a plain JSON array of numbers in vertex order.
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([Double].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }
    public subscript(position: Int) -> Double { values[position] }

    /// The score of vertex `v`.
    public subscript(vertex v: Int32) -> Double { values[Int(v)] }

    /// The largest score, or `nil` when there are no vertices.
    public var maximum: Double? { values.max() }

    /// The sum of all scores.
    public var sum: Double { values.reduce(0, +) }

    /// The vertices ordered by descending score (ties: ascending vertex index).
    public func ranking() -> [Int32] {
        values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }.map { Int32($0) }
    }
}
