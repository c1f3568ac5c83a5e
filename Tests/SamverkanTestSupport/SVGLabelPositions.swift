import Foundation

/// Where each node's label sits in a Graphviz SVG: for every
/// `<g id="…" class="node">`, the x and y of its first `<text>`, as "x,y".
/// Maps drawn from one layout put a shared entity at the same place.
public func svgLabelPositions(_ svg: Data) throws -> [String: String] {
    let text = String(decoding: svg, as: UTF8.self)
    let node = try Regex(#"<g id="([^"]+)" class="node">(.*?)</g>"#).dotMatchesNewlines()
    let position = try Regex(#"<text[^>]* x="([^"]+)" y="([^"]+)""#)
    var out: [String: String] = [:]
    for match in text.matches(of: node) {
        let id = String(match.output[1].substring ?? "")
        if let p = String(match.output[2].substring ?? "").firstMatch(of: position) {
            out[id] = "\(p.output[1].substring ?? ""),\(p.output[2].substring ?? "")"
        }
    }
    return out
}
