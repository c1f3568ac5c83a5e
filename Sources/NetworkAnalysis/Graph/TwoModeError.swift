/// Why a two-mode graph could not be made.
public enum TwoModeError: Error, Equatable, Sendable, CustomStringConvertible {
    case directedGraph
    case vertexOutOfRange(Int32, vertexCount: Int)
    case edgeInsideSide(Int32, Int32, side: TwoModeSide)
    case graph(GraphError)

    public var description: String {
        switch self {
        case .directedGraph:
            "a two-mode graph must be undirected; build the graph with directedness: .undirected"
        case let .vertexOutOfRange(v, n):
            "vertex \(v) is out of range 0..<\(n)"
        case let .edgeInsideSide(u, v, side):
            "edge \(u)–\(v) joins two \(side) vertices; every edge of a two-mode graph must join a top vertex to a bottom vertex"
        case let .graph(error):
            error.description
        }
    }
}
