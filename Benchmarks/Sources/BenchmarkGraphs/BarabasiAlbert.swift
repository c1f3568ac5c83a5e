import struct NetworkAnalysis.SplitMix64

/// A seeded Barabási–Albert graph (Barabási & Albert 1999,
/// doi:10.1126/science.286.5439.509), generated exactly as `Benchmarks/compare`
/// generates it.
///
/// The first `m + 1` vertices form a clique; every later vertex `v` joins
/// `m` distinct earlier vertices, each drawn with probability proportional
/// to its degree (uniformly from the list of all edge endpoints so far,
/// redrawn on a repeat). Edges are `(t, v)` with `t < v`, in creation order.
/// `n` vertices give `m(m+1)/2 + (n-m-1)·m` edges: 49,985 for 10k/m=5.
public struct BarabasiAlbert: Sendable {
    public let vertexCount: Int
    public let edges: [(Int32, Int32)]

    public init(vertexCount n: Int, edgesPerVertex m: Int, seed: UInt64) {
        precondition(m >= 1 && n > m, "need n > m >= 1")
        var rng = SplitMix64(seed: seed)
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(m * (m + 1) / 2 + (n - m - 1) * m)
        var pool: [Int32] = []
        pool.reserveCapacity(2 * edges.capacity)
        for v in 1 ... m {
            for u in 0 ..< v {
                edges.append((Int32(u), Int32(v)))
                pool.append(Int32(u))
                pool.append(Int32(v))
            }
        }
        var chosen: [Int32] = []
        for v in (m + 1) ..< n {
            chosen.removeAll(keepingCapacity: true)
            while chosen.count < m {
                let t = pool[rng.remainder(below: pool.count)]
                if !chosen.contains(t) { chosen.append(t) }
            }
            for t in chosen {
                edges.append((t, Int32(v)))
                pool.append(t)
                pool.append(Int32(v))
            }
        }
        self.vertexCount = n
        self.edges = edges
    }
}
