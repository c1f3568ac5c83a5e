import Dispatch

/// The sum of per-chunk partial vectors, added in chunk order as the chunks
/// finish: `((0 + p₀) + p₁) + …`, the same bits for any number of threads.
/// A partial that finishes before its turn waits; since `ParallelChunks`
/// hands chunks out in order, only about one per thread ever waits, instead
/// of every chunk's vector living until the end.
final class ChunkOrderSum: @unchecked Sendable {
    // @unchecked: every stored property is read and written under `lock`.
    private let lock = DispatchSemaphore(value: 1)
    private var total: [Double]
    private var waiting: [Int: [Double]] = [:]
    private var next = 0

    init(size: Int) { total = [Double](repeating: 0, count: size) }

    func add(_ partial: [Double], chunk: Int) {
        lock.wait(); defer { lock.signal() }
        waiting[chunk] = partial
        while let ready = waiting.removeValue(forKey: next) {
            for i in 0 ..< total.count { total[i] += ready[i] }
            next += 1
        }
    }

    /// The sum; call once every chunk has been added.
    func result() -> [Double] {
        lock.wait(); defer { lock.signal() }
        precondition(waiting.isEmpty, "a chunk is missing")
        return total
    }
}
