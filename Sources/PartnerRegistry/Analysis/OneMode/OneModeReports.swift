/// A node of a one-mode network as results name it.
public struct OneModeNode: Hashable, Codable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// Whole-network figures of a one-mode network.
public struct OneModeStatistics: Hashable, Codable, Sendable {
    public var file: String
    public var format: InputFormat
    public var weighted: Bool
    /// Nodes, ties, density, components, distances, clustering,
    /// centralisation and degree assortativity, as a registry's
    /// organisation network reports them.
    public var network: NetworkStatistics.OneModeSummary
    /// Nodes whose removal disconnects others (articulation points).
    public var cutVertices: Int
    /// Ties whose removal disconnects others.
    public var bridges: Int
    /// The largest k such that a k-core exists (degeneracy).
    public var maximumCore: Int
    /// The highest-betweenness nodes (NetworkX `betweenness_centrality`, hops).
    public var mostCentral: [CentralityScore]
    /// Which nodes `network.averageClustering` averages over when not
    /// every node (NetworkX `average_clustering`'s `nodes` and
    /// `count_zeros=False`), e.g. "3 nodes, nonzero only"; nil: every node.
    public var averageClusteringOver: String?
}

/// A tie between two nodes (a bridge).
public struct OneModeTie: Hashable, Codable, Sendable {
    public var first: OneModeNode
    public var second: OneModeNode
    /// Whether one end has no other tie.
    public var isPendant: Bool
}

/// A local bridge: a tie whose ends share no partner.
public struct OneModeLocalBridge: Hashable, Codable, Sendable {
    public var first: OneModeNode
    public var second: OneModeNode
    /// The fewest ties on a path between the ends without this tie; nil
    /// when there is none (a bridge; NetworkX's infinite span).
    public var span: Int?
    /// With weights read as lengths (`OneModeBrokerReport.spanLengths`):
    /// the least total length of such a path, NetworkX's span with
    /// `weight="weight"` (lengths w) or with lengths 1/w; nil in hops or
    /// for a bridge.
    public var spanLength: Double?
}

/// One node's brokerage figures.
public struct OneModeBrokerage: Hashable, Codable, Sendable {
    public var node: OneModeNode
    public var partners: Int
    /// Burt's constraint; nil for a node without partners (NetworkX NaN).
    public var constraint: Double?
    /// Burt's effective size; nil for a node without partners.
    public var effectiveSize: Double?
    /// Core number (NetworkX `core_number`).
    public var coreNumber: Int
    /// Onion layer (NetworkX `onion_layers`): the round of the onion
    /// decomposition that peels the node off, from 1.
    public var onionLayer: Int
    /// Whether the node is in the k-corona for k its core number: exactly
    /// k of its partners have a core number of k or more (NetworkX
    /// `k_corona(G, k)`).
    public var inKCorona: Bool
    /// Generalized degree (NetworkX `generalized_degree`): for each k, how
    /// many of the node's ties lie in exactly k triangles; JSON keys are
    /// the k that occur.
    public var generalizedDegree: [Int: Int]
    public var isCutVertex: Bool
}

/// Cut vertices, bridges, constraint, effective size and core numbers of
/// a one-mode network.
public struct OneModeBrokerReport: Hashable, Codable, Sendable {
    /// `unweighted` or `weights` (the file's tie weights).
    public var weighting: String
    /// In name order.
    public var cutVertices: [OneModeNode]
    /// By the first end's name, then the second's.
    public var bridges: [OneModeTie]
    /// Lowest constraint first; nodes without partners last, by name.
    public var nodes: [OneModeBrokerage]
    /// The blocks (biconnected components, NetworkX
    /// `biconnected_components`), each in name order, largest first.
    public var blocks: [[OneModeNode]] = []
    /// Ties whose ends share no partner, with their span (NetworkX
    /// `local_bridges(G, with_span=True)`), by name.
    public var localBridges: [OneModeLocalBridge] = []
    /// How the local bridges' `spanLength` reads the tie weights:
    /// `weight` (length w) or `inverse-weight` (length 1/w); nil when the
    /// span counts ties only (the default, or an unweighted network).
    public var spanLengths: ProjectionLengths?

    public static let explanations: [String] = [
        "cut vertex — take it away and some nodes can no longer reach each other",
        "bridge — the only tie between two parts of the network; pendant bridges only strand one node",
        "block — nodes no single node's loss can split; blocks meet at cut vertices",
        "local bridge — a tie whose two ends share no partner; span = the fewest ties on another way between them",
        "constraint — Burt's measure; lower means more brokerage opportunities",
        "effective size — partners minus their redundancy (Burt)",
        "core — the largest k such that the node is in a subgraph where everyone has at least k ties",
        "onion — the layer of the onion decomposition: peeling off the nodes with the fewest ties round by round, the round that takes it; higher is deeper inside its core",
        "corona — yes when exactly core-many of its partners are in its core (the k-corona): it sits on the core's rim",
    ]
}

/// Louvain communities of a one-mode network.
public struct OneModeCommunityReport: Hashable, Codable, Sendable {
    public struct Community: Hashable, Codable, Sendable {
        public var number: Int
        public var members: [OneModeNode]
    }

    public struct Membership: Hashable, Codable, Sendable {
        public var node: OneModeNode
        public var community: Int
        public var coreNumber: Int
    }

    public var seed: UInt64
    public var resolution: Double
    public var modularity: Double?
    /// Largest first, members in name order.
    public var communities: [Community]
    /// Every node, by community then name.
    public var nodes: [Membership]
}

/// The shortest chains of nodes between two nodes.
public struct OneModeConnection: Hashable, Codable, Sendable {
    public var from: OneModeNode
    public var to: OneModeNode
    /// Ties on a shortest chain (with `weights`, the fewest ties on any
    /// of the shortest chains); nil when none connects them.
    public var steps: Int?
    public var shortestChainCount: Int
    public var shortestChains: [[OneModeNode]]
    public var longerChains: [[OneModeNode]]
    public var isTruncated: Bool
    /// How the ties' weights became lengths: `.strength` (1/w) or
    /// `.length` (w); nil when chains are counted in ties (the default,
    /// or an unweighted network).
    public var weights: TieWeights? = nil
    /// The total length of the shortest chains when `weights` is set;
    /// nil otherwise, or when no chain connects them.
    public var length: Double? = nil

}

/// Every triangle of a one-mode network: three nodes tied pairwise
/// (NetworkX `all_triangles`), each once.
public struct OneModeTriangleReport: Hashable, Codable, Sendable {
    /// Each triangle's three nodes in name order; the triangles in name
    /// order of their first node, then second, then third.
    public var triangles: [[OneModeNode]]
}
