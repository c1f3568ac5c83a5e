/// Two organisations that sit in groups together: where they meet.
///
/// With `a = firstGroupCount`, `b = secondGroupCount` and
/// `s = sharedCount`: `jaccard = s / (a + b − s)` (1 when they sit in
/// exactly the same groups) and `overlapCoefficient = s / min(a, b)` (1
/// when every group of one is a group of the other). `first` sorts before
/// `second` by name.
///
/// At a date where some of the view is only possibly there, the figures
/// are those of the possible network and `sure` holds the same figures on
/// the sure network (nil when either organisation is not in it).
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
    /// The same figures on the sure network; nil when either organisation
    /// is not in it. Equal to the figures above when nothing is uncertain.
    public var sure: SureOrganisationOverlap?

    /// The figures themselves, without the sure ones.
    public var figures: SureOrganisationOverlap {
        SureOrganisationOverlap(
            sharedGroups: sharedGroups, firstGroupCount: firstGroupCount, secondGroupCount: secondGroupCount,
            jaccard: jaccard, overlapCoefficient: overlapCoefficient)
    }

    /// Whether the row is uncertain: an organisation is not in the sure
    /// network, or a figure differs there.
    public var uncertain: Bool { sure != figures }

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
        self.sure = nil
        self.sure = figures
    }

    private enum CodingKeys: String, CodingKey {
        case first, second, sharedGroups, sharedCount, firstGroupCount, secondGroupCount, jaccard,
            overlapCoefficient, sure, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        first = try c.decode(NamedOrganisation.self, forKey: .first)
        second = try c.decode(NamedOrganisation.self, forKey: .second)
        sharedGroups = try c.decode([NamedGroup].self, forKey: .sharedGroups)
        sharedCount = try c.decode(Int.self, forKey: .sharedCount)
        firstGroupCount = try c.decode(Int.self, forKey: .firstGroupCount)
        secondGroupCount = try c.decode(Int.self, forKey: .secondGroupCount)
        jaccard = try c.decode(Double.self, forKey: .jaccard)
        overlapCoefficient = try c.decode(Double.self, forKey: .overlapCoefficient)
        sure = nil
        sure = c.contains(.sure) ? try c.decodeIfPresent(SureOrganisationOverlap.self, forKey: .sure) : figures
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(first, forKey: .first)
        try c.encode(second, forKey: .second)
        try c.encode(sharedGroups, forKey: .sharedGroups)
        try c.encode(sharedCount, forKey: .sharedCount)
        try c.encode(firstGroupCount, forKey: .firstGroupCount)
        try c.encode(secondGroupCount, forKey: .secondGroupCount)
        try c.encode(jaccard, forKey: .jaccard)
        try c.encode(overlapCoefficient, forKey: .overlapCoefficient)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// An organisation pair's figures on one network: the sure side of
/// `OrganisationOverlap`. Two organisations both on the sure network may
/// share no group there: then `sharedCount` is 0 and both ratios are 0.
public struct SureOrganisationOverlap: Hashable, Sendable, Codable {
    /// Groups both sit in, in name order.
    public var sharedGroups: [NamedGroup]
    public var sharedCount: Int
    public var firstGroupCount: Int
    public var secondGroupCount: Int
    public var jaccard: Double
    public var overlapCoefficient: Double

    public init(
        sharedGroups: [NamedGroup], firstGroupCount: Int, secondGroupCount: Int, jaccard: Double,
        overlapCoefficient: Double
    ) {
        self.sharedGroups = sharedGroups
        self.sharedCount = sharedGroups.count
        self.firstGroupCount = firstGroupCount
        self.secondGroupCount = secondGroupCount
        self.jaccard = jaccard
        self.overlapCoefficient = overlapCoefficient
    }
}
