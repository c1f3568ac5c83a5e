/// How betweenness scores are scaled.
public enum BetweennessNormalization: Sendable, Hashable {
    /// Raw pair-dependency sums. An undirected graph counts each unordered
    /// pair `{s, t}` once (NetworkX `normalized=False`, igraph's values).
    case none
    /// Divided by the number of ordered pairs that could have a path
    /// through a vertex: `(N − 1)(N − 2)` without endpoints, `N(N − 1)` with
    /// them, directed or not (NetworkX `normalized=True`, the default).
    case pairs
}

extension Graph {
    /// Betweenness centrality (Brandes' algorithm): for each vertex `v`, the
    /// sum over pairs `s ≠ t` (`s, t ≠ v`) of `σ(s, t | v) / σ(s, t)`, the
    /// share of shortest `s`–`t` paths that pass through `v`.
    ///
    /// - Parameters:
    ///   - lengths: `.hops` (BFS, the default, NetworkX `weight=None`) or a
    ///     weight rule (Dijkstra; ties are exact floating-point equality).
    ///   - endpoints: whether `s` and `t` themselves count as on the path.
    ///   - normalization: `.pairs` (default) or `.none`; see below.
    ///   - sources: all vertices (exact), a subset, or a sample to
    ///     extrapolate from (NetworkX's `k`).
    ///   - cutoff: when set, only paths of length ≤ `cutoff` count (igraph
    ///     `cutoff`; NetworkX has none). Must be ≥ 0.
    ///   - parallelism: threads to use. The sources are split into chunks
    ///     fixed by the graph alone and the chunk sums are added in chunk
    ///     order, so the result is bit-identical for every `parallelism`.
    ///   - progress: called after each chunk of sources.
    /// - Returns: one score per vertex.
    /// - Throws: `CancellationError` when the calling task is cancelled
    ///   (checked between chunks of sources); `AnalysisError` for a bad
    ///   source list or cutoff.
    ///
    /// **Normalisation.** Sums are taken over *ordered* pairs; with
    /// `.none` an undirected graph's sums are halved so each unordered pair
    /// counts once. With `.pairs` they are divided by `K·(N − 1)` where
    /// `N = n − 1` without endpoints and `n` with them, and `K = N` for
    /// exact results; nothing is halved (NetworkX: so `(n−1)(n−2)` for the
    /// default, directed or not). With a sample of `k` sources (NetworkX's
    /// `k`) the sums are extrapolated with NetworkX's factors: `K = k`, and
    /// without endpoints the sampled vertices themselves use `k − 1`.
    /// With fewer than 3 vertices (2 with endpoints) nothing is rescaled.
    ///
    /// **Disconnected graphs.** Unreachable pairs contribute nothing.
    ///
    /// **Weights.** With a weight rule, a shortest path is one of least
    /// total length and two paths tie when their float sums are equal, as
    /// in NetworkX. Lengths of 0 are allowed, but then which of two
    /// equidistant vertices counts as the other's predecessor depends on
    /// queue order (NetworkX's too), so such graphs may differ from it.
    ///
    /// **Reproduces** NetworkX 3.6 `betweenness_centrality` (and
    /// `betweenness_centrality_subset` for `.subset`); igraph
    /// `Graph.betweenness` equals `.none`, also with `cutoff`.
    ///
    /// - Complexity: O(S·(V + E)) time unweighted and O(S·(E + V log V))
    ///   weighted, for S sources, V vertices and E arcs; O(V + E) space per
    ///   thread, plus the partial sums of the chunks running or waiting
    ///   for their turn (about one per thread, O(V) each). Exact
    ///   unweighted betweenness of an undirected graph (all sources, no
    ///   endpoints, no cutoff) first folds the trees that hang off the rest
    ///   of the graph (Baglioni et al., ASONAM 2012; Sariyüce et al., SDM
    ///   2013), so S, V and E are those of what remains; the folded
    ///   vertices' scores are closed-form. On an undirected graph each
    ///   unweighted search finds a level bottom-up, from the unreached
    ///   vertices' arcs, when they are fewer than the frontier's (Beamer
    ///   et al., SC 2012): the last levels of a small-world graph then
    ///   cost the arcs still unreached. The sums then differ from the
    ///   plain algorithm's only by rounding.
    ///
    /// Reference: U. Brandes, "A faster algorithm for betweenness
    /// centrality", J. Math. Sociol. 25(2):163–177, 2001,
    /// doi:10.1080/0022250X.2001.9990249; U. Brandes, "On variants of
    /// shortest-path betweenness centrality and their generic
    /// computation", Social Networks 30(2):136–145, 2008,
    /// doi:10.1016/j.socnet.2007.11.001.
    public func betweennessCentrality(
        lengths: EdgeLength = .hops,
        endpoints: EndpointPolicy = .excluded,
        normalization: BetweennessNormalization = .pairs,
        sources: SourceSelection = .all,
        cutoff: Double? = nil,
        parallelism: Int = 1,
        progress: ProgressHandler? = nil
    ) throws -> VertexScores {
        let resolved = try sources.resolve(vertexCount: vertexCount)
        var sums = try BrandesEngine.sums(
            graph: self, lengths: lengths, sources: resolved.list, allSources: sources == .all,
            endpoints: endpoints == .included, cutoff: cutoff, target: .vertices, parallelism: parallelism,
            progress: progress)
        let factor = BrandesEngine.scale(
            vertexCount: vertexCount, directed: isDirected, normalized: normalization == .pairs,
            endpoints: endpoints == .included, sampleSize: resolved.sampleSize)
        if factor != (1, 1) {
            var isSource = [Bool](repeating: false, count: vertexCount)
            if resolved.sampleSize != nil { for s in resolved.list { isSource[Int(s)] = true } }
            for v in sums.indices { sums[v] *= isSource[v] ? factor.source : factor.other }
        }
        return VertexScores(sums)
    }

    /// Edge betweenness centrality: for each edge, the sum over ordered
    /// pairs `(s, t)` of the share of shortest `s`–`t` paths that use it.
    ///
    /// - Parameters: as `betweennessCentrality` (there is no endpoint option:
    ///   an edge is never an endpoint).
    /// - Returns: one score per edge, in `edgeList` order (`u → v` when
    ///   directed, `u ≤ v` when undirected; both arc directions of an
    ///   undirected edge are summed).
    /// - Throws: `CancellationError`; `AnalysisError` for bad sources or cutoff.
    ///
    /// **Normalisation.** `.pairs` divides by `K·(n − 1)` (`K = n`, or the
    /// sample size `k`): `n(n − 1)` for exact results, directed or not.
    /// `.none` halves undirected sums, and extrapolates a sample by `n / k`.
    ///
    /// **Reproduces** NetworkX 3.6 `edge_betweenness_centrality`; igraph
    /// `Graph.edge_betweenness` equals `.none`.
    ///
    /// - Complexity: as vertex betweenness, with O(E) per chunk partial.
    ///
    /// Reference: Brandes 2008 (doi:10.1016/j.socnet.2007.11.001), §3.4;
    /// Girvan & Newman, PNAS 99(12):7821–7826, 2002, doi:10.1073/pnas.122653799.
    public func edgeBetweennessCentrality(
        lengths: EdgeLength = .hops,
        normalization: BetweennessNormalization = .pairs,
        sources: SourceSelection = .all,
        cutoff: Double? = nil,
        parallelism: Int = 1,
        progress: ProgressHandler? = nil
    ) throws -> [EdgeScore] {
        let resolved = try sources.resolve(vertexCount: vertexCount)
        let arcs = try BrandesEngine.sums(
            graph: self, lengths: lengths, sources: resolved.list, endpoints: false,
            cutoff: cutoff, target: .arcs, parallelism: parallelism, progress: progress)
        let factor = BrandesEngine.scale(
            vertexCount: vertexCount, directed: isDirected, normalized: normalization == .pairs,
            endpoints: true, sampleSize: resolved.sampleSize).other
        var result: [EdgeScore] = []
        result.reserveCapacity(edgeCount)
        for u in 0 ..< vertexCount {
            for i in offsets[u] ..< offsets[u + 1] {
                let v = targets[i]
                var value = arcs[i]
                if !isDirected {
                    if Int(v) < u { continue }
                    if Int(v) != u, let back = arcIndex(from: v, to: Int32(u)) { value += arcs[back] }
                }
                result.append(EdgeScore(source: Int32(u), target: v, value: value * factor))
            }
        }
        return result
    }
}
