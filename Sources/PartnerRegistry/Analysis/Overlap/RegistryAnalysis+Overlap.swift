import NetworkAnalysis

extension RegistryAnalysis {
    /// Overlap between groups (shared members, Jaccard index, overlap
    /// coefficient, containment) and between organisations (shared groups).
    ///
    /// Definition: group `A`'s members are the organisations joined to it
    /// in the view (conveners included unless the filter says otherwise);
    /// for groups `A ≠ B` sharing `s = |A ∩ B|` members,
    /// `jaccard = s / |A ∪ B|` and `overlapCoefficient = s / min(|A|, |B|)`.
    /// `A` is contained in `B` when it is non-empty and `A ⊆ B`. Organisation
    /// pairs are the same computation with the roles of groups and members
    /// swapped. Pairs sharing nothing are never listed.
    ///
    /// - Parameters:
    ///   - scope: `.groups` (group pairs and containments),
    ///     `.organisations` (organisation pairs) or `.all`.
    ///   - minShared: the least number of shared members (group pairs) or
    ///     shared groups (organisation pairs) for a pair to be listed, ≥ 1.
    ///     Containments are listed whatever it is.
    ///   - order: how the pair lists are sorted.
    ///   - limit: list at most this many pairs of each kind (group pairs,
    ///     containments, organisation pairs), the first in `order`; nil
    ///     lists all. The report's totals count every pair either way.
    /// - Throws: `RegistryAnalysisError.invalidCount` when `minShared < 1`
    ///   or `limit < 0`.
    /// - Complexity: O(Σₒ d(o)² + Σ_g s(g)² + P log P) time, where d(o) is
    ///   the number of groups of organisation o, s(g) the number of members
    ///   of group g and P the number of pairs listed; O(V + P) space.
    ///
    /// Counts and ratios reproduce NetworkX
    /// `bipartite.weighted_projected_graph` and
    /// `bipartite.overlap_weighted_projected_graph` (`jaccard=True/False`)
    /// on the view's two-mode graph (see `Affiliation.groupOverlaps`).
    ///
    /// Sure and possible: where some of the view is only possibly there,
    /// the lists are those of the possible network (the view), ranked and
    /// cut by its figures, and every listed pair and containment carries
    /// the same figures on the sure network (`sure`; nil when one of the
    /// two is not in it), found by merging the two groups' (or
    /// organisations') rows on `sureAnalysis`: O(K·s̄) more for the K listed
    /// entries, nothing quadratic. The sure network is part of the possible
    /// one, so a pair that shares something surely is always listed (when
    /// `minShared` and `limit` let it be); a containment that holds only
    /// on the sure network shows in its group pair's sure `containment`.
    public func overlaps(
        scope: OverlapScope = .all, minShared: Int = 1, order: OverlapOrder = .jaccard, limit: Int? = nil
    ) throws(RegistryAnalysisError) -> OverlapReport {
        guard minShared >= 1 else { throw .invalidCount(parameter: "the least shared count", value: minShared, least: 1) }
        if let limit, limit < 0 { throw .invalidCount(parameter: "the pair limit", value: limit, least: 0) }
        let affiliation = view.groupAffiliation
        var report = OverlapReport(
            asOf: asOf, minShared: minShared, order: order, groupPairs: [], containments: [], organisationPairs: [])
        report.limit = limit
        report.language = registry.language
        let sure = SureOverlaps(self)
        if scope != .organisations {
            let rank = ranks(count: affiliation.groupCount) { view.namedGroup(position: Int32($0)) }
            let (pairs, containments) = affiliation.groupOverlapsAndContainments(
                minShared: minShared, limit: limit, pairsBy: pairOrder(order, rank: rank),
                containmentsBy: { x, y in Self.containmentPrecedes(x, y, rank: rank) })
            report.groupPairs = pairs.pairs.map { groupOverlap($0, sure: sure) }
            report.groupPairTotal = pairs.total
            report.containments = containments.pairs.map { groupContainment($0, sure: sure) }
            report.containmentTotal = containments.total
        }
        if scope != .groups {
            let rank = ranks(count: affiliation.memberCount) { view.namedOrganisation(Int32($0)) }
            let pairs = affiliation.memberOverlaps(minShared: minShared, limit: limit, by: pairOrder(order, rank: rank))
            report.organisationPairs = pairs.pairs.map { organisationOverlap($0, sure: sure) }
            report.organisationPairTotal = pairs.total
        }
        return report
    }

    /// The first `limit` pairs of groups sharing at least `minShared`
    /// members in `order`, and how many such pairs there are: the group
    /// pairs of `overlaps(scope:minShared:order:limit:)` without its
    /// containments, each with its figures on the sure network.
    ///
    /// - Throws: `RegistryAnalysisError.invalidCount` when `minShared < 1`
    ///   or `limit < 0`.
    /// - Complexity: O(Σₒ d(o)² + P log K) time and O(V + K) space, as
    ///   `overlaps(scope:minShared:order:limit:)`.
    public func groupOverlaps(
        minShared: Int = 1, order: OverlapOrder = .jaccard, limit: Int? = nil
    ) throws(RegistryAnalysisError) -> RankedPairs<GroupOverlap> {
        guard minShared >= 1 else { throw .invalidCount(parameter: "the least shared count", value: minShared, least: 1) }
        if let limit, limit < 0 { throw .invalidCount(parameter: "the pair limit", value: limit, least: 0) }
        let affiliation = view.groupAffiliation
        let rank = ranks(count: affiliation.groupCount) { view.namedGroup(position: Int32($0)) }
        return groupOverlaps(affiliation, minShared: minShared, order: order, limit: limit, rank: rank)
    }

    private func groupOverlaps(
        _ affiliation: Affiliation, minShared: Int, order: OverlapOrder, limit: Int?, rank: [Int]
    ) -> RankedPairs<GroupOverlap> {
        let pairs = affiliation.groupOverlaps(minShared: minShared, limit: limit, by: pairOrder(order, rank: rank))
        let sure = SureOverlaps(self)
        return RankedPairs(pairs: pairs.pairs.map { groupOverlap($0, sure: sure) }, total: pairs.total)
    }

    /// The name-order place of each of `count` entities (`named(i)` is entity `i`).
    private func ranks<K>(count: Int, _ named: (Int) -> Named<K>) -> [Int] {
        let entities = (0 ..< count).map(named)
        var rank = [Int](repeating: 0, count: count)
        for (place, i) in entities.indices.sorted(by: { names.precedes(entities[$0], entities[$1]) }).enumerated() {
            rank[i] = place
        }
        return rank
    }

    /// `order` on counted pairs, as the listed ones are sorted: the ratio
    /// or count asked for, then the pair's two entities in name order.
    /// (Plain comparisons, no tuples: this runs once per pair of a star.)
    private func pairOrder(_ order: OverlapOrder, rank: [Int]) -> (PairCount, PairCount) -> Bool {
        { x, y in
            switch order {
            case .jaccard:
                let (jx, jy) = (x.jaccard, y.jaccard)
                if jx != jy { return jx > jy }
                if x.sharedCount != y.sharedCount { return x.sharedCount > y.sharedCount }
            case .shared:
                if x.sharedCount != y.sharedCount { return x.sharedCount > y.sharedCount }
                let (jx, jy) = (x.jaccard, y.jaccard)
                if jx != jy { return jx > jy }
            case .name:
                break
            }
            return Self.namePrecedes(rank[Int(x.first)], rank[Int(x.second)], rank[Int(y.first)], rank[Int(y.second)])
        }
    }

    /// Whether the pair of name places {a, b} sorts before {c, d}: by the
    /// first of each by name, then the second.
    private static func namePrecedes(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Bool {
        let (x1, x2) = a < b ? (a, b) : (b, a)
        let (y1, y2) = c < d ? (c, d) : (d, c)
        return x1 != y1 ? x1 < y1 : x2 < y2
    }

    /// Containments by the contained group's name, then its container's
    /// (for identical members, the one first by name is reported as contained).
    private static func containmentPrecedes(_ x: Containment, _ y: Containment, rank: [Int]) -> Bool {
        func places(_ c: Containment) -> (Int, Int) {
            let (a, b) = (rank[Int(c.contained)], rank[Int(c.container)])
            return c.kind == .identical && b < a ? (b, a) : (a, b)
        }
        let (a, b) = places(x), (c, d) = places(y)
        return a != c ? a < c : b < d
    }

    private func groupOverlap(_ p: PairOverlap, sure: SureOverlaps?) -> GroupOverlap {
        var (a, b, sizeA, sizeB) = (view.namedGroup(position: p.first), view.namedGroup(position: p.second), p.firstSize, p.secondSize)
        if names.precedes(b, a) { swap(&a, &b); swap(&sizeA, &sizeB) }
        // A partial member list says nothing of who is missing: no
        // containment is read from it.
        let partial = hasPartialMemberList(a) || hasPartialMemberList(b)
        var overlap = GroupOverlap(
            first: a, second: b, sharedMembers: names.sorted(p.shared.map(view.namedOrganisation)),
            firstSize: sizeA, secondSize: sizeB, jaccard: p.jaccard, overlapCoefficient: p.overlapCoefficient,
            containment: Self.pairContainment(shared: p.sharedCount, sizeA, sizeB, partial: partial))
        if let sure { overlap.sure = sure.groupOverlap(overlap, partial: partial) }
        return overlap
    }

    /// How two member sets of sizes `a` and `b` sharing `shared` nest; nil
    /// when neither holds the other, or when a member list is partial.
    static func pairContainment(shared s: Int, _ a: Int, _ b: Int, partial: Bool) -> PairContainment? {
        partial ? nil
            : s == a && s == b ? .identical : s == a ? .firstInSecond : s == b ? .secondInFirst : nil
    }

    private func groupContainment(_ c: Containment, sure: SureOverlaps?) -> GroupContainment {
        var (inner, outer) = (view.namedGroup(position: c.contained), view.namedGroup(position: c.container))
        let partial = hasPartialMemberList(inner) || hasPartialMemberList(outer)
        let kind: ContainmentKind = partial ? .partialMemberList : c.kind == .identical ? .identical : .properSubset
        if kind == .identical && names.precedes(outer, inner) { swap(&inner, &outer) }
        var containment = GroupContainment(
            contained: inner, container: outer, kind: kind, containedSize: c.containedSize,
            containerSize: c.containerSize)
        if let sure { containment.sure = sure.containment(containment, partial: partial) }
        return containment
    }

    /// Whether the registry records only some of `group`'s members.
    private func hasPartialMemberList(_ group: NamedGroup) -> Bool {
        registry.group(group.id)?.hasPartialMemberList == true
    }

    private func organisationOverlap(_ p: PairOverlap, sure: SureOverlaps?) -> OrganisationOverlap {
        var (a, b, sizeA, sizeB) = (view.namedOrganisation(p.first), view.namedOrganisation(p.second), p.firstSize, p.secondSize)
        if names.precedes(b, a) { swap(&a, &b); swap(&sizeA, &sizeB) }
        var overlap = OrganisationOverlap(
            first: a, second: b, sharedGroups: names.sorted(p.shared.map { view.namedGroup(position: $0) }),
            firstGroupCount: sizeA, secondGroupCount: sizeB, jaccard: p.jaccard,
            overlapCoefficient: p.overlapCoefficient)
        if let sure { overlap.sure = sure.organisationOverlap(overlap) }
        return overlap
    }
}

/// The sure network's memberships, for giving each listed pair and
/// containment its sure figures: one row merge per entry, never a walk
/// over every pair.
struct SureOverlaps {
    /// The sure network (`RegistryAnalysis.sureAnalysis`).
    let view: NetworkView
    /// Its groups' member rows (`view.groupAffiliation`).
    let groups: Affiliation
    /// Its organisations' group rows (`groups.transposed`).
    let organisations: Affiliation

    /// Nil when nothing in `analysis` is uncertain (every figure is its own sure value).
    init?(_ analysis: RegistryAnalysis) {
        guard let sure = analysis.sureAnalysis else { return nil }
        view = sure.view
        groups = view.groupAffiliation
        organisations = groups.transposed
    }

    private func position(_ id: GroupID) -> Int32? { view.vertex(of: id).map { $0 - Int32(view.organisationCount) } }

    /// The pair's figures on the sure network; nil when a group is not in it.
    func groupOverlap(_ p: GroupOverlap, partial: Bool) -> SureGroupOverlap? {
        guard let a = position(p.first.id), let b = position(p.second.id) else { return nil }
        let shared = Set(groups.sharedColumns(a, b).map { view.organisations[Int($0)].id })
        let (sizeA, sizeB) = (groups.size(of: a), groups.size(of: b))
        let count = PairCount(
            first: min(a, b), second: max(a, b), sharedCount: shared.count, firstSize: sizeA, secondSize: sizeB)
        // The sure network is part of the possible one: its shared members
        // are among the pair's, already named and in name order.
        return SureGroupOverlap(
            sharedMembers: p.sharedMembers.filter { shared.contains($0.id) }, firstSize: sizeA, secondSize: sizeB,
            jaccard: count.jaccard, overlapCoefficient: count.overlapCoefficient,
            containment: RegistryAnalysis.pairContainment(shared: shared.count, sizeA, sizeB, partial: partial))
    }

    /// The containment's pair on the sure network; nil when a group is not in it.
    func containment(_ c: GroupContainment, partial: Bool) -> SureContainment? {
        guard let inner = position(c.contained.id), let outer = position(c.container.id) else { return nil }
        let shared = groups.sharedColumns(inner, outer).count
        let (a, b) = (groups.size(of: inner), groups.size(of: outer))
        let kind: ContainmentKind? = a == 0 || shared < a ? nil
            : partial ? .partialMemberList : shared == b ? .identical : .properSubset
        return SureContainment(kind: kind, containedSize: a, containerSize: b, sharedCount: shared)
    }

    /// The pair's figures on the sure network; nil when an organisation is not in it.
    func organisationOverlap(_ p: OrganisationOverlap) -> SureOrganisationOverlap? {
        guard let a = view.vertex(of: p.first.id), let b = view.vertex(of: p.second.id) else { return nil }
        let shared = Set(organisations.sharedColumns(a, b).map { view.groups[Int($0)].id })
        let (sizeA, sizeB) = (organisations.size(of: a), organisations.size(of: b))
        let count = PairCount(
            first: min(a, b), second: max(a, b), sharedCount: shared.count, firstSize: sizeA, secondSize: sizeB)
        return SureOrganisationOverlap(
            sharedGroups: p.sharedGroups.filter { shared.contains($0.id) }, firstGroupCount: sizeA,
            secondGroupCount: sizeB, jaccard: count.jaccard, overlapCoefficient: count.overlapCoefficient)
    }
}
