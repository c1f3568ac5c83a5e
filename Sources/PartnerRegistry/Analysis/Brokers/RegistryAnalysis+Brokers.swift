import NetworkAnalysis

extension RegistryAnalysis {
    /// Who holds the network together and who brokers: cut vertices and
    /// bridges of the two-mode graph and of the organisation projection,
    /// and every organisation's constraint, effective size and brokerage
    /// roles.
    ///
    /// Definitions:
    /// - cut vertex: a vertex whose removal (with its edges) increases the
    ///   number of connected components (Hopcroft–Tarjan); bridge: an edge
    ///   whose removal does (Tarjan). On the two-mode graph a cut vertex may
    ///   be an organisation or a group and a bridge is a membership; on the
    ///   projection both are organisations and ties.
    /// - constraint and effective size (Burt 1992) on the organisation
    ///   projection, each organisation's ego network being its partners;
    ///   with `.sharedGroups` a tie weighs the number of shared groups.
    /// - blocks (biconnected components) and local bridges (ties whose
    ///   ends share no partner, with their span) of the projection.
    /// - brokerage roles (Gould & Fernandez 1989) on the projection, with
    ///   each organisation's `level` as its group (organisations without a
    ///   level form one more group); see `BrokerageRoles`.
    ///
    /// - Parameter weighting: tie weights for constraint and effective size.
    /// - Complexity: O(V + E) for cut vertices and bridges (two-mode
    ///   graph), O(Σₒ p(o)²) for constraint, effective size and roles, where
    ///   p(o) is the number of partners of organisation o, plus
    ///   O(Σ_g s(g)²) to build the projection (s(g) the size of group g).
    ///
    /// Reference: R. S. Burt, Structural Holes (1992),
    /// doi:10.4159/9780674029095; R. V. Gould, R. M. Fernandez, Sociological
    /// Methodology 19, 89–126 (1989), doi:10.2307/270949.
    ///
    /// Cut vertices, bridges, blocks, local bridges, constraint and
    /// effective size reproduce NetworkX `articulation_points`, `bridges`,
    /// `biconnected_components`, `local_bridges`, `constraint` and
    /// `effective_size` on the two-mode graph and on
    /// `bipartite.weighted_projected_graph`; role counts match R sna
    /// `brokerage()` raw counts.
    public func brokers(weighting: TieWeighting = .unweighted) -> BrokerReport {
        let graph = view.graph
        let projection = self.projection
        let organisations = view.organisationCount

        let twoModeCuts = graph.articulationPoints()
        let twoModeCutSet = Set(twoModeCuts)
        let cutOrganisations = names.sorted(twoModeCuts.filter(view.isOrganisation).map(view.namedOrganisation))
        let cutGroups = names.sorted(
            twoModeCuts.filter { !view.isOrganisation($0) }.map(view.namedGroup(vertex:)))
        var bridges = graph.bridges().map { e in
            // Organisation vertices precede group vertices, so u is the organisation.
            MembershipBridge(
                organisation: view.namedOrganisation(e.u), group: view.namedGroup(vertex: e.v),
                isPendant: graph.outDegree(e.u) == 1 || graph.outDegree(e.v) == 1)
        }
        bridges.sort {
            $0.organisation.id != $1.organisation.id
                ? names.precedes($0.organisation, $1.organisation) : names.precedes($0.group, $1.group)
        }

        let p = projection.graph
        let projectionCuts = Set(p.articulationPoints())
        var ties = p.bridges().map { e in
            var (a, b) = (view.namedOrganisation(e.u), view.namedOrganisation(e.v))
            if names.precedes(b, a) { swap(&a, &b) }
            return OrganisationTie(
                first: a, second: b,
                sharedGroups: names.sorted(projection.sharedGroups(e.u, e.v).map { view.namedGroup(position: $0) }),
                isPendant: p.outDegree(e.u) == 1 || p.outDegree(e.v) == 1)
        }
        ties.sort { $0.first.id != $1.first.id ? names.precedes($0.first, $1.first) : names.precedes($0.second, $1.second) }

        let edgeWeighting: EdgeWeighting = weighting == .sharedGroups ? .weights : .ignored
        let constraint = p.burtConstraint(weighting: edgeWeighting)
        let effective = p.effectiveSize(weighting: edgeWeighting)
        // Brokerage roles read levels as the vocabulary orders them.
        let vocabulary = registry.vocabulary
        let levelCount = vocabulary.terms(.levels).count
        let labels = view.organisations.map { o in
            Int32(o.level.flatMap { vocabulary.rank($0.rawValue, in: .levels) } ?? levelCount)
        }
        let counts: [BrokerageRoleCounts]
        do {
            counts = try p.brokerageRoles(groups: labels)
        } catch {
            preconditionFailure("one label per organisation: \(error)")
        }
        var scores: [OrganisationBrokerage] = []
        scores.reserveCapacity(organisations)
        for v in view.organisationVertices {
            let i = Int(v)
            let c = counts[i]
            scores.append(OrganisationBrokerage(
                organisation: view.namedOrganisation(v), level: view.organisations[i].level,
                partners: p.outDegree(v), constraint: constraint[i].isNaN ? nil : constraint[i],
                effectiveSize: effective[i].isNaN ? nil : effective[i],
                roles: BrokerageRoles(
                    coordinator: c.coordinator, consultant: c.itinerant, representative: c.representative,
                    gatekeeper: c.gatekeeper, liaison: c.liaison),
                isCutVertex: projectionCuts.contains(v), isTwoModeCutVertex: twoModeCutSet.contains(v)))
        }
        scores.sort { x, y in
            switch (x.constraint, y.constraint) {
            case let (a?, b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return names.precedes(x.organisation, y.organisation)
            }
        }
        // The same figures on the sure network, where some of the view is
        // only possibly there.
        let sureReport = sureAnalysis?.brokers(weighting: weighting)
        if let sureReport {
            let sure = Dictionary(uniqueKeysWithValues: sureReport.organisations.map { ($0.organisation.id, $0.figures) })
            for i in scores.indices { scores[i].sure = sure[scores[i].organisation.id] }
        }
        var report = BrokerReport(
            asOf: asOf, weighting: weighting, twoModeCutOrganisations: cutOrganisations, twoModeCutGroups: cutGroups,
            twoModeBridges: bridges,
            projectionCutOrganisations: names.sorted(projectionCuts.sorted().map(view.namedOrganisation)),
            projectionBridges: ties, organisations: scores)
        report.projectionBlocks = p.biconnectedComponents()
            .map { OrganisationBlock(members: names.sorted($0.map(view.namedOrganisation))) }
            .sorted { x, y in
                x.members.count != y.members.count
                    ? x.members.count > y.members.count : names.precedes(x.members[0], y.members[0])
            }
        report.projectionLocalBridges = p.localBridges().map { e in
            var (a, b) = (view.namedOrganisation(e.u), view.namedOrganisation(e.v))
            if names.precedes(b, a) { swap(&a, &b) }
            return OrganisationLocalBridge(first: a, second: b, span: e.span)
        }.sorted { $0.first.id != $1.first.id ? names.precedes($0.first, $1.first) : names.precedes($0.second, $1.second) }
        if let sureReport {
            let sureBlocks = Set(sureReport.projectionBlocks.map { Set($0.members.map(\.id)) })
            for i in report.projectionBlocks.indices {
                report.projectionBlocks[i].uncertain = !sureBlocks.contains(Set(report.projectionBlocks[i].members.map(\.id)))
            }
            let sureBridges = Set(sureReport.projectionLocalBridges.map { "\($0.first.id)|\($0.second.id)|\($0.span ?? -1)" })
            for i in report.projectionLocalBridges.indices {
                let t = report.projectionLocalBridges[i]
                report.projectionLocalBridges[i].uncertain = !sureBridges.contains("\(t.first.id)|\(t.second.id)|\(t.span ?? -1)")
            }
        }
        report.language = registry.language
        return report
    }
}
