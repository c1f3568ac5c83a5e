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
    /// counted and also counted apart (`uncertainOrganisations`, …). Where
    /// the view holds anything only possibly, every figure is computed a
    /// second time on the sure network (`sureAnalysis`) into `sure`, and
    /// the most central entities carry their sure scores. The statistics
    /// then take up to twice the time and memory (the sure network is
    /// part of the possible one), and `progress` counts the all-pairs
    /// steps of both networks (11 instead of 6).
    public func statistics(
        top: Int = 5, parallelism: Int = 1, depth: StatisticsDepth = .full,
        progress: StatisticsProgressHandler? = nil,
        quickFigures: ((NetworkStatistics) throws -> Void)? = nil
    ) throws -> NetworkStatistics {
        try statistics(
            top: top, parallelism: parallelism, depth: depth, progress: progress, quickFigures: quickFigures,
            sure: sureAnalysis)
    }

    /// The statistics of the view, with the figures of `sure` (nil: none
    /// computed, `sure` equal to the figures) as their sure side.
    func statistics(
        top: Int, parallelism: Int, depth: StatisticsDepth, progress: StatisticsProgressHandler?,
        quickFigures: ((NetworkStatistics) throws -> Void)?, sure: RegistryAnalysis?
    ) throws -> NetworkStatistics {
        let possibleNetwork = try StatisticsNetwork(self)
        let sureNetwork = try sure.map { try StatisticsNetwork($0) }
        var uncertainTies = 0
        for o in view.organisationVertices {
            for g in view.graph.neighbors(of: o) where view.isUncertainEdge(o, g) { uncertainTies += 1 }
        }
        var stats = NetworkStatistics(
            asOf: asOf,
            certainty: scope.certainty,
            uncertainOrganisations: view.organisations.filter { view.uncertain.organisations.contains($0.id) }.count,
            uncertainGroups: view.groups.filter { view.uncertain.groups.contains($0.id) }.count,
            uncertainTies: uncertainTies,
            figures: try possibleNetwork.cheapFigures(),
            sure: try sureNetwork?.cheapFigures(),
            language: registry.language)
        try quickFigures?(stats)
        guard depth == .full else { return stats }

        // The triangle counts and the all-pairs figures, each reporting its
        // progress: five on each network, then the most central entities.
        let steps = sureNetwork == nil ? 6 : 11
        func reporter(_ step: Int, _ figure: String) -> ProgressHandler? {
            guard let progress else { return nil }
            progress(StatisticsProgress(figure: figure, step: step, steps: steps, progress: Progress(completed: 0, total: 1)))
            return { progress(StatisticsProgress(figure: figure, step: step, steps: steps, progress: $0)) }
        }
        var figures = stats.figures
        try possibleNetwork.addAllPairsFigures(to: &figures, parallelism: parallelism) { reporter($0, $1) }
        var sureFigures = stats.sure
        if let sureNetwork {
            try sureNetwork.addAllPairsFigures(to: &sureFigures, parallelism: parallelism) {
                reporter(5 + $0, $1 + " (sure network)")
            }
        }
        let ranking = try centrality(
            CentralityOptions(.betweenness, parallelism: parallelism),
            progress: reporter(steps, "most central (two-mode betweenness)"))
        stats = NetworkStatistics(
            asOf: stats.asOf, certainty: stats.certainty, uncertainOrganisations: stats.uncertainOrganisations,
            uncertainGroups: stats.uncertainGroups, uncertainTies: stats.uncertainTies, figures: figures,
            sure: sureNetwork == nil ? nil : sureFigures,
            mostCentralOrganisations: Array(ranking.scores.filter { $0.type == .organisation }.prefix(top)),
            mostCentralGroups: Array(ranking.scores.filter { $0.type == .group }.prefix(top)),
            language: stats.language)
        return stats
    }
}

/// One network's graphs for the statistics, built once: the view's
/// two-mode graph, its organisation projection and their components.
private struct StatisticsNetwork {
    let analysis: RegistryAnalysis
    let twoMode: TwoModeGraph
    let twoModeComponents: Components
    let projection: Graph
    let components: Components

    init(_ analysis: RegistryAnalysis) throws {
        self.analysis = analysis
        twoMode = try analysis.view.twoModeGraph()
        twoModeComponents = analysis.view.graph.connectedComponents()
        projection = twoMode.projection(onto: .top).graph
        components = projection.connectedComponents()
    }

    /// The figures that take about linear time (the all-pairs ones `nil`).
    func cheapFigures() throws -> SureStatistics {
        let view = analysis.view
        func counts<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
            items.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }
        let levels = view.organisations.map { $0.level?.rawValue ?? "none" }
        let sectors = view.organisations.map { $0.attributes["sector"] ?? "" }
        let n = Double(projection.vertexCount)
        let largestSize = components.largest.map { components.sizes[$0] } ?? 0
        return SureStatistics(
            organisations: view.organisationCount,
            groups: view.groupCount,
            ties: view.graph.edgeCount,
            initiatives: analysis.registry.initiatives.count,
            documents: analysis.registry.documents.count,
            organisationsByKind: counts(view.organisations) { $0.kind.rawValue },
            groupsByKind: counts(view.groups) { $0.kind.rawValue },
            organisationsByLevel: counts(view.organisations) { $0.level?.rawValue ?? "none" },
            twoMode: NetworkStatistics.TwoModeSummary(
                density: twoMode.density,
                components: twoModeComponents.count,
                largestComponent: twoModeComponents.largest.map { twoModeComponents.sizes[$0] } ?? 0,
                diameter: nil, diameterSearches: nil),
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
                sectorAssortativity: sectors.contains("") ? nil : defined(try projection.attributeAssortativity(labels: sectors))))
    }

    /// Adds the triangle counts and the all-pairs figures to `figures`,
    /// five steps (1…5), each announced through `reporter(step, figure)`.
    func addAllPairsFigures(
        to figures: inout SureStatistics, parallelism: Int, reporter: (Int, String) -> ProgressHandler?
    ) throws {
        let triangles = reporter(1, "transitivity and clustering of the organisation network")
        figures.organisationNetwork.transitivity = try projection.transitivity()
        triangles?(Progress(completed: 1, total: 2))
        figures.organisationNetwork.averageClustering = try projection.averageClustering()
        triangles?(Progress(completed: 2, total: 2))
        // Exact by bounds (iFUB): a few searches instead of one per vertex.
        let diameterProgress = reporter(2, "diameter of the two-mode graph")
        if let c = twoModeComponents.largest,
           let vertex = twoModeComponents.labels.firstIndex(of: Int32(c))
        {
            let bounded = try analysis.view.graph.boundedDiameter(ofComponentOf: Int32(vertex))
            figures.twoMode.diameter = bounded.diameter
            figures.twoMode.diameterSearches = bounded.searches
        } else {
            figures.twoMode.diameter = 0
            figures.twoMode.diameterSearches = 0
        }
        diameterProgress?(Progress(completed: 1, total: 1))
        let extent = try projection.distanceSummary(
            parallelism: parallelism, progress: reporter(3, "distances in the organisation network"))
        let largest = components.largest.flatMap { c in extent.components.first { $0.component == c } }
        figures.organisationNetwork.diameter = Int(largest?.diameter ?? 0)
        figures.organisationNetwork.radius = Int(largest?.radius ?? 0)
        figures.organisationNetwork.averagePathLength = extent.averagePathLength
        figures.organisationNetwork.globalEfficiency = extent.globalEfficiency
        figures.organisationNetwork.betweennessCentralization = try projection.freemanCentralization(
            .betweenness, parallelism: parallelism, progress: reporter(4, "betweenness centralisation"))
        figures.organisationNetwork.closenessCentralization = try projection.freemanCentralization(
            .closeness, parallelism: parallelism, progress: reporter(5, "closeness centralisation"))
    }
}

private func defined(_ x: Double) -> Double? { x.isFinite ? x : nil }
