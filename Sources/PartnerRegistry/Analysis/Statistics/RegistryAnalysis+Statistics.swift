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
    ///   - allPairs: up to which size every figure is exact, and how the
    ///     mean-distance figures are estimated above it (``AllPairsPolicy``).
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
        top: Int = 5, parallelism: Int = 1, depth: StatisticsDepth = .full, allPairs: AllPairsPolicy = AllPairsPolicy(),
        progress: StatisticsProgressHandler? = nil,
        quickFigures: ((NetworkStatistics) throws -> Void)? = nil
    ) throws -> NetworkStatistics {
        try statistics(
            top: top, parallelism: parallelism, depth: depth, allPairs: allPairs, progress: progress,
            quickFigures: quickFigures, sure: sureAnalysis)
    }

    /// Whether `statistics` computes the all-pairs figures of this view
    /// exactly under `policy`: its organisations are at most the threshold.
    public func statisticsAreExact(_ policy: AllPairsPolicy = AllPairsPolicy()) -> Bool {
        view.organisationCount <= policy.exactUpTo
    }

    /// The statistics of the view, with the figures of `sure` (nil: none
    /// computed, `sure` equal to the figures) as their sure side.
    func statistics(
        top: Int, parallelism: Int, depth: StatisticsDepth, allPairs: AllPairsPolicy = AllPairsPolicy(),
        progress: StatisticsProgressHandler?,
        quickFigures: ((NetworkStatistics) throws -> Void)?, sure: RegistryAnalysis?
    ) throws -> NetworkStatistics {
        // One decision for both networks: the possible one's size.
        let exact = statisticsAreExact(allPairs)
        let possibleNetwork = try StatisticsNetwork(self, exact: exact)
        let sureNetwork = try sure.map { try StatisticsNetwork($0, exact: exact) }
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
        try possibleNetwork.addAllPairsFigures(to: &figures, policy: allPairs, parallelism: parallelism) { reporter($0, $1) }
        var sureFigures = stats.sure
        if let sureNetwork {
            try sureNetwork.addAllPairsFigures(to: &sureFigures, policy: allPairs, parallelism: parallelism) {
                reporter(5 + $0, $1 + " (sure network)")
            }
        }
        // Above the threshold the ranking is estimated betweenness (Riondato–Kornaropoulos).
        let estimation = exact
            ? nil : BetweennessEstimation(epsilon: allPairs.epsilon, delta: allPairs.delta, seed: allPairs.seed)
        let ranking = try centrality(
            CentralityOptions(.betweenness, parallelism: parallelism, estimate: estimation),
            progress: reporter(steps, "most central (two-mode betweenness)"))
        stats = NetworkStatistics(
            asOf: stats.asOf, certainty: stats.certainty, uncertainOrganisations: stats.uncertainOrganisations,
            uncertainGroups: stats.uncertainGroups, uncertainTies: stats.uncertainTies, figures: figures,
            sure: sureNetwork == nil ? nil : sureFigures,
            mostCentralOrganisations: Array(ranking.scores.filter { $0.type == .organisation }.prefix(top)),
            mostCentralGroups: Array(ranking.scores.filter { $0.type == .group }.prefix(top)),
            mostCentralEstimate: ranking.estimate,
            language: stats.language)
        return stats
    }
}

/// One network's graphs for the statistics, built once: the view's
/// two-mode graph and its components, and — only for exact figures —
/// the organisation projection. Above the threshold the projection's
/// figures are walked on the two-mode graph (organisation → group →
/// organisation) and the projection is never built.
private struct StatisticsNetwork {
    let analysis: RegistryAnalysis
    let twoMode: TwoModeGraph
    let twoModeComponents: Components
    /// The organisation projection, built for exact figures only.
    let projection: Graph?
    /// The projection's components: a label per organisation, their sizes
    /// and the largest (ties: the lowest label).
    let organisationComponent: [Int32]
    let componentSizes: [Int]
    let largest: Int?
    let organisationCount: Int

    init(_ analysis: RegistryAnalysis, exact: Bool) throws {
        self.analysis = analysis
        twoMode = try analysis.view.twoModeGraph()
        twoModeComponents = analysis.view.graph.connectedComponents()
        organisationCount = analysis.view.organisationCount
        if exact {
            let projection = twoMode.projection(onto: .top).graph
            let components = projection.connectedComponents()
            self.projection = projection
            organisationComponent = components.labels
            componentSizes = components.sizes
            largest = components.largest
        } else {
            // The projection's components are the two-mode ones, restricted to organisations.
            projection = nil
            var renumber = [Int32](repeating: -1, count: twoModeComponents.count)
            var labels = [Int32](repeating: 0, count: organisationCount)
            var sizes: [Int] = []
            for o in 0 ..< organisationCount {
                let c = Int(twoModeComponents.labels[o])
                if renumber[c] < 0 { renumber[c] = Int32(sizes.count); sizes.append(0) }
                labels[o] = renumber[c]
                sizes[Int(renumber[c])] += 1
            }
            organisationComponent = labels
            componentSizes = sizes
            var best = -1
            for (c, size) in sizes.enumerated() where best < 0 || size > sizes[best] { best = c }
            largest = best < 0 ? nil : best
        }
    }

    /// The figures that take about linear time (the all-pairs ones `nil`).
    func cheapFigures() throws -> SureStatistics {
        let view = analysis.view
        func counts<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
            items.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }
        let levels = view.organisations.map { $0.level?.rawValue ?? "none" }
        let sectors = view.organisations.map { $0.attributes["sector"] ?? "" }
        let n = Double(organisationCount)
        let largestSize = largest.map { componentSizes[$0] } ?? 0
        let walked: ProjectionWalkFigures?
        if projection == nil {
            walked = ProjectionWalkFigures(twoMode, levels: levels, sectors: sectors.contains("") ? nil : sectors)
        } else {
            walked = nil
        }
        let edges = projection?.edgeCount ?? walked!.edges
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
                vertices: organisationCount,
                edges: edges,
                density: organisationCount > 1 ? Double(edges) / (n * (n - 1) / 2) : 0,
                components: componentSizes.count,
                largestComponent: largestSize,
                isolated: componentSizes.filter { $0 == 1 }.count,
                diameter: nil,
                radius: nil,
                averagePathLength: nil,
                globalEfficiency: nil,
                transitivity: nil,
                averageClustering: nil,
                degreeCentralization: try projection?.freemanCentralization(.degree) ?? walked!.degreeCentralization,
                betweennessCentralization: nil,
                closenessCentralization: nil,
                degreeAssortativity: defined(projection?.degreeAssortativity() ?? walked!.degreeAssortativity),
                levelAssortativity: defined(try projection?.attributeAssortativity(labels: levels) ?? walked!.levelAssortativity),
                sectorAssortativity: sectors.contains("")
                    ? nil : defined(try projection?.attributeAssortativity(labels: sectors) ?? walked!.sectorAssortativity)))
    }

    /// Adds the triangle counts and the all-pairs figures to `figures`,
    /// five steps (1…5), each announced through `reporter(step, figure)`.
    func addAllPairsFigures(
        to figures: inout SureStatistics, policy: AllPairsPolicy, parallelism: Int,
        reporter: (Int, String) -> ProgressHandler?
    ) throws {
        let graph = analysis.view.graph
        let scope = StepScope.projection(onto: organisationCount)
        // Every step is announced, also one with nothing to compute above the threshold.
        let triangles = reporter(1, "transitivity and clustering of the organisation network")
        if projection == nil { triangles?(Progress(completed: 1, total: 1)) }
        if let projection {
            figures.organisationNetwork.transitivity = try projection.transitivity()
            triangles?(Progress(completed: 1, total: 2))
            figures.organisationNetwork.averageClustering = try projection.averageClustering()
            triangles?(Progress(completed: 2, total: 2))
        }
        // Exact by bounds: a few searches instead of one per vertex. Up to
        // the threshold iFUB, to the end; above it Takes–Kosters within a
        // budget of searches (the bounds proven so far if it runs out).
        let budget = projection == nil ? AllPairsPolicy.maxBoundSearches : .max
        let diameterProgress = reporter(2, "diameters of the two-mode graph and the organisation network")
        if let c = twoModeComponents.largest,
           let vertex = twoModeComponents.labels.firstIndex(of: Int32(c))
        {
            if projection != nil {
                let bounded = try graph.boundedDiameter(ofComponentOf: Int32(vertex))
                figures.twoMode.diameter = bounded.diameter
                figures.twoMode.diameterSearches = bounded.searches
            } else {
                let bounded = try graph.boundedExtent(
                    ofComponentOf: Int32(vertex), scope: .whole(graph), radius: false, maxSearches: budget)
                figures.twoMode.diameter = bounded.diameter
                figures.twoMode.diameterSearches = bounded.searches
                figures.twoMode.diameterUpperBound = bounded.isExact ? nil : bounded.diameterUpperBound
            }
        } else {
            figures.twoMode.diameter = 0
            figures.twoMode.diameterSearches = 0
        }
        // The organisation network's diameter and radius by Takes–Kosters
        // bounds, walked on the two-mode graph.
        var diameterBound = 0
        if let c = largest, let vertex = organisationComponent.firstIndex(of: Int32(c)) {
            let extent = try graph.boundedExtent(ofComponentOf: Int32(vertex), scope: scope, maxSearches: budget)
            figures.organisationNetwork.diameter = extent.diameter
            figures.organisationNetwork.radius = extent.radius
            figures.organisationNetwork.diameterSearches = extent.searches
            if !extent.isExact {
                figures.organisationNetwork.diameterUpperBound = extent.diameterUpperBound
                figures.organisationNetwork.radiusLowerBound = extent.radiusLowerBound
            }
            // Every other component's diameter is below its size.
            let others = componentSizes.enumerated().filter { $0.offset != c }.map(\.element).max() ?? 1
            diameterBound = max(extent.diameterUpperBound, others - 1)
        } else {
            figures.organisationNetwork.diameter = 0
            figures.organisationNetwork.radius = 0
            figures.organisationNetwork.diameterSearches = 0
        }
        diameterProgress?(Progress(completed: 1, total: 1))
        let sampling = projection == nil
            ? DistanceSampling(epsilon: policy.epsilon, delta: policy.delta, seed: policy.seed) : nil
        let distances = try graph.stepDistanceFigures(
            scope: scope, sampling: sampling, diameterBound: diameterBound,
            degrees: projection == nil ? twoMode.projectedDegrees(onto: .top) : nil,
            parallelism: parallelism, progress: reporter(3, "distances and closeness in the organisation network"))
        figures.organisationNetwork.averagePathLength = distances.averagePathLength
        figures.organisationNetwork.globalEfficiency = distances.globalEfficiency
        figures.organisationNetwork.closenessCentralization = distances.closenessCentralization
        let betweenness = reporter(4, "betweenness centralisation")
        if let projection {
            figures.organisationNetwork.betweennessCentralization = try projection.freemanCentralization(
                .betweenness, parallelism: parallelism, progress: betweenness)
        } else {
            betweenness?(Progress(completed: 1, total: 1))
        }
        // Closeness centralisation came with the distances.
        reporter(5, "closeness centralisation")?(Progress(completed: 1, total: 1))
        if projection != nil {
            figures.organisationNetwork.allPairs = .exact(threshold: policy.exactUpTo)
        } else if let e = distances.estimate {
            figures.organisationNetwork.allPairs = AllPairsMethod(
                exact: false, threshold: policy.exactUpTo, epsilon: e.epsilon, delta: e.delta, seed: e.seed,
                sources: e.sources, diameterBound: e.diameterBound,
                errorBounds: [
                    "averagePathLength": e.averagePathLengthBound, "globalEfficiency": e.globalEfficiencyBound,
                    "closenessCentralization": e.closenessCentralizationBound,
                ],
                closenessMaximumSearches: e.closenessMaximumSearches,
                notComputed: ["transitivity", "averageClustering", "betweennessCentralization"])
        }
    }
}

/// The organisation projection's cheap figures, walked on the two-mode
/// graph without building the projection: each organisation's distinct
/// co-members, found through its groups with a marker array. Time
/// O(Σ_g s(g)²) for group sizes s(g), space O(V).
private struct ProjectionWalkFigures {
    var edges = 0
    var degreeCentralization = 0.0
    var degreeAssortativity = Double.nan
    var levelAssortativity = Double.nan
    var sectorAssortativity = Double.nan

    init(_ twoMode: TwoModeGraph, levels: [String], sectors: [String]?) {
        let degrees = twoMode.projectedDegrees(onto: .top)
        let n = degrees.count
        edges = degrees.reduce(0, +) / 2
        if n > 2 {
            degreeCentralization = Graph.centralization(
                degrees.map(Double.init), maximumSum: Double(n - 1) * Double(n - 2))
        }
        func codes(_ labels: [String]) -> ([Int], Int) {
            var index: [String: Int] = [:]
            let code = labels.map { label in
                if let i = index[label] { return i }
                index[label] = index.count
                return index.count - 1
            }
            return (code, index.count)
        }
        let (levelCode, levelCount) = codes(levels)
        let (sectorCode, sectorCount) = sectors.map(codes) ?? ([], 0)
        var levelMix = [Double](repeating: 0, count: levelCount * levelCount)
        var sectorMix = [Double](repeating: 0, count: sectorCount * sectorCount)
        var count = 0.0, sx = 0.0, sxx = 0.0, sxy = 0.0
        twoMode.forEachProjectedTie(onto: .top) { u, v in
            let a = Double(degrees[u]), b = Double(degrees[v])
            count += 1; sx += a; sxx += a * a; sxy += a * b
            levelMix[levelCode[u] * levelCount + levelCode[v]] += 1
            if sectorCount > 0 { sectorMix[sectorCode[u] * sectorCount + sectorCode[v]] += 1 }
        }
        if count > 0 {
            // Undirected: both ends' sums are equal (x = y).
            let cov = sxy / count - (sx / count) * (sx / count)
            let variance = sxx / count - (sx / count) * (sx / count)
            degreeAssortativity = cov / variance
        }
        func assortativity(_ mix: [Double], _ k: Int) -> Double { Graph.assortativity(mixing: mix, labels: k) }
        levelAssortativity = assortativity(levelMix, levelCount)
        if sectorCount > 0 { sectorAssortativity = assortativity(sectorMix, sectorCount) }
    }
}

private func defined(_ x: Double) -> Double? { x.isFinite ? x : nil }
