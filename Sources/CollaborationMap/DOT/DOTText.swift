/// Escaping of registry text for DOT, tested against Graphviz 2.42's
/// parser and SVG writer (see docs/rendering.md).
///
/// Three contexts occur:
/// - **HTML-like labels** (`label=<…>`): XML entities for `&`, `<`, `>`,
///   `"`; Graphviz then still applies escString substitution (`\N` becomes
///   the node name), so each backslash is doubled; newlines become
///   `<BR/>`.
/// - **Tooltips** (quoted escString): Graphviz unescapes a tooltip twice,
///   so each backslash is written as four; `"` as `\"`; a newline as `\n`;
///   and `&` as `&amp;`, because the SVG writer passes text that looks
///   like an entity through unchanged.
/// - **Plain quoted strings** (IDs, colours, names we generate): only
///   `"` and `\` matter; names we generate contain neither.
///
/// Control characters other than newline and tab cannot appear in XML and
/// are dropped; a tab becomes a space.
enum DOTText {
    /// Text with characters XML cannot carry removed.
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x0A: out.append(scalar)
            case 0x0D: continue
            case 0x00 ..< 0x20, 0x7F, 0xFFFE, 0xFFFF: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Text for inside an HTML-like label; newlines become `<BR/>`.
    static func html(_ text: String) -> String {
        escaped(text) {
            switch $0 {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "\\": "\\\\"
            case "\n": "<BR/>"
            default: nil
            }
        }
    }

    /// A quoted tooltip value.
    static func tooltip(_ text: String) -> String {
        "\"" + escaped(text) {
            switch $0 {
            case "\\": "\\\\\\\\"
            case "\"": "\\\""
            case "\n": "\\n"
            case "&": "&amp;"
            default: nil
            }
        } + "\""
    }

    /// A quoted DOT string with no escString meaning (IDs, colours, URLs
    /// already made safe by ``SafeURL``).
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text) {
            switch $0 {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n": " "
            default: nil
            }
        } + "\""
    }

    /// `clean(text)` with each character that `replacement` maps replaced
    /// by what it maps to; the three contexts differ only in that table.
    private static func escaped(_ text: String, _ replacement: (Character) -> String?) -> String {
        var out = ""
        for ch in clean(text) {
            if let r = replacement(ch) { out += r } else { out.append(ch) }
        }
        return out
    }

    /// Whether a registry ID can be used in a node name and SVG id as is.
    static func isPlainIdentifier(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 200 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0" ... "9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }

    /// Breaks a long name into lines of about `width` characters at spaces
    /// (or after hyphens); a single long word stays whole.
    static func wrap(_ text: String, width: Int) -> String {
        guard text.count > width, !text.contains("\n") else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
