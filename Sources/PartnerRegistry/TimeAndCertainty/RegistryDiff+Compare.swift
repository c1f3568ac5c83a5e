extension RegistryDiff {
    /// Compares two views: `old` (the `from` side) with `new` (the `to`
    /// side). For two dates of one file, pass two analyses of the same
    /// registry; for two files, analyses of each.
    ///
    /// - Parameters:
    ///   - old: the earlier view (the `from` side).
    ///   - new: the later view (the `to` side).
    ///   - fromLabel: what the `from` side is called in the output (default: its date).
    ///   - toLabel: what the `to` side is called in the output (default: its date).
    ///   - rankMoves: how many of the largest rank moves to keep per measure.
    /// - Complexity: O(V + M + Σ_g s(g)²) for the entities, memberships and
    ///   shared-group pairs, plus two centrality runs per side (O(V·E)).
    public init(from old: RegistryAnalysis, to new: RegistryAnalysis, fromLabel: String? = nil, toLabel: String? = nil,
                rankMoves: Int = 10) throws {
        let a = old.registry, b = new.registry
        var renames = RenameMap()
        for s in old.undatedRegistry.successions + new.undatedRegistry.successions where s.kind == .replaces {
            renames.add(s, old: a, new: b)
        }
        self.from = fromLabel ?? old.asOf.description
        self.to = toLabel ?? new.asOf.description

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
        (pairs, isolation) = Self.partners(old: old.view, new: new.view, renames: renames)
        self.rankMoves = try Self.rankMoves(old: old, new: new, renames: renames, keep: rankMoves)
        brokers = Self.brokers(old: old.brokers(), new: new.brokers(), renames: renames)
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
        return out
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
                    out.append(MembershipChange(
                        kind: kind, organisation: seat.organisation, group: seat.group, role: newRole,
                        details: role == newRole ? [] : ["role: \(role) → \(newRole)"],
                        uncertainOnFrom: o.uncertain, uncertainOnTo: n.uncertain))
                }
            } else {
                out.append(MembershipChange(
                    kind: .ended, organisation: seat.organisation, group: seat.group, role: role, details: [],
                    uncertainOnFrom: o.uncertain, uncertainOnTo: false))
            }
        }
        for seat in newOrder where oldSeats[seat] == nil {
            guard let n = newSeats[seat] else { continue }
            out.append(MembershipChange(
                kind: n.uncertain ? .possiblyAdded : .added, organisation: seat.organisation, group: seat.group,
                role: n.roles.sorted().joined(separator: ", "), details: [], uncertainOnFrom: false,
                uncertainOnTo: n.uncertain))
        }
        return out
    }

    // MARK: Partners

    /// Shared groups of each pair of organisations (IDs, new side's names).
    static func sharedGroups(_ view: NetworkView, mapOrganisation: (String) -> String, mapGroup: (String) -> String)
        -> [PairKey: [String]]
    {
        var out: [PairKey: [String]] = [:]
        for g in view.groupVertices {
            let members = view.graph.neighbors(of: g).map { mapOrganisation(view.node($0).id) }.sorted()
            let group = mapGroup(view.node(g).id)
            for i in members.indices {
                for j in members.indices where j > i && members[i] != members[j] {
                    out[PairKey(first: members[i], second: members[j]), default: []].append(group)
                }
            }
        }
        return out
    }

    struct PairKey: Hashable, Comparable {
        var first: String, second: String
        static func < (x: PairKey, y: PairKey) -> Bool { (x.first, x.second) < (y.first, y.second) }
    }

    static func partners(old: NetworkView, new: NetworkView, renames: RenameMap) -> ([PairChange], [IsolationChange]) {
        let before = sharedGroups(old, mapOrganisation: renames.organisation, mapGroup: renames.group)
        let after = sharedGroups(new, mapOrganisation: { $0 }, mapGroup: { $0 })
        var names: [String: String] = [:]
        for o in old.organisations { names[renames.organisation(o.id.rawValue)] = o.name }
        for o in new.organisations { names[o.id.rawValue] = o.name }
        let onBoth = Set(old.organisations.map { renames.organisation($0.id.rawValue) })
            .intersection(new.organisations.map(\.id.rawValue))
        var pairs: [PairChange] = []
        func pair(_ kind: PairChange.Kind, _ key: PairKey, _ groups: [String]) -> PairChange {
            PairChange(kind: kind, first: key.first, second: key.second, firstName: names[key.first] ?? key.first,
                       secondName: names[key.second] ?? key.second, groups: groups.sorted())
        }
        for key in before.keys.sorted() where after[key] == nil && onBoth.contains(key.first) && onBoth.contains(key.second) {
            pairs.append(pair(.lost, key, before[key] ?? []))
        }
        for key in after.keys.sorted() where before[key] == nil && onBoth.contains(key.first) && onBoth.contains(key.second) {
            pairs.append(pair(.gained, key, after[key] ?? []))
        }
        func partnerCounts(_ shared: [PairKey: [String]]) -> [String: Int] {
            var out: [String: Int] = [:]
            for key in shared.keys { out[key.first, default: 0] += 1; out[key.second, default: 0] += 1 }
            return out
        }
        let partnersBefore = partnerCounts(before), partnersAfter = partnerCounts(after)
        var isolation: [IsolationChange] = []
        for id in onBoth.sorted() {
            let b = partnersBefore[id] ?? 0, n = partnersAfter[id] ?? 0
            if b > 0 && n == 0 {
                isolation.append(IsolationChange(kind: .lostEveryPartner, organisation: id, name: names[id] ?? id, partners: b))
            } else if b == 0 && n > 0 {
                isolation.append(IsolationChange(kind: .foundPartners, organisation: id, name: names[id] ?? id, partners: n))
            }
        }
        return (pairs, isolation)
    }

    // MARK: Ranks and brokers

    static func rankMoves(old: RegistryAnalysis, new: RegistryAnalysis, renames: RenameMap, keep: Int) throws -> [RankMove] {
        // No move kept: the projections they are measured on are not built.
        guard keep > 0 else { return [] }
        var out: [RankMove] = []
        for measure in [CentralityMeasure.degree, .betweenness] {
            let before = try old.centrality(measure, mode: .organisations)
            let after = try new.centrality(measure, mode: .organisations)
            var oldScores: [String: CentralityScore] = [:]
            for s in before.scores { oldScores[renames.organisation(s.id)] = s }
            var moves: [RankMove] = []
            for s in after.scores {
                guard let o = oldScores[s.id], o.rank != s.rank else { continue }
                moves.append(RankMove(
                    measure: measure.rawValue, organisation: s.id, name: s.name, rankFrom: o.rank, rankTo: s.rank,
                    scoreFrom: o.score, scoreTo: s.score))
            }
            moves.sort {
                abs($0.places) != abs($1.places) ? abs($0.places) > abs($1.places)
                    : SwedishCollation.areInIncreasingOrder($0.name, $1.name)
            }
            out += moves.prefix(max(0, keep))
        }
        return out
    }

    static func brokers(old: BrokerReport, new: BrokerReport, renames: RenameMap) -> [BrokerChange] {
        func cuts(_ r: BrokerReport, mapped: Bool) -> [(type: String, id: String, name: String)] {
            var out: [(String, String, String)] = []
            var seen = Set<String>()
            for o in r.projectionCutOrganisations + r.twoModeCutOrganisations {
                let id = mapped ? renames.organisation(o.id.rawValue) : o.id.rawValue
                if seen.insert("organisation:\(id)").inserted { out.append(("organisation", id, o.name)) }
            }
            for g in r.twoModeCutGroups {
                let id = mapped ? renames.group(g.id.rawValue) : g.id.rawValue
                if seen.insert("group:\(id)").inserted { out.append(("group", id, g.name)) }
            }
            return out
        }
        let before = cuts(old, mapped: true), after = cuts(new, mapped: false)
        let beforeKeys = Set(before.map { "\($0.type):\($0.id)" }), afterKeys = Set(after.map { "\($0.type):\($0.id)" })
        var out: [BrokerChange] = []
        for c in before where !afterKeys.contains("\(c.type):\(c.id)") {
            out.append(BrokerChange(kind: .vanished, type: c.type, id: c.id, name: c.name))
        }
        for c in after where !beforeKeys.contains("\(c.type):\(c.id)") {
            out.append(BrokerChange(kind: .new, type: c.type, id: c.id, name: c.name))
        }
        return out
    }
}
