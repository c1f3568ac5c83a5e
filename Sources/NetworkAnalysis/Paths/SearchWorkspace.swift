import HeapModule

/// Scratch arrays for one single-source shortest-path search at a time,
/// reused across sources (reset costs only the vertices the last search
/// reached). One per thread; never shared.
///
/// Holds its buffers as manually allocated pointers so that the inner
/// loops index them without copy-on-write checks; `deinit` frees them.
final class SearchWorkspace {
    let vertexCount: Int
    /// Hop distance from the source, -1 when not reached (BFS).
    let hops: UnsafeMutableBufferPointer<Int32>
    /// Weighted distance from the source, +∞ when not reached (Dijkstra).
    let distance: UnsafeMutableBufferPointer<Double>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Brandes' `(1 + δ(v)) / σ(v)` of finished vertices.
    let coefficient: UnsafeMutableBufferPointer<Double>
    /// Vertices in the order they were reached (BFS) or settled (Dijkstra).
    let order: UnsafeMutableBufferPointer<Int32>
    /// Position of a vertex in `order` once settled, -1 before (Dijkstra).
    let position: UnsafeMutableBufferPointer<Int32>
    /// Number of valid entries of `order`.
    var reached = 0
    var heap = Heap<HeapEntry>()

    init(vertexCount n: Int) {
        vertexCount = n
        hops = .allocate(capacity: n); hops.initialize(repeating: -1)
        distance = .allocate(capacity: n); distance.initialize(repeating: .infinity)
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0)
        coefficient = .allocate(capacity: n); coefficient.initialize(repeating: 0)
        order = .allocate(capacity: n); order.initialize(repeating: 0)
        position = .allocate(capacity: n); position.initialize(repeating: -1)
    }

    deinit {
        hops.deallocate(); distance.deallocate(); sigma.deallocate()
        coefficient.deallocate(); order.deallocate(); position.deallocate()
    }

    /// Clears what the last search wrote.
    @inline(__always)
    func reset() {
        for i in 0 ..< reached {
            let v = Int(order[i])
            hops[v] = -1; distance[v] = .infinity; sigma[v] = 0; position[v] = -1
        }
        reached = 0
    }

    // MARK: Distances only

    /// Breadth-first search from `source`, filling `hops` and `order`;
    /// does not expand vertices at depth `maxDepth`.
    func breadthFirst(_ g: AdjacencyView, from source: Int, maxDepth: Int32 = .max) {
        reset()
        hops[source] = 0; order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head &+= 1
            let next = hops[v] &+ 1
            if next > maxDepth { continue }
            for arc in g.arcs(v) {
                let w = g.target(arc)
                if hops[w] < 0 {
                    hops[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                }
            }
        }
        reached = tail
    }

    /// Dijkstra from `source` over positive lengths, filling `distance`,
    /// `order` and `position`; ignores paths longer than `maxLength`.
    func dijkstra(_ g: AdjacencyView, from source: Int, maxLength: Double = .infinity) {
        reset()
        distance[source] = 0
        heap.insert(HeapEntry(distance: 0, vertex: Int32(truncatingIfNeeded: source)))
        while let e = heap.popMin() {
            let v = Int(e.vertex)
            if position[v] >= 0 { continue }
            position[v] = Int32(truncatingIfNeeded: reached); order[reached] = e.vertex; reached &+= 1
            let d = distance[v]
            for arc in g.arcs(v) {
                let w = g.target(arc)
                if position[w] >= 0 { continue }
                let nd = d + g.length(arc)
                guard nd < .infinity, nd <= maxLength else { continue }
                if nd < distance[w] {
                    distance[w] = nd
                    heap.insert(HeapEntry(distance: nd, vertex: Int32(truncatingIfNeeded: w)))
                }
            }
        }
    }

    // MARK: Brandes (path counts and dependency accumulation)

    /// BFS that also counts shortest paths (`sigma`).
    func countingBreadthFirst(_ g: AdjacencyView, from source: Int, maxDepth: Int32) {
        reset()
        hops[source] = 0; sigma[source] = 1; order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head &+= 1
            let next = hops[v] &+ 1
            if next > maxDepth { continue }
            let sv = sigma[v]
            for arc in g.arcs(v) {
                let w = g.target(arc)
                var hw = hops[w]
                if hw < 0 {
                    hw = next; hops[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                }
                if hw == next { sigma[w] += sv }
            }
        }
        reached = tail
    }

    /// Dijkstra that also counts shortest paths (`sigma`); ties are exact
    /// floating-point equality of path lengths, as in NetworkX.
    func countingDijkstra(_ g: AdjacencyView, from source: Int, maxLength: Double) {
        reset()
        distance[source] = 0; sigma[source] = 1
        heap.insert(HeapEntry(distance: 0, vertex: Int32(truncatingIfNeeded: source)))
        while let e = heap.popMin() {
            let v = Int(e.vertex)
            if position[v] >= 0 { continue }
            position[v] = Int32(truncatingIfNeeded: reached); order[reached] = e.vertex; reached &+= 1
            let d = distance[v], sv = sigma[v]
            for arc in g.arcs(v) {
                let w = g.target(arc)
                if position[w] >= 0 { continue }
                let nd = d + g.length(arc)
                guard nd < .infinity, nd <= maxLength else { continue }
                let current = distance[w]
                if nd < current {
                    distance[w] = nd; sigma[w] = sv
                    heap.insert(HeapEntry(distance: nd, vertex: Int32(truncatingIfNeeded: w)))
                } else if nd == current {
                    sigma[w] += sv
                }
            }
        }
    }

    /// Brandes' dependency accumulation after `countingBreadthFirst` or
    /// `countingDijkstra` (`weighted` says which), adding each vertex's
    /// dependency to `vertexSums` (when non-nil) and each DAG arc's share
    /// to `arcSums` (when non-nil, indexed like the adjacency's targets).
    ///
    /// A DAG arc `w → x` is one with `d(x) = d(w) + len(w, x)`, `x` reached
    /// after `w`. `endpoints` adds the source's `reached - 1` and one per
    /// other reached vertex (NetworkX `endpoints=True`).
    func accumulate(
        _ g: AdjacencyView, source: Int, weighted: Bool, endpoints: Bool,
        vertexSums: UnsafeMutablePointer<Double>?, arcSums: UnsafeMutablePointer<Double>?
    ) {
        if endpoints, let vertexSums { vertexSums[source] += Double(reached - 1) }
        var i = reached
        while i > 0 {
            i &-= 1
            let w = Int(order[i])
            var sum = 0.0
            let sw = sigma[w]
            if weighted {
                let dw = distance[w], pw = position[w]
                for arc in g.arcs(w) {
                    let x = g.target(arc)
                    if position[x] > pw && dw + g.length(arc) == distance[x] {
                        let c = coefficient[x]
                        sum += c
                        if let arcSums { arcSums[arc] += sw * c }
                    }
                }
            } else {
                let next = hops[w] &+ 1
                for arc in g.arcs(w) {
                    let x = g.target(arc)
                    if hops[x] == next {
                        let c = coefficient[x]
                        sum += c
                        if let arcSums { arcSums[arc] += sw * c }
                    }
                }
            }
            let delta = sw * sum
            coefficient[w] = (1 + delta) / sw
            if w != source, let vertexSums { vertexSums[w] += endpoints ? delta + 1 : delta }
        }
    }
}

/// A Dijkstra queue entry, ordered by distance then vertex.
struct HeapEntry: Comparable {
    var distance: Double
    var vertex: Int32

    static func < (a: HeapEntry, b: HeapEntry) -> Bool {
        a.distance != b.distance ? a.distance < b.distance : a.vertex < b.vertex
    }
}
