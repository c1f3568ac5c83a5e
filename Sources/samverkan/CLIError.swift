import ArgumentParser

/// A failure a command reports in one line on standard error, with the
/// exit status it documents.
enum CLIError: Error, CustomStringConvertible {
    /// An option's value is wrong whatever the registry holds (a number
    /// out of range, the wrong count of names): exit 64, as the argument
    /// parser's own usage errors.
    case usage(String)
    /// An option names something the registry does not have (or not on
    /// the `--as-of` date, or not after the filters): exit 1.
    case notFound(String)
    /// The work itself failed (rendering, writing): the given status.
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
    /// Prints the message as `samverkan <command>: message` to standard
    /// error and returns the exit code to throw.
    func report(command: String) -> ExitCode {
        printToStandardError("samverkan \(command): \(description)")
        return ExitCode(status)
    }
}
