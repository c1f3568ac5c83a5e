extension Graph {
    /// The two colour classes of an undirected graph whose every component
    /// is bipartite: `order` lists one side of each component (the side of
    /// its lowest vertex) first, then the other, each side in vertex order;
    /// `firstSideCount` is the length of the first part. Nil when some edge
    /// closes an odd cycle (a self-loop included).
    ///
    /// - Complexity: O(V + E) time, O(V) space.
    func twoColouring() -> (order: [Int32], firstSideCount: Int)? {
        let n = vertexCount
        var colour = [Int8](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        let bipartite: Bool = withAdjacency { g in
            for root in 0 ..< n where colour[root] < 0 {
                colour[root] = 0
                queue[0] = Int32(truncatingIfNeeded: root)
                var head = 0, tail = 1
                while head < tail {
                    let v = Int(queue[head]); head += 1
                    for arc in g.arcs(v) {
                        let w = g.target(arc)
                        if colour[w] < 0 {
                            colour[w] = 1 - colour[v]
                            queue[tail] = Int32(truncatingIfNeeded: w); tail += 1
                        } else if colour[w] == colour[v] {
                            return false
                        }
                    }
                }
            }
            return true
        }
        guard bipartite else { return nil }
        var order: [Int32] = []
        order.reserveCapacity(n)
        for v in 0 ..< n where colour[v] == 0 { order.append(Int32(truncatingIfNeeded: v)) }
        let firstSideCount = order.count
        for v in 0 ..< n where colour[v] == 1 { order.append(Int32(truncatingIfNeeded: v)) }
        return (order, firstSideCount)
    }

    /// PageRank of an undirected graph with damping `α < 1`, as the
    /// solution of its linear system by conjugate gradients (on one side of
    /// a bipartite graph).
    ///
    /// In an undirected graph a dangling vertex (strength 0) is isolated:
    /// nothing flows into it, so the dangling mass has a closed form,
    /// `m = (1 − α)·Σ_dangling p / (1 − α·Σ_dangling d)`, and the scores
    /// solve `(I − α·W·D⁻¹)·x = f` with `f = (1 − α)·p + α·m·d`, `W` the
    /// symmetric weight matrix and `D` the strengths. With `x = D^½·z` the
    /// matrix becomes `I − α·S`, `S = D^-½·W·D^-½` symmetric, with
    /// eigenvalues in `[1 − α, 1 + α]`: symmetric positive definite, so
    /// conjugate gradients apply, and gain at least a factor
    /// `(√κ − 1)/(√κ + 1)` per step (0.56 at α = 0.85, κ the ratio of the
    /// extreme eigenvalues), where the power iteration gains `α·|λ₂|`.
    /// On a bipartite graph with sides A and B (`sides`), eliminating B
    /// leaves `(I − α²·S_AB·S_BA)·z_A = c_A + α·S_AB·c_B` (`c = D^-½·f`),
    /// eigenvalues in `[1 − α², 1]`: at least 0.31 per step, where
    /// Gauss–Seidel sweeps and the power iteration gain about α² per sweep
    /// on such graphs (the walk's eigenvalue −1). A step multiplies by `S`
    /// (or by `S_BA`, then `S_AB`): one pass over the arcs, like one
    /// power-iteration step.
    ///
    /// The steps stop when the residual of the fixed-point equation in
    /// score space, `Σ|f + α·W·D⁻¹·x − x|`, is below `n·convergedTolerance`:
    /// the quantity the power iteration's stopping rule measures
    /// (`Σ|x_next − x|`). The recurrence's residual is checked against the
    /// residual computed afresh before stopping (and the iteration
    /// restarted from it if they disagree), or accepted at the rounding
    /// floor. On a bipartite graph B's scores follow from A's through their
    /// own equation. The result is scaled to sum 1.
    ///
    /// Reference: M. R. Hestenes & E. Stiefel, "Methods of conjugate
    /// gradients for solving linear systems", J. Res. Nat. Bur. Standards
    /// 49(6):409–436, 1952; the linear-system view of PageRank: A. N.
    /// Langville & C. D. Meyer, "Deeper Inside PageRank", Internet
    /// Mathematics 1(3):335–380, 2004 (§ 5).
    func pageRankConjugateGradient(
        damping alpha: Double, teleport p: [Double], dangling d: [Double], inverseStrength: [Double],
        danglingVertices: [Int], weights: [Double]?, maxIterations: Int,
        sides: (order: [Int32], firstSideCount: Int)?
    ) throws -> [Double] {
        precondition(alpha < 1 && !isDirected)
        let n = vertexCount
        // On a bipartite graph the smaller side carries the vectors;
        // otherwise every vertex does, and B is empty.
        let sideA: ArraySlice<Int32>, sideB: ArraySlice<Int32>
        if let sides {
            let split = sides.firstSideCount
            (sideA, sideB) = split <= n - split
                ? (sides.order[..<split], sides.order[split...])
                : (sides.order[split...], sides.order[..<split])
        } else {
            sideA = ArraySlice((0 ..< n).map { Int32(truncatingIfNeeded: $0) })
            sideB = []
        }
        let bipartite = sides != nil
        let a = sideA.count
        let threshold = Double(n) * Graph.convergedTolerance
        var danglingTeleport = 0.0, danglingShare = 0.0
        for v in danglingVertices { danglingTeleport += p[v]; danglingShare += d[v] }
        let mass = (1 - alpha) * danglingTeleport / (1 - alpha * danglingShare)
        let f = (0 ..< n).map { (1 - alpha) * p[$0] + alpha * mass * d[$0] }

        // One block: per vertex D^-½ (0 on dangling vertices), D⁻¹ and two
        // scratch vectors; per vertex of A the right-hand side and the four
        // vectors of the iteration.
        let block = UnsafeMutableBufferPointer<Double>.allocate(capacity: 4 * n + 5 * a)
        block.initialize(repeating: 0)
        defer { block.deallocate() }
        func part(_ index: Int, _ count: Int, after offset: Int) -> UnsafeMutableBufferPointer<Double> {
            UnsafeMutableBufferPointer(rebasing: block[offset + index * count ..< offset + (index + 1) * count])
        }
        let h = part(0, n, after: 0), inverse = part(1, n, after: 0)
        let s = part(2, n, after: 0), q = part(3, n, after: 0)
        let rhs = part(0, a, after: 4 * n), z = part(1, a, after: 4 * n), r = part(2, a, after: 4 * n)
        let direction = part(3, a, after: 4 * n), kd = part(4, a, after: 4 * n)
        for v in 0 ..< n { inverse[v] = inverseStrength[v]; h[v] = inverseStrength[v].squareRoot() }

        return try withAdjacency(lengths: weights) { g in
            /// Σ over `v`'s arcs of weight × x[neighbour].
            @inline(__always)
            func weightedSum(_ v: Int, of x: UnsafeMutableBufferPointer<Double>) -> Double {
                var sum = 0.0
                if g.hasLengths {
                    for arc in g.arcs(v) { sum += g.length(arc) * x[g.target(arc)] }
                } else {
                    for arc in g.arcs(v) { sum += x[g.target(arc)] }
                }
                return sum
            }
            /// q[b] = D⁻¹_b·Σ_{a ~ b} w·s[a] for every b in B.
            func gatherOnB() {
                for vertex in sideB { let b = Int(vertex); q[b] = inverse[b] * weightedSum(b, of: s) }
            }
            /// out[i] = D^-½_a·Σ_{u ~ a} w·q[u] for the i-th vertex a of A.
            func gatherOnA(_ q: UnsafeMutableBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
                for (i, vertex) in sideA.enumerated() { let v = Int(vertex); out[i] = h[v] * weightedSum(v, of: q) }
            }
            /// out = K·v: v − α²·S_AB·S_BA·v on a bipartite graph, else v − α·S·v.
            let alpha2 = alpha * alpha
            func applyK(_ v: UnsafeMutableBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
                for (i, vertex) in sideA.enumerated() { s[Int(vertex)] = h[Int(vertex)] * v[i] }
                if bipartite {
                    gatherOnB()
                    gatherOnA(q, into: out)
                    for i in 0 ..< a { out[i] = v[i] - alpha2 * out[i] }
                } else {
                    gatherOnA(s, into: out)
                    for i in 0 ..< a { out[i] = v[i] - alpha * out[i] }
                }
            }
            /// Σ|r| in score space (r_x = D^½·r_z) and the largest score on A.
            func scoreResidual() -> (residual: Double, largest: Double) {
                var total = 0.0, largest = 0.0
                for (i, vertex) in sideA.enumerated() {
                    let v = Int(vertex)
                    guard h[v] > 0 else { continue }
                    total += abs(r[i]) / h[v]
                    largest = max(largest, abs(z[i]) / h[v])
                }
                return (total, largest)
            }
            func dot(_ u: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>) -> Double {
                var sum = 0.0
                for i in 0 ..< a { sum += u[i] * v[i] }
                return sum
            }

            // The right-hand side c = D^-½·f, on a bipartite graph
            // c_A + α·S_AB·c_B (with D^-½·c = D⁻¹·f on B).
            if bipartite {
                for vertex in sideB { let b = Int(vertex); q[b] = inverse[b] * f[b] }
                gatherOnA(q, into: rhs)
            }
            for (i, vertex) in sideA.enumerated() {
                let v = Int(vertex)
                rhs[i] = h[v] * f[v] + (bipartite ? alpha * rhs[i] : 0)
            }
            // Conjugate gradients from z = 0.
            for i in 0 ..< a { r[i] = rhs[i]; direction[i] = rhs[i] }
            var rr = dot(r, r)
            var converged = false
            for iteration in 0 ... maxIterations {
                if iteration & 15 == 15, Task.isCancelled { throw CancellationError() }
                if scoreResidual().residual < threshold {
                    // Confirm with the residual computed afresh; restart
                    // from it if the recurrence has drifted.
                    applyK(z, into: kd)
                    for i in 0 ..< a { r[i] = rhs[i] - kd[i] }
                    let (residual, largest) = scoreResidual()
                    if residual < threshold || residual <= Double(n) * 8 * Double.ulpOfOne * largest {
                        converged = true
                        break
                    }
                    for i in 0 ..< a { direction[i] = r[i] }
                    rr = dot(r, r)
                }
                guard iteration < maxIterations, rr > 0, rr.isFinite else { break }
                applyK(direction, into: kd)
                let step = rr / dot(direction, kd)
                var next = 0.0
                for i in 0 ..< a {
                    z[i] += step * direction[i]
                    r[i] -= step * kd[i]
                    next += r[i] * r[i]
                }
                let beta = next / rr
                rr = next
                for i in 0 ..< a { direction[i] = r[i] + beta * direction[i] }
            }
            guard converged else {
                throw AnalysisError.failedToConverge(measure: "PageRank", iterations: maxIterations)
            }
            // Scores on A from z; on B from their own equation,
            // x_b = f_b + α·Σ_{a ~ b} w·x_a / s_a (x_a / s_a = D^-½_a·z_a).
            var x = f
            for (i, vertex) in sideA.enumerated() {
                let v = Int(vertex)
                if h[v] > 0 { x[v] = z[i] / h[v] }
                s[v] = h[v] * z[i]
            }
            for vertex in sideB { let b = Int(vertex); x[b] = f[b] + alpha * weightedSum(b, of: s) }
            let total = x.reduce(0, +)
            return total > 0 ? x.map { $0 / total } : x
        }
    }
}
