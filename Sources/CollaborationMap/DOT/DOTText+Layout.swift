import InterchangeBase

/// The map's own rules for names and line breaks in DOT; the escaping
/// itself is `DOTText`'s, in InterchangeBase.
extension DOTText {
    /// Whether a registry ID can be used in a node name and SVG id as is.
    static func isPlainIdentifier(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 200 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0" ... "9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }

    /// Breaks a long name into lines of about `width` characters at spaces
    /// (or after hyphens); a single long word stays whole. Linear in the
    /// text: a line's length is counted as it grows.
    static func wrap(_ text: String, width: Int) -> String {
        guard text.count > width, !text.contains("\n") else { return text }
        var lines: [String] = []
        var line = ""
        var length = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let count = word.count
            if length == 0 {
                line = String(word)
                length = count
            } else if length + 1 + count <= width {
                line += " " + word
                length += 1 + count
            } else {
                lines.append(line)
                line = String(word)
                length = count
            }
        }
        if length > 0 { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
