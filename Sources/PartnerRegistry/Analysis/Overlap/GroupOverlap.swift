/// Two groups with members in common: how much their membership overlaps,
/// and who sits in both.
///
/// With `a = firstSize`, `b = secondSize` and `s = sharedCount`:
/// `jaccard = s / (a + b − s)` (the share of everyone in either group who
/// is in both; 1 for identical membership) and
/// `overlapCoefficient = s / min(a, b)` (1 when the smaller group sits
/// entirely inside the larger). `first` sorts before `second` by name.
///
/// At a date where some of the view is only possibly there, the figures
/// are those of the possible network and `sure` holds the same figures on
/// the sure network (nil when either group is not in it).
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
    /// The same figures on the sure network (what is certainly there on the
    /// view's date); nil when either group is not in it. Equal to the
    /// figures above when nothing is uncertain.
    public var sure: SureGroupOverlap?

    /// The figures themselves, without the sure ones.
    public var figures: SureGroupOverlap {
        SureGroupOverlap(
            sharedMembers: sharedMembers, firstSize: firstSize, secondSize: secondSize, jaccard: jaccard,
            overlapCoefficient: overlapCoefficient, containment: containment)
    }

    /// Whether the row is uncertain: a group is not in the sure network, or
    /// a figure differs there. (The ratios follow from the counts, so equal
    /// counts give the same bits.)
    public var uncertain: Bool { sure != figures }

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
        self.sure = nil
        self.sure = figures
    }

    private enum CodingKeys: String, CodingKey {
        case first, second, sharedMembers, sharedCount, firstSize, secondSize, jaccard, overlapCoefficient,
            containment, sure, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        first = try c.decode(NamedGroup.self, forKey: .first)
        second = try c.decode(NamedGroup.self, forKey: .second)
        sharedMembers = try c.decode([NamedOrganisation].self, forKey: .sharedMembers)
        sharedCount = try c.decode(Int.self, forKey: .sharedCount)
        firstSize = try c.decode(Int.self, forKey: .firstSize)
        secondSize = try c.decode(Int.self, forKey: .secondSize)
        jaccard = try c.decode(Double.self, forKey: .jaccard)
        overlapCoefficient = try c.decode(Double.self, forKey: .overlapCoefficient)
        containment = try c.decodeIfPresent(PairContainment.self, forKey: .containment)
        sure = nil
        sure = c.contains(.sure) ? try c.decodeIfPresent(SureGroupOverlap.self, forKey: .sure) : figures
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(first, forKey: .first)
        try c.encode(second, forKey: .second)
        try c.encode(sharedMembers, forKey: .sharedMembers)
        try c.encode(sharedCount, forKey: .sharedCount)
        try c.encode(firstSize, forKey: .firstSize)
        try c.encode(secondSize, forKey: .secondSize)
        try c.encode(jaccard, forKey: .jaccard)
        try c.encode(overlapCoefficient, forKey: .overlapCoefficient)
        try c.encodeIfPresent(containment, forKey: .containment)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// A group pair's figures on one network: the sure side of `GroupOverlap`.
/// Two groups both on the sure network may share nobody there: then
/// `sharedCount` is 0 and both ratios are 0.
public struct SureGroupOverlap: Hashable, Sendable, Codable {
    /// Organisations in both groups, in name order.
    public var sharedMembers: [NamedOrganisation]
    public var sharedCount: Int
    public var firstSize: Int
    public var secondSize: Int
    public var jaccard: Double
    public var overlapCoefficient: Double
    public var containment: PairContainment?

    public init(
        sharedMembers: [NamedOrganisation], firstSize: Int, secondSize: Int, jaccard: Double,
        overlapCoefficient: Double, containment: PairContainment?
    ) {
        self.sharedMembers = sharedMembers
        self.sharedCount = sharedMembers.count
        self.firstSize = firstSize
        self.secondSize = secondSize
        self.jaccard = jaccard
        self.overlapCoefficient = overlapCoefficient
        self.containment = containment
    }
}
