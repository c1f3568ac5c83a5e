/// How far a long computation has come: `completed` of `total` units of
/// work (for the path-based measures a unit is one source vertex).
public struct Progress: Sendable, Equatable, Codable {
    /// Units of work finished so far.
    public var completed: Int
    /// Units of work in all.
    public var total: Int

    public init(completed: Int, total: Int) {
        self.completed = completed
        self.total = total
    }

    /// `completed / total` in `0...1` (1 when there is nothing to do).
    public var fraction: Double { total == 0 ? 1 : Double(completed) / Double(total) }
}

/// Called from the computing thread(s) as work completes. It may be called
/// from more than one thread, but never concurrently with itself, and the
/// `completed` values it sees never decrease.
public typealias ProgressHandler = @Sendable (Progress) -> Void
