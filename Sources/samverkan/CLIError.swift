import ArgumentParser

/// A failure a command reports in one line on standard error, with the
/// exit status it documents.
enum CLIError: Error, CustomStringConvertible {
    /// An option names something the registry does not have: exit 1.
    case usage(String)
    /// The work itself failed (rendering, writing): the given status.
    case failure(String, status: Int32)

    var description: String {
        switch self {
        case let .usage(message), let .failure(message, _): message
        }
    }

    var status: Int32 {
        switch self {
        case .usage: 1
        case let .failure(_, status): status
        }
    }
}

extension CLIError {
    /// Prints the message as `samverkan <command>: message` to standard
    /// error and returns the exit code to throw.
    func report(command: String) -> ExitCode {
        printToStandardError("samverkan \(command): \(description)")
        return ExitCode(status)
    }
}
