import Foundation
import Yams

/// The words a registry describes its entities with: its organisation,
/// group, initiative and document kinds, its geographic levels, its roles
/// in groups and initiatives, and its kinds of source.
///
/// Every registry starts from ``Vocabulary/default`` (the tourism
/// vocabulary VästerbottensTurism's registry was written in, kept as data
/// in the package) unless it declares `start: empty`; the entries it
/// declares are added to that start, or replace an entry of the same ID.
///
/// Each entry has an ID (what the registry file writes), labels per
/// language (what maps, legends and pages show, and what a spreadsheet or
/// the command line may write instead of the ID), and optionally a plural
/// label, a colour and a shape for the map, and the meanings it carries
/// (`counts-as`). Where an analysis relies on what a value means, it asks
/// the vocabulary (``Vocabulary/counts(_:as:)``), not the code: `load`
/// counts roles that count as `chair` and `convener`; a rule that names
/// `destination-organisation` holds for every kind that counts as one; a
/// source kind that counts as `external` makes what it supports external.
public struct Vocabulary: Hashable, Sendable {
    /// The parts of a vocabulary, as the registry file names them.
    public enum Section: String, CaseIterable, Hashable, Sendable, Codable {
        case organisationKinds = "organisation-kinds"
        case groupKinds = "group-kinds"
        case initiativeKinds = "initiative-kinds"
        case documentKinds = "document-kinds"
        case levels
        case roles
        case participationRoles = "participation-roles"
        case sourceKinds = "source-kinds"

        /// "organisation kind", "level": what an entry of this section is.
        public var noun: String {
            switch self {
            case .organisationKinds: "organisation kind"
            case .groupKinds: "group kind"
            case .initiativeKinds: "initiative kind"
            case .documentKinds: "document kind"
            case .levels: "level"
            case .roles: "role"
            case .participationRoles: "participation role"
            case .sourceKinds: "source kind"
            }
        }

        /// The meanings the package itself gives to entries of this
        /// section, which a declared entry may carry with `counts-as`
        /// even when the vocabulary starts empty.
        public var builtInMeanings: [String] {
            switch self {
            case .roles: ["chair", "convener"]
            case .sourceKinds: ["primary", "external"]
            case .organisationKinds: ["emphasised"]
            default: []
            }
        }
    }

    /// One word of the vocabulary.
    public struct Term: Hashable, Sendable {
        /// What the registry file writes (`municipality`).
        public var id: String
        /// Its label per language code (`sv`: "Kommun").
        public var labels: [String: String]
        /// Its plural per language code (`sv`: "kommuner"), for lines
        /// that stand for several entities; may be empty.
        public var plurals: [String: String]
        /// A heading per language where the map groups entities by this
        /// term (a level's band: "Lokalt"); may be empty.
        public var headings: [String: String]
        /// Its fill on the map (`#RRGGBB`), overriding the palette.
        public var colour: String?
        /// Its Graphviz node shape on the map (`box`, `ellipse`, …).
        public var shape: String?
        /// The meanings it carries: other entries' IDs of the same
        /// section, or the section's built-in meanings.
        public var countsAs: [String]
        /// Declared by the registry (rather than taken from its start).
        public var isDeclared: Bool

        public init(
            id: String, labels: [String: String] = [:], plurals: [String: String] = [:],
            headings: [String: String] = [:], colour: String? = nil, shape: String? = nil,
            countsAs: [String] = [], isDeclared: Bool = false
        ) {
            self.id = id
            self.labels = labels
            self.plurals = plurals
            self.headings = headings
            self.colour = colour
            self.shape = shape
            self.countsAs = countsAs
            self.isDeclared = isDeclared
        }

        /// The label in `language`, else the English one, else the ID.
        public func label(_ language: String) -> String {
            labels[language] ?? labels["en"] ?? id
        }
    }

    /// Each section's entries in their order (for levels: from the most
    /// local to the widest).
    public private(set) var sections: [Section: [Term]] = [:]
    /// Whether the registry declared `start: empty`.
    public var startsEmpty = false

    /// A vocabulary with no entries.
    public static let empty = Vocabulary()

    public init() {}

    /// The entries of `section`, in order.
    public func terms(_ section: Section) -> [Term] { sections[section] ?? [] }

    /// The IDs of `section`'s entries, in order.
    public func ids(_ section: Section) -> [String] { terms(section).map(\.id) }

    /// The entry of `section` with this ID.
    public func term(_ id: String, in section: Section) -> Term? {
        terms(section).first { $0.id == id }
    }

    /// Adds `term` to `section`, or replaces the entry with its ID (keeping
    /// that entry's place).
    public mutating func declare(_ term: Term, in section: Section) {
        var list = terms(section)
        if let i = list.firstIndex(where: { $0.id == term.id }) { list[i] = term } else { list.append(term) }
        sections[section] = list
    }

    /// The entries the registry declared (not those of its start).
    public var declared: Vocabulary {
        var out = Vocabulary()
        out.startsEmpty = startsEmpty
        for (section, list) in sections { out.sections[section] = list.filter(\.isDeclared) }
        return out
    }

    /// Whether `id` of `section` means `meaning`: it is that entry, or it
    /// counts as it, directly or through entries it counts as.
    public func counts(_ id: String, in section: Section, as meaning: String) -> Bool {
        var seen: Set<String> = []
        var queue = [id]
        while let next = queue.popLast() {
            if next == meaning { return true }
            guard seen.insert(next).inserted, let term = term(next, in: section) else { continue }
            queue += term.countsAs
        }
        return false
    }

    /// The label of `id` in `language`; the ID itself when the vocabulary
    /// has no such entry.
    public func label(_ id: String, in section: Section, language: String) -> String {
        term(id, in: section)?.label(language) ?? id
    }

    /// The entry `text` names by its ID or by a label in any language,
    /// matched as the command line matches names (ignoring case,
    /// diacritics, spaces and punctuation). `language` is the language of
    /// the label that matched (nil for the ID). Nil when nothing matches.
    public func named(_ text: String, in section: Section) -> (term: Term, language: String?)? {
        let list = terms(section)
        if let exact = list.first(where: { $0.id == text }) { return (exact, nil) }
        let key = TextFolding.matchKey(text)
        guard !key.isEmpty else { return nil }
        if let byID = list.first(where: { TextFolding.matchKey($0.id) == key }) { return (byID, nil) }
        for language in ["en"] + Set(list.flatMap(\.labels.keys)).subtracting(["en"]).sorted() {
            if let term = list.first(where: { $0.labels[language].map(TextFolding.matchKey) == key }) {
                return (term, language)
            }
        }
        return nil
    }

    /// The place of `id` among `section`'s entries (for levels: 0 is the
    /// most local); nil when it has none.
    public func rank(_ id: String, in section: Section) -> Int? {
        terms(section).firstIndex { $0.id == id }
    }

    /// The IDs and labels of `section`, for a hint ("did you mean …").
    public func spellings(_ section: Section) -> [String] {
        terms(section).flatMap { [$0.id] + $0.labels.values.sorted() }
    }
}

// MARK: - Checks shared by the registry file and the sheets

extension Vocabulary {
    /// Whether `id` is a plain word: lower-case ASCII letters, digits and hyphens.
    public static func isWellFormedID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A plain-word ID for `text`: lower case, without diacritics, words
    /// joined by hyphens ("Ski Resort" → "ski-resort").
    public static func suggestedID(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var gap = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if gap && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                gap = false
            } else {
                gap = true
            }
        }
        return out.isEmpty ? "my-kind" : out
    }

    /// Whether `s` is a `#RRGGBB` colour.
    public static func isHexColour(_ s: String) -> Bool {
        s.count == 7 && s.first == "#" && s.dropFirst().allSatisfy(\.isHexDigit)
    }

    /// The Graphviz shapes a declared entry may take on the map.
    public static let mapShapes = [
        "box", "ellipse", "oval", "circle", "hexagon", "octagon", "diamond", "house", "invhouse", "note", "tab", "folder",
        "component", "cylinder", "parallelogram", "trapezium", "pentagon", "septagon", "doubleoctagon", "star", "square",
    ]
}

// MARK: - Terms as types

/// A value of one section of the vocabulary: the ID a registry writes,
/// checked against the registry's vocabulary when it is read.
public protocol VocabularyTerm: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String
{
    /// The section of the vocabulary its values come from.
    static var section: Vocabulary.Section { get }
    init(rawValue: String)
}

extension VocabularyTerm {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }

    /// The terms of this type the default vocabulary has, in order.
    public static var defaults: [Self] { Vocabulary.default.ids(section).map(Self.init(rawValue:)) }

    /// Its label in `language` in `vocabulary`.
    public func label(_ language: String, in vocabulary: Vocabulary = .default) -> String {
        vocabulary.label(rawValue, in: Self.section, language: language)
    }

    /// The label in Swedish or English, from the default vocabulary.
    public func label(swedish: Bool) -> String { label(swedish ? "sv" : "en") }

    /// Whether it means `meaning` in `vocabulary` (``Vocabulary/counts(_:in:as:)``).
    public func counts(as meaning: Self, in vocabulary: Vocabulary) -> Bool {
        vocabulary.counts(rawValue, in: Self.section, as: meaning.rawValue)
    }
}

// MARK: - The default vocabulary

extension Vocabulary {
    /// The package's own vocabulary (Vocabulary/default-vocabulary.yaml,
    /// compiled into the package): the kinds, levels and roles of a
    /// regional tourism organisation's partner network. Read by the same
    /// reader as a registry's `vocabulary:` section.
    public static let `default`: Vocabulary = {
        let text = String(decoding: PackageResources.default_vocabulary_yaml, as: UTF8.self)
        // The reader must not reach for `Vocabulary.default` while it is made.
        var reader = NodeRegistryReader(file: "default-vocabulary.yaml", format: .yaml, vocabulary: .empty)
        guard let node = try? Yams.compose(yaml: text) else {
            preconditionFailure("the package's default vocabulary is not YAML")
        }
        let vocabulary = reader.readVocabulary(node, onto: .empty, declared: false)
        precondition(!reader.diag.hasErrors, "the package's default vocabulary has errors: \(reader.diag)")
        return vocabulary
    }()
}
