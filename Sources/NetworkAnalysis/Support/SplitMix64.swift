/// SplitMix64 (Steele, Lea & Flood 2014, doi:10.1145/2714064.2660195): a
/// tiny, fast, reproducible generator, with its own bounded draw and
/// Fisher–Yates shuffle so that a seed gives the same order on every
/// platform and toolchain (the standard library's `shuffle` makes no such
/// promise).
///
/// The one generator of the package: the library's sampled estimates and
/// Louvain's vertex order use it, and so do the tests and the benchmark
/// package (whose Python twin in `Benchmarks/compare` implements the same
/// recurrence). Public because the benchmarks are a package of their own,
/// which `package` access does not reach. Change the recurrence and every
/// seeded result changes with it.
///
/// Representation: 64 bits of state, advanced by the golden-ratio
/// increment `0x9E3779B97F4A7C15`; each output is the state after
/// increment, put through the finaliser of MurmurHash3's 64-bit mix.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose first output is the finaliser of `seed + 0x9E3779B97F4A7C15`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` by the multiply-high method (bias below
    /// 2⁻³² for bounds under 2³²).
    public mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A double in `[0, 1)` with 53 random bits (the top bits of `next()`).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Fisher–Yates shuffle driven by `below(_:)`.
    public mutating func shuffle(_ a: inout [Int32]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            a.swapAt(i, below(i + 1))
        }
    }
}
