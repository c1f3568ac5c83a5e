/// Breadth-first search over one adjacency, in a reused `SearchWorkspace`.
extension SearchWorkspace {
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
}
