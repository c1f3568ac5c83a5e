import PartnerRegistry

/// Everything the explorer page shows, as the page's script reads it: one
/// JSON value in a `<script type="application/json">` element.
///
/// Representation: entities are one array (organisations, then groups,
/// initiatives, documents, each in file order) and every other part
/// refers to them by index, so a name is written once. Keys are the
/// property names below, spelled out; docs/explorer.md describes the
/// schema. Every text is data for `textContent`, never markup.
struct ExplorerData: Encodable, Sendable {
    /// `map` (the Graphviz map is on the page) or `overview` (too many
    /// entities to lay out: groups and the most connected organisations,
    /// with a neighbourhood drawn in the page on demand).
    var mode: String
    var lang: String
    var title: String
    /// The page's own words in its language.
    var words: ExplorerWords
    var entities: [Entity] = []
    var sources: [SourceEntry] = []
    var memberships: [MembershipEntry] = []
    /// The map's edges by their SVG id `edge-<n>`: the entity at each end.
    var edges: [EdgeEntry] = []
    /// The map's cluster boxes: Graphviz title (`cluster_…`) and members.
    var clusters: [ClusterEntry] = []
    /// Year labels ("2003" … "now") and, per year, one character per
    /// entity and per edge: `0` absent, `1` present, `2` present only
    /// possibly. Empty when the registry has no dates.
    var years: Years?
    /// The organisation–group network `samverkan connect` searches.
    var network: Network
    /// Organisations of the overview, most groups first.
    var top: [Int] = []
    var figures: [Figure] = []
    var tables: [Table] = []
    var levels: [Choice] = []
    var kinds: [Choice] = []

    struct Entity: Encodable, Sendable {
        /// `organisation`, `group`, `initiative` or `document`.
        var type: String
        var id: String
        var name: String
        var aliases: [String]?
        /// Search keys of the ID, the name and each alias (`Registry.searchKey`).
        var searchKeys: [String]
        /// Kind, prefixed by the type's letter (`o:municipality`, for the
        /// kind filter), and its label in the page's language.
        var kind: String
        var kindLabel: String
        var level: String?
        var levelLabel: String?
        /// A safe http(s) or mailto link (`SafeURL.plain`), or nil.
        var url: String?
        /// Certainty of the entity (`stated`, `inferred`, `external`).
        var certainty: String
        var since: String?
        var until: String?
        var citations: [CitationEntry]?
        /// SVG id of its node on the map, if drawn.
        var svgID: String?
        /// Groups: conveners (entity indices) and the group it is part of.
        var conveners: [Int]?
        var partOf: Int?
    }

    struct CitationEntry: Encodable, Sendable {
        /// Index into `sources`.
        var source: Int
        var quote: String?
        var note: String?
    }

    struct SourceEntry: Encodable, Sendable {
        var id: String
        var title: String
        var publisher: String?
        var url: String?
        /// `primary`, `secondary` or `external`.
        var kind: String
    }

    struct MembershipEntry: Encodable, Sendable {
        /// Entity indices of the organisation and the group.
        var organisation: Int
        var group: Int
        var role: String
        var roleLabel: String
        var certainty: String
        var since: String?
        var until: String?
        var citations: [CitationEntry]?
    }

    /// A map edge between two entities (indices; -1 for an end not among them).
    struct EdgeEntry: Encodable, Sendable {
        var from: Int
        var to: Int
        var certainty: String
    }

    struct ClusterEntry: Encodable, Sendable {
        var title: String
        var nodes: [Int]
    }

    struct Years: Encodable, Sendable {
        var labels: [String]
        var nodes: [String]
        var edges: [String]
    }

    /// The two-mode graph of `RegistryAnalysis.view` as `connect` walks it:
    /// vertex `i` is entity `vertices[i]`; `adjacency[i]` lists its
    /// neighbours in the graph's own adjacency order (the order chains are
    /// listed in); the first `organisations` vertices are organisations.
    struct Network: Encodable, Sendable {
        var vertices: [Int]
        var adjacency: [[Int32]]
        var organisations: Int
    }

    struct Figure: Encodable, Sendable {
        var label: String
        var value: String
    }

    struct Table: Encodable, Sendable {
        var id: String
        var title: String
        var note: String
        var columns: [Column]
        var rows: [[Cell]]
        /// The entity each row is about (-1 for none), for clicks.
        var keys: [Int]
    }

    struct Column: Encodable, Sendable {
        var label: String
        var numeric: Bool
    }

    enum Cell: Encodable, Sendable {
        case text(String)
        case number(Double)

        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case let .text(s): try c.encode(s)
            case let .number(x): try c.encode(x.isFinite ? x : 0)
            }
        }
    }

    struct Choice: Encodable, Sendable {
        var value: String
        var label: String
    }
}
