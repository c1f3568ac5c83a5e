import InterchangeBase

/// Text that must show something: names and titles that a reader can see.
public enum VisibleText {
    /// Whether `text` shows nothing: it is empty, or holds only white
    /// space (including U+3000 ideographic space), control characters,
    /// format characters (U+200B zero-width space, U+200D joiner, U+FEFF,
    /// bidi marks) and other default-ignorable code points (U+3164 Hangul
    /// filler), or U+2800 Braille blank.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isInvisible)
    }

    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        if p.isWhitespace || p.isDefaultIgnorableCodePoint || s.value == 0x2800 { return true }
        switch p.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// The text with every scalar written as `U+XXXX`, for messages about
    /// text that shows nothing (`"\u{200B}"` → `U+200B`).
    public static func codePoints(_ text: String, limit: Int = 8) -> String {
        let scalars = Array(text.unicodeScalars.prefix(limit + 1))
        var parts = scalars.prefix(limit).map(TerminalText.codePoint)
        if scalars.count > limit { parts.append("…") }
        return parts.joined(separator: " ")
    }
}
