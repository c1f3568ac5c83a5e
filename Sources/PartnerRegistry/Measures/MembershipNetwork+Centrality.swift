import NetworkAnalysis

extension MembershipNetwork {
    /// Ranks the network's organisations and groups by a centrality
    /// measure: the ranking `RegistryAnalysis.centrality` gives for the
    /// registry of a CSV of memberships (every entity of kind `other`,
    /// certain, viewed now), without the registry.
    ///
    /// The measures, parameters, normalisations and errors are those of
    /// `RegistryAnalysis.centrality(_:mode:lengths:katzAlpha:tolerance:parallelism:progress:limit:estimate:)`;
    /// so is the order (score, then Swedish name order, then vertex order).
    ///
    /// - Complexity: that of the measure on the chosen graph, plus
    ///   O(V log V) for the ranking.
    public func centrality(
        _ measure: CentralityMeasure,
        mode: NetworkMode = .twoMode,
        lengths: ProjectionLengths = .inverseWeight,
        katzAlpha: Double = 0.1,
        tolerance: Double? = nil,
        parallelism: Int = 1,
        progress: ProgressHandler? = nil,
        limit: Int? = nil,
        estimate: BetweennessEstimation? = nil
    ) throws -> CentralityReport {
        let (vertices, values, summary) = try RegistryAnalysis.centralityValues(
            measure, of: graph, mode: mode, lengths: lengths, katzAlpha: katzAlpha,
            tolerance: tolerance, parallelism: parallelism, progress: progress, estimate: estimate)
        let top = organisations.count
        func name(_ v: Int32) -> String { Int(v) < top ? organisationNames[Int(v)] : groupNames[Int(v) - top] }
        let scores = CentralityRanking.places(values, limit: limit) { name(vertices[$0]) }.map { place in
            let v = vertices[place.index]
            let isOrganisation = Int(v) < top
            return CentralityScore(
                id: isOrganisation ? organisations[Int(v)].rawValue : groups[Int(v) - top].rawValue,
                name: name(v), type: isOrganisation ? "organisation" : "group",
                kind: isOrganisation ? OrganisationKind.other.rawValue : GroupKind.other.rawValue,
                score: values[place.index], rank: place.rank, uncertain: false)
        }
        return CentralityReport(
            measure: measure, mode: mode, asOf: .now, lengths: mode == .twoMode ? nil : lengths,
            explanation: measure.explanation(on: mode), scores: scores, estimate: summary)
    }
}
