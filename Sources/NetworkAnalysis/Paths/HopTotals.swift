/// What one breadth-first search from a source leaves for the hop-distance
/// measures (closeness, harmonic, distance summaries): its reach and the
/// sums over the vertices it reaches.
///
/// Filled from per-level counts (`c_ℓ` vertices first reached at depth ℓ),
/// so `distanceSum = Σ ℓ·c_ℓ` exactly and `inverseSum = Σ c_ℓ/ℓ`, summed
/// in increasing ℓ.
struct HopTotals: Sendable, Equatable {
    /// Vertices reached, the source included.
    var reached = 1
    /// Sum of the hop distances to the reached vertices.
    var distanceSum = 0
    /// Sum of `1/d` over the reached vertices other than the source.
    var inverseSum = 0.0
    /// The largest hop distance to a reached vertex (0 when none other).
    var eccentricity = 0

    /// Adds `count` vertices first reached at depth `level` (≥ 1).
    @inline(__always)
    mutating func add(_ count: Int, atLevel level: Int) {
        reached &+= count
        distanceSum &+= count &* level
        inverseSum += Double(count) / Double(level)
        eccentricity = level
    }
}
