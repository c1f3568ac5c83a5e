import NetworkAnalysis

extension RegistryAnalysis {
    /// Which networks connect two organisations: the groups both sit in,
    /// and the shortest chains organisation → group → organisation → … from
    /// one to the other, with the chains one step longer on request.
    ///
    /// Definition: a chain is a simple path of the two-mode graph from
    /// `from` to `to`; its steps are the groups it passes through (half its
    /// edges). The shortest chains are all chains with the fewest steps.
    /// "One step longer" chains pass through exactly one more group and one
    /// more organisation, never the same group or organisation twice.
    /// Chains use only the organisations and groups the filter keeps (the
    /// two ends are always kept), so `--group-kind` or `--level` restrict
    /// the groups a chain may pass through.
    ///
    /// - Parameters:
    ///   - from: where the chains start.
    ///   - to: where they end; must differ from `from`.
    ///   - lengths: `.shortest`, or `.shortestAndOneLonger` to also list the
    ///     chains one step longer.
    ///   - limit: the most chains listed in each list (≥ 0);
    ///     `isTruncated` says when more exist. `shortestChainCount` is exact
    ///     whatever the limit.
    /// - Throws: `RegistryAnalysisError` when an organisation is unknown or not in
    ///   the registry on the date, when the two are the same, or when
    ///   `limit` is negative.
    /// - Complexity: O(V + E) for the distances and the count of shortest
    ///   chains, plus O(P·d) to list P chains of d steps (V, E: vertices and
    ///   edges of the two-mode graph). Longer chains walk the organisation
    ///   projection (O(Σ_g s(g)²) to build, s(g) the size of group g), with
    ///   a pruned search bounded in practice by the limit.
    ///
    /// The shortest chains are NetworkX `all_shortest_paths(B, from, to)` on
    /// the two-mode graph `B`; the longer ones are its simple paths of
    /// length `d + 2` (`all_simple_paths(B, from, to, cutoff=d + 2)`).
    public func connection(
        from: OrganisationID, to: OrganisationID, lengths: ChainLengths = .shortest, limit: Int = 20
    ) throws(RegistryAnalysisError) -> Connection {
        guard limit >= 0 else { throw .invalidCount(parameter: "the chain limit", value: limit, least: 0) }
        let view = try view(including: [from, to])
        guard let a = view.vertex(of: from), let b = view.vertex(of: to) else {
            preconditionFailure("view(including:) keeps the organisations it was given")
        }
        guard a != b else { throw .sameOrganisation(from, name: view.name(a)) }
        let paths: PathEnumeration
        do {
            paths = try view.graph.allShortestPaths(from: a, to: b, lengths: .shortest, limit: limit)
        } catch {
            preconditionFailure("vertices come from the view and the limit was checked: \(error)")
        }
        let shared = Self.intersection(view.graph.neighbors(of: a), view.graph.neighbors(of: b))
        var longer: [Chain] = []
        var longerTruncated = false
        if lengths == .shortestAndOneLonger, let d = paths.distance {
            (longer, longerTruncated) = Self.longerChains(in: view, from: a, to: b, steps: d / 2 + 1, limit: limit)
        }
        let certainty = tieCertainty()
        var connection = Connection(
            asOf: asOf, from: view.namedOrganisation(a), to: view.namedOrganisation(b),
            sharedGroups: names.sorted(shared.map(view.namedGroup(vertex:))),
            steps: paths.distance.map { $0 / 2 }, shortestChainCount: paths.shortestPathCount,
            shortestChains: paths.shortestPaths.map { Self.chain($0, in: view, certainty: certainty) },
            longerChains: longer.map { Self.withTies($0, in: view, certainty: certainty) },
            limit: limit, isTruncated: paths.isTruncated || longerTruncated)
        if let sure = sureAnalysis {
            // On the sure network: an end that is only possibly there has no chain.
            connection.sureSteps = (try? sure.connection(from: from, to: to, limit: 0))?.steps
        }
        let ends = [from, to].compactMap { untied($0, in: view) }
        if !ends.isEmpty { connection.untied = ends }
        return connection
    }

    /// The certainty of the tie between an organisation and a group of the
    /// view: the most certain of the memberships that make it, or of the
    /// convening when the organisation convenes the group.
    func tieCertainty() -> (OrganisationID, GroupID) -> Certainty {
        var best: [String: Certainty] = [:]
        for m in registry.memberships {
            let key = m.organisation.rawValue + "\u{0}" + m.group.rawValue
            let c = registry.certainty(of: m)
            best[key] = min(best[key] ?? c, c)
        }
        return { o, g in
            if let c = best[o.rawValue + "\u{0}" + g.rawValue] { return c }
            return self.registry.group(g).map { self.registry.certainty(convener: o, of: $0) } ?? .stated
        }
    }

    /// `chain` with the ties of its path filled in.
    static func withTies(_ chain: Chain, in view: NetworkView, certainty: (OrganisationID, GroupID) -> Certainty) -> Chain {
        var out = chain
        out.ties = ties(organisations: chain.organisations, groups: chain.groups, in: view, certainty: certainty)
        return out
    }

    /// The ties of a chain in order: organisation i – group i, group i –
    /// organisation i + 1.
    static func ties(
        organisations: [NamedOrganisation], groups: [NamedGroup], in view: NetworkView,
        certainty: (OrganisationID, GroupID) -> Certainty
    ) -> [ChainTie] {
        var ties: [ChainTie] = []
        for (i, g) in groups.enumerated() {
            for o in [organisations[i], organisations[i + 1]] {
                let uncertain: Bool =
                    if let ov = view.vertex(of: o.id), let gv = view.vertex(of: g.id) { view.isUncertainEdge(ov, gv) } else { true }
                ties.append(ChainTie(organisation: o.id, group: g.id, certainty: certainty(o.id, g.id), uncertain: uncertain))
            }
        }
        return ties
    }

    /// A two-mode path (organisation, group, organisation, …) as a chain.
    static func chain(
        _ path: [Int32], in view: NetworkView, certainty: ((OrganisationID, GroupID) -> Certainty)? = nil
    ) -> Chain {
        let tieUncertain = zip(path, path.dropFirst()).contains { view.isUncertainEdge($0, $1) }
        let organisations = stride(from: 0, to: path.count, by: 2).map { view.namedOrganisation(path[$0]) }
        let groups = stride(from: 1, to: path.count, by: 2).map { view.namedGroup(vertex: path[$0]) }
        return Chain(
            organisations: organisations, groups: groups,
            uncertain: tieUncertain || organisations.contains(where: \.uncertain) || groups.contains(where: \.uncertain),
            ties: certainty.map { ties(organisations: organisations, groups: groups, in: view, certainty: $0) } ?? [])
    }

    /// Elements of both ascending lists, ascending.
    static func intersection(_ x: ArraySlice<Int32>, _ y: ArraySlice<Int32>) -> [Int32] {
        var out: [Int32] = []
        var i = x.startIndex, j = y.startIndex
        while i < x.endIndex && j < y.endIndex {
            if x[i] < y[j] { i += 1 } else if x[i] > y[j] { j += 1 } else { out.append(x[i]); i += 1; j += 1 }
        }
        return out
    }

    /// The simple two-mode chains of exactly `steps` steps from `a` to `b`.
    ///
    /// They are the organisation paths of `steps` hops in the projection
    /// (simple, listed by `allShortestPaths(…, .shortestAndOneLonger)` as the
    /// paths one hop longer than the shortest), each expanded into every
    /// choice of a shared group per hop with no group used twice. An
    /// organisation path may expand to no chain at all (when every choice
    /// repeats a group), so the projection is asked for more paths until
    /// `limit` chains are found or the paths run out.
    private static func longerChains(
        in view: NetworkView, from a: Int32, to b: Int32, steps: Int, limit: Int
    ) -> ([Chain], Bool) {
        let projection = OrganisationProjection(view)
        let ceiling = 1 << 20
        var pathLimit = max(limit, 16)
        while true {
            let enumeration: PathEnumeration
            do {
                enumeration = try projection.graph.allShortestPaths(
                    from: a, to: b, lengths: .shortestAndOneLonger, limit: pathLimit)
            } catch {
                preconditionFailure("vertices come from the view: \(error)")
            }
            var chains: [Chain] = []
            var truncated = false
            outer: for path in enumeration.longerPaths where path.count == steps + 1 {
                for groups in expansions(path, projection) {
                    if chains.count == limit { truncated = true; break outer }
                    var twoModePath: [Int32] = []
                    for (i, o) in path.enumerated() {
                        twoModePath.append(o)
                        if i < groups.count { twoModePath.append(Int32(view.organisationCount) + groups[i]) }
                    }
                    chains.append(chain(twoModePath, in: view))
                }
            }
            let pathsExhausted = enumeration.longerPaths.count < pathLimit
            if truncated || pathsExhausted { return (chains, truncated) }
            if pathLimit >= ceiling { return (chains, true) }
            pathLimit *= 4
        }
    }

    /// Every sequence of distinct groups `g₀, g₁, …` with `gᵢ` shared by
    /// `path[i]` and `path[i + 1]`, in lexicographic order.
    private static func expansions(_ path: [Int32], _ projection: OrganisationProjection) -> [[Int32]] {
        let options = (0 ..< path.count - 1).map { projection.sharedGroups(path[$0], path[$0 + 1]) }
        var out: [[Int32]] = []
        var current: [Int32] = []
        func extend(_ i: Int) {
            if i == options.count { out.append(current); return }
            for g in options[i] where !current.contains(g) {
                current.append(g)
                extend(i + 1)
                current.removeLast()
            }
        }
        extend(0)
        return out
    }
}
