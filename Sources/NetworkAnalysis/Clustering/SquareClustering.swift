extension Graph {
    /// The square clustering coefficient of every vertex: the share of the
    /// possible squares (4-cycles) through a vertex that exist.
    ///
    /// Definition (Lind, González & Herrmann 2005, in NetworkX's form):
    /// `C₄(v) = Σ_{u<w} q_v(u,w) / Σ_{u<w} [a_v(u,w) + q_v(u,w)]` over the
    /// pairs of neighbours `u`, `w` of `v`, where `q_v(u,w)` counts the
    /// common neighbours of `u` and `w` other than `v` (the squares
    /// `v–u–x–w`), and `a_v(u,w) = (k_u − (1 + q_v(u,w) + θ_uv)) +
    /// (k_w − (1 + q_v(u,w) + θ_uw))` with `θ_uw = 1` when `u` and `w` are
    /// tied. Unlike the triangle clustering it is not zero on a bipartite
    /// graph: squares are the shortest cycles there.
    ///
    /// A directed graph is read as undirected; self-loops and weights are
    /// ignored. A vertex with fewer than two neighbours, or without any
    /// possible square, scores 0.
    ///
    /// - Returns: `C₄(v)` for every vertex `v`.
    /// - Complexity: O(Σ_v Σ_{u∈N(v)} d(u)) time; O(V) extra space.
    ///
    /// Reference: P. G. Lind, M. C. González, H. J. Herrmann, "Cycles and
    /// clustering in bipartite networks", Phys. Rev. E 72, 056127 (2005),
    /// doi:10.1103/PhysRevE.72.056127; the counting follows
    /// arXiv:2007.11111 as NetworkX does.
    ///
    /// Reproduces NetworkX 3.6 `square_clustering`.
    public func squareClustering() -> [Double] {
        let a = UndirectedAdjacency(self, useWeights: false)
        let n = a.vertexCount
        func degree(_ v: Int) -> Int { a.offsets[v + 1] - a.offsets[v] }
        var isNeighbour = [Bool](repeating: false, count: n)
        // common[x]: neighbours of v adjacent to x, for x ≠ v.
        var common = [Int](repeating: 0, count: n)
        var touched: [Int] = []
        var result = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            let dv = degree(v)
            guard dv >= 2 else { continue }
            let row = a.offsets[v] ..< a.offsets[v + 1]
            var uwDegrees = 0
            for i in row {
                let u = Int(a.targets[i])
                isNeighbour[u] = true
                uwDegrees += degree(u) * (dv - 1)
                for j in a.offsets[u] ..< a.offsets[u + 1] {
                    let x = Int(a.targets[j])
                    guard x != v else { continue }
                    if common[x] == 0 { touched.append(x) }
                    common[x] += 1
                }
            }
            var triangles = 0, squares = 0
            for x in touched {
                let p2 = common[x]
                squares += p2 * (p2 - 1)
                if isNeighbour[x] { triangles += p2 }
                common[x] = 0
            }
            touched.removeAll(keepingCapacity: true)
            for i in row { isNeighbour[Int(a.targets[i])] = false }
            squares /= 2
            let potential = uwDegrees - dv * (dv - 1) - triangles - squares
            if potential > 0 { result[v] = Double(squares) / Double(potential) }
        }
        return result
    }
}
