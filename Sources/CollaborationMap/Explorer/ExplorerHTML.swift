import Foundation
import InterchangeBase

/// The explorer page as HTML text: the skeleton, the inline SVG, the data
/// block, one inline style and one inline script, and the
/// Content-Security-Policy listing the SHA-256 of exactly that script and
/// that style.
struct ExplorerHTML {
    let data: ExplorerData
    let svg: String

    /// The policy: nothing from anywhere (`default-src 'none'`), the page's
    /// own script and style by hash, images only as `data:`, no `<base>`,
    /// no form submission. (Who may frame the page cannot be said in a
    /// meta tag; that is left to the host's headers.)
    static func policy(script: String, style: String) -> String {
        "default-src 'none'; script-src 'sha256-\(SHA256.base64(script))'; "
            + "style-src 'sha256-\(SHA256.base64(style))'; img-src data:; base-uri 'none'; form-action 'none'"
    }

    func page() throws -> String {
        let script = ExplorerAssets.script
        let style = ExplorerAssets.style
        let json = try Self.scriptJSON(data)
        let lang = data.lang == "sv" ? "sv" : "en"
        var out = "<!DOCTYPE html>\n<html lang=\"\(lang)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.policy(script: script, style: style))\">\n"
        out += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"samverkan \(CollaborationMap.toolVersion)\">\n"
        out += "<title>\(HTMLText.escaped(data.title))</title>\n"
        out += "<style>\(style)</style>\n</head>\n<body>\n"
        out += ExplorerAssets.body(title: HTMLText.escaped(data.title), svg: svg, words: data.words)
        out += "<script type=\"application/json\" id=\"explorer-data\">\(json)</script>\n"
        out += "<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// `value` as JSON that cannot end the `<script>` element it sits in
    /// nor start a comment or a nested script in it (`JSONText.scriptSafe`).
    /// Keys are sorted, so the bytes are deterministic.
    static func scriptJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return JSONText.scriptSafe(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
