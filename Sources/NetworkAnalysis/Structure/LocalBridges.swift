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
    /// The least total length of a path from `u` to `v` that does not use
    /// the tie, under the rule `localBridges(lengths:)` was given (NetworkX
    /// `local_bridges(G, with_span=True, weight=…)`); nil for `.hops` (the
    /// span is the length) or when there is no such path.
    public let length: Double?

    public init(_ a: Int32, _ b: Int32, span: Int?, length: Double? = nil) {
        u = min(a, b)
        v = max(a, b)
        self.span = span
        self.length = length
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
    /// Reproduces NetworkX 3.6 `local_bridges(G, with_span=True)`; with
    /// `lengths` `.weight` each bridge's `length` is NetworkX's span with
    /// `weight="weight"` (Dijkstra from `u` without the tie, lengths summed
    /// along the path as NetworkX sums them), with `.inverseWeight` the
    /// span in lengths 1/w (a weight of 0: no path through the tie).
    /// - Complexity: with a weighted rule, one Dijkstra search more per
    ///   local bridge, O(E + V log V).
    public func localBridges(lengths: EdgeLength = .hops) -> [LocalBridge] {
        let a = UndirectedAdjacency(self, useWeights: lengths.isWeighted(on: self))
        let weighted = lengths.isWeighted(on: self)
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
                let length = weighted && span != nil
                    ? a.detourLength(u, v, lengths: lengths, halved: !isDirected) : nil
                result.append(LocalBridge(Int32(u), Int32(v), span: span, length: length))
            }
            for i in row { mark[Int(a.targets[i])] = false }
        }
        return result
    }
}

extension UndirectedAdjacency {
    /// The least total length of a path from `u` to `v` that does not use
    /// the tie {u, v} (NetworkX's `hide_edge`), each tie's length its
    /// weight (`.weight`) or 1/weight (`.inverseWeight`, infinite for 0);
    /// nil when no such path exists. Dijkstra from `u` with a binary heap
    /// of (distance, vertex), stale entries skipped. `halved`: the
    /// adjacency is of an undirected graph, whose mutual weights are twice
    /// the tie's weight (exactly: halving is exact in binary).
    func detourLength(_ u: Int, _ v: Int, lengths: EdgeLength, halved: Bool) -> Double? {
        var distance = [Double](repeating: .infinity, count: vertexCount)
        var done = [Bool](repeating: false, count: vertexCount)
        var heap: [(Double, Int)] = [(0, u)]
        distance[u] = 0
        func less(_ x: (Double, Int), _ y: (Double, Int)) -> Bool { x.0 != y.0 ? x.0 < y.0 : x.1 < y.1 }
        while let top = heap.first {
            // Pop the least entry.
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var m = i
                    if l < heap.count, less(heap[l], heap[m]) { m = l }
                    if r < heap.count, less(heap[r], heap[m]) { m = r }
                    if m == i { break }
                    heap.swapAt(i, m)
                    i = m
                }
            }
            let (d, x) = top
            guard !done[x] else { continue }
            done[x] = true
            if x == v { return d }
            for j in offsets[x] ..< offsets[x + 1] {
                let y = Int(targets[j])
                if (x == u && y == v) || (x == v && y == u) || done[y] { continue }
                let w = halved ? mutualWeights[j] / 2 : mutualWeights[j]
                let step: Double = switch lengths {
                case .hops: 1
                case .weight: w
                case .inverseWeight: w > 0 ? 1 / w : .infinity
                }
                let candidate = d + step
                guard candidate.isFinite, candidate < distance[y] else { continue }
                distance[y] = candidate
                heap.append((candidate, y))
                var i = heap.count - 1
                while i > 0 {
                    let p = (i - 1) / 2
                    guard less(heap[i], heap[p]) else { break }
                    heap.swapAt(i, p)
                    i = p
                }
            }
        }
        return nil
    }
}
