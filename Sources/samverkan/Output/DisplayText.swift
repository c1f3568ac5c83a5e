import InterchangeBase
import PartnerRegistry

/// Text for a reader: what a command prints in table format (tables,
/// headings, notes and the prose lines between them), made safe for a
/// terminal in one place, so that no command can forget a line.
///
/// Every control and bidi character (`TerminalText`) shows as `<U+XXXX>`;
/// line breaks are kept. The styles of the reports' terminal text (bold
/// headings and table headers, dim notes and rules: PartnerRegistry's
/// `ReportTextStyle.terminal`) each wrap a whole line, so on a colour
/// terminal a line that begins with one of them and ends with the reset
/// keeps that frame, and what lies inside is neutralised like any other
/// line. An escape anywhere else (a name in "Cut groups: …" holding ESC,
/// BEL or U+202E) shows as its code point, as it does in a table cell.
enum DisplayText {
    /// The line frames of the commands' own styles: bold, dim.
    static let styles = ["\u{1B}[1m", "\u{1B}[2m"]
    static let reset = "\u{1B}[0m"

    /// `text` with control and bidi characters as `<U+XXXX>`, line breaks
    /// kept; with `styled` (colour on), whole-line style frames kept.
    ///
    /// - Complexity: O(n) in the length of `text`; returns `text` itself
    ///   when nothing but line breaks needs an escape.
    static func safe(_ text: String, styled: Bool) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && TerminalText.needsEscape($0) }) else { return text }
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            let (head, tail) = (styles.first { scalars.starts(with: $0.unicodeScalars) }, reset.unicodeScalars)
            if styled, let head, scalars.count >= head.unicodeScalars.count + tail.count,
               scalars.reversed().starts(with: tail.reversed())
            {
                let inner = scalars.dropFirst(head.unicodeScalars.count).dropLast(tail.count)
                return head + TerminalText.neutralised(String(inner)) + reset
            }
            return TerminalText.neutralised(String(scalars))
        }.joined(separator: "\n")
    }
}

extension StandardStream {
    /// Writes `text` for a reader at a terminal (`DisplayText`): every
    /// command's table format goes through here.
    func writeDisplay(_ text: String) throws(StandardStreamError) {
        try write(DisplayText.safe(text, styled: Terminal.stdoutIsTTY))
    }
}
