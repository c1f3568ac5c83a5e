/// Scratch arrays for one single-source shortest-path search at a time,
/// reused across sources (reset costs only the vertices the last search
/// reached). One per thread; never shared.
///
/// Holds its buffers as manually allocated pointers so that the inner
/// loops index them without copy-on-write checks; `deinit` frees them.
final class SearchWorkspace {
    let vertexCount: Int
    /// Per-vertex BFS state (16 bytes): the hop distance from the source
    /// (-1 when not reached) and Brandes' path value (see `BFSState`), side
    /// by side so that visiting a neighbour touches one cache line.
    let level: UnsafeMutableBufferPointer<BFSState>
    /// Per-vertex Dijkstra state (24 bytes): the weighted distance from the
    /// source (+∞ when not reached), the position in `order` once settled
    /// (-1 before), the index in `heap` (-1 when not queued) and Brandes'
    /// path value.
    let node: UnsafeMutableBufferPointer<NodeState>
    /// Vertices in the order they were reached (BFS) or settled (Dijkstra).
    let order: UnsafeMutableBufferPointer<Int32>
    /// Number of valid entries of `order`.
    var reached = 0
    /// Dijkstra's queue: an indexed 4-ary min-heap of vertices keyed by
    /// `distance`, with decrease-key; `node[v].heapSlot` is v's index in
    /// `heap`, or -1. Equal keys leave in an order fixed by the sequence of
    /// operations (so runs are reproducible); which of several equidistant
    /// vertices settles first changes no result for positive lengths.
    /// (swift-collections' `Heap` has no decrease-key; the lazy-deletion
    /// duplicates it needs took 40 % of weighted betweenness time.)
    let heap: UnsafeMutableBufferPointer<Int32>
    /// `heapKey[i] == node[heap[i]].distance`, kept beside the heap so that
    /// sifting compares adjacent memory.
    let heapKey: UnsafeMutableBufferPointer<Double>
    var heapCount = 0

    init(vertexCount n: Int) {
        vertexCount = n
        level = .allocate(capacity: n); level.initialize(repeating: BFSState())
        node = .allocate(capacity: n); node.initialize(repeating: NodeState())
        order = .allocate(capacity: n); order.initialize(repeating: 0)
        heap = .allocate(capacity: max(1, n)); heap.initialize(repeating: 0)
        heapKey = .allocate(capacity: max(1, n)); heapKey.initialize(repeating: 0)
    }

    deinit {
        level.deallocate(); node.deallocate()
        order.deallocate()
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
            level[v] = BFSState(); node[v] = NodeState()
        }
        reached = 0
    }

    // MARK: Distances only

    /// Breadth-first search from `source`, filling `level[v].hops` and `order`;
    /// does not expand vertices at depth `maxDepth`.
    func breadthFirst(_ g: AdjacencyView, from source: Int, maxDepth: Int32 = .max) {
        reset()
        level[source].hops = 0; order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head &+= 1
            let next = level[v].hops &+ 1
            if next > maxDepth { continue }
            for arc in g.arcs(v) {
                let w = g.target(arc)
                if level[w].hops < 0 {
                    level[w].hops = next
                    order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                }
            }
        }
        reached = tail
    }

    /// Dijkstra from `source` over positive lengths, filling `node[v]`'s
    /// distance and position, and `order`; ignores paths longer than `maxLength`.
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

    /// BFS that also counts shortest paths (σ in `level[v].value`).
    func countingBreadthFirst(_ g: AdjacencyView, from source: Int, maxDepth: Int32) {
        reset()
        level[source] = BFSState(hops: 0, value: 1); order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head &+= 1
            let next = level[v].hops &+ 1
            if next > maxDepth { continue }
            let sv = level[v].value
            for arc in g.arcs(v) {
                let w = g.target(arc)
                let hw = level[w].hops
                if hw < 0 {
                    level[w] = BFSState(hops: next, value: sv)
                    order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                } else if hw == next {
                    level[w].value += sv
                }
            }
        }
        reached = tail
    }

    /// Dijkstra that also counts shortest paths (σ in `node[v].value`); ties are exact
    /// floating-point equality of path lengths, as in NetworkX.
    func countingDijkstra(_ g: AdjacencyView, from source: Int, maxLength: Double) {
        reset()
        node[source].distance = 0; node[source].value = 1
        pushOrDecrease(source)
        while true {
            let v = popMin()
            if v < 0 { break }
            node[v].position = Int32(truncatingIfNeeded: reached); order[reached] = Int32(truncatingIfNeeded: v); reached &+= 1
            let d = node[v].distance, sv = node[v].value
            for arc in g.arcs(v) {
                let w = g.target(arc)
                if node[w].position >= 0 { continue }
                let nd = d + g.length(arc)
                guard nd < .infinity, nd <= maxLength else { continue }
                let current = node[w].distance
                if nd < current {
                    node[w].distance = nd; node[w].value = sv
                    pushOrDecrease(w)
                } else if nd == current {
                    node[w].value += sv
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
            // Successors are finished, so their `value` is the coefficient;
            // `w`'s own value is still σ(w) until overwritten below.
            let sw: Double
            if weighted {
                let dw = node[w].distance, pw = node[w].position
                sw = node[w].value
                for arc in g.arcs(w) {
                    let x = g.target(arc)
                    let nx = node[x]
                    if nx.position > pw && dw + g.length(arc) == nx.distance {
                        sum += nx.value
                        if let arcSums { arcSums[arc] += sw * nx.value }
                    }
                }
            } else {
                let next = level[w].hops &+ 1
                sw = level[w].value
                for arc in g.arcs(w) {
                    let lx = level[g.target(arc)]
                    if lx.hops == next {
                        sum += lx.value
                        if let arcSums { arcSums[arc] += sw * lx.value }
                    }
                }
            }
            let delta = sw * sum
            let coefficient = (1 + delta) / sw
            if weighted { node[w].value = coefficient } else { level[w].value = coefficient }
            if w != source, let vertexSums { vertexSums[w] += endpoints ? delta + 1 : delta }
        }
    }
}

/// One vertex's BFS state. `value` is σ, the number of shortest paths
/// from the source, during the forward search; in Brandes' backward pass,
/// once the vertex is finished, it becomes `(1 + δ) / σ` (σ is no longer
/// needed then, and successors are read only after they are finished).
struct BFSState {
    var hops: Int32 = -1
    var value: Double = 0
}

/// One vertex's Dijkstra state; `value` as in `BFSState`.
struct NodeState {
    var distance: Double = .infinity
    var position: Int32 = -1
    var heapSlot: Int32 = -1
    var value: Double = 0
}
