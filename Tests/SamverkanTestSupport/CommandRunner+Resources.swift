import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished command used: its own peak resident memory and CPU
/// time, read from `wait4` for that one child (never the whole process's
/// `RUSAGE_CHILDREN`, which other tests' children running in parallel
/// would mix in). Resident memory, not a virtual-memory limit: malloc's
/// arenas make address space a flaky measure.
public struct CommandResources: Sendable, CustomStringConvertible {
    public var status: Int32
    /// Peak resident set size, in bytes.
    public var peakResidentBytes: Int
    /// User plus system CPU time.
    public var cpu: Duration
    /// What the command printed on standard error, for failure messages.
    public var stderr: String

    public var description: String {
        "exit \(status), peak resident \(peakResidentBytes / 1_000_000) MB, CPU \(cpu)\n--- stderr\n\(stderr)"
    }
}

extension CommandRunner {
    /// Runs `samverkan` with `arguments` (name files by absolute path: the
    /// child runs in this process's working directory), standard output
    /// thrown away (`/dev/null`) and standard error into a file in
    /// `scratch`, and measures the child alone.
    public static func resources(_ arguments: [String], scratch directory: URL) throws -> CommandResources {
        let executable = try executableURL().path
        let errPath = directory.appendingPathComponent("stderr-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: errPath) }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        #if canImport(Darwin)
        let peak = Int(usage.ru_maxrss)  // bytes on Darwin
        #else
        let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #endif
        func duration(_ t: timeval) -> Duration { .seconds(Int64(t.tv_sec)) + .microseconds(Int64(t.tv_usec)) }
        // WIFEXITED / WEXITSTATUS, spelled out: the macros do not import.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return CommandResources(
            status: exitStatus, peakResidentBytes: peak, cpu: duration(usage.ru_utime) + duration(usage.ru_stime),
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

/// A memory guard's bound: `megabytes`, times SAMVERKAN_GUARD_SCALE when
/// set (as `cpuGuard`: sanitizers use more memory too), in bytes.
public func memoryGuard(megabytes: Int) -> Int {
    megabytes * 1_000_000 * guardScale()
}
