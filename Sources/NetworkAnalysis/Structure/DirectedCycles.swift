/// Cycles of a directed relation given as a successor function over dense
/// vertex indices `0 ..< vertexCount`: the check behind "no document
/// revises itself, even indirectly" and "no group is part of itself".
///
/// Definition: a cycle is a closed walk `v₀ → v₁ → … → v₀` along the
/// relation; a self-loop `v → v` is a cycle of length one. The search is a
/// depth-first search with three colours (white: not reached; grey: on the
/// current path; black: finished). An edge into a grey vertex closes a
/// cycle, read off the current path from that vertex. A relation has a
/// cycle exactly when the search meets such an edge (Cormen et al.,
/// *Introduction to Algorithms*, 3rd ed., Lemma 22.11). The search is
/// iterative (an explicit stack of vertices and successor iterators), so
/// a chain of a million links cannot overflow the call stack.
///
/// Which cycles are reported: the search starts from the vertices in
/// ascending order and follows successors in the order the function gives
/// them, so the result is deterministic. Every cycle found closes at a
/// distinct edge; since a finished (black) vertex is never entered again,
/// a strongly connected component with many cycles may report only some of
/// them, but every component holding a cycle reports at least one.
///
/// Reuse it for any relation whose cycles are errors (`part-of`,
/// `revises`/`supersedes`/`based-on`, successor links): map IDs to dense
/// indices through a dictionary, pass the successors, and report each
/// returned cycle at its closing edge.
public enum DirectedCycles {
    /// One cycle: `vertices[0] → vertices[1] → … → vertices.last →
    /// vertices[0]`. `closingEdge` is the edge that closed it, from
    /// `vertices.last` back to `vertices[0]`, given as the position of that
    /// successor in `successors(vertices.last)` (so callers that keep one
    /// source position per edge can point at it).
    public struct Cycle: Hashable, Sendable {
        public var vertices: [Int]
        public var closingEdge: Int
    }

    /// White: not reached; grey: on the current path; black: finished.
    private enum Colour: UInt8 { case white, grey, black }

    /// The cycles found by a depth-first search of the relation.
    ///
    /// - Parameters:
    ///   - vertexCount: the vertices are `0 ..< vertexCount`.
    ///   - limit: stop after this many cycles (reading a cycle off the path
    ///     costs its length; the limit keeps the total bounded).
    ///   - successors: the vertices `v` points to. Indices outside
    ///     `0 ..< vertexCount` are ignored.
    /// - Returns: up to `limit` cycles, in the order the search closes them.
    /// - Complexity: O(V + E + C) time for V vertices, E edges and C the
    ///   total length of the cycles returned (at most `limit · V`); O(V)
    ///   space besides the result and the successor iterators on the stack.
    public static func find<S: Sequence>(
        vertexCount: Int, limit: Int = .max, successors: (Int) -> S
    ) -> [Cycle] where S.Element == Int {
        guard vertexCount > 0, limit > 0 else { return [] }
        var colour = [Colour](repeating: .white, count: vertexCount)
        /// Where a grey vertex sits on `stack`, to read a cycle off it.
        var depth = [Int](repeating: -1, count: vertexCount)
        var stack: [(vertex: Int, next: S.Iterator, edge: Int)] = []
        var cycles: [Cycle] = []
        for root in 0 ..< vertexCount where colour[root] == .white {
            colour[root] = .grey
            depth[root] = 0
            stack.append((root, successors(root).makeIterator(), 0))
            while !stack.isEmpty {
                let top = stack.count - 1
                let edge = stack[top].edge
                guard let w = stack[top].next.next() else {
                    let v = stack[top].vertex
                    colour[v] = .black
                    depth[v] = -1
                    stack.removeLast()
                    continue
                }
                stack[top].edge = edge + 1
                guard w >= 0, w < vertexCount else { continue }
                switch colour[w] {
                case .white:
                    colour[w] = .grey
                    depth[w] = stack.count
                    stack.append((w, successors(w).makeIterator(), 0))
                case .grey:
                    cycles.append(Cycle(vertices: stack[depth[w]...].map(\.vertex), closingEdge: edge))
                    if cycles.count >= limit { return cycles }
                case .black:
                    continue
                }
            }
        }
        return cycles
    }

    /// The cycles of a relation between hashable keys, given as edges.
    /// Keys that occur only as edge targets are vertices too; the order of
    /// `edges` fixes the search order. Each cycle lists keys; `closingEdge`
    /// is the index in `edges` of the edge that closed it.
    ///
    /// - Complexity: O(V + E + C) expected time, as `find(vertexCount:…)`.
    public static func find<Key: Hashable>(
        edges: [(from: Key, to: Key)], limit: Int = .max
    ) -> [(keys: [Key], closingEdge: Int)] {
        var index: [Key: Int] = [:]
        var keys: [Key] = []
        func intern(_ key: Key) -> Int {
            if let i = index[key] { return i }
            index[key] = keys.count
            keys.append(key)
            return keys.count - 1
        }
        var out: [[(to: Int, edge: Int)]] = []
        for (e, edge) in edges.enumerated() {
            let a = intern(edge.from), b = intern(edge.to)
            while out.count < keys.count { out.append([]) }
            out[a].append((b, e))
        }
        while out.count < keys.count { out.append([]) }
        return find(vertexCount: keys.count, limit: limit) { v in out[v].lazy.map(\.to) }.map { cycle in
            let last = cycle.vertices[cycle.vertices.count - 1]
            return (cycle.vertices.map { keys[$0] }, out[last][cycle.closingEdge].edge)
        }
    }
}
