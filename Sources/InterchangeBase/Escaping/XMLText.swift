/// The one escaping policy for XML 1.0 text: character data and attribute
/// values alike (GraphML, GEXF, the timeline chart's SVG).
///
/// - `&`, `<`, `>`, `"` and `'` are written `&amp;`, `&lt;`, `&gt;`,
///   `&quot;` and `&apos;`, so the same text is safe in an element and in
///   an attribute quoted either way;
/// - tab, line feed and carriage return are written as character
///   references (`&#9;`, `&#10;`, `&#13;`), so that an attribute value
///   keeps them (a parser normalises literal ones to spaces);
/// - every other character XML 1.0 forbids (the C0 controls, U+FFFE,
///   U+FFFF) is replaced by U+FFFD: no reference can express it, and a
///   conforming parser stops at it;
/// - everything else, DEL, C1 controls and bidirectional controls
///   included, is written as it is (XML 1.0 allows them; the reading
///   program decides how to show them).
///
/// `"A & B\u{1}"` → `A &amp; B\u{FFFD}`.
package enum XMLText {
    /// Appends `text` escaped to `bytes`.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`; plain ASCII text
    ///   is copied in one step.
    package static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { utf8 in
            utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 }
        }
        if plain {
            text.withUTF8 { bytes.append(contentsOf: $0) }
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: bytes.appendText("&amp;")
            case 0x3C: bytes.appendText("&lt;")
            case 0x3E: bytes.appendText("&gt;")
            case 0x22: bytes.appendText("&quot;")
            case 0x27: bytes.appendText("&apos;")
            case 0x09: bytes.appendText("&#9;")
            case 0x0A: bytes.appendText("&#10;")
            case 0x0D: bytes.appendText("&#13;")
            case 0x00 ..< 0x20, 0xFFFE, 0xFFFF: bytes.appendUTF8("\u{FFFD}")
            default: bytes.appendUTF8(scalar)
            }
        }
    }

    /// `text` escaped.
    package static func escaped(_ text: String) -> String {
        escapedString { append(text, to: &$0) }
    }
}
