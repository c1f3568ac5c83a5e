import Dispatch

/// Runs numbered chunks of work on up to `parallelism` threads.
///
/// Chunks are claimed dynamically, so which thread runs which chunk depends
/// on scheduling; callers that must be bit-reproducible store one partial
/// result per *chunk* and combine them in chunk order afterwards. Each
/// thread makes one workspace and reuses it for every chunk it claims.
/// Cancellation of the calling task is checked before every chunk;
/// progress is reported after every chunk, serialised.
enum ParallelChunks {
    static func run<Workspace>(
        chunkCount: Int,
        parallelism: Int,
        unitsInChunk: (Int) -> Int,
        totalUnits: Int,
        progress: ProgressHandler?,
        makeWorkspace: () -> Workspace,
        body: (inout Workspace, Int) throws -> Void
    ) throws {
        try CancellationProbe.withProbe { probe in
            let threads = max(1, min(parallelism, chunkCount))
            if threads == 1 {
                var workspace = makeWorkspace()
                var done = 0
                for chunk in 0 ..< chunkCount {
                    try probe.check()
                    try body(&workspace, chunk)
                    done += unitsInChunk(chunk)
                    progress?(Progress(completed: done, total: totalUnits))
                }
                return
            }
            let state = SharedState()
            withoutActuallyEscaping(makeWorkspace) { makeWorkspace in
                withoutActuallyEscaping(body) { body in
                    withoutActuallyEscaping(unitsInChunk) { unitsInChunk in
                        let closures = UncheckedBox((makeWorkspace, body, unitsInChunk))
                        DispatchQueue.concurrentPerform(iterations: threads) { _ in
                            let (makeWorkspace, body, unitsInChunk) = closures.value
                            var workspace = makeWorkspace()
                            while let chunk = state.claim(limit: chunkCount) {
                                if probe.isCancelled { state.fail(CancellationError()); return }
                                do { try body(&workspace, chunk) } catch { state.fail(error); return }
                                state.finished(units: unitsInChunk(chunk), total: totalUnits, progress: progress)
                            }
                        }
                    }
                }
            }
            if let error = state.error { throw error }
        }
    }

    /// Splits `count` items into chunks whose number depends only on `count`
    /// and `memoryPerChunk` (bytes each chunk's partial result needs), never
    /// on the number of threads, so that results reduced in chunk order are
    /// the same for every `parallelism`.
    static func chunkBounds(count: Int, memoryPerChunk: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let budget = 64 << 20  // bytes for all partial results together
        let byMemory = max(1, budget / max(1, memoryPerChunk))
        let chunks = max(1, min(count, 64, byMemory))
        let base = count / chunks, extra = count % chunks
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(chunks)
        var start = 0
        for c in 0 ..< chunks {
            let size = base + (c < extra ? 1 : 0)
            bounds.append(start ..< start + size)
            start += size
        }
        return bounds
    }
}

/// Chunk counter, first error and progress total, behind one lock.
private final class SharedState: @unchecked Sendable {
    // @unchecked: every stored property is read and written under `lock`.
    private let lock = DispatchSemaphore(value: 1)
    private var next = 0
    private var done = 0
    private var failure: (any Error)?

    func claim(limit: Int) -> Int? {
        lock.wait(); defer { lock.signal() }
        guard failure == nil, next < limit else { return nil }
        next += 1
        return next - 1
    }

    func fail(_ error: any Error) {
        lock.wait(); defer { lock.signal() }
        if failure == nil { failure = error }
    }

    func finished(units: Int, total: Int, progress: ProgressHandler?) {
        lock.wait(); defer { lock.signal() }
        done += units
        progress?(Progress(completed: done, total: total))
    }

    var error: (any Error)? {
        lock.wait(); defer { lock.signal() }
        return failure
    }
}

/// Carries a non-Sendable value into `concurrentPerform`'s closure.
struct UncheckedBox<Value>: @unchecked Sendable {
    // @unchecked: used only for closures and buffers whose concurrent use is
    // race-free by construction (distinct indices per chunk, read-only data).
    let value: Value
    init(_ value: Value) { self.value = value }
}
