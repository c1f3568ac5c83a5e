/// The formats the analysis commands read. Raw values are the CLI's
/// `--input-format` names.
public enum InputFormat: String, CaseIterable, Sendable, Codable {
    /// An edge list: `source,target[,weight]` CSV with a header, or
    /// whitespace-separated pairs (`.edgelist`, `.txt`) without one.
    case edgelist
    /// GraphML, read undirected: one-mode, or two-mode when a node
    /// attribute `bipartite` (0/1) or a boolean `type` marks each node's side.
    case graphml
    /// GEXF 1.2 or 1.3 (Gephi, NetworkX), read undirected: one-mode, or
    /// two-mode with a side attribute as GraphML.
    case gexf
    /// Pajek `.net`.
    case pajek
    /// A CSV of memberships (`organisation,group,…`): a registry.
    case memberships
    /// A registry in YAML.
    case yaml
    /// A registry in JSON.
    case json

    /// Whether the format holds a registry (else a one-mode network).
    public var isRegistry: Bool { self == .memberships || self == .yaml || self == .json }

    /// The registry format for `RegistryLoader` (nil for one-mode formats).
    public var registryFormat: RegistryFormat? {
        switch self {
        case .memberships: .csv
        case .yaml: .yaml
        case .json: .json
        default: nil
        }
    }
}
