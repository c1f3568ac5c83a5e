import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks the SVG Graphviz wrote before anyone gets it.
///
/// Graphviz 2.42 copies some attribute values into the SVG unescaped
/// (links, font names, style sheets, and `HREF`/`FACE` inside HTML-like
/// labels), so DOT from outside could smuggle markup into the picture.
/// The SVG must parse as XML (external entities are not resolved) and use
/// only the elements and attributes Graphviz's SVG writer produces; every
/// link must be http, https, mailto or a fragment (`#…`); no processing
/// instruction other than the XML declaration is allowed.
enum SVGSafety {
    static let elements: Set<String> = [
        "svg", "g", "title", "polygon", "polyline", "ellipse", "path", "text", "a", "defs",
        "linearGradient", "radialGradient", "stop", "tspan",
    ]
    static let attributes: Set<String> = [
        "width", "height", "viewBox", "xmlns", "xmlns:xlink", "id", "class", "transform", "fill", "stroke",
        "stroke-width", "stroke-dasharray", "stroke-opacity", "fill-opacity", "points", "cx", "cy", "rx", "ry",
        "r", "d", "x", "y", "x1", "y1", "x2", "y2", "text-anchor", "font-family", "font-size", "font-weight",
        "font-style", "text-decoration", "baseline-shift", "xlink:href", "xlink:title", "href", "target",
        "gradientUnits", "offset", "style", "stop-color", "stop-opacity", "xml:space", "fx", "fy",
    ]
    static let linkAttributes: Set<String> = ["xlink:href", "href"]
    static let linkPrefixes = ["http://", "https://", "mailto:", "#"]

    /// Throws ``GraphvizError/unsafeOutput(reason:)`` unless `svg` passes.
    static func check(_ svg: Data) throws(GraphvizError) {
        let parser = XMLParser(data: svg)
        parser.shouldResolveExternalEntities = false
        let checker = Checker()
        parser.delegate = checker
        let parsed = parser.parse()
        if let problem = checker.problem { throw .unsafeOutput(reason: problem) }
        guard parsed else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown XML error"
            throw .unsafeOutput(reason: "not well-formed XML (line \(parser.lineNumber)): \(reason)")
        }
        guard checker.sawRoot else { throw .unsafeOutput(reason: "no <svg> element") }
    }

    private final class Checker: NSObject, XMLParserDelegate {
        var problem: String?
        var sawRoot = false

        private func fail(_ parser: XMLParser, _ reason: String) {
            if problem == nil { problem = reason }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if !sawRoot {
                sawRoot = true
                if name != "svg" { fail(parser, "the root element is <\(name)>, not <svg>") }
            }
            guard SVGSafety.elements.contains(name) else {
                return fail(parser, "element <\(name)> is not part of a map")
            }
            for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
                guard SVGSafety.attributes.contains(key) else {
                    return fail(parser, "attribute '\(key)' on <\(name)> is not part of a map")
                }
                if SVGSafety.linkAttributes.contains(key),
                   !SVGSafety.linkPrefixes.contains(where: { value.lowercased().hasPrefix($0) }) {
                    return fail(parser, "link '\(value)' is not http, https or mailto")
                }
                if key == "style", value.lowercased().contains("url(") || value.contains("\\") {
                    return fail(parser, "style '\(value)' refers to something outside the map")
                }
            }
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            fail(parser, "processing instruction <?\(target)?> is not part of a map")
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            fail(parser, "CDATA section is not part of a map")
        }
    }
}
