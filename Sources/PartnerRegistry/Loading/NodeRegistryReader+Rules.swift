import Yams

extension NodeRegistryReader {
    static let ruleKeys = ["id", "description", "for", "where", "require", "severity", "source"]
    static let whereKeys = ["funded-by", "kind", "level", "attributes"]
    static let requirementKeys = ["kind", "level", "role", "at-least", "at-most"]

    mutating func readRule(_ node: Node) {
        guard let f = fields(node, allowed: Self.ruleKeys, what: "a rule") else { return }
        let id = declare(.rule, f, name: nil)
        let what = Self.describe(.rule, id: id, index: rules.count)
        let description = f["description"].flatMap { string($0, key: "description", of: what) } ?? ""
        var subject: Rule.Subject?
        if let n = f["for"] {
            subject = enumValue(n, key: "for", of: what, noun: "rule subject", as: Rule.Subject.self)
        } else {
            diag.error(.missingKey, at: f.position, "\(what) has no 'for'",
                       hint: "add 'for: initiatives', 'for: groups' or 'for: organisations'")
        }
        var filter = Rule.Filter()
        if let subject, let n = f["where"] { filter = ruleFilter(n, subject: subject, of: what) }
        var requirements: [Rule.Requirement] = []
        if let n = f["require"] {
            if let subject { requirements = ruleRequirements(n, subject: subject, of: what) }
        } else {
            diag.error(.missingKey, at: f.position, "\(what) has no 'require'",
                       hint: "add what it requires, e.g. 'require: {participants: {at-least: 2}}'")
        }
        let severity = f["severity"].flatMap {
            enumValue($0, key: "severity", of: what, noun: "severity", as: Rule.Severity.self)
        }
        let sources = citations(f["source"], of: what)
        guard let id, let subject, !requirements.isEmpty else { return }
        rules.append(Rule(
            id: RuleID(id), description: description, subject: subject, filter: filter,
            requirements: requirements, severity: severity ?? .error, sources: sources))
        positions.rules.append(f.position)
    }

    private mutating func ruleFilter(_ node: Node, subject: Rule.Subject, of what: String) -> Rule.Filter {
        guard let f = fields(node, allowed: Self.whereKeys, what: "'where' of \(what)") else { return .init() }
        var filter = Rule.Filter()
        if let n = f["funded-by"] {
            if subject == .initiatives {
                filter.fundedBy = refer(.organisation, n, key: "funded-by", of: what, place: "'where' of \(what)")
                    .map { OrganisationID($0) }
            } else {
                diag.error(.invalidRule, at: f.keyPositions["funded-by"] ?? position(n),
                           "'funded-by' selects initiatives, but \(what) is for \(subject.rawValue)",
                           hint: "remove 'funded-by', or write 'for: initiatives'")
            }
        }
        if let n = f["kind"] {
            filter.kinds = kinds(n, section: subject.kindSection, of: what, place: "'where'")
        }
        filter.levels = terms(f["level"], key: "level", of: what, as: GeographicLevel.self)
        filter.attributes = attributes(f["attributes"], of: what)
        return filter
    }

    /// Kinds for a filter, each checked against the vocabulary's
    /// `section` (a rule naming a kind holds for the kinds that count as it).
    private mutating func kinds(_ node: Node, section: Vocabulary.Section, of what: String, place: String) -> [String] {
        var out: [String] = []
        let allowed = vocabulary.ids(section)
        let entity = String(section.noun.dropLast(" kind".count))
        for (kind, pos) in strings(node, key: "kind", of: what) {
            if allowed.contains(kind) { out.append(kind); continue }
            if allowed.isEmpty {
                diag.error(.invalidRule, at: pos, "the vocabulary declares no \(section.noun), so 'kind' in \(place) of \(what) cannot match",
                           hint: "declare it under 'vocabulary: {\(section.rawValue): …}', or filter by 'level' or 'attributes'")
                continue
            }
            let other = Vocabulary.Section.allCases.first {
                $0 != section && $0.rawValue.hasSuffix("-kinds") && vocabulary.term(kind, in: $0) != nil
            }
            if let other {
                diag.error(.invalidRule, at: pos, "'\(kind)' is \(other == .organisationKinds || other == .initiativeKinds ? "an" : "a") \(other.noun), but \(place) of \(what) is about \(entity)s",
                           hint: Self.allowedHint(kind, allowed))
            } else {
                diag.error(.unknownValue, at: pos, "unknown \(section.noun) '\(kind)' in \(place) of \(what)",
                           hint: termHint(kind, section))
            }
        }
        return out
    }

    private mutating func ruleRequirements(_ node: Node, subject: Rule.Subject, of what: String) -> [Rule.Requirement] {
        var entries: [Node] = []
        switch node {
        case .mapping: entries = [node]
        case let .sequence(seq): entries = Array(seq)
        default:
            diag.error(.wrongType, at: position(node), "expected \(mappingWord) for 'require' of \(what), found \(describe(node))",
                       hint: "write 'require: {participants: {at-least: 2}}'")
            return []
        }
        let valid = Rule.Relation.relations(for: subject).map(\.rawValue)
        let problemsBefore = diag.diagnostics.count + diag.dropped
        var out: [Rule.Requirement] = []
        for entry in entries {
            guard case let .mapping(mapping) = entry else {
                diag.error(.wrongType, at: position(entry),
                           "expected \(mappingWord) in 'require' of \(what), found \(describe(entry))",
                           hint: "write 'relation: {at-least: n}', e.g. '\(valid.first ?? "members"): {at-least: 1}'")
                continue
            }
            for (keyNode, spec) in mapping {
                guard let key = string(keyNode, key: "require", of: what) else { continue }
                guard let relation = Rule.Relation(rawValue: key) else {
                    diag.error(.invalidRule, at: position(keyNode), "unknown relation '\(key)' in \(what)",
                               hint: Self.allowedHint(key, valid))
                    continue
                }
                guard relation.subject == subject else {
                    diag.error(.invalidRule, at: position(keyNode),
                               "'\(key)' counts something of \(relation.subject.rawValue), but \(what) is for \(subject.rawValue)",
                               hint: "use one of: \(valid.joined(separator: ", "))")
                    continue
                }
                if let r = requirement(spec, relation: relation, of: what) { out.append(r) }
            }
        }
        if out.isEmpty && diag.diagnostics.count + diag.dropped == problemsBefore {
            diag.error(.invalidRule, at: position(node), "\(what) requires nothing",
                       hint: "add a relation, e.g. '\(valid.first ?? "members"): {at-least: 1}'")
        }
        return out
    }

    private mutating func requirement(_ node: Node, relation: Rule.Relation, of what: String) -> Rule.Requirement? {
        let place = "'\(relation.rawValue)'"
        guard let f = fields(node, allowed: Self.requirementKeys, what: "\(place) of \(what)") else { return nil }
        var r = Rule.Requirement(relation: relation)
        let section: Vocabulary.Section = relation.countsGroups ? .groupKinds : .organisationKinds
        if let n = f["kind"] { r.kinds = kinds(n, section: section, of: what, place: place) }
        r.levels = terms(f["level"], key: "level", of: what, as: GeographicLevel.self)
        if let n = f["role"] {
            if relation.allowsRole {
                r.roles = terms(n, key: "role", of: what, as: Role.self)
            } else {
                diag.error(.invalidRule, at: f.keyPositions["role"] ?? position(n),
                           "'role' cannot filter \(place) in \(what): only members and groups have roles",
                           hint: "remove 'role', or count 'members' of a group instead")
            }
        }
        var ok = true
        for key in ["at-least", "at-most"] {
            guard let n = f[key], let value = integer(n, key: key, of: what) else { continue }
            if value < 0 {
                diag.error(.invalidRule, at: position(n), "'\(key)' is negative (\(value)) in \(place) of \(what)",
                           hint: "counts start at 0")
                ok = false
            }
            if key == "at-least" { r.atLeast = value } else { r.atMost = value }
        }
        if f["at-least"] == nil && f["at-most"] == nil {
            diag.error(.invalidRule, at: f.position, "\(place) of \(what) sets neither 'at-least' nor 'at-most'",
                       hint: "add 'at-least: 1' (or the bound you mean)")
            ok = false
        }
        if let lo = r.atLeast, let hi = r.atMost, lo > hi, let n = f["at-most"] {
            diag.error(.invalidRule, at: position(n),
                       "'at-least' (\(lo)) is more than 'at-most' (\(hi)) in \(place) of \(what), so no entity can satisfy it",
                       hint: "swap the two bounds")
            ok = false
        }
        return ok ? r : nil
    }
}
