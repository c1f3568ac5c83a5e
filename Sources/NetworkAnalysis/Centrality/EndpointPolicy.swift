/// Whether a path's end vertices count as lying on it (betweenness).
public enum EndpointPolicy: Sendable, Hashable {
    /// Only interior vertices count (NetworkX `endpoints=False`, igraph). The default.
    case excluded
    /// The source and target count too (NetworkX `endpoints=True`).
    case included
}
