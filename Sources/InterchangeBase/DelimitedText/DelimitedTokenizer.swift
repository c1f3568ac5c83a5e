/// The one reader of delimited text (CSV, `;`-separated and
/// tab-separated files): splits UTF-8 bytes into records of cells by a
/// ``DelimitedDialect``, without copying them.
///
/// It is a pull reader: each ``nextRecord(_:)`` fills an array of
/// ``DelimitedCell`` (byte ranges, with the line each begins on) and says
/// whether the record was blank, broken or fine; problems are collected
/// in ``problems`` with line and column, and reading goes on after every
/// problem but a quote never closed. The memberships file, the import
/// sheets and edge lists are all read through it.
///
/// - Complexity: O(B) time for B bytes over the whole input; no memory
///   beyond the cells of one record.
package struct DelimitedTokenizer {
    /// What one call of ``nextRecord(_:)`` found.
    package enum Record: Sendable, Hashable {
        /// A record of cells.
        case cells
        /// An empty line (a single empty unquoted cell); skip it.
        case blank
        /// A record with text after a closing quote, reported in
        /// ``problems``; its cells are unreliable.
        case broken
        /// A quote never closed, reported in ``problems``; reading ends.
        case unclosed
    }

    /// The whole input.
    package let buf: UnsafeRawBufferPointer
    /// The separator byte (`,`, `;` or tab).
    package let separator: UInt8
    private let trims: Bool
    /// Structural problems found so far, in the order found.
    package private(set) var problems: [DelimitedTextProblem] = []
    /// The next byte to read.
    private var offset: Int
    /// The 1-based line of `offset`.
    package private(set) var line = 1
    /// The first byte of `line`.
    private var lineStart: Int

    /// A tokenizer over `buf`, after its byte-order mark if it has one.
    package init(_ buf: UnsafeRawBufferPointer, dialect: DelimitedDialect) {
        self.buf = buf
        let n = buf.count
        offset = n >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF ? 3 : 0
        lineStart = offset
        separator = dialect.separator.byte(firstLine: buf[offset...])
        trims = dialect.trimsSpaces
    }

    /// The problems found since the last call, handed over and forgotten
    /// (a reader that reports as it goes keeps no list of its own).
    package mutating func takeProblems() -> [DelimitedTextProblem] {
        defer { problems.removeAll(keepingCapacity: true) }
        return problems
    }

    /// Whether every byte has been read.
    package var atEnd: Bool { offset >= buf.count }

    /// Reads one record into `cells` (emptied first).
    package mutating func nextRecord(_ cells: inout [DelimitedCell]) -> Record {
        let buf = self.buf, n = buf.count, comma = separator
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let trims = self.trims
        func isSpace(_ b: UInt8) -> Bool {
            trims && (b == UInt8(ascii: " ") || b == UInt8(ascii: "\t")) && b != comma
        }
        var i = offset, line = self.line, lineStart = self.lineStart
        defer {
            offset = i
            self.line = line
            self.lineStart = lineStart
        }
        cells.removeAll(keepingCapacity: true)
        var broken = false
        while true {
            var cell = DelimitedCell(rawStart: i, line: line, lineStart: lineStart)
            // Spaces before an opening quote are allowed (and dropped) when trimming.
            var q = i
            while q < n && isSpace(buf[q]) { q += 1 }
            if q < n && buf[q] == quote {
                i = q
                cell.rawStart = q
                cell.quoted = true
                i += 1
                cell.start = i
                var closed = false
                while i < n {
                    let b = buf[i]
                    if b == quote {
                        if i + 1 < n && buf[i + 1] == quote { cell.escaped = true; i += 2; continue }
                        cell.end = i
                        i += 1
                        closed = true
                        break
                    }
                    if b == lf { line += 1; lineStart = i + 1 }
                    i += 1
                }
                if !closed {
                    problems.append(DelimitedTextProblem(
                        kind: .unclosedQuote, line: cell.line, column: cell.column(in: buf)))
                    return .unclosed
                }
                while i < n && isSpace(buf[i]) { i += 1 }
                if i < n && buf[i] != comma && buf[i] != lf && buf[i] != cr {
                    problems.append(DelimitedTextProblem(
                        kind: .textAfterQuote, line: line, column: Self.column(of: i, lineStart: lineStart, in: buf)))
                    broken = true
                    while i < n && buf[i] != comma && buf[i] != lf && buf[i] != cr { i += 1 }
                }
            } else {
                var s = i
                while i < n {
                    let b = buf[i]
                    if b == comma || b == lf || b == cr { break }
                    i += 1
                }
                var e = i
                while s < e && isSpace(buf[s]) { s += 1 }
                while e > s && isSpace(buf[e - 1]) { e -= 1 }
                cell.start = s
                cell.end = e
            }
            cells.append(cell)
            if i < n && buf[i] == comma { i += 1; continue }
            if i < n && buf[i] == cr { i += 1 }
            if i < n && buf[i] == lf { i += 1 }
            line += 1
            lineStart = i
            break
        }
        if cells.count == 1 && cells[0].isEmpty && !cells[0].quoted {
            return .blank
        }
        return broken ? .broken : .cells
    }

    /// The 1-based column (in Unicode scalars) of byte `offset` on the
    /// line that begins at byte `lineStart`.
    package static func column(of offset: Int, lineStart: Int, in buf: UnsafeRawBufferPointer) -> Int {
        var column = 1
        var k = lineStart
        while k < offset && k < buf.count {
            if buf[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return column
    }
}
