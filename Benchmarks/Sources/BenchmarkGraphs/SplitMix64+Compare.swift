import NetworkAnalysis

/// The draws that `Benchmarks/compare` computes in Python from the
/// same `SplitMix64` outputs, so a graph generated here and one generated
/// there from the same seed are identical, edge for edge (with `unit()`,
/// which the generator itself provides). Change neither
/// without the other (nor the generator, which lives in NetworkAnalysis).
extension SplitMix64 {
    /// An integer in `0 ..< bound` (plain modulo; the bias is below 2⁻⁴⁰
    /// for the bounds used here, and Python computes the same number).
    /// Not `below(_:)`, which uses the multiply-high method.
    mutating func remainder(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next() % UInt64(bound))
    }
}
