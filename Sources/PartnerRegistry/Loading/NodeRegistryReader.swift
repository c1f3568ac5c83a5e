import Yams

/// Reads a registry from a YAML or JSON document composed by Yams into a
/// `Node` tree, which keeps every value's line and column.
///
/// One pass over the tree builds the entities and notes every reference
/// (with its position and the place it occurs) and every citation; a
/// second pass resolves them against the declared IDs. Problems are
/// collected, not thrown, so one load reports all of them; the caller
/// throws when there is any.
struct NodeRegistryReader {
    let file: String
    let format: RegistryFormat
    var diag: DiagnosticCollector

    var title: String?
    var language: String?
    /// The languages maps and charts can be drawn in.
    static let languages = ["sv", "en"]
    var sources: [Source] = []
    var organisations: [Organisation] = []
    var groups: [Group] = []
    var memberships: [Membership] = []
    var initiatives: [Initiative] = []
    var documents: [StrategyDocument] = []
    var rules: [Rule] = []
    /// The vocabulary kinds, levels and roles are checked against: the
    /// default one and what the registry declares.
    var vocabulary: Vocabulary
    var positions = RegistryLocations()

    /// Declared IDs of each type: raw ID → where it was declared.
    var declared: [EntityType: [String: TextPosition]] = [:]
    /// Names and aliases of each declared entity, for suggestions.
    var names: [EntityType: [(id: String, names: [String])]] = [:]
    /// References to resolve once every section is read.
    var references: [PendingReference] = []
    /// `adopted-by` entries of each document, resolved at the end.
    var pendingActors: [(document: Int, actors: [PendingActor])] = []
    /// First position of each membership (organisation, group, validity).
    var membershipKeys: [MembershipKey: TextPosition] = [:]

    /// A reader checking kinds, levels and roles against `vocabulary`
    /// (nil: the default one).
    init(file: String, format: RegistryFormat, vocabulary: Vocabulary? = nil) {
        self.vocabulary = vocabulary ?? .default
        self.file = file
        self.format = format
        self.diag = DiagnosticCollector(file: file)
        self.positions.file = file
    }

    /// The types an ID can name.
    enum EntityType: String, CaseIterable, Hashable, Sendable {
        case organisation, group, initiative, document, source, rule

        var noun: String { rawValue }
        var section: String {
            switch self {
            case .organisation: "organisations"
            case .group: "groups"
            case .initiative: "initiatives"
            case .document: "documents"
            case .source: "sources"
            case .rule: "rules"
            }
        }
        /// "an organisation", "a group".
        var withArticle: String { (self == .organisation || self == .initiative ? "an " : "a ") + noun }
    }

    /// A reference to check after reading: `raw` must name an entity of
    /// type `expected`; `place` says where it occurs ("members of 'x'").
    struct PendingReference {
        var expected: EntityType
        var raw: String
        var position: TextPosition
        var place: String
    }

    /// An `adopted-by` entry: an organisation or group ID, or one of them
    /// forced by the long form `{group: x}`.
    struct PendingActor {
        var raw: String
        var position: TextPosition
        var forced: EntityType?
        /// The entry's own certainty, in the long form.
        var assessment: Assessment? = nil
    }

    struct MembershipKey: Hashable {
        var organisation: String
        var group: String
        var validity: Validity
    }

    // MARK: Entry

    /// Reads a whole document; the registry when no error was found.
    mutating func read(_ root: Node?) -> Registry? {
        if let root { readRoot(root) }
        resolveReferences()
        guard !diag.hasErrors else { return nil }
        var registry = Registry(
            title: title, organisations: organisations, groups: groups, memberships: memberships,
            initiatives: initiatives, documents: documents, sources: sources, rules: rules,
            locations: positions, endpoints: nil)
        registry.language = language
        registry.vocabulary = vocabulary
        return registry
    }

    static let topLevelKeys = [
        "samverkan", "title", "language", "sources", "organisations", "groups", "memberships", "initiatives", "documents", "rules",
        "vocabulary",
    ]

    private mutating func readRoot(_ root: Node) {
        guard let fields = fields(root, allowed: Self.topLevelKeys, what: "the registry") else { return }
        if let v = fields["samverkan"] {
            if let n = integer(v, key: "samverkan", of: "the registry"), n != 1 {
                diag.error(.unknownValue, at: position(v), "unsupported format version \(n)",
                           hint: "this samverkan reads version 1; write 'samverkan: 1'")
            }
        }
        if let v = fields["title"] { title = string(v, key: "title", of: "the registry") }
        if let v = fields["language"], let code = string(v, key: "language", of: "the registry") {
            if Self.languages.contains(code) {
                language = code
            } else {
                diag.error(.unknownValue, at: position(v), "unknown language '\(code)' of the registry",
                           hint: Self.allowedHint(code, Self.languages))
            }
        }
        // The vocabulary first: every kind, level and role is checked against it.
        if let v = fields["vocabulary"] { vocabulary = readVocabulary(v, onto: vocabulary) }
        // Sources next: citations anywhere may name them.
        for item in list(fields["sources"], what: "sources") { readSource(item) }
        for item in list(fields["organisations"], what: "organisations") { readOrganisation(item) }
        for item in list(fields["groups"], what: "groups") { readGroup(item) }
        for item in list(fields["memberships"], what: "memberships") {
            readMembership(item, group: nil, inSection: true, place: "memberships")
        }
        for item in list(fields["initiatives"], what: "initiatives") { readInitiative(item) }
        for item in list(fields["documents"], what: "documents") { readDocument(item) }
        for item in list(fields["rules"], what: "rules") { readRule(item) }
    }
}
