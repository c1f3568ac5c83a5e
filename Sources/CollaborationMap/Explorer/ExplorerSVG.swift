/// The map's SVG made ready to sit inside the explorer page.
///
/// Graphviz's SVG has passed `SVGSafety` (only its own elements and
/// attributes; links http, https, mailto or `#`). For the page it is
/// further trimmed: the XML declaration, DOCTYPE and comments go (an HTML
/// document holds the `<svg>` element itself); `width`/`height` of the
/// root go, so the page sizes it; every link attribute that is not
/// http(s) or mailto is removed (fragments too); and `style` attributes
/// are removed, because the page's Content-Security-Policy admits no
/// inline style attribute (Graphviz writes none for the map's DOT; this
/// keeps the policy true if it ever does).
enum ExplorerSVG {
    static func inline(_ svg: String) -> String {
        var text = svg
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        text = removing(text, between: "<!--", and: "-->")
        // The root's fixed size.
        if let end = text.firstIndex(of: ">") {
            var root = String(text[..<end])
            root = removingAttribute(root, "width")
            root = removingAttribute(root, "height")
            text = root + text[end...]
        }
        text = filteredAttributes(text) { name, value in
            if name == "style" { return false }
            if name == "href" || name == "xlink:href" {
                let v = value.lowercased()
                return v.hasPrefix("http://") || v.hasPrefix("https://") || v.hasPrefix("mailto:")
            }
            return true
        }
        return text.trimmingTrailingNewlines()
    }

    /// `svg` with `id="map-caption"` on the first `<text>` element whose
    /// text is `text` (the map's date line, which the page rewrites for
    /// each step of its slider); unchanged when there is none. Graphviz
    /// escapes text as XML, with `&#45;` for `-`.
    static func markingCaption(_ svg: String, text: String) -> String {
        var rest = svg[...]
        while let open = rest.range(of: "<text ") {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                  let close = rest[tagEnd...].range(of: "</text>")
            else { return svg }
            let content = rest[rest.index(after: tagEnd) ..< close.lowerBound]
            if unescaped(String(content)) == text {
                return String(svg[..<open.upperBound]) + "id=\"map-caption\" " + String(svg[open.upperBound...])
            }
            rest = rest[close.upperBound...]
        }
        return svg
    }

    /// `svg` with the map's title block (title, date line and legend: what
    /// Graphviz draws of the graph's label, after the background and before
    /// the first cluster, node or edge) inside `<g id="map-key">`, so the
    /// page can hide it on screen, where its own HTML legend stands, and
    /// print it. Unchanged when the drawing has no such block.
    static func groupingKey(_ svg: String) -> String {
        guard let root = svg.range(of: "<g id=\"graph0\" class=\"graph\""),
              let background = svg[root.upperBound...].range(of: "<polygon "),
              let backgroundEnd = svg[background.upperBound...].range(of: "/>\n"),
              let next = svg[backgroundEnd.upperBound...].range(of: "<g id=\"")
        else { return svg }
        let block = svg[backgroundEnd.upperBound ..< next.lowerBound]
        guard block.contains("<text") else { return svg }
        return String(svg[..<backgroundEnd.upperBound]) + "<g id=\"map-key\">\n" + block + "</g>\n"
            + String(svg[next.lowerBound...])
    }

    /// XML text with its entity and character references resolved.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: amp) ..< semi]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
            } else if let n = named[String(name)] {
                out += n
            } else {
                out += rest[amp ... semi]
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    private static func removing(_ text: String, between open: String, and close: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let a = rest.range(of: open) {
            out += rest[..<a.lowerBound]
            guard let b = rest[a.upperBound...].range(of: close) else { return out }
            rest = rest[b.upperBound...]
        }
        return out + rest
    }

    private static func removingAttribute(_ tag: String, _ name: String) -> String {
        filteredAttributes(tag) { n, _ in n != name }
    }

    /// `text` with every attribute ` name="value"` for which `keep` says
    /// false removed. Graphviz quotes every attribute with `"` and escapes
    /// `"` inside values, so a value ends at the next `"`.
    static func filteredAttributes(_ text: String, keep: (String, String) -> Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = text.startIndex
        var inTag = false
        while i < text.endIndex {
            let c = text[i]
            if c == "<" { inTag = true } else if c == ">" { inTag = false }
            guard inTag, c == " " else { out.append(c); i = text.index(after: i); continue }
            // A possible attribute: ` name="value"`.
            var j = text.index(after: i)
            while j < text.endIndex, text[j] != "=", text[j] != " ", text[j] != ">" { j = text.index(after: j) }
            let next = j < text.endIndex ? text.index(after: j) : j
            guard j < text.endIndex, text[j] == "=", next < text.endIndex, text[next] == "\"" else {
                out.append(c); i = text.index(after: i); continue
            }
            let name = String(text[text.index(after: i) ..< j])
            let valueStart = text.index(after: next)
            guard let close = text[valueStart...].firstIndex(of: "\"") else { out.append(c); i = text.index(after: i); continue }
            let value = String(text[valueStart ..< close])
            let end = text.index(after: close)
            if keep(name, value) { out += text[i ..< end] }
            i = end
        }
        return out
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
