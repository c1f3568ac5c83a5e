extension RegistryDiff {
    /// Compares two views: `old` (the `from` side) with `new` (the `to`
    /// side). For two dates of one file, pass two analyses of the same
    /// registry; for two files, analyses of each.
    ///
    /// Where a side holds facts that are only possibly there, its sure
    /// network (`RegistryAnalysis.sureAnalysis`) is built once and every
    /// figure beyond the facts is computed on both networks of both sides
    /// (see `RegistryDiff`).
    ///
    /// - Parameters:
    ///   - old: the earlier view (the `from` side).
    ///   - new: the later view (the `to` side).
    ///   - fromLabel: what the `from` side is called in the output (default: its date).
    ///   - toLabel: what the `to` side is called in the output (default: its date).
    ///   - rankMoves: how many of the largest rank moves to keep per measure.
    ///   - pairLimit: list at most this many pairs lost and this many
    ///     gained, the first by name; nil lists all. `pairTotals` counts
    ///     every pair either way.
    /// - Throws: `RegistryAnalysisError.invalidCount` when `rankMoves` or
    ///   `pairLimit` is below 0; what a centrality run throws.
    /// - Complexity: O(V log V + M) for the entities and memberships;
    ///   O(Σ_g s(g)² · d̄) time and O(V + M + K) space for the pairs, s(g)
    ///   the members of group g, d̄ an organisation's groups and K the
    ///   pairs listed (pairs are counted as they are met, never held);
    ///   plus, per side and network, cut vertices of the two-mode graph and
    ///   of the organisation network (O(V + M), without building the
    ///   projection), degree (O(Σ_g s(g)²) time, O(V) space) and, unless
    ///   `rankMoves` is 0, betweenness on the organisation projection
    ///   (O(V·E) time, O(V + E) space for E ties, up to Σ_g s(g)²: the one
    ///   part quadratic in the size of a group).
    public init(from old: RegistryAnalysis, to new: RegistryAnalysis, fromLabel: String? = nil, toLabel: String? = nil,
                rankMoves: Int = 10, pairLimit: Int? = nil) throws {
        guard rankMoves >= 0 else { throw RegistryAnalysisError.invalidCount(parameter: "the rank moves", value: rankMoves, least: 0) }
        if let pairLimit, pairLimit < 0 {
            throw RegistryAnalysisError.invalidCount(parameter: "the pair limit", value: pairLimit, least: 0)
        }
        let a = old.registry, b = new.registry
        var renames = RenameMap()
        for s in old.undatedRegistry.successions + new.undatedRegistry.successions where s.kind == .replaces {
            renames.add(s, old: a, new: b)
        }
        self.from = fromLabel ?? old.asOf.description
        self.to = toLabel ?? new.asOf.description
        self.language = b.language ?? a.language

        func presence(_ uncertain: Bool) -> Presence { uncertain ? .uncertain : .present }
        organisations = Self.entities(
            old: a.organisations.map { ($0.id.rawValue, $0.name, presence(a.uncertain.organisations.contains($0.id)), Self.fields(of: $0, in: a)) },
            new: b.organisations.map { ($0.id.rawValue, $0.name, presence(b.uncertain.organisations.contains($0.id)), Self.fields(of: $0, in: b)) },
            renames: renames.organisations)
        groups = Self.entities(
            old: a.groups.map { ($0.id.rawValue, $0.name, presence(a.uncertain.groups.contains($0.id)), Self.fields(of: $0, in: a)) },
            new: b.groups.map { ($0.id.rawValue, $0.name, presence(b.uncertain.groups.contains($0.id)), Self.fields(of: $0, in: b)) },
            renames: renames.groups)
        initiatives = Self.entities(
            old: a.initiatives.map { ($0.id.rawValue, $0.name, presence(a.uncertain.initiatives.contains($0.id)), Self.fields(of: $0, in: a)) },
            new: b.initiatives.map { ($0.id.rawValue, $0.name, presence(b.uncertain.initiatives.contains($0.id)), Self.fields(of: $0, in: b)) },
            renames: [:])
        documents = Self.entities(
            old: a.documents.map { ($0.id.rawValue, $0.name, presence(a.uncertain.documents.contains($0.id)), Self.fields(of: $0, in: a)) },
            new: b.documents.map { ($0.id.rawValue, $0.name, presence(b.uncertain.documents.contains($0.id)), Self.fields(of: $0, in: b)) },
            renames: [:])
        memberships = Self.memberships(old: a, new: b, renames: renames)

        let before = DiffSide(old), after = DiffSide(new)
        let matched = MatchedOrganisations(old: before, new: after, renames: renames)
        (pairs, pairTotals) = Self.pairs(old: before, new: after, matched: matched, renames: renames, limit: pairLimit)
        self.pairLimit = pairLimit
        isolation = try Self.isolation(old: before, new: after, matched: matched)
        self.rankMoves = try Self.rankMoves(old: before, new: after, matched: matched, renames: renames, keep: rankMoves)
        brokers = try Self.brokers(old: before, new: after, renames: renames)
    }

    // MARK: Renames

    /// Old ID → new ID for entities that a succession carries across.
    struct RenameMap {
        var organisations: [String: String] = [:]
        var groups: [String: String] = [:]

        /// Records `s` when its predecessor is on the old side only and its
        /// successor on the new side only.
        mutating func add(_ s: Succession, old: Registry, new: Registry) {
            switch (s.predecessor, s.successor) {
            case let (.organisation(p), .organisation(q)):
                if old.organisation(p) != nil, new.organisation(p) == nil, new.organisation(q) != nil, old.organisation(q) == nil {
                    organisations[p.rawValue] = q.rawValue
                }
            case let (.group(p), .group(q)):
                if old.group(p) != nil, new.group(p) == nil, new.group(q) != nil, old.group(q) == nil {
                    groups[p.rawValue] = q.rawValue
                }
            default: break
            }
        }

        func organisation(_ id: String) -> String { organisations[id] ?? id }
        func group(_ id: String) -> String { groups[id] ?? id }
    }

    // MARK: Entities

    typealias Side = (id: String, name: String, presence: Presence, fields: [(String, String)])

    static func entities(old: [Side], new: [Side], renames: [String: String]) -> [EntityChange] {
        var oldByID: [String: Side] = [:]
        for e in old where oldByID[e.id] == nil { oldByID[e.id] = e }
        var newByID: [String: Side] = [:]
        for e in new where newByID[e.id] == nil { newByID[e.id] = e }
        let renamedTo = Set(renames.values)
        var out: [EntityChange] = []
        func change(_ kind: EntityChange.Kind, _ e: Side, previous: Side? = nil, details: [String] = [],
                    from: Presence, to: Presence) -> EntityChange {
            EntityChange(
                kind: kind, id: e.id, name: e.name, previousID: previous.flatMap { $0.id == e.id ? nil : $0.id },
                previousName: previous.flatMap { $0.name == e.name ? nil : $0.name }, details: details,
                uncertainOnFrom: from == .uncertain, uncertainOnTo: to == .uncertain)
        }
        for e in old {
            guard oldByID[e.id].map({ $0.id == e.id }) == true else { continue }
            if let n = newByID[e.id] ?? renames[e.id].flatMap({ newByID[$0] }) {
                let details = differences(e.fields, n.fields)
                let renamed = n.id != e.id || n.name != e.name
                switch (e.presence, n.presence) {
                case (.present, .uncertain):
                    out.append(change(.possiblyEnded, n, previous: e, details: details, from: e.presence, to: n.presence))
                case (.uncertain, .present):
                    out.append(change(.confirmed, n, previous: e, details: details, from: e.presence, to: n.presence))
                default:
                    if renamed {
                        out.append(change(.renamed, n, previous: e, details: details, from: e.presence, to: n.presence))
                    } else if !details.isEmpty {
                        out.append(change(.changed, n, details: details, from: e.presence, to: n.presence))
                    }
                }
            } else {
                out.append(change(.ended, e, from: e.presence, to: .absent))
            }
        }
        for n in new where oldByID[n.id] == nil && !renamedTo.contains(n.id) {
            out.append(change(n.presence == .uncertain ? .possiblyAdded : .added, n, from: .absent, to: n.presence))
        }
        return byName(out, name: \.name, id: \.id)
    }

    /// `rows` by name in Swedish order, then by ID.
    static func byName<Row>(_ rows: [Row], name: (Row) -> String, id: (Row) -> String) -> [Row] {
        rows.map { (key: SwedishCollation.key(name($0)), id: id($0), row: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
            .map(\.row)
    }

    /// "key: old → new" for each field that differs.
    static func differences(_ a: [(String, String)], _ b: [(String, String)]) -> [String] {
        let old = Dictionary(a, uniquingKeysWith: { x, _ in x })
        var out: [String] = []
        var seen = Set<String>()
        for (key, value) in b {
            seen.insert(key)
            let before = old[key] ?? ""
            if before != value { out.append("\(key): \(before.isEmpty ? "–" : before) → \(value.isEmpty ? "–" : value)") }
        }
        for (key, value) in a where !seen.contains(key) && !value.isEmpty { out.append("\(key): \(value) → –") }
        return out
    }

    static func dates(_ v: Validity) -> String {
        let end = v.until.map(\.description) ?? (v.unknownEnd.map { $0.before.map { "unknown, before \($0)" } ?? "unknown" } ?? "")
        return v.since == nil && end.isEmpty ? "" : "\(v.since?.description ?? "")–\(end)"
    }

    static func fields(of o: Organisation, in r: Registry) -> [(String, String)] {
        [("kind", o.kind.rawValue), ("level", o.level?.rawValue ?? ""), ("dates", dates(o.validity)),
         ("certainty", r.certainty(of: o).rawValue)]
    }

    static func fields(of g: Group, in r: Registry) -> [(String, String)] {
        [("kind", g.kind.rawValue), ("level", g.level?.rawValue ?? ""), ("dates", dates(g.validity)),
         ("certainty", r.certainty(of: g).rawValue), ("part of", g.partOf?.rawValue ?? ""),
         ("conveners", g.conveners.map(\.rawValue).sorted().joined(separator: ", "))]
    }

    static func fields(of x: Initiative, in r: Registry) -> [(String, String)] {
        [("level", x.level?.rawValue ?? ""), ("dates", dates(x.validity)), ("certainty", r.certainty(of: x).rawValue),
         ("participants", x.participants.map(\.organisation.rawValue).sorted().joined(separator: ", ")),
         ("funded by", x.funders.map(\.rawValue).sorted().joined(separator: ", "))]
    }

    static func fields(of d: StrategyDocument, in r: Registry) -> [(String, String)] {
        [("kind", d.kind.rawValue), ("level", d.level?.rawValue ?? ""), ("dates", dates(d.validity)),
         ("certainty", r.certainty(of: d).rawValue)]
    }

    // MARK: Memberships

    static func memberships(old a: Registry, new b: Registry, renames: RenameMap) -> [MembershipChange] {
        struct Seat: Hashable { var organisation: String, group: String }
        func seats(_ r: Registry, mapped: Bool) -> ([Seat], [Seat: (roles: [String], uncertain: Bool)]) {
            var order: [Seat] = []
            var out: [Seat: (roles: [String], uncertain: Bool)] = [:]
            for (i, m) in r.memberships.enumerated() {
                let seat = Seat(
                    organisation: mapped ? renames.organisation(m.organisation.rawValue) : m.organisation.rawValue,
                    group: mapped ? renames.group(m.group.rawValue) : m.group.rawValue)
                if out[seat] == nil { order.append(seat) }
                var entry = out[seat] ?? ([], true)
                if !entry.roles.contains(m.role.rawValue) { entry.roles.append(m.role.rawValue) }
                entry.uncertain = entry.uncertain && r.uncertain.memberships.contains(i)
                out[seat] = entry
            }
            return (order, out)
        }
        let (oldOrder, oldSeats) = seats(a, mapped: true)
        let (newOrder, newSeats) = seats(b, mapped: false)
        // Names by (mapped) ID: the `to` side's where it has the entity.
        var organisationNames: [String: String] = [:], groupNames: [String: String] = [:]
        for o in a.organisations { organisationNames[renames.organisation(o.id.rawValue)] = o.name }
        for o in b.organisations { organisationNames[o.id.rawValue] = o.name }
        for g in a.groups { groupNames[renames.group(g.id.rawValue)] = g.name }
        for g in b.groups { groupNames[g.id.rawValue] = g.name }
        func change(_ kind: EntityChange.Kind, _ seat: Seat, role: String, details: [String], from: Bool, to: Bool)
            -> MembershipChange
        {
            MembershipChange(
                kind: kind, organisation: seat.organisation,
                organisationName: organisationNames[seat.organisation] ?? seat.organisation, group: seat.group,
                groupName: groupNames[seat.group] ?? seat.group, role: role, details: details, uncertainOnFrom: from,
                uncertainOnTo: to)
        }
        var out: [MembershipChange] = []
        for seat in oldOrder {
            guard let o = oldSeats[seat] else { continue }
            let role = o.roles.sorted().joined(separator: ", ")
            if let n = newSeats[seat] {
                let newRole = n.roles.sorted().joined(separator: ", ")
                let kind: EntityChange.Kind? = switch (o.uncertain, n.uncertain) {
                case (false, true): .possiblyEnded
                case (true, false): .confirmed
                default: role == newRole ? nil : .changed
                }
                if let kind {
                    out.append(change(
                        kind, seat, role: newRole, details: role == newRole ? [] : ["role: \(role) → \(newRole)"],
                        from: o.uncertain, to: n.uncertain))
                }
            } else {
                out.append(change(.ended, seat, role: role, details: [], from: o.uncertain, to: false))
            }
        }
        for seat in newOrder where oldSeats[seat] == nil {
            guard let n = newSeats[seat] else { continue }
            out.append(change(
                n.uncertain ? .possiblyAdded : .added, seat, role: n.roles.sorted().joined(separator: ", "), details: [],
                from: false, to: n.uncertain))
        }
        // By organisation name, then group name (Swedish order), then IDs.
        let keyed = out.map {
            (organisation: SwedishCollation.key($0.organisationName), group: SwedishCollation.key($0.groupName), change: $0)
        }
        return keyed.sorted { x, y in
            if x.organisation != y.organisation { return x.organisation < y.organisation }
            if x.change.organisation != y.change.organisation { return x.change.organisation < y.change.organisation }
            if x.group != y.group { return x.group < y.group }
            return x.change.group < y.change.group
        }.map(\.change)
    }
}
