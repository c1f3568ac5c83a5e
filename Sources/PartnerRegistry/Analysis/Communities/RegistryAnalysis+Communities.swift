import NetworkAnalysis

extension RegistryAnalysis {
    /// Communities of the organisation network by the Louvain method, their
    /// modularity, and each organisation's k-core number.
    ///
    /// Definitions: the network is the organisation projection, a tie
    /// weighing the number of shared groups. Louvain (Blondel et al. 2008)
    /// maximises weighted modularity
    /// `Q = Σ_c [L_c / m − γ (D_c / 2m)²]` with `m` the total tie weight,
    /// `L_c` the weight inside community `c` and `D_c` its members'
    /// weighted degrees; the `seed` fixes the visiting order, so the same
    /// seed gives the same communities on every run and platform. Core
    /// numbers (Batagelj & Zaversnik) ignore weights: an organisation's core
    /// number is the largest `k` such that it belongs to a subnetwork where
    /// everyone has at least `k` partners. Organisations without partners
    /// are communities of their own with core number 0.
    ///
    /// - Parameters:
    ///   - seed: fixes Louvain's random visiting order.
    ///   - resolution: γ > 0; 1 is standard modularity, larger favours
    ///     smaller communities.
    /// - Throws: `RegistryAnalysisError.invalidResolution` unless `resolution` is a
    ///   positive finite number.
    /// - Complexity: near-linear in the projection's size per Louvain level
    ///   (no proven bound on the number of sweeps), O(V + P) for cores, plus
    ///   O(Σ_g s(g)²) to build the projection (s(g) the size of group g, P
    ///   the number of ties, V of organisations).
    ///
    /// Reference: V. D. Blondel et al., J. Stat. Mech. P10008 (2008),
    /// doi:10.1088/1742-5468/2008/10/P10008; V. Batagelj, M. Zaversnik,
    /// doi:10.1007/s11634-010-0079-y.
    ///
    /// Modularity reproduces NetworkX `community.modularity(P, communities,
    /// weight="weight", resolution=γ)` and cores `core_number(P)` on
    /// `P = bipartite.weighted_projected_graph(B, organisations)`; the
    /// Louvain partition reaches modularity comparable to NetworkX
    /// `louvain_communities` (its random order is not reproduced).
    ///
    /// Sure and possible: where some of the view is only possibly there,
    /// the communities are found on the possible network (the view) alone.
    /// Each organisation is marked (`dependsOnUncertainTies`) when one of
    /// its ties there is not on the sure network
    /// (`Registry.removingUncertain()`), and each community counts its
    /// marked members. On the sure network the core numbers are computed
    /// again (`OrganisationCommunity.sure`), and the same partition — each
    /// community less its members not surely there — is scored
    /// (`sureModularity`): how clear these communities are on the ties
    /// that are surely there. The sure network is not divided anew: its own
    /// communities would be other ones, with nothing to set them beside.
    /// Costs one more projection and core decomposition, and O(P log d) to
    /// look each possible tie up on the sure network.
    public func communities(seed: UInt64 = 0, resolution: Double = 1) throws(RegistryAnalysisError) -> CommunityReport {
        guard resolution.isFinite, resolution > 0 else { throw .invalidResolution(resolution) }
        let p = projection.graph
        let louvain: LouvainCommunities
        do {
            louvain = try p.louvainCommunities(seed: seed, resolution: resolution, weighting: .weights)
        } catch {
            preconditionFailure("the resolution was checked: \(error)")
        }
        let cores = p.coreNumbers()
        let partition = louvain.partition

        // Order communities by size (descending), then by first member name.
        let lists = partition.communities.map { members in
            names.sorted(members.map(view.namedOrganisation))
        }
        var order = Array(lists.indices)
        order.sort { a, b in
            lists[a].count != lists[b].count
                ? lists[a].count > lists[b].count : names.precedes(lists[a][0], lists[b][0])
        }
        var number = [Int](repeating: 0, count: lists.count)  // canonical index → number
        for (n, c) in order.enumerated() { number[c] = n + 1 }

        var groupsOf = [[NamedGroup]](repeating: [], count: lists.count)
        for j in 0 ..< Int32(view.groupCount) {
            let members = view.graph.neighbors(of: view.groupVertices.lowerBound + j)
            guard let first = members.first else { continue }
            let c = Int(partition.membership[Int(first)])
            if members.allSatisfy({ Int(partition.membership[Int($0)]) == c }) {
                groupsOf[c].append(view.namedGroup(position: j))
            }
        }
        let communities = order.map { c in
            Community(number: number[c], members: lists[c], groups: names.sorted(groupsOf[c]))
        }
        var rows = view.organisationVertices.map { v in
            OrganisationCommunity(
                organisation: view.namedOrganisation(v), community: number[Int(partition.membership[Int(v)])],
                coreNumber: cores[Int(v)])
        }
        var report = CommunityReport(
            asOf: asOf, seed: seed, resolution: resolution, modularity: partition.modularity,
            communities: communities, organisations: rows)
        if let sure = sureAnalysis {
            let onSure = sure.sureCommunityFigures(
                of: view, projection: p, membership: partition.membership, resolution: resolution)
            for v in rows.indices {
                rows[v].sure = onSure.cores[v].map { SureOrganisationCommunity(coreNumber: $0) }
                rows[v].dependsOnUncertainTies = onSure.dependsOnUncertainTies[v]
            }
            report.sureModularity = onSure.modularity
            for i in report.communities.indices {
                report.communities[i].membersOnUncertainTies = report.communities[i].members.count { m in
                    view.vertex(of: m.id).map { onSure.dependsOnUncertainTies[Int($0)] } ?? false
                }
            }
        }
        rows.sort { $0.community != $1.community ? $0.community < $1.community : names.precedes($0.organisation, $1.organisation) }
        report.organisations = rows
        report.language = registry.language
        return report
    }

    /// What the sure network (this analysis) says of communities found on
    /// `possible`: per possible organisation vertex, its core number here
    /// (nil when it is not here) and whether one of its ties in
    /// `projection` is missing here; and the modularity of `membership`
    /// restricted to the organisations here (nil without tie weight).
    private func sureCommunityFigures(
        of possible: NetworkView, projection: Graph, membership: [Int32], resolution: Double
    ) -> (cores: [Int?], dependsOnUncertainTies: [Bool], modularity: Double?) {
        let sureGraph = self.projection.graph
        let sureCores = sureGraph.coreNumbers()
        let here: [Int32?] = possible.organisations.map { view.vertex(of: $0.id) }
        var depends = [Bool](repeating: false, count: possible.organisationCount)
        for v in possible.organisationVertices {
            depends[Int(v)] = projection.neighbors(of: v).contains { u in
                guard let a = here[Int(v)], let b = here[Int(u)] else { return true }
                return !sureGraph.hasEdge(from: a, to: b)
            }
        }
        // Each organisation here keeps its community's label.
        var labels = [Int32](repeating: 0, count: view.organisationCount)
        for (v, w) in here.enumerated() { if let w { labels[Int(w)] = membership[v] } }
        let modularity = sureGraph.edgeCount == 0 ? nil
            : try? sureGraph.modularity(membership: labels, resolution: resolution, weighting: .weights)
        return (here.map { $0.map { sureCores[Int($0)] } }, depends, modularity)
    }
}
