import PartnerRegistry

/// The formats `RegistryExport` writes, for the tools analysts already use.
///
/// Single-file formats (`graphml`, `gexf`, `nodeLink`, `pajek`) write one
/// stream; the others write a directory of CSV files.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    /// GraphML with typed keys (NetworkX, igraph, Gephi, yEd).
    case graphml
    /// GEXF 1.3, dynamic, with spells from the registry's dates (Gephi's timeline).
    case gexf
    /// Node-link JSON, links under `links` (d3, NetworkX `node_link_graph`).
    case nodeLink = "node-link"
    /// Pajek `.net`, two-mode aware (Pajek, UCINET, igraph).
    case pajek
    /// `nodes.csv` and `edges.csv` (Gephi's spreadsheet import, Kumu).
    case csv
    /// `organisations.csv`, `groups.csv`, `memberships.csv`, `sources.csv`:
    /// the registry's own facts, the shape `samverkan import` reads.
    case sheets
    /// CSV files for `neo4j-admin database import full`, with typed headers.
    case neo4j
    /// `vertices.csv` (`id`, attributes) and `edges.csv` (`src`, `dst`,
    /// attributes): the two DataFrames of a GraphFrames `GraphFrame` (Spark).
    case graphframes

    /// Whether the format is a directory of files rather than one file.
    public var writesDirectory: Bool {
        switch self {
        case .csv, .sheets, .neo4j, .graphframes: true
        case .graphml, .gexf, .nodeLink, .pajek: false
        }
    }

    /// The usual file extension of a single-file format.
    public var fileExtension: String? {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .nodeLink: "json"
        case .pajek: "net"
        case .csv, .sheets, .neo4j, .graphframes: nil
        }
    }
}

/// What an export holds: which view of the registry and which graph.
public struct ExportOptions: Hashable, Sendable {
    /// The date and certainty of the facts exported. The default is all
    /// time, every fact: every date is carried (as GEXF spells, as
    /// `since`/`until` attributes).
    public var scope: RegistryScope
    /// The two-mode graph, or one of its weighted projections.
    public var mode: NetworkMode

    public init(scope: RegistryScope = .allTime, mode: NetworkMode = .twoMode) {
        self.scope = scope
        self.mode = mode
    }
}

/// Why an export cannot be made (before anything is written).
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The format holds the registry's facts, not a graph, so it has no projection.
    case modeNotSupported(ExportFormat, NetworkMode)

    public var description: String {
        switch self {
        case let .modeNotSupported(format, mode):
            "--format \(format.rawValue) writes the registry's own facts (organisations, groups, memberships); "
                + "it has no '\(mode.rawValue)' projection. Leave out --mode, or choose graphml, gexf, node-link, "
                + "pajek, csv, neo4j or graphframes"
        }
    }
}
