/// CPython's `random.Random(seed).sample(range(n), k)`, bit for bit: the
/// positions Python's standard generator picks when seeded with an
/// integer, so that a sample NetworkX draws (`betweenness_centrality(G,
/// k=K, seed=S)` samples `random.Random(S).sample(list(G), K)`) can be
/// drawn here without Python.
///
/// ```swift
/// // random.Random(42).sample(range(10), 3) == [1, 0, 4]
/// PythonRandomSample.sample(populationSize: 10, count: 3, seed: 42)  // [1, 0, 4]
/// ```
///
/// What it reproduces, from CPython 3 (`Modules/_randommodule.c`,
/// `Lib/random.py`; unchanged from 3.2 to 3.13):
/// - the Mersenne Twister MT19937 (Matsumoto & Nishimura 1998,
///   doi:10.1145/272991.272995), seeded from an integer as `random_seed`
///   does: `init_by_array` over the 32-bit words of |seed|, least
///   significant first (one word 0 for the seed 0);
/// - `getrandbits(k)`: for k ≤ 32 one output shifted right by 32 − k; for
///   larger k, 32-bit words least significant first, the last shifted;
/// - `_randbelow_with_getrandbits(n)`: draws of `n.bit_length()` bits
///   until one is below n;
/// - `Random.sample`: the pool branch (a list of the population, each pick
///   moved out of it) when n is at most Python's "setsize"
///   (21, plus 4^⌈log₄(3k)⌉ when k > 5), else the selected-set branch
///   (redraw a position already taken).
///
/// Checked against real Python by scripts/fixtures/python_random.py
/// (Tests/NetworkAnalysisTests/Fixtures/python_random.json).
public struct PythonRandomSample: Sendable {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 624

    /// The generator `random.Random(seed)` makes for an integer seed ≥ 0
    /// (Python uses |seed|, so a negative seed is its absolute value).
    public init(seed: UInt64) {
        var key: [UInt32] = []
        var rest = seed
        while rest > 0 {
            key.append(UInt32(truncatingIfNeeded: rest))
            rest >>= 32
        }
        if key.isEmpty { key = [0] }
        seedByArray(key)
    }

    private mutating func seedGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1 ..< 624 {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    private mutating func seedByArray(_ key: [UInt32]) {
        seedGenrand(19_650_218)
        var i = 1, j = 0
        for _ in 0 ..< max(624, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0 ..< 623 {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
        }
        state[0] = 0x8000_0000
        index = 624
    }

    /// The next 32-bit output (CPython's `genrand_uint32`).
    public mutating func next32() -> UInt32 {
        if index >= 624 {
            for k in 0 ..< 624 {
                let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7fff_ffff)
                state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_b0df)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `getrandbits(bits)` for 0 ≤ bits ≤ 64.
    public mutating func bits(_ bits: Int) -> UInt64 {
        precondition(bits >= 0 && bits <= 64, "getrandbits: 0 to 64 bits")
        if bits == 0 { return 0 }
        if bits <= 32 { return UInt64(next32() >> UInt32(32 - bits)) }
        let low = UInt64(next32())
        let high = UInt64(next32() >> UInt32(64 - bits))
        return low | high << 32
    }

    /// `_randbelow_with_getrandbits(n)`: a number in 0 ..< n, n ≥ 1.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "randbelow: n must be 1 or more")
        let width = UInt64.bitWidth - UInt64(n).leadingZeroBitCount
        var r = bits(width)
        while r >= UInt64(n) { r = bits(width) }
        return Int(r)
    }

    /// `sample(range(n), count)` on this generator: `count` distinct
    /// positions in 0 ..< n, in the order Python picks them.
    /// - Precondition: 0 ≤ count ≤ n (Python raises ValueError otherwise).
    public mutating func sample(populationSize n: Int, count k: Int) -> [Int] {
        precondition(k >= 0 && k <= n, "Sample larger than population or is negative")
        var result: [Int] = []
        result.reserveCapacity(k)
        if n <= Self.setSize(count: k) {
            var pool = Array(0 ..< n)
            for i in 0 ..< k {
                let j = below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0 ..< k {
                var j = below(n)
                while selected.contains(j) { j = below(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `random.Random(seed).sample(range(populationSize), count)`.
    public static func sample(populationSize: Int, count: Int, seed: UInt64) -> [Int] {
        var generator = PythonRandomSample(seed: seed)
        return generator.sample(populationSize: populationSize, count: count)
    }

    /// Python's threshold between the two branches of `sample`: a list of n
    /// is used while n ≤ 21 + 4^⌈log₄(3k)⌉ (the last term only when k > 5),
    /// with `math.log(3k, 4)` computed as Python does, log(3k) / log(4).
    static func setSize(count k: Int) -> Int {
        var size = 21
        if k > 5 {
            let exponent = Int((log(Double(k) * 3) / log(4.0)).rounded(.up))
            size += exponent >= 31 ? Int.max / 2 : 1 << (2 * exponent)
        }
        return size
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
