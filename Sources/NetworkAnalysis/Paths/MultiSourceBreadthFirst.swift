/// Bit-parallel multi-source breadth-first search: up to 64 searches at
/// once, one bit per source in a 64-bit word per vertex (Then et al.'s
/// MS-BFS), reduced on the fly to each source's `HopTotals`.
///
/// Representation: `seen[v]` has bit `j` set once source `j` has reached
/// `v`; `current[v]` holds the sources for which `v` is on the frontier of
/// the level being expanded, `next[v]` those that first reach `v` at the
/// next level. `frontier`/`touched` list the vertices whose `current`/`next`
/// word is non-zero, so a level costs the frontier's arcs, not a pass over
/// every vertex, and a batch costs at most what its searches would cost one
/// by one; a frontier of more than n/16 vertices is taken in vertex order
/// instead (a pass over `current`), so that the rows and words are read
/// front to back. `visited` lists every vertex whose `seen` word is non-zero, so
/// clearing after a batch costs only what the batch reached.
///
/// Per level, the words of `touched` are added into bit-sliced vertical
/// counters (`planes[k]` holds bit `k` of each source's count), which give
/// every source's number of newly reached vertices without looking at its
/// bits one by one.
///
/// One per thread; never shared. Buffers are allocated by hand so that the
/// inner loops index them without copy-on-write checks; `deinit` frees them.
///
/// Reference: M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham,
/// A. Kemper, T. Neumann & H. T. Vo, "The More the Merrier: Efficient
/// Multi-Source Graph Traversal", PVLDB 8(4):449–460, 2014,
/// doi:10.14778/2735496.2735507.
final class MultiSourceWorkspace {
    /// Sources per batch: the bits of one word.
    static let width = 64

    let vertexCount: Int
    private var seen: UnsafeMutableBufferPointer<UInt64>
    private var current: UnsafeMutableBufferPointer<UInt64>
    private var next: UnsafeMutableBufferPointer<UInt64>
    private var frontier: UnsafeMutableBufferPointer<Int32>
    private var touched: UnsafeMutableBufferPointer<Int32>
    private let visited: UnsafeMutableBufferPointer<Int32>
    /// Vertical counters: bit `j` of `planes[k]` is bit `k` of source `j`'s
    /// count; 33 planes count past any `Int32` vertex count.
    private let planes: UnsafeMutableBufferPointer<UInt64>
    /// Per-source counts of one level, read off `planes`.
    private let counts: UnsafeMutableBufferPointer<Int>

    init(vertexCount n: Int) {
        vertexCount = n
        seen = .allocate(capacity: n); seen.initialize(repeating: 0)
        current = .allocate(capacity: n); current.initialize(repeating: 0)
        next = .allocate(capacity: n); next.initialize(repeating: 0)
        frontier = .allocate(capacity: n); frontier.initialize(repeating: 0)
        touched = .allocate(capacity: n); touched.initialize(repeating: 0)
        visited = .allocate(capacity: n); visited.initialize(repeating: 0)
        planes = .allocate(capacity: 33); planes.initialize(repeating: 0)
        counts = .allocate(capacity: Self.width); counts.initialize(repeating: 0)
    }

    deinit {
        seen.deallocate(); current.deallocate(); next.deallocate()
        frontier.deallocate(); touched.deallocate(); visited.deallocate()
        planes.deallocate(); counts.deallocate()
    }

    /// Searches from `sources` (at most `width`, repeats allowed) over `g`,
    /// writing source `sources[j]`'s totals to `totals[j]`.
    func search(
        _ g: AdjacencyView, from sources: UnsafeBufferPointer<Int32>,
        into totals: UnsafeMutableBufferPointer<HopTotals>
    ) {
        precondition(sources.count <= Self.width && totals.count >= sources.count)
        for j in 0 ..< sources.count { totals[j] = HopTotals() }
        var frontierCount = 0, visitedCount = 0
        for (j, s) in sources.enumerated() {
            let v = Int(s)
            assert(v >= 0 && v < vertexCount, "source \(v) out of range")
            if current[v] == 0 { frontier[frontierCount] = s; frontierCount &+= 1 }
            if seen[v] == 0 { visited[visitedCount] = s; visitedCount &+= 1 }
            current[v] |= 1 &<< UInt64(j)
            seen[v] |= 1 &<< UInt64(j)
        }
        var level = 0
        while frontierCount > 0 {
            level &+= 1
            var touchedCount = 0
            if frontierCount > vertexCount >> 4 {
                // A large frontier is taken in vertex order: the rows and
                // the words are then read front to back.
                for v in 0 ..< vertexCount {
                    let f = current[v]
                    if f == 0 { continue }
                    current[v] = 0
                    expand(g, v, f, &touchedCount, &visitedCount)
                }
            } else {
                for i in 0 ..< frontierCount {
                    let v = Int(frontier[i])
                    let f = current[v]
                    current[v] = 0
                    expand(g, v, f, &touchedCount, &visitedCount)
                }
            }
            if touchedCount == 0 { break }
            addCounts(of: touchedCount, atLevel: level, into: totals)
            swap(&current, &next)
            swap(&frontier, &touched)
            frontierCount = touchedCount
        }
        for i in 0 ..< visitedCount { seen[Int(visited[i])] = 0 }
    }

    /// Sends the sources `f` on from frontier vertex `v` along its arcs.
    @inline(__always)
    private func expand(_ g: AdjacencyView, _ v: Int, _ f: UInt64, _ touchedCount: inout Int, _ visitedCount: inout Int) {
        for arc in g.arcs(v) {
            let w = g.target(arc)
            let s = seen[w]
            let d = f & ~s
            if d != 0 {
                if s == 0 { visited[visitedCount] = Int32(truncatingIfNeeded: w); visitedCount &+= 1 }
                if next[w] == 0 { touched[touchedCount] = Int32(truncatingIfNeeded: w); touchedCount &+= 1 }
                next[w] |= d
                seen[w] = s | d
            }
        }
    }

    /// Adds, for every source bit, the number of `next` words among the
    /// first `count` of `touched` that have that bit, as vertices first
    /// reached at depth `level`.
    @inline(__always)
    private func addCounts(
        of count: Int, atLevel level: Int, into totals: UnsafeMutableBufferPointer<HopTotals>
    ) {
        var used = 0
        for i in 0 ..< count {
            var carry = next[Int(touched[i])]
            var k = 0
            while carry != 0 {
                let p = planes[k]
                planes[k] = p ^ carry
                carry &= p
                k &+= 1
            }
            if k > used { used = k }
        }
        for k in 0 ..< used {
            var bits = planes[k]
            planes[k] = 0
            while bits != 0 {
                let j = bits.trailingZeroBitCount
                counts[j] &+= 1 &<< k
                bits &= bits &- 1
            }
        }
        for j in 0 ..< totals.count where counts[j] > 0 {
            totals[j].add(counts[j], atLevel: level)
            counts[j] = 0
        }
    }
}
