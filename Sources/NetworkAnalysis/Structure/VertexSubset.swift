/// A set of vertices `0..<vertexCount` stored as a bitset, used to restrict
/// path and reach queries to certain vertices (for example to organisations
/// and groups of chosen kinds).
///
/// Representation: bit `v % 64` of word `v / 64` is set when `v` is a
/// member. Invariant: `words.count == (vertexCount + 63) / 64` and no bit at
/// or above `vertexCount` is set. Membership tests are O(1); the set takes
/// `vertexCount / 8` bytes.
public struct VertexSubset: Sendable, Hashable {
    /// Size of the vertex universe; members are in `0..<vertexCount`.
    public let vertexCount: Int
    private var words: [UInt64]

    /// The empty subset of `0..<vertexCount`.
    public init(vertexCount: Int) {
        self.vertexCount = max(0, vertexCount)
        self.words = [UInt64](repeating: 0, count: (self.vertexCount + 63) / 64)
    }

    /// Every vertex of `0..<vertexCount`.
    public static func all(vertexCount: Int) -> VertexSubset {
        var s = VertexSubset(vertexCount: vertexCount)
        for v in 0 ..< s.vertexCount { s.words[v >> 6] |= 1 << UInt64(v & 63) }
        return s
    }

    /// The vertices `v` of `0..<vertexCount` for which `isIncluded(v)` holds.
    /// O(vertexCount) calls of the predicate.
    public init(vertexCount: Int, where isIncluded: (Int32) throws -> Bool) rethrows {
        self.init(vertexCount: vertexCount)
        for v in 0 ..< self.vertexCount where try isIncluded(Int32(v)) {
            words[v >> 6] |= 1 << UInt64(v & 63)
        }
    }

    /// The listed vertices; entries outside `0..<vertexCount` are ignored.
    public init(vertexCount: Int, members: some Sequence<Int32>) {
        self.init(vertexCount: vertexCount)
        for v in members { insert(v) }
    }

    /// Whether `v` is a member (false for any `v` outside `0..<vertexCount`).
    @inlinable
    public func contains(_ v: Int32) -> Bool {
        guard v >= 0, Int(v) < vertexCount else { return false }
        return _word(Int(v) >> 6) & (1 << UInt64(Int(v) & 63)) != 0
    }

    @usableFromInline
    func _word(_ i: Int) -> UInt64 { words[i] }

    /// Adds `v`; does nothing when `v` is outside `0..<vertexCount`.
    public mutating func insert(_ v: Int32) {
        guard v >= 0, Int(v) < vertexCount else { return }
        words[Int(v) >> 6] |= 1 << UInt64(Int(v) & 63)
    }

    /// Removes `v`; does nothing when `v` is not a member.
    public mutating func remove(_ v: Int32) {
        guard v >= 0, Int(v) < vertexCount else { return }
        words[Int(v) >> 6] &= ~(1 << UInt64(Int(v) & 63))
    }

    /// Number of members, O(vertexCount / 64).
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The members in ascending order.
    public var members: [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(count)
        for (i, word) in words.enumerated() {
            var w = word
            while w != 0 {
                out.append(Int32(i * 64 + w.trailingZeroBitCount))
                w &= w - 1
            }
        }
        return out
    }
}
