import NetworkAnalysis

/// A vertex centrality measure the registry can rank its organisations
/// and groups by. Raw values are the CLI's `--measure` names.
public enum CentralityMeasure: String, CaseIterable, Codable, Sendable {
    case degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz, clustering
    /// The share of the possible squares (4-cycles) through a vertex that
    /// exist (NetworkX `square_clustering`); defined on the two-mode graph
    /// too, where squares are the shortest cycles.
    case squareClustering = "square-clustering"
    /// The number of triangles through a vertex (NetworkX `triangles`):
    /// on a projection or a one-mode network only, since a two-mode graph
    /// has none (`CentralityError.noTrianglesInTwoMode`).
    case triangles
    /// A tie measure: the share of shortest paths between all pairs that
    /// run along a tie (NetworkX `edge_betweenness_centrality`). It ranks
    /// ties, not entities (`RegistryAnalysis.tieCentrality(_:progress:)`);
    /// asked to rank entities it throws `CentralityError.tieMeasure`.
    case edgeBetweenness = "edge-betweenness"
    /// The largest distance from a vertex to any vertex it can reach
    /// (NetworkX `eccentricity`, applied to each component, since NetworkX
    /// refuses a disconnected graph): a path measure, on lengths as the
    /// weights say. Ranked like every measure, highest first: the
    /// periphery leads, and the lowest value in a component is its radius.
    case eccentricity

    /// One line a reader needs to make sense of the number, on a
    /// registry's graph `mode`, or on a one-mode network (`nil`).
    public func explanation(on mode: NetworkMode?) -> String {
        switch (self, mode) {
        case (.degree, nil): "degree: share of the other nodes a node is tied to"
        case (.betweenness, nil): "betweenness: share of shortest paths between others passing through the node; high means broker"
        case (.closeness, nil):
            "closeness: inverse mean distance to the nodes it can reach, scaled by the share it can reach (Wasserman–Faust)"
        case (.harmonic, nil): "harmonic: sum of 1/distance to every other node; high means close to many"
        case (.eigenvector, nil): "eigenvector: central when tied to central nodes (unit-length leading eigenvector)"
        case (.pagerank, nil): "pagerank: share of time a random walk following ties spends at the node (damping 0.85)"
        case (.katz, nil): "katz: walks of every length reaching the node, each further step counting alpha times less"
        case (.clustering, nil): "clustering: share of a node's partner pairs that are partners themselves"
        case (.squareClustering, nil):
            "square-clustering: share of the possible squares (4-cycles) through a node that exist (Lind et al.)"
        case (.triangles, nil): "triangles: number of triangles the node is in (pairs of its partners that are partners)"
        case (.squareClustering, .twoMode):
            "square-clustering: share of the possible squares (4-cycles) through an entity that exist (Lind et al.); squares are the two-mode graph's shortest cycles"
        case (.squareClustering, _):
            "square-clustering: share of the possible squares (4-cycles) through an entity that exist (Lind et al.)"
        case (.triangles, _):
            "triangles: number of triangles the entity is in (pairs of its partners that are partners); weights ignored"
        case (.edgeBetweenness, _): "edge-betweenness: share of shortest paths between all pairs that run along the tie"
        case (.eccentricity, nil):
            "eccentricity: largest distance to a node it can reach (within its component); low means central"
        case (.eccentricity, _):
            "eccentricity: largest distance to an entity it can reach (within its component); low means central"
        case (.degree, .twoMode):
            "degree: share of the other side an entity is tied to (Borgatti–Everett: groups ÷ all groups, members ÷ all organisations)"
        case (.degree, _):
            "degree: share of the other vertices an entity shares a group with"
        case (.betweenness, .twoMode):
            "betweenness: share of shortest organisation–group chains passing through the entity (Borgatti–Everett normalised); high means broker"
        case (.betweenness, _):
            "betweenness: share of shortest paths between others passing through the entity; high means broker"
        case (.closeness, _):
            "closeness: inverse mean distance to the entities it can reach, scaled by the share it can reach (Wasserman–Faust); high means few steps to everyone"
        case (.harmonic, _):
            "harmonic: sum of 1/distance to every other entity; high means close to many"
        case (.eigenvector, .twoMode):
            "eigenvector: central when tied to central entities of the other side (leading singular vectors, UCINET's two-mode eigenvector)"
        case (.eigenvector, _):
            "eigenvector: central when tied to central entities (unit-length leading eigenvector)"
        case (.pagerank, _):
            "pagerank: share of time a random walk following ties spends at the entity (damping 0.85)"
        case (.katz, _):
            "katz: walks of every length reaching the entity, each further step counting alpha times less"
        case (.clustering, .twoMode):
            "clustering: how much an entity's neighbours' neighbourhoods overlap (Latapy et al., dot mode)"
        case (.clustering, _):
            "clustering: share of an entity's partner pairs that are partners themselves"
        }
    }
}

extension CentralityMeasure {
    /// A value as the table prints it: a count (triangles) and a distance
    /// in steps (eccentricity in hops) whole, a share or score with four
    /// decimals.
    func formatted(_ value: Double) -> String {
        let whole = self == .triangles || (self == .eccentricity && value.rounded() == value)
        return whole ? String(format: "%.0f", value) : String(format: "%.4f", value)
    }
}

/// Which graph of the registry a measure runs on.
public enum NetworkMode: String, CaseIterable, Codable, Sendable {
    /// Organisations and groups as the two sides of one graph.
    case twoMode = "two-mode"
    /// Organisations, joined when they share a group (weight = shared groups).
    case organisations
    /// Groups, joined when they share a member (weight = shared members).
    case groups
}

/// How projection weights (shared groups or members: a strength) become
/// lengths for the path-based measures (betweenness, closeness, harmonic).
public enum ProjectionLengths: String, CaseIterable, Codable, Sendable {
    /// Length = 1 / weight: two organisations sharing three groups are a
    /// third as far apart as two sharing one. The default.
    case inverseWeight = "inverse-weight"
    /// Every tie has length 1; weights ignored (NetworkX `weight=None`).
    case hops
    /// Length = weight, for weights that already are distances (NetworkX
    /// `weight="weight"`/`distance="weight"`, igraph `weights=`).
    case weight
}

/// What a tie's weight means, for every measure at once (the CLI's
/// `--weights`): the path measures' lengths and whether PageRank,
/// eigenvector, Katz and clustering read weights as strengths.
public enum TieWeights: String, CaseIterable, Codable, Sendable {
    /// A weight is a strength: length 1/w for the path measures, strength
    /// w for the others. The default.
    case strength
    /// A weight is a length (NetworkX's reading of `weight=`): length w for
    /// the path measures, strength w for the others.
    case length
    /// Weights are ignored: one step per tie, every tie strength 1.
    case none

    /// The path measures' rule.
    public var lengths: ProjectionLengths {
        switch self {
        case .strength: .inverseWeight
        case .length: .weight
        case .none: .hops
        }
    }

    /// The non-path measures' reading.
    public var strengths: EdgeWeighting { self == .none ? .ignored : .weights }
}
