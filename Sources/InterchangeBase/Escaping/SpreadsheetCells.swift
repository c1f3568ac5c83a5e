/// How a CSV writer treats a cell that a spreadsheet would run as a
/// formula (CSV or formula injection).
///
/// A spreadsheet that opens a CSV file reads a cell beginning with `=`,
/// `+`, `-` or `@` as a formula, and some read a leading tab or carriage
/// return the same way: `+cmd|' /C calc'!A0` in a name starts a program
/// when the file is opened. Following OWASP's advice on CSV injection,
/// `guarded` writes such a cell with a leading `'`, which spreadsheets
/// take as "text follows" and do not show. A plain decimal number (`-0.5`,
/// `+3`, `-1e-06`) is no formula and stays a number.
///
/// To keep a round trip exact, a cell whose leading apostrophes are
/// followed by one of those characters gets one more apostrophe, and
/// `unprefixed(_:)` (what `samverkan import` applies to the sheets)
/// removes exactly one: `=1+1` → `'=1+1` → `=1+1`, `'=x` → `''=x` → `'=x`,
/// while a genuine leading apostrophe before anything else
/// (`'s-Hertogenbosch`) is written and read as it is.
public enum SpreadsheetCells: Sendable, Hashable {
    /// Cells as they are: for programs that import text as it is (Gephi,
    /// Kumu, Neo4j, scripts). Not safe to open in a spreadsheet.
    case exact
    /// Cells a spreadsheet would run get a leading `'` (`prefixed(_:)`).
    case guarded

    /// `cell` as this policy writes it.
    public func written(_ cell: String) -> String {
        self == .exact ? cell : Self.prefixed(cell)
    }

    /// `cell` with a leading `'` when a spreadsheet would run it as a
    /// formula, or when its leading apostrophes precede `=`, `+`, `-`,
    /// `@`, tab or carriage return; otherwise `cell` itself.
    ///
    /// - Complexity: O(1) for most cells: only the leading apostrophes,
    ///   the character after them and, for a possible number, the cell.
    public static func prefixed(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard let first = scalars.first(where: { $0 != "'" }), startsFormula(first) else { return cell }
        if scalars.first != "'", isPlainNumber(cell) { return cell }
        return "'" + cell
    }

    /// The inverse of `prefixed(_:)`: one leading `'` removed where the
    /// cell's leading apostrophes precede `=`, `+`, `-`, `@`, tab or
    /// carriage return; otherwise `cell` itself.
    public static func unprefixed(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let first = scalars.first(where: { $0 != "'" }), startsFormula(first) else {
            return cell
        }
        return String(scalars.dropFirst())
    }

    /// Whether a cell beginning with `s` can start a formula: `=`, `+`,
    /// `-`, `@`, tab or carriage return.
    public static func startsFormula(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "=", "+", "-", "@", "\t", "\r": true
        default: false
        }
    }

    /// `[+-]digits[.digits][e[+-]digits]` (ASCII digits; at least one
    /// digit before the exponent).
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let n = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(n)
            return n
        }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
