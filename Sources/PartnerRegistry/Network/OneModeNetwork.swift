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

    /// The nodes in vertex order, `nodes[i]` the node of vertex `i`.
    ///
    /// Representation: either a list of nodes, or — for a Pajek file that
    /// declares `*Vertices n` and lists none — the numbers `1…n` as IDs,
    /// made on access, so that a declared vertex costs no storage here
    /// (Pajek allows any number of isolated vertices).
    public struct Nodes: RandomAccessCollection, Hashable, Sendable {
        enum Storage: Hashable, Sendable {
            case listed([Node])
            /// IDs `1…count`; with `firstSide > 0` (a two-mode Pajek file)
            /// the attribute `mode` is `1` up to `firstSide`, else `2`.
            case numbered(count: Int, firstSide: Int)
        }

        let storage: Storage

        public var startIndex: Int { 0 }
        public var endIndex: Int {
            switch storage {
            case let .listed(nodes): nodes.count
            case let .numbered(count, _): count
            }
        }

        public subscript(position: Int) -> Node {
            switch storage {
            case let .listed(nodes):
                return nodes[position]
            case let .numbered(count, firstSide):
                precondition(position >= 0 && position < count, "node index out of range")
                return Node(id: String(position + 1),
                            attributes: firstSide > 0 ? ["mode": position < firstSide ? "1" : "2"] : [:])
            }
        }
    }

    /// The file it was read from (for messages).
    public var file: String
    /// The input format it was read as.
    public var format: InputFormat
    public private(set) var nodes: Nodes
    public var ties: [Tie]
    /// Whether the file weighed its ties.
    public var isWeighted: Bool
    /// The vertex of each ID (empty for numbered nodes, whose ID is the
    /// vertex number plus one).
    private var indexByID: [String: Int32]

    /// A network of `nodes` and `ties`. The caller keeps the invariants.
    public init(file: String, format: InputFormat, nodes: [Node], ties: [Tie], isWeighted: Bool) {
        self.file = file
        self.format = format
        self.nodes = Nodes(storage: .listed(nodes))
        self.ties = ties
        self.isWeighted = isWeighted
        var index: [String: Int32] = [:]
        index.reserveCapacity(nodes.count)
        for (i, n) in nodes.enumerated() { index[n.id] = Int32(i) }
        self.indexByID = index
    }

    /// A network of the nodes `1…count` (see `Nodes`) and `ties`.
    package init(file: String, format: InputFormat, numbered count: Int, firstSide: Int, ties: [Tie], isWeighted: Bool) {
        self.file = file
        self.format = format
        self.nodes = Nodes(storage: .numbered(count: count, firstSide: firstSide))
        self.ties = ties
        self.isWeighted = isWeighted
        self.indexByID = [:]
    }

    /// The vertex of the node with ID `id`.
    public func index(of id: String) -> Int32? {
        guard case let .numbered(count, _) = nodes.storage else { return indexByID[id] }
        // Only the canonical spelling of a number is an ID ("7", not "07").
        guard let v = Int(id), v >= 1, v <= count, String(v) == id else { return nil }
        return Int32(v - 1)
    }

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
        if let i = index(of: query) { return i }
        let id = try Registry.resolve(query, noun: "node", nodes.map { ($0.id, $0.name, [String]()) })
        guard let i = index(of: id) else { throw ResolutionError(noun: "node", query: query, problem: .notFound(suggestions: [])) }
        return i
    }
}
