import Foundation

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
    /// The measuring parent: it starts the command, waits for it with
    /// `wait4` and writes the exit status, peak resident kilobytes and CPU
    /// seconds to the file named first.
    ///
    /// Why a parent of its own: Linux records in a child's `ru_maxrss` the
    /// peak resident size of the address space it started in. A child this
    /// (large, multi-threaded) test process starts — `posix_spawn` shares
    /// its address space until `exec` — so reports the test process's own
    /// peak, hundreds of megabytes late in a run. Started by this small
    /// parent instead, the command's figure is its own.
    static let measuringParent = """
        import os, sys
        out, err, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
        pid = os.fork()
        if pid == 0:
            try:
                fd = os.open(os.devnull, os.O_RDWR)
                os.dup2(fd, 0); os.dup2(fd, 1)
                os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
                os.execv(argv[0], argv)
            finally:
                os._exit(127)
        _, status, usage = os.wait4(pid, 0)
        with open(out, "w") as f:
            f.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}\\n")
        """

    /// Runs `samverkan` with `arguments` (name files by absolute path: the
    /// child runs in this process's working directory), standard output
    /// thrown away (`/dev/null`) and standard error into a file in
    /// `scratch`, and measures the command alone, through
    /// `measuringParent` (run by `python3`, which `make test` requires).
    public static func resources(_ arguments: [String], scratch directory: URL) throws -> CommandResources {
        let executable = try executableURL().path
        let id = UUID().uuidString
        let errPath = directory.appendingPathComponent("stderr-\(id)").path
        let resultPath = directory.appendingPathComponent("usage-\(id)").path
        defer {
            try? FileManager.default.removeItem(atPath: errPath)
            try? FileManager.default.removeItem(atPath: resultPath)
        }
        let parent = Process()
        parent.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        parent.arguments = ["python3", "-c", measuringParent, resultPath, errPath, executable] + arguments
        parent.standardInput = FileHandle.nullDevice
        parent.standardOutput = FileHandle.nullDevice
        try parent.run()
        parent.waitUntilExit()
        let fields = ((try? String(contentsOfFile: resultPath, encoding: .utf8)) ?? "").split(separator: " ")
        guard parent.terminationStatus == 0, fields.count == 3, let status = Int32(fields[0]),
              let kilobytes = Int(fields[1]), let seconds = Double(fields[2].trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw CommandRunner.RunnerError.executableNotFound(
                "python3 (the measuring parent exited \(parent.terminationStatus))", searched: ["PATH"])
        }
        return CommandResources(
            status: status, peakResidentBytes: kilobytes * 1024, cpu: .milliseconds(Int64(seconds * 1000)),
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

/// A memory guard's bound: `megabytes`, times SAMVERKAN_GUARD_SCALE when
/// set (as `cpuGuard`: sanitizers use more memory too), in bytes.
public func memoryGuard(megabytes: Int) -> Int {
    megabytes * 1_000_000 * guardScale()
}
