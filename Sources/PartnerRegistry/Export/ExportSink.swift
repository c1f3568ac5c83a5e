/// A buffered byte stream that export writers append text to; full
/// buffers go to `drain` (a file descriptor, standard output, memory), so
/// a million-edge export never holds its whole output.
///
/// The escaping functions are the one place each format's rules for
/// hostile text live: XML 1.0 (markup escaped, forbidden control
/// characters replaced), JSON (RFC 8259 escapes, plus line and
/// paragraph separators and bidirectional controls written as `\u`
/// escapes) and CSV (RFC 4180 quoting; cells a spreadsheet would run are
/// prefixed where the format asks for it, `SpreadsheetCells`).
public struct ExportSink {
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let drain: ([UInt8]) throws -> Void

    /// A sink that passes every `capacity` bytes to `drain`.
    public init(capacity: Int = 1 << 16, drain: @escaping ([UInt8]) throws -> Void) {
        self.capacity = capacity
        self.drain = drain
        buffer.reserveCapacity(capacity + 1024)
    }

    /// Appends UTF-8 text as it is.
    public mutating func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try flush() }
    }

    /// Appends one ASCII byte.
    mutating func byte(_ b: UInt8) { buffer.append(b) }

    /// Appends the decimal digits of `n`.
    mutating func write(_ n: Int) throws { try write(String(n)) }

    /// Hands what is buffered to `drain`.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try drain(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    // MARK: XML

    /// Appends `text` as XML 1.0 character data or attribute value:
    /// `& < > " '` escaped; tab, line feed and carriage return written as
    /// character references (so attribute values keep them); every other
    /// character XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) replaced by
    /// U+FFFD, since no reference can express it.
    mutating func writeXML(_ text: String) throws {
        var text = text
        let plain = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 }
        }
        if plain {
            text.withUTF8 { buffer.append(contentsOf: $0) }
            if buffer.count >= capacity { try flush() }
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: append("&amp;")
            case 0x3C: append("&lt;")
            case 0x3E: append("&gt;")
            case 0x22: append("&quot;")
            case 0x27: append("&apos;")
            case 0x09: append("&#9;")
            case 0x0A: append("&#10;")
            case 0x0D: append("&#13;")
            case 0x00 ..< 0x20, 0xFFFE, 0xFFFF: append("\u{FFFD}")
            default: appendScalar(scalar)
            }
        }
        if buffer.count >= capacity { try flush() }
    }

    // MARK: JSON

    /// Appends `text` as a JSON string, quotes included.
    mutating func writeJSON(_ text: String) throws {
        buffer.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00 ..< 0x20, 0x7F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0x202A ... 0x202E, 0x2066 ... 0x2069:
                append("\\u" + hex4(scalar.value))
            default: appendScalar(scalar)
            }
        }
        buffer.append(UInt8(ascii: "\""))
        if buffer.count >= capacity { try flush() }
    }

    // MARK: CSV

    /// Appends one RFC 4180 cell: quoted when it holds a comma, a quote, a
    /// line break or leading/trailing space, with quotes doubled.
    mutating func writeCSV(_ text: String) throws {
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.first == " " || text.last == " "
        if !needsQuotes {
            try write(text)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        for b in text.utf8 {
            if b == 0x22 { buffer.append(0x22) }
            buffer.append(b)
        }
        buffer.append(UInt8(ascii: "\""))
        if buffer.count >= capacity { try flush() }
    }

    /// Appends a CSV row of cells and `\n`; `formulas: .guarded` prefixes
    /// a cell a spreadsheet would run with `'` (`SpreadsheetCells`).
    mutating func writeCSVRow(_ cells: [String], formulas: SpreadsheetCells = .exact) throws {
        for (i, cell) in cells.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            try writeCSV(formulas.written(cell))
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    private mutating func append(_ ascii: String) {
        var s = ascii
        s.withUTF8 { buffer.append(contentsOf: $0) }
    }

    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            buffer.append(UInt8(scalar.value))
        } else {
            let v = scalar.value
            if v < 0x800 {
                buffer.append(UInt8(0xC0 | (v >> 6)))
            } else if v < 0x10000 {
                buffer.append(UInt8(0xE0 | (v >> 12)))
                buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            } else {
                buffer.append(UInt8(0xF0 | (v >> 18)))
                buffer.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            }
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    private func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// A list of values in one text cell: `;` between values, a literal `;`
/// or `\` inside a value escaped as `\;` / `\\` (the sheets' convention,
/// used for every multi-valued attribute).
enum ValueList {
    static func join(_ values: [String]) -> String {
        let plain = values.allSatisfy { !$0.utf8.contains { $0 == 0x3B || $0 == 0x5C } }
        if plain { return values.count == 1 ? values[0] : values.joined(separator: ";") }
        return values.map { v in
            var out = ""
            for c in v {
                if c == ";" || c == "\\" { out.append("\\") }
                out.append(c)
            }
            return out
        }.joined(separator: ";")
    }
}
