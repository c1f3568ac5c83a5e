import InterchangeBase

// The explorer page's skeleton, its one inline style and its one inline
// script, kept as files under Resources/explorer/ (body.html,
// explorer.css, explorer.js) and compiled into the library by SwiftPM
// (`.embedInCode`). The Content-Security-Policy lists the SHA-256 of the
// style and the script exactly as embedded, so editing either file
// changes the hash and nothing else needs to follow.

enum ExplorerAssets {
    /// The body up to the data block, from `body.html`: `{{title}}` is
    /// replaced by `title` (escaped text), `{{svg}}` by the map (empty in
    /// overview mode), and the accessible names by `words` (escaped here).
    /// Each placeholder is replaced once, in one pass, so no value can
    /// bring in another's placeholder.
    static func body(title: String, svg: String, words: ExplorerWords) -> String {
        var values = words.attributes.mapValues(HTMLText.escaped)
        values["title"] = title
        values["svg"] = svg
        return fill(bodyTemplate, with: values)
    }

    static let style = text(PackageResources.explorer_css)
    static let script = text(PackageResources.explorer_js)
    static let bodyTemplate = text(PackageResources.body_html)

    /// A resource file's text without its final line break (which the file
    /// has as every text file does, and the page never had).
    static func text(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// `template` with each `{{name}}` replaced by `values[name]`, in one
    /// pass; an unknown name is left as it is.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = String(rest[open.upperBound ..< close.lowerBound])
            out += values[name] ?? String(rest[open.lowerBound ..< close.upperBound])
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
