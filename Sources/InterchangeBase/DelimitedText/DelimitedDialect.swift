/// How a delimited-text file (CSV and its relatives) is written: which
/// byte separates cells, and whether spaces around unquoted cells count.
///
/// Every dialect shares the rest: cells may be put in double quotes, which
/// then hold separators, line breaks and doubled quotes (`""`); a record
/// ends at LF, CRLF or a lone CR; a UTF-8 byte-order mark at the start is
/// skipped.
package struct DelimitedDialect: Sendable, Hashable {
    /// The byte between cells.
    package enum Separator: Sendable, Hashable {
        /// Read from the first line: a comma if it holds one, else a
        /// semicolon if it holds one (spreadsheets in Swedish and other
        /// locales that write decimal commas save so), else a tab if it
        /// holds one, else a comma.
        case detect
        case comma
        case semicolon
        case tab

        /// The separator byte for a file whose first line (or whole
        /// text) is `firstLine`; only bytes up to the first line feed count.
        package func byte<Bytes: Sequence>(firstLine: Bytes) -> UInt8 where Bytes.Element == UInt8 {
            switch self {
            case .comma: return UInt8(ascii: ",")
            case .semicolon: return UInt8(ascii: ";")
            case .tab: return UInt8(ascii: "\t")
            case .detect:
                var sawSemicolon = false, sawTab = false
                for b in firstLine {
                    if b == UInt8(ascii: "\n") { break }
                    if b == UInt8(ascii: ",") { return b }
                    if b == UInt8(ascii: ";") { sawSemicolon = true }
                    if b == UInt8(ascii: "\t") { sawTab = true }
                }
                return sawSemicolon ? UInt8(ascii: ";") : sawTab ? UInt8(ascii: "\t") : UInt8(ascii: ",")
            }
        }
    }

    /// The byte between cells, or how to find it.
    package var separator: Separator
    /// Whether spaces and tabs around an unquoted cell, and before and
    /// after a quoted one, are dropped (the memberships file), or kept as
    /// part of the cell (the sheets and edge lists, whose readers trim
    /// the cells they read).
    package var trimsSpaces: Bool

    /// A dialect.
    package init(separator: Separator = .detect, trimsSpaces: Bool) {
        self.separator = separator
        self.trimsSpaces = trimsSpaces
    }
}
