/// Breadth-first search over one adjacency, in a reused `SearchWorkspace`.
extension SearchWorkspace {
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

    /// BFS that also counts shortest paths (σ in `pathValue`), and records
    /// the shortest-path DAG in `successors` when the workspace has room.
    func countingBreadthFirst(_ g: AdjacencyView, from source: Int, maxDepth: Int32) {
        if successors.count != 0 {
            countingBreadthFirstRecordingDAG(g, from: source, maxDepth: maxDepth)
            return
        }
        reset()
        hops[source] = 0; pathValue[source] = 1; order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head &+= 1
            let next = hops[v] &+ 1
            if next > maxDepth { continue }
            let sv = pathValue[v]
            for arc in g.arcs(v) {
                let w = g.target(arc)
                let hw = hops[w]
                if hw < 0 {
                    hops[w] = next; pathValue[w] = sv
                    order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                } else if hw == next {
                    pathValue[w] += sv
                }
            }
        }
        reached = tail
    }

    private func countingBreadthFirstRecordingDAG(_ g: AdjacencyView, from source: Int, maxDepth: Int32) {
        reset()
        // Local copies: stores through these pointers could alias the
        // object, so the properties would be reloaded on every arc.
        let hops = hops, pathValue = pathValue, order = order, successors = successors
        hops[source] = 0; pathValue[source] = 1; order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1, count = 0
        while head < tail {
            let v = Int(order[head])
            let next = hops[v] &+ 1
            if next <= maxDepth {
                let sv = pathValue[v]
                let nextBits = UInt32(bitPattern: next)
                for arc in g.arcs(v) {
                    let w = g.target(arc)
                    let hw = hops[w]
                    // Unreached (-1) reads as UInt32.max: one test keeps
                    // the successors (new, or one level down) and skips the
                    // arcs back up or sideways.
                    guard UInt32(bitPattern: hw) >= nextBits else { continue }
                    successors[count] = Int32(truncatingIfNeeded: w); count &+= 1
                    if hw < 0 {
                        hops[w] = next; pathValue[w] = sv
                        order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                    } else {
                        pathValue[w] += sv
                    }
                }
            }
            successorEnd[head] = count
            head &+= 1
        }
        reached = tail
    }
}
