import Foundation  // log
/// Betweenness estimated with a stated guarantee (Riondato–Kornaropoulos):
/// the scores, the number of sampled paths and what it was derived from.
public struct BetweennessEstimate: Sendable, Hashable {
    /// One estimate per vertex, normalised by the number of ordered pairs
    /// of distinct vertices, `n(n − 1)`: NetworkX's normalised undirected
    /// betweenness times `(n − 2)/n`.
    public var scores: VertexScores
    /// The number of sampled shortest paths, `r`.
    public var sampleSize: Int
    /// The upper bound on the vertex diameter (vertices on a longest
    /// shortest path) that `r` was derived from.
    public var vertexDiameterBound: Int
    /// The guarantee: with probability at least `1 − delta`, every score is
    /// within `epsilon` of the exact one.
    public var epsilon: Double
    public var delta: Double
}

extension Graph {
    /// The sample size of Riondato & Kornaropoulos for an ε-δ guarantee:
    /// `r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉`, where `VD` bounds the
    /// vertex diameter (at least 3 here: below that every betweenness is 0)
    /// and `c ≈ 0.5` is the universal constant of their VC-dimension bound.
    public static func riondatoKornaropoulosSampleSize(
        epsilon: Double, delta: Double, vertexDiameter: Int, c: Double = 0.5
    ) -> Int {
        let vd = max(3, vertexDiameter)
        let logTerm = Double(Int.bitWidth - 1 - (vd - 2).leadingZeroBitCount)  // ⌊log₂(VD − 2)⌋
        let confidence: Double = log(1 / delta)
        let scale: Double = c / (epsilon * epsilon)
        let size: Double = scale * (logTerm + 1 + confidence)
        return Int(size.rounded(.up))
    }

    /// Betweenness centrality estimated by sampling shortest paths
    /// (Riondato–Kornaropoulos), with a guarantee: with probability at
    /// least `1 − delta`, every vertex's estimate is within `epsilon` of
    /// its exact normalised betweenness.
    ///
    /// Not to be confused with `betweennessCentrality(sources:
    /// .randomSample…)`, which sums exact dependencies of a sample of
    /// *sources* and extrapolates, with no bound on the error.
    ///
    /// The vertex diameter `VD` is bounded by a 2-approximation: one
    /// breadth-first search per connected component, from its first
    /// vertex, gives the eccentricity `e`, and `VD ≤ min(2e + 1, size)`.
    /// Then `r` pairs `(u, v)` of distinct vertices are drawn uniformly;
    /// for each, one of the shortest `u`–`v` paths is drawn uniformly by a
    /// balanced bidirectional breadth-first search (KADABRA's sampler; see
    /// `randomShortestPath(from:to:using:)`), and each vertex inside it
    /// gains `1/r`. Unreachable pairs add nothing.
    ///
    /// **Reproducibility.** The samples are cut into chunks whose number
    /// depends only on `r`; chunk `c` draws from its own `SplitMix64`,
    /// seeded with the `c`-th output of `SplitMix64(seed: seed)`, and the
    /// per-vertex counts are integers, so the estimate is the same for
    /// every `parallelism`.
    ///
    /// - Parameters:
    ///   - epsilon: the additive error, in (0, 1).
    ///   - delta: the failure probability, in (0, 1).
    ///   - seed: the seed of the generators: the same seed gives the same
    ///     estimate.
    ///   - parallelism: threads to use (the estimate does not depend on it).
    ///   - progress: called after each chunk of samples, with the samples
    ///     drawn so far of `r`.
    /// - Returns: estimates normalised by `n(n − 1)` (ordered pairs), the
    ///   sample size and the diameter bound.
    /// - Throws: `AnalysisError.invalidParameter` for ε or δ outside (0, 1);
    ///   `.unsupported` for a directed graph; `CancellationError`.
    ///
    /// **Normalisation.** Hops (weights ignored), endpoints excluded,
    /// `b(w) = Σ_{u ≠ v} σ_uv(w)/σ_uv / (n(n − 1))` over ordered pairs:
    /// NetworkX's normalised undirected betweenness times `(n − 2)/n`.
    /// Isolated vertices and other components count in `n`, as they do
    /// in NetworkX's normalisation.
    ///
    /// - Complexity: O(V + E) for the diameter bound, then O(r·(V + E))
    ///   time in the worst case for `r` samples; a balanced bidirectional
    ///   search usually visits far fewer vertices than a whole
    ///   breadth-first search (Borassi & Natale measure O(√E)-like costs on
    ///   real networks). O(V) space per thread, plus O(r·VD) for the sampled
    ///   paths.
    ///
    /// References: M. Riondato & E. M. Kornaropoulos, "Fast approximation
    /// of betweenness centrality through sampling", Data Mining and
    /// Knowledge Discovery 30(2):438–475, 2016, doi:10.1007/s10618-015-0423-0;
    /// M. Borassi & E. Natale, "KADABRA is an ADaptive Algorithm for
    /// Betweenness via Random Approximation", ESA 2016,
    /// doi:10.4230/LIPIcs.ESA.2016.20.
    public func estimatedBetweenness(
        epsilon: Double, delta: Double, seed: UInt64 = 0, parallelism: Int = 1, progress: ProgressHandler? = nil
    ) throws -> BetweennessEstimate {
        guard epsilon > 0, epsilon < 1 else {
            throw AnalysisError.invalidParameter(name: "epsilon", value: "\(epsilon)", expected: "a number in (0, 1)")
        }
        guard delta > 0, delta < 1 else {
            throw AnalysisError.invalidParameter(name: "delta", value: "\(delta)", expected: "a number in (0, 1)")
        }
        guard !isDirected else {
            throw AnalysisError.unsupported(
                measure: "estimated betweenness", reason: "implemented for undirected graphs; symmetrise the graph first")
        }
        let n = vertexCount
        let vertexDiameter = vertexDiameterBound()
        let r = Graph.riondatoKornaropoulosSampleSize(epsilon: epsilon, delta: delta, vertexDiameter: vertexDiameter)
        guard n >= 3, vertexDiameter >= 3 else {
            progress?(Progress(completed: r, total: r))
            return BetweennessEstimate(
                scores: VertexScores([Double](repeating: 0, count: n)), sampleSize: r,
                vertexDiameterBound: vertexDiameter, epsilon: epsilon, delta: delta)
        }
        let bounds = ParallelChunks.chunkBounds(count: r, memoryPerChunk: 1)
        var master = SplitMix64(seed: seed)
        let seeds = bounds.map { _ in master.next() }
        var inner = [[Int32]](repeating: [], count: bounds.count)
        try withAdjacency { g in
            try inner.withUnsafeMutableBufferPointer { slots in
                let slots = UncheckedBox(slots)
                try ParallelChunks.run(
                    chunkCount: bounds.count, parallelism: parallelism,
                    unitsInChunk: { bounds[$0].count }, totalUnits: r, progress: progress,
                    makeWorkspace: { PathSampler(vertexCount: n) }
                ) { sampler, chunk in
                    var rng = SplitMix64(seed: seeds[chunk])
                    var visited: [Int32] = []
                    for _ in bounds[chunk] {
                        let u = rng.below(n)
                        var v = rng.below(n - 1)
                        if v >= u { v += 1 }
                        sampler.sample(g, from: u, to: v, using: &rng) { visited.append($0) }
                    }
                    slots.value[chunk] = visited
                }
            }
        }
        var counts = [Int](repeating: 0, count: n)
        for chunk in inner {
            for v in chunk { counts[Int(v)] += 1 }
        }
        let samples = Double(r)
        return BetweennessEstimate(
            scores: VertexScores(counts.map { Double($0) / samples }), sampleSize: r,
            vertexDiameterBound: vertexDiameter, epsilon: epsilon, delta: delta)
    }

    /// An upper bound on the vertex diameter (the most vertices on a
    /// shortest path): one breadth-first search per connected component,
    /// from its first vertex, gives its eccentricity `e`, and the
    /// component's vertex diameter is at most `min(2e + 1, size)`; the
    /// largest over the components. O(V + E) time, O(V) space.
    func vertexDiameterBound() -> Int {
        let n = vertexCount
        var level = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: max(n, 1))
        var bound = 0
        for start in 0 ..< n where level[start] < 0 {
            level[start] = 0
            var head = 0, tail = 1, eccentricity: Int32 = 0
            queue[0] = Int32(start)
            while head < tail {
                let u = Int(queue[head]); head += 1
                eccentricity = level[u]
                for i in offsets[u] ..< offsets[u + 1] {
                    let w = Int(targets[i])
                    if level[w] < 0 { level[w] = level[u] + 1; queue[tail] = Int32(w); tail += 1 }
                }
            }
            bound = max(bound, min(2 * Int(eccentricity) + 1, tail))
        }
        return bound
    }
}
