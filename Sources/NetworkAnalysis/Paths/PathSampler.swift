/// Draws one shortest path between two vertices uniformly at random, with
/// a balanced bidirectional breadth-first search (Borassi & Natale's
/// KADABRA sampler). Scratch space for one search at a time, reused across
/// searches (reset costs only the vertices the last one reached); one per
/// thread, never shared.
///
/// The search grows a ball around each end, one whole level at a time,
/// always expanding the side whose newest level has the smaller sum of
/// degrees. It counts shortest paths from its own end (`σ`) as it goes and
/// stops at the end of the level in which it first meets the other ball.
/// The arcs it met then, from this side's newest level `a` to the other
/// side's newest level `b`, are exactly the arcs by which shortest paths
/// cross between the balls (d(s, t) = a + b + 1): a vertex of an older
/// level was expanded before, so all its neighbours are in its own ball.
/// An arc `(x, y)` carries `σ_s(x)·σ_t(y)` shortest paths; one arc is drawn
/// in proportion to that, then each half is walked back to its end,
/// drawing a predecessor `p` of `w` with probability `σ(p)/σ(w)`. Every
/// shortest path is drawn with probability `1/σ_st`.
///
/// Representation: `state[v]` holds the side (0: not reached, 1: from `s`,
/// 2: from `t`), the hop distance from that side's end and `σ`, in 16
/// bytes; `queue` holds the vertices reached from `s` growing from the
/// front and those reached from `t` growing from the back, so the two
/// never collide (`n` slots in all); `crossing` the arcs met at the end.
///
/// Reference: M. Borassi & E. Natale, "KADABRA is an ADaptive Algorithm
/// for Betweenness via Random Approximation", ESA 2016, LIPIcs 57:20,
/// doi:10.4230/LIPIcs.ESA.2016.20 (the sampler of their section 5.1).
final class PathSampler {
    struct State {
        var side: Int32 = 0
        var hops: Int32 = 0
        var sigma: Double = 0
    }

    let vertexCount: Int
    let state: UnsafeMutableBufferPointer<State>
    let queue: UnsafeMutableBufferPointer<Int32>
    /// Vertices reached from `s` (`queue[0 ..< frontEnd]`) and from `t`
    /// (`queue[backStart ..< n]`) by the last search.
    private var frontEnd = 0
    private var backStart = 0
    private var crossing: [(Int32, Int32)] = []
    /// `s`'s half of the drawn path, walked back from the crossing.
    private var half: [Int32] = []

    init(vertexCount n: Int) {
        vertexCount = n
        state = .allocate(capacity: n); state.initialize(repeating: State())
        queue = .allocate(capacity: max(1, n)); queue.initialize(repeating: 0)
        backStart = n
    }

    deinit {
        state.deallocate(); queue.deallocate()
    }

    private func reset() {
        for i in 0 ..< frontEnd { state[Int(queue[i])] = State() }
        for i in backStart ..< vertexCount { state[Int(queue[i])] = State() }
        frontEnd = 0; backStart = vertexCount
        crossing.removeAll(keepingCapacity: true)
    }

    /// Draws a uniformly random shortest path from `s` to `t` (`s ≠ t`) and
    /// calls `visit` with each vertex strictly inside it (neither end), from
    /// `s`'s side to `t`'s. Returns the path's length in hops, or `nil` when
    /// `t` cannot be reached from `s`.
    @discardableResult
    func sample(
        _ g: AdjacencyView, from s: Int, to t: Int, using rng: inout SplitMix64, visit: (Int32) -> Void
    ) -> Int? {
        precondition(s != t, "a sampled path needs two distinct ends")
        reset()
        let n = vertexCount
        state[s] = State(side: 1, hops: 0, sigma: 1); queue[0] = Int32(truncatingIfNeeded: s); frontEnd = 1
        state[t] = State(side: 2, hops: 0, sigma: 1); queue[n - 1] = Int32(truncatingIfNeeded: t); backStart = n - 1
        // The newest level of each side: queue[frontLevel ..< frontEnd] and
        // queue[backStart ..< backLevelEnd], with their degree sums.
        var frontLevel = 0, backLevelEnd = n
        var frontDegrees = g.arcs(s).count, backDegrees = g.arcs(t).count
        while crossing.isEmpty {
            let fromFront = frontDegrees <= backDegrees
            let side: Int32 = fromFront ? 1 : 2
            let level = fromFront ? frontLevel ..< frontEnd : backStart ..< backLevelEnd
            if fromFront { frontLevel = frontEnd } else { backLevelEnd = backStart }
            var degrees = 0
            for i in level {
                let x = Int(queue[i])
                let sx = state[x]
                let next = sx.hops &+ 1
                for arc in g.arcs(x) {
                    let y = g.target(arc)
                    let sy = state[y]
                    if sy.side == 0 {
                        state[y] = State(side: side, hops: next, sigma: sx.sigma)
                        degrees &+= g.arcs(y).count
                        if fromFront {
                            queue[frontEnd] = Int32(truncatingIfNeeded: y); frontEnd &+= 1
                        } else {
                            backStart &-= 1; queue[backStart] = Int32(truncatingIfNeeded: y)
                        }
                    } else if sy.side == side {
                        if sy.hops == next { state[y].sigma += sx.sigma }
                    } else {
                        crossing.append((Int32(truncatingIfNeeded: x), Int32(truncatingIfNeeded: y)))
                    }
                }
            }
            if crossing.isEmpty, degrees == 0 { return nil }  // one ball is a whole component
            if fromFront { frontDegrees = degrees } else { backDegrees = degrees }
        }
        // One crossing arc in proportion to the paths through it, oriented s → t.
        var total = 0.0
        for (x, y) in crossing { total += state[Int(x)].sigma * state[Int(y)].sigma }
        var pick = rng.unit() * total
        var chosen = crossing[crossing.count - 1]
        for arc in crossing {
            pick -= state[Int(arc.0)].sigma * state[Int(arc.1)].sigma
            if pick < 0 { chosen = arc; break }
        }
        var (a, b) = (Int(chosen.0), Int(chosen.1))
        if state[a].side == 2 { swap(&a, &b) }
        let length = Int(state[a].hops) + Int(state[b].hops) + 1
        // s's half, walked back from a and reported from s's side.
        half.removeAll(keepingCapacity: true)
        var w = a
        while w != s { half.append(Int32(truncatingIfNeeded: w)); w = predecessor(g, of: w, using: &rng) }
        for v in half.reversed() { visit(v) }
        w = b
        while w != t { visit(Int32(truncatingIfNeeded: w)); w = predecessor(g, of: w, using: &rng) }
        return length
    }

    /// A neighbour `p` of `w` one hop nearer `w`'s end, with probability
    /// `σ(p)/σ(w)`.
    @inline(__always)
    private func predecessor(_ g: AdjacencyView, of w: Int, using rng: inout SplitMix64) -> Int {
        let sw = state[w]
        let previous = sw.hops &- 1
        var pick = rng.unit() * sw.sigma
        var chosen = -1
        for arc in g.arcs(w) {
            let p = g.target(arc)
            let sp = state[p]
            guard sp.side == sw.side, sp.hops == previous else { continue }
            chosen = p
            pick -= sp.sigma
            if pick < 0 { break }
        }
        assert(chosen >= 0, "a reached vertex has a predecessor")
        return chosen
    }
}
