/// The result of the Louvain method: the final partition and the partition
/// reached after every level of aggregation.
public struct LouvainCommunities: Sendable, Hashable, Codable {
    /// The final partition (the last level), with its modularity.
    public let partition: CommunityPartition
    /// The partition of the original vertices after each level, coarsest
    /// last (NetworkX `louvain_partitions`); `levels.last == partition`.
    public let levels: [CommunityPartition]
    /// The seed that fixed the visiting order.
    public let seed: UInt64
    /// The resolution γ used.
    public let resolution: Double

    public init(partition: CommunityPartition, levels: [CommunityPartition], seed: UInt64, resolution: Double) {
        self.partition = partition
        self.levels = levels
        self.seed = seed
        self.resolution = resolution
    }
}

extension Graph {
    /// Communities by the Louvain method: greedy local moves that raise
    /// modularity, then aggregation of communities into vertices, repeated.
    ///
    /// Method (Blondel et al. 2008, as NetworkX `louvain_communities`
    /// implements it): on each level, vertices are visited in a random order
    /// fixed by `seed`; each vertex moves to the neighbouring community with
    /// the largest positive modularity gain
    ///
    ///     ΔQ = k_{i,C}/m − γ Σ_C k_i / (2m²)   (undirected)
    ///     ΔQ = k_{i,C}/m − γ (k⁺_i Σ⁻_C + k⁻_i Σ⁺_C) / m²   (directed)
    ///
    /// (relative to staying alone), sweeping until no vertex moves. The
    /// communities then become the vertices of a weighted graph (internal
    /// weight as self-loops) and the process repeats. It stops when a level
    /// raises modularity by no more than `threshold`, or when no vertex
    /// moves. Candidate communities are tried in order of first appearance
    /// among a vertex's neighbours (ascending) and only a strictly larger gain
    /// replaces the current best, so the result depends only on the graph,
    /// `seed`, `resolution`, `threshold` and `weighting`: the same seed gives
    /// the same partition on every run and platform (the random order comes
    /// from a SplitMix64 generator and a Fisher–Yates shuffle implemented
    /// here, not from the standard library).
    ///
    /// Modularity is `modularity(membership:resolution:weighting:)`.
    /// Disconnected graphs need no special treatment (communities never span
    /// components). A graph without edges yields one community per vertex
    /// with `modularity == nil`.
    ///
    /// - Parameters:
    ///   - seed: fixes the visiting order; NetworkX's own random sequence is
    ///     not reproduced, so compare modularity reached, not partitions.
    ///   - resolution: γ; 1 is standard modularity.
    ///   - threshold: the least modularity gain of a level for the next
    ///     level to run (NetworkX default `1e-7`).
    ///   - weighting: `.weights` (NetworkX default) or `.ignored`.
    /// - Throws: `CommunityError.invalidResolution` for a non-finite resolution.
    /// - Complexity: each sweep is O(V + E); the number of sweeps and levels
    ///   is small in practice (near-linear overall on sparse graphs, no
    ///   proven bound). O(V + E) space. V is the number of vertices, E of edges.
    ///
    /// Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre,
    /// "Fast unfolding of communities in large networks", Journal of
    /// Statistical Mechanics P10008 (2008),
    /// doi:10.1088/1742-5468/2008/10/P10008; directed gain: N. Dugué,
    /// A. Perez, "Directed Louvain" (2015), hal-01231784.
    ///
    /// Reaches modularity comparable to NetworkX `louvain_communities(G,
    /// weight, resolution, threshold, seed)` (same algorithm, different
    /// random order).
    public func louvainCommunities(
        seed: UInt64 = 0, resolution: Double = 1, threshold: Double = 1e-7,
        weighting: EdgeWeighting = .weights
    ) throws(CommunityError) -> LouvainCommunities {
        guard resolution.isFinite else { throw .invalidResolution(resolution) }
        var level = LouvainLevel(self, useWeights: weighting == .weights && isWeighted)
        let m = level.totalWeight
        let identity = (0 ..< Int32(vertexCount)).map { $0 }
        guard m > 0 else {
            let single = CommunityPartition(labels: identity, modularity: nil)
            return LouvainCommunities(partition: single, levels: [single], seed: seed, resolution: resolution)
        }
        var random = SplitMix64(seed: seed)
        var original = identity  // community (vertex of the current level) of each original vertex
        var levels: [CommunityPartition] = []
        var currentModularity = level.singletonModularity(m: m, resolution: resolution)
        var (moved, improved) = level.moveVertices(m: m, resolution: resolution, random: &random)
        while true {
            for v in 0 ..< vertexCount { original[v] = moved[Int(original[v])] }
            let next = level.aggregated(by: moved)
            let q = next.singletonModularity(m: m, resolution: resolution)
            levels.append(CommunityPartition(labels: original, modularity: q))
            if q - currentModularity <= threshold { break }
            currentModularity = q
            level = next
            (moved, improved) = level.moveVertices(m: m, resolution: resolution, random: &random)
            if !improved { break }
        }
        // Report the exact modularity of the final partition on the input graph.
        let finalLabels = levels[levels.count - 1].membership
        let q = (try? modularity(membership: finalLabels, resolution: resolution, weighting: weighting))
        let final = CommunityPartition(labels: finalLabels, modularity: q)
        levels[levels.count - 1] = final
        return LouvainCommunities(partition: final, levels: levels, seed: seed, resolution: resolution)
    }
}

/// One level of the Louvain method: a weighted graph whose vertices are the
/// previous level's communities.
///
/// Representation: CSR rows of neighbours without self-loops, ascending,
/// with the weight between the two vertices (for a directed graph the sum of
/// both arc directions, as NetworkX's `nbrs`); `loop[v]` is the self-loop
/// weight (internal weight of the community); `outDegree`/`inDegree` the
/// weighted degrees, equal and counting a self-loop twice when undirected.
struct LouvainLevel {
    let directed: Bool
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var loop: [Double]
    var outDegree: [Double]
    var inDegree: [Double]

    var count: Int { loop.count }

    /// Total edge (arc) weight: the `m` of the modularity formulas.
    var totalWeight: Double {
        if directed { return outDegree.reduce(0, +) }
        return outDegree.reduce(0, +) / 2
    }

    init(_ graph: Graph, useWeights: Bool) {
        let n = graph.vertexCount
        directed = graph.isDirected
        loop = [Double](repeating: 0, count: n)
        outDegree = [Double](repeating: 0, count: n)
        inDegree = [Double](repeating: 0, count: n)
        offsets = [Int](repeating: 0, count: n + 1)
        targets = []
        weights = []
        @inline(__always) func w(_ i: Int) -> Double { useWeights ? graph.weights[i] : 1 }
        @inline(__always) func wIn(_ i: Int) -> Double { useWeights ? graph.inWeights[i] : 1 }
        for v in 0 ..< n {
            let vv = Int32(v)
            var i = graph.offsets[v]
            let iEnd = graph.offsets[v + 1]
            if directed {
                var j = graph.inOffsets[v]
                let jEnd = graph.inOffsets[v + 1]
                for k in i ..< iEnd { outDegree[v] += w(k) }
                for k in j ..< jEnd { inDegree[v] += wIn(k) }
                while i < iEnd || j < jEnd {
                    let a = i < iEnd ? graph.targets[i] : Int32.max
                    let b = j < jEnd ? graph.inTargets[j] : Int32.max
                    let t = min(a, b)
                    var sum = 0.0
                    if a == t { sum += w(i); i += 1 }
                    if b == t { sum += wIn(j); j += 1 }
                    if t == vv {
                        loop[v] = sum / 2  // the loop arc is both an out- and an in-arc
                    } else {
                        targets.append(t); weights.append(sum)
                    }
                }
            } else {
                for k in i ..< iEnd {
                    let t = graph.targets[k]
                    if t == vv {
                        loop[v] += w(k)
                        outDegree[v] += 2 * w(k)
                    } else {
                        targets.append(t); weights.append(w(k))
                        outDegree[v] += w(k)
                    }
                }
                inDegree[v] = outDegree[v]
            }
            offsets[v + 1] = targets.count
        }
    }

    /// Modularity of the partition with every vertex of this level alone.
    func singletonModularity(m: Double, resolution: Double) -> Double {
        modularityFromSums(
            inside: loop, outSum: outDegree, inSum: inDegree, m: m, resolution: resolution, directed: directed)
    }

    /// The local-moving phase. Returns each vertex's community, numbered
    /// `0..<k` by first appearance in vertex order, and whether any vertex moved.
    func moveVertices(m: Double, resolution: Double, random: inout SplitMix64) -> ([Int32], Bool) {
        let n = count
        var community = (0 ..< Int32(n)).map { $0 }
        var totalOut = outDegree
        var totalIn = inDegree
        var order = (0 ..< Int32(n)).map { $0 }
        random.shuffle(&order)
        var weightTo = [Double](repeating: 0, count: n)
        var isTouched = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        var improved = false
        let m2 = m * m
        var moves = 1
        while moves > 0 {
            moves = 0
            for u in order {
                let ui = Int(u)
                touched.removeAll(keepingCapacity: true)
                for k in offsets[ui] ..< offsets[ui + 1] {
                    let c = community[Int(targets[k])]
                    if !isTouched[Int(c)] { isTouched[Int(c)] = true; touched.append(c) }
                    weightTo[Int(c)] += weights[k]
                }
                let home = community[ui]
                let dOut = outDegree[ui], dIn = inDegree[ui]
                totalOut[Int(home)] -= dOut
                totalIn[Int(home)] -= dIn
                let removeCost: Double
                if directed {
                    removeCost = -weightTo[Int(home)] / m
                        + resolution * (dOut * totalIn[Int(home)] + dIn * totalOut[Int(home)]) / m2
                } else {
                    removeCost = -weightTo[Int(home)] / m + resolution * (totalOut[Int(home)] * dOut) / (2 * m2)
                }
                var best = home
                var bestGain = 0.0
                for c in touched {
                    let wt = weightTo[Int(c)]
                    let gain: Double
                    if directed {
                        gain = removeCost + wt / m
                            - resolution * (dOut * totalIn[Int(c)] + dIn * totalOut[Int(c)]) / m2
                    } else {
                        gain = removeCost + wt / m - resolution * (totalOut[Int(c)] * dOut) / (2 * m2)
                    }
                    if gain > bestGain { bestGain = gain; best = c }
                }
                for c in touched { weightTo[Int(c)] = 0; isTouched[Int(c)] = false }
                totalOut[Int(best)] += dOut
                totalIn[Int(best)] += dIn
                if best != home {
                    community[ui] = best
                    improved = true
                    moves += 1
                }
            }
        }
        // Renumber by first appearance in vertex order.
        var renumber = [Int32](repeating: -1, count: n)
        var next: Int32 = 0
        for v in 0 ..< n {
            let c = Int(community[v])
            if renumber[c] < 0 { renumber[c] = next; next += 1 }
            community[v] = renumber[c]
        }
        return (community, improved)
    }

    /// The next level: one vertex per community of `community` (labels `0..<k`).
    func aggregated(by community: [Int32]) -> LouvainLevel {
        let k = Int((community.max() ?? -1) + 1)
        var next = self
        next.loop = [Double](repeating: 0, count: k)
        next.outDegree = [Double](repeating: 0, count: k)
        next.inDegree = [Double](repeating: 0, count: k)
        // Members of every community, by counting sort.
        var start = [Int](repeating: 0, count: k + 1)
        for c in community { start[Int(c) + 1] += 1 }
        for c in 0 ..< k { start[c + 1] += start[c] }
        var fill = start
        var members = [Int](repeating: 0, count: count)
        for v in 0 ..< count {
            let c = Int(community[v])
            members[fill[c]] = v
            fill[c] += 1
        }
        var offsets = [Int](repeating: 0, count: k + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var acc = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var touched: [Int32] = []
        for c in 0 ..< k {
            touched.removeAll(keepingCapacity: true)
            for v in members[start[c] ..< start[c + 1]] {
                next.loop[c] += loop[v]
                next.outDegree[c] += outDegree[v]
                next.inDegree[c] += inDegree[v]
                for i in self.offsets[v] ..< self.offsets[v + 1] {
                    let u = Int(self.targets[i])
                    let cu = community[u]
                    if Int(cu) == c {
                        // Each internal pair appears in both rows; count it once.
                        if u > v { next.loop[c] += self.weights[i] }
                    } else {
                        if !seen[Int(cu)] { seen[Int(cu)] = true; touched.append(cu) }
                        acc[Int(cu)] += self.weights[i]
                    }
                }
            }
            touched.sort()
            for cu in touched {
                targets.append(cu); weights.append(acc[Int(cu)])
                acc[Int(cu)] = 0; seen[Int(cu)] = false
            }
            offsets[c + 1] = targets.count
        }
        next.offsets = offsets
        next.targets = targets
        next.weights = weights
        return next
    }
}
