/// Dijkstra's algorithm over positive arc lengths, in a reused
/// `SearchWorkspace` with its indexed heap (`Support/IndexedHeap.swift`).
extension SearchWorkspace {
    /// Dijkstra from `source` over positive lengths, filling `node[v]`'s
    /// distance and position, and `order`; ignores paths longer than `maxLength`.
    func dijkstra(_ g: AdjacencyView, from source: Int, maxLength: Double = .infinity) {
        reset(); nodesWritten = true
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

    /// Dijkstra that also counts shortest paths (σ in `node[v].value`); ties are exact
    /// floating-point equality of path lengths, as in NetworkX.
    func countingDijkstra(_ g: AdjacencyView, from source: Int, maxLength: Double) {
        reset(); nodesWritten = true
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
}
