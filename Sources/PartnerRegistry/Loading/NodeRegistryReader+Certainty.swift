import NetworkAnalysis
import Yams

/// Certainty, dates that are a reading, unknown ends and successors: the
/// keys of the time-and-certainty model.
extension NodeRegistryReader {
    static let assessmentKeys = ["certainty", "reason"]
    static let dateKeys = ["date", "before", "certainty", "reason"]

    /// `certainty:` and `reason:` of a fact; nil when the file states
    /// neither. `inferred` needs a reason; a reason needs a certainty.
    mutating func assessment(_ fields: Fields, of what: String) -> Assessment? {
        let certainty = fields["certainty"].flatMap {
            enumValue($0, key: "certainty", of: what, noun: "certainty", as: Certainty.self)
        }
        let reason = fields["reason"].flatMap { string($0, key: "reason", of: what) }
        return checkedAssessment(certainty, reason: reason, fields: fields, what: what)
    }

    private mutating func checkedAssessment(
        _ certainty: Certainty?, reason: String?, fields: Fields, what: String
    ) -> Assessment? {
        if certainty == .inferred, reason?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            let node = fields["certainty"]
            diag.error(.missingKey, at: node.map(position) ?? fields.position,
                       "\(what) is marked inferred without a 'reason'",
                       hint: "add 'reason: <how the source implies it>', e.g. reason: \"the seed names the class, not the members\"")
        }
        if certainty == nil, reason != nil, fields["certainty"] == nil, let node = fields["reason"] {
            diag.error(.missingKey, at: position(node), "\(what) gives a 'reason' but no 'certainty'",
                       hint: "add 'certainty: inferred' (or external), or remove 'reason'")
        }
        return certainty.map { Assessment($0, reason: reason) }
    }

    /// `since` and `until` in their long forms too:
    /// - `until: unknown` — ended on a date the source does not give;
    /// - `until: {date: unknown, before: 2015}` — and gone by 2015;
    /// - `since: {date: 2003, certainty: inferred, reason: …}` — a date
    ///   that is a reading of the source.
    /// Checks that the end is not before the start.
    mutating func lifecycleValidity(_ fields: Fields, of what: String) -> Validity {
        var v = Validity()
        if let node = fields["since"] {
            let (date, _, before, a) = datePart(node, key: "since", of: what)
            if before != nil || date == .unknown {
                diag.error(.invalidDate, at: position(node), "'since' of \(what) cannot be unknown or a bound",
                           hint: "leave 'since' out when the start is not known")
            }
            if case let .known(d) = date { v.since = d }
            v.sinceAssessment = a
        }
        if let node = fields["until"] {
            let (date, _, before, a) = datePart(node, key: "until", of: what)
            switch date {
            case let .known(d):
                v.until = d
                if before != nil {
                    diag.error(.invalidDate, at: position(node), "'until' of \(what) has both a date and 'before'",
                               hint: "'before' bounds an unknown end: write {date: unknown, before: …}")
                }
            case .unknown: v.unknownEnd = UnknownEnd(before: before)
            case .missing: break
            }
            v.untilAssessment = a
        }
        if let since = v.since, let until = v.until, until.lastDay < since.firstDay, let node = fields["until"] {
            diag.error(.reversedDates, at: position(node), "'until' (\(until)) is before 'since' (\(since)) in \(what)",
                       hint: "swap them or fix the year")
        }
        if let since = v.since, let before = v.unknownEnd?.before, before.lastDay < since.firstDay,
           let node = fields["until"]
        {
            diag.error(.reversedDates, at: position(node),
                       "the end of \(what) is bounded by \(before), before its 'since' (\(since))",
                       hint: "fix the year of 'before' or of 'since'")
        }
        return v
    }

    enum DateValue: Equatable { case known(PartialDate), unknown, missing }

    /// A date key in its short (`2003`, `unknown`) or long form.
    mutating func datePart(
        _ node: Node, key: String, of what: String
    ) -> (DateValue, Fields?, PartialDate?, Assessment?) {
        if case .mapping = node {
            guard let f = fields(node, allowed: Self.dateKeys, what: "'\(key)' of \(what)") else {
                return (.missing, nil, nil, nil)
            }
            var value = DateValue.missing
            if let d = f["date"] {
                value = shortDate(d, key: key, of: what)
            } else {
                diag.error(.missingKey, at: f.position, "'\(key)' of \(what) has no 'date'",
                           hint: "write {date: 2003, …} or {date: unknown, before: 2015}")
            }
            let before = f["before"].flatMap { date($0, key: "\(key).before", of: what) }
            let a = assessment(f, of: "'\(key)' of \(what)")
            return (value, f, before, a)
        }
        return (shortDate(node, key: key, of: what), nil, nil, nil)
    }

    private mutating func shortDate(_ node: Node, key: String, of what: String) -> DateValue {
        if Self.peek(node)?.lowercased() == "unknown" { return .unknown }
        return date(node, key: key, of: what).map(DateValue.known) ?? .missing
    }

    /// `ended:` of a document: a date, `unknown`, or `{date: unknown, before: …}`.
    mutating func documentEnd(_ fields: Fields, since: PartialDate?, of what: String) -> DocumentEnd? {
        guard let node = fields["ended"] else { return nil }
        let (value, _, before, _) = datePart(node, key: "ended", of: what)
        switch value {
        case let .known(d):
            if let since, d.lastDay < since.firstDay {
                diag.error(.reversedDates, at: position(node), "'ended' (\(d)) is before 'since' (\(since)) in \(what)",
                           hint: "fix the year")
            }
            return .on(d)
        case .unknown: return .unknown(before: before)
        case .missing: return nil
        }
    }

    /// A list of references whose entries may be IDs or mappings
    /// `{<key>: ID, certainty: …, reason: …}`; the IDs, and the assessment
    /// of each entry that states one.
    mutating func assessedReferences(
        _ type: EntityType, _ node: Node?, key: String, itemKey: String, of what: String, place: String
    ) -> (ids: [String], assessments: [String: Assessment]) {
        guard let node, !Self.isNull(node) else { return ([], [:]) }
        let items: [Node]
        if case let .sequence(seq) = node { items = Array(seq) } else { items = [node] }
        var ids: [String] = [], assessments: [String: Assessment] = [:]
        for item in items {
            if case .mapping = item {
                guard let f = fields(item, allowed: [itemKey] + Self.assessmentKeys, what: "an entry of '\(key)' of \(what)")
                else { continue }
                guard let n = f[itemKey], let id = string(n, key: itemKey, of: what) else {
                    diag.error(.missingKey, at: f.position, "an entry of '\(key)' of \(what) has no '\(itemKey)'",
                               hint: "write {\(itemKey): <ID>, certainty: inferred, reason: …}")
                    continue
                }
                refer(type, [(id, position(n))], place: place)
                ids.append(id)
                if let a = assessment(f, of: "'\(key)' \(id) of \(what)") { assessments[id] = a }
            } else if let id = string(item, key: key, of: what) {
                refer(type, [(id, position(item))], place: place)
                ids.append(id)
            }
        }
        return (ids, assessments)
    }

    /// `kind:` and `describes:` of a source.
    mutating func sourceKind(_ fields: Fields, of what: String) -> (SourceKind, PartialDate?) {
        let kind = fields["kind"].flatMap {
            term($0, key: "kind", of: what, as: SourceKind.self)
        } ?? .primary
        let describes = fields["describes"].flatMap { date($0, key: "describes", of: what) }
        return (kind, describes)
    }

    /// Successor links between organisations and between groups
    /// (`replaces`, `succeeded-by`: both directions name one relation,
    /// predecessor → successor) that go round in a circle: one error per
    /// cycle, at the entity where the search closed it. Linear in the links
    /// (`DirectedCycles`). Documents' `revises`/`supersedes` are checked
    /// with the rest of the lineage (`checkCycles`).
    mutating func checkSuccessorCycles() {
        func check(ids: [String], positions: [TextPosition], links: [(from: String, to: String)], words: String) {
            var index: [String: Int] = [:]
            for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
            for (keys, _) in DirectedCycles.find(edges: links, limit: 100) {
                let at = index[keys[keys.count - 1]].flatMap { positions.indices.contains($0) ? positions[$0] : nil }
                diag.error(.successorCycle, at: at ?? .unknown,
                           "\(words) go round in a circle: \((keys + [keys[0]]).joined(separator: " → "))",
                           hint: "an entity cannot succeed itself; remove one of these links")
            }
        }
        /// predecessor → successor, from both keys of each entity.
        func links(_ items: [(id: String, replaces: [String], succeededBy: [String])]) -> [(from: String, to: String)] {
            items.flatMap { e in e.succeededBy.map { (e.id, $0) } + e.replaces.map { ($0, e.id) } }
        }
        check(ids: organisations.map(\.id.rawValue), positions: positions.organisations,
              links: links(organisations.map { ($0.id.rawValue, $0.replaces.map(\.rawValue), $0.succeededBy.map(\.rawValue)) }),
              words: "'replaces'/'succeeded-by' links between organisations")
        check(ids: groups.map(\.id.rawValue), positions: positions.groups,
              links: links(groups.map { ($0.id.rawValue, $0.replaces.map(\.rawValue), $0.succeededBy.map(\.rawValue)) }),
              words: "'replaces'/'succeeded-by' links between groups")
    }
}

