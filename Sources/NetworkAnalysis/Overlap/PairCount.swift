/// Two rows of an affiliation structure that share entries, counted but
/// not listed: what a capped overlap query ranks before it lists the
/// shared entries of the pairs it keeps.
///
/// `first < second`. With `a = firstSize`, `b = secondSize` and
/// `s = sharedCount`, `jaccard` and `overlapCoefficient` are those of
/// `PairOverlap` (the same arithmetic, so the same bits).
public struct PairCount: Sendable, Hashable {
    /// The smaller row index (group or member).
    public let first: Int32
    /// The larger row index.
    public let second: Int32
    /// Number of shared entries.
    public let sharedCount: Int
    /// Row length of `first`.
    public let firstSize: Int
    /// Row length of `second`.
    public let secondSize: Int

    public init(first: Int32, second: Int32, sharedCount: Int, firstSize: Int, secondSize: Int) {
        self.first = first
        self.second = second
        self.sharedCount = sharedCount
        self.firstSize = firstSize
        self.secondSize = secondSize
    }

    /// `|A ∩ B| / |A ∪ B|`.
    public var jaccard: Double {
        let union = Double(firstSize + secondSize - sharedCount)
        return union > 0 ? Double(sharedCount) / union : 0
    }

    /// `|A ∩ B| / min(|A|, |B|)`.
    public var overlapCoefficient: Double {
        let smaller = Double(min(firstSize, secondSize))
        return smaller > 0 ? Double(sharedCount) / smaller : 0
    }
}

/// The pairs (or containments) a capped overlap query kept, first first,
/// and how many there were in all.
public struct RankedPairs<Pair: Sendable & Hashable>: Sendable, Hashable {
    /// The kept pairs, in the order asked for; at most the limit.
    public let pairs: [Pair]
    /// Every pair that qualified, kept or not.
    public let total: Int

    public init(pairs: [Pair], total: Int) {
        self.pairs = pairs
        self.total = total
    }
}
