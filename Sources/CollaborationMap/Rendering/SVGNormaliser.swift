import Foundation

/// Makes Graphviz 2.42's SVG independent of earlier renderings.
///
/// The SVG writer numbers some element IDs with counters that live for
/// the whole process and are never reset: gradient fills (`l_N` for
/// linear, `r_N` for radial, in `svg_gradstyle`/`svg_rgradstyle`) and the
/// anchors of cells in HTML-like labels that have a link or tooltip but
/// no `ID` (`a_<object>_N`, `initAnchor` in htmltable.c). The same DOT
/// rendered twice gave `l_0` and then `l_1`. Each kind is renumbered
/// 0, 1, 2 … in order of appearance, which is what the first rendering in
/// a fresh process gets:
///
/// - `<linearGradient id="l_N"` and `<radialGradient id="r_N"`, and the
///   `fill="url(#l_N)"` / `fill="url(#r_N)"` that refer to them (the
///   writer emits each definition just before its use);
/// - `<g id="a_X_N">` where `X` is the ID of the innermost enclosing node,
///   edge, cluster or graph group: the writer's anchor for an HTML-like
///   cell without an `ID`. (A cell whose explicit `ID` has that very form
///   is renumbered too.)
///
/// Only markup the writer produces is matched: user text in attribute
/// values is escaped (no `"` or `<`), so it cannot imitate these contexts.
/// The map's own DOT uses neither gradients nor anchored cells; its SVG
/// passes through unchanged.
enum SVGNormaliser {
    private static let gradientMarkers = ["<linearGradient id=\"l_", "<radialGradient id=\"r_"].map { Array($0.utf8) }
    private static let anchorMarker = Array("<g id=\"a_".utf8)
    private static let objectClasses: Set<String> = ["node", "edge", "cluster", "graph"]

    static func normalised(_ svg: Data) -> Data {
        let bytes = [UInt8](svg)
        let hasGradients = gradientMarkers.contains { firstRange(of: $0, in: bytes, from: 0) != nil }
        guard hasGradients || mayHaveCellAnchors(bytes) else { return svg }
        var text = String(decoding: svg, as: UTF8.self)
        if hasGradients {
            text = renumberGradients(text, kind: "l")
            text = renumberGradients(text, kind: "r")
        }
        text = renumberCellAnchors(text)
        return Data(text.utf8)
    }

    /// Whether some anchor ID ends in `_` and digits (cheap test before
    /// the full scan).
    private static func mayHaveCellAnchors(_ bytes: [UInt8]) -> Bool {
        var start = 0
        while let found = firstRange(of: anchorMarker, in: bytes, from: start) {
            guard let close = bytes[found.upperBound...].firstIndex(of: UInt8(ascii: "\"")) else { return false }
            var i = close - 1
            while i > found.upperBound, (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[i]) { i -= 1 }
            if i < close - 1, bytes[i] == UInt8(ascii: "_") { return true }
            start = close
        }
        return false
    }

    /// The first occurrence of `needle` in `haystack` at or after `from`,
    /// by a plain byte scan: O(n·m) worst case, O(n) on SVG text. (Foundation's
    /// `Data.range(of:in:)` copies the data on every call on Linux, which
    /// made normalising a 5,000-node map quadratic.)
    static func firstRange(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Range<Int>? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i ..< i + needle.count }
            }
            i += 1
        }
        return nil
    }

    /// `<…Gradient id="k_N"` and `url(#k_N)` with N mapped to its rank
    /// among the definitions.
    private static func renumberGradients(_ text: String, kind: String) -> String {
        let definition = try? Regex("(<(?:linear|radial)Gradient id=\"\(kind)_)([0-9]+)\"")
        let reference = try? Regex("(fill=\"url\\(#\(kind)_)([0-9]+)\\)\"")
        guard let definition, let reference else { return text }
        var numbers: [Substring: Int] = [:]
        for match in text.matches(of: definition) {
            if let n = match.output[2].substring, numbers[n] == nil { numbers[n] = numbers.count }
        }
        if numbers.isEmpty { return text }
        func replace(_ pattern: Regex<AnyRegexOutput>, in text: String, suffix: String) -> String {
            text.replacing(pattern) { match in
                let prefix = match.output[1].substring ?? ""
                let old = match.output[2].substring ?? ""
                return "\(prefix)\(numbers[old].map(String.init) ?? String(old))\(suffix)"
            }
        }
        return replace(reference, in: replace(definition, in: text, suffix: "\""), suffix: ")\"")
    }

    /// Renumbers `<g id="a_X_N">` where X is the innermost enclosing
    /// object group's ID, in order of appearance.
    private static func renumberCellAnchors(_ text: String) -> String {
        // Every <g …> (some anchors have no ID) and every </g>, to track nesting.
        guard let tag = try? Regex("<g(?: id=\"([^\"]*)\")?(?: class=\"([^\"]*)\")?(?=[ >])|</g>") else { return text }
        var objects: [String?] = []   // one entry per open <g>: its ID if it is an object group
        var next = 0
        var out = ""
        var last = text.startIndex
        for match in text.matches(of: tag) {
            let whole = text[match.range]
            if whole == "</g>" {
                _ = objects.popLast()
                continue
            }
            let id = String(match.output[1].substring ?? "")
            let cls = match.output[2].substring.map(String.init)
            let enclosing = objects.last { $0 != nil } ?? nil
            if cls == nil, let enclosing, id.hasPrefix("a_\(enclosing)_"),
               case let number = id.dropFirst("a_\(enclosing)_".count), !number.isEmpty, number.allSatisfy(\.isASCIIDigit),
               let idRange = match.output[1].range {
                out += text[last ..< idRange.lowerBound]
                out += "a_\(enclosing)_\(next)"
                last = idRange.upperBound
                next += 1
            }
            objects.append(cls.map { objectClasses.contains($0) ? id : nil } ?? nil)
        }
        if next == 0 { return text }
        out += text[last...]
        return out
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
