import NetworkAnalysis
import Testing

/// The distance figures of a `StepScope`, walked on the graph (a one-mode
/// graph, or a two-mode graph as its projection without building it):
/// the bound-based diameter and radius equal the all-pairs ones of
/// `distanceSummary()` (which MetricsFixtureTests holds to NetworkX's
/// `diameter`/`radius` per component) on every fixture graph and on seeded
/// random graphs, one-mode and projected; the exact figures equal
/// `distanceSummary()` and `freemanCentralization(.closeness)` of the
/// built projection; the estimates fall within their stated bounds in at
/// least 1 − δ of 50 seeded runs.
@Suite struct StepDistancesTests {
    /// Each component's bounded diameter and radius against the all-pairs
    /// sweep of `reference` (the graph itself, or the built projection).
    static func expectExtentsMatch(
        _ g: Graph, scope: StepScope, reference: Graph, _ label: String
    ) throws -> [BoundedExtent] {
        let all = try reference.distanceSummary()
        let components = reference.connectedComponents()
        var found: [BoundedExtent] = []
        for extent in all.components {
            let vertex = Int32(try #require(components.labels.firstIndex(of: Int32(extent.component))))
            let bounded = try g.boundedExtent(ofComponentOf: vertex, scope: scope)
            #expect(bounded.diameter == Int(extent.diameter), "\(label), component \(extent.component)")
            #expect(bounded.radius == Int(extent.radius), "\(label), component \(extent.component)")
            #expect(bounded.size == extent.size, "\(label), component \(extent.component)")
            found.append(bounded)
        }
        #expect(found.count == components.count)
        return found
    }

    /// The exact figures against the all-pairs ones of `reference`.
    static func expectExactMatches(_ g: Graph, scope: StepScope, reference: Graph, _ label: String) throws {
        let exact = try g.stepDistanceFigures(scope: scope, sampling: nil, diameterBound: 0)
        let all = try reference.distanceSummary()
        #expect(exact.estimate == nil)
        #expect(abs(exact.averagePathLength - all.averagePathLength) <= 1e-12, "\(label)")
        #expect(abs(exact.globalEfficiency - all.globalEfficiency) <= 1e-12, "\(label)")
        let closeness = try reference.freemanCentralization(.closeness)
        #expect(abs(exact.closenessCentralization - closeness) <= 1e-12, "\(label): \(exact) \(closeness)")
    }

    static func unweighted(_ g: Graph) throws -> Graph {
        try Graph(vertexCount: g.vertexCount, edges: g.edgeList.map { ($0.source, $0.target) })
    }

    @Test(arguments: CentralityFixture.undirectedGraphs)
    func fixtureGraphs(name: String) throws {
        let g = try Self.unweighted(try CentralityFixture.graph(name))
        _ = try Self.expectExtentsMatch(g, scope: .whole(g), reference: g, name)
        try Self.expectExactMatches(g, scope: .whole(g), reference: g, name)
    }

    /// G(n, m) from sparse (many components, long paths) to dense.
    static func randomGraph(n: Int, m: Int, _ rng: inout SplitMix64) throws -> Graph {
        var edges: [(Int32, Int32)] = []
        while edges.count < m {
            let u = Int32(rng.below(n)), v = Int32(rng.below(n))
            if u != v { edges.append((u, v)) }
        }
        return try Graph(vertexCount: n, edges: edges)
    }

    /// A random two-mode graph: `orgs` organisations (numbered first) in
    /// `groups` groups, group sizes skewed, some organisations in none.
    static func randomTwoMode(orgs: Int, groups: Int, memberships: Int, _ rng: inout SplitMix64) throws -> TwoModeGraph {
        var pairs: [(Int32, Int32)] = []
        for _ in 0 ..< memberships {
            let g = min(rng.below(groups), rng.below(groups))  // small numbers more often: big groups
            pairs.append((Int32(rng.below(orgs)), Int32(g)))
        }
        return try TwoModeGraph(topCount: orgs, bottomCount: groups, memberships: pairs)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func randomOneModeGraphs(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        for (n, m) in [(60, 50), (200, 220), (300, 900), (120, 2000)] {
            let g = try Self.randomGraph(n: n, m: m, &rng)
            _ = try Self.expectExtentsMatch(g, scope: .whole(g), reference: g, "G(\(n), \(m)) seed \(seed)")
            try Self.expectExactMatches(g, scope: .whole(g), reference: g, "G(\(n), \(m)) seed \(seed)")
        }
    }

    /// Projections walked on the two-mode graph: the same numbers as the
    /// built projection's, from sparse (chains of small groups) to dense.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func randomProjections(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        for (orgs, groups, memberships) in [(80, 60, 90), (200, 120, 300), (300, 40, 600), (150, 10, 400)] {
            let twoMode = try Self.randomTwoMode(orgs: orgs, groups: groups, memberships: memberships, &rng)
            let projection = twoMode.projection(onto: .top).graph
            let label = "two-mode \(orgs)×\(groups)/\(memberships) seed \(seed)"
            let scope = StepScope.projection(onto: orgs)
            let found = try Self.expectExtentsMatch(twoMode.graph, scope: scope, reference: projection, label)
            #expect(found.allSatisfy { $0.isExact && $0.diameterUpperBound == $0.diameter })
            try Self.expectExactMatches(twoMode.graph, scope: scope, reference: projection, label)
            // The diameter alone (the radius not asked for) is the same; a
            // budget of searches that runs out leaves proven bounds around it.
            let components = projection.connectedComponents()
            for (extent, c) in zip(found, 0 ..< components.count) {
                let vertex = Int32(try #require(components.labels.firstIndex(of: Int32(c))))
                let alone = try twoMode.graph.boundedExtent(ofComponentOf: vertex, scope: scope, radius: false)
                #expect(alone.diameter == extent.diameter && alone.isExact, "\(label)")
                let cut = try twoMode.graph.boundedExtent(ofComponentOf: vertex, scope: scope, maxSearches: 2)
                #expect(cut.diameter <= extent.diameter && extent.diameter <= cut.diameterUpperBound, "\(label)")
                #expect(cut.radiusLowerBound <= extent.radius && extent.radius <= cut.radius, "\(label)")
                #expect(cut.searches <= 2 && cut.isExact == (cut.diameter == cut.diameterUpperBound
                    && cut.radius == cut.radiusLowerBound), "\(label)")
            }
        }
    }

    /// Hand-checked: a path of 10 vertices has diameter 9 and radius 5
    /// (⌈9/2⌉), a star diameter 2 radius 1, one vertex 0 and 0; two
    /// organisations in one group are one step apart (two hops).
    @Test func shapes() throws {
        let path = try Graph(vertexCount: 10, edges: (0 ..< 9).map { (Int32($0), Int32($0 + 1)) })
        let p = try path.boundedExtent(ofComponentOf: 4, scope: .whole(path))
        #expect(p.diameter == 9 && p.radius == 5 && p.size == 10)
        let star = try Graph(vertexCount: 6, edges: (1 ..< 6).map { (0, Int32($0)) })
        let s = try star.boundedExtent(ofComponentOf: 3, scope: .whole(star))
        #expect(s.diameter == 2 && s.radius == 1)
        let lone = try Graph(vertexCount: 3, edges: [(0, 1)])
        let alone = try lone.boundedExtent(ofComponentOf: 2, scope: .whole(lone))
        #expect(alone.diameter == 0 && alone.radius == 0 && alone.size == 1)
        #expect(throws: AnalysisError.self) { try lone.boundedExtent(ofComponentOf: 3, scope: .whole(lone)) }
        // Organisations 0, 1, 2; group 3 holds 0 and 1, group 4 holds 1 and 2.
        let twoMode = try TwoModeGraph(topCount: 3, bottomCount: 2, memberships: [(0, 0), (1, 0), (1, 1), (2, 1)])
        let e = try twoMode.graph.boundedExtent(ofComponentOf: 0, scope: .projection(onto: 3))
        #expect(e.diameter == 2 && e.radius == 1 && e.size == 3)
        // A group vertex is not a counted vertex of the projection.
        #expect(throws: AnalysisError.self) {
            try twoMode.graph.boundedExtent(ofComponentOf: 3, scope: .projection(onto: 3))
        }
    }

    /// Hoeffding's sample size: ⌈ln(2/δ)/(2ε²)⌉, 1,665 at ε = 0.03, δ = 0.1
    /// (ln 20 = 2.9957; 2.9957/0.0018 = 1664.3).
    @Test func sampleSize() {
        #expect(DistanceSampling.hoeffdingSampleSize(epsilon: 0.03, delta: 0.1) == 1665)
        #expect(DistanceSampling.hoeffdingSampleSize(epsilon: 0.1, delta: 0.05) == 185)  // ln 40 / 0.02 = 184.4
    }

    /// Over 50 seeds on projections of a few hundred organisations (with
    /// several components), each estimate is within its stated bound in at
    /// least 1 − δ of the runs; the same seed gives the same figures on 1
    /// and 2 threads.
    @Test(arguments: [UInt64(11), 12])
    func estimatesHoldTheirBounds(graphSeed: UInt64) throws {
        var rng = SplitMix64(seed: graphSeed)
        let orgs = 300
        let twoMode = try Self.randomTwoMode(orgs: orgs, groups: 150, memberships: 420, &rng)
        let projection = twoMode.projection(onto: .top).graph
        let scope = StepScope.projection(onto: orgs)
        let exact = try twoMode.graph.stepDistanceFigures(scope: scope, sampling: nil, diameterBound: 0)
        // Every component's diameter is below the largest of diameter and size − 1.
        let summary = try projection.distanceSummary()
        let bound = summary.components.map { Int($0.diameter) }.max() ?? 0
        #expect(summary.components.count > 1, "several components, so that the sampling weights matter")
        let degrees = twoMode.projectedDegrees(onto: .top)
        let delta = 0.1, runs = 50
        var misses = [0, 0, 0]
        for seed in 0 ..< UInt64(runs) {
            let sampling = DistanceSampling(epsilon: 0.05, delta: delta, seed: seed)
            let estimate = try twoMode.graph.stepDistanceFigures(
                scope: scope, sampling: sampling, diameterBound: bound, degrees: degrees)
            let e = try #require(estimate.estimate)
            #expect(e.sources == DistanceSampling.hoeffdingSampleSize(epsilon: 0.05, delta: delta))
            #expect(e.averagePathLengthBound == 0.05 * Double(bound - 1))
            if abs(estimate.averagePathLength - exact.averagePathLength) > e.averagePathLengthBound { misses[0] += 1 }
            if abs(estimate.globalEfficiency - exact.globalEfficiency) > e.globalEfficiencyBound { misses[1] += 1 }
            if abs(estimate.closenessCentralization - exact.closenessCentralization) > e.closenessCentralizationBound {
                misses[2] += 1
            }
            if seed < 3 {
                let twoThreads = try twoMode.graph.stepDistanceFigures(
                    scope: scope, sampling: sampling, diameterBound: bound, degrees: degrees, parallelism: 2)
                #expect(twoThreads == estimate)
            }
        }
        #expect(misses.allSatisfy { Double($0) <= delta * Double(runs) }, "misses \(misses) of \(runs)")
        // A different seed draws different sources.
        let a = try twoMode.graph.stepDistanceFigures(
            scope: scope, sampling: DistanceSampling(epsilon: 0.05, delta: delta, seed: 1), diameterBound: bound)
        let b = try twoMode.graph.stepDistanceFigures(
            scope: scope, sampling: DistanceSampling(epsilon: 0.05, delta: delta, seed: 2), diameterBound: bound)
        #expect(a.averagePathLength != b.averagePathLength)
    }

    /// The estimate's closeness centralisation uses the exact largest
    /// closeness: on a star (one component) every source sees the centre
    /// at 1 and the others at 2, so the estimate is exact but for the mean.
    @Test func largestClosenessIsExact() throws {
        // One-mode star of 40: centre closeness 1, leaves 39/77.
        let star = try Graph(vertexCount: 40, edges: (1 ..< 40).map { (0, Int32($0)) })
        let exact = try star.stepDistanceFigures(scope: .whole(star), sampling: nil, diameterBound: 0)
        #expect(abs(exact.closenessCentralization - 1) < 1e-12)
        let estimate = try star.stepDistanceFigures(
            scope: .whole(star), sampling: DistanceSampling(epsilon: 0.05, delta: 0.1, seed: 3), diameterBound: 2)
        let e = try #require(estimate.estimate)
        #expect(abs(estimate.closenessCentralization - 1) <= e.closenessCentralizationBound)
        #expect(e.closenessMaximumSearches >= 1 && e.closenessMaximumSearches < 40)
    }

    /// ε and δ must lie in (0, 1).
    @Test func invalidSampling() throws {
        let g = try Graph(vertexCount: 3, edges: [(0, 1), (1, 2)])
        for (epsilon, delta) in [(0.0, 0.1), (1.0, 0.1), (0.1, 0.0), (0.1, 1.0)] {
            #expect(throws: AnalysisError.self) {
                try g.stepDistanceFigures(
                    scope: .whole(g), sampling: DistanceSampling(epsilon: epsilon, delta: delta, seed: 0), diameterBound: 2)
            }
        }
    }
}
