/// One iterative depth-first search (Hopcroft–Tarjan lowpoints) that finds
/// the cut vertices and bridges of the underlying undirected graph.
///
/// The search keeps an explicit stack of `(vertex, next neighbour position)`
/// instead of recursing, so graphs with long paths cannot overflow the call
/// stack. O(V + E) time, O(V) space besides the adjacency.
struct CutSearch {
    var cutVertices: [Int32] = []
    var bridges: [Bridge] = []

    init(_ adjacency: UndirectedAdjacency) {
        let n = adjacency.vertexCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var stack: [(vertex: Int32, next: Int)] = []
        var time: Int32 = 0
        for root in 0 ..< n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            stack.append((Int32(root), adjacency.offsets[root]))
            var rootChildren = 0
            while let top = stack.last {
                let v = Int(top.vertex)
                if top.next < adjacency.offsets[v + 1] {
                    let w = Int(adjacency.targets[top.next])
                    stack[stack.count - 1].next += 1
                    if discovery[w] < 0 {
                        parent[w] = Int32(v)
                        discovery[w] = time; low[w] = time; time += 1
                        if v == root { rootChildren += 1 }
                        stack.append((Int32(w), adjacency.offsets[w]))
                    } else if Int32(w) != parent[v] {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    let p = Int(parent[v])
                    guard p >= 0 else { continue }
                    low[p] = min(low[p], low[v])
                    if p != root && low[v] >= discovery[p] { isCut[p] = true }
                    if low[v] > discovery[p] {
                        bridges.append(Bridge(Int32(min(p, v)), Int32(max(p, v))))
                    }
                }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        for v in 0 ..< n where isCut[v] { cutVertices.append(Int32(v)) }
        bridges.sort()
    }
}
