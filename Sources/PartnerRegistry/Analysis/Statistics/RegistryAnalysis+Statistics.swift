import NetworkAnalysis

extension RegistryAnalysis {
    /// Whole-network statistics of the view (its date, certainty and
    /// filter): sizes by kind and level, two-mode density and
    /// components, and for the organisation network (organisations joined
    /// by a shared group, distances in steps) density, components,
    /// diameter and radius of the largest component, average path length,
    /// global efficiency, transitivity, average clustering, Freeman
    /// centralisation of degree, betweenness and closeness, and degree,
    /// level and sector assortativity; plus the five most central
    /// organisations and groups by two-mode betweenness.
    ///
    /// Each number is computed by the `NetworkAnalysis` measure that
    /// reproduces NetworkX's (see there for definitions).
    ///
    /// The cheap figures come first: `quickFigures`, when given, receives
    /// them (the all-pairs fields `nil`) before the all-pairs figures start,
    /// so a caller can show them at once; `depth: .quick` stops there.
    ///
    /// - Parameters:
    ///   - top: how many of the most central organisations and groups to list.
    ///   - parallelism: threads for the all-pairs figures (the result is the
    ///     same for any value).
    ///   - depth: `.full` (default) or `.quick`, which skips the all-pairs
    ///     figures and the triangle counts (transitivity, clustering).
    ///   - progress: called as each all-pairs figure advances (serialised,
    ///     possibly from several threads).
    ///   - quickFigures: called once with the cheap figures.
    /// - Complexity: O(V·E) for the distance and betweenness measures on
    ///   the organisation network (none with `.quick`), O(Σ_g s(g)²) for
    ///   the projection.
    ///
    /// Entities and ties present only possibly on the view's date are
    /// counted and also counted apart (`uncertainOrganisations`, …).
    public func statistics(
        top: Int = 5, parallelism: Int = 1, depth: StatisticsDepth = .full,
        progress: StatisticsProgressHandler? = nil,
        quickFigures: ((NetworkStatistics) throws -> Void)? = nil
    ) throws -> NetworkStatistics {
        let base = registry
        let twoMode = try view.twoModeGraph()

        func counts<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
            items.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }

        let twoModeComponents = view.graph.connectedComponents()
        let largestTwoMode = twoModeComponents.largest
        let projection = twoMode.projection(onto: .top).graph
        let components = projection.connectedComponents()
        let levels = view.organisations.map { $0.level?.rawValue ?? "none" }
        let sectors = view.organisations.map { $0.attributes["sector"] ?? "" }
        let n = Double(projection.vertexCount)
        var uncertainTies = 0
        for o in view.organisationVertices {
            for g in view.graph.neighbors(of: o) where view.isUncertainEdge(o, g) { uncertainTies += 1 }
        }
        let largestSize = components.largest.map { components.sizes[$0] } ?? 0
        var stats = NetworkStatistics(
            asOf: asOf,
            certainty: scope.certainty,
            uncertainOrganisations: view.organisations.filter { view.uncertain.organisations.contains($0.id) }.count,
            uncertainGroups: view.groups.filter { view.uncertain.groups.contains($0.id) }.count,
            uncertainTies: uncertainTies,
            organisations: view.organisationCount,
            groups: view.groupCount,
            ties: view.graph.edgeCount,
            initiatives: base.initiatives.count,
            documents: base.documents.count,
            organisationsByKind: counts(view.organisations) { $0.kind.rawValue },
            groupsByKind: counts(view.groups) { $0.kind.rawValue },
            organisationsByLevel: counts(view.organisations) { $0.level?.rawValue ?? "none" },
            twoMode: NetworkStatistics.TwoModeSummary(
                density: twoMode.density,
                components: twoModeComponents.count,
                largestComponent: largestTwoMode.map { twoModeComponents.sizes[$0] } ?? 0,
                diameter: nil),
            organisationNetwork: NetworkStatistics.OneModeSummary(
                vertices: projection.vertexCount,
                edges: projection.edgeCount,
                density: projection.vertexCount > 1 ? Double(projection.edgeCount) / (n * (n - 1) / 2) : 0,
                components: components.count,
                largestComponent: largestSize,
                isolated: components.sizes.filter { $0 == 1 }.count,
                diameter: nil,
                radius: nil,
                averagePathLength: nil,
                globalEfficiency: nil,
                transitivity: nil,
                averageClustering: nil,
                degreeCentralization: try projection.freemanCentralization(.degree),
                betweennessCentralization: nil,
                closenessCentralization: nil,
                degreeAssortativity: defined(projection.degreeAssortativity()),
                levelAssortativity: defined(try projection.attributeAssortativity(labels: levels)),
                sectorAssortativity: sectors.contains("") ? nil : defined(try projection.attributeAssortativity(labels: sectors))),
            mostCentralOrganisations: [],
            mostCentralGroups: [])
        try quickFigures?(stats)
        guard depth == .full else { return stats }

        // The triangle counts and the all-pairs figures, each reporting its progress.
        let steps = 6
        func reporter(_ step: Int, _ figure: String) -> ProgressHandler? {
            guard let progress else { return nil }
            progress(StatisticsProgress(figure: figure, step: step, steps: steps, progress: Progress(completed: 0, total: 1)))
            return { progress(StatisticsProgress(figure: figure, step: step, steps: steps, progress: $0)) }
        }
        let triangles = reporter(1, "transitivity and clustering of the organisation network")
        stats.organisationNetwork.transitivity = try projection.transitivity()
        triangles?(Progress(completed: 1, total: 2))
        stats.organisationNetwork.averageClustering = try projection.averageClustering()
        triangles?(Progress(completed: 2, total: 2))
        let twoModeExtent = try view.graph.distanceSummary(
            parallelism: parallelism, progress: reporter(2, "diameter of the two-mode graph"))
        stats.twoMode.diameter = Int(
            largestTwoMode.flatMap { c in twoModeExtent.components.first { $0.component == c }?.diameter } ?? 0)
        let extent = try projection.distanceSummary(
            parallelism: parallelism, progress: reporter(3, "distances in the organisation network"))
        let largest = components.largest.flatMap { c in extent.components.first { $0.component == c } }
        stats.organisationNetwork.diameter = Int(largest?.diameter ?? 0)
        stats.organisationNetwork.radius = Int(largest?.radius ?? 0)
        stats.organisationNetwork.averagePathLength = extent.averagePathLength
        stats.organisationNetwork.globalEfficiency = extent.globalEfficiency
        stats.organisationNetwork.betweennessCentralization = try projection.freemanCentralization(
            .betweenness, parallelism: parallelism, progress: reporter(4, "betweenness centralisation"))
        stats.organisationNetwork.closenessCentralization = try projection.freemanCentralization(
            .closeness, parallelism: parallelism, progress: reporter(5, "closeness centralisation"))
        let ranking = try centrality(
            CentralityOptions(.betweenness, parallelism: parallelism),
            progress: reporter(6, "most central (two-mode betweenness)"))
        stats.mostCentralOrganisations = Array(ranking.scores.filter { $0.type == .organisation }.prefix(top))
        stats.mostCentralGroups = Array(ranking.scores.filter { $0.type == .group }.prefix(top))
        return stats
    }
}

private func defined(_ x: Double) -> Double? { x.isFinite ? x : nil }
