import Foundation  // log

/// Which vertices of a graph a distance figure is about, and how many
/// hops one of their steps takes.
///
/// A one-mode graph counts every vertex, one hop a step. A two-mode graph
/// walked as its projection onto one side counts that side's vertices
/// (numbered first, `0 ..< count`), two hops a step: organisation → group
/// → organisation. The projection is never built: a search of the
/// two-mode graph reaches the side's vertices at even depths, and half
/// the depth is the projection's distance.
public struct StepScope: Sendable, Hashable {
    /// The counted vertices are `0 ..< counted`.
    public var counted: Int
    /// Hops per step: 1 (the graph itself) or 2 (a projection walked on the two-mode graph).
    public var hopsPerStep: Int

    public init(counted: Int, hopsPerStep: Int) {
        self.counted = counted
        self.hopsPerStep = hopsPerStep
    }

    /// Every vertex of `graph`, one hop a step.
    public static func whole(_ graph: Graph) -> StepScope { StepScope(counted: graph.vertexCount, hopsPerStep: 1) }

    /// The top side of a two-mode graph whose top vertices are numbered
    /// first, two hops a step (its projection onto that side).
    public static func projection(onto topCount: Int) -> StepScope { StepScope(counted: topCount, hopsPerStep: 2) }
}

/// The exact diameter and radius of one component of a `StepScope`'s
/// graph, found by bounds, and how many searches that took.
public struct BoundedExtent: Sendable, Hashable, Codable {
    /// The largest distance, in steps, between two counted vertices of the component.
    public var diameter: Int
    /// The smallest eccentricity of a counted vertex of the component.
    public var radius: Int
    /// The breadth-first searches run (an all-pairs sweep runs one per
    /// counted vertex of the component).
    public var searches: Int
    /// The counted vertices of the component.
    public var size: Int
    /// The proven upper bound on the diameter and lower bound on the
    /// radius: equal to `diameter` and `radius` when the bounds met
    /// (`isExact`); apart when the search budget ran out first, `diameter`
    /// and `radius` then being the proven lower and upper bounds.
    public var diameterUpperBound: Int
    public var radiusLowerBound: Int
    /// Whether the diameter (and, when asked for, the radius) is proven exact.
    public var isExact: Bool
}

/// How to estimate the mean-distance figures from sampled sources.
public struct DistanceSampling: Sendable, Hashable, Codable {
    /// The additive error, as a share of each figure's range, in (0, 1).
    public var epsilon: Double
    /// The failure probability (per figure), in (0, 1).
    public var delta: Double
    /// The seed of the `SplitMix64` that draws the sources.
    public var seed: UInt64

    public init(epsilon: Double, delta: Double, seed: UInt64) {
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
    }

    /// Hoeffding's sample size for a mean of independent values in a range
    /// of width `w` to lie within `ε·w` of its expectation with probability
    /// at least `1 − δ`: `k = ⌈ln(2/δ) / (2ε²)⌉`, from
    /// `P(|X̄ − μ| ≥ t) ≤ 2·exp(−2kt²/w²)` with `t = ε·w`.
    public static func hoeffdingSampleSize(epsilon: Double, delta: Double) -> Int {
        Int((log(2 / delta) / (2 * epsilon * epsilon)).rounded(.up))
    }
}

/// Average path length, global efficiency and closeness centralisation of
/// a `StepScope`, exact or estimated.
public struct StepDistanceFigures: Sendable, Hashable, Codable {
    /// Mean distance over ordered pairs of counted vertices joined by a path.
    public var averagePathLength: Double
    /// Mean of `1/d` over all ordered pairs of counted vertices (unreachable pairs 0).
    public var globalEfficiency: Double
    /// Freeman centralisation of Wasserman–Faust closeness, denominator
    /// `(n − 1)(n − 2)/(2n − 3)`.
    public var closenessCentralization: Double
    /// How the figures were estimated; nil when exact (one search per counted vertex).
    public var estimate: DistanceEstimate?
}

/// What an estimate of `StepDistanceFigures` rests on and guarantees.
public struct DistanceEstimate: Sendable, Hashable, Codable {
    public var epsilon: Double
    public var delta: Double
    public var seed: UInt64
    /// The sampled sources (searches), `⌈ln(2/δ)/(2ε²)⌉`.
    public var sources: Int
    /// The bound on every component's diameter the ranges rest on: the
    /// exact diameter of the largest component, or the size of the next
    /// largest minus 1 if that is larger.
    public var diameterBound: Int
    /// With probability at least `1 − delta` each, the figure is within
    /// this of its exact value.
    public var averagePathLengthBound: Double
    public var globalEfficiencyBound: Double
    public var closenessCentralizationBound: Double
    /// The searches that found the largest closeness exactly (pruned
    /// searches from the candidates in order of an upper bound).
    public var closenessMaximumSearches: Int
}

extension Graph {
    /// The exact diameter and radius (in steps of `scope`) of the component
    /// holding `vertex`, over its counted vertices, by Takes and Kosters'
    /// bounds: each search from `v` gives every counted `w` the bounds
    /// `max(e(v) − d(v, w), d(v, w)) ≤ e(w) ≤ e(v) + d(v, w)`; a vertex
    /// leaves the candidates once its bounds meet or it can move neither
    /// the diameter nor the radius; searches alternate between the
    /// candidate with the largest upper bound and the one with the
    /// smallest lower bound.
    ///
    /// Reference: F. W. Takes & W. A. Kosters, "Computing the eccentricity
    /// distribution of large graphs", Algorithms 6(1):100–118, 2013,
    /// doi:10.3390/a6010100 (BoundingDiameters).
    ///
    /// - Throws: `AnalysisError.vertexOutOfRange` when `vertex` is not a
    ///   counted vertex; `.unsupported` for a directed graph.
    /// - Complexity: O(k·(V + E)) for k searches, usually few on real
    ///   networks (V at worst); O(V) space.
    ///
    /// **Reproduces** the diameter and radius of `distanceSummary()` for
    /// the component (of the projection, for a two-mode scope), and
    /// NetworkX `diameter`/`radius` of the component's subgraph.
    ///
    /// - Parameters:
    ///   - vertex: a counted vertex of the component.
    ///   - scope: the counted vertices and hops per step.
    ///   - wantsRadius: whether to prove the radius too (false: only the
    ///     diameter; `radius` is then an upper bound).
    ///   - maxSearches: a budget of searches; when it runs out before the
    ///     bounds meet, the result holds the bounds proven so far
    ///     (`isExact` false).
    public func boundedExtent(
        ofComponentOf vertex: Int32, scope: StepScope, radius wantsRadius: Bool = true, maxSearches: Int = .max
    ) throws -> BoundedExtent {
        guard vertex >= 0, Int(vertex) < scope.counted, scope.counted <= vertexCount else {
            throw AnalysisError.vertexOutOfRange(vertex, vertexCount: scope.counted)
        }
        guard !isDirected else {
            throw AnalysisError.unsupported(measure: "bounded extent", reason: "implemented for undirected graphs")
        }
        let step = Int32(scope.hopsPerStep)
        return withAdjacency(.outgoing) { g in
            let search = StepSearch(vertexCount: vertexCount)
            search.run(g, from: Int(vertex), scope: scope)
            // The counted vertices of the component, with local numbers.
            var members: [Int32] = []
            for k in 0 ..< search.reached where Int(search.order[k]) < scope.counted { members.append(search.order[k]) }
            let size = members.count
            guard size > 1 else {
                return BoundedExtent(
                    diameter: 0, radius: 0, searches: 1, size: size, diameterUpperBound: 0, radiusLowerBound: 0,
                    isExact: true)
            }
            var local = [Int32](repeating: -1, count: scope.counted)
            for (i, v) in members.enumerated() { local[Int(v)] = Int32(i) }
            var lower = [Int32](repeating: 0, count: size), upper = [Int32](repeating: .max, count: size)
            var candidate = [Bool](repeating: true, count: size)
            var candidates = size
            var diameterLow: Int32 = 0, diameterHigh: Int32 = .max, radiusLow: Int32 = 0, radiusHigh: Int32 = .max
            var searches = 1
            var takeHigh = true
            // Start from the counted vertex with the most arcs (a central hub).
            var next = 0
            for i in 0 ..< size where g.arcs(Int(members[i])).count > g.arcs(Int(members[next])).count { next = i }
            var first = true
            func open() -> Bool { diameterLow < diameterHigh || (wantsRadius && radiusLow < radiusHigh) }
            while candidates > 0, open(), searches < maxSearches {
                if !first {
                    // Alternate: the largest upper bound, then the smallest lower bound (ties: more arcs).
                    var best = -1
                    for i in 0 ..< size where candidate[i] {
                        if best < 0 { best = i; continue }
                        let better = takeHigh
                            ? (upper[i] > upper[best] || (upper[i] == upper[best]
                                && g.arcs(Int(members[i])).count > g.arcs(Int(members[best])).count))
                            : (lower[i] < lower[best] || (lower[i] == lower[best]
                                && g.arcs(Int(members[i])).count > g.arcs(Int(members[best])).count))
                        if better { best = i }
                    }
                    next = best
                    if wantsRadius { takeHigh.toggle() }
                }
                first = false
                search.run(g, from: Int(members[next]), scope: scope)
                searches += 1
                let e = Int32(search.eccentricity)
                diameterLow = max(diameterLow, e)
                radiusHigh = min(radiusHigh, e)
                for k in 0 ..< search.reached {
                    let w = Int(search.order[k])
                    guard w < scope.counted else { continue }
                    let i = Int(local[w])
                    guard candidate[i] else { continue }
                    let d = search.hops[w] / step
                    lower[i] = max(lower[i], max(e - d, d))
                    upper[i] = min(upper[i], e + d)
                }
                // The bounds over every vertex: candidates' bounds, and the
                // settled ones (exact, or unable to move either figure).
                var high: Int32 = diameterLow, low: Int32 = radiusHigh
                for i in 0 ..< size where candidate[i] {
                    diameterLow = max(diameterLow, lower[i])
                    radiusHigh = min(radiusHigh, upper[i])
                    high = max(high, upper[i]); low = min(low, lower[i])
                }
                diameterHigh = max(high, diameterLow)
                radiusLow = min(low, radiusHigh)
                for i in 0 ..< size where candidate[i] {
                    if lower[i] == upper[i] || (upper[i] <= diameterLow && (!wantsRadius || lower[i] >= radiusHigh)) {
                        candidate[i] = false
                        candidates -= 1
                    }
                }
                if candidates == 0 {
                    diameterHigh = diameterLow
                    if wantsRadius { radiusLow = radiusHigh }
                }
            }
            return BoundedExtent(
                diameter: Int(diameterLow), radius: Int(radiusHigh), searches: searches, size: size,
                diameterUpperBound: Int(diameterHigh), radiusLowerBound: Int(radiusLow), isExact: !open())
        }
    }

    /// Average path length, global efficiency and closeness centralisation
    /// over the counted vertices of `scope`: exact (one search per counted
    /// vertex) when `sampling` is nil, else estimated from sampled sources
    /// with a Hoeffding bound.
    ///
    /// **Estimate.** `k = ⌈ln(2/δ)/(2ε²)⌉` sources are drawn independently
    /// (with replacement) from a `SplitMix64` seeded with `sampling.seed`,
    /// a source `s` with probability `(n_s − 1)/P`, `n_s` the counted size
    /// of its component and `P = Σ_c n_c(n_c − 1)` the connected ordered
    /// pairs. A search from each gives `S_s` (distance sum), `I_s` (sum of
    /// `1/d`) over the `n_s − 1` vertices it reaches; with `D` bounding
    /// every component's diameter (`diameterBound`):
    /// - the average path length is the mean of `S_s/(n_s − 1)`, values in
    ///   `[1, D]`: within `ε(D − 1)`;
    /// - global efficiency is `P/(n(n − 1))` times the mean of
    ///   `I_s/(n_s − 1)`, values in `[1/D, 1]`: within `ε(1 − 1/D)·P/(n(n − 1))`;
    /// - the mean closeness is the mean of `C_s·P/(n(n_s − 1))`
    ///   (importance weights for the uniform mean), values in a range of
    ///   width `(1 − 1/D)·P/(n(n − 1))`; the largest closeness is found
    ///   exactly (pruned searches in order of the upper bound
    ///   `(n_v − 1)²/((n − 1)(2(n_v − 1) − deg v))`, cut once a level's
    ///   lower bound on the distance sum rules the vertex out; Bergamini
    ///   et al. 2019, doi:10.1137/1.9781611975499.6), so the centralisation
    ///   `n(C_max − C̄)/((n − 1)(n − 2)/(2n − 3))` is within `n` times the
    ///   mean's bound over that denominator.
    ///
    /// Each bound is Hoeffding's inequality for a mean of `k` independent
    /// values in a known range; each holds with probability at least
    /// `1 − δ` (all three together at least `1 − 3δ`). The same seed gives
    /// the same figures for any `parallelism`.
    ///
    /// - Parameters:
    ///   - scope: the counted vertices and hops per step.
    ///   - sampling: nil for the exact figures.
    ///   - diameterBound: a bound on every component's diameter in steps
    ///     (used for the estimate's ranges only).
    ///   - degrees: each counted vertex's degree in the projection (the
    ///     graph's own degrees for a one-mode scope); used for the estimate.
    ///   - parallelism: threads for the searches (the figures do not depend on it).
    ///   - progress: called as the searches complete.
    /// - Throws: `AnalysisError.invalidParameter` for ε or δ outside (0, 1);
    ///   `.unsupported` for a directed graph; `CancellationError`.
    /// - Complexity: exact O(n·(V + E)); estimated O(k·(V + E)) plus the
    ///   pruned searches for the largest closeness. O(V) space per thread.
    public func stepDistanceFigures(
        scope: StepScope, sampling: DistanceSampling?, diameterBound: Int, degrees: [Int]? = nil,
        parallelism: Int = 1, progress: ProgressHandler? = nil
    ) throws -> StepDistanceFigures {
        if let sampling {
            guard sampling.epsilon > 0, sampling.epsilon < 1 else {
                throw AnalysisError.invalidParameter(name: "epsilon", value: "\(sampling.epsilon)", expected: "a number in (0, 1)")
            }
            guard sampling.delta > 0, sampling.delta < 1 else {
                throw AnalysisError.invalidParameter(name: "delta", value: "\(sampling.delta)", expected: "a number in (0, 1)")
            }
        }
        guard !isDirected else {
            throw AnalysisError.unsupported(measure: "step distances", reason: "implemented for undirected graphs")
        }
        let n = scope.counted
        precondition(n <= vertexCount, "the counted vertices are vertices of the graph")
        guard n >= 2 else {
            return StepDistanceFigures(averagePathLength: 0, globalEfficiency: 0, closenessCentralization: 0, estimate: nil)
        }
        // Counted size of each vertex's component.
        let components = connectedComponents()
        var componentSize = [Int](repeating: 0, count: components.count)
        for v in 0 ..< n { componentSize[Int(components.labels[v])] += 1 }
        let others = (0 ..< n).map { componentSize[Int(components.labels[$0])] - 1 }
        let pairs = others.reduce(0, +)
        let nd = Double(n)
        let closenessDenominator = (nd - 1) * (nd - 2) / (2 * nd - 3)
        func closeness(_ t: HopTotals) -> Double {
            let total = Double(t.distanceSum)
            guard total > 0 else { return 0 }
            let reachedOthers = Double(t.reached - 1)
            return (reachedOthers / total) * (reachedOthers / (nd - 1))
        }
        guard let sampling else {
            let totals = try sweep(sources: (0 ..< n).map { Int32($0) }, scope: scope, parallelism: parallelism, progress: progress)
            var total = 0.0, inverse = 0.0, reached = 0
            for t in totals { total += Double(t.distanceSum); inverse += t.inverseSum; reached += t.reached - 1 }
            let scores = totals.map(closeness)
            return StepDistanceFigures(
                averagePathLength: reached == 0 ? 0 : total / Double(reached),
                globalEfficiency: inverse / Double(n * (n - 1)),
                closenessCentralization: n > 2 ? Graph.centralization(scores, maximumSum: closenessDenominator) : 0,
                estimate: nil)
        }
        let k = DistanceSampling.hoeffdingSampleSize(epsilon: sampling.epsilon, delta: sampling.delta)
        let d = Double(max(1, diameterBound))
        let share = Double(pairs) / (nd * (nd - 1))
        guard pairs > 0 else {
            return StepDistanceFigures(
                averagePathLength: 0, globalEfficiency: 0, closenessCentralization: 0,
                estimate: DistanceEstimate(
                    epsilon: sampling.epsilon, delta: sampling.delta, seed: sampling.seed, sources: 0,
                    diameterBound: diameterBound, averagePathLengthBound: 0, globalEfficiencyBound: 0,
                    closenessCentralizationBound: 0, closenessMaximumSearches: 0))
        }
        // Sources drawn with probability (n_s − 1)/P: a uniform connected ordered pair's source.
        var prefix = [Int](repeating: 0, count: n + 1)
        for v in 0 ..< n { prefix[v + 1] = prefix[v] + others[v] }
        var rng = SplitMix64(seed: sampling.seed)
        let sources: [Int32] = (0 ..< k).map { _ in
            let x = rng.below(pairs)
            // The last v with prefix[v] <= x (its range holds x, so others[v] > 0).
            var lo = 0, hi = n
            while hi - lo > 1 { let mid = (lo + hi) / 2; if prefix[mid] <= x { lo = mid } else { hi = mid } }
            return Int32(lo)
        }
        let totals = try sweep(sources: sources, scope: scope, parallelism: parallelism, progress: progress)
        var meanDistance = 0.0, meanInverse = 0.0, meanCloseness = 0.0
        for (s, t) in zip(sources, totals) {
            let r = Double(others[Int(s)])
            meanDistance += Double(t.distanceSum) / r
            meanInverse += t.inverseSum / r
            meanCloseness += closeness(t) * Double(pairs) / (nd * r)
        }
        meanDistance /= Double(k); meanInverse /= Double(k); meanCloseness /= Double(k)
        let (maximum, maximumSearches) = largestCloseness(
            scope: scope, others: others, degrees: degrees ?? (0 ..< n).map { outDegree(Int32($0)) })
        let closenessBound = sampling.epsilon * (1 - 1 / d) * share
        return StepDistanceFigures(
            averagePathLength: meanDistance,
            globalEfficiency: share * meanInverse,
            closenessCentralization: n > 2 ? max(0, nd * (maximum - meanCloseness) / closenessDenominator) : 0,
            estimate: DistanceEstimate(
                epsilon: sampling.epsilon, delta: sampling.delta, seed: sampling.seed, sources: k,
                diameterBound: diameterBound,
                averagePathLengthBound: sampling.epsilon * (d - 1),
                globalEfficiencyBound: sampling.epsilon * (1 - 1 / d) * share,
                closenessCentralizationBound: n > 2 ? nd * closenessBound / closenessDenominator : 0,
                closenessMaximumSearches: maximumSearches))
    }

    /// One search per source (in parallel chunks), its counted totals.
    private func sweep(
        sources: [Int32], scope: StepScope, parallelism: Int, progress: ProgressHandler?
    ) throws -> [HopTotals] {
        var totals = [HopTotals](repeating: HopTotals(), count: sources.count)
        let bounds = ParallelChunks.chunkBounds(count: sources.count, memoryPerChunk: 1)
        let n = vertexCount
        try withAdjacency(.outgoing) { g in
            try totals.withUnsafeMutableBufferPointer { slots in
                let slots = UncheckedBox(slots)
                try ParallelChunks.run(
                    chunkCount: bounds.count, parallelism: parallelism,
                    unitsInChunk: { bounds[$0].count }, totalUnits: sources.count, progress: progress,
                    makeWorkspace: { StepSearch(vertexCount: n) }
                ) { search, chunk in
                    for i in bounds[chunk] {
                        search.run(g, from: Int(sources[i]), scope: scope)
                        slots.value[i] = search.totals
                    }
                }
            }
        }
        return totals
    }

    /// The largest Wasserman–Faust closeness of a counted vertex, exactly,
    /// and the searches it took: candidates in decreasing order of an upper
    /// bound, each search cut once its lower bound on the distance sum
    /// shows it cannot beat the best so far.
    private func largestCloseness(scope: StepScope, others: [Int], degrees: [Int]) -> (Double, Int) {
        let n = Double(scope.counted)
        // Farness ≥ deg + 2(r − deg) for r others reached: closeness ≤ r² / ((n − 1)(2r − deg)).
        func upperBound(_ v: Int) -> Double {
            let r = Double(others[v])
            guard r > 0 else { return 0 }
            return r * r / ((n - 1) * max(r, 2 * r - Double(degrees[v])))
        }
        let bounds = (0 ..< scope.counted).map(upperBound)
        let order = (0 ..< scope.counted).sorted { bounds[$0] != bounds[$1] ? bounds[$0] > bounds[$1] : $0 < $1 }
        var best = 0.0, searches = 0
        withAdjacency(.outgoing) { g in
            let search = StepSearch(vertexCount: vertexCount)
            for v in order {
                guard bounds[v] > best else { break }
                let r = Double(others[v])
                searches += 1
                // Cut when even the best completion cannot beat `best`.
                let done = search.run(g, from: v, scope: scope) { level, reached, sum in
                    let lowest = Double(sum) + Double(level + 1) * (r - Double(reached))
                    return r * r / ((n - 1) * lowest) <= best
                }
                if done {
                    let total = Double(search.totals.distanceSum)
                    if total > 0 { best = max(best, (r / total) * (r / (n - 1))) }
                }
            }
        }
        return (best, searches)
    }
}

/// A breadth-first search that measures distances in steps of a
/// `StepScope` and sums them over the counted vertices only.
final class StepSearch {
    /// Hop depth per vertex, -1 when not reached.
    let hops: UnsafeMutableBufferPointer<Int32>
    /// The reached vertices in order, the source first.
    let order: UnsafeMutableBufferPointer<Int32>
    var reached = 0
    /// The counted vertices reached (the source included), their distance
    /// sums and the eccentricity, in steps.
    var totals = HopTotals()
    var eccentricity: Int { totals.eccentricity }

    init(vertexCount n: Int) {
        hops = .allocate(capacity: n); hops.initialize(repeating: -1)
        order = .allocate(capacity: max(1, n)); order.initialize(repeating: 0)
    }

    deinit { hops.deallocate(); order.deallocate() }

    /// Searches from `source`; `cut(level, reached, sum)`, asked after each
    /// complete step level with the counted vertices reached so far (the
    /// source left out) and their distance sum, stops the search when it
    /// returns true. Returns whether the search ran to the end.
    @discardableResult
    func run(
        _ g: AdjacencyView, from source: Int, scope: StepScope, cut: ((Int, Int, Int) -> Bool)? = nil
    ) -> Bool {
        for i in 0 ..< reached { hops[Int(order[i])] = -1 }
        totals = HopTotals()
        hops[source] = 0; order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1, depth: Int32 = 0
        let counted = scope.counted, step = Int32(scope.hopsPerStep)
        while head < tail {
            let levelEnd = tail
            depth += 1
            var found = 0
            while head < levelEnd {
                let v = Int(order[head]); head &+= 1
                for arc in g.arcs(v) {
                    let w = g.target(arc)
                    if hops[w] < 0 {
                        hops[w] = depth
                        order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                        if w < counted { found &+= 1 }
                    }
                }
            }
            if found > 0 { totals.add(found, atLevel: Int(depth / step)) }
            if let cut, depth % step == 0, tail > levelEnd,
               cut(Int(depth / step), totals.reached - 1, totals.distanceSum)
            {
                reached = tail
                return false
            }
        }
        reached = tail
        return true
    }
}
