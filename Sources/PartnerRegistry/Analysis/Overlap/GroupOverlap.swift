/// Two groups with members in common: how much their membership overlaps,
/// and who sits in both.
///
/// With `a = firstSize`, `b = secondSize` and `s = sharedCount`:
/// `jaccard = s / (a + b − s)` (the share of everyone in either group who
/// is in both; 1 for identical membership) and
/// `overlapCoefficient = s / min(a, b)` (1 when the smaller group sits
/// entirely inside the larger). `first` sorts before `second` by name.
public struct GroupOverlap: Hashable, Sendable, Codable {
    public var first: NamedGroup
    public var second: NamedGroup
    /// Organisations in both groups, in name order.
    public var sharedMembers: [NamedOrganisation]
    /// Number of organisations in both groups.
    public var sharedCount: Int
    /// Members of `first`.
    public var firstSize: Int
    /// Members of `second`.
    public var secondSize: Int
    /// `|A ∩ B| / |A ∪ B|`.
    public var jaccard: Double
    /// `|A ∩ B| / min(|A|, |B|)`.
    public var overlapCoefficient: Double
    /// Whether one group's members all sit in the other; nil when neither.
    public var containment: PairContainment?

    public init(
        first: NamedGroup, second: NamedGroup, sharedMembers: [NamedOrganisation], firstSize: Int,
        secondSize: Int, jaccard: Double, overlapCoefficient: Double, containment: PairContainment?
    ) {
        self.first = first
        self.second = second
        self.sharedMembers = sharedMembers
        self.sharedCount = sharedMembers.count
        self.firstSize = firstSize
        self.secondSize = secondSize
        self.jaccard = jaccard
        self.overlapCoefficient = overlapCoefficient
        self.containment = containment
    }
}
