extension Graph {
    /// The biconnected components (blocks): the maximal sets of vertices
    /// that no single vertex's removal disconnects. Two blocks share at
    /// most one vertex, a cut vertex; a bridge is a block of two vertices.
    ///
    /// Found with Hopcroft and Tarjan's lowpoint search, keeping the tree
    /// and back edges on a stack: when a child `c` of `p` finishes with
    /// `low(c) ≥ disc(p)`, the edges above `{p, c}` on the stack are one
    /// block. The search is iterative, so long paths cannot overflow the
    /// call stack.
    ///
    /// Works on the underlying undirected graph (a directed graph's arcs
    /// as edges; NetworkX refuses directed graphs). Self-loops and weights
    /// are ignored; an isolated vertex is in no block.
    ///
    /// - Returns: the blocks, each sorted ascending, ordered by their
    ///   smallest vertex and then lexicographically.
    /// - Complexity: O(V + E) time and space.
    ///
    /// Reference: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient
    /// algorithms for graph manipulation", Communications of the ACM 16(6),
    /// 372–378 (1973), doi:10.1145/362248.362272.
    ///
    /// Reproduces the vertex sets of NetworkX `biconnected_components`.
    public func biconnectedComponents() -> [[Int32]] {
        let a = UndirectedAdjacency(self, useWeights: false)
        let n = a.vertexCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var stack: [(vertex: Int32, next: Int)] = []
        var edges: [(Int32, Int32)] = []
        var inBlock = [Bool](repeating: false, count: n)
        var blocks: [[Int32]] = []
        var time: Int32 = 0
        for root in 0 ..< n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            stack.append((Int32(root), a.offsets[root]))
            while let top = stack.last {
                let v = Int(top.vertex)
                if top.next < a.offsets[v + 1] {
                    let w = Int(a.targets[top.next])
                    stack[stack.count - 1].next += 1
                    if discovery[w] < 0 {
                        parent[w] = Int32(v)
                        discovery[w] = time; low[w] = time; time += 1
                        edges.append((Int32(v), Int32(w)))
                        stack.append((Int32(w), a.offsets[w]))
                    } else if Int32(w) != parent[v], discovery[w] < discovery[v] {
                        low[v] = min(low[v], discovery[w])
                        edges.append((Int32(v), Int32(w)))
                    }
                } else {
                    stack.removeLast()
                    let p = Int(parent[v])
                    guard p >= 0 else { continue }
                    low[p] = min(low[p], low[v])
                    guard low[v] >= discovery[p] else { continue }
                    var block: [Int32] = []
                    while let (x, y) = edges.popLast() {
                        for z in [x, y] where !inBlock[Int(z)] {
                            inBlock[Int(z)] = true
                            block.append(z)
                        }
                        if x == Int32(p) && y == Int32(v) { break }
                    }
                    for z in block { inBlock[Int(z)] = false }
                    blocks.append(block.sorted())
                }
            }
        }
        return blocks.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
