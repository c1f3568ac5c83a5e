/// Lets worker threads see whether the task that started a computation has
/// been cancelled.
///
/// `Task.isCancelled` answers for the *current* task, and threads of
/// `DispatchQueue.concurrentPerform` run outside any task. The probe holds
/// the calling task, which is blocked inside the computation for the whole
/// time the workers run, and reads its cancelled flag.
struct CancellationProbe: @unchecked Sendable {
    // @unchecked: UnsafeCurrentTask is only read (an atomic flag), and only
    // while the task it names is suspended in `withProbe`'s body.
    private let task: UnsafeCurrentTask?

    /// Whether the calling task has been cancelled (false outside a task).
    var isCancelled: Bool { task?.isCancelled ?? false }

    /// Throws `CancellationError` when the calling task has been cancelled.
    func check() throws(CancellationError) {
        if isCancelled { throw CancellationError() }
    }

    /// Runs `body` with a probe for the current task.
    static func withProbe<R>(_ body: (CancellationProbe) throws -> R) rethrows -> R {
        try withUnsafeCurrentTask { task in try body(CancellationProbe(task: task)) }
    }
}
