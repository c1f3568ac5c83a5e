/// Which source vertices a path-based measure sums over.
public enum SourceSelection: Sendable, Hashable {
    /// Every vertex (the exact measure).
    case all
    /// Only these sources, summed without extrapolation: NetworkX
    /// `betweenness_centrality_subset(G, sources, targets=G)` and igraph
    /// `betweenness(sources=…)`. The normalisation is that of the full
    /// measure.
    case subset([Int32])
    /// An estimate from these sampled sources, extrapolated to all sources
    /// exactly as NetworkX `betweenness_centrality(G, k=len(sample))` does
    /// with the same sample (pass the sample NetworkX drew, e.g.
    /// `random.Random(seed).sample(list(G), k)`, to get its numbers).
    case sample([Int32])
    /// An estimate from `count` distinct sources drawn with a SplitMix64
    /// generator seeded with `seed`, then treated as `.sample`. Reproducible
    /// across runs and platforms, but not the sample Python would draw.
    case randomSample(count: Int, seed: UInt64)
    /// An estimate from the `count` sources Python would draw:
    /// `random.Random(seed).sample(range(n), count)` (`PythonRandomSample`),
    /// vertex i standing for the i-th node of NetworkX's node order, then
    /// treated as `.sample`. With the vertices in the order of `list(G)`,
    /// this is NetworkX `betweenness_centrality(G, k=count, seed=seed)`
    /// (and `edge_betweenness_centrality`) exactly. `count` is 1 to n
    /// (NetworkX: above n or negative raises ValueError, 0 divides by 0).
    case pythonSample(count: Int, seed: UInt64)
}
struct ResolvedSources {
    var list: [Int32]
    /// The sample size `k` when the result is extrapolated from a sample.
    var sampleSize: Int?
}

extension SourceSelection {
    func resolve(vertexCount n: Int) throws(AnalysisError) -> ResolvedSources {
        func checked(_ list: [Int32]) throws(AnalysisError) -> [Int32] {
            var seen = [Bool](repeating: false, count: n)
            for v in list {
                guard v >= 0, Int(v) < n else { throw .vertexOutOfRange(v, vertexCount: n) }
                guard !seen[Int(v)] else {
                    throw .invalidParameter(name: "sources", value: "vertex \(v) twice", expected: "distinct vertices")
                }
                seen[Int(v)] = true
            }
            return list
        }
        switch self {
        case .all:
            return ResolvedSources(list: (0 ..< Int32(n)).map { $0 }, sampleSize: nil)
        case let .subset(list):
            return ResolvedSources(list: try checked(list), sampleSize: nil)
        case let .sample(list):
            let list = try checked(list)
            return ResolvedSources(list: list, sampleSize: list.count == n ? nil : list.count)
        case let .randomSample(count, seed):
            guard count >= 0, count <= n else {
                throw .invalidParameter(name: "sample count", value: "\(count)", expected: "0...\(n)")
            }
            var rng = SplitMix64(seed: seed)
            var pool = (0 ..< Int32(n)).map { $0 }
            for i in 0 ..< count {
                let j = i + Int(rng.next() % UInt64(n - i))
                pool.swapAt(i, j)
            }
            let list = Array(pool[0 ..< count]).sorted()
            return ResolvedSources(list: list, sampleSize: count == n ? nil : count)
        case let .pythonSample(count, seed):
            guard count >= 1, count <= n else {
                throw .invalidParameter(name: "sample count", value: "\(count)", expected: "1...\(n)")
            }
            let list = PythonRandomSample.sample(populationSize: n, count: count, seed: seed).map { Int32($0) }
            return ResolvedSources(list: list, sampleSize: count == n ? nil : count)
        }
    }
}
