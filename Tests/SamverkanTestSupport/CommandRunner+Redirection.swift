import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a launched command's standard output or standard error goes.
public enum StreamRedirection: Sendable, Hashable {
    /// Into the result's `stdout` or `stderr`.
    case captured
    /// Closed before the command starts, as the shell's `>&-`.
    case closed
    /// Onto this path, as the shell's `>` (e.g. `/dev/full`).
    case file(String)
    /// Appended to this path, as the shell's `>>`.
    case appending(String)
    /// A pipe whose reader has already gone away (standard output only).
    case brokenPipe
}

extension CommandRunner {
    /// Runs `samverkan` with its standard output and standard error
    /// redirected as a shell would (`exec samverkan … >&- 2>/dev/full`),
    /// standard input read from `stdinFile` when given, and the command
    /// started through `wrapper` (e.g. `setpriv --reuid=nobody …`) when not
    /// empty. A stream not captured leaves the result's text empty.
    public static func run(
        _ arguments: [String], stdout: StreamRedirection, stderr: StreamRedirection = .captured,
        stdinFile: String? = nil, wrapper: [String] = [], in directory: URL? = nil
    ) throws -> CommandResult {
        var script = "exec \"$@\""
        for (fd, target) in [(1, stdout), (2, stderr)] {
            switch target {
            case .captured, .brokenPipe: break
            case .closed: script += " \(fd)>&-"
            case let .file(path): script += " \(fd)>\(quoted(path))"
            case let .appending(path): script += " \(fd)>>\(quoted(path))"
            }
        }
        if let stdinFile { script += " <\(quoted(stdinFile))" }

        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("samverkan-run-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        for url in [outURL, errURL, inURL] { try Data().write(to: url) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh"] + wrapper + [try executableURL().path] + arguments
        let brokenPipe = stdout == .brokenPipe ? try writeEndWithoutReader() : nil
        defer { try? brokenPipe?.close() }
        return try launch(process, in: directory, stdin: inURL, stdout: outURL, stderr: errURL, stdoutHandle: brokenPipe)
    }

    /// The write end of a pipe whose read end is closed: writing to it
    /// fails with EPIPE (or raises SIGPIPE).
    static func writeEndWithoutReader() throws -> FileHandle {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw CocoaError(.fileWriteUnknown) }
        _ = close(ends[0])
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        return FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    }

    /// `text` in single quotes for `/bin/sh`.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
