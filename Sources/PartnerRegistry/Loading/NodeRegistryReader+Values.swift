import Yams

/// The keys of one mapping, with null values left out (`until:` with
/// nothing after it is the same as no `until`).
struct Fields {
    var position: TextPosition
    var values: [String: Node] = [:]
    var keyPositions: [String: TextPosition] = [:]

    subscript(key: String) -> Node? { values[key] }
}

extension NodeRegistryReader {
    // MARK: Shapes

    func position(_ node: Node) -> TextPosition {
        node.mark.map { TextPosition(line: $0.line, column: $0.column) } ?? .unknown
    }

    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(s) = node, s.style == .plain else { return false }
        switch s.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    var mappingWord: String { format == .json ? "an object" : "a mapping" }
    var listWord: String { format == .json ? "an array" : "a list" }

    /// "a list", "a mapping", "the number 3", "the text 'x'", "nothing".
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return mappingWord
        case .sequence: return listWord
        case .alias: return "an alias"
        case let .scalar(s):
            if Self.isNull(node) { return "nothing" }
            if s.style == .plain, Int(s.string) != nil || Double(s.string) != nil { return "the number \(s.string)" }
            let text = s.string.count > 40 ? String(s.string.prefix(40)) + "…" : s.string
            return "the text '\(text)'"
        }
    }

    /// The keys of a mapping, checked against `allowed`; nil (and a
    /// diagnostic) when the node is not a mapping.
    mutating func fields(_ node: Node, allowed: [String], what: String) -> Fields? {
        guard case let .mapping(mapping) = node else {
            diag.error(.wrongType, at: position(node), "expected \(mappingWord) for \(what), found \(describe(node))",
                       hint: "write \(what) as key: value pairs")
            return nil
        }
        var result = Fields(position: position(node))
        for (keyNode, value) in mapping {
            guard case let .scalar(keyScalar) = keyNode else {
                diag.error(.wrongType, at: position(keyNode), "a key in \(what) is \(describe(keyNode))",
                           hint: "keys are plain words such as '\(allowed.first ?? "id")'")
                continue
            }
            let key = keyScalar.string
            guard allowed.contains(key) else {
                let hint = Suggestions.didYouMean(key, among: allowed)
                    ?? "known keys: \(allowed.joined(separator: ", "))"
                diag.error(.unknownKey, at: position(keyNode), "unknown key '\(key)' in \(what)", hint: hint)
                continue
            }
            result.keyPositions[key] = position(keyNode)
            if !Self.isNull(value) { result.values[key] = value }
        }
        return result
    }

    /// The items of a section or list; [] for a missing or empty one.
    mutating func list(_ node: Node?, what: String) -> [Node] {
        guard let node, !Self.isNull(node) else { return [] }
        guard case let .sequence(seq) = node else {
            diag.error(.wrongType, at: position(node), "expected \(listWord) of \(what), found \(describe(node))",
                       hint: "start each entry with '- '")
            return []
        }
        return Array(seq)
    }

    // MARK: Scalars

    /// A scalar's text; nil with a diagnostic for lists and mappings.
    mutating func string(_ node: Node, key: String, of what: String) -> String? {
        guard case let .scalar(s) = node else {
            diag.error(.wrongType, at: position(node), "expected text for '\(key)' of \(what), found \(describe(node))",
                       hint: "write a single value after '\(key):'")
            return nil
        }
        return Self.isNull(node) ? nil : s.string
    }

    /// One value or a list of values, each with its position.
    mutating func strings(_ node: Node?, key: String, of what: String) -> [(String, TextPosition)] {
        guard let node, !Self.isNull(node) else { return [] }
        switch node {
        case .scalar:
            return string(node, key: key, of: what).map { [($0, position(node))] } ?? []
        case let .sequence(seq):
            var out: [(String, TextPosition)] = []
            for item in seq {
                if let s = string(item, key: key, of: what) { out.append((s, position(item))) }
            }
            return out
        default:
            diag.error(.wrongType, at: position(node),
                       "expected a value or \(listWord) of values for '\(key)' of \(what), found \(describe(node))",
                       hint: "write '\(key): x' or '\(key): [x, y]'")
            return []
        }
    }

    mutating func integer(_ node: Node, key: String, of what: String) -> Int? {
        guard let text = string(node, key: key, of: what) else { return nil }
        guard let n = Int(text) else {
            diag.error(.wrongType, at: position(node),
                       "expected a whole number for '\(key)' of \(what), found \(describe(node))",
                       hint: "write digits, e.g. '\(key): 2'")
            return nil
        }
        return n
    }

    mutating func boolean(_ node: Node, key: String, of what: String) -> Bool? {
        guard let text = string(node, key: key, of: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diag.error(.wrongType, at: position(node), "expected true or false for '\(key)' of \(what), found \(describe(node))",
                       hint: "write '\(key): true' or '\(key): false'")
            return nil
        }
    }

    mutating func date(_ node: Node, key: String, of what: String) -> PartialDate? {
        guard let text = string(node, key: key, of: what) else { return nil }
        guard let date = PartialDate(text) else {
            diag.error(.invalidDate, at: position(node), "'\(text)' in '\(key)' of \(what) is not a date",
                       hint: "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2015 or 2015-03-01")
            return nil
        }
        return date
    }

    /// A value of a closed list (kind, role, level …).
    mutating func enumValue<E: RawRepresentable & CaseIterable>(
        _ node: Node, key: String, of what: String, noun: String, as type: E.Type = E.self
    ) -> E? where E.RawValue == String {
        guard let text = string(node, key: key, of: what) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        diag.error(.unknownValue, at: position(node), "unknown \(noun) '\(text)' in \(what)",
                   hint: Self.allowedHint(text, allowed))
        return nil
    }

    /// One value or a list of values of a closed list.
    mutating func enumValues<E: RawRepresentable & CaseIterable>(
        _ node: Node?, key: String, of what: String, noun: String, as type: E.Type = E.self
    ) -> [E] where E.RawValue == String {
        var out: [E] = []
        for (text, pos) in strings(node, key: key, of: what) {
            if let value = E(rawValue: text) {
                out.append(value)
            } else {
                diag.error(.unknownValue, at: pos, "unknown \(noun) '\(text)' in \(what)",
                           hint: Self.allowedHint(text, E.allCases.map(\.rawValue)))
            }
        }
        return out
    }

    /// "did you mean 'x'? (allowed: a, b, c)" or "use one of: a, b, c".
    static func allowedHint(_ text: String, _ allowed: [String]) -> String {
        let list = allowed.joined(separator: ", ")
        if let near = Suggestions.nearest(to: text, among: allowed, allowContainment: true) {
            return "did you mean '\(near)'? (allowed: \(list))"
        }
        return "use one of: \(list)"
    }

    mutating func attributes(_ node: Node?, of what: String) -> [String: String] {
        guard let node else { return [:] }
        guard case let .mapping(mapping) = node else {
            diag.error(.wrongType, at: position(node), "expected \(mappingWord) for 'attributes' of \(what), found \(describe(node))",
                       hint: "write attributes as key: value pairs, e.g. {sector: public}")
            return [:]
        }
        var out: [String: String] = [:]
        for (k, v) in mapping {
            guard let key = string(k, key: "attributes", of: what) else { continue }
            if Self.isNull(v) { out[key] = ""; continue }
            if let value = string(v, key: "attributes.\(key)", of: what) { out[key] = value }
        }
        return out
    }

    // MARK: Identifiers and references

    /// The `id` of an entity, checked and declared; nil when absent or
    /// not text. An invalid or duplicate ID is still returned (so that
    /// references to it do not pile up as further errors).
    mutating func declare(_ type: EntityType, _ fields: Fields, name: String?) -> String? {
        guard let node = fields["id"] else {
            let hint = name.map { "add 'id: \(Slug.make(from: $0))'" } ?? "add 'id: <slug>', e.g. 'id: visit-umea'"
            diag.error(.missingKey, at: fields.position, "\(type.withArticle) without 'id'", hint: hint)
            return nil
        }
        guard let id = string(node, key: "id", of: type.withArticle) else { return nil }
        let pos = position(node)
        if !Slug.isValid(id) {
            diag.error(.invalidIdentifier, at: pos, "'\(id)' is not a valid \(type.noun) ID",
                       hint: "IDs use lower-case letters a–z, digits and hyphens; write '\(Slug.make(from: id))'")
        }
        if let first = declared[type]?[id] {
            diag.error(.duplicateIdentifier, at: pos,
                       "duplicate \(type.noun) ID '\(id)'; first defined at line \(first.line), column \(first.column)",
                       hint: "give one of them another ID, or merge the two entries")
        } else {
            declared[type, default: [:]][id] = pos
        }
        return id
    }

    /// The required `name`, with a diagnostic when missing or when it shows
    /// nothing (`VisibleText.isBlank`: "", spaces, U+200B, U+3000 …), in
    /// Unicode NFC (`canonicalComposition`).
    mutating func requiredName(_ fields: Fields, key: String = "name", of what: String) -> String? {
        guard let node = fields[key] else {
            diag.error(.missingKey, at: fields.position, "\(what) has no '\(key)'",
                       hint: "add '\(key): <display name>'")
            return nil
        }
        guard let text = string(node, key: key, of: what) else { return nil }
        if VisibleText.isBlank(text) {
            let shown = text.isEmpty ? "is empty" : "shows nothing: it holds only \(VisibleText.codePoints(text))"
            diag.error(.blankName, at: position(node), "the '\(key)' of \(what) \(shown)",
                       hint: "write the \(key) as readers should see it")
            return nil
        }
        return text.canonicalComposition
    }

    /// The required `kind`, with a diagnostic listing the vocabulary's kinds.
    mutating func requiredKind<T: VocabularyTerm>(_ fields: Fields, of what: String, as type: T.Type = T.self) -> T? {
        guard let node = fields["kind"] else {
            diag.error(.missingKey, at: fields.position, "\(what) has no 'kind'",
                       hint: "add 'kind: <\(T.section.noun)>', one of: \(vocabulary.ids(T.section).joined(separator: ", "))")
            return nil
        }
        return term(node, key: "kind", of: what, as: T.self)
    }

    /// Notes references to check once every ID is known.
    mutating func refer(_ type: EntityType, _ items: [(String, TextPosition)], place: String) {
        for (raw, pos) in items { references.append(PendingReference(expected: type, raw: raw, position: pos, place: place)) }
    }

    mutating func refer(_ type: EntityType, _ node: Node?, key: String, of what: String, place: String) -> [String] {
        let items = strings(node, key: key, of: what)
        refer(type, items, place: place)
        return items.map(\.0)
    }

    /// "organisation 'visit-umea'" or "organisation #3" when it has no ID.
    static func describe(_ type: EntityType, id: String?, index: Int) -> String {
        id.map { "\(type.noun) '\($0)'" } ?? "\(type.noun) #\(index + 1)"
    }

    // MARK: Citations

    static let citationKeys = ["from", "quote", "note"]

    /// `source:` in its three forms: an ID, a mapping, a list of either.
    mutating func citations(_ node: Node?, of what: String) -> [Citation] {
        guard let node else { return [] }
        switch node {
        case let .sequence(seq):
            return seq.compactMap { citation($0, of: what) }
        default:
            return citation(node, of: what).map { [$0] } ?? []
        }
    }

    private mutating func citation(_ node: Node, of what: String) -> Citation? {
        if case .scalar = node {
            guard let id = string(node, key: "source", of: what) else { return nil }
            refer(.source, [(id, position(node))], place: "the source of \(what)")
            return Citation(source: SourceID(id))
        }
        guard let f = fields(node, allowed: Self.citationKeys, what: "the source of \(what)") else { return nil }
        guard let fromNode = f["from"] else {
            diag.error(.missingKey, at: f.position, "the source of \(what) has no 'from'",
                       hint: "add 'from: <source ID>' naming a source declared under 'sources'")
            return nil
        }
        guard let from = string(fromNode, key: "from", of: what) else { return nil }
        refer(.source, [(from, position(fromNode))], place: "the source of \(what)")
        let quote = f["quote"].flatMap { string($0, key: "quote", of: what) }
        let note = f["note"].flatMap { string($0, key: "note", of: what) }
        return Citation(source: SourceID(from), quote: quote, note: note)
    }
}
