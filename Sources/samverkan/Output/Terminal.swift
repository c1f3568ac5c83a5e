#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PartnerRegistry

/// Standard output as the CLI sees it: a terminal (styled report text,
/// colour) or not.
enum Terminal {
    /// Whether standard output is a terminal (colour is used only then,
    /// and never when NO_COLOR is set).
    static var stdoutIsTTY: Bool {
        isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
    }

    /// Whether standard output is a terminal, colour or not: CSV written
    /// there has its control and bidi characters neutralised.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

extension ReportTextStyle {
    /// The style of report text on standard output: `.terminal` on a
    /// terminal that takes colour (`Terminal.stdoutIsTTY`), else `.plain`.
    static var standardOutput: ReportTextStyle { Terminal.stdoutIsTTY ? .terminal : .plain }
}
