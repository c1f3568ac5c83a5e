extension TwoModeGraph {
    /// The articulation points (cut vertices) of the one-mode projection
    /// onto `side`, found on the two-mode graph without building the
    /// projection, whose size is quadratic in the degree of a hub.
    ///
    /// Definition: as `Graph.articulationPoints()` on
    /// `projection(onto: side).graph`. Two vertices of `side` are joined in
    /// the projection exactly when a two-mode path joins them whose inner
    /// vertices of `side` avoid `v`, so `v` is a cut vertex of the
    /// projection exactly when removing it from the two-mode graph leaves
    /// at least two pieces of its component that hold a vertex of `side`.
    /// One Hopcroft–Tarjan depth-first search (iterative) counts, for each
    /// vertex, the `side` vertices below it: the pieces are the subtrees of
    /// the children `c` with `low(c) ≥ disc(v)`, and the rest of the
    /// component.
    ///
    /// - Returns: the positions in `vertices(of: side)` of the cut
    ///   vertices, ascending (the vertex numbering of the projection).
    /// - Complexity: O(V + E) time and space for the two-mode graph's V
    ///   vertices and E edges, where the projection would take
    ///   O(Σ_k deg(k)²).
    ///
    /// Reproduces `projection(onto: side).graph.articulationPoints()`, and
    /// so NetworkX `articulation_points(bipartite.projected_graph(…))`.
    public func projectedArticulationPoints(onto side: TwoModeSide) -> [Int32] {
        let adjacency = UndirectedAdjacency(graph, useWeights: false)
        let n = adjacency.vertexCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        // Vertices of `side` in each vertex's search subtree (itself included).
        var below = [Int](repeating: 0, count: n)
        // For each vertex: pieces cut off below it that hold a vertex of
        // `side`, and how many such vertices they hold.
        var pieces = [Int](repeating: 0, count: n)
        var cutOff = [Int](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var stack: [(vertex: Int32, next: Int)] = []
        var component: [Int32] = []
        var time: Int32 = 0
        for root in 0 ..< n where discovery[root] < 0 {
            component.removeAll(keepingCapacity: true)
            discovery[root] = time; low[root] = time; time += 1
            below[root] = sides[root] == side ? 1 : 0
            component.append(Int32(root))
            stack.append((Int32(root), adjacency.offsets[root]))
            while let top = stack.last {
                let v = Int(top.vertex)
                if top.next < adjacency.offsets[v + 1] {
                    let w = Int(adjacency.targets[top.next])
                    stack[stack.count - 1].next += 1
                    if discovery[w] < 0 {
                        parent[w] = Int32(v)
                        discovery[w] = time; low[w] = time; time += 1
                        below[w] = sides[w] == side ? 1 : 0
                        component.append(Int32(w))
                        stack.append((Int32(w), adjacency.offsets[w]))
                    } else if Int32(w) != parent[v] {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    let p = Int(parent[v])
                    guard p >= 0 else { continue }
                    low[p] = min(low[p], low[v])
                    below[p] += below[v]
                    if low[v] >= discovery[p] && below[v] > 0 {
                        pieces[p] += 1
                        cutOff[p] += below[v]
                    }
                }
            }
            // The rest of the component without v: what is not cut off
            // below it (empty for the root, all of whose children are).
            let total = below[root]
            for v in component where sides[Int(v)] == side {
                let rest = total - 1 - cutOff[Int(v)]
                if pieces[Int(v)] + (rest > 0 ? 1 : 0) >= 2 { isCut[Int(v)] = true }
            }
        }
        var out: [Int32] = []
        for (position, v) in vertices(of: side).enumerated() where isCut[Int(v)] { out.append(Int32(position)) }
        return out
    }
}
