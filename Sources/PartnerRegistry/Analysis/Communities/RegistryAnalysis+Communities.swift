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
        rows.sort { $0.community != $1.community ? $0.community < $1.community : names.precedes($0.organisation, $1.organisation) }
        return CommunityReport(
            asOf: asOf, seed: seed, resolution: resolution, modularity: partition.modularity,
            communities: communities, organisations: rows)
    }
}
