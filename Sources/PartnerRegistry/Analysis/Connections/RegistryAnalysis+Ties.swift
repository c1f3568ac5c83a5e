extension RegistryAnalysis {
    /// Every organisation–group tie of the two-mode network `view`, as a
    /// chain reports its ties: the certainty (the most certain of the
    /// memberships, or of the convening, that make it) and whether the tie
    /// is only possibly there on the date (it, or either end, is
    /// uncertain; such a tie is not in `sureAnalysis`'s network).
    ///
    /// Order: organisation vertices in order, each one's groups in the
    /// graph's adjacency order (ascending vertex), so the ties of
    /// organisation `v` are contiguous and each tie appears once. These are
    /// the ties ``connection(from:to:lengths:limit:)`` walks; a chain's
    /// ``Chain/ties`` are among them.
    ///
    /// - Complexity: O(V + E + M) time and O(E + M) space for V vertices
    ///   and E edges of the two-mode graph and M memberships.
    public func ties() -> [ChainTie] {
        let certainty = tieCertainty()
        var out: [ChainTie] = []
        out.reserveCapacity(view.graph.edgeCount)
        for v in view.organisationVertices {
            let organisation = view.organisations[Int(v)].id
            for g in view.graph.neighbors(of: v) {
                let group = view.groups[Int(g) - view.organisationCount].id
                out.append(ChainTie(
                    organisation: organisation, group: group, certainty: certainty(organisation, group),
                    uncertain: view.isUncertainEdge(v, g)))
            }
        }
        return out
    }
}
