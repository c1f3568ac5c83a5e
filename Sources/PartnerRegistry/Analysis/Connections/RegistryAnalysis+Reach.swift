import NetworkAnalysis

extension RegistryAnalysis {
    /// Every partner `from` reaches within `steps` steps (organisation →
    /// group → organisation counts one step), the groups on the way, and,
    /// when `without` names a group, what `from` would lose if that group
    /// were dissolved.
    ///
    /// Definition: a partner's step count is half its hop distance from
    /// `from` in the two-mode graph (restricted to what the filter keeps;
    /// `from` is always kept). A group's step count is the step count of
    /// the partners met in it (its hop distance plus one, halved). A
    /// partner is lost when it is within reach with every group present and
    /// out of reach without `without`; it is lengthened when it stays
    /// within reach but needs more steps.
    ///
    /// - Parameters:
    ///   - from: the organisation whose reach is measured.
    ///   - steps: the step bound, ≥ 1.
    ///   - without: a group to imagine dissolved, or nil.
    /// - Throws: `RegistryAnalysisError` when `from` or `without` is unknown, not in
    ///   the registry on the date, or (for the group) filtered out, or when
    ///   `steps < 1`.
    /// - Complexity: O(V + E) time and O(V) space per breadth-first search
    ///   (two when `without` is given), V and E the vertices and edges of
    ///   the two-mode graph, plus sorting the R results by name,
    ///   O(R log R).
    ///
    /// Reproduces NetworkX `single_source_shortest_path_length(B, from,
    /// cutoff=2·steps)` on the two-mode graph `B` (halved), and for the loss
    /// the same on `B` without the group's vertex.
    ///
    /// Sure and possible: where the view holds anything only possibly, the
    /// same reach is measured on the sure network (`sureAnalysis`), once:
    /// each partner's and group's `sure` is its distance there (nil when
    /// not within the bound), and the report's `sure` holds the counts and,
    /// with `without`, the partners lost or farther away there (none when
    /// the group is itself only possibly there). When `from` is not in the
    /// sure network, the report's `sure` and every distance's are nil.
    /// The search runs twice (four times with `without`).
    public func reach(from: OrganisationID, steps: Int, without: GroupID? = nil) throws(RegistryAnalysisError) -> PartnerReach {
        var result = try reachOnView(from: from, steps: steps, without: without)
        result.language = registry.language
        result.untied = untied(from, in: try view(including: [from]))
        guard let sureAnalysis else { return result }
        guard sureAnalysis.registry.organisation(from) != nil else {
            // Only possibly there: nothing is surely within its reach.
            result.sure = nil
            for i in result.partners.indices { result.partners[i].sure = nil }
            for i in result.groups.indices { result.groups[i].sure = nil }
            for i in result.lost.indices { result.lost[i].sure = nil }
            return result
        }
        // A group only possibly there is not in the sure network: without
        // it, the sure network loses nothing.
        let dissolved = without.flatMap { sureAnalysis.view.vertex(of: $0) == nil ? nil : $0 }
        let sure = try sureAnalysis.reachOnView(from: from, steps: steps, without: dissolved)
        let partnerSteps = Dictionary(uniqueKeysWithValues: sure.partners.map { ($0.organisation.id, $0.steps) })
        let groupSteps = Dictionary(uniqueKeysWithValues: sure.groups.map { ($0.group.id, $0.steps) })
        for i in result.partners.indices { result.partners[i].sure = partnerSteps[result.partners[i].organisation.id] }
        for i in result.groups.indices { result.groups[i].sure = groupSteps[result.groups[i].group.id] }
        for i in result.lost.indices { result.lost[i].sure = partnerSteps[result.lost[i].organisation.id] }
        result.sure = sure.figures
        return result
    }

    /// The reach on this analysis' own view, every distance its own sure value.
    private func reachOnView(from: OrganisationID, steps: Int, without: GroupID?) throws(RegistryAnalysisError) -> PartnerReach {
        guard steps >= 1 else { throw .invalidCount(parameter: "the number of steps", value: steps, least: 1) }
        let view = try view(including: [from])
        guard let a = view.vertex(of: from) else { preconditionFailure("view(including:) keeps its organisations") }
        let removed = try without.map { id throws(RegistryAnalysisError) in try groupVertex(id, in: view) }
        let hops = 2 * steps
        let reach: Reach
        var loss: ReachLoss?
        do {
            reach = try view.graph.reach(from: a, within: hops)
            if let removed { loss = try view.graph.reachLoss(from: a, removing: removed, within: hops) }
        } catch {
            preconditionFailure("vertices come from the view and the bound was checked: \(error)")
        }
        var distance: [Int32: Int] = [:]
        for r in reach.reached { distance[r.vertex] = r.distance }
        func partner(_ v: Int32, _ d: Int) -> ReachedPartner {
            let via = view.graph.neighbors(of: v).filter { distance[$0] == d - 1 }
            return ReachedPartner(
                organisation: view.namedOrganisation(v), steps: d / 2,
                via: names.sorted(via.map(view.namedGroup(vertex:))))
        }
        var partners: [ReachedPartner] = []
        var groups: [ReachedGroup] = []
        for r in reach.reached where r.vertex != a {
            if view.isOrganisation(r.vertex) {
                partners.append(partner(r.vertex, r.distance))
            } else if r.distance < hops {
                groups.append(ReachedGroup(group: view.namedGroup(vertex: r.vertex), steps: (r.distance + 1) / 2))
            }
        }
        var lost: [ReachedPartner] = []
        var lengthened: [LengthenedReach] = []
        if let loss {
            lost = loss.lost.filter { view.isOrganisation($0.vertex) }.map { partner($0.vertex, $0.distance) }
            lengthened = loss.lengthened.filter { view.isOrganisation($0.vertex) }.map {
                LengthenedReach(
                    organisation: view.namedOrganisation($0.vertex), stepsBefore: $0.before / 2, stepsAfter: $0.after / 2)
            }
        }
        partners.sort { $0.steps != $1.steps ? $0.steps < $1.steps : names.precedes($0.organisation, $1.organisation) }
        groups.sort { $0.steps != $1.steps ? $0.steps < $1.steps : names.precedes($0.group, $1.group) }
        lost.sort { $0.steps != $1.steps ? $0.steps < $1.steps : names.precedes($0.organisation, $1.organisation) }
        lengthened.sort {
            $0.stepsBefore != $1.stepsBefore
                ? $0.stepsBefore < $1.stepsBefore : names.precedes($0.organisation, $1.organisation)
        }
        return PartnerReach(
            asOf: asOf, from: view.namedOrganisation(a), steps: steps, partners: partners, groups: groups,
            without: removed.map(view.namedGroup(vertex:)), lost: lost, lengthened: lengthened)
    }
}
