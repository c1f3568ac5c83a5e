/// Text made safe to print on a terminal.
///
/// Names come from files anyone can write. A name holding ESC (U+001B)
/// could move the cursor, recolour or retitle the terminal; CR (U+000D)
/// could overwrite the start of the line; U+202E (right-to-left override)
/// could turn the rest of a line around, so that a table or a diagnostic
/// shows something else than what it says. `neutralised(_:)` writes each
/// such character as a visible escape, `<U+XXXX>` (upper-case hex, at
/// least four digits): `"A\u{1B}[31mB"` → `A<U+001B>[31mB`.
///
/// Which characters: every control character (general category Cc:
/// U+0000–U+001F, U+007F–U+009F, so tab and line breaks too, which would
/// break a table's rows), the line and paragraph separators U+2028 and
/// U+2029, and the bidirectional formatting characters (U+061C, U+200E,
/// U+200F, U+202A–U+202E, U+2066–U+2069). Everything else is kept,
/// including joiners inside emoji and soft hyphens.
///
/// Every line of `samverkan`'s table format (tables, headings and the
/// prose lines between them) and every diagnostic pass through it; CSV
/// and JSON written to a file or a pipe keep the characters, and CSV
/// written to a terminal is neutralised too.
public enum TerminalText {
    /// Whether `s` is written as an escape.
    public static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00 ... 0x1F, 0x7F ... 0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x061C, 0x200E, 0x200F, 0x202A ... 0x202E, 0x2066 ... 0x2069: return true
        default: return false
        }
    }

    /// `text` with control, separator and bidi characters as `<U+XXXX>`.
    ///
    /// - Complexity: O(n) in the length of `text`; returns `text` itself
    ///   when nothing needs an escape.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for s in text.unicodeScalars {
            if needsEscape(s) {
                out.append(contentsOf: "<\(codePoint(s))>".utf8)
            } else {
                UTF8.encode(s) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` as `U+XXXX` (upper-case hex, at least four digits):
    /// `U+001B`, `U+1F525`.
    package static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
