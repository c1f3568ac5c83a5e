/// A position in a registry file: file name, 1-based line and 1-based
/// column.
///
/// Columns count Unicode scalars from the start of the line, as libyaml
/// does (`å` is one column). A line of 0 means the file as a whole (for
/// problems such as an unreadable file); its description then omits the
/// line and column.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file name as the user gave it (`graphs/x.yaml`, `<stdin>`).
    public var file: String
    /// 1-based line, or 0 for the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars, or 0 for the whole line.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The whole file, without a line.
    public init(file: String) {
        self.init(file: file, line: 0, column: 0)
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String {
        if line <= 0 { return file }
        if column <= 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A line and column without the file: what the registry keeps for each
/// entity (the file name is stored once). Both 1-based; 0 means unknown.
public struct TextPosition: Hashable, Sendable, Codable, Comparable {
    public var line: Int32
    public var column: Int32

    public init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    public static let unknown = TextPosition(line: 0, column: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
