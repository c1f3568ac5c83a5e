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
    /// - Complexity: O(V·E) for the distance and betweenness measures on
    ///   the organisation network, O(Σ_g s(g)²) for the projection.
    ///
    /// Entities and ties present only possibly on the view's date are
    /// counted and also counted apart (`uncertainOrganisations`, …).
    public func statistics(top: Int = 5, parallelism: Int = 1) throws -> NetworkStatistics {
        let base = registry
        let twoMode = try view.twoModeGraph()

        func counts<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
            items.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }

        let twoModeComponents = view.graph.connectedComponents()
        let twoModeExtent = try view.graph.distanceSummary(parallelism: parallelism)
        let largestTwoMode = twoModeComponents.largest
        let twoModeSummary = NetworkStatistics.TwoModeSummary(
            density: twoMode.density,
            components: twoModeComponents.count,
            largestComponent: largestTwoMode.map { twoModeComponents.sizes[$0] } ?? 0,
            diameter: Int(largestTwoMode.flatMap { c in twoModeExtent.components.first { $0.component == c }?.diameter } ?? 0))

        let projection = twoMode.projection(onto: .top).graph
        let components = projection.connectedComponents()
        let extent = try projection.distanceSummary(parallelism: parallelism)
        let largest = components.largest.flatMap { c in extent.components.first { $0.component == c } }
        let levels = view.organisations.map { $0.level?.rawValue ?? "none" }
        let sectors = view.organisations.map { $0.attributes["sector"] ?? "" }
        let n = Double(projection.vertexCount)
        let organisationNetwork = NetworkStatistics.OneModeSummary(
            vertices: projection.vertexCount,
            edges: projection.edgeCount,
            density: projection.vertexCount > 1 ? Double(projection.edgeCount) / (n * (n - 1) / 2) : 0,
            components: components.count,
            largestComponent: largest?.size ?? 0,
            isolated: components.sizes.filter { $0 == 1 }.count,
            diameter: Int(largest?.diameter ?? 0),
            radius: Int(largest?.radius ?? 0),
            averagePathLength: extent.averagePathLength,
            globalEfficiency: extent.globalEfficiency,
            transitivity: try projection.transitivity(),
            averageClustering: try projection.averageClustering(),
            degreeCentralization: try projection.freemanCentralization(.degree),
            betweennessCentralization: try projection.freemanCentralization(.betweenness),
            closenessCentralization: try projection.freemanCentralization(.closeness),
            degreeAssortativity: defined(projection.degreeAssortativity()),
            levelAssortativity: defined(try projection.attributeAssortativity(labels: levels)),
            sectorAssortativity: sectors.contains("") ? nil : defined(try projection.attributeAssortativity(labels: sectors)))

        let ranking = try centrality(.betweenness, mode: .twoMode, parallelism: parallelism)
        var uncertainTies = 0
        for o in view.organisationVertices {
            for g in view.graph.neighbors(of: o) where view.isUncertainEdge(o, g) { uncertainTies += 1 }
        }
        return NetworkStatistics(
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
            twoMode: twoModeSummary,
            organisationNetwork: organisationNetwork,
            mostCentralOrganisations: Array(ranking.scores.filter { $0.type == "organisation" }.prefix(top)),
            mostCentralGroups: Array(ranking.scores.filter { $0.type == "group" }.prefix(top)))
    }
}

private func defined(_ x: Double) -> Double? { x.isFinite ? x : nil }
