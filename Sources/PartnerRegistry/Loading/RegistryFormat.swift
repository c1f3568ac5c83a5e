import InterchangeBase

/// The file formats a registry can be read from and written to.
public enum RegistryFormat: String, CaseIterable, Sendable, Codable {
    /// YAML, the documented format (`.yaml`, `.yml`).
    case yaml
    /// JSON with the same schema as YAML (`.json`).
    case json
    /// A CSV of memberships (`.csv`): `organisation,group[,role,since,until]`.
    case csv

    /// The format a file name's extension names, or nil (`.txt`, none).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }

    /// Guesses the format from the content: JSON when the first non-blank
    /// character is `{` or `[`; CSV when the first line is a header of
    /// known membership columns (`organisation,group,…`); YAML otherwise.
    public static func sniff(_ bytes: some Collection<UInt8>) -> RegistryFormat {
        var line: [UInt8] = []
        var started = false
        for b in bytes {
            if !started {
                // Skip a byte-order mark and leading blank space.
                if b == 0xEF || b == 0xBB || b == 0xBF || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { continue }
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { return .json }
                started = true
            }
            if b == 0x0A || b == 0x0D || line.count > 200 { break }
            line.append(b)
        }
        let separator = Character(UnicodeScalar(DelimitedDialect.Separator.detect.byte(firstLine: line)))
        let cells = String(decoding: line, as: UTF8.self).split(separator: separator, omittingEmptySubsequences: false)
            .map { $0.trimming(" \t\"").lowercased() }
        let known = Set(CSVMembershipReader.columnNames)
        if cells.count >= 2, cells.allSatisfy(known.contains), cells.contains("organisation"), cells.contains("group") {
            return .csv
        }
        // A first line of comma-separated words that YAML would read as one
        // plain string (no key, no comment, no list item, no directive) is a
        // CSV header with a typo: let the CSV reader say what is wrong with it.
        let first = line.first.map { Character(UnicodeScalar($0)) }
        if cells.count >= 2, !line.contains(UInt8(ascii: ":")), !["#", "-", "%", "!", "&", "*"].contains(first) {
            return .csv
        }
        return .yaml
    }

    /// `sniff` on text.
    public static func sniff(_ text: String) -> RegistryFormat { sniff(text.utf8) }
}

extension Substring {
    /// The substring without the given characters at either end.
    package func trimming(_ set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return s
    }
}
