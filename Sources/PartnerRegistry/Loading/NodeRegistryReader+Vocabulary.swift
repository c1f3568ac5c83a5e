import Yams

extension NodeRegistryReader {
    static let vocabularyKeys = ["start"] + Vocabulary.Section.allCases.map(\.rawValue)
    static let termKeys = ["id", "label", "plural", "heading", "colour", "color", "shape", "counts-as"]

    /// Reads the registry's `vocabulary:` section onto its start (the
    /// default vocabulary, or none with `start: empty`). Entries are read
    /// in order, so one may count as an entry declared before it.
    mutating func readVocabulary(_ node: Node, onto start: Vocabulary, declared: Bool = true) -> Vocabulary {
        guard let fields = fields(node, allowed: Self.vocabularyKeys, what: "the vocabulary") else { return start }
        var vocabulary = start
        if let v = fields["start"], let text = string(v, key: "start", of: "the vocabulary") {
            switch text {
            case "default": break
            case "empty":
                vocabulary = .empty
                vocabulary.startsEmpty = true
            default:
                diag.error(.unknownValue, at: position(v), "unknown start '\(text)' of the vocabulary",
                           hint: "write 'start: default' to extend the package's vocabulary or 'start: empty' to declare every entry")
            }
        }
        for section in Vocabulary.Section.allCases {
            var seen: [String: TextPosition] = [:]
            for item in list(fields[section.rawValue], what: section.rawValue) {
                guard let term = readTerm(item, section: section, vocabulary: vocabulary, declared: declared) else { continue }
                if let first = seen[term.id] {
                    diag.error(.duplicateIdentifier, at: position(item), "\(section.noun) '\(term.id)' is declared twice in the vocabulary",
                               hint: "first declared at line \(first.line); merge the two entries")
                    continue
                }
                seen[term.id] = position(item)
                if declared { positions.vocabulary["\(section.rawValue)/\(term.id)"] = position(item) }
                vocabulary.declare(term, in: section)
            }
        }
        return vocabulary
    }

    private mutating func readTerm(_ node: Node, section: Vocabulary.Section, vocabulary: Vocabulary, declared: Bool)
        -> Vocabulary.Term?
    {
        let what = "an entry of \(section.rawValue)"
        guard let f = fields(node, allowed: Self.termKeys, what: what) else { return nil }
        guard let idNode = f["id"], let id = string(idNode, key: "id", of: what) else {
            diag.error(.missingKey, at: f.position, "\(what) has no 'id'",
                       hint: "give the ID the registry writes, e.g. '- {id: ski-resort, label: {en: Ski resort, sv: Skidort}}'")
            return nil
        }
        if !Vocabulary.isWellFormedID(id) {
            diag.error(.invalidIdentifier, at: position(idNode), "\(section.noun) ID '\(id)' is not a plain word",
                       hint: "use lower-case letters, digits and hyphens, e.g. '\(Vocabulary.suggestedID(id))'; the label carries the spelling to show")
        }
        let what2 = "\(section.noun) '\(id)'"
        var term = Vocabulary.Term(id: id, isDeclared: declared)
        term.labels = languageMap(f["label"], key: "label", of: what2)
        term.plurals = languageMap(f["plural"], key: "plural", of: what2)
        term.headings = languageMap(f["heading"], key: "heading", of: what2)
        if let v = f["colour"] ?? f["color"], let colour = string(v, key: "colour", of: what2) {
            if Vocabulary.isHexColour(colour) {
                term.colour = colour.uppercased()
            } else {
                diag.error(.unknownValue, at: position(v), "colour '\(colour)' of \(what2) is not a hex colour",
                           hint: "write six hex digits after '#', e.g. '#1B7F79'")
            }
        }
        if let v = f["shape"], let shape = string(v, key: "shape", of: what2) {
            if Vocabulary.mapShapes.contains(shape) {
                term.shape = shape
            } else {
                diag.error(.unknownValue, at: position(v), "unknown shape '\(shape)' of \(what2)",
                           hint: Self.allowedHint(shape, Vocabulary.mapShapes))
            }
        }
        let meanings = vocabulary.ids(section) + section.builtInMeanings
        for (meaning, pos) in strings(f["counts-as"], key: "counts-as", of: what2) {
            if meaning == id {
                diag.error(.unknownValue, at: pos, "\(what2) counts as itself", hint: "remove '\(meaning)' from counts-as")
            } else if meanings.contains(meaning) {
                term.countsAs.append(meaning)
            } else {
                diag.error(.unknownValue, at: pos, "\(what2) counts as '\(meaning)', which no entry of \(section.rawValue) before it declares",
                           hint: Self.allowedHint(meaning, meanings))
            }
        }
        return term
    }

    /// `{en: Municipality, sv: Kommun}`, or one text (taken as English).
    private mutating func languageMap(_ node: Node?, key: String, of what: String) -> [String: String] {
        guard let node else { return [:] }
        if case .scalar = node { return string(node, key: key, of: what).map { ["en": $0] } ?? [:] }
        guard case let .mapping(mapping) = node else {
            diag.error(.wrongType, at: position(node), "expected \(mappingWord) of languages for '\(key)' of \(what), found \(describe(node))",
                       hint: "write the \(key) per language, e.g. {en: Ski resort, sv: Skidort}")
            return [:]
        }
        var out: [String: String] = [:]
        for (k, v) in mapping {
            guard let language = string(k, key: key, of: what), let text = string(v, key: "\(key).\(language)", of: what) else {
                continue
            }
            if language.count < 2 || language.count > 3 || !language.allSatisfy({ $0.isASCII && $0.isLowercase }) {
                diag.error(.unknownValue, at: position(k), "'\(language)' in '\(key)' of \(what) is not a language code",
                           hint: "use a two-letter code such as sv or en")
                continue
            }
            out[language] = text
        }
        return out
    }

    // MARK: Values checked against the vocabulary

    /// One value of the vocabulary's `T` section; nil (and a diagnostic
    /// with "did you mean") when the vocabulary does not declare it.
    mutating func term<T: VocabularyTerm>(_ node: Node, key: String, of what: String, as type: T.Type = T.self) -> T? {
        guard let text = string(node, key: key, of: what) else { return nil }
        return checkedTerm(text, at: position(node), of: what, as: T.self)
    }

    /// One value or a list of values of the vocabulary's `T` section.
    mutating func terms<T: VocabularyTerm>(_ node: Node?, key: String, of what: String, as type: T.Type = T.self) -> [T] {
        strings(node, key: key, of: what).compactMap { text, pos in checkedTerm(text, at: pos, of: what, as: T.self) }
    }

    private mutating func checkedTerm<T: VocabularyTerm>(_ text: String, at pos: TextPosition, of what: String, as type: T.Type)
        -> T?
    {
        if vocabulary.term(text, in: T.section) != nil { return T(rawValue: text) }
        diag.error(.unknownValue, at: pos, "unknown \(T.section.noun) '\(text)' in \(what)",
                   hint: termHint(text, T.section))
        return nil
    }

    /// "'Kommun' is the label of 'municipality'; …", "did you mean …", or
    /// how to declare a new entry.
    func termHint(_ text: String, _ section: Vocabulary.Section) -> String {
        if let (term, _) = vocabulary.named(text, in: section) {
            return "'\(text)' is the label of '\(term.id)'; the registry file takes the ID: write \(term.id)"
        }
        let ids = vocabulary.ids(section)
        let declare = "or declare it under 'vocabulary: {\(section.rawValue): [{id: \(Vocabulary.suggestedID(text)), label: {en: …, sv: …}}]}'"
        if ids.isEmpty { return "the vocabulary declares no \(section.noun); \(declare.dropFirst(3))" }
        if let near = Suggestions.nearest(to: text, among: ids, allowContainment: true) {
            return "did you mean '\(near)'? (declared: \(ids.joined(separator: ", "))); \(declare)"
        }
        return "use one of: \(ids.joined(separator: ", ")); \(declare)"
    }
}
