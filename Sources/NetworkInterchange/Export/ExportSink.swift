import InterchangeBase
import PartnerRegistry

/// A buffered byte stream that export writers append text to; full
/// buffers go to `drain` (a file descriptor, standard output, memory), so
/// a million-edge export never holds its whole output.
///
/// Text is escaped by InterchangeBase's one policy per language
/// (`XMLText`, `JSONText`, `CSVText`); cells a spreadsheet would run are
/// prefixed where the format asks for it (`SpreadsheetCells`).
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

    // MARK: Escaped text

    /// Appends `text` as XML 1.0 character data or attribute value, by
    /// the one XML policy (`XMLText`).
    mutating func writeXML(_ text: String) throws {
        XMLText.append(text, to: &buffer)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends `text` as a JSON string, quotes included, by the one JSON
    /// policy (`JSONText`).
    mutating func writeJSON(_ text: String) throws {
        JSONText.append(text, to: &buffer)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends one CSV cell by the one quoting rule (`CSVText`).
    mutating func writeCSV(_ text: String) throws {
        CSVText.append(text, to: &buffer)
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
