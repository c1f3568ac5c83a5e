import PartnerRegistry

/// Everything the explorer page shows, as the page's script reads it: one
/// JSON value in a `<script type="application/json">` element.
///
/// Representation: entities are one array (organisations, then groups,
/// initiatives, documents, each in file order) and every other part
/// refers to them by index, so a name is written once. Keys are short,
/// because the 5,000-organisation page carries tens of thousands of them.
/// Every text is data for `textContent`, never markup.
struct ExplorerData: Encodable, Sendable {
    /// `map` (the Graphviz map is on the page) or `overview` (too many
    /// entities to lay out: groups and the most connected organisations,
    /// with a neighbourhood drawn in the page on demand).
    var mode: String
    var lang: String
    var title: String
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
        /// `o`, `g`, `i` or `d`.
        var t: String
        var id: String
        var n: String
        var a: [String]?
        /// Search keys of the ID, the name and each alias (`Registry.searchKey`).
        var k: [String]
        /// Kind (raw value, for the filter) and its label.
        var kind: String
        var kl: String
        var lv: String?
        var lvl: String?
        var u: String?
        /// Certainty of the entity (`stated`, `inferred`, `external`).
        var c: String
        var since: String?
        var until: String?
        var s: [CitationEntry]?
        /// SVG id of its node on the map, if drawn.
        var svg: String?
        /// Groups: conveners and the group it is part of.
        var cv: [Int]?
        var po: Int?
    }

    struct CitationEntry: Encodable, Sendable {
        var s: Int
        var q: String?
        var n: String?
    }

    struct SourceEntry: Encodable, Sendable {
        var id: String
        var t: String
        var p: String?
        var u: String?
        var k: String
    }

    struct MembershipEntry: Encodable, Sendable {
        var o: Int
        var g: Int
        var r: String
        var rl: String
        var c: String
        var since: String?
        var until: String?
        var s: [CitationEntry]?
    }

    struct EdgeEntry: Encodable, Sendable {
        var f: Int
        var t: Int
        var c: String
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
    /// vertex `v` is entity `v[i]`; `adj[i]` lists its neighbours in the
    /// graph's own adjacency order (the order chains are listed in).
    struct Network: Encodable, Sendable {
        var v: [Int]
        var adj: [[Int32]]
        var organisations: Int
    }

    struct Figure: Encodable, Sendable {
        var l: String
        var v: String
    }

    struct Table: Encodable, Sendable {
        var id: String
        var title: String
        var note: String
        var cols: [Column]
        var rows: [[Cell]]
        /// The entity each row is about (-1 for none), for clicks.
        var keys: [Int]
    }

    struct Column: Encodable, Sendable {
        var l: String
        var num: Bool
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
        var v: String
        var l: String
    }
}
