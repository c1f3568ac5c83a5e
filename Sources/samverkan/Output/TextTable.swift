#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InterchangeBase
import PartnerRegistry

/// A table printed with aligned columns. Numbers (columns marked
/// `.right`) align right; widths are terminal columns, not characters.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        /// At least this many terminal columns wide (so that tables printed
        /// one after another, as `stats` streams them, line up).
        var minimumWidth = 0
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// Renders the table; bold header and dim rule when `colour` is set.
    /// Control and bidi characters in cells show as `<U+XXXX>`
    /// (`TerminalText`), so a name cannot move the cursor or turn a row
    /// around.
    /// With `header: false`, only the rows (a continuation of a table
    /// printed before).
    func render(colour: Bool = Terminal.stdoutIsTTY, header showHeader: Bool = true) -> String {
        let columns = columns.map {
            Column(title: TerminalText.neutralised($0.title), alignment: $0.alignment, minimumWidth: $0.minimumWidth)
        }
        let rows = rows.map { $0.map(TerminalText.neutralised) }
        var widths = columns.map { max($0.minimumWidth, DisplayWidth.of($0.title)) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, column) in columns.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                let isLast = i == columns.count - 1
                switch column.alignment {
                case .left: out += cell + (isLast ? "" : pad)
                case .right: out += pad + cell
                }
                if !isLast { out += "  " }
            }
            return out
        }
        var header = line(columns.map(\.title))
        var rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        if colour {
            header = "\u{1B}[1m" + header + "\u{1B}[0m"
            rule = "\u{1B}[2m" + rule + "\u{1B}[0m"
        }
        return ((showHeader ? [header, rule] : []) + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

enum Terminal {
    /// Whether standard output is a terminal (colour is used only then,
    /// and never when NO_COLOR is set).
    static var stdoutIsTTY: Bool {
        isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
    }

    /// Whether standard output is a terminal, colour or not: CSV written
    /// there has its control and bidi characters neutralised.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    static func dim(_ text: String) -> String {
        stdoutIsTTY ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
    }
}
