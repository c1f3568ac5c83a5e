import NetworkAnalysis

extension MembershipNetwork {
    /// Ranks the network's organisations and groups by a centrality
    /// measure: the ranking `RegistryAnalysis.centrality` gives for the
    /// registry of a CSV of memberships (every entity of kind `other`,
    /// certain, viewed now), without the registry.
    ///
    /// The options, normalisations and errors are those of
    /// `RegistryAnalysis.centrality(_:progress:)`; so is the order (score,
    /// then Swedish name order, then vertex order).
    ///
    /// - Complexity: that of the measure on the chosen graph, plus
    ///   O(V log V) for the ranking.
    public func centrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws -> CentralityReport {
        let (vertices, values, summary) = try CentralityKernel.values(options, on: graph, progress: progress)
        let top = organisations.count
        func name(_ v: Int32) -> String { Int(v) < top ? organisationNames[Int(v)] : groupNames[Int(v) - top] }
        let scores = CentralityRanking.places(values, limit: options.limit) { name(vertices[$0]) }.map { place in
            let v = vertices[place.index]
            let isOrganisation = Int(v) < top
            return CentralityScore(
                id: isOrganisation ? organisations[Int(v)].rawValue : groups[Int(v) - top].rawValue,
                name: name(v), type: isOrganisation ? .organisation : .group,
                kind: isOrganisation ? OrganisationKind.other.rawValue : GroupKind.other.rawValue,
                score: values[place.index], rank: place.rank)
        }
        return CentralityReport(
            measure: options.measure, mode: options.mode, asOf: .now,
            lengths: options.mode == .twoMode ? nil : options.lengths,
            explanation: options.explanation(on: options.mode, weighted: options.mode != .twoMode), scores: scores, estimate: summary)
    }
}
