extension Graph {
    /// Degree assortativity: the Pearson correlation between the degrees
    /// at the two ends of an edge.
    ///
    /// Undirected: over both orientations of every edge, `x = deg(u)`,
    /// `y = deg(v)` (a self-loop adds 2 to a degree and counts once).
    /// Directed: over arcs `u → v`, `x = out-degree(u)`, `y = in-degree(v)`
    /// (NetworkX's defaults `x="out"`, `y="in"`).
    ///
    /// - Returns: `r` in [−1, 1]; `nan` when a degree sequence has no
    ///   variance (e.g. a regular graph), as NetworkX.
    ///
    /// **Reproduces** NetworkX 3.6 `degree_assortativity_coefficient` and
    /// igraph `assortativity_degree`. Weights are ignored.
    ///
    /// - Complexity: O(V + E) time; O(V) space.
    ///
    /// Reference: M. E. J. Newman, "Assortative mixing in networks",
    /// Phys. Rev. Lett. 89:208701, 2002, doi:10.1103/PhysRevLett.89.208701.
    public func degreeAssortativity() -> Double {
        let x = isDirected
            ? degreeCentrality(direction: .outgoing, normalization: .none).values
            : degreeCentrality(normalization: .none).values
        let y = isDirected ? degreeCentrality(direction: .incoming, normalization: .none).values : x
        var n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0
        for u in 0 ..< vertexCount {
            for v in neighbors(of: Int32(u)) {
                let a = x[u], b = y[Int(v)]
                n += 1; sx += a; sy += b; sxx += a * a; syy += b * b; sxy += a * b
            }
        }
        guard n > 0 else { return .nan }
        let cov = sxy / n - (sx / n) * (sy / n)
        let vx = sxx / n - (sx / n) * (sx / n), vy = syy / n - (sy / n) * (sy / n)
        return cov / (vx * vy).squareRoot()
    }

    /// Attribute (categorical) assortativity: how much more often edges
    /// join vertices with the same label than chance would have it.
    ///
    /// `r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)`, with `e` the
    /// fraction of edge ends joining label `i` to label `j` (both
    /// orientations of an undirected edge), `a` and `b` its row and column
    /// sums.
    ///
    /// - Parameter labels: one label per vertex (e.g. level, public/private).
    /// - Returns: `r` in [−1, 1]; `nan` when every edge end has one label.
    /// - Throws: `AnalysisError.lengthMismatch` when `labels` does not have
    ///   one entry per vertex.
    ///
    /// **Reproduces** NetworkX 3.6 `attribute_assortativity_coefficient`.
    ///
    /// - Complexity: O(V + E + L²) for L distinct labels; O(V + L²) space.
    ///
    /// Reference: Newman, Phys. Rev. E 67:026126, 2003,
    /// doi:10.1103/PhysRevE.67.026126.
    public func attributeAssortativity<Label: Hashable>(labels: [Label]) throws -> Double {
        guard labels.count == vertexCount else {
            throw AnalysisError.lengthMismatch(name: "labels", count: labels.count, vertexCount: vertexCount)
        }
        var index: [Label: Int] = [:]
        let code = labels.map { label in
            if let i = index[label] { return i }
            index[label] = index.count
            return index.count - 1
        }
        let k = index.count
        var mix = [Double](repeating: 0, count: k * k)
        for u in 0 ..< vertexCount {
            for v in neighbors(of: Int32(u)) { mix[code[u] * k + code[Int(v)]] += 1 }
        }
        return Self.assortativity(mixing: mix, labels: k)
    }

    /// Newman's attribute assortativity of a mixing matrix: `mix[i * k + j]`
    /// counts the edge ends joining label `i` to label `j` (any scale);
    /// `nan` when it is empty.
    ///
    /// - Complexity: O(k²).
    public static func assortativity(mixing mix: [Double], labels k: Int) -> Double {
        let total = mix.reduce(0, +)
        guard total > 0 else { return .nan }
        var trace = 0.0, ab = 0.0
        var a = [Double](repeating: 0, count: k), b = [Double](repeating: 0, count: k)
        for i in 0 ..< k {
            for j in 0 ..< k {
                let e = mix[i * k + j] / total
                a[i] += e; b[j] += e
                if i == j { trace += e }
            }
        }
        for i in 0 ..< k { ab += a[i] * b[i] }
        return (trace - ab) / (1 - ab)
    }
}
