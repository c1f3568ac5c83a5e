import NetworkAnalysis

/// A one-mode network read from an edge list, GraphML or Pajek file:
/// nodes and the undirected ties between them, analysed as it is (not as
/// a registry of organisations and groups).
///
/// Representation: `nodes[i]` is vertex `i` of `graph()`; `ties` name
/// their ends by those indices. Invariants (the readers enforce them):
/// node IDs are unique and non-empty; no tie joins a node to itself; no
/// two ties join the same pair; every weight is finite and above 0.
/// `isWeighted` is true when the file gave any tie a weight (ties without
/// one then weigh 1).
public struct OneModeNetwork: Hashable, Sendable {
    /// One node: its ID in the file, a label when the file gives one, and
    /// the other attributes the file declares (GraphML data, Pajek mode).
    public struct Node: Hashable, Sendable {
        public var id: String
        public var label: String?
        public var attributes: [String: String]

        public init(id: String, label: String? = nil, attributes: [String: String] = [:]) {
            self.id = id
            self.label = label
            self.attributes = attributes
        }

        /// The label, else the ID.
        public var name: String { label ?? id }
        /// The `kind` attribute (or `type`), empty when absent.
        public var kind: String { attributes["kind"] ?? attributes["type"] ?? "" }
    }

    /// An undirected tie between `nodes[first]` and `nodes[second]`.
    public struct Tie: Hashable, Sendable {
        public var first: Int32
        public var second: Int32
        public var weight: Double

        public init(_ first: Int32, _ second: Int32, weight: Double = 1) {
            self.first = first
            self.second = second
            self.weight = weight
        }
    }

    /// The file it was read from (for messages).
    public var file: String
    /// The input format it was read as.
    public var format: InputFormat
    public var nodes: [Node]
    public var ties: [Tie]
    /// Whether the file weighed its ties.
    public var isWeighted: Bool
    private var indexByID: [String: Int32]

    /// A network of `nodes` and `ties`. The caller keeps the invariants.
    public init(file: String, format: InputFormat, nodes: [Node], ties: [Tie], isWeighted: Bool) {
        self.file = file
        self.format = format
        self.nodes = nodes
        self.ties = ties
        self.isWeighted = isWeighted
        var index: [String: Int32] = [:]
        index.reserveCapacity(nodes.count)
        for (i, n) in nodes.enumerated() { index[n.id] = Int32(i) }
        self.indexByID = index
    }

    /// The vertex of the node with ID `id`.
    public func index(of id: String) -> Int32? { indexByID[id] }

    /// The network as a CSR graph, vertex `i` = `nodes[i]`; weighted when
    /// the file weighed its ties.
    /// - Complexity: O(V + E).
    public func graph() -> Graph {
        let edges = ties.map { ($0.first, $0.second) }
        // The readers keep endpoints in range and weights finite and above 0.
        guard let g = try? Graph(
            vertexCount: nodes.count, edges: edges, weights: isWeighted ? ties.map(\.weight) : nil)
        else { preconditionFailure("a OneModeNetwork keeps its invariants") }
        return g
    }

    /// The node a user means by `query`: an ID, else a label (exact, then
    /// folded), else an error with suggestions.
    public func resolve(_ query: String) throws(ResolutionError) -> Int32 {
        if let i = indexByID[query] { return i }
        let id = try Registry.resolve(query, noun: "node", nodes.map { ($0.id, $0.name, [String]()) })
        guard let i = indexByID[id] else { throw ResolutionError(noun: "node", query: query, problem: .notFound(suggestions: [])) }
        return i
    }
}
