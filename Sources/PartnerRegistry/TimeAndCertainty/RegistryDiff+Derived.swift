import NetworkAnalysis

// What a diff derives beyond the facts — pairs, partners, rank moves, cut
// vertices — each on the possible networks of both sides and on the sure
// ones (see `RegistryDiff`).

/// One side of a diff: the view (the possible network) and its sure
/// network, each with its organisations' shared groups at hand.
struct DiffSide {
    let possible: RegistryAnalysis
    /// The sure network's analysis; nil when nothing on this side is
    /// uncertain, so that the sure network is the possible one.
    let sure: RegistryAnalysis?
    let possibleGroups: Affiliation
    let sureGroups: Affiliation
    /// For each organisation position of the possible view, its position
    /// in the sure view; -1 for an organisation not in the sure network.
    let surePosition: [Int32]

    /// Builds the sure network once (`RegistryAnalysis.sureAnalysis`).
    /// O(V + M).
    init(_ analysis: RegistryAnalysis) {
        possible = analysis
        sure = analysis.sureAnalysis
        possibleGroups = analysis.view.groupAffiliation
        if let sure {
            sureGroups = sure.view.groupAffiliation
            surePosition = analysis.view.organisations.map { sure.view.vertex(of: $0.id) ?? -1 }
        } else {
            sureGroups = possibleGroups
            surePosition = Array(analysis.view.organisationVertices)
        }
    }

    var view: NetworkView { possible.view }
    var sureAnalysis: RegistryAnalysis { sure ?? possible }

    /// Whether the organisation at possible position `a` is in the sure network.
    func isSure(_ a: Int32) -> Bool { surePosition[Int(a)] >= 0 }

    /// Whether the organisations at possible positions `a` and `b` share a
    /// group on the possible network, and on the sure one.
    func sharePossibly(_ a: Int32, _ b: Int32) -> Bool { possibleGroups.shareAGroup(a, b) }
    func shareSurely(_ a: Int32, _ b: Int32) -> Bool {
        let x = surePosition[Int(a)], y = surePosition[Int(b)]
        return x >= 0 && y >= 0 && sureGroups.shareAGroup(x, y)
    }

    /// Each organisation's partners (organisations it shares a group with)
    /// on the possible network, by possible position, and on the sure one,
    /// nil for an organisation not in it. O(Σ_g s(g)²) time, O(V) space.
    func partnerCounts() throws -> (possible: [Int], sure: [Int?]) {
        let possibleCounts = try view.twoModeGraph().projectedDegrees(onto: .top)
        guard let sure else { return (possibleCounts, possibleCounts) }
        let sureCounts = try sure.view.twoModeGraph().projectedDegrees(onto: .top)
        return (possibleCounts, surePosition.map { $0 >= 0 ? sureCounts[Int($0)] : nil })
    }
}

/// Organisations on both sides of a diff, matched by ID after renames.
struct MatchedOrganisations {
    /// The `to` position of each `from` position; -1 when not on `to`.
    let newPosition: [Int32]
    /// The `from` position of each `to` position; -1 when not on `from`.
    let oldPosition: [Int32]
    /// The place of each `to` position in name order (Swedish, then ID).
    let nameRank: [Int]

    init(old: DiffSide, new: DiffSide, renames: RegistryDiff.RenameMap) {
        let to = new.view
        newPosition = old.view.organisations.map {
            to.vertex(of: OrganisationID(renames.organisation($0.id.rawValue))) ?? -1
        }
        var back = [Int32](repeating: -1, count: to.organisationCount)
        for (a, x) in newPosition.enumerated() where x >= 0 && back[Int(x)] < 0 { back[Int(x)] = Int32(a) }
        oldPosition = back
        let order = to.organisations.indices.map { (key: SwedishCollation.key(to.organisations[$0].name), index: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : to.organisations[$0.index].id < to.organisations[$1.index].id }
        var rank = [Int](repeating: 0, count: to.organisationCount)
        for (place, entry) in order.enumerated() { rank[entry.index] = place }
        nameRank = rank
    }
}

extension RegistryDiff {
    /// The change a statement about one side makes between the sides, on
    /// the possible networks or else on the sure ones (`sure` is nil where
    /// the statement is not defined on the sure networks), and whether each
    /// side is uncertain: its two networks disagree.
    struct Statement {
        var possibleFrom: Bool, possibleTo: Bool
        var sureFrom: Bool, sureTo: Bool
        var sureDefined = true

        /// `true`: the statement became true (gained, found, new);
        /// `false`: it became false (lost, vanished); nil: no change on
        /// either pair of networks.
        var change: Bool? {
            if possibleFrom != possibleTo { return possibleTo }
            if sureDefined && sureFrom != sureTo { return sureTo }
            return nil
        }

        var uncertainOnFrom: Bool { possibleFrom != sureFrom }
        var uncertainOnTo: Bool { possibleTo != sureTo }
    }

    // MARK: Pairs

    /// A pair kept for the list, by `to` positions (`first` before `second`
    /// by name) and `from` positions.
    struct PairCandidate {
        var first: Int32, second: Int32
        var oldFirst: Int32, oldSecond: Int32
        var uncertainOnFrom: Bool, uncertainOnTo: Bool
    }

    /// Pairs of organisations on both sides that lost their last shared
    /// group, and pairs that gained their first, counted as they are met:
    /// the lost ones by walking the pairs of the `from` network, the gained
    /// ones by walking those of the `to` network. A pair the sure networks
    /// alone see change is met too: it shares a group on both possible
    /// networks.
    static func pairs(
        old: DiffSide, new: DiffSide, matched: MatchedOrganisations, renames: RenameMap, limit: Int?
    ) -> ([PairChange], PairTotals) {
        let rank = matched.nameRank
        let nameOrder: (PairCandidate, PairCandidate) -> Bool = { x, y in
            let (a, b) = (rank[Int(x.first)], rank[Int(y.first)])
            return a != b ? a < b : rank[Int(x.second)] < rank[Int(y.second)]
        }
        func candidate(_ x: Int32, _ y: Int32, _ a: Int32, _ b: Int32, _ s: Statement) -> PairCandidate {
            rank[Int(x)] < rank[Int(y)]
                ? PairCandidate(first: x, second: y, oldFirst: a, oldSecond: b, uncertainOnFrom: s.uncertainOnFrom,
                                uncertainOnTo: s.uncertainOnTo)
                : PairCandidate(first: y, second: x, oldFirst: b, oldSecond: a, uncertainOnFrom: s.uncertainOnFrom,
                                uncertainOnTo: s.uncertainOnTo)
        }
        func statement(_ a: Int32, _ b: Int32, _ x: Int32, _ y: Int32, possibleFrom: Bool, possibleTo: Bool) -> Statement {
            Statement(
                possibleFrom: possibleFrom, possibleTo: possibleTo, sureFrom: old.shareSurely(a, b),
                sureTo: new.shareSurely(x, y),
                sureDefined: old.isSure(a) && old.isSure(b) && new.isSure(x) && new.isSure(y))
        }
        var totals = PairTotals()
        var lost = BoundedSelection<PairCandidate>(limit: limit, by: nameOrder)
        old.possibleGroups.forEachMemberPair { a, b, _ in
            let x = matched.newPosition[Int(a)], y = matched.newPosition[Int(b)]
            guard x >= 0, y >= 0, x != y else { return }
            let s = statement(a, b, x, y, possibleFrom: true, possibleTo: new.sharePossibly(x, y))
            guard s.change == false else { return }
            lost.insert(candidate(x, y, a, b, s))
            totals.lost += 1
            if !s.uncertainOnFrom && !s.uncertainOnTo { totals.surelyLost += 1 }
        }
        var gained = BoundedSelection<PairCandidate>(limit: limit, by: nameOrder)
        new.possibleGroups.forEachMemberPair { x, y, _ in
            let a = matched.oldPosition[Int(x)], b = matched.oldPosition[Int(y)]
            guard a >= 0, b >= 0, a != b else { return }
            let s = statement(a, b, x, y, possibleFrom: old.sharePossibly(a, b), possibleTo: true)
            guard s.change == true else { return }
            gained.insert(candidate(x, y, a, b, s))
            totals.gained += 1
            if !s.uncertainOnFrom && !s.uncertainOnTo { totals.surelyGained += 1 }
        }

        let to = new.view, from = old.view
        func named(_ groups: [Int32], in view: NetworkView, mapped: Bool) -> [NamedGroup] {
            let list = groups.map { j -> NamedGroup in
                let g = view.groups[Int(j)]
                let id = mapped ? renames.group(g.id.rawValue) : g.id.rawValue
                let name = mapped ? to.vertex(of: GroupID(id)).map { to.name($0) } ?? g.name : g.name
                return NamedGroup(id: GroupID(id), name: name, uncertain: view.uncertain.groups.contains(g.id))
            }
            return byName(list, name: \.name, id: \.id.rawValue)
        }
        func change(_ kind: PairChange.Kind, _ p: PairCandidate) -> PairChange {
            let (x, y) = (to.organisations[Int(p.first)], to.organisations[Int(p.second)])
            let groups = kind == .lost
                ? named(old.possibleGroups.sharedGroups(p.oldFirst, p.oldSecond), in: from, mapped: true)
                : named(new.possibleGroups.sharedGroups(p.first, p.second), in: to, mapped: false)
            return PairChange(
                kind: kind, first: x.id.rawValue, second: y.id.rawValue, firstName: x.name, secondName: y.name,
                groups: groups, uncertainOnFrom: p.uncertainOnFrom, uncertainOnTo: p.uncertainOnTo)
        }
        return (lost.sorted().map { change(.lost, $0) } + gained.sorted().map { change(.gained, $0) }, totals)
    }

    // MARK: Partners

    /// Organisations on both sides that lost every partner, or had none and
    /// found one, on the possible networks or else on the sure ones.
    static func isolation(old: DiffSide, new: DiffSide, matched: MatchedOrganisations) throws -> [IsolationChange] {
        let before = try old.partnerCounts(), after = try new.partnerCounts()
        var out: [IsolationChange] = []
        for x in new.view.organisationVertices {
            let a = matched.oldPosition[Int(x)]
            guard a >= 0 else { continue }
            let sureFrom = before.sure[Int(a)], sureTo = after.sure[Int(x)]
            let s = Statement(
                possibleFrom: before.possible[Int(a)] > 0, possibleTo: after.possible[Int(x)] > 0,
                sureFrom: (sureFrom ?? 0) > 0, sureTo: (sureTo ?? 0) > 0, sureDefined: sureFrom != nil && sureTo != nil)
            guard let found = s.change else { continue }
            let o = new.view.organisations[Int(x)]
            out.append(IsolationChange(
                kind: found ? .foundPartners : .lostEveryPartner, organisation: o.id.rawValue, name: o.name,
                partners: found ? after.possible[Int(x)] : before.possible[Int(a)], sure: found ? sureTo : sureFrom,
                uncertainOnFrom: s.uncertainOnFrom, uncertainOnTo: s.uncertainOnTo))
        }
        return byName(out, name: \.name, id: \.organisation)
    }

    // MARK: Ranks

    /// The largest moves in degree and betweenness rank on the organisation
    /// network (possible networks), each with its ranks on the sure networks
    /// and whether its own ties changed.
    static func rankMoves(
        old: DiffSide, new: DiffSide, matched: MatchedOrganisations, renames: RenameMap, keep: Int
    ) throws -> [RankMove] {
        // No move kept: the projections they are measured on are not built.
        guard keep > 0 else { return [] }
        var out: [RankMove] = []
        for measure in [CentralityMeasure.degree, .betweenness] {
            let possibleFrom = try ranks(old.possible, measure, renames: renames)
            let sureFrom = try old.sure.map { try ranks($0, measure, renames: renames) } ?? possibleFrom
            let possibleTo = try ranks(new.possible, measure, renames: nil)
            let sureTo = try new.sure.map { try ranks($0, measure, renames: nil) } ?? possibleTo
            var moves: [RankMove] = []
            for x in new.view.organisationVertices {
                let o = new.view.organisations[Int(x)], id = o.id.rawValue
                guard let before = possibleFrom[id], let after = possibleTo[id], before.rank != after.rank else { continue }
                let sure = SureRankMove(
                    rankFrom: sureFrom[id]?.rank, rankTo: sureTo[id]?.rank, scoreFrom: sureFrom[id]?.score,
                    scoreTo: sureTo[id]?.score)
                moves.append(RankMove(
                    measure: measure.rawValue, organisation: id, name: o.name, rankFrom: before.rank, rankTo: after.rank,
                    scoreFrom: before.score, scoreTo: after.score,
                    cause: ownTiesChanged(x, old: old, new: new, matched: matched, renames: renames) ? .ownTies : .others,
                    sure: sure))
            }
            let keyed = moves.map { (key: SwedishCollation.key($0.name), move: $0) }.sorted { x, y in
                let (p, q) = (abs(x.move.places), abs(y.move.places))
                if p != q { return p > q }
                return x.key != y.key ? x.key < y.key : x.move.organisation < y.move.organisation
            }
            out += keyed.prefix(keep).map(\.move)
        }
        return out
    }

    /// Each organisation's rank and score by `measure` on the organisation
    /// network of `analysis`, by ID (mapped through `renames` for the
    /// `from` side): the ranking `RegistryAnalysis.centrality` makes, on
    /// one network only.
    static func ranks(_ analysis: RegistryAnalysis, _ measure: CentralityMeasure, renames: RenameMap?) throws
        -> [String: (rank: Int, score: Double)]
    {
        let view = analysis.view
        let (vertices, values, _) = try CentralityKernel.values(
            CentralityOptions(measure, mode: .organisations), on: try view.twoModeGraph(), progress: nil)
        var out: [String: (rank: Int, score: Double)] = [:]
        out.reserveCapacity(vertices.count)
        for place in CentralityRanking.places(values, name: { view.name(vertices[$0]) }) {
            let id = view.node(vertices[place.index]).id
            out[renames?.organisation(id) ?? id] = (place.rank, values[place.index])
        }
        return out
    }

    /// Whether the organisation at `to` position `x` sits in other groups
    /// on the two sides (possible networks; `from` groups after renames).
    static func ownTiesChanged(
        _ x: Int32, old: DiffSide, new: DiffSide, matched: MatchedOrganisations, renames: RenameMap
    ) -> Bool {
        let a = matched.oldPosition[Int(x)]
        guard a >= 0 else { return true }
        let before = Set(old.possibleGroups.groups(of: a).map { renames.group(old.view.groups[Int($0)].id.rawValue) })
        let after = Set(new.possibleGroups.groups(of: x).map { new.view.groups[Int($0)].id.rawValue })
        return before != after
    }

    // MARK: Cut vertices

    /// A cut vertex of a network, keyed by type and (mapped) ID.
    struct Cut: Hashable {
        var type: String, id: String
    }

    /// The cut vertices of `analysis`'s network: organisations of the
    /// organisation network or the two-mode one, groups of the two-mode one,
    /// with their names. The organisation network's are found on the
    /// two-mode graph, without building the projection.
    static func cuts(_ analysis: RegistryAnalysis, renames: RenameMap?) throws -> [Cut: String] {
        let view = analysis.view
        var out: [Cut: String] = [:]
        for v in view.graph.articulationPoints() {
            let id = view.node(v).id
            if view.isOrganisation(v) {
                out[Cut(type: "organisation", id: renames?.organisation(id) ?? id)] = view.name(v)
            } else {
                out[Cut(type: "group", id: renames?.group(id) ?? id)] = view.name(v)
            }
        }
        // Organisations are the two-mode graph's top vertices 0..<n, in order.
        for v in try view.twoModeGraph().projectedArticulationPoints(onto: .top) {
            let id = view.node(v).id
            out[Cut(type: "organisation", id: renames?.organisation(id) ?? id)] = view.name(v)
        }
        return out
    }

    /// Cut vertices that appeared or vanished, on the possible networks or
    /// else on the sure ones.
    static func brokers(old: DiffSide, new: DiffSide, renames: RenameMap) throws -> [BrokerChange] {
        let possibleFrom = try cuts(old.possible, renames: renames), possibleTo = try cuts(new.possible, renames: nil)
        let sureFrom = try old.sure.map { try cuts($0, renames: renames) } ?? possibleFrom
        let sureTo = try new.sure.map { try cuts($0, renames: nil) } ?? possibleTo
        var keys = Set(possibleFrom.keys)
        keys.formUnion(possibleTo.keys)
        keys.formUnion(sureFrom.keys)
        keys.formUnion(sureTo.keys)
        var out: [BrokerChange] = []
        for key in keys {
            let s = Statement(
                possibleFrom: possibleFrom[key] != nil, possibleTo: possibleTo[key] != nil,
                sureFrom: sureFrom[key] != nil, sureTo: sureTo[key] != nil)
            guard let appeared = s.change else { continue }
            let name = possibleTo[key] ?? sureTo[key] ?? possibleFrom[key] ?? sureFrom[key] ?? key.id
            out.append(BrokerChange(
                kind: appeared ? .new : .vanished, type: key.type, id: key.id, name: name,
                uncertainOnFrom: s.uncertainOnFrom, uncertainOnTo: s.uncertainOnTo))
        }
        return byName(out, name: \.name, id: { "\($0.type):\($0.id)" })
    }
}
