import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs numbered chunks of work on up to `parallelism` threads.
///
/// Chunks are claimed dynamically, so which thread runs which chunk depends
/// on scheduling; callers that must be bit-reproducible store one partial
/// result per *chunk* and combine them in chunk order afterwards. Each
/// thread makes one workspace and reuses it for every chunk it claims.
/// Cancellation of the calling task is checked before every chunk that the
/// calling thread claims (`Task.isCancelled` answers only on the thread
/// that runs the task; `concurrentPerform` lets the calling thread take
/// part); the other threads then stop at their next claim. Progress is
/// reported after every chunk, serialised.
enum ParallelChunks {
    static func run<Workspace>(
        chunkCount: Int,
        parallelism: Int,
        unitsInChunk: @escaping (Int) -> Int,
        totalUnits: Int,
        progress: ProgressHandler?,
        makeWorkspace: @escaping () -> Workspace,
        body: @escaping (inout Workspace, Int) throws -> Void
    ) throws {
        do {
            let threads = max(1, min(parallelism, chunkCount))
            if threads == 1 {
                var workspace = makeWorkspace()
                var done = 0
                for chunk in 0 ..< chunkCount {
                    if Task.isCancelled { throw CancellationError() }
                    try body(&workspace, chunk)
                    done += unitsInChunk(chunk)
                    progress?(Progress(completed: done, total: totalUnits))
                }
                return
            }
            let job = Job(
                chunkCount: chunkCount, totalUnits: totalUnits, progress: progress,
                unitsInChunk: unitsInChunk, makeWorkspace: makeWorkspace, body: body)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in job.work() }
            if let error = job.state.error { throw error }
            if Task.isCancelled { throw CancellationError() }
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

/// One parallel run: the closures, the caller's thread and the shared state,
/// owned by a class so that worker threads share one reference.
private final class Job<Workspace>: @unchecked Sendable {
    // @unchecked: the closures are only called, the counters live in
    // `state` behind its lock, and `caller` is immutable.
    let chunkCount: Int
    let totalUnits: Int
    let progress: ProgressHandler?
    let unitsInChunk: (Int) -> Int
    let makeWorkspace: () -> Workspace
    let body: (inout Workspace, Int) throws -> Void
    let state = SharedState()
    let caller = pthread_self()

    init(
        chunkCount: Int, totalUnits: Int, progress: ProgressHandler?,
        unitsInChunk: @escaping (Int) -> Int, makeWorkspace: @escaping () -> Workspace,
        body: @escaping (inout Workspace, Int) throws -> Void
    ) {
        self.chunkCount = chunkCount
        self.totalUnits = totalUnits
        self.progress = progress
        self.unitsInChunk = unitsInChunk
        self.makeWorkspace = makeWorkspace
        self.body = body
    }

    func work() {
        var workspace = makeWorkspace()
        while let chunk = state.claim(limit: chunkCount) {
            // Only the calling thread runs inside the task whose
            // cancellation we must honour.
            if pthread_equal(pthread_self(), caller) != 0, Task.isCancelled {
                state.fail(CancellationError()); return
            }
            do { try body(&workspace, chunk) } catch { state.fail(error); return }
            state.finished(units: unitsInChunk(chunk), total: totalUnits, progress: progress)
        }
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
