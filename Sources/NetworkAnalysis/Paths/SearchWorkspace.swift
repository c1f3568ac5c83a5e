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
    /// Per-vertex hop distance from the source of a BFS, -1 when not
    /// reached. Kept apart from `pathValue` so that the test every arc
    /// makes reads 4 bytes: 10,000 vertices' levels fit in an L1 cache.
    let hops: UnsafeMutableBufferPointer<Int32>
    /// Brandes' path value per vertex for `countingBreadthFirst`: σ, the
    /// number of shortest paths from the source, during the forward search;
    /// in the backward pass, once the vertex is finished, `(1 + δ) / σ` (σ
    /// is no longer needed then, and successors are read only after they
    /// are finished). Written when a vertex is reached, so never reset.
    let pathValue: UnsafeMutableBufferPointer<Double>
    /// Per-vertex Dijkstra state (24 bytes): the weighted distance from the
    /// source (+∞ when not reached), the position in `order` once settled
    /// (-1 before), the index in `heap` (-1 when not queued) and Brandes'
    /// path value.
    let node: UnsafeMutableBufferPointer<NodeState>
    /// The shortest-path DAG of the last `countingBreadthFirst`, as
    /// successor lists in BFS order: the successors of `order[i]` are
    /// `successors[successorEnd[i - 1] ..< successorEnd[i]]` (from 0 for
    /// `i = 0`). Empty unless the workspace was made with an arc count;
    /// Brandes' backward pass then reads only DAG arcs instead of testing
    /// every arc's levels again.
    let successors: UnsafeMutableBufferPointer<Int32>
    let successorEnd: UnsafeMutableBufferPointer<Int>
    /// The rest of the DAG when levels were found bottom-up
    /// (`countingBreadthFirst` on a symmetric adjacency): the predecessors
    /// of `order[i]` are `predecessors[predecessorEnd[i - 1] ..< predecessorEnd[i]]`.
    /// Each DAG arc is listed once, here or in `successors`. Empty unless
    /// the workspace was made with an arc count and `symmetric`.
    let predecessors: UnsafeMutableBufferPointer<Int32>
    let predecessorEnd: UnsafeMutableBufferPointer<Int>
    /// Per vertex, the coefficients its bottom-up successors pushed to it in
    /// the backward pass; read and cleared when the vertex is finished, so
    /// all zero between searches.
    let pushed: UnsafeMutableBufferPointer<Double>
    /// When `countingBreadthFirst` may find a level bottom-up (Beamer et
    /// al.'s direction-optimising BFS); `.hybrid` unless a test forces one.
    var direction: SearchDirection = .hybrid
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

    /// - Parameter arcCount: the adjacency's arc count, to record the
    ///   shortest-path DAG in `successors`; 0 records none.
    /// - Parameter symmetric: the adjacency lists every arc both ways (an
    ///   undirected graph), so a level can be found bottom-up, from the
    ///   unreached vertices' own lists.
    init(vertexCount n: Int, arcCount: Int = 0, symmetric: Bool = false) {
        vertexCount = n
        successors = .allocate(capacity: arcCount); successors.initialize(repeating: 0)
        successorEnd = .allocate(capacity: arcCount > 0 ? n : 0); successorEnd.initialize(repeating: 0)
        let bottomUp = arcCount > 0 && symmetric
        predecessors = .allocate(capacity: bottomUp ? arcCount : 0); predecessors.initialize(repeating: 0)
        predecessorEnd = .allocate(capacity: bottomUp ? n : 0); predecessorEnd.initialize(repeating: 0)
        pushed = .allocate(capacity: bottomUp ? n : 0); pushed.initialize(repeating: 0)
        hops = .allocate(capacity: n); hops.initialize(repeating: -1)
        pathValue = .allocate(capacity: n); pathValue.initialize(repeating: 0)
        node = .allocate(capacity: n); node.initialize(repeating: NodeState())
        order = .allocate(capacity: n); order.initialize(repeating: 0)
        heap = .allocate(capacity: max(1, n)); heap.initialize(repeating: 0)
        heapKey = .allocate(capacity: max(1, n)); heapKey.initialize(repeating: 0)
    }

    deinit {
        hops.deallocate(); pathValue.deallocate(); node.deallocate()
        successors.deallocate(); successorEnd.deallocate()
        predecessors.deallocate(); predecessorEnd.deallocate(); pushed.deallocate()
        order.deallocate()
        heap.deallocate(); heapKey.deallocate()
    }

    /// Whether the last search was a Dijkstra (which writes `node`).
    var nodesWritten = false

    /// Clears what the last search wrote.
    @inline(__always)
    func reset() {
        if nodesWritten {
            for i in 0 ..< reached { node[Int(order[i])] = NodeState() }
            nodesWritten = false
        }
        for i in 0 ..< reached { hops[Int(order[i])] = -1 }
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
    ///
    /// `vertexWeights` (unweighted searches only) makes each vertex `t`
    /// count as `vertexWeights[t]` targets and the source as
    /// `vertexWeights[source]` sources (`TreeFolding`); nil counts 1 each.
    func accumulate(
        _ g: AdjacencyView, source: Int, weighted: Bool, endpoints: Bool,
        vertexSums: UnsafeMutablePointer<Double>?, arcSums: UnsafeMutablePointer<Double>?,
        vertexWeights: UnsafePointer<Double>? = nil
    ) {
        let sourceWeight = vertexWeights?[source] ?? 1
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
            } else if arcSums == nil && successors.count != 0 {
                sw = pathValue[w]
                for k in (i == 0 ? 0 : successorEnd[i &- 1]) ..< successorEnd[i] {
                    sum += pathValue[Int(successors[k])]
                }
                if pushed.count != 0 {
                    sum += pushed[w]
                    pushed[w] = 0
                }
            } else {
                let next = hops[w] &+ 1
                sw = pathValue[w]
                for arc in g.arcs(w) {
                    let x = g.target(arc)
                    if hops[x] == next {
                        let vx = pathValue[x]
                        sum += vx
                        if let arcSums { arcSums[arc] += sw * vx }
                    }
                }
            }
            let delta = sw * sum
            let coefficient = ((vertexWeights?[w] ?? 1) + delta) / sw
            if weighted { node[w].value = coefficient } else { pathValue[w] = coefficient }
            if pushed.count != 0 && arcSums == nil && !weighted {
                // Bottom-up levels listed w's predecessors: push to them.
                for k in (i == 0 ? 0 : predecessorEnd[i &- 1]) ..< predecessorEnd[i] {
                    pushed[Int(predecessors[k])] += coefficient
                }
            }
            if w != source, let vertexSums { vertexSums[w] += endpoints ? delta + 1 : sourceWeight * delta }
        }
    }
}

/// How `SearchWorkspace.countingBreadthFirst` finds each level.
enum SearchDirection: Sendable {
    /// From the frontier's arcs always.
    case topDown
    /// Bottom-up when the unreached vertices have fewer arcs than the
    /// frontier (and the adjacency is symmetric).
    case hybrid
    /// Bottom-up whenever the adjacency is symmetric (for tests).
    case bottomUp
}

/// One vertex's Dijkstra state; `value` as `SearchWorkspace.pathValue`.
struct NodeState {
    var distance: Double = .infinity
    var position: Int32 = -1
    var heapSlot: Int32 = -1
    var value: Double = 0
}
