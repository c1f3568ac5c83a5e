#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CPU time the calling thread spends in `body`: a hang guard that a
/// busy machine (parallel tests, other builds on shared cores) does not
/// trip, as wall-clock time would, while an endless loop still does.
public func threadCPUTime(_ body: () throws -> Void) rethrows -> Duration {
    func now() -> Duration {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return .seconds(Int64(ts.tv_sec)) + .nanoseconds(Int64(ts.tv_nsec))
    }
    let start = now()
    try body()
    return now() - start
}

/// A hang guard's bound: `seconds`, times SAMVERKAN_GUARD_SCALE when set
/// (`make sanitize` sets it, since ASan and TSan slow the code down).
public func cpuGuard(seconds: Int) -> Duration {
    .seconds(seconds * guardScale())
}

/// SAMVERKAN_GUARD_SCALE, at least 1: how much more time and memory the
/// build under test needs (sanitizers) than a plain debug build.
public func guardScale() -> Int {
    max(getenv("SAMVERKAN_GUARD_SCALE").flatMap { Int(String(cString: $0)) } ?? 1, 1)
}
