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
package enum DOTText {
    // MARK: Length caps

    /// The most Unicode scalars of registry text one label carries on the
    /// map (node, cluster, title, subtitle and legend lines); longer text
    /// is cut and ends in `…`. A label of megabytes would make Graphviz's
    /// DOT lexer and text layout run for minutes.
    package static let labelLimit = 200
    /// The most Unicode scalars of one tooltip.
    package static let tooltipLimit = 4096
    /// The most bytes of one link (after `SafeURL` (CollaborationMap)); a longer link is left
    /// out, since a cut link would point somewhere else.
    package static let urlLimit = 2048

    /// `text` cut to at most `limit` Unicode scalars, the last of them `…`
    /// when anything was cut. Reads at most `limit + 1` scalars of `text`.
    package static func capped(_ text: String, to limit: Int) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var count = 0
        var cut = scalars.startIndex
        while index != scalars.endIndex {
            if count == limit {
                return String(scalars[..<cut]) + "…"
            }
            count += 1
            if count == limit { cut = index }
            scalars.formIndex(after: &index)
        }
        return text
    }

    /// Text with characters XML cannot carry removed.
    package static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let kept = cleaned(scalar) { out.append(kept) }
        }
        return String(out)
    }

    /// What ``clean(_:)`` makes of one scalar: itself, a space (for a tab),
    /// or nothing.
    private static func cleaned(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09: " "
        case 0x0A: scalar
        case 0x0D: nil
        case 0x00 ..< 0x20, 0x7F, 0xFFFE, 0xFFFF: nil
        default: scalar
        }
    }

    /// Text for inside an HTML-like label, cut to `limit` scalars; newlines
    /// become `<BR/>`.
    package static func html(_ text: String, limit: Int = labelLimit) -> String {
        escaped(capped(text, to: limit)) {
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

    /// A quoted tooltip value, cut to `limit` scalars.
    package static func tooltip(_ text: String, limit: Int = tooltipLimit) -> String {
        "\"" + escaped(capped(text, to: limit)) {
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
    /// already made safe by `SafeURL` (CollaborationMap)).
    package static func quoted(_ text: String) -> String {
        "\"" + escaped(text) {
            switch $0 {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n": " "
            default: nil
            }
        } + "\""
    }

    /// `clean(text)` with each scalar that `replacement` maps replaced by
    /// what it maps to; the three contexts differ only in that table. One
    /// pass over the scalars, so linear in the text: a quote followed by a
    /// combining mark is still a quote here (as a `Character` it would not
    /// be, and would reach the DOT text unescaped).
    private static func escaped(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let kept = cleaned(scalar) else { continue }
            if let r = replacement(kept) { out += r } else { out.unicodeScalars.append(kept) }
        }
        return out
    }
}
