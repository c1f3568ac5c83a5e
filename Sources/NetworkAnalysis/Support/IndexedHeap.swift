/// Dijkstra's queue: an indexed 4-ary min-heap of vertices keyed by
/// distance, with decrease-key, over `SearchWorkspace`'s `heap`, `heapKey`
/// and `node[v].heapSlot` (see there for the representation).
extension SearchWorkspace {
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
}
