import Foundation

/// Links that may appear in a rendered map.
///
/// Graphviz 2.42 copies a node's `URL`/`href` into the SVG's `xlink:href`
/// without escaping, so a quote in a link would end the attribute and let
/// the rest of the value become markup. A link is therefore kept only when
/// its scheme is `http`, `https` or `mailto`, and it is rewritten so that
/// no character that means something to DOT, XML or escString survives:
/// everything outside RFC 3986's unreserved and reserved sets (quotes,
/// angle brackets, backslashes, spaces, non-ASCII, controls) is
/// percent-encoded as UTF-8, and `&` becomes `&amp;`, which an SVG reader
/// decodes back to `&`. Sanitising is idempotent.
enum SafeURL {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The link in its safe form, or `nil` when it must be dropped.
    static func sanitised(_ url: String?) -> String? {
        guard let url else { return nil }
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        guard allowedSchemes.contains(scheme),
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        let rest = trimmed[trimmed.index(after: colon)...]
        if scheme != "mailto" && !rest.hasPrefix("//") { return nil }
        var out = scheme + ":"
        var bytes = Array(rest.utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "&"):
                // Already made safe (`&amp;`): keep, so sanitising twice is harmless.
                if bytes.starts(with: "amp;".utf8) { bytes.removeFirst(4) }
                out += "&amp;"
            case UInt8(ascii: "%"):
                // Keep an existing escape (%2F); encode a lone percent sign.
                if bytes.count >= 2, bytes.prefix(2).allSatisfy(isHexDigit) {
                    out += "%"
                } else {
                    out += "%25"
                }
            case _ where isKept(byte):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + hex(byte)
            }
        }
        return out
    }

    /// RFC 3986 unreserved and reserved characters, less `'` (harmless in
    /// a double-quoted attribute, but cheap to encode) and `&`, `%`.
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "A") ... UInt8(ascii: "Z"),
             UInt8(ascii: "0") ... UInt8(ascii: "9"):
            return true
        default:
            return "-._~:/?#[]@!$()*+,;=".utf8.contains(byte)
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "a") ... UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A") ... UInt8(ascii: "F")).contains(byte)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
