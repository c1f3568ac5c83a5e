import ArgumentParser
import Foundation

/// A failure a command reports in one line on standard error, with the
/// exit status it documents.
///
/// `usage` is the one way a command says its command line is wrong:
/// checks that need no input run in `validate()` (`ChecksCommandLine`),
/// checks that need the input's contents (a one-mode network given a
/// registry's option) in `run()`; both print `samverkan <command>:
/// <message>` and exit 64 (`report(command:)`).
enum CLIError: Error, CustomStringConvertible {
    /// The command line is wrong whatever the input holds (a number out of
    /// range, options that contradict each other, the wrong count of
    /// names), or wrong for the input given: exit 64, as the argument
    /// parser's own usage errors.
    case usage(String)
    /// An option names something the registry does not have (or not on
    /// the `--as-of` date, or not after the filters): exit 1.
    case notFound(String)
    /// The work itself failed (rendering, writing): the given status, never
    /// 64 (a wrong command line is `usage`).
    case failure(String, status: Int32)

    var description: String {
        switch self {
        case let .usage(message), let .notFound(message), let .failure(message, _): message
        }
    }

    var status: Int32 {
        switch self {
        case .usage: ExitCode.validationFailure.rawValue
        case .notFound: 1
        case let .failure(_, status): status
        }
    }
}

extension CLIError {
    /// Prints the message as `samverkan <command>: message` (`samverkan:
    /// message` when `command` is empty) to standard error and returns the
    /// exit code to throw.
    func report(command: String) -> ExitCode {
        printToStandardError("samverkan\(command.isEmpty ? "" : " " + command): \(description)")
        return ExitCode(status)
    }
}

/// A command whose command line is checked before it runs. `validate()`,
/// which the argument parser calls after parsing, first refuses a
/// standard output or an output file that is one of the files the command
/// reads (`ReadsRegistries`, `WritesFiles`), then runs
/// `checkCommandLine()`, which throws `CLIError.usage` for options that
/// are wrong whatever the input holds, and reports it as every usage error
/// is reported (`samverkan <command>: <message>`, exit 64). Every command
/// conforms; it implements `checkCommandLine()`, never `validate()` itself.
protocol ChecksCommandLine: ParsableCommand {
    func checkCommandLine() throws(CLIError)
}

extension ChecksCommandLine {
    func validate() throws {
        do {
            try (self as? ReadsRegistries)?.checkStandardOutput()
            try (self as? WritesFiles)?.checkOutputs()
            try checkCommandLine()
        } catch {
            throw CLIError.leaveForMain(error, command: Self._commandName)
        }
    }
}

extension CLIError {
    /// Keeps `error` for `Samverkan.main` to report and returns the exit
    /// code to throw. The argument parser calls `validate()` before it
    /// looks for `--help`, and a help request wins over what `validate()`
    /// throws: the message is printed only once the parser has chosen the
    /// error (`reportLeftForMain`), never beside a help screen.
    static func leaveForMain(_ error: CLIError, command: String) -> ExitCode {
        LeftForMain.shared.store(error, command: command)
        return ExitCode(error.status)
    }

    /// Reports the error `validate()` left, when it is the one that ends
    /// the command (`status` is its status); false when there is none.
    static func reportLeftForMain(status: Int32) -> Bool {
        guard let (error, command) = LeftForMain.shared.take(), error.status == status else { return false }
        _ = error.report(command: command)
        return true
    }
}

/// The error `validate()` left for `Samverkan.main`.
private final class LeftForMain: @unchecked Sendable {  // `stored` is read and written under `lock`
    static let shared = LeftForMain()

    private let lock = NSLock()
    private var stored: (CLIError, String)?

    func store(_ error: CLIError, command: String) { lock.withLock { stored = (error, command) } }
    func take() -> (CLIError, String)? { lock.withLock { defer { stored = nil }; return stored } }
}
