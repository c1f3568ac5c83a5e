/// How a report's text is set: plain, as `description` gives it and as
/// `samverkan` prints it into a file or a pipe, or styled for a terminal.
///
/// Both styles hold the same characters apart from the styling: headings
/// and table headers in bold, notes and table rules dimmed (ANSI SGR 1
/// and 2, each reset at the end of its line). Control and bidi characters
/// in names show as `<U+XXXX>` in both (`TerminalText`).
public enum ReportTextStyle: Hashable, Sendable {
    /// Plain text, without escape sequences.
    case plain
    /// Bold headings and table headers, dimmed notes and rules.
    case terminal
}

extension ReportTextStyle {
    static let bold = "\u{1B}[1m"
    static let dim = "\u{1B}[2m"
    static let reset = "\u{1B}[0m"

    /// A section heading and its line break, bold on a terminal.
    func heading(_ text: String) -> String {
        let text = TerminalText.neutralised(text)
        return self == .terminal ? Self.bold + text + Self.reset + "\n" : text + "\n"
    }

    /// One-line explanations of the numbers after an empty line, dimmed on
    /// a terminal.
    func notes(_ lines: [String]) -> String {
        "\n" + lines.map { dim(TerminalText.neutralised($0)) }.joined(separator: "\n") + "\n"
    }

    /// `text` dimmed on a terminal, as it is otherwise.
    func dim(_ text: String) -> String {
        self == .terminal ? Self.dim + text + Self.reset : text
    }
}
