/// How organisations are gathered into clusters on the map.
///
/// Only organisations are clustered: Graphviz clusters must nest, and an
/// organisation sits in many groups, so groups, initiatives and documents
/// stay free nodes. Clusters are drawn by `dot`; other engines ignore
/// them. A cluster is never emitted without nodes.
public enum MapGrouping: Hashable, Sendable, Codable {
    /// One cluster per geographic level, international first, local last.
    /// Organisations without a level stay outside every cluster.
    case level
    /// One cluster per distinct value of the named attribute (in the
    /// organisation's `attributes`), ordered by value. Organisations
    /// without the attribute stay outside every cluster.
    case attribute(String)
    /// No clusters.
    case none
}

extension MapGrouping {
    /// Parses the command line's spelling: `level`, `none`, or the name of
    /// an organisation attribute (`sector`).
    public init(parsing text: String) {
        switch text {
        case "level": self = .level
        case "none": self = .none
        default: self = .attribute(text)
        }
    }
}
