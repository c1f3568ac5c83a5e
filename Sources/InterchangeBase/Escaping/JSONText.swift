/// The one escaping policy for JSON strings (RFC 8259) that Samverkan
/// writes itself: the registry's JSON, node-link JSON, the Neo4j and
/// export JSON.
///
/// - `"` and `\` are escaped; line feed, carriage return and tab are
///   written `\n`, `\r`, `\t`;
/// - every other control character (U+0000–U+001F and DEL, U+007F), the
///   line and paragraph separators U+2028 and U+2029 (which end a line in
///   JavaScript) and the bidirectional formatting characters (U+061C,
///   U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, which turn text around
///   when shown) are written as `\u` escapes in lower-case hex, so they
///   survive as data but never act on the reader's screen;
/// - everything else is written as UTF-8, never escaped.
///
/// A JSON parser reads the text back exactly. `"a\u{202E}b"` →
/// `"a\u202eb"` (quotes included).
package enum JSONText {
    /// Whether `scalar` is written as a `\u` escape.
    package static func needsUnicodeEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00 ..< 0x20, 0x7F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0x202A ... 0x202E, 0x2066 ... 0x2069: true
        default: false
        }
    }

    /// Appends `text` as a JSON string, quotes included, to `bytes`.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes.appendText("\\\"")
            case 0x5C: bytes.appendText("\\\\")
            case 0x0A: bytes.appendText("\\n")
            case 0x0D: bytes.appendText("\\r")
            case 0x09: bytes.appendText("\\t")
            default:
                if needsUnicodeEscape(scalar) {
                    bytes.append(contentsOf: ("\\u" + hex4(scalar.value)).utf8)
                } else {
                    bytes.appendUTF8(scalar)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string, quotes included.
    package static func quoted(_ text: String) -> String {
        escapedString { append(text, to: &$0) }
    }

    /// JSON text made safe to sit inside an HTML `<script>` element: `<`,
    /// `>` and `&` written `\u003c`, `\u003e`, `\u0026` (inside strings,
    /// the only place they can occur in JSON), so the text can neither
    /// end the element nor open a comment or a nested script, and
    /// U+2028/U+2029 as `\u2028`/`\u2029`. A JSON parser reads the same
    /// value back.
    package static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for c in json.unicodeScalars {
            switch c {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
