import InterchangeBase

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

    /// Renders the table; bold header and dim rule in the terminal style.
    /// Control and bidi characters in cells show as `<U+XXXX>`
    /// (`TerminalText`), so a name cannot move the cursor or turn a row
    /// around.
    /// With `header: false`, only the rows (a continuation of a table
    /// printed before).
    func render(style: ReportTextStyle, header showHeader: Bool = true) -> String {
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
        if style == .terminal {
            header = ReportTextStyle.bold + header + ReportTextStyle.reset
            rule = ReportTextStyle.dim + rule + ReportTextStyle.reset
        }
        return ((showHeader ? [header, rule] : []) + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

extension TextTable {
    /// A table from (title, alignment) pairs.
    init(_ columns: [(String, Alignment)]) {
        self.init(columns.map { Column(title: $0.0, alignment: $0.1) })
    }
}
