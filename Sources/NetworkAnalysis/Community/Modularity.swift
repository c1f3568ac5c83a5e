extension Graph {
    /// The modularity of a partition: the fraction of edge weight inside
    /// communities minus its expected value under the configuration model,
    /// scaled by the resolution γ.
    ///
    /// Definition (NetworkX `community.modularity`): undirected,
    ///
    ///     Q = Σ_c [ L_c / m − γ (D_c / 2m)² ]
    ///
    /// with `m` the total edge weight, `L_c` the weight of edges inside
    /// community `c` (a self-loop counts once) and `D_c` the sum of the
    /// weighted degrees of its vertices (a self-loop adds twice its weight).
    /// Directed (Leicht & Newman 2008),
    ///
    ///     Q = Σ_c [ L_c / m − γ D⁺_c D⁻_c / m² ]
    ///
    /// with `m` the total arc weight, `L_c` the weight of arcs inside `c`,
    /// and `D⁺_c`, `D⁻_c` the summed out- and in-degrees. Disconnected graphs
    /// and isolated vertices need no special treatment (an isolated vertex
    /// contributes 0).
    ///
    /// - Parameters:
    ///   - membership: a community label for every vertex (any `Int32`
    ///     values; equal labels mean the same community).
    ///   - resolution: γ; 1 is standard modularity, larger favours smaller
    ///     communities.
    ///   - weighting: `.weights` (NetworkX's default `weight="weight"`) or
    ///     `.ignored` (`weight=None`).
    /// - Throws: `CommunityError` for a label count that is not the vertex
    ///   count, a non-finite resolution, or a graph without edge weight.
    /// - Complexity: O(V + E) time and O(V) space, where V is the number of
    ///   vertices and E of edges.
    ///
    /// References: M. E. J. Newman, "Finding and evaluating community
    /// structure in networks", Physical Review E 69, 026113 (2004),
    /// doi:10.1103/PhysRevE.69.026113; J. Reichardt, S. Bornholdt (resolution),
    /// doi:10.1103/PhysRevE.74.016110; E. A. Leicht, M. E. J. Newman
    /// (directed), doi:10.1103/PhysRevLett.100.118703.
    ///
    /// Reproduces NetworkX `community.modularity(G, communities, weight,
    /// resolution)`.
    public func modularity(
        membership: [Int32], resolution: Double = 1, weighting: EdgeWeighting = .weights
    ) throws(CommunityError) -> Double {
        guard membership.count == vertexCount else {
            throw .membershipCountMismatch(labels: membership.count, vertices: vertexCount)
        }
        guard resolution.isFinite else { throw .invalidResolution(resolution) }
        let labels = CommunityPartition(labels: membership, modularity: nil)
        let k = labels.communityCount
        let community = labels.membership
        let useWeights = weighting == .weights && isWeighted
        @inline(__always) func weight(_ i: Int) -> Double { useWeights ? weights[i] : 1 }
        var inside = [Double](repeating: 0, count: k)
        var outSum = [Double](repeating: 0, count: k)
        var inSum = [Double](repeating: 0, count: k)
        var m = 0.0
        for u in 0 ..< vertexCount {
            let cu = Int(community[u])
            for i in offsets[u] ..< offsets[u + 1] {
                let v = Int(targets[i])
                let w = weight(i)
                if isDirected {
                    m += w
                    outSum[cu] += w
                    inSum[Int(community[v])] += w
                    if community[v] == community[u] { inside[cu] += w }
                } else {
                    // Degree: each row entry once, a self-loop twice.
                    outSum[cu] += v == u ? 2 * w : w
                    if v >= u {
                        m += w
                        if community[v] == community[u] { inside[cu] += w }
                    }
                }
            }
        }
        guard m > 0 else { throw .noEdgeWeight }
        return modularityFromSums(
            inside: inside, outSum: outSum, inSum: inSum, m: m, resolution: resolution, directed: isDirected)
    }

    /// The modularity of a partition given as lists of vertices; see
    /// `modularity(membership:resolution:weighting:)`.
    ///
    /// - Throws: `CommunityError.notAPartition` when a vertex is in no list
    ///   or in several, `.vertexOutOfRange` for a listed vertex not in the
    ///   graph, and the errors of `modularity(membership:…)`.
    /// - Complexity: O(V + E) time and O(V) space.
    public func modularity(
        communities: [[Int32]], resolution: Double = 1, weighting: EdgeWeighting = .weights
    ) throws(CommunityError) -> Double {
        var membership = [Int32](repeating: -1, count: vertexCount)
        var seen = [Int](repeating: 0, count: vertexCount)
        for (c, list) in communities.enumerated() {
            for v in list {
                guard v >= 0, Int(v) < vertexCount else { throw .vertexOutOfRange(v, vertexCount: vertexCount) }
                membership[Int(v)] = Int32(c)
                seen[Int(v)] += 1
            }
        }
        if let v = seen.firstIndex(where: { $0 != 1 }) {
            throw .notAPartition(vertex: Int32(v), occurrences: seen[v])
        }
        return try modularity(membership: membership, resolution: resolution, weighting: weighting)
    }
}

/// Newman's modularity from per-community sums, shared by `modularity`
/// and Louvain: `Σ_c [inside_c/m − γ·out_c·in_c/m²]` when directed,
/// `Σ_c [inside_c/m − γ·(out_c/2m)²]` when undirected (`inSum` is then
/// not read). `inside_c` is the weight inside community `c`, `out_c` and
/// `in_c` its weighted out- and in-degree (a self-loop counted twice when
/// undirected), `m` the total weight.
///
/// - Complexity: O(k) for k communities.
func modularityFromSums(
    inside: [Double], outSum: [Double], inSum: [Double], m: Double, resolution: Double, directed: Bool
) -> Double {
    var q = 0.0
    for c in inside.indices {
        if directed {
            q += inside[c] / m - resolution * outSum[c] * inSum[c] / (m * m)
        } else {
            let share = outSum[c] / (2 * m)
            q += inside[c] / m - resolution * share * share
        }
    }
    return q
}
