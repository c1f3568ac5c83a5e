/// SplitMix64 (Steele, Lea & Flood 2014, doi:10.1145/2714064.2660195): a
/// tiny, fast, reproducible generator, with its own bounded draw and
/// Fisher–Yates shuffle so that a seed gives the same order on every
/// platform and toolchain (the standard library's `shuffle` makes no such
/// promise).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` by the multiply-high method (bias below
    /// 2⁻³² for bounds under 2³²).
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Fisher–Yates shuffle driven by `below(_:)`.
    mutating func shuffle(_ a: inout [Int32]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            a.swapAt(i, below(i + 1))
        }
    }
}
