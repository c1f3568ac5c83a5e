/// One cell of a delimited-text record, as byte offsets into the input.
///
/// `start..<end` is the content: inside the quotes of a quoted cell
/// (still holding any doubled quotes, when `escaped`), trimmed of spaces
/// when the dialect trims. `rawStart` is where the cell begins: its
/// opening quote, or its first byte; positions point there.
package struct DelimitedCell: Sendable, Hashable {
    /// The byte where the cell begins (an opening quote, or its first byte).
    package var rawStart = 0
    /// The first byte of the content.
    package var start = 0
    /// One past the last byte of the content.
    package var end = 0
    /// Whether the cell was quoted.
    package var quoted = false
    /// Whether the content holds doubled quotes (`""`) to un-double.
    package var escaped = false
    /// The 1-based line the cell begins on.
    package var line = 0
    /// The byte where that line begins.
    package var lineStart = 0

    package init(rawStart: Int = 0, line: Int = 0, lineStart: Int = 0) {
        self.rawStart = rawStart
        self.line = line
        self.lineStart = lineStart
    }

    /// Whether the cell has no content (an empty quoted cell `""` too).
    package var isEmpty: Bool { start == end }

    /// The 1-based column (in Unicode scalars) where the cell begins.
    package func column(in buf: UnsafeRawBufferPointer) -> Int {
        DelimitedTokenizer.column(of: rawStart, lineStart: lineStart, in: buf)
    }

    /// Calls `body` with the cell's content, doubled quotes made single
    /// (in `scratch` when there are any, so no allocation per cell).
    package func withContent<R>(
        _ buf: UnsafeRawBufferPointer, _ scratch: inout [UInt8], _ body: (UnsafeRawBufferPointer) -> R
    ) -> R {
        let raw = UnsafeRawBufferPointer(rebasing: buf[start ..< end])
        guard escaped else { return body(raw) }
        scratch.removeAll(keepingCapacity: true)
        var k = 0
        while k < raw.count {
            scratch.append(raw[k])
            k += raw[k] == UInt8(ascii: "\"") ? 2 : 1
        }
        return scratch.withUnsafeBytes(body)
    }

    /// The cell's content as text (invalid UTF-8 repaired with U+FFFD).
    package func text(_ buf: UnsafeRawBufferPointer) -> String {
        var scratch: [UInt8] = []
        return withContent(buf, &scratch) { String(decoding: $0, as: UTF8.self) }
    }
}

/// A problem in the structure of delimited text, where it is, and the
/// words to report it with.
package struct DelimitedTextProblem: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// A quoted cell is never closed; reading ends there.
        case unclosedQuote
        /// Text follows a closing quote before the next separator; the
        /// record is reported broken and reading goes on.
        case textAfterQuote
    }

    package var kind: Kind
    /// The 1-based line.
    package var line: Int
    /// The 1-based column, in Unicode scalars.
    package var column: Int

    /// What is wrong, for the user.
    package var message: String {
        switch kind {
        case .unclosedQuote: "a quoted cell is never closed"
        case .textAfterQuote: "text after the closing quote of a cell"
        }
    }

    /// How to fix it.
    package var hint: String {
        switch kind {
        case .unclosedQuote: "add the closing '\"'; write a quote inside a cell as '\"\"'"
        case .textAfterQuote: "put the whole cell inside the quotes"
        }
    }
}
