import Foundation

/// The `--threads` option's default: every core the process may use.
enum ThreadCount {
    /// `requested` when given (at least 1), else
    /// `ProcessInfo.activeProcessorCount`. Results never depend on it: the
    /// library reduces per-chunk partial results in a fixed order.
    static func resolve(_ requested: Int?) -> Int {
        max(1, requested ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
