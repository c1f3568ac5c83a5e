/// A partition of the vertices into components.
///
/// Components are numbered `0..<count` in ascending order of their
/// smallest vertex, so the numbering does not depend on the algorithm.
public struct Components: Sendable, Equatable, Hashable, Codable {
    /// `labels[v]`: the component of vertex `v`.
    public let labels: [Int32]
    /// Number of components.
    public let count: Int

    /// Relabels any labelling so components are numbered by smallest vertex.
    init(rawLabels: [Int]) {
        var map = [Int: Int32]()
        var labels = [Int32](repeating: 0, count: rawLabels.count)
        for (v, raw) in rawLabels.enumerated() {
            if let c = map[raw] { labels[v] = c } else {
                let c = Int32(map.count); map[raw] = c; labels[v] = c
            }
        }
        self.labels = labels
        self.count = map.count
    }

    /// Number of vertices in each component.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for c in labels { sizes[Int(c)] += 1 }
        return sizes
    }

    /// The vertices of each component, ascending.
    public var members: [[Int32]] {
        var members = [[Int32]](repeating: [], count: count)
        for (v, c) in labels.enumerated() { members[Int(c)].append(Int32(v)) }
        return members
    }

    /// The component with the most vertices (the first such), or `nil`.
    /// - Complexity: O(V): the sizes are counted once, not per comparison
    ///   (a graph of many isolated vertices has as many components).
    public var largest: Int? {
        let sizes = sizes
        return sizes.indices.max { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) }
    }
}

extension Graph {
    /// Connected components: maximal sets of mutually reachable vertices,
    /// ignoring arc direction (weakly connected components when directed).
    ///
    /// - Returns: the components, numbered by smallest vertex.
    /// - Complexity: O(V + E) time; O(V) space.
    ///
    /// **Reproduces** NetworkX 3.6 `connected_components` /
    /// `weakly_connected_components` (as sets).
    public func connectedComponents() -> Components {
        let n = vertexCount
        var label = [Int](repeating: -1, count: n)
        var stack: [Int32] = []
        var next = 0
        for s in 0 ..< n where label[s] < 0 {
            label[s] = next
            stack.append(Int32(s))
            while let v = stack.popLast() {
                for w in neighbors(of: v) where label[Int(w)] < 0 { label[Int(w)] = next; stack.append(w) }
                if isDirected {
                    for w in predecessors(of: v) where label[Int(w)] < 0 { label[Int(w)] = next; stack.append(w) }
                }
            }
            next += 1
        }
        return Components(rawLabels: label)
    }

    /// Weakly connected components of a directed graph (the same as
    /// `connectedComponents()`).
    public func weaklyConnectedComponents() -> Components { connectedComponents() }

    /// Strongly connected components: maximal sets of vertices each of
    /// which can reach every other along the arcs. For an undirected graph
    /// these are the connected components.
    ///
    /// Tarjan's algorithm, iterative (no recursion depth limit).
    ///
    /// - Returns: the components, numbered by smallest vertex.
    /// - Complexity: O(V + E) time; O(V) space.
    ///
    /// **Reproduces** NetworkX 3.6 `strongly_connected_components` (as sets).
    ///
    /// Reference: R. Tarjan, "Depth-first search and linear graph
    /// algorithms", SIAM J. Comput. 1(2):146–160, 1972, doi:10.1137/0201010.
    public func stronglyConnectedComponents() -> Components {
        guard isDirected else { return connectedComponents() }
        let n = vertexCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int](repeating: -1, count: n)
        var stack: [Int] = []
        var call: [(v: Int, arc: Int)] = []
        var counter = 0, components = 0
        for root in 0 ..< n where index[root] < 0 {
            call.append((root, offsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while !call.isEmpty {
                let (v, arc) = call[call.count - 1]
                if arc < offsets[v + 1] {
                    call[call.count - 1].arc = arc + 1
                    let w = Int(targets[arc])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        call.append((w, offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                call.removeLast()
                if let parent = call.last { low[parent.v] = min(low[parent.v], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[w] = false
                        label[w] = components
                        if w == v { break }
                    }
                    components += 1
                }
            }
        }
        return Components(rawLabels: label)
    }
}
