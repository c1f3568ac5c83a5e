import NetworkAnalysis

extension RegistryAnalysis {
    /// The ego network of `center` to `radius` steps: its groups, the
    /// organisations it meets there, their groups, and so on.
    ///
    /// Definition: the vertices of the two-mode graph within `2·radius`
    /// hops of the centre (groups at odd distances, organisations at even
    /// ones) with every membership between them. Every member of a kept
    /// group is within the ball, so each group is listed with all its
    /// members; an organisation at the edge lists only the groups through
    /// which it is reached. The filter applies (the centre is always kept).
    ///
    /// - Parameters:
    ///   - center: the organisation at the centre.
    ///   - radius: steps out from the centre, ≥ 1.
    /// - Throws: `RegistryAnalysisError` when the centre is unknown or not in the
    ///   registry on the date, or when `radius < 1`.
    /// - Complexity: O(V + E) time and O(V) space for the search (V, E:
    ///   vertices and edges of the two-mode graph), plus the size of the
    ///   ego network and O(R log R) to sort its R entries by name.
    ///
    /// The vertex set is NetworkX `ego_graph(B, center, radius=2·radius)`.
    ///
    /// Sure and possible: where the view holds anything only possibly, the
    /// ego network is also taken on the sure network (`sureAnalysis`),
    /// once: each organisation's and group's `sure` is its step there (nil
    /// when it is not in that ego network), and the report's `sure` counts
    /// it. When the centre is not in the sure network, the report's `sure`
    /// and every step's are nil.
    public func egoNetwork(of center: OrganisationID, radius: Int) throws(RegistryAnalysisError) -> EgoNetwork {
        var ego = try egoNetworkOnView(of: center, radius: radius)
        ego.language = registry.language
        ego.untied = untied(center, in: try view(including: [center]))
        guard let sureAnalysis else { return ego }
        // The centre only possibly there: no sure ego network.
        let sure = sureAnalysis.registry.organisation(center) == nil
            ? nil : try sureAnalysis.egoNetworkOnView(of: center, radius: radius)
        let organisationSteps = Dictionary(uniqueKeysWithValues: (sure?.organisations ?? []).map { ($0.organisation.id, $0.steps) })
        let groupSteps = Dictionary(uniqueKeysWithValues: (sure?.groups ?? []).map { ($0.group.id, $0.steps) })
        for i in ego.organisations.indices { ego.organisations[i].sure = organisationSteps[ego.organisations[i].organisation.id] }
        for i in ego.groups.indices { ego.groups[i].sure = groupSteps[ego.groups[i].group.id] }
        ego.sure = sure?.figures
        return ego
    }

    /// The ego network on this analysis' own view, every step its own sure value.
    private func egoNetworkOnView(of center: OrganisationID, radius: Int) throws(RegistryAnalysisError) -> EgoNetwork {
        guard radius >= 1 else { throw .invalidCount(parameter: "the radius", value: radius, least: 1) }
        let view = try view(including: [center])
        guard let c = view.vertex(of: center) else { preconditionFailure("view(including:) keeps its organisations") }
        let hops = 2 * radius
        let reach: Reach
        do {
            reach = try view.graph.reach(from: c, within: hops)
        } catch {
            preconditionFailure("the centre comes from the view and the radius was checked: \(error)")
        }
        var inside = Set<Int32>()
        for r in reach.reached { inside.insert(r.vertex) }
        var organisations: [EgoOrganisation] = []
        var groups: [EgoGroup] = []
        for r in reach.reached {
            let v = r.vertex
            let neighbours = view.graph.neighbors(of: v).filter(inside.contains)
            if view.isOrganisation(v) {
                organisations.append(EgoOrganisation(
                    organisation: view.namedOrganisation(v), steps: r.distance / 2,
                    groups: names.sorted(neighbours.map(view.namedGroup(vertex:)))))
            } else {
                groups.append(EgoGroup(
                    group: view.namedGroup(vertex: v), steps: (r.distance + 1) / 2,
                    members: names.sorted(neighbours.map(view.namedOrganisation))))
            }
        }
        organisations.sort { $0.steps != $1.steps ? $0.steps < $1.steps : names.precedes($0.organisation, $1.organisation) }
        groups.sort { $0.steps != $1.steps ? $0.steps < $1.steps : names.precedes($0.group, $1.group) }
        return EgoNetwork(
            asOf: asOf, center: view.namedOrganisation(c), radius: radius, organisations: organisations, groups: groups)
    }
}
