import Foundation

extension SafeURL {
    /// `url` as written when it is an http(s) or mailto link, else nil: no
    /// other scheme (`javascript:`, `data:`, `file:`), no relative link, no
    /// white space or control character inside. Unlike ``sanitised(_:)``
    /// nothing is escaped: the explorer page sets it as an attribute
    /// through the DOM, which needs no escaping.
    static func plain(_ url: String?) -> String? {
        guard let url else { return nil }
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                || $0.properties.isWhitespace
        }) else { return nil }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        guard allowedSchemes.contains(scheme) else { return nil }
        let rest = trimmed[trimmed.index(after: colon)...]
        if scheme != "mailto" && !(rest.hasPrefix("//") && rest.count > 2) { return nil }
        return trimmed
    }
}
