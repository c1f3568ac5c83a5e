/// Two organisations that sit in groups together: where they meet.
///
/// With `a = firstGroupCount`, `b = secondGroupCount` and
/// `s = sharedCount`: `jaccard = s / (a + b − s)` (1 when they sit in
/// exactly the same groups) and `overlapCoefficient = s / min(a, b)` (1
/// when every group of one is a group of the other). `first` sorts before
/// `second` by name.
public struct OrganisationOverlap: Hashable, Sendable, Codable {
    public var first: NamedOrganisation
    public var second: NamedOrganisation
    /// Groups both sit in, in name order.
    public var sharedGroups: [NamedGroup]
    /// Number of groups both sit in.
    public var sharedCount: Int
    /// Groups of `first`.
    public var firstGroupCount: Int
    /// Groups of `second`.
    public var secondGroupCount: Int
    /// `|A ∩ B| / |A ∪ B|` of the two group sets.
    public var jaccard: Double
    /// `|A ∩ B| / min(|A|, |B|)` of the two group sets.
    public var overlapCoefficient: Double

    public init(
        first: NamedOrganisation, second: NamedOrganisation, sharedGroups: [NamedGroup], firstGroupCount: Int,
        secondGroupCount: Int, jaccard: Double, overlapCoefficient: Double
    ) {
        self.first = first
        self.second = second
        self.sharedGroups = sharedGroups
        self.sharedCount = sharedGroups.count
        self.firstGroupCount = firstGroupCount
        self.secondGroupCount = secondGroupCount
        self.jaccard = jaccard
        self.overlapCoefficient = overlapCoefficient
    }
}
