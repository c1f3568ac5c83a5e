/// The one escaping policy for HTML text (the explorer page's content and
/// quoted attribute values).
///
/// - `&`, `<`, `>`, `"` and `'` are written `&amp;`, `&lt;`, `&gt;`,
///   `&quot;` and `&#39;`, so the text is safe in content and in an
///   attribute value quoted either way;
/// - control characters (general category Cc: C0, DEL, C1) other than
///   line feed and tab are dropped: HTML calls them parse errors and
///   browsers show them as boxes or not at all;
/// - everything else is written as it is.
///
/// `"Tom & 'Jerry'"` → `Tom &amp; &#39;Jerry&#39;`.
package enum HTMLText {
    /// `text` escaped.
    ///
    /// - Complexity: O(n) in the length of `text`.
    package static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if c.properties.generalCategory == .control && c != "\n" && c != "\t" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
