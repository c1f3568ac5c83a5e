/// A read-only, bounds-asserted view of one CSR adjacency (out or in) of a
/// `Graph`, over contiguous buffers, for the inner loops of the algorithms.
///
/// The only way to get one is `Graph.withAdjacency(_:lengths:_:)`, whose
/// closure bounds the lifetime of the pointers. Indices are asserted in
/// debug builds; release builds read unchecked.
struct AdjacencyView: @unchecked Sendable {
    // @unchecked: read-only pointers into arrays that outlive every use
    // (the gateway closure), shared by worker threads that only read.
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    /// Arc lengths parallel to `targets`, or empty (every arc has length 1).
    let lengths: UnsafeBufferPointer<Double>
    let vertexCount: Int

    /// Whether arcs have lengths (otherwise every arc counts as 1).
    var hasLengths: Bool { lengths.count != 0 }

    /// The arc positions of vertex `v`'s row.
    @inline(__always)
    func arcs(_ v: Int) -> Range<Int> {
        assert(v >= 0 && v < vertexCount, "vertex \(v) out of range")
        return offsets[v] ..< offsets[v &+ 1]
    }

    @inline(__always)
    func target(_ arc: Int) -> Int {
        assert(arc >= 0 && arc < targets.count, "arc \(arc) out of range")
        return Int(targets[arc])
    }

    @inline(__always)
    func length(_ arc: Int) -> Double {
        assert(arc >= 0 && arc < lengths.count, "arc \(arc) out of range")
        return lengths[arc]
    }
}
extension Graph {
    /// The single gateway to the unsafe adjacency buffers.
    ///
    /// - Parameters:
    ///   - direction: `.incoming` walks the reversed arcs of a directed
    ///     graph; for an undirected graph both are the same.
    ///   - lengths: arc lengths parallel to the chosen adjacency's targets,
    ///     or `nil` for unit lengths.
    func withAdjacency<R>(
        _ direction: ArcDirection = .outgoing,
        lengths: [Double]? = nil,
        _ body: (AdjacencyView) throws -> R
    ) rethrows -> R {
        let reversed = direction == .incoming && isDirected
        let offs = reversed ? inOffsets : offsets
        let tgts = reversed ? inTargets : targets
        let lens = lengths ?? []
        assert(lens.isEmpty || lens.count == tgts.count, "lengths must parallel the targets")
        return try offs.withUnsafeBufferPointer { o in
            try tgts.withUnsafeBufferPointer { t in
                try lens.withUnsafeBufferPointer { l in
                    try body(AdjacencyView(offsets: o, targets: t, lengths: l, vertexCount: vertexCount))
                }
            }
        }
    }
}
