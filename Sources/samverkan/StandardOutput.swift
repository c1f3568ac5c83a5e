import Foundation
import InterchangeBase
import PartnerRegistry

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error as every command writes them.
///
/// Nothing in `samverkan` calls `print` or FileHandle's unchecked write: the
/// first loses a failed write without a word, the second traps. Here each
/// write goes through `write(2)` until every byte is out, so that a full
/// disk (`ENOSPC`), a closed stream (`EBADF`) or a reader that went away
/// (`EPIPE`) becomes a `StandardStreamError`, a message and exit status 3.
///
/// - Standard output: a failed write throws; the command stops, the
///   message goes to standard error, the exit status is 3. A reader that
///   went away (`samverkan stats x | head -1`) ends the command quietly
///   with status 3, as SIGPIPE is ignored (see `prepare()`).
/// - Standard error: a failed write cannot be reported where it happened;
///   it is remembered, and a command that otherwise succeeded exits 3.
enum StandardStream: Int32, Sendable {
    case output = 1
    case error = 2

    /// The exit status of a command whose output could not be written.
    static let writeFailureStatus: Int32 = 3

    /// The stream's name in messages.
    var name: String { self == .output ? "standard output" : "standard error" }

    /// Writes `text` as UTF-8.
    func write(_ text: String) throws(StandardStreamError) {
        var text = text
        let failure = text.withUTF8 { StandardStream.writeAll(rawValue, UnsafeRawBufferPointer($0)) }
        if let failure { throw record(failure) }
    }

    /// Writes `text` and a line break.
    func writeLine(_ text: String) throws(StandardStreamError) {
        try write(text + "\n")
    }

    /// Writes `data` as it is.
    func write(_ data: Data) throws(StandardStreamError) {
        let failure = data.withUnsafeBytes { StandardStream.writeAll(rawValue, $0) }
        if let failure { throw record(failure) }
    }

    private func record(_ code: Int32) -> StandardStreamError {
        let error = StandardStreamError(stream: self, code: code, wasClosed: StandardStreamState.shared.wasClosed(rawValue))
        if self == .error { StandardStreamState.shared.noteErrorStreamFailure() }
        return error
    }

    /// `write(2)` until every byte is written; the errno of a failure, nil
    /// on success. Interrupted writes are resumed; a descriptor left
    /// non-blocking by the parent is waited on rather than given up.
    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let n = systemWrite(fd, next, left)
            if n > 0 {
                next += n
                left -= n
                continue
            }
            if n == 0 { return EIO }
            let code = errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            default:
                return code
            }
        }
        return nil
    }
}

extension StandardStream {
    /// Readies the process before any command runs:
    ///
    /// - SIGPIPE is ignored, so a reader going away is an `EPIPE` error from
    ///   `write(2)` that ends the command with status 3, not a silent death.
    /// - A standard stream the caller closed (`samverkan map x >&-`) is
    ///   occupied by the wrong end of a pipe. Writes to it then fail with
    ///   `EBADF`, as on a closed descriptor, and no file the command opens
    ///   (the registry, a map being written) can be given descriptor 0, 1
    ///   or 2 and receive what was meant for the terminal.
    static func prepare() {
        _ = signal(SIGPIPE, SIG_IGN)
        for fd: Int32 in 0 ... 2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            StandardStreamState.shared.noteClosed(fd)
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { continue }
            // Standard input gets the write end (reading fails), the
            // output streams the read end (writing fails).
            let (kept, other) = fd == 0 ? (ends[1], ends[0]) : (ends[0], ends[1])
            if kept != fd {
                _ = dup2(kept, fd)
                _ = close(kept)
            }
            if other != fd { _ = close(other) }
        }
    }

    /// Whether a write to standard error has failed in this process.
    static var errorStreamFailed: Bool { StandardStreamState.shared.errorStreamFailed }
}

/// A write to standard output or standard error that failed.
struct StandardStreamError: Error, CustomStringConvertible {
    var stream: StandardStream
    /// The `errno` of the failed `write(2)`.
    var code: Int32
    /// Whether the caller had closed the stream before the command started.
    var wasClosed: Bool

    /// The reader of a pipe went away: the usual end of `… | head`, not
    /// worth a message.
    var isBrokenPipe: Bool { code == EPIPE }

    var description: String {
        let reason: String
        switch code {
        case EBADF where wasClosed: reason = "it is closed"
        case EBADF: reason = "it is closed or not open for writing"
        case EPIPE: reason = "the reader has gone away (broken pipe)"
        default: reason = String(cString: strerror(code))
        }
        return "cannot write to \(stream.name): \(reason)"
    }
}

/// What the process has learned about its standard streams. A class with a
/// lock because commands may write from any task.
private final class StandardStreamState: @unchecked Sendable {  // every field is read and written under `lock`
    static let shared = StandardStreamState()

    private let lock = NSLock()
    private var closed: Set<Int32> = []
    private var errorFailed = false

    func noteClosed(_ fd: Int32) { lock.withLock { _ = closed.insert(fd) } }
    func wasClosed(_ fd: Int32) -> Bool { lock.withLock { closed.contains(fd) } }
    func noteErrorStreamFailure() { lock.withLock { errorFailed = true } }
    var errorStreamFailed: Bool { lock.withLock { errorFailed } }
}

/// `write(2)`, out of reach of the `write` methods above.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

/// Writes a line to standard error (diagnostics, warnings). A failure is
/// remembered and turns a successful exit into status 3.
func printToStandardError(_ line: String) {
    let lines = line.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.neutralised(String($0)) }
    try? StandardStream.error.writeLine(lines.joined(separator: "\n"))
}
