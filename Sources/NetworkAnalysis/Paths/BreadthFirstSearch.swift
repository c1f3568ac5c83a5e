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

    /// Level by level; each level is found top-down (the frontier's arcs,
    /// recording successor lists) or, on a symmetric adjacency when the
    /// unreached vertices have fewer arcs than the frontier, bottom-up
    /// (every unreached vertex's arcs, recording predecessor lists): the
    /// last levels of a small-world graph cost the few arcs still unreached
    /// instead of every arc of the largest level pointing back at it
    /// (S. Beamer, K. Asanović & D. Patterson, "Direction-Optimizing
    /// Breadth-First Search", SC 2012, doi:10.1109/SC.2012.50). Path counts
    /// need every predecessor, so a bottom-up scan never stops early.
    private func countingBreadthFirstRecordingDAG(_ g: AdjacencyView, from source: Int, maxDepth: Int32) {
        reset()
        // Local copies: stores through these pointers could alias the
        // object, so the properties would be reloaded on every arc.
        let hops = hops, pathValue = pathValue, order = order, successors = successors
        let successorEnd = successorEnd, predecessors = predecessors, predecessorEnd = predecessorEnd
        let canGoBottomUp = predecessors.count != 0 && direction != .topDown
        let alwaysBottomUp = direction == .bottomUp
        hops[source] = 0; pathValue[source] = 1; order[0] = Int32(truncatingIfNeeded: source)
        if canGoBottomUp { predecessorEnd[0] = 0 }
        var levelStart = 0, tail = 1, count = 0, predecessorCount = 0
        var level: Int32 = 0
        // Arcs of the frontier and of the vertices not reached yet (only
        // tracked when a level may go bottom-up).
        var frontierArcs = canGoBottomUp ? g.arcs(source).count : 0
        var unreachedArcs = canGoBottomUp ? g.targets.count - frontierArcs : 0
        // Finding a level bottom-up also reads every vertex's level once.
        let scanCost = vertexCount >> 2
        while levelStart < tail {
            let levelEnd = tail
            let next = level &+ 1
            if next > maxDepth {
                for i in levelStart ..< levelEnd { successorEnd[i] = count }
                break
            }
            if canGoBottomUp && (alwaysBottomUp || unreachedArcs &+ scanCost < frontierArcs) {
                for i in levelStart ..< levelEnd { successorEnd[i] = count }
                var newArcs = 0
                for w in 0 ..< vertexCount where hops[w] < 0 {
                    let arcs = g.arcs(w)
                    var sigma = 0.0
                    let first = predecessorCount
                    for arc in arcs {
                        let u = g.target(arc)
                        if hops[u] == level {
                            sigma += pathValue[u]
                            predecessors[predecessorCount] = Int32(truncatingIfNeeded: u); predecessorCount &+= 1
                        }
                    }
                    if predecessorCount != first {
                        hops[w] = next; pathValue[w] = sigma
                        order[tail] = Int32(truncatingIfNeeded: w); predecessorEnd[tail] = predecessorCount
                        tail &+= 1
                        newArcs &+= arcs.count
                    }
                }
                frontierArcs = newArcs
                unreachedArcs &-= newArcs
            } else {
                let nextBits = UInt32(bitPattern: next)
                for head in levelStart ..< levelEnd {
                    let sv = pathValue[Int(order[head])]
                    for arc in g.arcs(Int(order[head])) {
                        let w = g.target(arc)
                        let hw = hops[w]
                        // Unreached (-1) reads as UInt32.max: one test keeps
                        // the successors (new, or one level down) and skips
                        // the arcs back up or sideways.
                        guard UInt32(bitPattern: hw) >= nextBits else { continue }
                        successors[count] = Int32(truncatingIfNeeded: w); count &+= 1
                        if hw < 0 {
                            hops[w] = next; pathValue[w] = sv
                            order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                        } else {
                            pathValue[w] += sv
                        }
                    }
                    successorEnd[head] = count
                }
                if canGoBottomUp {
                    var newArcs = 0
                    for i in levelEnd ..< tail {
                        predecessorEnd[i] = predecessorCount
                        newArcs &+= g.arcs(Int(order[i])).count
                    }
                    frontierArcs = newArcs
                    unreachedArcs &-= newArcs
                }
            }
            level = next
            levelStart = levelEnd
        }
        reached = tail
    }
}
