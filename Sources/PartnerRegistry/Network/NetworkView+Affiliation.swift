import NetworkAnalysis

extension NetworkView {
    /// The view's memberships as an `Affiliation`: row `j` is group
    /// `groups[j]` and lists its members as organisation positions
    /// (`organisations[i]`, which is also organisation vertex `i`).
    ///
    /// Members are the neighbours of the group's vertex in `graph`, so the
    /// view's filter (kinds, levels, roles, conveners) applies.
    ///
    /// - Complexity: O(V + E) time and space, V and E the vertices and
    ///   edges of `graph`.
    public var groupAffiliation: Affiliation {
        let rows = groupVertices.map { g in Array(graph.neighbors(of: g)) }
        // Neighbours of a group vertex are organisation vertices
        // `0..<organisationCount` by construction, so this cannot throw.
        if let affiliation = try? Affiliation(memberCount: organisationCount, groups: rows) { return affiliation }
        preconditionFailure("a group vertex has a neighbour that is not an organisation")
    }
}
