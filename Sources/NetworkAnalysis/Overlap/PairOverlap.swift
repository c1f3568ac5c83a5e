/// What two rows of an affiliation structure have in common: the members two
/// groups share, or the groups two members share.
///
/// `first < second`. `shared` is sorted ascending. With `a = firstSize`,
/// `b = secondSize` and `s = shared.count`:
/// - `jaccard = s / (a + b − s)` (Jaccard 1901), the share of the union that
///   is common;
/// - `overlapCoefficient = s / min(a, b)` (Szymkiewicz–Simpson), 1 when the
///   smaller row is contained in the larger.
public struct PairOverlap: Sendable, Hashable, Codable {
    /// The smaller row index (group or member).
    public let first: Int32
    /// The larger row index.
    public let second: Int32
    /// The shared entries (members of both groups, or groups of both members), ascending.
    public let shared: [Int32]
    /// Row length of `first`.
    public let firstSize: Int
    /// Row length of `second`.
    public let secondSize: Int
    /// `|A ∩ B| / |A ∪ B|`.
    public let jaccard: Double
    /// `|A ∩ B| / min(|A|, |B|)`.
    public let overlapCoefficient: Double

    /// Number of shared entries.
    public var sharedCount: Int { shared.count }

    /// An overlap record; the two ratios are derived from the sizes.
    public init(first: Int32, second: Int32, shared: [Int32], firstSize: Int, secondSize: Int) {
        self.first = first
        self.second = second
        self.shared = shared
        self.firstSize = firstSize
        self.secondSize = secondSize
        let counted = PairCount(
            first: first, second: second, sharedCount: shared.count, firstSize: firstSize, secondSize: secondSize)
        jaccard = counted.jaccard
        overlapCoefficient = counted.overlapCoefficient
    }
}
