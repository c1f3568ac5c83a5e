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
    /// for each, a breadth-first search from `u` (stopped once `v`'s level
    /// is done) counts shortest paths, one of them is drawn uniformly by
    /// walking back from `v` (predecessor `p` of `w` with probability
    /// `σ(p)/σ(w)`), and each vertex inside it gains `1/r`. Unreachable
    /// pairs add nothing.
    ///
    /// - Parameters:
    ///   - epsilon: the additive error, in (0, 1).
    ///   - delta: the failure probability, in (0, 1).
    ///   - seed: the generator's seed (SplitMix64): the same seed gives the
    ///     same estimate.
    /// - Returns: estimates normalised by `n(n − 1)` (ordered pairs), the
    ///   sample size and the diameter bound.
    /// - Throws: `AnalysisError.invalidParameter` for ε or δ outside (0, 1);
    ///   `.unsupported` for a directed graph; `CancellationError`.
    ///
    /// **Normalisation.** Hops (weights ignored), endpoints excluded,
    /// `b(w) = Σ_{u ≠ v} σ_uv(w)/σ_uv / (n(n − 1))` over ordered pairs:
    /// NetworkX's normalised undirected betweenness times `(n − 2)/n`.
    ///
    /// - Complexity: O(r·(V + E)) time for `r` samples, O(V) space.
    ///
    /// Reference: M. Riondato & E. M. Kornaropoulos, "Fast approximation of
    /// betweenness centrality through sampling", Data Mining and Knowledge
    /// Discovery 30(2):438–475, 2016, doi:10.1007/s10618-015-0423-0.
    public func estimatedBetweenness(epsilon: Double, delta: Double, seed: UInt64 = 0) throws -> BetweennessEstimate {
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
        var level = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: max(n, 1))
        var touched: [Int32] = []
        touched.reserveCapacity(n)

        // Vertex-diameter bound: one BFS per component.
        var vertexDiameter = 0
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
            vertexDiameter = max(vertexDiameter, min(2 * Int(eccentricity) + 1, tail))
        }
        let r = Graph.riondatoKornaropoulosSampleSize(epsilon: epsilon, delta: delta, vertexDiameter: vertexDiameter)
        var scores = [Double](repeating: 0, count: n)
        guard n >= 3, vertexDiameter >= 3 else {
            return BetweennessEstimate(
                scores: VertexScores(scores), sampleSize: r, vertexDiameterBound: vertexDiameter,
                epsilon: epsilon, delta: delta)
        }
        for v in 0 ..< n { level[v] = -1 }
        var rng = SplitMix64(seed: seed)
        let share = 1 / Double(r)
        for sample in 0 ..< r {
            if sample & 255 == 255, Task.isCancelled { throw CancellationError() }
            let u = rng.below(n)
            var v = rng.below(n - 1)
            if v >= u { v += 1 }
            // BFS from u counting shortest paths, until v's level is complete.
            for t in touched { level[Int(t)] = -1; sigma[Int(t)] = 0 }
            touched.removeAll(keepingCapacity: true)
            level[u] = 0; sigma[u] = 1; touched.append(Int32(u))
            queue[0] = Int32(u)
            var head = 0, tail = 1
            while head < tail {
                let x = Int(queue[head]); head += 1
                if level[v] >= 0, level[x] >= level[v] { break }
                for i in offsets[x] ..< offsets[x + 1] {
                    let w = Int(targets[i])
                    if level[w] < 0 {
                        level[w] = level[x] + 1
                        queue[tail] = Int32(w); tail += 1
                        touched.append(Int32(w))
                    }
                    if level[w] == level[x] + 1 { sigma[w] += sigma[x] }
                }
            }
            guard level[v] > 1 else { continue }  // unreachable, or adjacent: no inner vertex
            // Walk back from v, drawing each predecessor in proportion to σ.
            var w = v
            while true {
                var pick = Double(rng.next() >> 11) / Double(1 << 53) * sigma[w]
                var chosen = -1
                for i in offsets[w] ..< offsets[w + 1] {
                    let p = Int(targets[i])
                    guard level[p] >= 0, level[p] == level[w] - 1 else { continue }
                    chosen = p
                    pick -= sigma[p]
                    if pick < 0 { break }
                }
                if chosen == u || chosen < 0 { break }
                scores[chosen] += share
                w = chosen
            }
        }
        return BetweennessEstimate(
            scores: VertexScores(scores), sampleSize: r, vertexDiameterBound: vertexDiameter,
            epsilon: epsilon, delta: delta)
    }
}
