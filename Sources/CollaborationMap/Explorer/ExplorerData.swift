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
    /// The lifecycles of entities and memberships in words, each text
    /// once (many facts share one: "från 2003 (tolkat)").
    var lifecycles: [String] = []
    /// The map's edges by their SVG id `edge-<n>`: the entity at each end.
    var edges: [EdgeEntry] = []
    /// The map's cluster boxes: Graphviz title (`cluster_…`) and members.
    var clusters: [ClusterEntry] = []
    /// The slider's steps (the registry's years, then now) and what the
    /// page shows at each: presence of every entity, membership and map
    /// edge, the map's caption, the key figures, the overview's list.
    var steps: Steps
    /// The organisation–group network `samverkan connect` searches: the
    /// union over the steps, with each tie's presence per step.
    var network: Network
    /// The tables: per step (the analyses) or of the whole file (the
    /// validation).
    var tables: [Table] = []
    var levels: [Choice] = []
    var kinds: [Choice] = []
    /// The page's own legend (map mode): each kind's swatch as the map
    /// draws it, the relations' lines, and the strokes that say how firm
    /// a fact is and whether it is there at the step; nil without a map.
    var legend: Legend?

    /// The legend as the page draws it in HTML; every colour is the map
    /// theme's (`MapTheme`), so the page holds no palette of its own.
    struct Legend: Encodable, Sendable {
        var title: String
        /// One entry per value of `kinds`, in that order.
        var kinds: [LegendKind]
        var lines: [LegendLine]
        var strokes: [LegendStroke]
    }

    struct LegendKind: Encodable, Sendable {
        /// The kind's value in `kinds` (`o:municipality`, `g:network`, `i`, …).
        var kind: String
        var label: String
        /// Graphviz shape: `box`, `ellipse`, `hexagon` or `note`.
        var shape: String
        /// Boxes with rounded corners (organisations of the first ten kinds).
        var rounded: Bool
        var fill: String
        var border: String
        var text: String
    }

    struct LegendLine: Encodable, Sendable {
        var label: String
        var color: String
        /// Graphviz style: `solid`, `dashed`, `dotted`.
        var style: String
        var width: Double
    }

    /// `inferred` (dashed line), `external` (dotted line), `uncertain`
    /// (double line and dashed border: only possibly there at the step),
    /// `absent` (dotted outline on a pale fill: not there at the step).
    struct LegendStroke: Encodable, Sendable {
        var stroke: String
        var label: String
    }

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
        /// Its lifecycle in words, as the registry states it
        /// (`ExplorerLifecycle`): an index into `lifecycles`.
        var lifecycle: Int
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
        /// Its lifecycle in words, as the registry states it: an index into `lifecycles`.
        var lifecycle: Int
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

    /// The slider's steps. Step `k` is `labels[k]` (as `--as-of` takes
    /// it: "2003", …, "now"); every other list has one entry per step.
    struct Steps: Encodable, Sendable {
        var labels: [String]
        /// The step as the page shows it ("2003", …, "nu").
        var names: [String]
        /// The map's caption at the step, as `map --years` draws it ("Läget per 2009").
        var captions: [String]
        /// Presence per entity (`entities` order): `0` not there, `1` there
        /// for certain, `2` only possibly there (`Registry.view`).
        var entities: StepCodes
        /// Presence per membership (`memberships` order), as for entities;
        /// a membership is no more present than its two ends.
        var memberships: StepCodes
        /// Presence per map edge (`edges` order), as the year maps draw it;
        /// absent without a map.
        var edges: StepCodes?
        var figures: [[Figure]]
        /// The line under the key figures and tables: what "(säkert x)" and
        /// "(?)" mean, at a step where some of the network is only possibly
        /// there; empty at the others.
        var notes: [String]
        /// Organisations of the overview, most groups first.
        var top: [[Int]]
    }

    /// One code (0–9) per item at every step, compactly: the codes at the
    /// first step as a string of digits, then for each later step `k` the
    /// items whose code differs from step `k − 1`, as a flat list `item,
    /// code, item, code, …`. A registry whose facts are dated in few places
    /// changes in few places, so the data grows with the changes, not with
    /// items × steps.
    struct StepCodes: Encodable, Sendable, Equatable {
        var first: String = ""
        var changes: [[Int]] = []
        /// The codes of the last step added (not encoded).
        private var last: [UInt8]?

        private enum CodingKeys: String, CodingKey { case first, changes }

        init() {}

        init(_ perStep: [[UInt8]]) {
            for codes in perStep { append(codes) }
        }

        /// Adds the next step's codes (each 0–9; as many as the first step's).
        mutating func append(_ codes: [UInt8]) {
            guard let last else {
                first = String(decoding: codes.map { UInt8(ascii: "0") + $0 }, as: UTF8.self)
                self.last = codes
                return
            }
            precondition(codes.count == last.count, "every step has one code per item")
            var out: [Int] = []
            for i in codes.indices where codes[i] != last[i] { out += [i, Int(codes[i])] }
            changes.append(out)
            self.last = codes
        }

        /// The codes at each step, decoded (for tests).
        func decoded() -> [[UInt8]] {
            var codes = first.utf8.map { $0 - UInt8(ascii: "0") }
            var out = [codes]
            for step in changes {
                for j in stride(from: 0, to: step.count - 1, by: 2) { codes[step[j]] = UInt8(step[j + 1]) }
                out.append(codes)
            }
            return out
        }
    }

    /// The two-mode graph as `connect` walks it, over every step: the
    /// union of the steps' networks (`RegistryAnalysis.view` of the
    /// `.allTime` view). Vertex `i` is entity `vertices[i]`; `adjacency[i]`
    /// lists its neighbours in the graph's own adjacency order (the order
    /// chains are listed in; a step's network keeps the union's order);
    /// the first `organisations` vertices are organisations. Tie `t`
    /// numbers the edges organisation by organisation in adjacency order
    /// (`RegistryAnalysis.ties()`); `ties` gives each tie's code per step:
    /// `0` not there; `1`, `2`, `3` there for certain, stated, inferred or
    /// external; `4`, `5`, `6` only possibly there, stated, inferred or
    /// external. A vertex is there as its entity is (`steps.entities`).
    struct Network: Encodable, Sendable {
        var vertices: [Int]
        var adjacency: [[Int32]]
        var organisations: Int
        var ties: StepCodes
    }

    struct Figure: Encodable, Sendable, Equatable {
        var label: String
        var value: String
    }

    /// A table: its columns and either one part (a table of the whole
    /// file) or one part per step.
    struct Table: Encodable, Sendable {
        var id: String
        var title: String
        var columns: [Column]
        var parts: [TablePart]
    }

    struct TablePart: Encodable, Sendable {
        var note: String
        var rows: [[Cell]]
        /// The entity each row is about (-1 for none), for clicks.
        var keys: [Int]
    }

    struct Column: Encodable, Sendable {
        var label: String
        var numeric: Bool
    }

    /// A cell: text, a number, or a number shown as text (a figure with
    /// its sure value beside it, "16 (säkert 15)") and sorted by the number.
    enum Cell: Encodable, Sendable {
        case text(String)
        case number(Double)
        case figure(Double, String)

        private enum Keys: String, CodingKey { case value, text }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case let .text(s):
                var c = encoder.singleValueContainer()
                try c.encode(s)
            case let .number(x):
                var c = encoder.singleValueContainer()
                try c.encode(x.isFinite ? x : 0)
            case let .figure(x, s):
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(x.isFinite ? x : 0, forKey: .value)
                try c.encode(s, forKey: .text)
            }
        }
    }

    struct Choice: Encodable, Sendable {
        var value: String
        var label: String
    }
}
