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
    /// - Throws: `RegistryAnalysisError.invalidCount` when `minShared < 1`.
    /// - Complexity: O(Σₒ d(o)² + Σ_g s(g)² + P log P) time, where d(o) is
    ///   the number of groups of organisation o, s(g) the number of members
    ///   of group g and P the number of pairs listed; O(V + P) space.
    ///
    /// Counts and ratios reproduce NetworkX
    /// `bipartite.weighted_projected_graph` and
    /// `bipartite.overlap_weighted_projected_graph` (`jaccard=True/False`)
    /// on the view's two-mode graph (see `Affiliation.groupOverlaps`).
    public func overlaps(
        scope: OverlapScope = .all, minShared: Int = 1, order: OverlapOrder = .jaccard
    ) throws(RegistryAnalysisError) -> OverlapReport {
        guard minShared >= 1 else { throw .invalidCount(parameter: "the least shared count", value: minShared, least: 1) }
        let affiliation = view.groupAffiliation
        var groupPairs: [GroupOverlap] = []
        var containments: [GroupContainment] = []
        var organisationPairs: [OrganisationOverlap] = []
        if scope != .organisations {
            groupPairs = affiliation.groupOverlaps(minShared: minShared).map { groupOverlap($0) }
            containments = affiliation.containments().map { groupContainment($0) }
        }
        if scope != .groups {
            organisationPairs = affiliation.memberOverlaps(minShared: minShared).map { organisationOverlap($0) }
        }
        groupPairs.sort { precedes($0, $1, order: order) }
        organisationPairs.sort { precedes($0, $1, order: order) }
        containments.sort {
            $0.contained.id != $1.contained.id
                ? names.precedes($0.contained, $1.contained)
                : names.precedes($0.container, $1.container)
        }
        return OverlapReport(
            asOf: asOf, minShared: minShared, order: order, groupPairs: groupPairs,
            containments: containments, organisationPairs: organisationPairs)
    }

    private func groupOverlap(_ p: PairOverlap) -> GroupOverlap {
        var (a, b, sizeA, sizeB) = (view.namedGroup(position: p.first), view.namedGroup(position: p.second), p.firstSize, p.secondSize)
        if names.precedes(b, a) { swap(&a, &b); swap(&sizeA, &sizeB) }
        let s = p.sharedCount
        let containment: PairContainment? =
            s == sizeA && s == sizeB ? .identical : s == sizeA ? .firstInSecond : s == sizeB ? .secondInFirst : nil
        return GroupOverlap(
            first: a, second: b, sharedMembers: names.sorted(p.shared.map(view.namedOrganisation)),
            firstSize: sizeA, secondSize: sizeB, jaccard: p.jaccard, overlapCoefficient: p.overlapCoefficient,
            containment: containment)
    }

    private func groupContainment(_ c: Containment) -> GroupContainment {
        var (inner, outer) = (view.namedGroup(position: c.contained), view.namedGroup(position: c.container))
        let kind: ContainmentKind = c.kind == .identical ? .identical : .properSubset
        if kind == .identical && names.precedes(outer, inner) { swap(&inner, &outer) }
        return GroupContainment(
            contained: inner, container: outer, kind: kind, containedSize: c.containedSize,
            containerSize: c.containerSize)
    }

    private func organisationOverlap(_ p: PairOverlap) -> OrganisationOverlap {
        var (a, b, sizeA, sizeB) = (view.namedOrganisation(p.first), view.namedOrganisation(p.second), p.firstSize, p.secondSize)
        if names.precedes(b, a) { swap(&a, &b); swap(&sizeA, &sizeB) }
        return OrganisationOverlap(
            first: a, second: b, sharedGroups: names.sorted(p.shared.map { view.namedGroup(position: $0) }),
            firstGroupCount: sizeA, secondGroupCount: sizeB, jaccard: p.jaccard,
            overlapCoefficient: p.overlapCoefficient)
    }

    private func precedes(_ x: GroupOverlap, _ y: GroupOverlap, order: OverlapOrder) -> Bool {
        precedes(
            (x.jaccard, x.sharedCount, x.first, x.second), (y.jaccard, y.sharedCount, y.first, y.second), order: order)
    }

    private func precedes(_ x: OrganisationOverlap, _ y: OrganisationOverlap, order: OverlapOrder) -> Bool {
        precedes(
            (x.jaccard, x.sharedCount, x.first, x.second), (y.jaccard, y.sharedCount, y.first, y.second), order: order)
    }

    private func precedes<K>(
        _ x: (Double, Int, Named<K>, Named<K>), _ y: (Double, Int, Named<K>, Named<K>), order: OverlapOrder
    ) -> Bool {
        switch order {
        case .jaccard:
            if x.0 != y.0 { return x.0 > y.0 }
            if x.1 != y.1 { return x.1 > y.1 }
        case .shared:
            if x.1 != y.1 { return x.1 > y.1 }
            if x.0 != y.0 { return x.0 > y.0 }
        case .name:
            break
        }
        if x.2 != y.2 { return names.precedes(x.2, y.2) }
        return names.precedes(x.3, y.3)
    }
}
