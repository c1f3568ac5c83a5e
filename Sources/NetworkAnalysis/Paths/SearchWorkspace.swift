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
    /// Per-vertex Dijkstra state in one 16-byte record, so that relaxing an
    /// arc touches one cache line: the weighted distance from the source
    /// (+∞ when not reached), the position in `order` once settled (-1
    /// before), and the index in `heap` (-1 when not queued).
    let node: UnsafeMutableBufferPointer<NodeState>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Brandes' `(1 + δ(v)) / σ(v)` of finished vertices.
    let coefficient: UnsafeMutableBufferPointer<Double>
    /// Vertices in the order they were reached (BFS) or settled (Dijkstra).
    let order: UnsafeMutableBufferPointer<Int32>
    /// Number of valid entries of `order`.
    var reached = 0
    /// Dijkstra's queue: an indexed 4-ary min-heap of vertices keyed by
    /// `distance`, with decrease-key. Equal keys leave in an order fixed by
    /// the sequence of operations (so runs are reproducible); which of
    /// several equidistant vertices settles first changes no result. `node[v].heapSlot` is v's index
    /// in `heap`, or -1. (swift-collections' `Heap` has no decrease-key; the
    /// lazy-deletion duplicates it needs made it 40 % of weighted
    /// betweenness time.)
    let heap: UnsafeMutableBufferPointer<Int32>
    /// `heapKey[i] == node[heap[i]].distance`, kept beside the heap so that
    /// sifting compares adjacent memory.
    let heapKey: UnsafeMutableBufferPointer<Double>
    var heapCount = 0

    init(vertexCount n: Int) {
        vertexCount = n
        hops = .allocate(capacity: n); hops.initialize(repeating: -1)
        node = .allocate(capacity: n); node.initialize(repeating: NodeState())
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0)
        coefficient = .allocate(capacity: n); coefficient.initialize(repeating: 0)
        order = .allocate(capacity: n); order.initialize(repeating: 0)
        heap = .allocate(capacity: max(1, n)); heap.initialize(repeating: 0)
        heapKey = .allocate(capacity: max(1, n)); heapKey.initialize(repeating: 0)
    }

    deinit {
        hops.deallocate(); node.deallocate(); sigma.deallocate()
        coefficient.deallocate(); order.deallocate()
        heap.deallocate(); heapKey.deallocate()
    }

    // MARK: Indexed heap

    /// Moves vertex `v` with key `key` up from heap index `start`.
    @inline(__always)
    private func siftUp(_ v: Int32, key: Double, from start: Int) {
        var i = start
        while i > 0 {
            let parent = (i &- 1) >> 2
            let pk = heapKey[parent], p = heap[parent]
            guard key < pk else { break }
            heap[i] = p; heapKey[i] = pk; node[Int(p)].heapSlot = Int32(truncatingIfNeeded: i)
            i = parent
        }
        heap[i] = v; heapKey[i] = key; node[Int(v)].heapSlot = Int32(truncatingIfNeeded: i)
    }

    /// Inserts `v` with key `node[v].distance`, or, when queued, moves it up
    /// after its key fell.
    @inline(__always)
    func pushOrDecrease(_ v: Int) {
        let slot = node[v].heapSlot
        let vertex = Int32(truncatingIfNeeded: v)
        if slot < 0 {
            heapCount &+= 1
            siftUp(vertex, key: node[v].distance, from: heapCount &- 1)
        } else {
            siftUp(vertex, key: node[v].distance, from: Int(slot))
        }
    }

    /// Removes and returns the vertex with the smallest key, or -1.
    @inline(__always)
    func popMin() -> Int {
        guard heapCount > 0 else { return -1 }
        let top = heap[0]
        node[Int(top)].heapSlot = -1
        heapCount &-= 1
        let count = heapCount
        if count > 0 {
            let v = heap[count], key = heapKey[count]
            var i = 0
            while true {
                let first = (i << 2) &+ 1
                if first >= count { break }
                var best = first
                var bestKey = heapKey[first]
                let last = Swift.min(first &+ 4, count)
                var c = first &+ 1
                while c < last {
                    let ck = heapKey[c]
                    if ck < bestKey { best = c; bestKey = ck }
                    c &+= 1
                }
                guard bestKey < key else { break }
                let bestVertex = heap[best]
                heap[i] = bestVertex; heapKey[i] = bestKey; node[Int(bestVertex)].heapSlot = Int32(truncatingIfNeeded: i)
                i = best
            }
            heap[i] = v; heapKey[i] = key; node[Int(v)].heapSlot = Int32(truncatingIfNeeded: i)
        }
        return Int(top)
    }

    /// Clears what the last search wrote.
    @inline(__always)
    func reset() {
        for i in 0 ..< reached {
            let v = Int(order[i])
            hops[v] = -1; node[v] = NodeState(); sigma[v] = 0
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
        node[source].distance = 0
        pushOrDecrease(source)
        while true {
            let v = popMin()
            if v < 0 { break }
            node[v].position = Int32(truncatingIfNeeded: reached); order[reached] = Int32(truncatingIfNeeded: v); reached &+= 1
            let d = node[v].distance
            for arc in g.arcs(v) {
                let w = g.target(arc)
                if node[w].position >= 0 { continue }
                let nd = d + g.length(arc)
                guard nd < .infinity, nd <= maxLength else { continue }
                if nd < node[w].distance {
                    node[w].distance = nd
                    pushOrDecrease(w)
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
        node[source].distance = 0; sigma[source] = 1
        pushOrDecrease(source)
        while true {
            let v = popMin()
            if v < 0 { break }
            node[v].position = Int32(truncatingIfNeeded: reached); order[reached] = Int32(truncatingIfNeeded: v); reached &+= 1
            let d = node[v].distance, sv = sigma[v]
            for arc in g.arcs(v) {
                let w = g.target(arc)
                if node[w].position >= 0 { continue }
                let nd = d + g.length(arc)
                guard nd < .infinity, nd <= maxLength else { continue }
                let current = node[w].distance
                if nd < current {
                    node[w].distance = nd; sigma[w] = sv
                    pushOrDecrease(w)
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
                let dw = node[w].distance, pw = node[w].position
                for arc in g.arcs(w) {
                    let x = g.target(arc)
                    if node[x].position > pw && dw + g.length(arc) == node[x].distance {
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

/// One vertex's Dijkstra state (16 bytes).
struct NodeState {
    var distance: Double = .infinity
    var position: Int32 = -1
    var heapSlot: Int32 = -1
}
