/// Scratch arrays for one single-source shortest-path search at a time,
/// reused across sources (reset costs only the vertices the last search
/// reached). One per thread; never shared.
///
/// Holds its buffers as manually allocated pointers so that the inner
/// loops index them without copy-on-write checks; `deinit` frees them.
///
/// The searches that fill it are in `BreadthFirstSearch.swift` and
/// `Dijkstra.swift`; Dijkstra's queue in `Support/IndexedHeap.swift`.
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

    /// Clears what the last search wrote.
    @inline(__always)
    func reset() {
        for i in 0 ..< reached {
            let v = Int(order[i])
            level[v] = BFSState(); node[v] = NodeState()
        }
        reached = 0
    }

    // MARK: Brandes (dependency accumulation)

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
