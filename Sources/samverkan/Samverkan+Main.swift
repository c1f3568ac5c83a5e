import ArgumentParser
import Foundation

extension Samverkan {
    /// Ignores SIGPIPE and fills closed standard descriptors (see
    /// `StandardStream.prepare()`); call before anything else opens a file.
    public static func prepareStandardStreams() {
        StandardStream.prepare()
    }

    /// The entry point: readies the standard streams, suggests a command
    /// for a misspelt one, runs the command (see `execute`) and turns what
    /// it throws into a message and an exit status. Help and error messages go through
    /// `StandardStream` like everything else, so a help screen sent to a
    /// full disk also ends with status 3.
    public static func main() async {
        StandardStream.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        var status: Int32
        do {
            if let misspelt = CommandSuggestion.unknownCommand(in: arguments, among: subcommandNames) {
                throw CLIError.usage(misspelt).report(command: "")
            }
            try await execute(arguments)
            status = 0
        } catch let error as CLIError {
            // Commands report their errors where they arise; one that
            // escapes is reported here the same way.
            status = error.report(command: commandName(arguments)).rawValue
        } catch let error as StandardStreamError {
            status = StandardStream.writeFailureStatus
            if !error.isBrokenPipe { printToStandardError("\(commandPrefix(arguments)): \(error)") }
        } catch {
            status = exitCode(for: error).rawValue
            if !CLIError.reportLeftForMain(status: status) {
                status = report(error, status: status, arguments: arguments)
            }
        }
        if status == 0 && StandardStream.errorStreamFailed { status = StandardStream.writeFailureStatus }
        terminate(status)
    }

    /// Parses and checks the command line (each command's `validate()`,
    /// `ChecksCommandLine`: a standard output open on one of the files the
    /// command reads, an output file that would replace one of them, the
    /// options) and runs the command.
    private static func execute(_ arguments: [String]) async throws {
        var command = try await asyncParseAsRoot(arguments)
        if var asyncCommand = command as? AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    }

    /// Prints what the argument parser says about `error` (help on standard
    /// output, errors on standard error); the exit status.
    private static func report(_ error: Error, status: Int32, arguments: [String]) -> Int32 {
        let text = fullMessage(for: error)
        guard !text.isEmpty else { return status }
        guard status == 0 else {
            printToStandardError(text)
            return status
        }
        do {
            try StandardStream.output.writeLine(text)
            return status
        } catch {
            if !error.isBrokenPipe { printToStandardError("\(commandPrefix(arguments)): \(error)") }
            return StandardStream.writeFailureStatus
        }
    }

    /// The names of the subcommands, as typed.
    private static var subcommandNames: [String] {
        configuration.subcommands.map { $0._commandName }
    }

    /// "samverkan map" when the first argument is a command, else "samverkan".
    private static func commandPrefix(_ arguments: [String]) -> String {
        let name = commandName(arguments)
        return name.isEmpty ? "samverkan" : "samverkan \(name)"
    }

    /// The command the first argument names, or "" when it names none.
    private static func commandName(_ arguments: [String]) -> String {
        guard let first = arguments.first, subcommandNames.contains(first) else { return "" }
        return first
    }

    private static func terminate(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #elseif canImport(Musl)
        Musl.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}
