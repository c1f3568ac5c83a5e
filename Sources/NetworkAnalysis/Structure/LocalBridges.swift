/// A local bridge: a tie whose endpoints have no neighbour in common, so
/// that no triangle closes over it (Granovetter's weak tie in its
/// structural sense). Every bridge is a local bridge with no span.
public struct LocalBridge: Sendable, Hashable, Codable, Comparable {
    /// The smaller endpoint.
    public let u: Int32
    /// The larger endpoint.
    public let v: Int32
    /// The length in ties of the shortest path from `u` to `v` that does
    /// not use the tie itself; nil when there is none (the tie is a
    /// bridge: NetworkX's infinite span).
    public let span: Int?

    public init(_ a: Int32, _ b: Int32, span: Int?) {
        u = min(a, b)
        v = max(a, b)
        self.span = span
    }

    public static func < (l: LocalBridge, r: LocalBridge) -> Bool { (l.u, l.v) < (r.u, r.v) }
}

extension Graph {
    /// The local bridges, each with its span: the ties `{u, v}` whose
    /// endpoints share no neighbour, and the shortest detour between them
    /// in ties (nil when the tie is a bridge).
    ///
    /// Works on the underlying undirected graph (NetworkX refuses
    /// directed graphs); self-loops are ignored, and the span counts ties,
    /// whatever their weights (NetworkX's default `weight=None`). A span
    /// is always at least 3 (a detour of 2 would be a common neighbour).
    ///
    /// - Returns: the local bridges sorted by `(u, v)`.
    /// - Complexity: O(Σ_{uv} min(d(u), d(v))) to find them, plus one
    ///   breadth-first search, O(V + E), per local bridge.
    ///
    /// Reference: M. Granovetter, "The strength of weak ties", American
    /// Journal of Sociology 78(6), 1360–1380 (1973); D. Easley, J. Kleinberg,
    /// Networks, Crowds, and Markets (2010), §3.2.
    ///
    /// Reproduces NetworkX 3.6 `local_bridges(G, with_span=True)`.
    public func localBridges() -> [LocalBridge] {
        let a = UndirectedAdjacency(self, useWeights: false)
        let n = a.vertexCount
        var mark = [Bool](repeating: false, count: n)
        var distance = [Int](repeating: -1, count: n)
        var queue: [Int] = []
        var result: [LocalBridge] = []
        for u in 0 ..< n {
            let row = a.offsets[u] ..< a.offsets[u + 1]
            for i in row { mark[Int(a.targets[i])] = true }
            for i in row {
                let v = Int(a.targets[i])
                guard v > u else { continue }
                var shared = false
                for j in a.offsets[v] ..< a.offsets[v + 1] where mark[Int(a.targets[j])] {
                    shared = true
                    break
                }
                guard !shared else { continue }
                // Breadth-first search from u to v without the tie {u, v}.
                distance[u] = 0
                queue = [u]
                var head = 0, span: Int?
                search: while head < queue.count {
                    let x = queue[head]
                    head += 1
                    for j in a.offsets[x] ..< a.offsets[x + 1] {
                        let y = Int(a.targets[j])
                        if x == u && y == v { continue }
                        guard distance[y] < 0 else { continue }
                        distance[y] = distance[x] + 1
                        if y == v { span = distance[y]; break search }
                        queue.append(y)
                    }
                }
                for x in queue { distance[x] = -1 }
                distance[v] = -1
                result.append(LocalBridge(Int32(u), Int32(v), span: span))
            }
            for i in row { mark[Int(a.targets[i])] = false }
        }
        return result
    }
}
