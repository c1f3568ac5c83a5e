import Foundation
import Yams

/// Loads registries from YAML, JSON and CSV files, reporting every
/// problem at once.
///
/// ```swift
/// do {
///     let registry = try RegistryLoader.load(path: "graphs/vasterbotten.yaml")
/// } catch {
///     for d in error.diagnostics { print(d) }   // graphs/x.yaml:12:15: error: …
/// }
/// ```
///
/// YAML and JSON are composed by Yams into a node tree that keeps every
/// value's line and column, and walked by hand (no `Codable`), so that
/// each problem points at its place and one pass finds them all. The CSV
/// membership format is read from bytes by `CSVMembershipReader`. A load
/// either returns a complete registry whose references all resolve, or
/// throws a `RegistryLoadError` holding every diagnostic.
public enum RegistryLoader {
    /// The file name diagnostics use for standard input.
    public static let standardInputName = "<stdin>"

    /// Documents nested deeper than this are refused before parsing (a
    /// registry needs about six levels; this keeps hostile input from
    /// exhausting the stack).
    static let maximumNesting = 2_000

    /// Loads the registry at `path`; `-` reads standard input.
    ///
    /// The format comes from `format`, else the extension (`.yaml`,
    /// `.yml`, `.json`, `.csv`), else the content (`RegistryFormat.sniff`).
    ///
    /// - Throws: `RegistryLoadError` with every problem; `isUnreadable` is
    ///   true when the file could not be read at all.
    /// - Complexity: O(size of the file) plus, for YAML and JSON, the
    ///   suggestions made for unknown references (O(IDs · length²) each).
    public static func load(path: String, format: RegistryFormat? = nil) throws(RegistryLoadError) -> Registry {
        let data = try read(path: path)
        let name = path == "-" ? standardInputName : path
        return try load(data: data, fileName: name, format: format ?? RegistryFormat(fileName: path))
    }

    /// Loads a registry from text; `fileName` is used in diagnostics and,
    /// when `format` is nil, to pick the format by extension.
    public static func load(
        contents: String, fileName: String, format: RegistryFormat? = nil
    ) throws(RegistryLoadError) -> Registry {
        let format = format ?? RegistryFormat(fileName: fileName) ?? RegistryFormat.sniff(contents)
        if format == .csv {
            var text = contents
            let result = text.withUTF8 { CSVMembershipReader.read(UnsafeRawBufferPointer($0), file: fileName) }
            return try result.get()
        }
        return try loadTree(text: contents, fileName: fileName, format: format)
    }

    /// Loads a registry from bytes (UTF-8).
    public static func load(
        data: Data, fileName: String, format: RegistryFormat? = nil
    ) throws(RegistryLoadError) -> Registry {
        let format = format ?? RegistryFormat(fileName: fileName) ?? RegistryFormat.sniff(data)
        if format == .csv {
            // A spreadsheet's CSV may be Windows-1252; validate says when it was read so.
            let (utf8, encoding) = TextEncoding.utf8(data)
            var registry = try utf8.withUnsafeBytes { CSVMembershipReader.read($0, file: fileName) }.get()
            registry.readEncoding = encoding
            return registry
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw RegistryLoadError(diagnostics: [Diagnostic(
                .error, code: .invalidEncoding, at: firstInvalidUTF8(data, file: fileName),
                message: "the file is not UTF-8 text", hint: "save it as UTF-8")])
        }
        return try loadTree(text: text, fileName: fileName, format: format)
    }

    // MARK: Reading

    /// The bytes of a file or of standard input.
    package static func read(path: String) throws(RegistryLoadError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        func unreadable(_ message: String, _ hint: String) -> RegistryLoadError {
            RegistryLoadError(diagnostics: [Diagnostic(
                .error, code: .unreadableFile, at: SourceLocation(file: path), message: message, hint: hint)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw unreadable("no such file", "check the path, or pass '-' to read standard input")
        }
        if isDirectory.boolValue {
            throw unreadable("is a directory, not a registry file", "name a .yaml, .json or .csv file inside it")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw unreadable("cannot read the file (permission denied)", "check the file's permissions")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw unreadable("cannot read the file: \(error.localizedDescription)", "check the file and try again")
        }
    }

    private static func firstInvalidUTF8(_ data: Data, file: String) -> SourceLocation {
        var line = 1
        var lineStart = data.startIndex
        var index = data.startIndex
        while index < data.endIndex {
            if data[index] == 0x0A {
                line += 1
                lineStart = data.index(after: index)
            }
            index = data.index(after: index)
            // Validate line by line: cheap, and enough to name the line.
            if index == data.endIndex || data[index] == 0x0A {
                if String(validating: data[lineStart ..< index], as: UTF8.self) == nil {
                    var column = 1
                    var k = lineStart
                    while k < index {
                        let width = utf8Width(data[k])
                        let end = min(index, k + max(width, 1))
                        if width == 0 || String(validating: data[k ..< end], as: UTF8.self) == nil { break }
                        column += 1
                        k = end
                    }
                    return SourceLocation(file: file, line: line, column: column)
                }
            }
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    private static func utf8Width(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00 ... 0x7F: 1
        case 0xC2 ... 0xDF: 2
        case 0xE0 ... 0xEF: 3
        case 0xF0 ... 0xF4: 4
        default: 0
        }
    }

    // MARK: YAML and JSON

    static func loadTree(text: String, fileName: String, format: RegistryFormat) throws(RegistryLoadError) -> Registry {
        // A byte-order mark is no part of the document (libyaml, handed a
        // Swift string, would read it as content and fail on line 2).
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if let deep = NestingScan.tooDeep(text, limit: maximumNesting) {
            throw RegistryLoadError(diagnostics: [Diagnostic(
                .error, code: .malformedSyntax, at: SourceLocation(file: fileName, line: deep, column: 1),
                message: "the document nests more than \(maximumNesting) levels deep",
                hint: "a registry needs about six levels; check for unclosed brackets")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw RegistryLoadError(diagnostics: [diagnostic(for: error, text: text, fileName: fileName, format: format)])
        } catch {
            throw RegistryLoadError(diagnostics: [Diagnostic(
                .error, code: .malformedSyntax, at: SourceLocation(file: fileName, line: 1, column: 1),
                message: "cannot parse the file: \(error)", hint: nil)])
        }
        var reader = NodeRegistryReader(file: fileName, format: format)
        guard let registry = reader.read(root) else {
            throw reader.diag.loadError()
        }
        return registry
    }

    /// A Yams parse error as a diagnostic at its line and column.
    static func diagnostic(for error: YamlError, text: String, fileName: String, format: RegistryFormat) -> Diagnostic {
        let language = format == .json ? "JSON" : "YAML"
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: fileName, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "malformed \(language): \(problem)"
            if let context {
                message += " \(context.text) (at line \(context.mark.line), column \(context.mark.column))"
            }
            return Diagnostic(.error, code: .malformedSyntax, at: at(mark), message: message,
                              hint: syntaxHint(problem: problem, format: format, text: text, mark: mark))
        case let .reader(problem, offset, _, _):
            var location = SourceLocation(file: fileName, line: 1, column: 1)
            if let offset {
                let prefix = text.prefix(offset)
                let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let lineStart = prefix.lastIndex(of: "\n").map { prefix.index(after: $0) } ?? prefix.startIndex
                location = SourceLocation(file: fileName, line: line, column: prefix[lineStart...].unicodeScalars.count + 1)
            }
            return Diagnostic(.error, code: .malformedSyntax, at: location,
                              message: "malformed \(language): \(problem)",
                              hint: "remove control characters; the file must be plain UTF-8 text")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let first = context.mark
            let second = secondOccurrence(of: key, after: (first.line, first.column), in: text)
            let location = second.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) } ?? at(first)
            return Diagnostic(.error, code: .duplicateKey, at: location,
                              message: "key '\(key)' appears twice in one \(format == .json ? "object" : "mapping")"
                                  + (second != nil ? "; first at line \(first.line), column \(first.column)" : ""),
                              hint: "keep one of them")
        default:
            return Diagnostic(.error, code: .malformedSyntax, at: SourceLocation(file: fileName, line: 1, column: 1),
                              message: "malformed \(language): \(error)", hint: nil)
        }
    }

    private static func syntaxHint(problem: String, format: RegistryFormat, text: String, mark: Mark) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
        if format != .json && line.contains("\t") { return "indent with spaces, not tabs" }
        if let advice = innerQuoteHint(line: line, column: mark.column, format: format) { return advice }
        if problem.contains("mapping values are not allowed") {
            return "put values that contain ': ' in quotes"
        }
        if problem.contains("did not find expected key") || problem.contains("block end")
            || problem.contains("expected '-' indicator")
        {
            return "check the indentation of this line against the lines above"
        }
        if problem.contains("expected ',' or ']'") { return "add the missing ',' or close the list with ']'" }
        if problem.contains("expected ',' or '}'") { return "add the missing ',' or close the mapping with '}'" }
        if problem.contains("found unexpected end of stream") { return "close the quote or bracket opened earlier" }
        if problem.contains("cannot start any token") { return "put values starting with '@', '`' or '%' in quotes" }
        return format == .json ? "check for a missing comma, quote or bracket" : "check the indentation and quoting"
    }

    /// Advice for a quoted string that closes early because the text holds
    /// the same quotation mark: the parser stops on the first character
    /// after the early closing mark, which is text, not ',', '}', ']', ':'
    /// or a comment.
    static func innerQuoteHint(line: Substring, column: Int, format: RegistryFormat) -> String? {
        let scalars = Array(line.unicodeScalars)
        let i = column - 1
        guard i >= 1, i < scalars.count else { return nil }
        let mark = scalars[i - 1]
        guard mark == "\"" || (mark == "'" && format != .json) else { return nil }
        let next = scalars[i]
        guard !",}]:#".unicodeScalars.contains(next), !next.properties.isWhitespace else { return nil }
        if format == .json {
            return "the string closes at column \(i) and text follows: a '\"' inside a string is written \\\""
        }
        let other = mark == "\"" ? "'" : "\""
        return "the quoted text closes at column \(i) and text follows: the text holds a \(mark) of its own. "
            + "Put the text in \(other)…\(other) instead, "
            + (mark == "\"" ? "write the inner marks as \\\", " : "double the inner marks (''), ")
            + "or write it as a block scalar after 'quote: >-' on the lines below (docs/registry-format.md, \"Quotes inside quotes\")"
    }

    /// Yams reports a duplicate key at its first occurrence; this finds the
    /// second (the one to remove) by looking for the key at the same column
    /// further down, then anywhere further down.
    private static func secondOccurrence(
        of key: String, after first: (line: Int, column: Int), in text: String
    ) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let patterns = ["\(key):", "\"\(key)\":", "\"\(key)\" :", "'\(key)':"]
        var fallback: (line: Int, column: Int)?
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if number < first.line { continue }
            let scalars = Array(line.unicodeScalars)
            let startColumn = number == first.line ? first.column : 0
            for pattern in patterns {
                let p = Array(pattern.unicodeScalars)
                var c = startColumn
                while c + p.count <= scalars.count {
                    if Array(scalars[c ..< c + p.count]) == p, c == 0 || !scalars[c - 1].properties.isAlphabetic {
                        let mark = (line: number, column: c + 1)
                        if c + 1 == first.column { return mark }
                        if fallback == nil { fallback = mark }
                    }
                    c += 1
                }
            }
        }
        return fallback
    }
}
