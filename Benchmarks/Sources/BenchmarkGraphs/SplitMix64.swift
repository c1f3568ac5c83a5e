/// SplitMix64 (Steele, Lea & Flood 2014, doi:10.1145/2714064.2660195): the
/// seeded generator behind every benchmark graph.
///
/// `Benchmarks/compare` implements the same recurrence in Python, so a graph
/// generated here and one generated there from the same seed are identical,
/// edge for edge. Change neither without the other.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An integer in `0 ..< bound` (plain modulo; the bias is below 2⁻⁴⁰
    /// for the bounds used here, and Python computes the same number).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next() % UInt64(bound))
    }

    /// A double in `[0, 1)` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
